//! What a table adds to a map, worked out before anything changes: the stages and lanes it
//! makes, the cards it places where, and what it cannot place. The paste preview shows a
//! [`Plan`]; [`Plan::edit`] turns it into one undo step; [`new_map`] makes a file's map.

use std::sync::OnceLock;

use fluent_bundle::FluentValue;

use super::build::Builder;
use super::{Layout, Table, TableError, Unplaced};
use crate::edit::{Edit, Slot};
use crate::i18n;
use crate::model::{
    Card, Lane, LaneId, LaneKind, Lang, Limits, Map, MapKind, Phase, PhaseColour, PhaseId,
    PurchasePhase, Stage, StageId,
};

/// A stage or lane a planned card goes to: one the map has, or the `n`th new one of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place<Id> {
    /// One the map has.
    Existing(Id),
    /// The plan's new stage or lane at this index.
    New(usize),
}

/// A stage the plan adds, after the map's stages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewStage {
    /// Its title.
    pub title: String,
    /// The phase (group of stages) the table puts it in, by title.
    pub phase: Option<String>,
}

/// A lane the plan adds, below the map's lanes.
#[derive(Clone, Debug, PartialEq)]
pub struct NewLane {
    /// Its title.
    pub title: String,
    /// A touchpoint lane when its cards have touchpoint details, else one of notes.
    pub kind: LaneKind,
}

/// A card the plan places.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedCard {
    /// The table's row it comes from, from 1.
    pub row: usize,
    /// Its stage; `None`: the stage pasted into (or the first stage).
    pub stage: Option<Place<StageId>>,
    /// Its lane; `None`: the lane pasted into (or the map's first lane for such a card).
    pub lane: Option<Place<LaneId>>,
    /// The card; its id, lane and stage are set when the plan is applied.
    pub card: Card,
}

/// An emotion score the plan sets for the map's first persona.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlannedEmotion {
    /// The table's row, from 1.
    pub row: usize,
    /// The emotion lane; `None`: the map's first one.
    pub lane: Option<LaneId>,
    /// The stage.
    pub stage: Option<Place<StageId>>,
    /// The score, −2 to 2.
    pub score: i8,
}

/// What a table adds to a map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    /// Stages it adds, after the map's.
    pub new_stages: Vec<NewStage>,
    /// Lanes it adds, below the map's.
    pub new_lanes: Vec<NewLane>,
    /// Cards, in the table's order.
    pub cards: Vec<PlannedCard>,
    /// Emotion scores.
    pub emotions: Vec<PlannedEmotion>,
    /// What it cannot place, and why.
    pub unplaced: Vec<Unplaced>,
}

/// The plan for adding `table`, read as `layout` says, to `map`: stages and lanes are found by
/// title (ignoring case and spaces) and made when the map lacks them.
pub fn plan(map: &Map, table: &Table, layout: &Layout) -> Plan {
    Builder::new(map, layout, Limits::default()).build(table)
}

