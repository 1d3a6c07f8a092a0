//! The grid driven like a user: stage headers and lane labels dragged to reorder, their edges
//! dragged to resize, lanes folded and unfolded, each checked in the document and in undo.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::{Key, Modifiers, PointerButton, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::model::{
    Card, CardId, Lane, LaneId, LaneKind, Lang, Map, MapKind, Stage, StageId, TextRole,
};
use journeymap::ui::EditorApp;

mod editor_support;
use editor_support::{center_of, drag, editor, press_and_move, press_release, rect_of};

/// Three stages; a lane of actions with a card in each of the first two stages, and a lane of
/// pain points with one card.
fn grid_map() -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::En);
    map.title = "Grid".into();
    map.stages = vec![
        Stage::new(StageId(1), "Awareness"),
        Stage::new(StageId(2), "Purchase"),
        Stage::new(StageId(3), "Retention"),
    ];
    map.lanes = vec![
        Lane::new(LaneId(1), "Actions", LaneKind::Text(TextRole::Actions)),
        Lane::new(
            LaneId(2),
            "Pain points",
            LaneKind::Text(TextRole::PainPoints),
        ),
    ];
    map.cards = vec![
        Card::new(CardId(1), LaneId(1), StageId(1), "Sees a poster"),
        Card::new(CardId(2), LaneId(1), StageId(2), "Books a trial"),
        Card::new(CardId(3), LaneId(2), StageId(2), "Queue at the desk"),
    ];
    map
}

fn stage_titles(harness: &Harness<'_, EditorApp>) -> Vec<String> {
    let map = harness.state().document().map();
    map.stages.iter().map(|stage| stage.title.clone()).collect()
}

fn lane_titles(harness: &Harness<'_, EditorApp>) -> Vec<String> {
    let map = harness.state().document().map();
    map.lanes.iter().map(|lane| lane.title.clone()).collect()
}

fn undo(harness: &mut Harness<'_, EditorApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

/// Screen points per map point.
fn zoom(harness: &Harness<'_, EditorApp>) -> f32 {
    harness.state().canvas().screen_from_map().scaling
}

#[test]
fn a_stage_header_dragged_past_the_next_moves_there_on_release_as_one_step() {
    let mut harness = editor(grid_map(), None);
    let from = center_of(&harness, "Awareness");
    let purchase = rect_of(&harness, "Purchase");
    let to = Pos2::new(purchase.right() - 10.0, purchase.center().y);
    press_and_move(&mut harness, from, to);
    assert_eq!(
        stage_titles(&harness),
        ["Awareness", "Purchase", "Retention"],
        "nothing moves while aiming"
    );
    harness.drop_at(to);
    harness.run();
    assert_eq!(
        stage_titles(&harness),
        ["Purchase", "Awareness", "Retention"]
    );
    let map = harness.state().document().map();
    assert_eq!(
        map.card(CardId(1)).unwrap().stage,
        StageId(1),
        "the stage's cards go with it"
    );
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-move-stage")
    );
    undo(&mut harness);
    assert_eq!(
        stage_titles(&harness),
        ["Awareness", "Purchase", "Retention"]
    );
}

#[test]
fn a_stage_header_dragged_to_the_far_left_becomes_the_first() {
    let mut harness = editor(grid_map(), None);
    let from = center_of(&harness, "Retention");
    let awareness = rect_of(&harness, "Awareness");
    drag(
        &mut harness,
        from,
        Pos2::new(awareness.left() + 5.0, awareness.center().y),
    );
    assert_eq!(
        stage_titles(&harness),
        ["Retention", "Awareness", "Purchase"]
    );
}

#[test]
fn escape_while_moving_a_header_leaves_it_where_it_was() {
    let mut harness = editor(grid_map(), None);
    let from = center_of(&harness, "Awareness");
    let to = center_of(&harness, "Retention");
    press_and_move(&mut harness, from, to);
    harness.key_press(Key::Escape);
    harness.run();
    harness.drop_at(to);
    harness.run();
    assert_eq!(
        stage_titles(&harness),
        ["Awareness", "Purchase", "Retention"]
    );
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn a_lane_label_dragged_below_the_next_moves_the_lane_down() {
    let mut harness = editor(grid_map(), None);
    let from = center_of(&harness, "Actions");
    let below = rect_of(&harness, "Pain points");
    drag(
        &mut harness,
        from,
        Pos2::new(below.center().x, below.bottom() - 4.0),
    );
    assert_eq!(lane_titles(&harness), ["Pain points", "Actions"]);
    let map = harness.state().document().map();
    assert_eq!(map.card(CardId(1)).unwrap().lane, LaneId(1));
}

#[test]
fn dragging_a_stage_edge_resizes_it_live_and_the_cards_follow_in_one_undo_step() {
    let mut harness = editor(grid_map(), None);
    let card_before = rect_of(&harness, "Sees a poster").width();
    let edge = center_of(&harness, "Width of Awareness");
    let wider = 120.0 * zoom(&harness);
    press_and_move(&mut harness, edge, edge + vec2(wider, 0.0));
    let width = harness.state().document().map().stages[0].width;
    assert!(
        width.is_some_and(|width| (width - 370.0).abs() <= 2.0),
        "the column follows the mouse: {width:?}"
    );
    harness.drop_at(edge + vec2(wider, 0.0));
    harness.run();
    let card_after = rect_of(&harness, "Sees a poster").width();
    assert!(
        (card_after - card_before - wider).abs() <= 3.0,
        "the card grew with its column: {card_before} → {card_after}"
    );
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-resize-stage")
    );
    undo(&mut harness);
    assert_eq!(harness.state().document().map().stages[0].width, None);
    assert!(
        !harness.state().document().is_dirty(),
        "one step undid it all"
    );
}

