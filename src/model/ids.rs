//! Typed ids for the things a map is made of.
//!
//! Ids are small counters stored in the document (not UUIDs) so that a saved map stays short and
//! diffs cleanly in git. Each kind of thing has its own newtype so a lane id can never be used
//! where a card id is expected.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

id_type!(
    /// Identifies a [`crate::model::Stage`] (a column) within one map.
    StageId
);
id_type!(
    /// Identifies a [`crate::model::Lane`] (a row) within one map.
    LaneId
);
id_type!(
    /// Identifies a [`crate::model::Card`] within one map.
    CardId
);
id_type!(
    /// Identifies a [`crate::model::Phase`] (a group of stages) within one map.
    PhaseId
);
id_type!(
    /// Identifies a [`crate::model::Persona`] within one map: the first persona is
    /// [`PersonaId::FIRST`], the others count from 1. Emotion lanes keep each persona's curve
    /// under its id, so reordering or removing a persona never hands one person's feelings to
    /// another.
    PersonaId
);

id_type!(
    /// Identifies a person who joined the map's room from a phone, counted from 1 over every
    /// time the room was opened. Names are optional, so the number is what keeps one person's
    /// notes, dots and scores together.
    ParticipantId
);
id_type!(
    /// Identifies a note the room sent, counted from 1 in the order the notes arrived.
    RoomNoteId
);

impl PersonaId {
    /// The map's first persona, whose curve is an emotion lane's `scores`.
    pub const FIRST: Self = Self(0);

    /// Whether this is the first persona (its id is not written to the file).
    pub fn is_first(&self) -> bool {
        *self == Self::FIRST
    }
}

impl Default for PersonaId {
    fn default() -> Self {
        Self::FIRST
    }
}

/// The next free id after the largest one in use, so new things do not reuse the id of a deleted
/// one (which an open undo step or a pasted connection could still mean).
///
/// A hand-edited file may use `u32::MAX` itself; then there is no "after", and the lowest unused
/// id is taken instead. A map holds far fewer than `u32::MAX` things (see
/// [`crate::model::Limits`]), so an unused one always exists and adding never fails for want of
/// an id.
pub(crate) fn next_after(ids: impl Iterator<Item = u32> + Clone) -> u32 {
    match ids.clone().max() {
        None => 1,
        Some(max) if max < u32::MAX => max + 1,
        Some(_) => {
            let used: std::collections::BTreeSet<u32> = ids.collect();
            (1..=u32::MAX).find(|id| !used.contains(id)).unwrap_or(0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::next_after;

    #[test]
    fn the_next_id_follows_the_largest() {
        assert_eq!(next_after([].into_iter()), 1);
        assert_eq!(next_after([3, 1, 7].into_iter()), 8);
    }

    #[test]
    fn a_map_using_the_largest_id_still_gets_a_free_one() {
        assert_eq!(next_after([u32::MAX].into_iter()), 1);
        assert_eq!(next_after([1, u32::MAX, 2, 4].into_iter()), 3);
        assert_eq!(next_after([0, u32::MAX].into_iter()), 1);
    }
}
