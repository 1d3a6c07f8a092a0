//! What the room produced: notes written from phones, dots voted onto cards and the room's
//! feeling per stage, with the settings the facilitator chose for the room.
//!
//! The room writes outside the facilitator's undo history: a Ctrl+Z in the editor must never
//! take back what a participant sent, and a participant's note must never undo the
//! facilitator's work. So only a note's [`NoteState`] (taken onto the map or rejected, the
//! facilitator's decision) follows undo and redo; everything else here is carried over
//! ([`Room::carry_over`]).

use serde::{Deserialize, Serialize};

use super::ids::{CardId, LaneId, ParticipantId, RoomNoteId, StageId};
use super::lane::{EMOTION_MAX, EMOTION_MIN};

/// What the room is doing: which of the three things participants can do from their phones.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RoomMode {
    /// Participants write notes into the lanes and stages the facilitator opened.
    #[default]
    Collect,
    /// Participants put their dots on the cards of the chosen lanes.
    Vote,
    /// Participants score every stage from −2 to +2.
    Feel,
}

impl RoomMode {
    /// Every mode, in the order the facilitator is offered them.
    pub const ALL: [Self; 3] = [Self::Collect, Self::Vote, Self::Feel];
}

/// How many dots each participant has, unless the facilitator sets another number.
pub const DEFAULT_DOTS: u8 = 3;

/// The numbers of dots the facilitator may give each participant.
pub const DOTS_RANGE: std::ops::RangeInclusive<u8> = 1..=20;

/// The longest name a participant may give, in characters: a first name or a team.
pub const MAX_NAME_CHARS: usize = 40;

/// The longest note a participant may write, in characters: a sticky note, not an essay.
pub const MAX_NOTE_CHARS: usize = 500;

/// How the facilitator set up the room. Kept with the map, so a room opened again continues
/// where it stopped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoomSettings {
    /// What participants do now.
    #[serde(default)]
    pub mode: RoomMode,
    /// The lanes notes may be written into; empty opens every lane that holds cards.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub note_lanes: Vec<LaneId>,
    /// The stages notes may be written into; empty opens every stage.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub note_stages: Vec<StageId>,
    /// The lanes whose cards may be voted on; empty opens every lane that holds cards.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vote_lanes: Vec<LaneId>,
    /// How many dots each participant has, within [`DOTS_RANGE`].
    #[serde(default = "default_dots")]
    pub dots: u8,
    /// Whether notes go onto the map as they arrive instead of into the inbox.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub direct: bool,
}

fn default_dots() -> u8 {
    DEFAULT_DOTS
}

impl Default for RoomSettings {
    fn default() -> Self {
        Self {
            mode: RoomMode::Collect,
            note_lanes: Vec::new(),
            note_stages: Vec::new(),
            vote_lanes: Vec::new(),
            dots: DEFAULT_DOTS,
            direct: false,
        }
    }
}

impl RoomSettings {
    /// Whether these are the settings a room starts with (then the file does not list them).
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// Whether notes may be written into this lane (among the lanes that hold cards).
    pub fn lane_open_for_notes(&self, lane: LaneId) -> bool {
        self.note_lanes.is_empty() || self.note_lanes.contains(&lane)
    }

    /// Whether notes may be written into this stage.
    pub fn stage_open_for_notes(&self, stage: StageId) -> bool {
        self.note_stages.is_empty() || self.note_stages.contains(&stage)
    }

    /// Whether this lane's cards may be voted on (among the lanes that hold cards).
    pub fn lane_open_for_votes(&self, lane: LaneId) -> bool {
        self.vote_lanes.is_empty() || self.vote_lanes.contains(&lane)
    }
}

/// Someone who joined the room.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// Their number.
    pub id: ParticipantId,
    /// The name they gave; empty for the anonymous (the default).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
}

/// What became of a note the room sent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoteState {
    /// In the facilitator's inbox; its writer may still change or withdraw it.
    #[default]
    Waiting,
    /// Taken onto the map as (or into) this card.
    Taken(CardId),
    /// The facilitator decided against it.
    Rejected,
}

