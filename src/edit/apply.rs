//! How each [`Edit`] changes a map. Every edit checks all it needs before it changes anything,
//! so a refused edit leaves the map exactly as it was.
//!
//! Edits also keep the map within [`Limits`]: a map the editor let through but `from_ron` then
//! refused would be saved and never open again.

use std::collections::BTreeSet;

use thiserror::Error;

use super::{Edit, Slot};
use crate::model::{
    Ask, Card, CardId, Connection, EMOTION_MAX, EMOTION_MIN, LANE_HEIGHTS, Lane, LaneId, LaneKind,
    Limits, MAX_TOUCHPOINTS_PER_STAGE, Map, STAGE_WIDTHS, Stage, StageId, TextField,
    ValidationError, clean_text,
};

/// Why an edit was refused. The editor only emits edits that fit the map, so these mean a stale
/// edit (the map changed meanwhile) or a bug; they are reported, never panicked on.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum EditError {
    /// No card with this id.
    #[error("there is no card {0}")]
    UnknownCard(CardId),
    /// No lane with this id.
    #[error("there is no lane {0}")]
    UnknownLane(LaneId),
    /// No stage with this id.
    #[error("there is no stage {0}")]
    UnknownStage(StageId),
    /// The lane is a divider or emotion lane.
    #[error("lane {0} cannot hold cards")]
    LaneHoldsNoCards(LaneId),
    /// No persona with this id.
    #[error("there is no persona {0}")]
    UnknownPersona(crate::model::PersonaId),
    /// The lane is not an emotion lane.
    #[error("lane {0} has no emotion curve")]
    NotAnEmotionLane(LaneId),
    /// The card to insert before is not in the target cell.
    #[error("card {0} is not in the cell the cards go to")]
    NotInCell(CardId),
    /// An id that is already used.
    #[error("the id {0} is already used")]
    IdInUse(u32),
    /// A stage width or lane height off its range.
    #[error("{0} points is not a size journeymap can give a stage or lane")]
    SizeOutOfRange(String),
    /// A score off the scale.
    #[error("emotion scores go from {EMOTION_MIN} to {EMOTION_MAX}, not {0}")]
    ScoreOutOfRange(i8),
    /// An arrow from a card to itself.
    #[error("a card cannot be connected to itself")]
    SelfConnection,
    /// The arrow exists already.
    #[error("these cards are connected already")]
    AlreadyConnected,
    /// The arrow does not exist.
    #[error("these cards are not connected")]
    NotConnected,
    /// The map already holds as many of these as [`Limits`] allow.
    #[error("a map holds at most {max} {what}")]
    Full {
        /// What there would be too many of.
        what: &'static str,
        /// The limit.
        max: usize,
    },
    /// No phase with this id.
    #[error("there is no phase {0}")]
    UnknownPhase(crate::model::PhaseId),
    /// The change would leave a phase's stages apart, or take stages that are not side by side.
    #[error("the stages of phase {0} would not stand side by side")]
    PhaseApart(crate::model::PhaseId),
    /// The stage is not inside a phase where the change needs it.
    #[error("stage {0} is not inside a phase there")]
    NotInPhase(StageId),
    /// A room note that is not (or no longer) waiting in the inbox.
    #[error("the note is no longer waiting in the inbox")]
    NotWaiting(Option<crate::model::RoomNoteId>),
    /// The change would give the map something it could not be opened with again: a text over
    /// the length limit, too many persona entries, a photo path outside the map's folder.
    #[error("{0}")]
    Invalid(ValidationError),
}

