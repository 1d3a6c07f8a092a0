//! What the room sends ([`RoomEdit`]) and the facilitator's decisions about its notes.
//!
//! Participants' changes go through [`crate::edit::Document::apply_room`], outside the undo
//! history (see [`crate::model::Room`]); each one is checked here against what the room allows
//! now (the mode, the open lanes and stages, the participant's own notes and dots), because the
//! phone that sent it may be stale or hostile. A refused change leaves the map as it was.

use thiserror::Error;

use crate::model::{
    CardId, Dots, EMOTION_MAX, EMOTION_MIN, Feeling, LaneId, Limits, MAX_NAME_CHARS,
    MAX_NOTE_CHARS, Map, NoteState, Participant, ParticipantId, RoomMode, RoomNote, RoomNoteId,
    RoomSettings, StageId, clean_text,
};

/// One change the room (or the facilitator's room settings) makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoomEdit {
    /// Someone joined, with a name or none.
    Join {
        /// Their number (the server hands them out, from [`crate::model::Room::next_participant_id`]).
        participant: ParticipantId,
        /// Their name; empty for the anonymous.
        name: String,
    },
    /// A participant gave (or cleared) their name.
    Rename {
        /// Who.
        participant: ParticipantId,
        /// The name.
        name: String,
    },
    /// A new note for a cell.
    Note {
        /// Who wrote it.
        participant: ParticipantId,
        /// The lane.
        lane: LaneId,
        /// The stage.
        stage: StageId,
        /// What it says.
        text: String,
    },
    /// A participant changed their note while it waits in the inbox.
    ChangeNote {
        /// Who.
        participant: ParticipantId,
        /// Which note.
        note: RoomNoteId,
        /// The lane.
        lane: LaneId,
        /// The stage.
        stage: StageId,
        /// What it says now.
        text: String,
    },
    /// A participant took back their note while it waits in the inbox.
    WithdrawNote {
        /// Who.
        participant: ParticipantId,
        /// Which note.
        note: RoomNoteId,
    },
    /// A participant's dots on a card (0 takes them all off).
    SetDots {
        /// Who.
        participant: ParticipantId,
        /// The card.
        card: CardId,
        /// How many of their dots lie on it.
        count: u8,
    },
    /// A participant's score of a stage, or none.
    SetFeeling {
        /// Who.
        participant: ParticipantId,
        /// The stage.
        stage: StageId,
        /// The score from −2 to +2, or `None`.
        score: Option<i8>,
    },
    /// The facilitator set the room up differently.
    Settings(RoomSettings),
    /// The facilitator took every dot off (a new round of voting).
    ClearDots,
    /// The facilitator cleared the room's scores (a new round of feeling).
    ClearFeelings,
}

/// What the room may hold at most: far above a workshop, low enough that a flood cannot grow
/// the map without end.
pub const MAX_PARTICIPANTS: usize = 1_000;

/// The most notes a map's room keeps (taken, rejected and waiting together).
pub const MAX_ROOM_NOTES: usize = 20_000;

/// Why the room's change was refused. The phone shows the map as it is afterwards, so these
/// are never shown to the facilitator; they are counted and logged.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum RoomRefusal {
    /// The participant never joined.
    #[error("participant {0} has not joined")]
    Stranger(ParticipantId),
    /// The participant number is taken.
    #[error("participant {0} has joined already")]
    AlreadyJoined(ParticipantId),
    /// The room is doing something else now.
    #[error("the room is not in that mode now")]
    WrongMode,
    /// The lane or stage is not on the map, or not open for this.
    #[error("that place is not open")]
    Closed,
    /// No card with this id, or it is not open for votes.
    #[error("card {0} cannot be voted on")]
    NotVotable(CardId),
    /// More dots than a participant has.
    #[error("each participant has {0} dots")]
    TooManyDots(u8),
    /// The note is not this participant's, or not waiting any more.
    #[error("note {0} cannot be changed")]
    NotYours(RoomNoteId),
    /// An empty note or a text over its limit.
    #[error("the text is empty or too long")]
    BadText,
    /// A score off the scale.
    #[error("scores go from {EMOTION_MIN} to {EMOTION_MAX}")]
    BadScore,
    /// Settings off their range.
    #[error("the room cannot be set up like that")]
    BadSettings,
    /// The room holds as much as it may.
    #[error("the room is full")]
    Full,
}

/// What a room change produced that its sender needs to know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoomApplied {
    /// A new note, with its number.
    Note(RoomNoteId),
    /// Anything else.
    Done,
}

