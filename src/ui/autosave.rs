//! Autosave: a few seconds after a change, and whenever the window loses focus, the unsaved map
//! is copied to this editor's recovery slot; once the map is saved (or back to its saved
//! content, or thrown away) the copy goes.
//!
//! The clock is egui's input time, so the tests drive it frame by frame like a real screen.

use std::path::Path;

use egui::{Context, Event};

use crate::edit::Document;
use crate::recovery::{Leftover, RecoveryStore, Slot};

/// How long after a change the copy is written: short enough that a crash loses a few seconds
/// of work, long enough that a burst of typing is written once.
pub const AUTOSAVE_SECONDS: f64 = 3.0;

/// The autosave of one editor window.
#[derive(Debug, Default)]
pub struct Autosave {
    store: Option<RecoveryStore>,
    slot: Option<Slot>,
    /// The revision the slot holds; `None` while it holds no copy of this map's revisions.
    written: Option<u64>,
    /// Whether the slot holds a copy at all (an adopted leftover does before anything is
    /// written). Kept here so a clean map costs no file-system call per frame.
    holds_copy: bool,
    /// When the first change not yet written was noticed (egui time).
    pending_since: Option<f64>,
    /// Set after a failed write so the next tries stay quiet until one succeeds.
    failing: bool,
}

impl Autosave {
    /// Autosave into `store`.
    pub fn new(store: RecoveryStore) -> Self {
        Self {
            store: Some(store),
            ..Self::default()
        }
    }

    /// The maps earlier editors left behind.
    pub fn leftovers(&self) -> Vec<Leftover> {
        self.store
            .as_ref()
            .map(RecoveryStore::leftovers)
            .unwrap_or_default()
    }

    /// Continues in a restored leftover's slot, so the restored map's copy stays where it is
    /// until it is saved.
    pub fn adopt(&mut self, slot: Slot) {
        self.forget();
        self.slot = Some(slot);
        self.holds_copy = true;
    }

    /// Removes the copy: the map was saved or deliberately thrown away.
    pub fn forget(&mut self) {
        if let Some(slot) = &self.slot
            && self.holds_copy
        {
            slot.clear();
        }
        self.holds_copy = false;
        self.written = None;
        self.pending_since = None;
    }

    /// Called once a frame. Writes the copy when it is due and returns a message if writing
    /// failed for the first time since the last success.
    pub fn tick(&mut self, ctx: &Context, doc: &Document, source: Option<&Path>) -> Option<String> {
        self.store.as_ref()?;
        if !doc.is_dirty() {
            if self.holds_copy {
                self.forget();
            }
            self.pending_since = None;
            return None;
        }
        // Mid-drag the map is half-way; the drag's end will be written.
        if doc.in_transaction() || self.written == Some(doc.revision()) {
            return None;
        }
        let now = ctx.input(|input| input.time);
        let focus_lost = ctx.input(|input| {
            input
                .events
                .iter()
                .any(|event| matches!(event, Event::WindowFocused(false)))
        });
        let since = *self.pending_since.get_or_insert(now);
        let waited = now - since;
        if !focus_lost && waited < AUTOSAVE_SECONDS {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                AUTOSAVE_SECONDS - waited,
            ));
            return None;
        }
        self.pending_since = None;
        match self.write(doc, source) {
            Ok(()) => {
                self.written = Some(doc.revision());
                self.failing = false;
                None
            }
            Err(message) => {
                // Try again after the next interval, without repeating the message.
                self.pending_since = Some(now);
                let first = !self.failing;
                self.failing = true;
                first.then_some(message)
            }
        }
    }

    fn write(&mut self, doc: &Document, source: Option<&Path>) -> Result<(), String> {
        if self.slot.is_none() {
            let store = self.store.as_ref().ok_or_else(String::new)?;
            let slot = store.claim().map_err(|error| {
                format!(
                    "{}: {}",
                    store.dir().display(),
                    crate::file::describe_io(&error)
                )
            })?;
            self.slot = Some(slot);
        }
        let slot = self.slot.as_ref().ok_or_else(String::new)?;
        // Even a failed write may leave part of a copy to clear.
        self.holds_copy = true;
        slot.write(doc.map(), source)
            .map_err(|error| error.to_string())
    }
}
