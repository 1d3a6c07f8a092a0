//! The autosave driven frame by frame through egui's input time, with the writer thread waited
//! for (never slept for) before the disk is looked at.

use std::path::Path;

use egui::RawInput;
use tempfile::TempDir;

use super::*;
use crate::edit::{Edit, GroupOwner};
use crate::model::{Lang, Map, MapKind};

/// An autosave on a template map, with its own egui context and clock.
struct Rig {
    ctx: Context,
    autosave: Autosave,
    doc: Document,
    time: f64,
    dir: TempDir,
}

impl Rig {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        Self::in_store(dir, "recovery")
    }

    fn in_store(dir: TempDir, folder: &str) -> Self {
        let map = crate::file::template(MapKind::CurrentState, Lang::En).unwrap();
        Self {
            ctx: Context::default(),
            autosave: Autosave::new(RecoveryStore::new(dir.path().join(folder))),
            doc: Document::new(map),
            time: 0.0,
            dir,
        }
    }

    fn store_dir(&self) -> std::path::PathBuf {
        self.dir.path().join("recovery")
    }

    /// Renames the first lane: one change.
    fn change(&mut self, title: &str) {
        let id = self.doc.map().lanes[0].id;
        self.doc
            .apply(&Edit::RenameLane {
                id,
                title: title.into(),
            })
            .unwrap();
    }

    /// One frame at `seconds` on the clock, with `events`.
    fn frame_at(&mut self, seconds: f64, events: Vec<Event>) -> Option<String> {
        self.time = seconds;
        let input = RawInput {
            time: Some(seconds),
            events,
            ..RawInput::default()
        };
        let mut message = None;
        self.ctx
            .run_ui(input, |ui| {
                message = self.autosave.tick(ui.ctx(), &self.doc, None);
            })
            .drop_without_applying_deltas();
        message
    }

    fn frame(&mut self, seconds: f64) -> Option<String> {
        self.frame_at(seconds, Vec::new())
    }

    fn focus_lost(&mut self, seconds: f64) -> Option<String> {
        self.frame_at(seconds, vec![Event::WindowFocused(false)])
    }

    /// The copies on disk once the writer has done what it was handed.
    fn copies(&self) -> Vec<Map> {
        self.autosave.wait_idle();
        copies(&self.store_dir())
    }
}

fn copies(dir: &Path) -> Vec<Map> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let id = name.strip_suffix(".meta.ron")?.to_owned();
            Some(crate::file::load(&dir.join(format!("{id}.ron"))).unwrap())
        })
        .collect()
}

#[test]
fn a_change_is_copied_a_few_seconds_later() {
    let mut rig = Rig::new();
    rig.frame(0.0);
    rig.change("Steps");
    rig.frame(0.5);
    assert!(rig.copies().is_empty(), "not at once: typing goes on");
    rig.frame(3.4);
    assert!(rig.copies().is_empty());
    rig.frame(3.6);
    assert_eq!(rig.copies(), [rig.doc.map().clone()]);
    assert_eq!(rig.autosave.in_flight, Some(rig.doc.revision()));
    rig.frame(3.7);
    assert_eq!(rig.autosave.in_flight, None, "the outcome was read");
    assert_eq!(rig.autosave.written, Some(rig.doc.revision()));
    rig.frame(10.0);
    rig.autosave.wait_idle();
    assert!(
        rig.autosave.writer.as_mut().unwrap().poll().is_none(),
        "written once"
    );
}

#[test]
fn losing_the_focus_copies_at_once() {
    let mut rig = Rig::new();
    rig.change("Tun");
    rig.frame(0.0);
    rig.focus_lost(0.1);
    assert_eq!(rig.copies(), [rig.doc.map().clone()]);
}

#[test]
fn nothing_is_copied_in_the_middle_of_a_gesture() {
    let mut rig = Rig::new();
    let owner = GroupOwner::new();
    rig.doc.begin(owner).unwrap();
    rig.change("Half-way");
    rig.frame(0.0);
    rig.focus_lost(5.0);
    rig.frame(10.0);
    assert!(rig.copies().is_empty());
    rig.doc.commit(owner).unwrap();
    rig.frame(10.1);
    rig.focus_lost(10.2);
    assert_eq!(rig.copies(), [rig.doc.map().clone()]);
}

