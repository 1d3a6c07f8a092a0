//! The priority matrix: every rated touchpoint placed by how much it matters for the journey
//! (importance, up) against how well it works today (performance, right), so a team sees what
//! to fix first.

use std::collections::HashMap;

use crate::model::{Card, CardId, Map, Ownership, Touchpoint};

/// The four quadrants of the priority matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Quadrant {
    /// Important and weak: fix these first.
    FixFirst,
    /// Important and strong: keep it up.
    KeepItUp,
    /// Less important and strong: possibly more effort than the journey needs.
    PossibleOverkill,
    /// Less important and weak: low priority, but keep an eye on them.
    LowPriority,
}

impl Quadrant {
    /// Every quadrant, in the order of [`PriorityMatrix::counts`].
    pub const ALL: [Self; 4] = [
        Self::FixFirst,
        Self::KeepItUp,
        Self::PossibleOverkill,
        Self::LowPriority,
    ];

    /// Its place in [`Self::ALL`] and in [`PriorityMatrix::counts`].
    pub fn index(self) -> usize {
        match self {
            Self::FixFirst => 0,
            Self::KeepItUp => 1,
            Self::PossibleOverkill => 2,
            Self::LowPriority => 3,
        }
    }

    /// Whether the quadrant is in the upper half (important).
    pub fn is_important(self) -> bool {
        matches!(self, Self::FixFirst | Self::KeepItUp)
    }

    /// Whether the quadrant is in the right half (strong).
    pub fn is_strong(self) -> bool {
        matches!(self, Self::KeepItUp | Self::PossibleOverkill)
    }
}

/// Where the crosshair of the matrix crosses each axis: the middle of the 1–5 scale.
pub const CROSSHAIR: u8 = 3;

/// The quadrant of a touchpoint rated `importance` and `performance` (each 1–5).
///
/// A rating on the crosshair (3, the middle of the scale) belongs to the upper or right side:
/// importance ≥ 3 counts as important, performance ≥ 3 as strong. With whole-number ratings
/// every 3 must land somewhere, and the two choices serve the method's advice differently on
/// each axis, both in the careful direction. A touchpoint of middling importance is still one
/// the journey needs, so it is not filed under "low priority" where nobody looks. A middling
/// performance is "works, nothing flagged", so only a touchpoint someone actually rated below
/// average (1 or 2) lands in "fix first", and that list stays short enough to act on. It is
/// also the half-open rule a painter draws: the line at 3 belongs to the quadrant above and to
/// the right of it, on both axes alike.
pub fn quadrant(importance: u8, performance: u8) -> Quadrant {
    match (importance >= CROSSHAIR, performance >= CROSSHAIR) {
        (true, false) => Quadrant::FixFirst,
        (true, true) => Quadrant::KeepItUp,
        (false, true) => Quadrant::PossibleOverkill,
        (false, false) => Quadrant::LowPriority,
    }
}

/// One rated touchpoint in the matrix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dot {
    /// The touchpoint's card.
    pub card: CardId,
    /// The card's title.
    pub title: String,
    /// How much it matters, 1–5 (the vertical axis).
    pub importance: u8,
    /// How well it works, 1–5 (the horizontal axis).
    pub performance: u8,
    /// Who owns the medium (the dot's colour or shape).
    pub ownership: Ownership,
    /// Its quadrant.
    pub quadrant: Quadrant,
    /// Which of the dots with the same two ratings this is, from 0, in document order.
    pub stack_index: usize,
    /// How many rated touchpoints share these two ratings (1 when the dot is alone), so a
    /// painter can spread them around the point instead of drawing them on top of each other.
    pub stack_size: usize,
}

/// The priority matrix of a map.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PriorityMatrix {
    /// The touchpoints with both ratings, in document order.
    pub dots: Vec<Dot>,
    /// The touchpoints missing one or both ratings (card and title), in document order.
    pub not_rated: Vec<(CardId, String)>,
    /// How many dots each quadrant holds, in the order of [`Quadrant::ALL`].
    pub counts: [usize; 4],
}

impl PriorityMatrix {
    /// The dots of one quadrant, in document order.
    pub fn in_quadrant(&self, quadrant: Quadrant) -> impl Iterator<Item = &Dot> {
        self.dots.iter().filter(move |dot| dot.quadrant == quadrant)
    }

    /// How many dots a quadrant holds.
    pub fn count(&self, quadrant: Quadrant) -> usize {
        self.counts[quadrant.index()]
    }
}

/// The priority matrix of `map`.
pub fn priority_matrix(map: &Map) -> PriorityMatrix {
    let mut tally = Tally::default();
    for (card, touchpoint) in map.touchpoints() {
        tally.add(card, touchpoint);
    }
    tally.finish()
}

/// The matrix being built, one touchpoint at a time (so [`super::analyse`] can build every
/// view in one pass over the cards).
#[derive(Default)]
pub(super) struct Tally {
    matrix: PriorityMatrix,
    /// Dots per (importance, performance) so far.
    stacks: HashMap<(u8, u8), usize>,
}

impl Tally {
    pub(super) fn add(&mut self, card: &Card, touchpoint: &Touchpoint) {
        let (Some(importance), Some(performance)) = (touchpoint.importance, touchpoint.performance)
        else {
            self.matrix.not_rated.push((card.id, card.title.clone()));
            return;
        };
        let stack = self.stacks.entry((importance, performance)).or_insert(0);
        let quadrant = quadrant(importance, performance);
        self.matrix.counts[quadrant.index()] += 1;
        self.matrix.dots.push(Dot {
            card: card.id,
            title: card.title.clone(),
            importance,
            performance,
            ownership: touchpoint.ownership,
            quadrant,
            stack_index: *stack,
            stack_size: 0,
        });
        *stack += 1;
    }