pub(super) fn apply(edit: &Edit, map: &mut Map) -> Result<(), EditError> {
    match edit {
        Edit::AddCards { cards, slot } => add_cards(map, cards, *slot),
        Edit::MoveCards { ids, slot } => move_cards(map, ids, *slot),
        Edit::UpdateCard(card) => update_card(map, card),
        Edit::DeleteCards(ids) => {
            for &id in ids {
                card_index(map, id)?;
            }
            remove_cards(map, |card| ids.contains(&card.id));
            Ok(())
        }
        Edit::AddStage { stage, index } => add_stage(map, stage, *index),
        Edit::RenameStage { id, title } => {
            let index = stage_index(map, *id)?;
            map.stages[index].title = checked_text(title, TextField::StageTitle(*id))?;
            Ok(())
        }
        Edit::MoveStage { id, index } => {
            let from = stage_index(map, *id)?;
            let stage = map.stages.remove(from);
            let to = (*index).min(map.stages.len());
            map.stages.insert(to, stage);
            // Moved across a phase's edge, it belongs to the phase it now stands in.
            map.settle_moved_stage(to);
            Ok(())
        }
        Edit::ResizeStage { id, width } => {
            let index = stage_index(map, *id)?;
            check_size(*width, &STAGE_WIDTHS)?;
            map.stages[index].width = *width;
            Ok(())
        }
        Edit::SetStagePhase { id, phase } => {
            let index = stage_index(map, *id)?;
            map.stages[index].phase = *phase;
            Ok(())
        }
        Edit::DeleteStage(id) => delete_stage(map, *id),
        Edit::AddLane { lane, index } => add_lane(map, lane, *index),
        Edit::RenameLane { id, title } => {
            let index = lane_index(map, *id)?;
            map.lanes[index].title = checked_text(title, TextField::LaneTitle(*id))?;
            Ok(())
        }
        Edit::MoveLane { id, index } => {
            let from = lane_index(map, *id)?;
            let lane = map.lanes.remove(from);
            map.lanes.insert((*index).min(map.lanes.len()), lane);
            Ok(())
        }
        Edit::ResizeLane { id, height } => {
            let index = lane_index(map, *id)?;
            check_size(*height, &LANE_HEIGHTS)?;
            map.lanes[index].height = *height;
            Ok(())
        }
        Edit::CollapseLane { id, collapsed } => {
            let index = lane_index(map, *id)?;
            map.lanes[index].collapsed = *collapsed;
            Ok(())
        }
        Edit::DeleteLane(id) => {
            let index = lane_index(map, *id)?;
            map.lanes.remove(index);
            remove_cards(map, |card| card.lane == *id);
            Ok(())
        }
        Edit::SetEmotion {
            lane,
            persona,
            stage,
            score,
        } => set_emotion(map, *lane, *persona, *stage, *score),
        Edit::Connect(connection) => connect(map, connection),
        Edit::Disconnect(connection) => {
            let index = map
                .connections
                .iter()
                .position(|existing| existing == connection)
                .ok_or(EditError::NotConnected)?;
            map.connections.remove(index);
            Ok(())
        }
        Edit::Batch(edits) => apply_all(edits, map),
        Edit::TakeNotes { notes, card, slot } => take_notes(map, notes, card, *slot),
        Edit::RejectNotes(notes) => reject_notes(map, notes),
        Edit::SetInfo { .. } | Edit::SetQuestions(_) | Edit::SetTouchpointsPerStage(_) => {
            apply_map_info(edit, map)
        }
        Edit::AddPhase { phase, stages } => super::phases::add(map, phase, stages),
        Edit::RenamePhase { id, title } => super::phases::rename(map, *id, title),
        Edit::RecolourPhase { id, colour } => super::phases::recolour(map, *id, *colour),
        Edit::RemovePhase(id) => super::phases::remove(map, *id),
        Edit::MergePhases { kept, absorbed } => super::phases::merge(map, *kept, *absorbed),
        Edit::SetStageInPhase { stage, phase } => super::phases::set_stage(map, *stage, *phase),
        Edit::SplitPhase { at, phase } => super::phases::split(map, *at, phase),
        Edit::AddPersona(persona) => super::personas::add(map, persona),
        Edit::SetPersona(persona) => super::personas::set(map, persona),
        Edit::RemovePersona(id) => super::personas::remove(map, *id),
    }
}

