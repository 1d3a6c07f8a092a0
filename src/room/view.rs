//! What a phone is shown: the map's stages, card lanes and cards, what is open, and the
//! participant's own notes, dots and scores.
//!
//! The editor builds a [`RoomView`] after each change ([`RoomView::of`]) and publishes it; the
//! server turns it into each participant's JSON. A participant sees only their own notes, dots
//! and scores: no totals (no herd voting) and nothing another person wrote (their notes are
//! theirs until the facilitator takes them onto the map).

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use crate::model::{CardId, LaneId, Map, NoteState, ParticipantId, RoomMode, RoomNoteId, StageId};

/// The most characters of a title a phone is sent; a longer one ends in "…". Cards hold
/// paragraphs at times, and a phone's list needs a line or two.
pub const MAX_TITLE_CHARS: usize = 120;

/// A snapshot of what the room's pages need from the map, built by the editor.
#[derive(Clone, Debug, PartialEq)]
pub struct RoomView {
    pub(super) common: Arc<Common>,
    pub(super) people: BTreeMap<ParticipantId, Arc<Personal>>,
    pub(super) next_participant: ParticipantId,
}

/// The part every participant sees alike.
#[derive(Debug, PartialEq, Serialize)]
pub(super) struct Common {
    title: String,
    lang: &'static str,
    mode: &'static str,
    /// Whether notes go onto the map as they arrive (the room's "onto the map directly", and
    /// always in `journeymap room`) rather than into the facilitator's inbox: the page says
    /// which.
    direct: bool,
    stages: Vec<StageView>,
    lanes: Vec<LaneView>,
    open_stages: Vec<StageId>,
    cards: Vec<CardView>,
    #[serde(skip)]
    pub(super) dots_total: u8,
}

#[derive(Debug, PartialEq, Serialize)]
struct StageView {
    id: StageId,
    title: String,
}

#[derive(Debug, PartialEq, Serialize)]
struct LaneView {
    id: LaneId,
    title: String,
    /// Open for notes (when the room collects).
    notes: bool,
    /// Open for dots (when the room votes).
    votes: bool,
}

#[derive(Debug, PartialEq, Serialize)]
struct CardView {
    id: CardId,
    lane: LaneId,
    stage: StageId,
    title: String,
}

/// What one participant has in the room.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Personal {
    pub(super) name: String,
    dots: Vec<DotsView>,
    feelings: Vec<FeelingView>,
    notes: Vec<NoteView>,
}

#[derive(Debug, PartialEq, Serialize)]
struct DotsView {
    card: CardId,
    count: u8,
}

#[derive(Debug, PartialEq, Serialize)]
struct FeelingView {
    stage: StageId,
    score: i8,
}

#[derive(Debug, PartialEq, Serialize)]
struct NoteView {
    id: RoomNoteId,
    lane: LaneId,
    stage: StageId,
    text: String,
    state: &'static str,
}

#[derive(Serialize)]
struct Me<'a> {
    participant: ParticipantId,
    name: &'a str,
    dots_total: u8,
    dots_left: u32,
    dots: &'a [DotsView],
    feelings: &'a [FeelingView],
    notes: &'a [NoteView],
}

impl RoomView {
    /// What the room shows of `map`, as its room settings open it.
    pub fn of(map: &Map) -> Self {
        Self::shown(map, map.room.settings.direct)
    }

    /// What the room shows of `map` when every note goes onto the map as it arrives, whatever
    /// the map's settings say (`journeymap room`, which has no inbox).
    pub fn onto_the_map(map: &Map) -> Self {
        Self::shown(map, true)
    }

    fn shown(map: &Map, direct: bool) -> Self {
        let settings = &map.room.settings;
        let lanes: Vec<LaneView> = map
            .card_lanes()
            .map(|lane| LaneView {
                id: lane.id,
                title: shortened(&lane.title),
                notes: settings.lane_open_for_notes(lane.id),
                votes: settings.lane_open_for_votes(lane.id),
            })
            .collect();
        let cards = map
            .cards
            .iter()
            .filter(|card| lanes.iter().any(|lane| lane.id == card.lane))
            .filter(|card| map.stage(card.stage).is_some())
            .map(|card| CardView {
                id: card.id,
                lane: card.lane,
                stage: card.stage,
                title: shortened(&card.title),
            })
            .collect();
        let common = Common {
            title: shortened(&map.title),
            lang: map.lang.code(),
            mode: match settings.mode {
                RoomMode::Collect => "collect",
                RoomMode::Vote => "vote",
                RoomMode::Feel => "feel",
            },
            direct,
            stages: map
                .stages
                .iter()
                .map(|stage| StageView {
                    id: stage.id,
                    title: shortened(&stage.title),
                })
                .collect(),
            lanes,
            open_stages: map
                .stages
                .iter()
                .map(|stage| stage.id)
                .filter(|&stage| settings.stage_open_for_notes(stage))
                .collect(),
            cards,
            dots_total: settings.dots,
        };
        Self {
            common: Arc::new(common),
            people: personal_parts(map),
            next_participant: map.room.next_participant_id(),
        }
    }