    pub(super) fn finish(mut self) -> PriorityMatrix {
        for dot in &mut self.matrix.dots {
            dot.stack_size = self
                .stacks
                .get(&(dot.importance, dot.performance))
                .copied()
                .unwrap_or(1);
        }
        self.matrix
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_maps::{TestMap, rate};
    use crate::model::Channel;

    #[test]
    fn the_crosshair_lines_belong_to_the_upper_and_right_quadrants() {
        assert_eq!(quadrant(5, 1), Quadrant::FixFirst);
        assert_eq!(quadrant(3, 2), Quadrant::FixFirst);
        assert_eq!(quadrant(3, 3), Quadrant::KeepItUp);
        assert_eq!(quadrant(5, 5), Quadrant::KeepItUp);
        assert_eq!(quadrant(2, 3), Quadrant::PossibleOverkill);
        assert_eq!(quadrant(1, 5), Quadrant::PossibleOverkill);
        assert_eq!(quadrant(2, 2), Quadrant::LowPriority);
        assert_eq!(quadrant(1, 1), Quadrant::LowPriority);
        for importance in 1..=5 {
            for performance in 1..=5 {
                let q = quadrant(importance, performance);
                assert_eq!(q.is_important(), importance >= 3);
                assert_eq!(q.is_strong(), performance >= 3);
            }
        }
        for (i, q) in Quadrant::ALL.into_iter().enumerate() {
            assert_eq!(q.index(), i);
        }
    }

    #[test]
    fn dots_counts_and_the_not_rated_list() {
        let mut map = TestMap::new(2);
        let website = map.touchpoint(1, "Website", Channel::Website);
        let hotline = map.touchpoint(2, "Hotline", Channel::Hotline);
        let flyer = map.touchpoint(1, "Flyer", Channel::Flyer);
        let review = map.touchpoint(2, "Review portal", Channel::ReviewPortal);
        let only_importance = map.touchpoint(2, "Only important", Channel::Poster);
        let only_performance = map.touchpoint(1, "Only performance", Channel::Poster);
        let unrated = map.touchpoint(1, "Not rated at all", Channel::Poster);
        map.note(1, "A plain note");
        let mut map = map.build();
        rate(&mut map, website, Some(5), Some(2));
        rate(&mut map, hotline, Some(4), Some(4));
        rate(&mut map, flyer, Some(1), Some(5));
        rate(&mut map, review, Some(2), Some(1));
        rate(&mut map, only_importance, Some(4), None);
        rate(&mut map, only_performance, None, Some(4));
        rate(&mut map, unrated, None, None);

        let matrix = priority_matrix(&map);
        let dots: Vec<_> = matrix
            .dots
            .iter()
            .map(|dot| (dot.card, dot.quadrant))
            .collect();
        assert_eq!(
            dots,
            [
                (website, Quadrant::FixFirst),
                (hotline, Quadrant::KeepItUp),
                (flyer, Quadrant::PossibleOverkill),
                (review, Quadrant::LowPriority),
            ]
        );
        assert_eq!(matrix.counts, [1, 1, 1, 1]);
        assert_eq!(matrix.count(Quadrant::KeepItUp), 1);
        assert_eq!(
            matrix.not_rated,
            [
                (only_importance, "Only important".to_owned()),
                (only_performance, "Only performance".to_owned()),
                (unrated, "Not rated at all".to_owned()),
            ]
        );
        let first = &matrix.dots[0];
        assert_eq!(first.title, "Website");
        assert_eq!((first.importance, first.performance), (5, 2));
        assert_eq!(first.ownership, Ownership::Owned);
        assert_eq!(matrix.dots[3].ownership, Ownership::Earned);
        assert!(matrix.dots.iter().all(|dot| dot.stack_size == 1));
    }

    #[test]
    fn dots_on_the_same_point_are_stacked_in_document_order() {
        let mut map = TestMap::new(2);
        let ids: Vec<_> = (0..5)
            .map(|i| map.touchpoint(1 + i % 2, &format!("T{i}"), Channel::Website))
            .collect();
        let mut map = map.build();
        for &id in &ids[..3] {
            rate(&mut map, id, Some(4), Some(2));
        }
        rate(&mut map, ids[3], Some(1), Some(1));
        rate(&mut map, ids[4], Some(4), Some(2));

        let matrix = priority_matrix(&map);
        let stacks: Vec<_> = matrix
            .dots
            .iter()
            .map(|dot| (dot.stack_index, dot.stack_size))
            .collect();
        assert_eq!(stacks, [(0, 4), (1, 4), (2, 4), (0, 1), (3, 4)]);
        assert_eq!(matrix.counts, [4, 0, 0, 1]);
        assert_eq!(matrix.in_quadrant(Quadrant::FixFirst).count(), 4);
    }

    #[test]
    fn a_map_without_touchpoints_has_an_empty_matrix() {
        let mut map = TestMap::new(1);
        map.note(1, "Just a note");
        let matrix = priority_matrix(&map.build());
        assert_eq!(matrix, PriorityMatrix::default());
    }
}