/// The edits of what the map says about itself: title, goal, persona, customer questions, the
/// limit of touchpoints per stage.
fn apply_map_info(edit: &Edit, map: &mut Map) -> Result<(), EditError> {
    match edit {
        Edit::SetInfo {
            title,
            goal,
            persona,
        } => {
            // Check the new info as a map of its own: the same rules as a file's.
            let mut info = Map::empty(map.kind, map.lang);
            title.clone_into(&mut info.title);
            goal.clone_into(&mut info.goal);
            info.persona = persona.clone();
            info.clean_texts();
            info.validate(&Limits::default())
                .map_err(EditError::Invalid)?;
            map.title = info.title;
            map.goal = info.goal;
            map.persona = info.persona;
            Ok(())
        }
        Edit::SetQuestions(questions) => {
            // The same rules as a file's, on a map holding only the questions.
            let mut info = Map::empty(map.kind, map.lang);
            info.questions = questions
                .iter()
                .filter(|q| !q.is_blank() || matches!(q.ask, Ask::Own(_)))
                .cloned()
                .collect();
            info.clean_texts();
            info.validate(&Limits::default())
                .map_err(EditError::Invalid)?;
            map.questions = info.questions;
            Ok(())
        }
        Edit::SetTouchpointsPerStage(limit) => {
            if let Some(limit) = limit
                && !MAX_TOUCHPOINTS_PER_STAGE.contains(limit)
            {
                return Err(EditError::Invalid(ValidationError::TouchpointsPerStage(
                    *limit,
                )));
            }
            map.max_touchpoints_per_stage = *limit;
            Ok(())
        }
        _ => Ok(()),
    }
}

/// All of `edits` or none: they run on a copy that replaces the map once all are in.
fn apply_all(edits: &[Edit], map: &mut Map) -> Result<(), EditError> {
    let mut changed = map.clone();
    for edit in edits {
        apply(edit, &mut changed)?;
    }
    *map = changed;
    Ok(())
}

/// A size must lie in its range; `None` (automatic) always fits.
fn check_size(size: Option<f32>, range: &std::ops::RangeInclusive<f32>) -> Result<(), EditError> {
    match size {
        Some(size) if !range.contains(&size) => Err(EditError::SizeOutOfRange(size.to_string())),
        _ => Ok(()),
    }
}

/// `text` as a map stores it (see [`clean_text`]), or an error if it is longer than a map may
/// hold. `what` names the text for the message.
pub(super) fn checked_text(text: &str, what: TextField) -> Result<String, EditError> {
    let mut text = text.to_owned();
    clean_text(&mut text);
    let max = Limits::default().text_chars;
    // The byte length bounds the character count from above: count only long texts.
    if text.len() > max {
        let chars = text.chars().count();
        if chars > max {
            return Err(EditError::Invalid(ValidationError::TextTooLong {
                what,
                chars,
                max,
            }));
        }
    }
    Ok(text)
}

/// Refuses an edit that would give the map more than `max` of something.
fn check_room(what: &'static str, now: usize, added: usize, max: usize) -> Result<(), EditError> {
    if now.saturating_add(added) > max {
        Err(EditError::Full { what, max })
    } else {
        Ok(())
    }
}

fn add_stage(map: &mut Map, stage: &Stage, index: usize) -> Result<(), EditError> {
    if map.stage(stage.id).is_some() {
        return Err(EditError::IdInUse(stage.id.0));
    }
    check_room("stages", map.stages.len(), 1, Limits::default().stages)?;
    let mut stage = stage.clone();
    stage.title = checked_text(&stage.title, TextField::NewStageTitle)?;
    let index = index.min(map.stages.len());
    // A stage inserted inside a phase joins it; anywhere else it stands in no phase, whatever
    // it says (a phase it names may not be on this map, or not beside it).
    let left = index
        .checked_sub(1)
        .and_then(|i| map.stages.get(i))
        .and_then(|s| s.in_phase);
    let right = map.stages.get(index).and_then(|s| s.in_phase);
    stage.in_phase = match (left, right) {
        (Some(left), Some(right)) if left == right => Some(left),
        (left, right)
            if stage.in_phase.is_some() && (left == stage.in_phase || right == stage.in_phase) =>
        {
            stage.in_phase
        }
        _ => None,
    };
    map.stages.insert(index, stage);
    Ok(())
}

fn delete_stage(map: &mut Map, id: StageId) -> Result<(), EditError> {
    let index = stage_index(map, id)?;
    map.stages.remove(index);
    map.drop_empty_phases();
    remove_cards(map, |card| card.stage == id);
    for lane in &mut map.lanes {
        for scores in lane.kind.curves_mut() {
            scores.remove(&id);
        }
    }
    Ok(())
}

