//! The analysis views of touchpoint management, computed from a map: the priority matrix
//! (importance against performance), the heat map of a rating or metric, the touchpoint matrix
//! (channel × stage), the density of touchpoints per stage, the facet breakdown, and the
//! comparison of two maps; and what the room produced: the ranking of its dot vote and its
//! feeling along the journey.
//!
//! Pure functions of the document, with no UI types: the panels that show these views, the
//! exports and the command line all call them, and tests check every number they show. Each
//! view is recomputed from scratch; [`analyse`] builds the four map-wide views in one pass over
//! the cards, fast enough to run after every edit of a large map.

pub mod channels;
pub mod compare;
pub mod density;
pub mod facets;
pub mod heat;
pub mod priority;
pub mod room_feeling;
#[cfg(test)]
pub(crate) mod test_maps;
pub mod votes;

pub use channels::{ChannelRow, ChannelStageMatrix, channel_stage_matrix};
pub use compare::{Change, Comparison, Mark, MarkKind, Marks, Pair, StageEmotion, compare};
pub use density::{DensityWarning, StageDensity, density};
pub use facets::{FacetBreakdown, FacetValue, cards_with, facet_breakdown};
pub use heat::{Heat, HeatMeasure, heat, heat_measures};
pub use priority::{Dot, PriorityMatrix, Quadrant, priority_matrix, quadrant};
pub use room_feeling::{room_curve, room_scorers, rounded_room_curve};
pub use votes::{VotedCard, vote_ranking};

use crate::model::Map;

/// The map-wide views of one map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Analysis {
    /// Importance against performance.
    pub priority: PriorityMatrix,
    /// Touchpoints by channel and stage.
    pub channels: ChannelStageMatrix,
    /// Touchpoints per stage, with warnings.
    pub density: Vec<StageDensity>,
    /// Touchpoints by setting, media ownership and purchase phase.
    pub facets: FacetBreakdown,
}

/// Every map-wide view of `map`, in one pass over its touchpoints.
pub fn analyse(map: &Map) -> Analysis {
    let mut priority = priority::Tally::default();
    let mut channels = channels::Tally::new(map);
    let mut density = density::Tally::new(map);
    let mut facets = FacetBreakdown::default();
    for (card, touchpoint) in map.touchpoints() {
        priority.add(card, touchpoint);
        channels.add(card, touchpoint);
        density.add(card);
        facets.add(touchpoint, map.phase_of(card, touchpoint));
    }
    Analysis {
        priority: priority.finish(),
        channels: channels.finish(),
        density: density.finish(),
        facets,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sample::synthetic_map;

    /// The one-pass analysis shows what each view computed on its own shows.
    #[test]
    fn analyse_agrees_with_each_view() {
        let mut map = synthetic_map(300);
        for (i, card) in map.cards.iter_mut().enumerate() {
            if let Some(touchpoint) = &mut card.touchpoint {
                touchpoint.importance = Some(1 + (i % 5) as u8);
                touchpoint.performance = (i % 3 != 0).then_some(1 + (i * 7 % 5) as u8);
            }
        }
        map.max_touchpoints_per_stage = Some(4);
        let analysis = analyse(&map);
        assert_eq!(analysis.priority, priority_matrix(&map));
        assert_eq!(analysis.channels, channel_stage_matrix(&map));
        assert_eq!(analysis.density, density(&map));
        assert_eq!(analysis.facets, facet_breakdown(&map));
        assert!(!analysis.priority.dots.is_empty());
        assert!(!analysis.priority.not_rated.is_empty());
        assert_eq!(
            analysis.channels.total,
            map.touchpoints().count(),
            "every touchpoint is counted once"
        );
    }
}
