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

/// The next free id after the largest one in use, so new things never reuse an id.
pub(crate) fn next_after(ids: impl Iterator<Item = u32>) -> u32 {
    ids.max().map_or(1, |max| max.saturating_add(1))
}
