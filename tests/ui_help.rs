//! The Help menu and View ▸ Appearance, driven like a user: the keyboard shortcuts listed from
//! the command table, About naming the version and the folders, the light and dark chrome
//! chosen and remembered for the next run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use journeymap::model::Lang;

mod editor_support;
use editor_support::{MemoryStorage, editor, menu, press, small_map, start_screen};

#[test]
fn f1_lists_every_shortcut_of_the_command_table() {
    let mut harness = editor(small_map(), None);
    press(&mut harness, Modifiers::NONE, Key::F1);
    // The list names its own key, F1.
    harness.get_by_label("F1");
    // A command with one key, one with two, and a gesture of the map.
    harness.get_by_label("Save");
    harness.get_by_label("Ctrl+S");
    harness.get_by_label("Ctrl+K  ·  Ctrl+Shift+P");
    harness.get_by_label("Double-click");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.query_by_label("Ctrl+K  ·  Ctrl+Shift+P").is_none());
}

#[test]
fn about_names_the_version_the_licence_and_the_recovery_folder() {
    let mut harness = editor(small_map(), None);
    menu(&mut harness, "Help", "About journeymap");
    harness.get_by_label(&format!("journeymap {}", env!("CARGO_PKG_VERSION")));
    harness.get_by_label_contains("MIT OR Apache-2.0");
    harness.get_by_label("Recovery copies");
}

#[test]
fn the_light_chrome_is_chosen_in_the_view_menu_and_remembered() {
    let mut harness = start_screen(None, Lang::En);
    menu(&mut harness, "View", "Appearance");
    harness.get_by_label("Light").click();
    harness.run();
    assert_eq!(harness.ctx.theme(), egui::Theme::Light);
    assert!(!harness.ctx.style_of(egui::Theme::Light).visuals.dark_mode);

    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let next_run = start_screen(Some(storage), Lang::En);
    assert_eq!(next_run.ctx.theme(), egui::Theme::Light, "remembered");

    let mut harness = next_run;
    menu(&mut harness, "View", "Appearance");
    harness.get_by_label("Dark").click();
    harness.run();
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
}
