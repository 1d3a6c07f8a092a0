//! Crash recovery driven like a user: change a map, let the editor go without saving (as a crash
//! or `kill -9` would: no question, no save), start again, and get the work back.
//!
//! The editor writes its copies on a background thread; before looking at the disk the tests wait
//! for it to finish what it was handed ([`wait_for_writers`]), never for a time.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::file;
use journeymap::model::{Lang, Map, MapKind};
use journeymap::recovery::wait_for_writers;
use journeymap::ui::EditorApp;

mod editor_support;
use editor_support::{change_a_lane_title, close_window, editor_recovering, start_recovering};

fn template() -> Map {
    let mut map = journeymap::file::template(MapKind::CurrentState, Lang::En).unwrap();
    map.title = "Studio Nord".into();
    map
}

/// Lets `seconds` pass, a frame at a time.
fn wait(harness: &mut Harness<'_, EditorApp>, seconds: f32) {
    for _ in 0..(seconds * 60.0) as usize {
        harness.step();
    }
}

/// The recovery copies in `dir`, loaded, once the autosave threads have done what they were
/// handed.
fn copies(dir: &Path) -> Vec<Map> {
    wait_for_writers();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.to_string_lossy().ends_with(".meta.ron"))
        .map(|meta| {
            let map = meta.to_string_lossy().replace(".meta.ron", ".ron");
            file::load(Path::new(&map)).unwrap()
        })
        .collect()
}

fn files_in(dir: &Path) -> usize {
    wait_for_writers();
    std::fs::read_dir(dir).map_or(0, Iterator::count)
}

#[test]
fn a_change_is_copied_within_seconds_and_restored_after_a_crash_then_saving_clears_it() {
    let work = tempfile::tempdir().unwrap();
    let recovery = work.path().join("recovery");
    let path = work.path().join("gym.ron");
    file::save(&template(), &path).unwrap();
    let original = std::fs::read(&path).unwrap();

    let mut harness = editor_recovering(template(), Some(path.clone()), &recovery);
    change_a_lane_title(&mut harness, "What members do");
    assert!(copies(&recovery).is_empty(), "not at once: typing goes on");
    wait(&mut harness, 3.5);
    let copied = copies(&recovery);
    assert_eq!(copied.len(), 1, "written a few seconds after the change");
    assert_eq!(&copied[0], harness.state().document().map());
    let edited = harness.state().document().map().clone();
    drop(harness);

    assert_eq!(
        std::fs::read(&path).unwrap(),
        original,
        "the file is untouched"
    );
    let mut harness = start_recovering(&recovery);
    assert!(harness.state().offers_recovery());
    harness.get_by_label("Recover unsaved work");
    assert!(harness.query_by_label_contains("Studio Nord").is_some());
    assert!(harness.query_by_label_contains("gym.ron").is_some());
    harness.get_by_label("Restore").click();
    harness.run();
    let app = harness.state();
    assert!(!app.offers_recovery());
    assert_eq!(app.document().map(), &edited);
    assert!(app.document().is_dirty(), "restored work is unsaved work");
    assert_eq!(app.path(), Some(path.as_path()));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(file::load(&path).unwrap(), edited);
    assert!(copies(&recovery).is_empty(), "saved: the copy goes");
    drop(harness);
    assert_eq!(files_in(&recovery), 0, "nothing is left behind");
}

#[test]
fn losing_focus_writes_the_copy_at_once() {
    let work = tempfile::tempdir().unwrap();
    let mut harness = editor_recovering(template(), None, work.path());
    change_a_lane_title(&mut harness, "Tun");
    harness.event(Event::WindowFocused(false));
    harness.step();
    assert_eq!(copies(work.path()).len(), 1);
}

#[test]
fn an_untitled_map_is_recovered_too_and_discard_deletes_the_copy() {
    let work = tempfile::tempdir().unwrap();
    let mut harness = editor_recovering(template(), None, work.path());
    change_a_lane_title(&mut harness, "Steps");
    harness.event(Event::WindowFocused(false));
    harness.step();
    drop(harness);

    let mut harness = start_recovering(work.path());
    assert!(harness.query_by_label_contains("never saved").is_some());
    harness.get_by_label("Discard").click();
    harness.run();
    assert!(!harness.state().offers_recovery());
    assert!(copies(work.path()).is_empty());
    drop(harness);
    assert_eq!(files_in(work.path()), 0);
    assert!(!start_recovering(work.path()).state().offers_recovery());
}

#[test]
fn a_running_editors_copy_is_not_offered_to_another_window() {
    let work = tempfile::tempdir().unwrap();
    let mut first = editor_recovering(template(), None, work.path());
    change_a_lane_title(&mut first, "Mine");
    first.event(Event::WindowFocused(false));
    first.step();
    assert_eq!(copies(work.path()).len(), 1);
    let second = start_recovering(work.path());
    assert!(!second.state().offers_recovery());
    drop(first);
    assert!(start_recovering(work.path()).state().offers_recovery());
}

#[test]
fn undoing_back_to_the_saved_map_or_closing_without_saving_removes_the_copy() {
    let work = tempfile::tempdir().unwrap();
    let mut harness = editor_recovering(template(), None, work.path());
    change_a_lane_title(&mut harness, "Undone");
    harness.event(Event::WindowFocused(false));
    harness.step();
    assert_eq!(copies(work.path()).len(), 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        copies(work.path()).is_empty(),
        "nothing unsaved, nothing to recover"
    );

    change_a_lane_title(&mut harness, "Thrown away");
    harness.event(Event::WindowFocused(false));
    harness.step();
    assert_eq!(copies(work.path()).len(), 1);
    harness.event(Event::WindowFocused(true));
    close_window(&mut harness);
    harness.get_by_label("Don't save").click();
    harness.run();
    assert!(copies(work.path()).is_empty(), "the user chose to lose it");
}

#[test]
fn a_restored_map_opens_in_a_tab_beside_the_open_map_with_changes_of_its_own() {
    let work = tempfile::tempdir().unwrap();
    let mut harness = editor_recovering(template(), None, work.path());
    change_a_lane_title(&mut harness, "Earlier work");
    harness.event(Event::WindowFocused(false));
    harness.step();
    drop(harness);

    let mut harness = editor_recovering(template(), None, work.path());
    change_a_lane_title(&mut harness, "Newer work");
    harness.get_by_label("Restore").click();
    harness.run();
    let titles = |harness: &Harness<'_, EditorApp>| -> Vec<String> {
        harness
            .state()
            .tabs()
            .map(|tab| tab.document().map().lanes[0].title.clone())
            .collect()
    };
    assert_eq!(titles(&harness), ["Newer work", "Earlier work"]);
    assert_eq!(
        harness.state().current_tab(),
        1,
        "the restored map is shown"
    );
    assert!(harness.state().tabs().all(|tab| tab.document().is_dirty()));
    assert_eq!(
        harness.get_all_by_label("Map Studio Nord").count(),
        2,
        "the tab bar shows both"
    );
}
