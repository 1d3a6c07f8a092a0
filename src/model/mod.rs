//! The map document: stages (columns), lanes (rows), cards in their cells, the persona and the
//! blueprint's connections.
//!
//! Plain Rust + serde, no UI types: the document is loaded, checked, edited and saved without a
//! window. Collections are `Vec`s in display order so a saved map diffs cleanly.

mod card;
mod channel;
mod derive;
mod evidence;
mod ids;
mod kind;
mod lane;
mod persona;
mod phase;
mod questions;
mod refusal;
mod room;
pub mod sample;
mod text;
mod validate;

use serde::{Deserialize, Serialize};

pub use card::{Card, Connection, Touchpoint};
pub use channel::{Channel, ChannelCategory, Ownership, PurchasePhase, Setting};
pub use evidence::{EvidenceLevel, Metric, RATINGS, RatingKind};
pub use ids::{CardId, LaneId, ParticipantId, PersonaId, PhaseId, RoomNoteId, StageId};
pub use kind::{Lang, MapKind};
pub use lane::{DividerLine, EMOTION_MAX, EMOTION_MIN, Lane, LaneKind, TextRole};
pub use persona::{LeftOutPhoto, MAX_PERSONAS, Persona, PhotoPathProblem};
pub use phase::{Phase, PhaseColour, PhaseRun};
pub use questions::{Ask, Origin, Question, Relation, StandardQuestion};
pub use refusal::ReadRefusal;
pub use room::{
    DEFAULT_DOTS, DOTS_RANGE, Dots, Feeling, MAX_NAME_CHARS, MAX_NOTE_CHARS, NoteState,
    Participant, Room, RoomMode, RoomNote, RoomSettings, StageFeeling,
};
pub use text::clean_text;
pub use validate::{Counted, Limits, TextField, ValidationError};

/// A column of the map: one step of the journey (or a time of day).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// Stable id; cards and emotion scores refer to it.
    pub id: StageId,
    /// The header text.
    pub title: String,
    /// The column's width in points, when the user dragged its edge; `None` is the standard
    /// width. Within [`STAGE_WIDTHS`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<f32>,
    /// The purchase phase the stage belongs to, if it belongs to one (a day-in-the-life hour
    /// does not). The stage's touchpoints follow it unless their phase was set by hand; the
    /// templates set it (awareness and consideration are before the purchase, retention and
    /// advocacy after).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<PurchasePhase>,
    /// The [`Phase`] (group of stages) the stage is drawn under, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_phase: Option<PhaseId>,
}

impl Stage {
    /// A stage with a title, of the standard width, in no particular purchase phase.
    pub fn new(id: StageId, title: impl Into<String>) -> Self {
        Self {
            id,
            title: title.into(),
            width: None,
            phase: None,
            in_phase: None,
        }
    }
}

/// The widths a stage column may be given, in points: narrow enough for a short step with one
/// word per card, wide enough for a stage that holds a paragraph per card.
pub const STAGE_WIDTHS: std::ops::RangeInclusive<f32> = 160.0..=800.0;

/// The heights a lane may be given, in points. Card lanes still grow to fit their cards; the
/// height is their least height.
pub const LANE_HEIGHTS: std::ops::RangeInclusive<f32> = 48.0..=1200.0;