/// A note written from a phone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoomNote {
    /// Its number.
    pub id: RoomNoteId,
    /// Who wrote it.
    pub participant: ParticipantId,
    /// The lane its writer meant it for.
    pub lane: LaneId,
    /// The stage its writer meant it for.
    pub stage: StageId,
    /// What it says.
    pub text: String,
    /// Whether it is still waiting, on the map or rejected.
    #[serde(default, skip_serializing_if = "is_waiting")]
    pub state: NoteState,
}

// serde's `skip_serializing_if` hands the field by reference.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_waiting(state: &NoteState) -> bool {
    *state == NoteState::Waiting
}

/// A participant's dots on one card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dots {
    /// Whose dots.
    pub participant: ParticipantId,
    /// On which card.
    pub card: CardId,
    /// How many (at least one).
    pub count: u8,
}

/// How a participant felt at one stage, from [`EMOTION_MIN`] to [`EMOTION_MAX`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Feeling {
    /// Whose score.
    pub participant: ParticipantId,
    /// For which stage.
    pub stage: StageId,
    /// The score.
    pub score: i8,
}

/// Everything a map's room produced, and how it is set up.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Room {
    /// How the facilitator set the room up.
    #[serde(default, skip_serializing_if = "RoomSettings::is_default")]
    pub settings: RoomSettings,
    /// Everyone who joined, in the order they joined.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
    /// Every note that arrived, in the order it arrived.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<RoomNote>,
    /// The dots on cards.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dots: Vec<Dots>,
    /// The room's scores of the stages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feelings: Vec<Feeling>,
}

/// The room's feeling at one stage: the mean of the participants' scores and its spread.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StageFeeling {
    /// The stage.
    pub stage: StageId,
    /// The mean score.
    pub mean: f32,
    /// The standard deviation of the scores (0 for one score).
    pub spread: f32,
    /// The lowest score.
    pub min: i8,
    /// The highest score.
    pub max: i8,
    /// How many participants scored the stage.
    pub count: usize,
}

impl Room {
    /// Whether the room never opened or produced nothing (then the file has no room).
    pub fn is_empty(&self) -> bool {
        self.settings.is_default()
            && self.participants.is_empty()
            && self.notes.is_empty()
            && self.dots.is_empty()
            && self.feelings.is_empty()
    }