impl RoomEdit {
    /// Applies the change to `map`, or refuses it and leaves `map` as it was.
    pub fn apply(&self, map: &mut Map) -> Result<RoomApplied, RoomRefusal> {
        let room = &map.room;
        match self {
            Self::Join { participant, name } => {
                if room.participant(*participant).is_some() {
                    return Err(RoomRefusal::AlreadyJoined(*participant));
                }
                if room.participants.len() >= MAX_PARTICIPANTS || participant.0 == 0 {
                    return Err(RoomRefusal::Full);
                }
                let name = checked(name, MAX_NAME_CHARS, true)?;
                map.room.participants.push(Participant {
                    id: *participant,
                    name,
                });
            }
            Self::Rename { participant, name } => {
                let name = checked(name, MAX_NAME_CHARS, true)?;
                let index = participant_index(map, *participant)?;
                map.room.participants[index].name = name;
            }
            Self::Note {
                participant,
                lane,
                stage,
                text,
            } => {
                participant_index(map, *participant)?;
                check_collecting(map, *lane, *stage)?;
                if room.notes.len() >= MAX_ROOM_NOTES {
                    return Err(RoomRefusal::Full);
                }
                let text = checked(text, MAX_NOTE_CHARS, false)?;
                let id = room.next_note_id();
                map.room.notes.push(RoomNote {
                    id,
                    participant: *participant,
                    lane: *lane,
                    stage: *stage,
                    text,
                    state: NoteState::Waiting,
                });
                return Ok(RoomApplied::Note(id));
            }
            Self::ChangeNote {
                participant,
                note,
                lane,
                stage,
                text,
            } => {
                let index = own_waiting_note(map, *participant, *note)?;
                check_collecting(map, *lane, *stage)?;
                let text = checked(text, MAX_NOTE_CHARS, false)?;
                let note = &mut map.room.notes[index];
                note.lane = *lane;
                note.stage = *stage;
                note.text = text;
            }
            Self::WithdrawNote { participant, note } => {
                let index = own_waiting_note(map, *participant, *note)?;
                map.room.notes.remove(index);
            }
            Self::SetDots {
                participant,
                card,
                count,
            } => set_dots(map, *participant, *card, *count)?,
            Self::SetFeeling {
                participant,
                stage,
                score,
            } => set_feeling(map, *participant, *stage, *score)?,
            Self::Settings(settings) => {
                if !crate::model::DOTS_RANGE.contains(&settings.dots) {
                    return Err(RoomRefusal::BadSettings);
                }
                map.room.settings = settings.clone();
            }
            Self::ClearDots => map.room.dots.clear(),
            Self::ClearFeelings => map.room.feelings.clear(),
        }
        Ok(RoomApplied::Done)
    }
}

/// `text` cleaned as the map stores texts, or refused when empty (unless `may_be_empty`) or
/// longer than `max` characters.
fn checked(text: &str, max: usize, may_be_empty: bool) -> Result<String, RoomRefusal> {
    let mut text = text.trim().to_owned();
    clean_text(&mut text);
    if (text.is_empty() && !may_be_empty)
        || text.chars().count() > max
        || text.len() > Limits::default().text_chars
    {
        return Err(RoomRefusal::BadText);
    }
    Ok(text)
}

fn participant_index(map: &Map, participant: ParticipantId) -> Result<usize, RoomRefusal> {
    map.room
        .participants
        .iter()
        .position(|p| p.id == participant)
        .ok_or(RoomRefusal::Stranger(participant))
}

/// Notes may go into `lane` × `stage` now: the room collects, and the cell is open.
fn check_collecting(map: &Map, lane: LaneId, stage: StageId) -> Result<(), RoomRefusal> {
    let settings = &map.room.settings;
    if settings.mode != RoomMode::Collect {
        return Err(RoomRefusal::WrongMode);
    }
    let lane_open = map
        .lane(lane)
        .is_some_and(|l| l.holds_cards() && settings.lane_open_for_notes(lane));
    let stage_open = map.stage(stage).is_some() && settings.stage_open_for_notes(stage);
    if lane_open && stage_open {
        Ok(())
    } else {
        Err(RoomRefusal::Closed)
    }
}

fn own_waiting_note(
    map: &Map,
    participant: ParticipantId,
    note: RoomNoteId,
) -> Result<usize, RoomRefusal> {
    map.room
        .notes
        .iter()
        .position(|n| n.id == note && n.participant == participant && n.state == NoteState::Waiting)
        .ok_or(RoomRefusal::NotYours(note))
}

/// Whether `card` may get dots now: it is on the map in a lane open for votes.
pub fn votable(map: &Map, card: CardId) -> bool {
    map.card(card)
        .is_some_and(|card| map.room.settings.lane_open_for_votes(card.lane))
}

fn set_dots(
    map: &mut Map,
    participant: ParticipantId,
    card: CardId,
    count: u8,
) -> Result<(), RoomRefusal> {
    participant_index(map, participant)?;
    if map.room.settings.mode != RoomMode::Vote {
        return Err(RoomRefusal::WrongMode);
    }
    let existing = map
        .room
        .dots
        .iter()
        .position(|d| d.participant == participant && d.card == card);
    if count > 0 && !votable(map, card) {
        return Err(RoomRefusal::NotVotable(card));
    }
    let elsewhere = map.room.dots_of(participant)
        - existing.map_or(0, |index| u32::from(map.room.dots[index].count));
    let allowed = map.room.settings.dots;
    if elsewhere + u32::from(count) > u32::from(allowed) {
        return Err(RoomRefusal::TooManyDots(allowed));
    }
    match (existing, count) {
        (Some(index), 0) => {
            map.room.dots.remove(index);
        }
        (Some(index), count) => map.room.dots[index].count = count,
        (None, 0) => {}
        (None, count) => map.room.dots.push(Dots {
            participant,
            card,
            count,
        }),
    }
    Ok(())
}

fn set_feeling(
    map: &mut Map,
    participant: ParticipantId,
    stage: StageId,
    score: Option<i8>,
) -> Result<(), RoomRefusal> {
    participant_index(map, participant)?;
    if map.room.settings.mode != RoomMode::Feel {
        return Err(RoomRefusal::WrongMode);
    }
    if map.stage(stage).is_none() {
        return Err(RoomRefusal::Closed);
    }
    if score.is_some_and(|s| !(EMOTION_MIN..=EMOTION_MAX).contains(&s)) {
        return Err(RoomRefusal::BadScore);
    }
    let existing = map
        .room
        .feelings
        .iter()
        .position(|f| f.participant == participant && f.stage == stage);
    match (existing, score) {
        (Some(index), None) => {
            map.room.feelings.remove(index);
        }
        (Some(index), Some(score)) => map.room.feelings[index].score = score,
        (None, None) => {}
        (None, Some(score)) => map.room.feelings.push(Feeling {
            participant,
            stage,
            score,
        }),
    }
    Ok(())
}
