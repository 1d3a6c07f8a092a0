//! A crash never costs work: a panic, on any thread, writes the unsaved map to its recovery slot
//! before the process goes on to end, and the next start offers it.
//!
//! These tests install the process-wide panic hook and panic on purpose, so they live in a test
//! binary of their own (the hook would write the maps of other tests' editors) and run one at a
//! time.
//!
//! About the slot lock: a slot is a leftover once no process holds its lock, and a real crash
//! releases it as the process ends. Here the process lives on after the panic (it was another
//! thread's, and the test harness survives it), so the editor still holds its slot: the tests
//! check that the copy is on disk at once, that a running editor's slot is *not* offered, and
//! then drop the editor — which, like a crashed process, neither saves nor asks — to see the next
//! start offer exactly that map.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use egui::{Context, RawInput};
use egui_kittest::kittest::Queryable as _;
use journeymap::edit::{Document, Edit};
use journeymap::file;
use journeymap::model::{Lang, Map, MapKind};
use journeymap::recovery::{RecoveryStore, crash, wait_for_writers};
use journeymap::ui::autosave::Autosave;

mod editor_support;
use editor_support::{change_a_lane_title, editor_recovering, start_recovering};

/// One test at a time: each panics, and the hook writes every live editor's map.
fn serial() -> MutexGuard<'static, ()> {
    static SERIAL: Mutex<()> = Mutex::new(());
    SERIAL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn template() -> Map {
    let mut map = file::template(MapKind::CurrentState, Lang::En).unwrap();
    map.title = "Studio Nord".into();
    map
}

/// Panics in a thread of its own, as a helper thread of the editor might, and waits for it.
fn panic_in_another_thread() {
    let crashed = std::thread::Builder::new()
        .name("helper".into())
        .spawn(|| panic!("boom"))
        .unwrap()
        .join();
    assert!(crashed.is_err(), "the thread panicked");
}

/// The recovery copies in `dir`, loaded, as they are right now (nothing waited for).
fn copies_now(dir: &Path) -> Vec<Map> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let id = name.strip_suffix(".meta.ron")?.to_owned();
            Some(file::load(&dir.join(format!("{id}.ron"))).unwrap())
        })
        .collect()
}

#[test]
fn a_panic_in_any_thread_writes_the_unsaved_map_into_the_slot() {
    let _serial = serial();
    crash::install_hook();
    let work = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(work.path().join("recovery"));
    let source = work.path().join("gym.ron");
    let mut autosave = Autosave::new(store.clone());
    let mut doc = Document::new(template());
    let lane = doc.map().lanes[0].id;
    doc.apply(&Edit::RenameLane {
        id: lane,
        title: "What members do".into(),
    })
    .unwrap();
    // One frame: the change is noticed (and offered to the crash hook), the copy not due yet.
    let ctx = Context::default();
    let input = RawInput {
        time: Some(0.0),
        ..RawInput::default()
    };
    ctx.run_ui(input, |ui| {
        assert_eq!(autosave.tick(ui.ctx(), &doc, Some(&source)), None);
    })
    .drop_without_applying_deltas();
    autosave.wait_idle();
    assert!(copies_now(store.dir()).is_empty(), "not written yet");

    panic_in_another_thread();
    assert_eq!(
        copies_now(store.dir()),
        [doc.map().clone()],
        "written by the hook, before the panic went on"
    );
    assert!(
        store.leftovers().is_empty(),
        "this autosave still holds its slot"
    );
    drop(autosave);
    let leftovers = store.leftovers();
    assert_eq!(leftovers.len(), 1);
    assert_eq!(leftovers[0].map.as_ref().unwrap(), doc.map());
    assert_eq!(leftovers[0].meta.source.as_deref(), Some(source.as_path()));
}

#[test]
fn a_clean_map_leaves_nothing_after_a_panic() {
    let _serial = serial();
    crash::install_hook();
    let work = tempfile::tempdir().unwrap();
    let recovery = work.path().join("recovery");
    let mut harness = editor_recovering(template(), None, &recovery);
    harness.run();
    panic_in_another_thread();
    drop(harness);
    wait_for_writers();
    assert!(copies_now(&recovery).is_empty());
    assert!(RecoveryStore::new(&recovery).leftovers().is_empty());
}

#[test]
fn the_editors_unsaved_change_survives_a_panic_and_is_offered_at_the_next_start() {
    let _serial = serial();
    crash::install_hook();
    let work = tempfile::tempdir().unwrap();
    let recovery = work.path().join("recovery");
    let path = work.path().join("gym.ron");
    file::save(&template(), &path).unwrap();

    let mut harness = editor_recovering(template(), Some(path.clone()), &recovery);
    change_a_lane_title(&mut harness, "What members do");
    let edited = harness.state().document().map().clone();
    wait_for_writers();
    assert!(
        copies_now(&recovery).is_empty(),
        "right after the change the autosave has not written yet"
    );

    panic_in_another_thread();
    assert_eq!(
        copies_now(&recovery),
        std::slice::from_ref(&edited),
        "written at once"
    );
    assert!(
        RecoveryStore::new(&recovery).leftovers().is_empty(),
        "the editor still runs and holds its slot"
    );

    // The editor goes the way a crashed one does: no question, no save.
    drop(harness);
    let leftovers = RecoveryStore::new(&recovery).leftovers();
    assert_eq!(leftovers.len(), 1, "exactly one map is offered");
    assert_eq!(leftovers[0].map.as_ref().unwrap(), &edited);
    assert_eq!(leftovers[0].meta.source.as_deref(), Some(path.as_path()));
    drop(leftovers);

    let mut harness = start_recovering(&recovery);
    assert!(harness.state().offers_recovery());
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(harness.state().document().map(), &edited);
    assert_eq!(
        file::load(&path).unwrap(),
        template(),
        "the file is untouched"
    );
}