fn add_lane(map: &mut Map, lane: &Lane, index: usize) -> Result<(), EditError> {
    if map.lane(lane.id).is_some() {
        return Err(EditError::IdInUse(lane.id.0));
    }
    for (persona, scores) in lane.kind.curves() {
        if map.persona_by_id(persona).is_none() {
            return Err(EditError::UnknownPersona(persona));
        }
        for (&stage, &score) in scores {
            stage_index(map, stage)?;
            check_score(score)?;
        }
    }
    check_room("lanes", map.lanes.len(), 1, Limits::default().lanes)?;
    let mut lane = lane.clone();
    lane.title = checked_text(&lane.title, TextField::NewLaneTitle)?;
    map.lanes.insert(index.min(map.lanes.len()), lane);
    Ok(())
}

fn connect(map: &mut Map, connection: &Connection) -> Result<(), EditError> {
    card_index(map, connection.from)?;
    card_index(map, connection.to)?;
    if connection.from == connection.to {
        return Err(EditError::SelfConnection);
    }
    if map.connections.contains(connection) {
        return Err(EditError::AlreadyConnected);
    }
    check_room(
        "connections",
        map.connections.len(),
        1,
        Limits::default().connections,
    )?;
    map.connections.push(connection.clone());
    Ok(())
}

fn card_index(map: &Map, id: CardId) -> Result<usize, EditError> {
    map.cards
        .iter()
        .position(|card| card.id == id)
        .ok_or(EditError::UnknownCard(id))
}

pub(super) fn stage_index(map: &Map, id: StageId) -> Result<usize, EditError> {
    map.stages
        .iter()
        .position(|stage| stage.id == id)
        .ok_or(EditError::UnknownStage(id))
}

fn lane_index(map: &Map, id: LaneId) -> Result<usize, EditError> {
    map.lanes
        .iter()
        .position(|lane| lane.id == id)
        .ok_or(EditError::UnknownLane(id))
}

fn check_score(score: i8) -> Result<(), EditError> {
    if (EMOTION_MIN..=EMOTION_MAX).contains(&score) {
        Ok(())
    } else {
        Err(EditError::ScoreOutOfRange(score))
    }
}

/// Checks that cards may go into the slot's cell, ignoring `moving` cards as anchors.
fn check_slot(map: &Map, slot: Slot, moving: &[CardId]) -> Result<(), EditError> {
    stage_index(map, slot.stage)?;
    let lane = map
        .lane(slot.lane)
        .ok_or(EditError::UnknownLane(slot.lane))?;
    if !lane.holds_cards() {
        return Err(EditError::LaneHoldsNoCards(slot.lane));
    }
    if let Some(before) = slot.before {
        let card = map.card(before).ok_or(EditError::UnknownCard(before))?;
        if card.lane != slot.lane || card.stage != slot.stage || moving.contains(&before) {
            return Err(EditError::NotInCell(before));
        }
    }
    Ok(())
}

/// Inserts `cards` (already placed in the slot's cell) where the slot says.
fn insert_at_slot(map: &mut Map, slot: Slot, cards: Vec<Card>) {
    let index = match slot.before {
        Some(before) => map.cards.iter().position(|card| card.id == before),
        None => map
            .cards
            .iter()
            .rposition(|card| card.lane == slot.lane && card.stage == slot.stage)
            .map(|last| last + 1),
    }
    .unwrap_or(map.cards.len());
    map.cards.splice(index..index, cards);
}

/// Refuses unless every note is in the room's inbox.
fn waiting_notes(map: &Map, notes: &[crate::model::RoomNoteId]) -> Result<(), EditError> {
    if notes.is_empty() {
        return Err(EditError::NotWaiting(None));
    }
    for &id in notes {
        if map
            .room
            .note(id)
            .is_none_or(|note| note.state != crate::model::NoteState::Waiting)
        {
            return Err(EditError::NotWaiting(Some(id)));
        }
    }
    Ok(())
}

fn reject_notes(map: &mut Map, notes: &[crate::model::RoomNoteId]) -> Result<(), EditError> {
    waiting_notes(map, notes)?;
    for note in &mut map.room.notes {
        if notes.contains(&note.id) {
            note.state = crate::model::NoteState::Rejected;
        }
    }
    Ok(())
}

