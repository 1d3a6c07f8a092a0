//! The map's title and goal, edited in the title band: double-click, type, Enter keeps as one
//! undo step, Esc throws the typing away.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::{Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::layout::TextStyle;
use journeymap::ui::EditorApp;

mod editor_support;
use editor_support::{editor, layout, press, press_release, small_map, type_text, undo};

/// The middle of the map's title on screen.
fn title_on_screen(harness: &mut Harness<'_, EditorApp>) -> Pos2 {
    let layout = layout(harness);
    let title = layout
        .title
        .texts
        .iter()
        .find(|text| text.style == TextStyle::Title)
        .expect("the band shows the title")
        .rect;
    harness.state().canvas().screen_from_map() * title.center()
}

fn title_field_open(harness: &Harness<'_, EditorApp>) -> bool {
    harness.query_by_label("Title").is_some()
}

fn open_title_band(harness: &mut Harness<'_, EditorApp>) {
    let spot = title_on_screen(harness);
    press_release(harness, spot, PointerButton::Primary, 2);
    assert!(title_field_open(harness), "the title is open for typing");
}

#[test]
fn double_clicking_the_title_band_edits_the_title_in_one_undo_step() {
    let mut harness = editor(small_map(), None);
    let before = harness.state().document().map().title.clone();
    open_title_band(&mut harness);
    press(&mut harness, Modifiers::COMMAND, Key::A);
    type_text(&mut harness, "Spring workshop");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert!(!title_field_open(&harness), "Enter keeps and closes");
    assert_eq!(harness.state().document().map().title, "Spring workshop");
    undo(&mut harness);
    assert_eq!(
        harness.state().document().map().title,
        before,
        "one step back"
    );
}

#[test]
fn tab_goes_on_to_the_goal_and_both_are_kept_together() {
    let mut harness = editor(small_map(), None);
    open_title_band(&mut harness);
    press(&mut harness, Modifiers::COMMAND, Key::A);
    type_text(&mut harness, "Bakery visit");
    press(&mut harness, Modifiers::NONE, Key::Tab);
    press(&mut harness, Modifiers::COMMAND, Key::A);
    type_text(&mut harness, "Find out why people leave the queue");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    let map = harness.state().document().map();
    assert_eq!(map.title, "Bakery visit");
    assert_eq!(map.goal, "Find out why people leave the queue");
    undo(&mut harness);
    let map = harness.state().document().map();
    assert_ne!(map.title, "Bakery visit", "title and goal are one step");
    assert_ne!(map.goal, "Find out why people leave the queue");
}

#[test]
fn esc_in_the_title_band_leaves_the_map_as_it_was() {
    let mut harness = editor(small_map(), None);
    let before = harness.state().document().map().title.clone();
    open_title_band(&mut harness);
    type_text(&mut harness, " typed by mistake");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(!title_field_open(&harness));
    assert_eq!(harness.state().document().map().title, before);
    assert!(!harness.state().document().is_dirty());
}