/// One customer-journey map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Map {
    /// Shown in the title band and used as the default file name.
    pub title: String,
    /// Which of the four kinds of map this is.
    pub kind: MapKind,
    /// The language the map is written in.
    #[serde(default)]
    pub lang: Lang,
    /// What the team wants to learn or change with this map.
    #[serde(default)]
    pub goal: String,
    /// Who the journey is about.
    #[serde(default, skip_serializing_if = "Persona::is_empty")]
    pub persona: Persona,
    /// Further target groups whose journey the same map shows, each with its own curve in the
    /// emotion lanes; with [`Self::persona`] at most [`MAX_PERSONAS`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_personas: Vec<Persona>,
    /// Named groups of consecutive stages, drawn as a band above the stage headers; in the
    /// order they were made (the stages say where each one is).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<Phase>,
    /// Columns, left to right.
    pub stages: Vec<Stage>,
    /// Rows, top to bottom.
    pub lanes: Vec<Lane>,
    /// Cards; within one cell, in the order they are shown (top to bottom).
    #[serde(default)]
    pub cards: Vec<Card>,
    /// Arrows between cards (service blueprints).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub connections: Vec<Connection>,
    /// The customer questions answered so far and the team's own questions. A checklist
    /// question with nothing recorded is not stored.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<Question>,
    /// The map this one was started from (a future state's current state, or the map a
    /// competitor's journey was walked against).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    /// The most touchpoints a stage should have before it confuses customers; the density view
    /// warns above it. `None` is [`DEFAULT_MAX_TOUCHPOINTS_PER_STAGE`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_touchpoints_per_stage: Option<u32>,
    /// What the room (participants on their phones) produced, and how it is set up.
    #[serde(default, skip_serializing_if = "Room::is_empty")]
    pub room: Room,
}

/// How many touchpoints a stage may have before the density view calls it crowded, unless the
/// map says otherwise: about what a customer takes in at one step of a journey.
pub const DEFAULT_MAX_TOUCHPOINTS_PER_STAGE: u32 = 7;

/// The values a map may set for [`Map::max_touchpoints_per_stage`].
pub const MAX_TOUCHPOINTS_PER_STAGE: std::ops::RangeInclusive<u32> = 1..=99;

impl Map {
    /// An empty map of the given kind with no stages or lanes.
    pub fn empty(kind: MapKind, lang: Lang) -> Self {
        Self {
            title: String::new(),
            kind,
            lang,
            goal: String::new(),
            persona: Persona::default(),
            other_personas: Vec::new(),
            phases: Vec::new(),
            stages: Vec::new(),
            lanes: Vec::new(),
            cards: Vec::new(),
            connections: Vec::new(),
            questions: Vec::new(),
            origin: None,
            max_touchpoints_per_stage: None,
            room: Room::default(),
        }
    }

    /// The number of touchpoints above which a stage is crowded.
    pub fn crowded_above(&self) -> u32 {
        self.max_touchpoints_per_stage
            .unwrap_or(DEFAULT_MAX_TOUCHPOINTS_PER_STAGE)
    }

    /// Every persona, the first one first.
    pub fn personas(&self) -> impl Iterator<Item = &Persona> {
        std::iter::once(&self.persona).chain(&self.other_personas)
    }

    /// Whether the map shows more than one persona: then curves get colours and a legend.
    pub fn has_several_personas(&self) -> bool {
        !self.other_personas.is_empty()
    }

    /// The persona with this id.
    pub fn persona_by_id(&self, id: PersonaId) -> Option<&Persona> {
        self.personas().find(|persona| persona.id == id)
    }

    /// The position of the persona among [`Self::personas`]: what picks its colour.
    pub fn persona_index(&self, id: PersonaId) -> Option<usize> {
        self.personas().position(|persona| persona.id == id)
    }

    /// A persona id no persona of the map uses, counting on from the largest.
    pub fn next_persona_id(&self) -> PersonaId {
        let ids: Vec<u32> = self.personas().map(|persona| persona.id.0).collect();
        PersonaId(ids::next_after(ids.into_iter()))
    }

    /// The touchpoint cards, in document order.
    pub fn touchpoints(&self) -> impl Iterator<Item = (&Card, &Touchpoint)> {
        self.cards.iter().filter_map(|card| {
            card.touchpoint
                .as_ref()
                .map(|touchpoint| (card, touchpoint))
        })
    }

    /// The stage with this id.
    pub fn stage(&self, id: StageId) -> Option<&Stage> {
        self.stages.iter().find(|stage| stage.id == id)
    }