    /// The participant with this number.
    pub fn participant(&self, id: ParticipantId) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }

    /// A participant number no one has had yet.
    pub fn next_participant_id(&self) -> ParticipantId {
        ParticipantId(super::ids::next_after(
            self.participants.iter().map(|p| p.id.0),
        ))
    }

    /// A note number no note has had yet.
    pub fn next_note_id(&self) -> RoomNoteId {
        RoomNoteId(super::ids::next_after(self.notes.iter().map(|n| n.id.0)))
    }

    /// The note with this number.
    pub fn note(&self, id: RoomNoteId) -> Option<&RoomNote> {
        self.notes.iter().find(|n| n.id == id)
    }

    /// The notes waiting in the inbox, newest first.
    pub fn inbox(&self) -> impl Iterator<Item = &RoomNote> {
        self.notes
            .iter()
            .rev()
            .filter(|note| note.state == NoteState::Waiting)
    }

    /// All dots on a card.
    pub fn dots_on(&self, card: CardId) -> u32 {
        self.dots
            .iter()
            .filter(|d| d.card == card)
            .map(|d| u32::from(d.count))
            .sum()
    }

    /// How many dots a participant has placed.
    pub fn dots_of(&self, participant: ParticipantId) -> u32 {
        self.dots
            .iter()
            .filter(|d| d.participant == participant)
            .map(|d| u32::from(d.count))
            .sum()
    }

    /// Dots per card, for every card that has any.
    pub fn dot_totals(&self) -> std::collections::BTreeMap<CardId, u32> {
        let mut totals = std::collections::BTreeMap::new();
        for dots in &self.dots {
            *totals.entry(dots.card).or_insert(0) += u32::from(dots.count);
        }
        totals
    }

    /// The room's feeling at each stage someone scored, in the order of `stages`.
    pub fn curve(&self, stages: impl IntoIterator<Item = StageId>) -> Vec<StageFeeling> {
        stages
            .into_iter()
            .filter_map(|stage| self.feeling_at(stage))
            .collect()
    }

    /// The room's feeling at one stage, if anyone scored it.
    pub fn feeling_at(&self, stage: StageId) -> Option<StageFeeling> {
        let scores: Vec<i8> = self
            .feelings
            .iter()
            .filter(|f| f.stage == stage)
            .map(|f| f.score.clamp(EMOTION_MIN, EMOTION_MAX))
            .collect();
        let count = scores.len();
        if count == 0 {
            return None;
        }
        let mean = scores.iter().map(|&s| f32::from(s)).sum::<f32>() / count as f32;
        let variance = scores
            .iter()
            .map(|&s| (f32::from(s) - mean).powi(2))
            .sum::<f32>()
            / count as f32;
        Some(StageFeeling {
            stage,
            mean,
            spread: variance.sqrt(),
            min: scores.iter().copied().min().unwrap_or(0),
            max: scores.iter().copied().max().unwrap_or(0),
            count,
        })
    }

    /// Takes everything the room sent from `current`, keeping only this room's decisions about
    /// notes (taken or rejected). Undo and redo call it on the map they bring back, so they
    /// move the facilitator's decisions and never what participants sent. A note that arrived
    /// after this room's moment is waiting here.
    pub fn carry_over(&mut self, current: &Self) {
        let decided: std::collections::HashMap<RoomNoteId, NoteState> = self
            .notes
            .iter()
            .map(|note| (note.id, note.state))
            .collect();
        let mut notes = current.notes.clone();
        for note in &mut notes {
            note.state = decided.get(&note.id).copied().unwrap_or(NoteState::Waiting);
        }
        *self = Self {
            settings: current.settings.clone(),
            participants: current.participants.clone(),
            notes,
            dots: current.dots.clone(),
            feelings: current.feelings.clone(),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(id: u32, state: NoteState) -> RoomNote {
        RoomNote {
            id: RoomNoteId(id),
            participant: ParticipantId(1),
            lane: LaneId(1),
            stage: StageId(1),
            text: format!("note {id}"),
            state,
        }
    }

    #[test]
    fn undo_brings_back_decisions_but_keeps_what_arrived_since() {
        let mut before = Room {
            notes: vec![note(1, NoteState::Waiting)],
            ..Room::default()
        };
        let current = Room {
            notes: vec![
                note(1, NoteState::Taken(CardId(9))),
                note(2, NoteState::Waiting),
            ],
            dots: vec![Dots {
                participant: ParticipantId(1),
                card: CardId(9),
                count: 2,
            }],
            ..Room::default()
        };
        before.carry_over(&current);
        assert_eq!(before.notes[0].state, NoteState::Waiting);
        assert_eq!(before.notes[1].id, RoomNoteId(2));
        assert_eq!(before.dots_on(CardId(9)), 2);
        assert_eq!(before.inbox().count(), 2);
    }

    #[test]
    fn the_curve_is_the_mean_with_its_spread() {
        let room = Room {
            feelings: [-2, 0, 2, 2]
                .into_iter()
                .enumerate()
                .map(|(i, score)| Feeling {
                    participant: ParticipantId(i as u32 + 1),
                    stage: StageId(3),
                    score,
                })
                .collect(),
            ..Room::default()
        };
        let feeling = room.feeling_at(StageId(3)).unwrap();
        assert!((feeling.mean - 0.5).abs() < 1e-6);
        assert!((feeling.spread - 1.658_312_4).abs() < 1e-5);
        assert_eq!((feeling.min, feeling.max, feeling.count), (-2, 2, 4));
        assert_eq!(room.feeling_at(StageId(4)), None);
        assert_eq!(room.curve([StageId(4), StageId(3)]).len(), 1);
    }
}