#[test]
fn saving_forgets_the_copy_even_while_it_is_being_written() {
    let mut rig = Rig::new();
    rig.change("Saved soon");
    rig.focus_lost(0.0);
    // Saved in the frame after the write was handed over, before the writer is done.
    rig.doc.mark_saved();
    rig.autosave.forget();
    assert!(
        rig.copies().is_empty(),
        "the late write left nothing behind"
    );
    rig.frame(0.1);
    assert_eq!(rig.autosave.in_flight, None);
    assert_eq!(rig.autosave.written, None, "its outcome is outdated");

    rig.change("Undone later");
    rig.focus_lost(1.0);
    assert_eq!(rig.copies().len(), 1);
    assert!(rig.doc.undo());
    rig.frame(1.1);
    assert!(
        rig.copies().is_empty(),
        "back to the saved map: nothing to recover"
    );
}

#[test]
fn a_failure_is_reported_once_in_a_later_frame_and_retried_after_the_interval() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("recovery");
    std::fs::write(&blocker, "not a folder").unwrap();
    let mut rig = Rig::in_store(dir, "recovery");
    rig.change("Unlucky");
    assert_eq!(
        rig.focus_lost(0.0),
        None,
        "the frame does not wait for the disk"
    );
    rig.autosave.wait_idle();
    let message = rig.frame(0.1).expect("reported once the writer is done");
    assert!(message.contains("recovery"), "{message}");
    rig.frame(1.0);
    rig.autosave.wait_idle();
    assert_eq!(rig.frame(1.1), None, "no new try before the interval");
    assert_eq!(rig.autosave.in_flight, None);
    rig.frame(3.2);
    assert!(rig.autosave.in_flight.is_some(), "tried again");
    rig.autosave.wait_idle();
    assert_eq!(rig.frame(3.3), None, "failing still: said once is enough");

    std::fs::remove_file(&blocker).unwrap();
    rig.frame(6.4);
    assert_eq!(rig.copies(), [rig.doc.map().clone()]);
    rig.frame(6.5);
    assert!(!rig.autosave.failing);
}

#[test]
fn a_copy_due_while_another_is_written_follows_it() {
    let mut rig = Rig::new();
    // A slow disk: the first write stays under way until `slow_disk` is dropped.
    let slow_disk = rig.autosave.writer.as_mut().unwrap().pause();
    rig.change("First");
    rig.focus_lost(0.0);
    let first = rig.doc.revision();
    assert_eq!(rig.autosave.in_flight, Some(first));
    rig.change("Second");
    rig.focus_lost(0.05);
    assert_eq!(rig.autosave.in_flight, Some(first), "one write at a time");
    assert!(rig.autosave.due_now);
    drop(slow_disk);
    rig.autosave.wait_idle();
    rig.frame(0.1);
    assert_eq!(rig.autosave.written, Some(first));
    assert_eq!(
        rig.autosave.in_flight,
        Some(rig.doc.revision()),
        "the second follows"
    );
    assert_eq!(rig.copies(), [rig.doc.map().clone()]);
}

#[test]
fn a_restored_copy_stays_in_its_slot_until_the_map_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let gone = store.claim().unwrap();
    let mut restored = crate::file::template(MapKind::CurrentState, Lang::En).unwrap();
    restored.title = "Restored".into();
    gone.write(&restored, None).unwrap();
    drop(gone);
    let leftover = store.leftovers().pop().unwrap();

    let mut rig = Rig::in_store(dir, "recovery");
    rig.doc = Document::recovered(restored.clone());
    rig.autosave.adopt(leftover.slot);
    rig.frame(0.0);
    rig.focus_lost(1.0);
    assert_eq!(rig.copies(), [restored], "one copy, in the adopted slot");
    rig.doc.mark_saved();
    rig.frame(1.1);
    assert!(rig.copies().is_empty());
}

#[test]
fn without_a_store_nothing_happens() {
    let ctx = Context::default();
    let mut autosave = Autosave::default();
    let mut doc = Document::new(crate::file::template(MapKind::CurrentState, Lang::En).unwrap());
    let id = doc.map().lanes[0].id;
    doc.apply(&Edit::RenameLane {
        id,
        title: "Changed".into(),
    })
    .unwrap();
    ctx.run_ui(RawInput::default(), |ui| {
        assert_eq!(autosave.tick(ui.ctx(), &doc, None), None);
    })
    .drop_without_applying_deltas();
    autosave.wait_idle();
    assert!(autosave.leftovers().is_empty());
}