    /// The lane with this id.
    pub fn lane(&self, id: LaneId) -> Option<&Lane> {
        self.lanes.iter().find(|lane| lane.id == id)
    }

    /// The lanes that hold cards (not emotion lanes), in order: where notes can go and cards
    /// can be voted on.
    pub fn card_lanes(&self) -> impl Iterator<Item = &Lane> {
        self.lanes.iter().filter(|lane| lane.holds_cards())
    }

    /// The card with this id.
    pub fn card(&self, id: CardId) -> Option<&Card> {
        self.cards.iter().find(|card| card.id == id)
    }

    /// The cards of one cell, in display order.
    pub fn cards_in(&self, lane: LaneId, stage: StageId) -> impl Iterator<Item = &Card> {
        self.cards
            .iter()
            .filter(move |card| card.lane == lane && card.stage == stage)
    }

    /// The purchase phase of `touchpoint`, which sits on `card`: set by hand, or its stage's
    /// (see [`Touchpoint::phase_in`]). Everything that shows or counts phases reads this.
    pub fn phase_of(&self, card: &Card, touchpoint: &Touchpoint) -> PurchasePhase {
        touchpoint.phase_in(self.stage(card.stage))
    }

    /// Reads the phases of a file from format 5 or before, where every touchpoint stored one:
    /// a phase equal to the one the touchpoint would follow (its stage's, else its channel's
    /// usual one) becomes "follows the stage"; a different one was set by hand and stays.
    /// No touchpoint's phase changes.
    pub fn follow_stage_phases(&mut self) {
        let stages: std::collections::BTreeMap<StageId, Option<PurchasePhase>> = self
            .stages
            .iter()
            .map(|stage| (stage.id, stage.phase))
            .collect();
        for card in &mut self.cards {
            let stage_phase = stages.get(&card.stage).copied().flatten();
            if let Some(touchpoint) = &mut card.touchpoint {
                let followed = stage_phase.unwrap_or_else(|| touchpoint.channel.default_facets().2);
                if touchpoint.phase == Some(followed) {
                    touchpoint.phase = None;
                }
            }
        }
    }

    /// A new card for the cell (`lane`, `stage`). In a touchpoint lane it is a touchpoint of
    /// `channel` with the channel's usual facets, following the stage's purchase phase; in any
    /// other lane it is a plain card, a note of that lane.
    pub fn new_card(
        &self,
        id: CardId,
        lane: LaneId,
        stage: StageId,
        title: impl Into<String>,
        channel: Channel,
    ) -> Card {
        let mut card = Card::new(id, lane, stage, title);
        if self
            .lane(lane)
            .is_some_and(|lane| matches!(lane.kind, LaneKind::Touchpoints))
        {
            card.touchpoint = Some(Touchpoint::of(channel));
        }
        card
    }

    /// A stage id no stage uses yet.
    pub fn next_stage_id(&self) -> StageId {
        StageId(ids::next_after(self.stages.iter().map(|s| s.id.0)))
    }

    /// A lane id no lane uses yet.
    pub fn next_lane_id(&self) -> LaneId {
        LaneId(ids::next_after(self.lanes.iter().map(|l| l.id.0)))
    }

    /// A card id no card uses yet.
    pub fn next_card_id(&self) -> CardId {
        CardId(ids::next_after(self.cards.iter().map(|c| c.id.0)))
    }

    /// `count` card ids no card uses yet, all different: counting up from
    /// [`Self::next_card_id`] and stepping over ids in use (a map may use any ids, up to
    /// `u32::MAX`).
    pub fn fresh_card_ids(&self, count: usize) -> Vec<CardId> {
        let used: std::collections::BTreeSet<u32> = self.cards.iter().map(|c| c.id.0).collect();
        let mut next = self.next_card_id().0;
        let mut fresh = Vec::with_capacity(count);
        while fresh.len() < count {
            if next != 0 && !used.contains(&next) {
                fresh.push(CardId(next));
            }
            next = next.wrapping_add(1);
        }
        fresh
    }
}
