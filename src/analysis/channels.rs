//! The touchpoint matrix: how many touchpoints of each channel each stage has, so a team sees
//! which channels carry the journey and where a stage relies on a single one.

use std::collections::HashMap;

use crate::model::{Card, Channel, Map, StageId, Touchpoint};

/// One channel's row of the matrix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChannelRow {
    /// The channel.
    pub channel: Channel,
    /// Its touchpoints per stage, in the order of [`ChannelStageMatrix::stages`].
    pub counts: Vec<usize>,
    /// Its touchpoints in all stages.
    pub total: usize,
}

/// Touchpoints counted by channel (rows) and stage (columns).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChannelStageMatrix {
    /// The columns: the map's stages, left to right.
    pub stages: Vec<StageId>,
    /// The rows: only channels with at least one touchpoint, in [`Channel::ALL`] order (so
    /// [`Channel::Custom`] comes last).
    pub rows: Vec<ChannelRow>,
    /// Touchpoints per stage, all channels together.
    pub stage_totals: Vec<usize>,
    /// Touchpoints in the map (in one of its stages).
    pub total: usize,
}

/// The touchpoint matrix of `map`.
pub fn channel_stage_matrix(map: &Map) -> ChannelStageMatrix {
    let mut tally = Tally::new(map);
    for (card, touchpoint) in map.touchpoints() {
        tally.add(card, touchpoint);
    }
    tally.finish()
}

/// The place of each channel in [`Channel::ALL`], by the channel's declaration order.
fn palette_positions() -> [usize; Channel::ALL.len()] {
    let mut positions = [0; Channel::ALL.len()];
    for (position, channel) in Channel::ALL.into_iter().enumerate() {
        if let Some(slot) = positions.get_mut(channel as usize) {
            *slot = position;
        }
    }
    positions
}

/// The matrix being built, one touchpoint at a time.
pub(super) struct Tally {
    stages: Vec<StageId>,
    column_of: HashMap<StageId, usize>,
    positions: [usize; Channel::ALL.len()],
    /// Counts per channel (in palette order), then per stage.
    counts: Vec<Vec<usize>>,
}

impl Tally {
    pub(super) fn new(map: &Map) -> Self {
        let stages: Vec<StageId> = map.stages.iter().map(|stage| stage.id).collect();
        let column_of = stages.iter().enumerate().map(|(i, &id)| (id, i)).collect();
        let counts = vec![vec![0; stages.len()]; Channel::ALL.len()];
        Self {
            stages,
            column_of,
            positions: palette_positions(),
            counts,
        }
    }

    pub(super) fn add(&mut self, card: &Card, touchpoint: &Touchpoint) {
        let Some(&column) = self.column_of.get(&card.stage) else {
            return;
        };
        let row = self
            .positions
            .get(touchpoint.channel as usize)
            .and_then(|&position| self.counts.get_mut(position));
        if let Some(count) = row.and_then(|row| row.get_mut(column)) {
            *count += 1;
        }
    }

    pub(super) fn finish(self) -> ChannelStageMatrix {
        let mut stage_totals = vec![0; self.stages.len()];
        let mut rows = Vec::new();
        for (channel, counts) in Channel::ALL.into_iter().zip(self.counts) {
            let total: usize = counts.iter().sum();
            if total == 0 {
                continue;
            }
            for (sum, count) in stage_totals.iter_mut().zip(&counts) {
                *sum += count;
            }
            rows.push(ChannelRow {
                channel,
                counts,
                total,
            });
        }
        ChannelStageMatrix {
            stages: self.stages,
            total: stage_totals.iter().sum(),
            rows,
            stage_totals,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_maps::TestMap;

    #[test]
    fn palette_positions_follow_the_palette() {
        let positions = palette_positions();
        for (position, channel) in Channel::ALL.into_iter().enumerate() {
            assert_eq!(positions[channel as usize], position, "{channel:?}");
        }
    }

    #[test]
    fn counts_per_channel_and_stage_with_totals() {
        let mut map = TestMap::new(3);
        map.touchpoint(1, "Own thing", Channel::Custom);
        map.touchpoint(1, "Newsletter", Channel::Newsletter);
        map.touchpoint(2, "Website", Channel::Website);
        map.touchpoint(2, "Website again", Channel::Website);
        map.touchpoint(3, "Another own thing", Channel::Custom);
        map.touchpoint(3, "Website", Channel::Website);
        map.touchpoint(3, "Newsletter", Channel::Newsletter);
        map.note(1, "Not a touchpoint");
        let matrix = channel_stage_matrix(&map.build());

        assert_eq!(matrix.stages, [StageId(1), StageId(2), StageId(3)]);
        let rows: Vec<_> = matrix
            .rows
            .iter()
            .map(|row| (row.channel, row.counts.clone(), row.total))
            .collect();
        assert_eq!(
            rows,
            [
                (Channel::Website, vec![0, 2, 1], 3),
                (Channel::Newsletter, vec![1, 0, 1], 2),
                (Channel::Custom, vec![1, 0, 1], 2),
            ]
        );
        assert_eq!(matrix.stage_totals, [2, 2, 3]);
        assert_eq!(matrix.total, 7);
    }

    #[test]
    fn a_map_without_touchpoints_has_stages_but_no_rows() {
        let matrix = channel_stage_matrix(&TestMap::new(2).build());
        assert_eq!(matrix.stages.len(), 2);
        assert!(matrix.rows.is_empty());
        assert_eq!(matrix.stage_totals, [0, 0]);
        assert_eq!(matrix.total, 0);
    }
}
