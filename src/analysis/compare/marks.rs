//! Which cards of each map a comparison picture marks, and why: the touchpoints only map a has
//! (removed), those only map b has (added), and those in both that differ (changed, with what
//! changed). Kept apart from the painter so the picture, the editor's hover text and the tests
//! read the same answer.

use std::collections::BTreeMap;

use super::{Change, Comparison};
use crate::model::CardId;

/// Why a card is marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MarkKind {
    /// Only in map a.
    Removed,
    /// Only in map b.
    Added,
    /// In both maps, with differences.
    Changed,
}

impl MarkKind {
    /// Every kind, in legend order.
    pub const ALL: [Self; 3] = [Self::Removed, Self::Added, Self::Changed];
}

/// A marked card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Why it is marked.
    pub kind: MarkKind,
    /// What differs, for a changed card; empty otherwise.
    pub changes: Vec<Change>,
}

/// The marked cards of both maps, by card id (ordered, so painting order never depends on a
/// hash).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marks {
    /// Cards of map a: removed and changed ones.
    pub a: BTreeMap<CardId, Mark>,
    /// Cards of map b: added and changed ones.
    pub b: BTreeMap<CardId, Mark>,
}

impl Comparison {
    /// The cards to mark on each map.
    pub fn marks(&self) -> Marks {
        let mut marks = Marks::default();
        for &id in &self.removed {
            marks.a.insert(
                id,
                Mark {
                    kind: MarkKind::Removed,
                    changes: Vec::new(),
                },
            );
        }
        for &id in &self.added {
            marks.b.insert(
                id,
                Mark {
                    kind: MarkKind::Added,
                    changes: Vec::new(),
                },
            );
        }
        for pair in self.pairs.iter().filter(|pair| pair.is_changed()) {
            let mark = Mark {
                kind: MarkKind::Changed,
                changes: pair.changes.clone(),
            };
            marks.a.insert(pair.a, mark.clone());
            marks.b.insert(pair.b, mark);
        }
        marks
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::compare::Pair;

    #[test]
    fn removed_cards_are_marked_on_a_added_on_b_changed_on_both() {
        let comparison = Comparison {
            pairs: vec![
                Pair {
                    a: CardId(1),
                    b: CardId(11),
                    changes: vec![Change::Stage, Change::Performance],
                },
                Pair {
                    a: CardId(2),
                    b: CardId(12),
                    changes: Vec::new(),
                },
            ],
            added: vec![CardId(20)],
            removed: vec![CardId(3)],
            emotion: Vec::new(),
        };
        let marks = comparison.marks();
        assert_eq!(
            marks.a.keys().copied().collect::<Vec<_>>(),
            [CardId(1), CardId(3)]
        );
        assert_eq!(
            marks.b.keys().copied().collect::<Vec<_>>(),
            [CardId(11), CardId(20)]
        );
        assert_eq!(marks.a[&CardId(3)].kind, MarkKind::Removed);
        assert_eq!(marks.b[&CardId(20)].kind, MarkKind::Added);
        assert_eq!(
            marks.b[&CardId(11)].changes,
            [Change::Stage, Change::Performance]
        );
        assert!(
            !marks.a.contains_key(&CardId(2)),
            "an unchanged pair is not marked"
        );
    }
}
