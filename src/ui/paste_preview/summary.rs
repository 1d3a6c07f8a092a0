//! What a paste or an import would create, read off the map as it would be afterwards: the
//! stages and lanes that receive cards (new ones marked), and the new cards' titles per cell.
//! Comparing the map before and after, rather than reading the plan's own lists, shows exactly
//! what applying the edit does, whatever the plan's shape.

use std::collections::BTreeSet;

use crate::model::{CardId, LaneId, Map, StageId};

/// A stage or lane of the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heading<Id> {
    pub id: Id,
    pub title: String,
    /// Made by the paste; an existing one is reused.
    pub new: bool,
}

/// The preview of one table: the grid of touched lanes × stages and the new cards in it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// The stages that get cards or are new, in the map's order.
    pub stages: Vec<Heading<StageId>>,
    /// The lanes that get cards or are new, in the map's order.
    pub lanes: Vec<Heading<LaneId>>,
    /// The new cards' titles, by cell, in the cell's order.
    pub cells: Vec<(LaneId, StageId, Vec<String>)>,
    /// The new cards, in the map's order.
    pub cards: Vec<CardId>,
    pub new_stages: usize,
    pub new_lanes: usize,
}

impl Summary {
    /// What changed from `before` to `after`. For a new map `before` is `None`: nothing is
    /// marked new, since everything is.
    pub fn between(before: Option<&Map>, after: &Map) -> Self {
        let old_cards: BTreeSet<CardId> = before
            .map(|map| map.cards.iter().map(|card| card.id).collect())
            .unwrap_or_default();
        let is_new_stage =
            |id: StageId| before.is_some_and(|map| map.stages.iter().all(|stage| stage.id != id));
        let is_new_lane =
            |id: LaneId| before.is_some_and(|map| map.lanes.iter().all(|lane| lane.id != id));
        let new_cards: Vec<&crate::model::Card> = after
            .cards
            .iter()
            .filter(|card| !old_cards.contains(&card.id))
            .collect();
        let stages: Vec<Heading<StageId>> = after
            .stages
            .iter()
            .filter(|stage| {
                is_new_stage(stage.id) || new_cards.iter().any(|card| card.stage == stage.id)
            })
            .map(|stage| Heading {
                id: stage.id,
                title: stage.title.clone(),
                new: is_new_stage(stage.id),
            })
            .collect();
        let lanes: Vec<Heading<LaneId>> = after
            .lanes
            .iter()
            .filter(|lane| {
                is_new_lane(lane.id) || new_cards.iter().any(|card| card.lane == lane.id)
            })
            .map(|lane| Heading {
                id: lane.id,
                title: lane.title.clone(),
                new: is_new_lane(lane.id),
            })
            .collect();
        let mut cells = Vec::new();
        for lane in &lanes {
            for stage in &stages {
                let titles: Vec<String> = after
                    .cards_in(lane.id, stage.id)
                    .filter(|card| !old_cards.contains(&card.id))
                    .map(|card| card.title.clone())
                    .collect();
                if !titles.is_empty() {
                    cells.push((lane.id, stage.id, titles));
                }
            }
        }
        Self {
            new_stages: stages.iter().filter(|stage| stage.new).count(),
            new_lanes: lanes.iter().filter(|lane| lane.new).count(),
            cards: new_cards.iter().map(|card| card.id).collect(),
            stages,
            lanes,
            cells,
        }
    }

    /// The new cards' titles in the cell of `lane` and `stage`.
    pub fn cell(&self, lane: LaneId, stage: StageId) -> &[String] {
        self.cells
            .iter()
            .find(|(l, s, _)| *l == lane && *s == stage)
            .map_or(&[], |(_, _, titles)| titles.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Card, Lane, LaneKind, Lang, MapKind, Stage, TextRole};

    fn map() -> Map {
        let mut map = Map::empty(MapKind::CurrentState, Lang::En);
        map.stages = vec![Stage::new(StageId(1), "Awareness")];
        map.lanes = vec![Lane::new(
            LaneId(1),
            "Actions",
            LaneKind::Text(TextRole::Actions),
        )];
        map.cards = vec![Card::new(CardId(1), LaneId(1), StageId(1), "Old")];
        map
    }

    #[test]
    fn new_stages_and_lanes_are_marked_and_old_cards_left_out() {
        let before = map();
        let mut after = before.clone();
        after.stages.push(Stage::new(StageId(2), "Purchase"));
        after.lanes.push(Lane::new(
            LaneId(2),
            "Thoughts",
            LaneKind::Text(TextRole::Thoughts),
        ));
        after
            .cards
            .push(Card::new(CardId(2), LaneId(1), StageId(1), "First"));
        after
            .cards
            .push(Card::new(CardId(3), LaneId(2), StageId(2), "Second"));
        let summary = Summary::between(Some(&before), &after);
        assert_eq!(summary.cards, [CardId(2), CardId(3)]);
        assert_eq!((summary.new_stages, summary.new_lanes), (1, 1));
        assert!(!summary.stages[0].new && summary.stages[1].new);
        assert_eq!(summary.cell(LaneId(1), StageId(1)), ["First"]);
        assert_eq!(summary.cell(LaneId(2), StageId(2)), ["Second"]);
        assert!(summary.cell(LaneId(2), StageId(1)).is_empty());
    }

    #[test]
    fn in_a_new_map_nothing_is_marked_new() {
        let summary = Summary::between(None, &map());
        assert_eq!(summary.cards, [CardId(1)]);
        assert_eq!((summary.new_stages, summary.new_lanes), (0, 0));
    }
}
