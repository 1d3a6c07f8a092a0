//! The open document: the map, its undo and redo history, and whether it has unsaved changes.
//!
//! History keeps whole snapshots of the map. At our sizes (a 10,000-card map clones in about a
//! millisecond and takes a few MiB) that is simpler and safer than inverse edits, and
//! [`MAX_UNDO`] bounds the memory. The map is shared (`Arc`): a snapshot for the history or for
//! the autosave thread costs a reference count, and the map is copied only when an edit changes
//! a map someone else still holds.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use thiserror::Error;

use super::{Edit, EditError};
use crate::model::Map;

/// How many steps can be undone.
pub const MAX_UNDO: usize = 200;

/// One step of history: the map on the other side of the step, and what the step was.
#[derive(Clone, Debug)]
pub struct HistoryEntry {
    /// Message id of the step's name ([`Edit::label_id`]).
    pub label_id: &'static str,
    map: Arc<Map>,
    state: u64,
}

/// Who opened an undo group: a drag, a typing session in a field. Only the holder of the group
/// can end it, so one gesture can never commit or throw away another's changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GroupOwner(u64);

impl GroupOwner {
    /// A new owner, different from every other one of this process.
    pub fn new() -> Self {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        Self(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

impl Default for GroupOwner {
    fn default() -> Self {
        Self::new()
    }
}

/// Why an undo group could not be opened or ended.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum GroupError {
    /// Another gesture's group is open.
    #[error("another change is under way")]
    Busy,
    /// No group is open, or it belongs to someone else.
    #[error("that change is not the one under way")]
    NotOwner,
}

/// Whether two maps are equal apart from what their rooms hold.
fn same_but_room(a: &Map, b: &Map) -> bool {
    let mut b_room = b.room.clone();
    b_room.carry_over(&a.room);
    b_room == a.room && {
        let mut b = b.clone();
        b.room = b_room;
        b == *a
    }
}

/// A map being edited.
#[derive(Clone, Debug)]
pub struct Document {
    map: Arc<Map>,
    undo: Vec<HistoryEntry>,
    redo: Vec<HistoryEntry>,
    group: Option<Group>,
    /// Identifies the map's current content. Undo, redo and a cancelled or empty group return
    /// to earlier values, so a map brought back to its saved content is clean again.
    state: u64,
    next_state: u64,
    saved_state: u64,
}

/// An open undo group: its owner, the map before it, its state id, and the name of its first
/// edit.
#[derive(Clone, Debug)]
struct Group {
    owner: GroupOwner,
    map: Arc<Map>,
    state: u64,
    label_id: Option<&'static str>,
}

impl Document {
    /// A document for a map as it is on disk (no unsaved changes).
    pub fn new(map: Map) -> Self {
        Self {
            map: Arc::new(map),
            undo: Vec::new(),
            redo: Vec::new(),
            group: None,
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

    /// The map as it is now, shared: for a thread that writes it out while editing goes on.
    pub fn snapshot(&self) -> Arc<Map> {
        Arc::clone(&self.map)
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

    /// Applies an edit. Outside a group it becomes one undo step; inside, it joins the group's
    /// step. A refused edit changes nothing.
    pub fn apply(&mut self, edit: &Edit) -> Result<(), EditError> {
        if let Some(group) = &mut self.group {
            // No snapshot per edit: the group's one snapshot is the undo step.
            edit.apply(Arc::make_mut(&mut self.map))?;
            group.label_id.get_or_insert(edit.label_id());
            self.touch();
            return Ok(());
        }
        let before = Arc::clone(&self.map);
        if let Err(error) = edit.apply(Arc::make_mut(&mut self.map)) {
            self.map = before;
            return Err(error);
        }
        if *self.map == *before {
            // Nothing changed: keep the one copy.
            self.map = before;
        } else {
            self.push_undo(edit.label_id(), before, self.state);
            self.touch();
        }
        Ok(())
    }

    /// Applies what the room sent, outside the undo history: undo and redo never take back a
    /// participant's note, dot or score (see [`crate::model::Room`]). Inside an open group the
    /// change stays when the group is cancelled. Marks the map unsaved; a refused change
    /// changes nothing.
    pub fn apply_room(
        &mut self,
        edit: &super::room::RoomEdit,
    ) -> Result<super::room::RoomApplied, super::room::RoomRefusal> {
        // Every room change checks all it needs before it changes anything, so a refusal
        // leaves the map as it was. The map is copied only when the history or a saving
        // thread still holds it (once after each of the facilitator's steps), never per
        // arrival.
        let applied = edit.apply(Arc::make_mut(&mut self.map))?;
        self.touch();
        Ok(applied)
    }

    /// Opens an undo group for `owner`: the edits until [`Self::commit`] form one undo step (a
    /// whole drag is one step, not sixty). Refused while another group is open, so two gestures
    /// never share a step.
    pub fn begin(&mut self, owner: GroupOwner) -> Result<(), GroupError> {
        if self.group.is_some() {
            return Err(GroupError::Busy);
        }
        self.group = Some(Group {
            owner,
            map: Arc::clone(&self.map),
            state: self.state,
            label_id: None,
        });
        Ok(())
    }

    /// Whether an undo group is open.
    pub fn in_transaction(&self) -> bool {
        self.group.is_some()
    }

    /// Whether `owner` holds the open undo group.
    pub fn holds_group(&self, owner: GroupOwner) -> bool {
        self.group
            .as_ref()
            .is_some_and(|group| group.owner == owner)
    }

    /// Ends `owner`'s group, recording one undo step if it changed anything.
    pub fn commit(&mut self, owner: GroupOwner) -> Result<(), GroupError> {
        let group = self.take_group(owner)?;
        if self.map.room != group.map.room && same_but_room(&self.map, &group.map) {
            // Only the room wrote during the gesture: no step of the facilitator's to undo.
            return Ok(());
        }
        if *self.map == *group.map {
            // Nothing changed after all (a card dropped where it was): same content, same id.
            self.map = group.map;
            self.state = group.state;
        } else {
            let label = group.label_id.unwrap_or("edit-change");
            self.push_undo(label, group.map, group.state);
        }
        Ok(())
    }

    /// Ends `owner`'s group and restores the map to how it was before it (Esc during a drag).
    pub fn cancel(&mut self, owner: GroupOwner) -> Result<(), GroupError> {
        let group = self.take_group(owner)?;
        let current = std::mem::replace(&mut self.map, group.map);
        self.state = group.state;
        self.carry_room_from(&current);
        Ok(())
    }

    fn take_group(&mut self, owner: GroupOwner) -> Result<Group, GroupError> {
        if !self.holds_group(owner) {
            return Err(GroupError::NotOwner);
        }
        self.group.take().ok_or(GroupError::NotOwner)
    }

    /// Undoes the last step; returns whether there was one. Nothing is undone while a gesture
    /// holds an undo group: its step is not finished yet.
    pub fn undo(&mut self) -> bool {
        if self.group.is_some() {
            return false;
        }
        let Some(entry) = self.undo.pop() else {
            return false;
        };
        let redo = self.swap_in(entry);
        self.redo.push(redo);
        true
    }

    /// Redoes the last undone step; returns whether there was one. Nothing is redone while a
    /// gesture holds an undo group.
    pub fn redo(&mut self) -> bool {
        if self.group.is_some() {
            return false;
        }
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
        self.carry_room_from(&back.map);
        back
    }

    /// Keeps what the room sent while the map went back to an earlier content (undo, redo, a
    /// cancelled gesture): only the decisions about notes come from the earlier content. The
    /// content is then new, so it gets a new state id.
    fn carry_room_from(&mut self, current: &Map) {
        if self.map.room == current.room {
            return;
        }
        let mut room = self.map.room.clone();
        room.carry_over(&current.room);
        if room != self.map.room {
            Arc::make_mut(&mut self.map).room = room;
            self.touch();
        }
    }

    fn push_undo(&mut self, label_id: &'static str, before: Arc<Map>, before_state: u64) {
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
