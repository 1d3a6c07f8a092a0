//! What is typed or moved stays where the user can see it: the view follows a card moved with
//! Alt+arrows and a card growing as it is typed into, and a card opened under the pinned lane
//! labels is shown beside them, not hidden under them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::{Key, Modifiers, PointerButton, Rect};
use egui_kittest::Harness;
use journeymap::file;
use journeymap::model::{
    Card, CardId, Lane, LaneId, LaneKind, Lang, Map, MapKind, Stage, StageId, TextRole,
};
use journeymap::ui::EditorApp;

mod editor_support;
use editor_support::{editor_sized, layout, press, press_release, type_text};

/// The laptop of a workshop.
const WINDOW: egui::Vec2 = egui::Vec2::new(1024.0, 640.0);

fn bike_map() -> Map {
    let path = format!(
        "{}/assets/examples/bike-repair-online-booking-future-state.ron",
        env!("CARGO_MANIFEST_DIR")
    );
    file::load(path.as_ref()).unwrap()
}

/// Six stages, wider than the canvas between the panels; two lanes, one card in the first
/// stage, every other cell empty.
fn wide_map() -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::En);
    map.title = "Wide".into();
    map.stages = (1..=6)
        .map(|id| Stage::new(StageId(id), format!("Stage {id}")))
        .collect();
    map.lanes = vec![
        Lane::new(LaneId(1), "Actions", LaneKind::Text(TextRole::Actions)),
        Lane::new(LaneId(2), "Thoughts", LaneKind::Text(TextRole::Thoughts)),
    ];
    map.cards = vec![Card::new(CardId(1), LaneId(1), StageId(1), "Sees a poster")];
    map
}

/// Scrolls the map by `delta` screen points with the wheel, over the canvas.
fn scroll(harness: &mut Harness<'_, EditorApp>, delta: egui::Vec2) {
    let canvas = harness.state().canvas().rect_on_screen();
    harness.hover_at(canvas.center());
    harness.run();
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta,
        modifiers: Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
    });
    // The wheel scrolls smoothly over a few frames.
    harness.run_steps(30);
}

/// A card on screen, from the layout and the view.
fn card_rect(harness: &mut Harness<'_, EditorApp>, card: CardId) -> Rect {
    let layout = layout(harness);
    let rect = layout
        .cards
        .iter()
        .find(|geometry| geometry.id == card)
        .expect("the card is laid out")
        .rect;
    harness.state().canvas().screen_from_map() * rect
}

/// The canvas less the pinned lane labels at its left and stage headers at its top.
fn clear_canvas(harness: &mut Harness<'_, EditorApp>) -> Rect {
    let layout = layout(harness);
    let zoom = harness.state().canvas().screen_from_map().scaling;
    let mut canvas = harness.state().canvas().rect_on_screen();
    canvas.min.x += layout.lanes[0].label.width() * zoom;
    canvas.min.y += layout.stages[0].header.height() * zoom;
    canvas
}

/// The first card of the first stage in the map's first lane that holds cards.
fn first_card(map: &Map) -> CardId {
    map.cards
        .iter()
        .find(|card| card.stage == map.stages[0].id)
        .expect("the first stage has cards")
        .id
}

#[test]
fn a_card_moved_to_the_last_stage_with_alt_arrows_stays_in_view() {
    let map = bike_map();
    let card = first_card(&map);
    let stages = map.stages.len();
    let title = map.card(card).unwrap().title.clone();
    let mut harness = editor_sized(map, None, WINDOW);
    let spot = card_rect(&mut harness, card).center();
    press_release(&mut harness, spot, PointerButton::Primary, 1);
    assert_eq!(
        harness.state().canvas().selection(),
        [card],
        "{title} selected"
    );
    for _ in 1..stages {
        press(&mut harness, Modifiers::ALT, Key::ArrowRight);
        harness.run();
    }
    let moved = harness.state().document().map().card(card).unwrap().stage;
    let last = harness.state().document().map().stages.last().unwrap().id;
    assert_eq!(moved, last, "the card went to the last stage");
    let on_screen = card_rect(&mut harness, card);
    let clear = clear_canvas(&mut harness);
    assert!(
        clear.contains_rect(on_screen),
        "the moved card {on_screen:?} is in view {clear:?}"
    );
}