impl Plan {
    /// The one change that applies the plan to `map` (the map it was planned for): new stages
    /// and lanes first, then the cards cell by cell, then the emotion scores. Cards without a
    /// stage or lane of their own go to `slot` (the cell pasted into), else to the first stage
    /// and the map's first lane that fits them.
    #[allow(
        clippy::too_many_lines,
        reason = "stages, lanes, cards and scores in the order the batch needs them"
    )]
    pub fn edit(&self, map: &Map, slot: Option<Slot>) -> Edit {
        let mut edits = Vec::new();
        let first_stage = map.next_stage_id().0;
        let stage_ids: Vec<StageId> = (0..self.new_stages.len())
            .map(|i| StageId(first_stage.saturating_add(i as u32)))
            .collect();
        let first_lane = map.next_lane_id().0;
        let lane_ids: Vec<LaneId> = (0..self.new_lanes.len())
            .map(|i| LaneId(first_lane.saturating_add(i as u32)))
            .collect();
        for (i, (new, id)) in self.new_stages.iter().zip(&stage_ids).enumerate() {
            edits.push(Edit::AddStage {
                stage: Stage::new(*id, new.title.clone()),
                index: map.stages.len() + i,
            });
        }
        edits.extend(self.phase_edits(map, &stage_ids));
        for (i, (new, id)) in self.new_lanes.iter().zip(&lane_ids).enumerate() {
            edits.push(Edit::AddLane {
                lane: Lane::new(*id, new.title.clone(), new.kind.clone()),
                index: map.lanes.len() + i,
            });
        }
        let stage_of = |place: Option<Place<StageId>>| match place {
            Some(Place::Existing(id)) => Some(id),
            Some(Place::New(i)) => stage_ids.get(i).copied(),
            None => slot
                .map(|slot| slot.stage)
                .or_else(|| map.stages.first().map(|s| s.id))
                .or_else(|| stage_ids.first().copied()),
        };
        let lane_kinds: Vec<(LaneId, &LaneKind)> = map
            .lanes
            .iter()
            .map(|lane| (lane.id, &lane.kind))
            .chain(
                lane_ids
                    .iter()
                    .copied()
                    .zip(self.new_lanes.iter().map(|l| &l.kind)),
            )
            .collect();
        let default_lane = |touchpoint: bool| {
            lane_kinds
                .iter()
                .find(|(_, kind)| {
                    if touchpoint {
                        matches!(kind, LaneKind::Touchpoints)
                    } else {
                        matches!(kind, LaneKind::Text(_))
                    }
                })
                .or_else(|| {
                    lane_kinds
                        .iter()
                        .find(|(_, kind)| matches!(kind, LaneKind::Text(_) | LaneKind::Touchpoints))
                })
                .map(|(id, _)| *id)
        };
        let ids = map.fresh_card_ids(self.cards.len());
        let mut group: Option<(Slot, Vec<Card>)> = None;
        for (planned, id) in self.cards.iter().zip(ids) {
            let stage = stage_of(planned.stage);
            let lane = match planned.lane {
                Some(Place::Existing(id)) => Some(id),
                Some(Place::New(i)) => lane_ids.get(i).copied(),
                None => slot
                    .map(|slot| slot.lane)
                    .or_else(|| default_lane(planned.card.touchpoint.is_some())),
            };
            let (Some(stage), Some(lane)) = (stage, lane) else {
                continue;
            };
            let before = match (planned.stage, planned.lane, slot) {
                (None, None, Some(slot)) => slot.before,
                _ => None,
            };
            let target = Slot {
                lane,
                stage,
                before,
            };
            let mut card = planned.card.clone();
            card.id = id;
            match &mut group {
                Some((slot, cards)) if *slot == target => cards.push(card),
                _ => {
                    if let Some((slot, cards)) = group.take() {
                        edits.push(Edit::AddCards { cards, slot });
                    }
                    group = Some((target, vec![card]));
                }
            }
        }
        if let Some((slot, cards)) = group {
            edits.push(Edit::AddCards { cards, slot });
        }
        let emotion_lane = map
            .lanes
            .iter()
            .find(|lane| matches!(lane.kind, LaneKind::Emotion { .. }));
        for emotion in &self.emotions {
            let lane = emotion.lane.or(emotion_lane.map(|lane| lane.id));
            if let (Some(lane), Some(stage)) = (lane, stage_of(emotion.stage)) {
                edits.push(Edit::SetEmotion {
                    lane,
                    persona: map.persona.id,
                    stage,
                    score: Some(emotion.score),
                });
            }
        }
        Edit::Batch(edits)
    }

    /// The phases of the new stages: one per run of neighbouring new stages the table puts
    /// in the same phase (they stand side by side after the map's stages).
    fn phase_edits(&self, map: &Map, stage_ids: &[StageId]) -> Vec<Edit> {
        let mut runs: Vec<(String, Vec<StageId>)> = Vec::new();
        for (new, id) in self.new_stages.iter().zip(stage_ids) {
            match (&new.phase, runs.last_mut()) {
                (Some(title), Some((last, stages)))
                    if last == title && stages.last().is_some_and(|s| s.0 + 1 == id.0) =>
                {
                    stages.push(*id);
                }
                (Some(title), _) => runs.push((title.clone(), vec![*id])),
                (None, _) => {}
            }
        }
        let first = map.next_phase_id().0;
        runs.into_iter()
            .enumerate()
            .map(|(i, (title, stages))| {
                let mut phase = Phase::new(PhaseId(first.saturating_add(i as u32)), title);
                phase.colour = PhaseColour::nth(map.phases.len() + i);
                Edit::AddPhase { phase, stages }
            })
            .collect()
    }

    /// One line for the preview and the command line: "3 new stages, 1 new lane, 42 cards;
    /// 2 things cannot be placed."
    pub fn summary(&self, lang: Lang) -> String {
        i18n::texts(lang).get_with(
            "table-summary",
            &[
                ("stages", FluentValue::from(self.new_stages.len())),
                ("lanes", FluentValue::from(self.new_lanes.len())),
                ("cards", FluentValue::from(self.cards.len())),
                ("unplaced", FluentValue::from(self.unplaced.len())),
            ],
        )
    }
}

