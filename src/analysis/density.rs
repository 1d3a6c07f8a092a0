//! Touchpoint density: how many touchpoints each stage has. Too few and customers barely notice
//! the business at that step; too many and they are confused.

use std::collections::HashMap;

use crate::model::{Card, Map, StageId};

/// What is wrong with the number of touchpoints in a stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DensityWarning {
    /// No touchpoint at all: customers do not meet the business at this step.
    Empty,
    /// More touchpoints than the map allows a stage ([`Map::crowded_above`]).
    Crowded {
        /// The most a stage should have.
        limit: u32,
    },
}

/// The touchpoints of one stage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StageDensity {
    /// The stage.
    pub stage: StageId,
    /// How many touchpoints it has.
    pub touchpoints: usize,
    /// Whether that is too few or too many.
    pub warning: Option<DensityWarning>,
}

/// The density of every stage of `map`, left to right.
pub fn density(map: &Map) -> Vec<StageDensity> {
    let mut tally = Tally::new(map);
    for (card, _) in map.touchpoints() {
        tally.add(card);
    }
    tally.finish()
}

/// The densities being counted, one touchpoint at a time.
pub(super) struct Tally {
    limit: u32,
    column_of: HashMap<StageId, usize>,
    stages: Vec<StageDensity>,
}

impl Tally {
    pub(super) fn new(map: &Map) -> Self {
        let stages: Vec<StageDensity> = map
            .stages
            .iter()
            .map(|stage| StageDensity {
                stage: stage.id,
                touchpoints: 0,
                warning: None,
            })
            .collect();
        let column_of = stages
            .iter()
            .enumerate()
            .map(|(i, density)| (density.stage, i))
            .collect();
        Self {
            limit: map.crowded_above(),
            column_of,
            stages,
        }
    }

    pub(super) fn add(&mut self, card: &Card) {
        if let Some(density) = self
            .column_of
            .get(&card.stage)
            .and_then(|&i| self.stages.get_mut(i))
        {
            density.touchpoints += 1;
        }
    }

    pub(super) fn finish(mut self) -> Vec<StageDensity> {
        for density in &mut self.stages {
            density.warning = if density.touchpoints == 0 {
                Some(DensityWarning::Empty)
            } else if density.touchpoints > self.limit as usize {
                Some(DensityWarning::Crowded { limit: self.limit })
            } else {
                None
            };
        }
        self.stages
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_maps::TestMap;
    use crate::model::{Channel, DEFAULT_MAX_TOUCHPOINTS_PER_STAGE};

    /// A map with 8 touchpoints in stage 1, 7 in stage 2, none in stage 3 and 1 in stage 4.
    fn map() -> Map {
        let mut map = TestMap::new(4);
        for (stage, count) in [(1, 8), (2, 7), (4, 1)] {
            for i in 0..count {
                map.touchpoint(stage, &format!("T{i}"), Channel::Website);
            }
        }
        map.note(3, "Notes are not touchpoints");
        map.build()
    }

    fn summary(densities: &[StageDensity]) -> Vec<(u32, usize, Option<DensityWarning>)> {
        densities
            .iter()
            .map(|d| (d.stage.0, d.touchpoints, d.warning))
            .collect()
    }

    #[test]
    fn empty_and_crowded_stages_with_the_default_limit() {
        assert_eq!(DEFAULT_MAX_TOUCHPOINTS_PER_STAGE, 7);
        let crowded = Some(DensityWarning::Crowded { limit: 7 });
        assert_eq!(
            summary(&density(&map())),
            [
                (1, 8, crowded),
                (2, 7, None),
                (3, 0, Some(DensityWarning::Empty)),
                (4, 1, None),
            ]
        );
    }

    #[test]
    fn the_map_sets_its_own_limit() {
        let mut map = map();
        map.max_touchpoints_per_stage = Some(1);
        let crowded = Some(DensityWarning::Crowded { limit: 1 });
        assert_eq!(
            summary(&density(&map)),
            [
                (1, 8, crowded),
                (2, 7, crowded),
                (3, 0, Some(DensityWarning::Empty)),
                (4, 1, None),
            ]
        );
    }
}
