//! Driving the editor like a user in `egui_kittest`: build the real app, find widgets by their
//! accessible labels, and press, drag and release the mouse over them.
#![allow(dead_code, reason = "each test binary uses a different part")]
#![allow(clippy::expect_used, reason = "test helpers fail the test on error")]

use egui::{Key, Modifiers, Pos2, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use journeymap::layout::MapLayout;
use journeymap::model::{
    Card, CardId, Lane, LaneId, LaneKind, Lang, Map, MapKind, Stage, StageId, TextRole,
};
use journeymap::ui::EditorApp;

/// The editor on `map` (read from `path`), in English, in a 1200 × 800 window.
pub fn editor(map: Map, path: Option<std::path::PathBuf>) -> Harness<'static, EditorApp> {
    editor_sized(map, path, egui::vec2(1200.0, 800.0))
}

/// The editor on `map` (read from `path`), in English, in a window of `size`.
pub fn editor_sized(
    map: Map,
    path: Option<std::path::PathBuf>,
    size: egui::Vec2,
) -> Harness<'static, EditorApp> {
    let mut harness = Harness::builder()
        .with_size(size)
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

/// Clicks `entry` in the submenu `sub` of the menu `menu` (File ▸ Export ▸ …).
pub fn submenu(harness: &mut Harness<'_, EditorApp>, menu: &str, sub: &str, entry: &str) {
    harness.get_by_label(menu).click();
    harness.run();
    harness.get_by_label(sub).hover();
    harness.run();
    harness
        .query_by_label_contains(entry)
        .unwrap_or_else(|| panic!("no menu entry {entry:?} in {menu} ▸ {sub}"))
        .click();
    harness.run();
}

/// Lets the editor run frames until the status bar says `message`, as a user waits for an
/// export that runs in the background. Fails after a minute.
pub fn wait_for_status(harness: &mut Harness<'_, EditorApp>, message: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_mins(1);
    while harness.query_by_label_contains(message).is_none() {
        assert!(
            std::time::Instant::now() < deadline,
            "the status bar never said {message:?}"
        );
        harness.step();
        // Leave the processor to the export thread between frames.
        std::thread::yield_now();
    }
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

/// The editor's start screen in `lang`, with the settings (recent maps, panels) in `storage`, as
/// the next run of the program finds them.
pub fn start_screen(storage: Option<MemoryStorage>, lang: Lang) -> Harness<'static, EditorApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| {
            let storage = storage.as_ref().map(|s| s as &dyn eframe::Storage);
            let mut app = EditorApp::start(&cc.egui_ctx, storage);
            app.set_lang(lang);
            app
        });
    harness.run();
    harness
}

