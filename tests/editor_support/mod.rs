//! Driving the editor like a user in `egui_kittest`: build the real app, find widgets by their
//! accessible labels, and press, drag and release the mouse over them.
#![allow(dead_code, reason = "each test binary uses a different part")]
#![allow(clippy::expect_used, reason = "test helpers fail the test on error")]

use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use journeymap::model::{
    Card, CardId, Lane, LaneId, LaneKind, Lang, Map, MapKind, Stage, StageId, TextRole,
};
use journeymap::ui::EditorApp;

/// The editor on `map` (read from `path`), in English, in a 1200 × 800 window.
pub fn editor(map: Map, path: Option<std::path::PathBuf>) -> Harness<'static, EditorApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        // Frames 1/60 s apart, like a screen: two clicks in two frames make a double click.
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| {
            let mut app = EditorApp::new(&cc.egui_ctx, map, path);
            app.set_lang(Lang::En);
            app
        });
    harness.run();
    harness
}

/// Where the widget with this label is on screen, as the accessibility tree tells it.
pub fn rect_of(harness: &Harness<'_, EditorApp>, label: &str) -> egui::Rect {
    harness.get_by_label(label).rect()
}

/// The centre of the widget with this label, on screen.
pub fn center_of(harness: &Harness<'_, EditorApp>, label: &str) -> Pos2 {
    rect_of(harness, label).center()
}

/// Presses at `from` and moves in five steps to `to`, holding the button.
pub fn press_and_move(harness: &mut Harness<'_, EditorApp>, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=5 {
        harness.hover_at(from + (to - from) * (step as f32 / 5.0));
        harness.run();
    }
}

/// Presses, moves in steps and releases, like a hand on a mouse.
pub fn drag(harness: &mut Harness<'_, EditorApp>, from: Pos2, to: Pos2) {
    press_and_move(harness, from, to);
    harness.drop_at(to);
    harness.run();
}

/// Clicks `button` at `pos` `times` times in quick succession (2: a double click).
pub fn press_release(
    harness: &mut Harness<'_, EditorApp>,
    pos: Pos2,
    button: egui::PointerButton,
    times: usize,
) {
    harness.hover_at(pos);
    harness.run();
    for _ in 0..times {
        for pressed in [true, false] {
            harness.event(egui::Event::PointerButton {
                pos,
                button,
                pressed,
                modifiers: Modifiers::NONE,
            });
        }
        harness.step();
    }
    harness.run();
}

/// The text field named `field` (a visible label beside it may carry the same name).
pub fn text_field<'a>(
    harness: &'a Harness<'_, EditorApp>,
    field: &'a str,
) -> egui_kittest::Node<'a> {
    harness
        .query_by_role_and_label(egui::Role::MultilineTextInput, field)
        .unwrap_or_else(|| harness.get_by_role_and_label(egui::Role::TextInput, field))
}

/// Clicks into a text field and types, like a user.
pub fn type_into(harness: &mut Harness<'_, EditorApp>, field: &str, text: &str) {
    text_field(harness, field).click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    if text.is_empty() {
        harness.key_press(Key::Backspace);
    } else {
        text_field(harness, field).type_text(text);
    }
    harness.run();
}

/// Opens `menu` and clicks the entry whose label contains `entry`.
pub fn menu(harness: &mut Harness<'_, EditorApp>, menu: &str, entry: &str) {
    harness.get_by_label(menu).click();
    harness.run();
    harness
        .query_by_label_contains(entry)
        .unwrap_or_else(|| panic!("no menu entry {entry:?}"))
        .click();
    harness.run();
}

/// Two stages, one lane of actions: "Sees a poster" and "Asks a friend" in stage 1, "Books a
/// trial" in stage 2.
pub fn small_map() -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::En);
    map.title = "Test journey".into();
    map.stages = vec![
        Stage::new(StageId(1), "Awareness"),
        Stage::new(StageId(2), "Purchase"),
    ];
    map.lanes = vec![Lane::new(
        LaneId(1),
        "Actions",
        LaneKind::Text(TextRole::Actions),
    )];
    map.cards = vec![
        Card::new(CardId(1), LaneId(1), StageId(1), "Sees a poster"),
        Card::new(CardId(2), LaneId(1), StageId(1), "Asks a friend"),
        Card::new(CardId(3), LaneId(1), StageId(2), "Books a trial"),
    ];
    map
}