/// A new map of `kind` in `lang` from a table: the kind's template lanes (see
/// [`crate::file::template`]) with the table's stages, lanes and cards; phases from a phase
/// column; a stage's purchase phase from its touchpoints when they all agree. The map's title
/// is left empty for the caller to name.
///
/// # Errors
/// [`TableError::Empty`] when the table holds no card at all (nothing would be imported), or
/// [`TableError::Unusable`] if the result would not be a valid map.
pub fn new_map(
    table: &Table,
    layout: &Layout,
    kind: MapKind,
    lang: Lang,
) -> Result<(Map, Vec<Unplaced>), TableError> {
    let mut map = blank(kind, lang);
    let plan = plan(&map, table, layout);
    if plan.cards.is_empty() && plan.emotions.is_empty() {
        return Err(TableError::Empty);
    }
    plan.edit(&map, None)
        .apply(&mut map)
        .map_err(|error| TableError::Unusable {
            detail: error.to_string(),
        })?;
    follow_stage_phases(&mut map);
    map.validate(&Limits::default())
        .map_err(|error| TableError::Unusable {
            detail: error.to_string(),
        })?;
    Ok((map, plan.unplaced))
}

/// The kind's template in `lang` without its stages (and so without cards, phases and scores),
/// read once per kind and language: an import of many small tables (or a fuzzer) would spend
/// most of its time parsing the same template again.
fn blank(kind: MapKind, lang: Lang) -> Map {
    static BLANKS: [OnceLock<Map>; 8] = [const { OnceLock::new() }; 8];
    let index = MapKind::ALL.iter().position(|k| *k == kind).unwrap_or(0) * 2
        + Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    let make = || {
        let mut map = crate::file::template(kind, lang).unwrap_or_else(|_| Map::empty(kind, lang));
        map.title = String::new();
        map.stages.clear();
        map.cards.clear();
        map.phases.clear();
        map.connections.clear();
        for lane in &mut map.lanes {
            for scores in lane.kind.curves_mut() {
                scores.clear();
            }
        }
        map
    };
    match BLANKS.get(index) {
        Some(blank) => blank.get_or_init(make).clone(),
        None => make(),
    }
}

/// Gives each stage the purchase phase all its touchpoints are in, so they follow it as the
/// editor's own stages do; no touchpoint's phase changes.
fn follow_stage_phases(map: &mut Map) {
    use std::collections::HashMap;
    // The one phase a stage's touchpoints share so far, or `None` once two differ.
    let mut shared: HashMap<StageId, Option<PurchasePhase>> = HashMap::new();
    let stage_phases: HashMap<StageId, Option<PurchasePhase>> = map
        .stages
        .iter()
        .map(|stage| (stage.id, stage.phase))
        .collect();
    for card in &map.cards {
        if let Some(touchpoint) = &card.touchpoint {
            let phase = touchpoint
                .phase
                .or(stage_phases.get(&card.stage).copied().flatten())
                .unwrap_or_else(|| touchpoint.channel.default_facets().2);
            shared
                .entry(card.stage)
                .and_modify(|agreed| {
                    if *agreed != Some(phase) {
                        *agreed = None;
                    }
                })
                .or_insert(Some(phase));
        }
    }
    for stage in &mut map.stages {
        if let Some(Some(phase)) = shared.get(&stage.id) {
            stage.phase = Some(*phase);
        }
    }
    for card in &mut map.cards {
        if let (Some(touchpoint), Some(Some(_))) = (&mut card.touchpoint, shared.get(&card.stage)) {
            touchpoint.phase = None;
        }
    }
}
