//! Every change to a map as a value, applied in one place, with undo and redo.
//!
//! The editor's widgets never change the map themselves: they return [`Edit`]s, and
//! [`Document::apply`] runs them. That single function is where undo history, the unsaved-changes
//! flag and validation live, so no widget can forget one of them.

mod apply;
mod history;
pub mod paste_text;
mod personas;
mod phases;
pub mod room;
mod room_persona;
#[cfg(test)]
mod tests;

pub use apply::EditError;
pub use history::{Document, GroupError, GroupOwner, HistoryEntry, MAX_UNDO};
pub use room_persona::keep_room_curve;

use crate::model::{
    Card, CardId, Connection, Lane, LaneId, Map, Persona, PersonaId, Phase, PhaseColour, PhaseId,
    PurchasePhase, Question, Stage, StageId,
};

/// Where a card goes: a cell, and the card it is placed before (`None`: at the end of the cell).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    /// The row.
    pub lane: LaneId,
    /// The column.
    pub stage: StageId,
    /// The card it goes in front of; `None` puts it last in the cell.
    pub before: Option<CardId>,
}

/// One change to a map.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Adds cards (new ones, duplicates or pasted ones) at a slot, in order. Their ids must be
    /// unused; [`Map::next_card_id`] gives fresh ones.
    AddCards {
        /// The cards; their `lane` and `stage` are replaced by the slot's.
        cards: Vec<Card>,
        /// Where they go.
        slot: Slot,
    },
    /// Moves cards to a slot, keeping their order: within a cell (reorder) or to another one.
    MoveCards {
        /// The cards.
        ids: Vec<CardId>,
        /// Where they go.
        slot: Slot,
    },
    /// Replaces a card's content (title, notes, touchpoint facets); its place stays.
    UpdateCard(Card),
    /// Deletes cards and the connections that touch them.
    DeleteCards(Vec<CardId>),
    /// Inserts a stage at a position (0 = leftmost).
    AddStage {
        /// The new stage.
        stage: Stage,
        /// Its position.
        index: usize,
    },
    /// Renames a stage.
    RenameStage {
        /// Which stage.
        id: StageId,
        /// The new title.
        title: String,
    },
    /// Moves a stage to a position among the stages.
    MoveStage {
        /// Which stage.
        id: StageId,
        /// Its new position.
        index: usize,
    },
    /// Sets a stage's width; `None` gives it the standard width.
    ResizeStage {
        /// Which stage.
        id: StageId,
        /// The width, within [`crate::model::STAGE_WIDTHS`].
        width: Option<f32>,
    },
    /// Says which purchase phase a stage belongs to. Its touchpoints whose phase was not set by
    /// hand follow it, so they change phase with it, in the same undo step.
    SetStagePhase {
        /// Which stage.
        id: StageId,
        /// The phase, or `None` for a stage outside the purchase (an hour of the day).
        phase: Option<PurchasePhase>,
    },
    /// Deletes a stage with its cards and emotion scores.
    DeleteStage(StageId),
    /// Groups stages that stand side by side under a new phase; they leave the phases they were
    /// in. Its id must be unused ([`Map::next_phase_id`]).
    AddPhase {
        /// The new phase.
        phase: Phase,
        /// Its stages.
        stages: Vec<StageId>,
    },
    /// Renames a phase.
    RenamePhase {
        /// Which phase.
        id: PhaseId,
        /// The new title.
        title: String,
    },
    /// Gives a phase another colour.
    RecolourPhase {
        /// Which phase.
        id: PhaseId,
        /// The colour.
        colour: PhaseColour,
    },
    /// Removes a phase; its stages stay, in no phase.
    RemovePhase(PhaseId),
    /// Merges two phases into one: the stages of both, and those in no phase between them.
    MergePhases {
        /// The phase that stays, with its title and colour.
        kept: PhaseId,
        /// The phase that goes.
        absorbed: PhaseId,
    },
    /// Puts a stage into a phase beside it, or (`None`) takes it out of its phase's edge.
    SetStageInPhase {
        /// Which stage.
        stage: StageId,
        /// The phase, or none.
        phase: Option<PhaseId>,
    },
    /// Splits a phase before a stage: it and the stages after it in the phase form a new one.
    SplitPhase {
        /// The first stage of the new phase.
        at: StageId,
        /// The new phase (an unused id).
        phase: Phase,
    },
    /// Inserts a lane at a position (0 = top).
    AddLane {
        /// The new lane.
        lane: Lane,
        /// Its position.
        index: usize,
    },
    /// Renames a lane.
    RenameLane {
        /// Which lane.
        id: LaneId,
        /// The new title.
        title: String,
    },
    /// Moves a lane to a position among the lanes.
    MoveLane {
        /// Which lane.
        id: LaneId,
        /// Its new position.
        index: usize,
    },
    /// Sets a lane's height; `None` fits it to its content.
    ResizeLane {
        /// Which lane.
        id: LaneId,
        /// The height, within [`crate::model::LANE_HEIGHTS`].
        height: Option<f32>,
    },
    /// Folds a lane to a thin strip, or unfolds it.
    CollapseLane {
        /// Which lane.
        id: LaneId,
        /// Folded or not.
        collapsed: bool,
    },
    /// Deletes a lane with its cards.
    DeleteLane(LaneId),
    /// Sets or clears the emotion score of a stage in an emotion lane.
    SetEmotion {
        /// The emotion lane.
        lane: LaneId,
        /// Whose curve.
        persona: PersonaId,
        /// The stage.
        stage: StageId,
        /// The score, or `None` to leave the stage unrated.
        score: Option<i8>,
    },
    /// Adds a blueprint arrow.
    Connect(Connection),
    /// Removes a blueprint arrow.
    Disconnect(Connection),
    /// Replaces the map's title, goal and persona.
    SetInfo {
        /// The title.
        title: String,
        /// The goal.
        goal: String,
        /// The persona.
        persona: Persona,
    },
    /// Adds a persona after the others. Its id must be unused ([`Map::next_persona_id`]) and
    /// not [`PersonaId::FIRST`]; a map holds at most [`crate::model::MAX_PERSONAS`].
    AddPersona(Persona),
    /// Replaces what a persona says (the persona with its id); its curves stay.
    SetPersona(Persona),
    /// Removes a persona and its curves. Removing the first persona makes the next one first;
    /// removing the only one clears it.
    RemovePersona(PersonaId),
    /// Replaces the customer questions and their answers. Checklist questions with nothing
    /// recorded are dropped (the checklist shows them anyway).
    SetQuestions(Vec<Question>),
    /// Sets how many touchpoints a stage may have before the density view calls it crowded;
    /// `None` is the default.
    SetTouchpointsPerStage(Option<u32>),
    /// Takes notes from the room's inbox onto the map as one card (one note, or duplicates
    /// merged). The notes must be waiting; the card's id must be unused.
    TakeNotes {
        /// The notes the card is made from.
        notes: Vec<crate::model::RoomNoteId>,
        /// The card; its `lane` and `stage` are replaced by the slot's.
        card: Box<Card>,
        /// Where it goes.
        slot: Slot,
    },
    /// Decides against notes waiting in the room's inbox.
    RejectNotes(Vec<crate::model::RoomNoteId>),
    /// Several edits as one change (cards pasted or duplicated into several cells): all of them
    /// or, if one is refused, none.
    Batch(Vec<Edit>),
}