fn take_notes(
    map: &mut Map,
    notes: &[crate::model::RoomNoteId],
    card: &Card,
    slot: Slot,
) -> Result<(), EditError> {
    waiting_notes(map, notes)?;
    add_cards(map, std::slice::from_ref(card), slot)?;
    for note in &mut map.room.notes {
        if notes.contains(&note.id) {
            note.state = crate::model::NoteState::Taken(card.id);
        }
    }
    Ok(())
}

fn add_cards(map: &mut Map, cards: &[Card], slot: Slot) -> Result<(), EditError> {
    check_slot(map, slot, &[])?;
    let mut seen = Vec::with_capacity(cards.len());
    for card in cards {
        if map.card(card.id).is_some() || seen.contains(&card.id) {
            return Err(EditError::IdInUse(card.id.0));
        }
        seen.push(card.id);
    }
    check_room(
        "cards",
        map.cards.len(),
        cards.len(),
        Limits::default().cards,
    )?;
    let placed = cards
        .iter()
        .map(|card| {
            let mut card = card.clone();
            card.lane = slot.lane;
            card.stage = slot.stage;
            card.title = checked_text(&card.title, TextField::CardTitle(card.id))?;
            card.notes = checked_text(&card.notes, TextField::CardNotes(card.id))?;
            Ok(card)
        })
        .collect::<Result<_, EditError>>()?;
    insert_at_slot(map, slot, placed);
    Ok(())
}

fn move_cards(map: &mut Map, ids: &[CardId], slot: Slot) -> Result<(), EditError> {
    for &id in ids {
        card_index(map, id)?;
    }
    check_slot(map, slot, ids)?;
    let (mut moving, staying): (Vec<Card>, Vec<Card>) = std::mem::take(&mut map.cards)
        .into_iter()
        .partition(|card| ids.contains(&card.id));
    map.cards = staying;
    for card in &mut moving {
        card.lane = slot.lane;
        card.stage = slot.stage;
    }
    insert_at_slot(map, slot, moving);
    Ok(())
}

fn update_card(map: &mut Map, card: &Card) -> Result<(), EditError> {
    let index = card_index(map, card.id)?;
    let title = checked_text(&card.title, TextField::CardTitle(card.id))?;
    let notes = checked_text(&card.notes, TextField::CardNotes(card.id))?;
    let mut touchpoint = card.touchpoint.clone();
    if let Some(touchpoint) = &mut touchpoint {
        for text in touchpoint.texts_mut() {
            *text = checked_text(text, TextField::TouchpointEvidence(card.id))?;
        }
        touchpoint.check(card.id).map_err(EditError::Invalid)?;
        let limits = Limits::default();
        check_room("metrics", 0, touchpoint.metrics.len(), limits.list_items)?;
        check_room("quotes", 0, touchpoint.quotes.len(), limits.list_items)?;
    }
    let existing = &mut map.cards[index];
    existing.title = title;
    existing.notes = notes;
    existing.touchpoint = touchpoint;
    Ok(())
}

/// Removes the cards `doomed` picks and every connection that touches one of them.
fn remove_cards(map: &mut Map, doomed: impl Fn(&Card) -> bool) {
    let removed: BTreeSet<CardId> = map
        .cards
        .iter()
        .filter(|card| doomed(card))
        .map(|card| card.id)
        .collect();
    map.cards.retain(|card| !doomed(card));
    map.connections
        .retain(|c: &Connection| !removed.contains(&c.from) && !removed.contains(&c.to));
}

fn set_emotion(
    map: &mut Map,
    lane: LaneId,
    persona: crate::model::PersonaId,
    stage: StageId,
    score: Option<i8>,
) -> Result<(), EditError> {
    stage_index(map, stage)?;
    if let Some(score) = score {
        check_score(score)?;
    }
    if map.persona_by_id(persona).is_none() {
        return Err(EditError::UnknownPersona(persona));
    }
    let index = lane_index(map, lane)?;
    let LaneKind::Emotion { scores, personas } = &mut map.lanes[index].kind else {
        return Err(EditError::NotAnEmotionLane(lane));
    };
    let scores = if persona.is_first() {
        scores
    } else {
        personas.entry(persona).or_default()
    };
    match score {
        Some(score) => scores.insert(stage, score),
        None => scores.remove(&stage),
    };
    personas.retain(|_, scores| !scores.is_empty());
    Ok(())
}
