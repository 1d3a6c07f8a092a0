//! Several maps open at once, driven like a user: each map opens in a tab of its own, keeps its
//! own undo history, is closed with its own question, and a future state or a competitor's
//! journey starts from the shown map in a new tab.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::file;
use journeymap::model::{MapKind, Relation};
use journeymap::ui::EditorApp;

mod editor_support;
use editor_support::{
    center_of, close_window, editor, menu, press, press_release, small_map, undo,
};

/// The small map saved as `name` in `dir`, titled `title`.
fn saved(dir: &std::path::Path, name: &str, title: &str) -> std::path::PathBuf {
    let mut map = small_map();
    map.title = title.into();
    let path = dir.join(name);
    file::save(&map, &path).unwrap();
    path
}

/// Opens `path` with File ▸ Open, typing its path and pressing Enter.
fn open_with_dialog(harness: &mut Harness<'_, EditorApp>, path: &std::path::Path) {
    press(harness, Modifiers::COMMAND, Key::O);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.event(egui::Event::Text(path.display().to_string()));
    harness.run();
    press(harness, Modifiers::NONE, Key::Enter);
}

fn titles(harness: &Harness<'_, EditorApp>) -> Vec<String> {
    harness
        .state()
        .tabs()
        .map(|tab| tab.document().map().title.clone())
        .collect()
}

/// Deletes the first card of the shown map: a click on it, then Delete. One undoable change.
fn delete_first_card(harness: &mut Harness<'_, EditorApp>) {
    // Half a second of frames first: two clicks on one spot in quick succession would be a
    // double-click, which types into the card.
    for _ in 0..30 {
        harness.step();
    }
    let first = harness.state().document().map().cards[0].title.clone();
    let spot = center_of(harness, &first);
    press_release(harness, spot, egui::PointerButton::Primary, 1);
    let before = harness.state().document().map().cards.len();
    press(harness, Modifiers::NONE, Key::Delete);
    assert!(harness.state().document().map().cards.len() < before);
}

#[test]
fn a_second_map_opens_in_its_own_tab_and_undo_in_one_leaves_the_other_alone() {
    let dir = tempfile::tempdir().unwrap();
    let first = saved(dir.path(), "first.ron", "Bakery");
    let second = saved(dir.path(), "second.ron", "Bike shop");
    let mut harness = editor(file::load(&first).unwrap(), Some(first.clone()));
    assert!(
        harness.query_by_label("Map Bakery").is_none(),
        "one map needs no tab bar"
    );
    delete_first_card(&mut harness);

    open_with_dialog(&mut harness, &second);
    assert_eq!(titles(&harness), ["Bakery", "Bike shop"]);
    assert_eq!(harness.state().current_tab(), 1);
    harness.get_by_label("Map Bakery");
    harness.get_by_label("Map Bike shop");
    let second_cards = harness.state().document().map().cards.len();
    delete_first_card(&mut harness);
    delete_first_card(&mut harness);

    // Back to the bakery by its tab: its one change is still there, and undone alone.
    harness.get_by_label("Map Bakery").click();
    harness.run();
    assert_eq!(harness.state().current_tab(), 0);
    assert!(harness.state().document().is_dirty());
    undo(&mut harness);
    assert!(
        !harness.state().document().is_dirty(),
        "back to the saved bakery"
    );
    assert_eq!(
        harness.state().document().map(),
        &file::load(&first).unwrap()
    );
    assert!(harness.state().document().undo_label().is_none());

    press(&mut harness, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(
        harness.state().current_tab(),
        1,
        "Ctrl+PageDown shows the next map"
    );
    assert_eq!(
        harness.state().document().map().cards.len(),
        second_cards - 2,
        "the bike shop kept both of its changes"
    );
    undo(&mut harness);
    assert_eq!(
        harness.state().document().map().cards.len(),
        second_cards - 1
    );

    // Opening a map that is open already shows its tab instead of a second copy.
    open_with_dialog(&mut harness, &first);
    assert_eq!(titles(&harness), ["Bakery", "Bike shop"]);
    assert_eq!(harness.state().current_tab(), 0);
}

#[test]
fn closing_a_map_with_changes_asks_and_shows_its_neighbour() {
    let dir = tempfile::tempdir().unwrap();
    let first = saved(dir.path(), "first.ron", "Bakery");
    let second = saved(dir.path(), "second.ron", "Bike shop");
    let mut harness = editor(file::load(&first).unwrap(), Some(first.clone()));
    open_with_dialog(&mut harness, &second);
    delete_first_card(&mut harness);

    press(&mut harness, Modifiers::COMMAND, Key::W);
    harness.get_by_label("Don't save").click();
    harness.run();
    assert_eq!(titles(&harness), ["Bakery"]);
    assert_eq!(
        file::load(&second).unwrap().cards.len(),
        small_map().cards.len(),
        "the file was left as it was"
    );

    // The last map's tab closes without a question when nothing changed: the start screen.
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Close map").click();
    harness.run();
    assert!(harness.state().is_on_start_screen());
}

#[test]
fn closing_the_window_asks_about_each_map_with_changes() {
    let dir = tempfile::tempdir().unwrap();
    let first = saved(dir.path(), "first.ron", "Bakery");
    let second = saved(dir.path(), "second.ron", "Bike shop");
    let mut harness = editor(file::load(&first).unwrap(), Some(first.clone()));
    delete_first_card(&mut harness);
    open_with_dialog(&mut harness, &second);
    delete_first_card(&mut harness);
    let saved_second = harness.state().document().map().clone();
    harness.get_by_label("Map Bakery").click();
    harness.run();

    close_window(&mut harness);
    assert_eq!(titles(&harness)[harness.state().current_tab()], "Bakery");
    harness.get_by_label("Don't save").click();
    harness.run();
    assert_eq!(titles(&harness), ["Bike shop"], "then the bike shop asks");
    harness.get_by_label("Save").click();
    harness.run();
    assert_eq!(file::load(&second).unwrap(), saved_second);
    assert_eq!(file::load(&first).unwrap().title, "Bakery");
}

#[test]
fn a_future_state_and_a_competitors_journey_start_from_the_shown_map() {
    let dir = tempfile::tempdir().unwrap();
    let first = saved(dir.path(), "bakery.ron", "Bakery");
    let mut harness = editor(file::load(&first).unwrap(), Some(first.clone()));
    menu(&mut harness, "File", "Start a future state from this map");
    assert_eq!(titles(&harness), ["Bakery", "Bakery – future state"]);
    let future = harness.state().document().map().clone();
    assert_eq!(future.kind, MapKind::FutureState);
    let origin = future.origin.as_ref().unwrap();
    assert_eq!(origin.relation, Relation::FutureStateOf);
    assert_eq!(
        (origin.title.as_str(), origin.file.as_deref()),
        ("Bakery", Some("bakery.ron"))
    );
    assert!(harness.state().path().is_none(), "not saved yet");

    harness.get_by_label("Map Bakery").click();
    harness.run();
    menu(
        &mut harness,
        "File",
        "Start a competitor's journey from this map",
    );
    assert_eq!(
        titles(&harness),
        ["Bakery", "Bakery – competitor", "Bakery – future state"],
        "a new tab opens right after the shown one"
    );
    assert_eq!(
        harness
            .state()
            .document()
            .map()
            .origin
            .as_ref()
            .unwrap()
            .relation,
        Relation::CompetitorOf
    );
}