#[test]
fn a_stage_is_never_narrower_than_its_cards_can_be_read() {
    let mut harness = editor(grid_map(), None);
    let edge = center_of(&harness, "Width of Purchase");
    drag(&mut harness, edge, edge - vec2(600.0, 0.0));
    assert_eq!(
        harness.state().document().map().stages[1].width,
        Some(*journeymap::model::STAGE_WIDTHS.start())
    );
}

#[test]
fn escape_while_resizing_restores_the_width() {
    let mut harness = editor(grid_map(), None);
    let edge = center_of(&harness, "Width of Awareness");
    press_and_move(&mut harness, edge, edge + vec2(80.0, 0.0));
    assert!(harness.state().document().map().stages[0].width.is_some());
    harness.key_press(Key::Escape);
    harness.run();
    harness.drop_at(edge + vec2(80.0, 0.0));
    harness.run();
    assert_eq!(harness.state().document().map().stages[0].width, None);
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn double_clicking_an_edge_gives_back_the_standard_width() {
    let mut map = grid_map();
    map.stages[0].width = Some(400.0);
    let mut harness = editor(map, None);
    let edge = center_of(&harness, "Width of Awareness");
    press_release(&mut harness, edge, PointerButton::Primary, 2);
    assert_eq!(harness.state().document().map().stages[0].width, None);
}

#[test]
fn dragging_a_lane_edge_down_makes_the_lane_taller() {
    let mut harness = editor(grid_map(), None);
    let lane_before = rect_of(&harness, "Actions").height();
    let edge = center_of(&harness, "Height of Actions");
    let taller = 150.0 * zoom(&harness);
    drag(&mut harness, edge, edge + vec2(0.0, taller));
    let height = harness.state().document().map().lanes[0].height;
    assert!(height.is_some(), "the lane has a height now");
    let lane_after = rect_of(&harness, "Actions").height();
    assert!(
        (lane_after - lane_before - taller).abs() <= 3.0,
        "the label grew with the lane: {lane_before} → {lane_after}"
    );
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-resize-lane")
    );
}

#[test]
fn the_fold_button_collapses_a_lane_hiding_its_cards_and_unfolds_it_again() {
    let mut harness = editor(grid_map(), None);
    let height_before = rect_of(&harness, "Actions").height();
    // The button shows when the pointer is over the label.
    let button = center_of(&harness, "Collapse Actions");
    press_release(&mut harness, button, PointerButton::Primary, 1);
    let map = harness.state().document().map();
    assert!(map.lanes[0].collapsed);
    assert!(
        harness.query_by_label("Sees a poster").is_none(),
        "a collapsed lane's cards are out of sight"
    );
    let height_after = rect_of(&harness, "Actions").height();
    assert!(
        height_after < height_before * 0.6,
        "the lane folded to a strip: {height_before} → {height_after}"
    );
    assert!(harness.query_by_label("Queue at the desk").is_some());
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-collapse-lane")
    );

    let button = center_of(&harness, "Expand Actions");
    press_release(&mut harness, button, PointerButton::Primary, 1);
    assert!(!harness.state().document().map().lanes[0].collapsed);
    assert!(harness.query_by_label("Sees a poster").is_some());
    undo(&mut harness);
    assert!(harness.state().document().map().lanes[0].collapsed);
}

#[test]
fn the_lane_menu_collapses_and_cards_cannot_be_dropped_into_a_collapsed_lane() {
    let mut harness = editor(grid_map(), None);
    let label = center_of(&harness, "Pain points");
    press_release(&mut harness, label, PointerButton::Secondary, 1);
    harness.get_by_label("Collapse lane").click();
    harness.run();
    assert!(harness.state().document().map().lanes[1].collapsed);

    let from = center_of(&harness, "Sees a poster");
    let strip = rect_of(&harness, "Pain points");
    let purchase = rect_of(&harness, "Purchase");
    drag(
        &mut harness,
        from,
        Pos2::new(purchase.center().x, strip.center().y),
    );
    assert_eq!(
        harness
            .state()
            .document()
            .map()
            .card(CardId(1))
            .unwrap()
            .lane,
        LaneId(1),
        "a card dropped on a folded lane goes back"
    );
}

#[test]
fn canvas_widgets_tell_assistive_technology_where_they_are_on_screen() {
    let mut harness = editor(grid_map(), None);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    harness.run();
    let to_screen = harness.state().canvas().screen_from_map();
    assert!((to_screen.scaling - 1.0).abs() > 0.1, "the scene is scaled");
    let ctx = harness.ctx.clone();
    let on_map = harness.state_mut().layout(&ctx).cards[0].rect;
    let told = rect_of(&harness, "Sees a poster");
    let expected = to_screen * on_map;
    assert!(
        (told.min - expected.min).length() < 0.5 && (told.max - expected.max).length() < 0.5,
        "told {told:?}, on screen {expected:?}"
    );
}
