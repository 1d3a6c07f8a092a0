//! Autosave: a few seconds after a change, and whenever the window loses focus, the unsaved map
//! is copied to this editor's recovery slot; once the map is saved (or back to its saved
//! content, or thrown away) the copy goes.
//!
//! This module decides *when*; a [`Writer`] thread does the writing, so the frame in which a
//! copy falls due only hands over a shared snapshot of the map (a reference count) and never
//! waits for the disk. What the thread reports comes back in a later frame. Every change is
//! also offered to the crash hook ([`crate::recovery::crash`]), which writes it if the program
//! panics before the next copy.
//!
//! The clock is egui's input time, so the tests drive it frame by frame like a real screen; they
//! wait for the thread with [`Autosave::wait_idle`] (or [`crate::recovery::wait_for_writers`]).

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui::{Context, Event};

use crate::edit::Document;
use crate::recovery::{Leftover, RecoveryStore, Slot, WriteResult, Writer};

/// How long after a change the copy is written: short enough that a crash loses a few seconds
/// of work, long enough that a burst of typing is written once.
pub const AUTOSAVE_SECONDS: f64 = 3.0;

/// The autosave of one editor window.
#[derive(Debug, Default)]
pub struct Autosave {
    store: Option<RecoveryStore>,
    /// `None` without a store: then nothing is copied.
    writer: Option<Writer>,
    /// The revision the slot holds; `None` while it holds no copy of this map's revisions.
    written: Option<u64>,
    /// The revision handed to the writer and not reported back yet. One write at a time: a slow
    /// disk then holds up copies, not memory (each waiting snapshot could be a map of its own).
    in_flight: Option<u64>,
    /// When the first change not yet written was noticed (egui time).
    pending_since: Option<f64>,
    /// A copy fell due (the focus was lost) while another was being written: write it as soon
    /// as that one is done.
    due_now: bool,
    /// Set after a failed write so the next tries stay quiet until one succeeds.
    failing: bool,
    /// The revision and file last offered to the crash hook, and when (egui time).
    offered: Option<Offered>,
}

#[derive(Debug)]
struct Offered {
    revision: u64,
    source: Option<PathBuf>,
    at: f64,
}

impl Autosave {
    /// Autosave into `store`.
    pub fn new(store: RecoveryStore) -> Self {
        Self {
            writer: Some(Writer::new(store.clone())),
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
    /// until it is saved. Without a store there is nowhere to continue, and the slot is let go
    /// (its copy stays for the next start).
    pub fn adopt(&mut self, slot: Slot) {
        self.forget();
        if let Some(writer) = &mut self.writer {
            writer.adopt(slot);
        }
    }

    /// Removes the copy: the map was saved or deliberately thrown away. The removal is handed
    /// to the writer after any write still under way, so no late write brings the copy back.
    pub fn forget(&mut self) {
        if let Some(writer) = &mut self.writer {
            writer.forget();
        }
        self.written = None;
        self.pending_since = None;
        self.due_now = false;
        self.offered = None;
    }

    /// Called once a frame. Hands the copy to the writer when it is due, and returns a message
    /// if writing failed for the first time since the last success (reported in the frame after
    /// the writer finished).
    pub fn tick(&mut self, ctx: &Context, doc: &Document, source: Option<&Path>) -> Option<String> {
        let writer = self.writer.as_ref()?;
        if !writer.has_waker() {
            let ctx = ctx.clone();
            writer.set_waker(move || ctx.request_repaint());
        }
        let holds_copy = writer.holds_copy();
        let now = ctx.input(|input| input.time);
        let message = self.read_outcomes(now);
        if !doc.is_dirty() {
            if self.offered.is_some() || holds_copy {
                self.forget();
            }
            self.pending_since = None;
            return message;
        }
        self.offer(doc, source, now);
        // Mid-drag the map is half-way; the drag's end will be written.
        let revision = doc.revision();
        if doc.in_transaction()
            || self.written == Some(revision)
            || self.in_flight == Some(revision)
        {
            return message;
        }
        let focus_lost = ctx.input(|input| {
            input
                .events
                .iter()
                .any(|event| matches!(event, Event::WindowFocused(false)))
        });
        let since = *self.pending_since.get_or_insert(now);
        let waited = now - since;
        if !focus_lost && !self.due_now && waited < AUTOSAVE_SECONDS {
            ctx.request_repaint_after(Duration::from_secs_f64(AUTOSAVE_SECONDS - waited));
            return message;
        }
        if self.in_flight.is_some() {
            // The writer wakes the editor when it is done; the next frame hands this one over.
            self.due_now = true;
            return message;
        }
        let Some(writer) = self.writer.as_mut() else {
            return message;
        };
        if writer.write(revision) {
            self.in_flight = Some(revision);
            self.pending_since = None;
            self.due_now = false;
        }
        message
    }

    /// Blocks until the writer has done everything handed to it (the outcomes are read by the
    /// next [`Self::tick`]). For tests and benchmarks: the editor never waits.
    pub fn wait_idle(&self) {
        if let Some(writer) = &self.writer {
            writer.wait_idle();
        }
    }

    /// Offers the map to the crash hook when it changed. Mid-transaction (a drag, a field being
    /// typed in) at most once per [`AUTOSAVE_SECONDS`]: holding the map the gesture is changing
    /// makes its next edit copy the map, which a large map should not pay every frame.
    fn offer(&mut self, doc: &Document, source: Option<&Path>, now: f64) {
        let revision = doc.revision();
        if let Some(offered) = &self.offered {
            let same = offered.revision == revision && offered.source.as_deref() == source;
            let recent = doc.in_transaction() && now - offered.at < AUTOSAVE_SECONDS;
            if same || recent {
                return;
            }
        }
        let Some(writer) = self.writer.as_mut() else {
            return;
        };
        let source = source.map(Path::to_owned);
        writer.publish(doc.snapshot(), source.clone());
        self.offered = Some(Offered {
            revision,
            source,
            at: now,
        });
    }

    /// Takes in what the writer reported since the last frame; returns the message of a first
    /// failure.
    fn read_outcomes(&mut self, now: f64) -> Option<String> {
        let mut message = None;
        while let Some(outcome) = self.writer.as_mut().and_then(Writer::poll) {
            if self.in_flight == Some(outcome.tag) {
                self.in_flight = None;
            }
            if outcome.outdated {
                continue;
            }
            match outcome.result {
                WriteResult::Written => {
                    self.written = Some(outcome.tag);
                    self.failing = false;
                }
                // A newer copy is there already; the current revision is written in due course.
                WriteResult::Superseded => {}
                WriteResult::Failed(error) => {
                    // Try again after the next interval, without repeating the message.
                    self.pending_since = Some(now);
                    if !self.failing {
                        self.failing = true;
                        message = Some(error);
                    }
                }
            }
        }
        message
    }
}

#[cfg(test)]
mod tests;