    /// Shares the parts of `previous` that are unchanged, so the server can tell with a pointer
    /// comparison whose page needs sending again. Returns whether anything changed.
    pub(super) fn adopt_unchanged(&mut self, previous: &Self) -> bool {
        let mut changed = false;
        if self.common == previous.common {
            self.common = Arc::clone(&previous.common);
        } else {
            changed = true;
        }
        for (participant, personal) in &mut self.people {
            match previous.people.get(participant) {
                Some(old) if old == personal => *personal = Arc::clone(old),
                _ => changed = true,
            }
        }
        changed || self.people.len() != previous.people.len()
    }

    /// The common part as the members of a JSON object (without the braces), serialised once
    /// per published view.
    pub(super) fn common_members(&self) -> String {
        let json = serde_json::to_string(&*self.common).unwrap_or_else(|_| "{}".to_owned());
        json.strip_prefix('{')
            .and_then(|rest| rest.strip_suffix('}'))
            .unwrap_or_default()
            .to_owned()
    }

    /// The participant's own part, `None` before the editor has seen them join.
    pub(super) fn personal(&self, participant: ParticipantId) -> Option<&Arc<Personal>> {
        self.people.get(&participant)
    }

    /// The whole JSON of `participant`'s view. `common_members` is [`Self::common_members`];
    /// `fallback_name` is the name they joined with, shown until the editor has them.
    pub(super) fn participant_json(
        &self,
        revision: u64,
        common_members: &str,
        participant: ParticipantId,
        fallback_name: &str,
    ) -> String {
        let empty = Personal::default();
        let personal = self.personal(participant).map_or(&empty, |p| &**p);
        let name = if self.people.contains_key(&participant) {
            personal.name.as_str()
        } else {
            fallback_name
        };
        let used: u32 = personal.dots.iter().map(|d| u32::from(d.count)).sum();
        let me = Me {
            participant,
            name,
            dots_total: self.common.dots_total,
            dots_left: u32::from(self.common.dots_total).saturating_sub(used),
            dots: &personal.dots,
            feelings: &personal.feelings,
            notes: &personal.notes,
        };
        let me = serde_json::to_string(&me).unwrap_or_else(|_| "{}".to_owned());
        let separator = if common_members.is_empty() { "" } else { "," };
        format!("{{\"revision\":{revision}{separator}{common_members},\"me\":{me}}}")
    }
}

/// Each participant's name, dots, scores and notes, gathered in one pass over the room.
fn personal_parts(map: &Map) -> BTreeMap<ParticipantId, Arc<Personal>> {
    let room = &map.room;
    let mut people: BTreeMap<ParticipantId, Personal> = room
        .participants
        .iter()
        .map(|p| {
            let personal = Personal {
                name: p.name.clone(),
                ..Personal::default()
            };
            (p.id, personal)
        })
        .collect();
    for dots in &room.dots {
        if let Some(person) = people.get_mut(&dots.participant) {
            person.dots.push(DotsView {
                card: dots.card,
                count: dots.count,
            });
        }
    }
    for feeling in &room.feelings {
        if let Some(person) = people.get_mut(&feeling.participant) {
            person.feelings.push(FeelingView {
                stage: feeling.stage,
                score: feeling.score,
            });
        }
    }
    for note in &room.notes {
        if let Some(person) = people.get_mut(&note.participant) {
            person.notes.push(NoteView {
                id: note.id,
                lane: note.lane,
                stage: note.stage,
                text: note.text.clone(),
                state: match note.state {
                    NoteState::Waiting => "waiting",
                    NoteState::Taken(_) => "taken",
                    NoteState::Rejected => "rejected",
                },
            });
        }
    }
    people
        .into_iter()
        .map(|(id, personal)| (id, Arc::new(personal)))
        .collect()
}

/// `title` cut to [`MAX_TITLE_CHARS`] characters, ending in "…" when cut.
fn shortened(title: &str) -> String {
    if title.chars().nth(MAX_TITLE_CHARS).is_none() {
        return title.to_owned();
    }
    let keep = title
        .char_indices()
        .nth(MAX_TITLE_CHARS - 1)
        .map_or(title.len(), |(index, _)| index);
    format!("{}…", title[..keep].trim_end())
}

#[cfg(test)]
mod tests;