#[test]
fn a_card_growing_as_it_is_typed_into_stays_in_view() {
    let mut harness = editor_sized(bike_map(), None, WINDOW);
    let canvas = harness.state().canvas().rect_on_screen();
    // The lowest card wholly in view as the map opens.
    let to_screen = harness.state().canvas().screen_from_map();
    let card = layout(&mut harness)
        .cards
        .iter()
        .filter(|card| !card.hidden && canvas.contains_rect(to_screen * card.rect))
        .max_by(|a, b| a.rect.bottom().total_cmp(&b.rect.bottom()))
        .expect("cards in view")
        .id;
    let spot = card_rect(&mut harness, card).center();
    press_release(&mut harness, spot, PointerButton::Primary, 2);
    assert_eq!(harness.state().canvas().editing(), Some(card), "typing");
    press(&mut harness, Modifiers::NONE, Key::End);
    for _ in 0..30 {
        type_text(&mut harness, " and a few more words to read out");
    }
    harness.run();
    let on_screen = card_rect(&mut harness, card);
    assert!(on_screen.height() > 200.0, "the card grew: {on_screen:?}");
    assert!(
        on_screen.bottom() <= canvas.bottom() + 0.5,
        "the card's last line {on_screen:?} is in the canvas {canvas:?}"
    );
}

#[test]
fn a_card_added_under_the_pinned_lane_labels_is_shown_beside_them() {
    let mut harness = editor_sized(wide_map(), None, WINDOW);
    let layout_before = layout(&mut harness);
    let canvas = harness.state().canvas().rect_on_screen();
    let zoom = harness.state().canvas().screen_from_map().scaling;
    // Scroll right until the second stage starts a little left of where the labels end.
    let labels = layout_before.lanes[0].label.width() * zoom;
    let second = &layout_before.stages[1];
    let second_left = (harness.state().canvas().screen_from_map() * second.column.min).x;
    let distance = second_left - (canvas.left() + labels) + 40.0;
    scroll(&mut harness, egui::vec2(-distance, 0.0));
    let left = (harness.state().canvas().screen_from_map() * second.column.min).x;
    assert!(
        left < canvas.left() + labels && left + 60.0 > canvas.left() + labels,
        "the second stage starts under the labels: {left} vs {}",
        canvas.left() + labels
    );
    // Double-click the part of the empty cell of the second stage beside the labels.
    let lane = &layout_before.lanes[1];
    let to_screen = harness.state().canvas().screen_from_map();
    let spot = egui::pos2(
        canvas.left() + labels + 20.0,
        (to_screen * lane.body.center()).y,
    );
    press_release(&mut harness, spot, PointerButton::Primary, 2);
    type_text(&mut harness, "Reminder text");
    harness.run();
    let card = harness
        .state()
        .canvas()
        .editing()
        .expect("typing into a new card");
    let on_screen = card_rect(&mut harness, card);
    let clear = clear_canvas(&mut harness);
    assert!(
        clear.contains_rect(on_screen),
        "the new card {on_screen:?} is beside the labels, in {clear:?}"
    );
}

#[test]
fn scrolled_both_ways_the_corner_above_the_pinned_labels_stays_clear_of_stage_headers() {
    let map = bike_map();
    let mut harness = Harness::builder()
        .with_size(WINDOW)
        .with_step_dt(1.0 / 60.0)
        .wgpu()
        .build_eframe(move |cc| {
            let mut app = EditorApp::new(&cc.egui_ctx, map, None);
            app.set_lang(Lang::En);
            app
        });
    harness.run();
    press(&mut harness, Modifiers::COMMAND, Key::Num1);
    let layout = layout(&mut harness);
    let canvas = harness.state().canvas().rect_on_screen();
    let labels = layout.lanes[0].label.width();
    let before = harness.state().canvas().screen_from_map() * layout.stages[0].header;
    // The first stage half under the pinned labels, its header row above the canvas.
    let delta = egui::vec2(
        canvas.left() + labels - 60.0 - before.left(),
        canvas.top() - before.top() - 300.0,
    );
    scroll(&mut harness, delta);
    let to_screen = harness.state().canvas().screen_from_map();
    let canvas = harness.state().canvas().rect_on_screen();
    let first = to_screen * layout.stages[0].header;
    let labels = layout.lanes[0].label.width() * to_screen.scaling;
    assert!(first.top() < canvas.top(), "scrolled down: {first:?}");
    assert!(
        first.left() < canvas.left() + labels && first.right() > canvas.left() + labels,
        "the first stage runs under the pinned labels: {first:?}"
    );
    let image = harness.render().expect("the wgpu renderer runs");
    // The corner: the label column's width, the header row's height, at the canvas's top left.
    let header = layout.stages[0].header.height() * to_screen.scaling;
    let header_colour = [0x2E, 0x4A, 0x6B];
    let mut dark = 0;
    for y in (canvas.top() as u32 + 2)..(canvas.top() + header - 2.0) as u32 {
        for x in (canvas.left() as u32 + 2)..(canvas.left() + labels - 4.0) as u32 {
            let pixel = image.get_pixel(x, y).0;
            if (0..3).all(|c| pixel[c].abs_diff(header_colour[c]) < 12) {
                dark += 1;
            }
        }
    }
    assert_eq!(dark, 0, "stage-header pixels in the corner");
}
