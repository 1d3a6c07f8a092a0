//! "Compare with…" driven like a user: two maps open in tabs, the comparison picked from the
//! File menu, shown read only with its summary and a hover text on each marked card, and left
//! with Esc or the button, both maps and their undo histories as they were.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::file;
use journeymap::model::{CardId, Map};
use journeymap::ui::EditorApp;

mod editor_support;
use editor_support::{editor, menu, press, type_into};

fn example() -> Map {
    file::load(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/examples/fitness-studio-current-state.ron"),
    )
    .unwrap()
}

/// The example as the current state, and a future state without its first touchpoint and with
/// its second re-rated, both saved in `dir`.
fn two_maps(dir: &Path) -> (PathBuf, PathBuf, String) {
    let current = example();
    let mut future = current.clone();
    future.title = "Pulse Fitness – future state".into();
    let touchpoints: Vec<CardId> = future.touchpoints().map(|(card, _)| card.id).collect();
    let removed = current.card(touchpoints[0]).unwrap().title.clone();
    future.cards.retain(|card| card.id != touchpoints[0]);
    let rerated = future
        .cards
        .iter_mut()
        .find(|card| card.id == touchpoints[1])
        .and_then(|card| card.touchpoint.as_mut())
        .unwrap();
    rerated.performance = Some(if rerated.performance == Some(1) { 5 } else { 1 });
    let (a, b) = (dir.join("current.ron"), dir.join("future.ron"));
    file::save(&current, &a).unwrap();
    file::save(&future, &b).unwrap();
    (a, b, removed)
}

/// Opens `path` in a new tab with File ▸ Open, typing its path.
fn open_in_tab(harness: &mut Harness<'_, EditorApp>, path: &Path) {
    press(harness, Modifiers::COMMAND, Key::O);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.event(egui::Event::Text(path.display().to_string()));
    harness.run();
    press(harness, Modifiers::NONE, Key::Enter);
}

/// Each open map with its undo and redo state.
fn maps_and_histories(harness: &Harness<'_, EditorApp>) -> Vec<(Map, bool, bool, bool)> {
    harness
        .state()
        .tabs()
        .map(|tab| {
            let doc = tab.document();
            (
                doc.map().clone(),
                doc.undo_label().is_some(),
                doc.redo_label().is_some(),
                doc.is_dirty(),
            )
        })
        .collect()
}

#[test]
fn comparing_with_an_open_tab_shows_the_summary_and_esc_returns_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, removed) = two_maps(dir.path());
    let mut harness = editor(file::load(&a).unwrap(), Some(a.clone()));
    open_in_tab(&mut harness, &b);
    harness
        .get_by_label("Map Pulse Fitness – becoming a member")
        .click();
    harness.run();
    assert_eq!(harness.state().current_tab(), 0);
    let before = maps_and_histories(&harness);

    menu(&mut harness, "File", "Compare with");
    harness
        .get_by_role_and_label(egui::Role::Button, "Pulse Fitness – future state")
        .click();
    harness.run();
    assert!(harness.state().is_comparing());
    let summary = "0 added, 1 removed, 1 changed touchpoint; emotion differs in 0 stages";
    assert_eq!(
        harness.state().comparison_summary().as_deref(),
        Some(summary)
    );
    harness.get_by_label(summary);
    harness.get_by_label_contains("compared with Pulse Fitness – future state");
    // The removed card and the re-rated one (on both maps) answer the pointer.
    let hover = format!("{removed}: removed (only in map A)");
    let marked = harness.get_by_label(&hover).rect().center();
    harness.hover_at(marked);
    // Tooltips wait for the pointer to rest.
    for _ in 0..60 {
        harness.step();
    }
    harness.run();
    assert!(
        harness.query_all_by_label(&hover).count() >= 2,
        "hovering shows the text in a tooltip too"
    );
    assert_eq!(
        harness
            .query_all_by_label_contains(": changed (performance)")
            .count(),
        2,
        "the re-rated touchpoint is marked on both maps"
    );
    // No command reaches a map while the comparison is shown.
    press(&mut harness, Modifiers::COMMAND, Key::A);
    press(&mut harness, Modifiers::NONE, Key::Delete);

    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(!harness.state().is_comparing());
    assert!(harness.query_by_label(summary).is_none());
    harness.get_by_label("Map Pulse Fitness – future state");
    assert_eq!(harness.state().current_tab(), 0);
    assert_eq!(
        maps_and_histories(&harness),
        before,
        "neither map nor history changed"
    );
}

#[test]
fn comparing_with_a_file_and_closing_with_the_button() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, _) = two_maps(dir.path());
    let mut harness = editor(file::load(&a).unwrap(), Some(a.clone()));
    let before = maps_and_histories(&harness);

    menu(&mut harness, "File", "Compare with");
    harness.get_by_label("No other map is open.");
    type_into(
        &mut harness,
        "Map file to compare with",
        &b.display().to_string(),
    );
    harness.get_by_label("Compare").click();
    harness.run();
    assert!(harness.state().is_comparing());
    harness.get_by_label("0 added, 1 removed, 1 changed touchpoint; emotion differs in 0 stages");
    assert_eq!(
        harness.state().tab_count(),
        1,
        "the file is compared, not opened"
    );

    harness.get_by_label("Close comparison").click();
    harness.run();
    assert!(!harness.state().is_comparing());
    assert_eq!(maps_and_histories(&harness), before);

    // A file that cannot be read is said in the status bar; the editor stays as it was.
    menu(&mut harness, "File", "Compare with");
    let missing = dir.path().join("no-such-map.ron");
    type_into(
        &mut harness,
        "Map file to compare with",
        &missing.display().to_string(),
    );
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert!(!harness.state().is_comparing());
    let status = harness.state().status_text().unwrap().to_owned();
    assert!(status.contains("no-such-map.ron"), "{status}");

    // Esc on the question cancels it.
    menu(&mut harness, "File", "Compare with");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.query_by_label("Map file to compare with").is_none());
    assert_eq!(maps_and_histories(&harness), before);
}

/// On a future state started from the current state, "Compare with…" the current state reads
/// the current state as the "before": the card the future dropped is "removed", not "added".
#[test]
fn a_map_started_from_another_is_compared_as_the_after() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, removed) = two_maps(dir.path());
    let mut future = file::load(&b).unwrap();
    future.origin = Some(journeymap::model::Origin {
        relation: journeymap::model::Relation::FutureStateOf,
        title: "Pulse Fitness – becoming a member".into(),
        file: Some("current.ron".into()),
    });
    file::save(&future, &b).unwrap();
    let mut harness = editor(file::load(&b).unwrap(), Some(b.clone()));
    open_in_tab(&mut harness, &a);
    harness
        .get_by_label("Map Pulse Fitness – future state")
        .click();
    harness.run();
    menu(&mut harness, "File", "Compare with");
    harness
        .get_by_role_and_label(egui::Role::Button, "Pulse Fitness – becoming a member")
        .click();
    harness.run();
    assert_eq!(
        harness.state().comparison_summary().as_deref(),
        Some("0 added, 1 removed, 1 changed touchpoint; emotion differs in 0 stages")
    );
    harness.get_by_label(&format!("{removed}: removed (only in map A)"));
}
