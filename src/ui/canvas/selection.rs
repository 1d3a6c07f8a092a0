//! The selected cards: a set kept as a sorted list, so commands and menus can borrow it as a
//! slice while they decide what to offer.

use crate::model::CardId;

/// Selected card ids, sorted, each once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection(Vec<CardId>);

impl Selection {
    /// The ids in order.
    pub fn as_slice(&self) -> &[CardId] {
        &self.0
    }

    /// Whether `id` is selected.
    pub fn contains(&self, id: CardId) -> bool {
        self.0.binary_search(&id).is_ok()
    }

    /// Selects `id`; returns whether it was not selected yet.
    pub fn insert(&mut self, id: CardId) -> bool {
        match self.0.binary_search(&id) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, id);
                true
            }
        }
    }

    /// Deselects `id`; returns whether it was selected.
    pub fn remove(&mut self, id: CardId) -> bool {
        match self.0.binary_search(&id) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    /// Keeps only the ids `keep` accepts.
    pub fn retain(&mut self, keep: impl FnMut(&CardId) -> bool) {
        self.0.retain(keep);
    }

    /// Deselects everything.
    pub fn clear(&mut self) {
        self.0.clear();
    }
}

impl FromIterator<CardId> for Selection {
    fn from_iter<I: IntoIterator<Item = CardId>>(ids: I) -> Self {
        let mut ids: Vec<CardId> = ids.into_iter().collect();
        ids.sort_unstable();
        ids.dedup();
        Self(ids)
    }
}

impl Extend<CardId> for Selection {
    fn extend<I: IntoIterator<Item = CardId>>(&mut self, ids: I) {
        self.0.extend(ids);
        self.0.sort_unstable();
        self.0.dedup();
    }
}