/// eframe's settings storage, in memory: what one run of the editor leaves for the next.
#[derive(Clone, Debug, Default)]
pub struct MemoryStorage(std::collections::BTreeMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

/// The layout the canvas shows now.
pub fn layout(harness: &mut Harness<'_, EditorApp>) -> MapLayout {
    let ctx = harness.ctx.clone();
    harness.state_mut().layout(&ctx)
}

/// Screen points per map point at the last frame.
pub fn zoom(harness: &Harness<'_, EditorApp>) -> f32 {
    harness.state().canvas().screen_from_map().scaling
}

/// A cell of the map (lane × stage), in map coordinates.
pub fn cell_in_map(harness: &mut Harness<'_, EditorApp>, lane: LaneId, stage: StageId) -> Rect {
    let layout = layout(harness);
    let lane = layout
        .lanes
        .iter()
        .find(|l| l.id == lane)
        .expect("the lane is laid out");
    let stage = layout
        .stages
        .iter()
        .find(|s| s.id == stage)
        .expect("the stage is laid out");
    Rect::from_x_y_ranges(stage.column.x_range(), lane.body.y_range())
}

/// On screen, the middle of the empty space below the cards of a cell (the whole cell when it
/// has none): where a user double-clicks to add a card.
pub fn empty_space_in_cell(
    harness: &mut Harness<'_, EditorApp>,
    lane: LaneId,
    stage: StageId,
) -> Pos2 {
    let cell = cell_in_map(harness, lane, stage);
    let layout = layout(harness);
    let below_cards = layout
        .cards
        .iter()
        .filter(|card| !card.hidden && cell.contains_rect(card.rect))
        .map(|card| card.rect.bottom())
        .fold(cell.top(), f32::max);
    assert!(
        cell.bottom() - below_cards >= 8.0,
        "the cell has empty space below its cards: {below_cards} … {}",
        cell.bottom()
    );
    let pos_in_map = egui::pos2(cell.center().x, f32::midpoint(below_cards, cell.bottom()));
    harness.state().canvas().screen_from_map() * pos_in_map
}

/// The centre of a card on screen, from the layout and the view (also while presenting, when
/// the window is zoomed for the room).
pub fn card_on_screen(harness: &mut Harness<'_, EditorApp>, card: CardId) -> Pos2 {
    let layout = layout(harness);
    let rect = layout
        .cards
        .iter()
        .find(|geometry| geometry.id == card)
        .expect("the card is laid out")
        .rect;
    harness.state().canvas().screen_from_map() * rect.center()
}

/// Whether a card's text is open for typing in place.
pub fn card_text_open(harness: &Harness<'_, EditorApp>) -> bool {
    harness
        .query_by_role_and_label(egui::Role::MultilineTextInput, "Card text")
        .is_some()
}

/// Types `text` into whatever has the keyboard focus, like a user at the keyboard.
pub fn type_text(harness: &mut Harness<'_, EditorApp>, text: &str) {
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run();
}

/// Presses `key` with `modifiers` and lets the editor settle.
pub fn press(harness: &mut Harness<'_, EditorApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

/// Ctrl+Z.
pub fn undo(harness: &mut Harness<'_, EditorApp>) {
    press(harness, Modifiers::COMMAND, Key::Z);
}

/// The ids of the cards in a cell, in order.
pub fn cell_cards(harness: &Harness<'_, EditorApp>, lane: LaneId, stage: StageId) -> Vec<CardId> {
    let map = harness.state().document().map();
    map.cards_in(lane, stage).map(|card| card.id).collect()
}

/// The titles of the cards in a cell, in order.
pub fn cell_titles(harness: &Harness<'_, EditorApp>, lane: LaneId, stage: StageId) -> Vec<String> {
    let map = harness.state().document().map();
    map.cards_in(lane, stage)
        .map(|card| card.title.clone())
        .collect()
}

/// The editor on `map` from `path`, keeping recovery copies in `recovery`.
pub fn editor_recovering(
    map: Map,
    path: Option<std::path::PathBuf>,
    recovery: &std::path::Path,
) -> Harness<'static, EditorApp> {
    let store = journeymap::recovery::RecoveryStore::new(recovery);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| {
            let mut app = EditorApp::new(&cc.egui_ctx, map, path).with_recovery(store);
            app.set_lang(Lang::En);
            app
        });
    harness.run();
    harness
}

/// The editor started without a file, as `journeymap` alone starts it.
pub fn start_recovering(recovery: &std::path::Path) -> Harness<'static, EditorApp> {
    let store = journeymap::recovery::RecoveryStore::new(recovery);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| {
            let mut app = EditorApp::start(&cc.egui_ctx, None).with_recovery(store);
            app.set_lang(Lang::En);
            app
        });
    harness.run();
    harness
}

/// Renames the lane "Customer actions" by double-clicking it: one change to the map.
pub fn change_a_lane_title(harness: &mut Harness<'_, EditorApp>, new_title: &str) {
    let label = center_of(harness, "Customer actions");
    press_release(harness, label, egui::PointerButton::Primary, 2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.event(egui::Event::Text(new_title.to_owned()));
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.state().document().is_dirty());
}

/// The window's close button, as the window system reports it.
pub fn close_window(harness: &mut Harness<'_, EditorApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
}

/// Where `score` of `stage` sits on screen in the emotion lane `lane`: where a press sets it.
#[allow(dead_code, reason = "not every test file scores emotions")]
pub fn emotion_on_screen(
    harness: &mut Harness<'_, EditorApp>,
    lane: LaneId,
    stage: StageId,
    score: i8,
) -> Pos2 {
    let layout = layout(harness);
    let body = layout
        .lanes
        .iter()
        .find(|l| l.id == lane)
        .expect("the lane")
        .body;
    let x = layout
        .stages
        .iter()
        .find(|s| s.id == stage)
        .expect("the stage")
        .column
        .center()
        .x;
    let y = journeymap::layout::curve::score_y(body, score);
    harness.state().canvas().screen_from_map() * egui::pos2(x, y)
}
