//! The open document: the map, its undo and redo history, and whether it has unsaved changes.
//!
//! History keeps whole snapshots of the map. At our sizes (a 10,000-card map clones in about a
//! millisecond and takes a few MiB) that is simpler and safer than inverse edits, and
//! [`MAX_UNDO`] bounds the memory.

use super::{Edit, EditError};
use crate::model::Map;

/// How many steps can be undone.
pub const MAX_UNDO: usize = 200;

/// One step of history: the map on the other side of the step, and what the step was.
#[derive(Clone, Debug)]
pub struct HistoryEntry {
    /// Message id of the step's name ([`Edit::label_id`]).
    pub label_id: &'static str,
    map: Map,
    state: u64,
}

/// A map being edited.
#[derive(Clone, Debug)]
pub struct Document {
    map: Map,
    undo: Vec<HistoryEntry>,
    redo: Vec<HistoryEntry>,
    transaction: Option<Transaction>,
    /// Identifies the map's current content. Undo, redo and a cancelled or empty transaction
    /// return to earlier values, so a map brought back to its saved content is clean again.
    state: u64,
    next_state: u64,
    saved_state: u64,
}

/// An open transaction: the map before it, its state id, and the name of its first edit.
#[derive(Clone, Debug)]
struct Transaction {
    map: Map,
    state: u64,
    label_id: Option<&'static str>,
}

impl Document {
    /// A document for a map as it is on disk (no unsaved changes).
    pub fn new(map: Map) -> Self {
        Self {
            map,
            undo: Vec::new(),
            redo: Vec::new(),
            transaction: None,
            state: 0,
            next_state: 1,
            saved_state: 0,
        }
    }

    /// A document for a map brought back from a recovery copy: it has unsaved changes until it
    /// is saved, and no undo history.
    pub fn recovered(map: Map) -> Self {
        Self {
            // No state ever takes this value, so no undo makes the map clean again.
            saved_state: u64::MAX,
            ..Self::new(map)
        }
    }

    /// The map as it is now.
    pub fn map(&self) -> &Map {
        &self.map
    }

    /// Changes whenever the map does (including undo and redo), so views can cache what they
    /// derive from it.
    pub fn revision(&self) -> u64 {
        self.state
    }

    /// Whether the map differs from what was last saved (or opened).
    pub fn is_dirty(&self) -> bool {
        self.state != self.saved_state
    }

    /// Records that the map as it is now has been saved.
    pub fn mark_saved(&mut self) {
        self.saved_state = self.state;
    }

    /// Applies an edit. Outside a transaction it becomes one undo step; inside, it joins the
    /// transaction's step. A refused edit changes nothing.
    pub fn apply(&mut self, edit: &Edit) -> Result<(), EditError> {
        if let Some(transaction) = &mut self.transaction {
            // No snapshot per edit: the transaction's one snapshot is the undo step.
            edit.apply(&mut self.map)?;
            transaction.label_id.get_or_insert(edit.label_id());
            self.touch();
            return Ok(());
        }
        let before = self.map.clone();
        edit.apply(&mut self.map)?;
        if self.map != before {
            self.push_undo(edit.label_id(), before, self.state);
            self.touch();
        }
        Ok(())
    }

    /// Starts a transaction: the edits until [`Self::commit`] form one undo step (a whole drag
    /// is one step, not sixty). Starting one while another is open keeps the open one.
    pub fn begin(&mut self) {
        if self.transaction.is_none() {
            self.transaction = Some(Transaction {
                map: self.map.clone(),
                state: self.state,
                label_id: None,
            });
        }
    }

    /// Whether a transaction is open.
    pub fn in_transaction(&self) -> bool {
        self.transaction.is_some()
    }

    /// Ends the transaction, recording one undo step if it changed anything.
    pub fn commit(&mut self) {
        let Some(transaction) = self.transaction.take() else {
            return;
        };
        if self.map == transaction.map {
            // Nothing changed after all (a card dropped where it was): same content, same id.
            self.state = transaction.state;
        } else {
            let label = transaction.label_id.unwrap_or("edit-change");
            self.push_undo(label, transaction.map, transaction.state);
        }
    }

    /// Ends the transaction and restores the map to how it was before it (Esc during a drag).
    pub fn cancel(&mut self) {
        if let Some(transaction) = self.transaction.take() {
            self.map = transaction.map;
            self.state = transaction.state;
        }
    }

    /// Undoes the last step; returns whether there was one. An open transaction is committed
    /// first.
    pub fn undo(&mut self) -> bool {
        self.commit();
        let Some(entry) = self.undo.pop() else {
            return false;
        };
        let redo = self.swap_in(entry);
        self.redo.push(redo);
        true
    }

    /// Redoes the last undone step; returns whether there was one.
    pub fn redo(&mut self) -> bool {
        self.commit();
        let Some(entry) = self.redo.pop() else {
            return false;
        };
        let undo = self.swap_in(entry);
        self.undo.push(undo);
        true
    }

    /// The message id of what [`Self::undo`] would undo.
    pub fn undo_label(&self) -> Option<&'static str> {
        self.undo.last().map(|entry| entry.label_id)
    }

    /// The message id of what [`Self::redo`] would redo.
    pub fn redo_label(&self) -> Option<&'static str> {
        self.redo.last().map(|entry| entry.label_id)
    }

    /// Makes `entry`'s map current and returns the entry that leads back.
    fn swap_in(&mut self, entry: HistoryEntry) -> HistoryEntry {
        let back = HistoryEntry {
            label_id: entry.label_id,
            map: std::mem::replace(&mut self.map, entry.map),
            state: self.state,
        };
        self.state = entry.state;
        back
    }

    fn push_undo(&mut self, label_id: &'static str, before: Map, before_state: u64) {
        self.undo.push(HistoryEntry {
            label_id,
            map: before,
            state: before_state,
        });
        if self.undo.len() > MAX_UNDO {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Gives the current content a new state id.
    fn touch(&mut self) {
        self.state = self.next_state;
        self.next_state += 1;
    }
}