impl Edit {
    /// The message id of the edit's name, for "Undo move cards" in the Edit menu.
    pub fn label_id(&self) -> &'static str {
        match self {
            Self::AddCards { .. } => "edit-add-cards",
            Self::MoveCards { .. } => "edit-move-cards",
            Self::UpdateCard(_) => "edit-update-card",
            Self::DeleteCards(_) => "edit-delete-cards",
            Self::AddStage { .. } => "edit-add-stage",
            Self::RenameStage { .. } => "edit-rename-stage",
            Self::MoveStage { .. } => "edit-move-stage",
            Self::ResizeStage { .. } => "edit-resize-stage",
            Self::SetStagePhase { .. } => "edit-set-stage-phase",
            Self::DeleteStage(_) => "edit-delete-stage",
            Self::AddPhase { .. } => "edit-add-phase",
            Self::RenamePhase { .. } => "edit-rename-phase",
            Self::RecolourPhase { .. } => "edit-recolour-phase",
            Self::RemovePhase(_) => "edit-remove-phase",
            Self::MergePhases { .. } => "edit-merge-phases",
            Self::SetStageInPhase { .. } => "edit-stage-in-phase",
            Self::SplitPhase { .. } => "edit-split-phase",
            Self::AddLane { .. } => "edit-add-lane",
            Self::RenameLane { .. } => "edit-rename-lane",
            Self::MoveLane { .. } => "edit-move-lane",
            Self::ResizeLane { .. } => "edit-resize-lane",
            Self::CollapseLane {
                collapsed: true, ..
            } => "edit-collapse-lane",
            Self::CollapseLane {
                collapsed: false, ..
            } => "edit-expand-lane",
            Self::DeleteLane(_) => "edit-delete-lane",
            Self::SetEmotion { .. } => "edit-set-emotion",
            Self::Connect(_) => "edit-connect",
            Self::Disconnect(_) => "edit-disconnect",
            Self::SetInfo { .. } => "edit-set-info",
            Self::SetQuestions(_) => "edit-set-questions",
            Self::AddPersona(_) => "edit-add-persona",
            Self::SetPersona(_) => "edit-set-persona",
            Self::RemovePersona(_) => "edit-remove-persona",
            Self::SetTouchpointsPerStage(_) => "edit-set-touchpoints-per-stage",
            Self::TakeNotes { .. } => "edit-take-notes",
            Self::RejectNotes(_) => "edit-reject-notes",
            Self::Batch(edits) => edits.first().map_or("edit-change", Self::label_id),
        }
    }

    /// Applies the edit to `map`. On error the map is unchanged.
    pub fn apply(&self, map: &mut Map) -> Result<(), EditError> {
        apply::apply(self, map)
    }
}
