//! The editor as a facilitator uses it in a workshop, driven like a user: cards captured as fast
//! as the room talks (double-click, type, Enter, Tab), emotion scores, the side panels, a map
//! that never jumps under the pointer, and presenting stage by stage.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::{Key, Modifiers, PointerButton, Pos2, Rect, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::model::{
    Card, CardId, Channel, Lane, LaneId, LaneKind, Lang, Map, MapKind, PurchasePhase, Stage,
    StageId, TextRole,
};
use journeymap::ui::EditorApp;
use journeymap::ui::Slide;

mod editor_support;
use editor_support::{
    card_on_screen, card_text_open, cell_cards, cell_titles, center_of, drag, editor, editor_sized,
    empty_space_in_cell, layout, menu, press, press_release, rect_of, type_text, undo,
};

const ACTIONS: LaneId = LaneId(1);
const TOUCHPOINTS: LaneId = LaneId(2);
const EMOTIONS: LaneId = LaneId(3);
const AWARENESS: StageId = StageId(1);
const PURCHASE: StageId = StageId(2);
const RETENTION: StageId = StageId(3);

/// Three stages (the last after the purchase), a lane of actions, an empty touchpoint lane and
/// an emotion lane. Actions: "Sees a poster" and "Asks a friend" in Awareness, "Books a trial"
/// in Purchase, nothing in Retention. Emotion: Awareness rated +1, the others unrated.
fn workshop_map() -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::En);
    map.title = "Workshop".into();
    map.stages = vec![
        Stage::new(AWARENESS, "Awareness"),
        Stage::new(PURCHASE, "Purchase"),
        Stage::new(RETENTION, "Retention"),
    ];
    map.stages[2].phase = Some(PurchasePhase::PostPurchase);
    map.lanes = vec![
        Lane::new(ACTIONS, "Actions", LaneKind::Text(TextRole::Actions)),
        Lane::new(TOUCHPOINTS, "Touchpoints", LaneKind::Touchpoints),
        Lane::new(
            EMOTIONS,
            "Emotions",
            LaneKind::Emotion {
                personas: std::collections::BTreeMap::new(),
                scores: [(AWARENESS, 1)].into(),
            },
        ),
    ];
    map.cards = vec![
        Card::new(CardId(1), ACTIONS, AWARENESS, "Sees a poster"),
        Card::new(CardId(2), ACTIONS, AWARENESS, "Asks a friend"),
        Card::new(CardId(3), ACTIONS, PURCHASE, "Books a trial"),
    ];
    map
}

fn double_click(harness: &mut Harness<'_, EditorApp>, pos: Pos2) {
    press_release(harness, pos, PointerButton::Primary, 2);
}

fn click(harness: &mut Harness<'_, EditorApp>, pos: Pos2) {
    press_release(harness, pos, PointerButton::Primary, 1);
}

fn right_click(harness: &mut Harness<'_, EditorApp>, pos: Pos2) {
    press_release(harness, pos, PointerButton::Secondary, 1);
}

fn card(harness: &Harness<'_, EditorApp>, id: CardId) -> Card {
    harness
        .state()
        .document()
        .map()
        .card(id)
        .cloned()
        .unwrap_or_else(|| panic!("card {id:?} exists"))
}

/// Double-clicks the empty space of a cell and checks that the card editor opened.
fn start_typing_in(harness: &mut Harness<'_, EditorApp>, lane: LaneId, stage: StageId) {
    let spot = empty_space_in_cell(harness, lane, stage);
    double_click(harness, spot);
    assert!(
        card_text_open(harness),
        "double-clicking empty space in a cell opens a card for typing"
    );
}

// ---------------------------------------------------------------------------------------------
// Capturing cards
// ---------------------------------------------------------------------------------------------

#[test]
fn double_click_in_a_cell_then_enter_captures_one_card_after_another() {
    let mut harness = editor(workshop_map(), None);
    start_typing_in(&mut harness, ACTIONS, PURCHASE);
    type_text(&mut harness, "Alpha");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert!(card_text_open(&harness), "Enter opens the next card");
    type_text(&mut harness, "Beta");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert!(card_text_open(&harness));
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(!card_text_open(&harness), "Esc ends the typing");

    assert_eq!(
        cell_titles(&harness, ACTIONS, PURCHASE),
        ["Books a trial", "Alpha", "Beta"],
        "two new cards, in the order typed; the empty third one is not created"
    );
    let map = harness.state().document().map();
    assert_eq!(map.cards.len(), 5);
    for new in map.cards_in(ACTIONS, PURCHASE).skip(1) {
        assert_eq!(new.touchpoint, None, "{:?} is a text card", new.title);
        assert_eq!((new.lane, new.stage), (ACTIONS, PURCHASE));
    }

    undo(&mut harness);
    assert_eq!(
        cell_titles(&harness, ACTIONS, PURCHASE),
        ["Books a trial", "Alpha"],
        "the first undo takes back Beta only"
    );
    undo(&mut harness);
    assert_eq!(
        cell_titles(&harness, ACTIONS, PURCHASE),
        ["Books a trial"],
        "the second undo takes back Alpha"
    );
    assert_eq!(
        cell_cards(&harness, ACTIONS, AWARENESS),
        [CardId(1), CardId(2)]
    );
    assert!(!harness.state().document().is_dirty());
}

/// Presses `key` and types `text` within one frame, as a fast typist does.
fn in_one_frame(harness: &mut Harness<'_, EditorApp>, key: Key, text: &str) {
    let events = &mut harness.input_mut().events;
    for pressed in [true, false] {
        events.push(egui::Event::Key {
            key,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers: Modifiers::NONE,
        });
    }
    events.push(egui::Event::Text(text.into()));
    harness.step();
}

/// A fast typist's next letters reach the editor in the same frame as the Enter (or Tab)
/// before them, and before the next card exists: they go into the next card, not this one.
#[test]
fn letters_typed_right_after_enter_or_tab_go_into_the_next_card() {
    let mut harness = editor(workshop_map(), None);
    start_typing_in(&mut harness, ACTIONS, PURCHASE);
    type_text(&mut harness, "Alpha");
    in_one_frame(&mut harness, Key::Enter, "Be");
    type_text(&mut harness, "ta");
    in_one_frame(&mut harness, Key::Tab, "Gam");
    type_text(&mut harness, "ma");
    press(&mut harness, Modifiers::NONE, Key::Escape);

    assert_eq!(
        cell_titles(&harness, ACTIONS, PURCHASE),
        ["Books a trial", "Alpha", "Beta"]
    );
    assert_eq!(cell_titles(&harness, ACTIONS, RETENTION), ["Gamma"]);
}

#[test]
fn esc_on_a_card_opened_by_double_click_adds_nothing() {
    let mut harness = editor(workshop_map(), None);
    start_typing_in(&mut harness, ACTIONS, RETENTION);
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(!card_text_open(&harness));
    assert_eq!(harness.state().document().map().cards.len(), 3);
    assert!(!harness.state().document().is_dirty());
    assert_eq!(harness.state().document().undo_label(), None);
}

#[test]
fn tab_moves_on_to_the_same_lane_in_the_next_stage_and_shift_tab_back() {
    let mut harness = editor(workshop_map(), None);
    start_typing_in(&mut harness, ACTIONS, PURCHASE);
    type_text(&mut harness, "Pays at the desk");
    press(&mut harness, Modifiers::NONE, Key::Tab);
    assert!(
        card_text_open(&harness),
        "Tab opens a card in the next stage"
    );
    type_text(&mut harness, "Comes back weekly");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(
        cell_titles(&harness, ACTIONS, PURCHASE),
        ["Books a trial", "Pays at the desk"]
    );
    assert_eq!(
        cell_titles(&harness, ACTIONS, RETENTION),
        ["Comes back weekly"],
        "one card in each of the two stages"
    );

    start_typing_in(&mut harness, ACTIONS, PURCHASE);
    type_text(&mut harness, "Signs the contract");
    press(&mut harness, Modifiers::SHIFT, Key::Tab);
    assert!(card_text_open(&harness));
    type_text(&mut harness, "Reads reviews");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(
        cell_titles(&harness, ACTIONS, PURCHASE),
        ["Books a trial", "Pays at the desk", "Signs the contract"]
    );
    assert_eq!(
        cell_titles(&harness, ACTIONS, AWARENESS),
        ["Sees a poster", "Asks a friend", "Reads reviews"],
        "Shift+Tab goes to the previous stage"
    );
    assert_eq!(harness.state().document().map().cards.len(), 7);
}

#[test]
fn a_card_typed_into_a_touchpoint_lane_is_a_custom_touchpoint_of_the_stages_phase() {
    let mut harness = editor(workshop_map(), None);
    start_typing_in(&mut harness, TOUCHPOINTS, RETENTION);
    type_text(&mut harness, "Birthday voucher");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    let map = harness.state().document().map();
    let cards: Vec<&Card> = map.cards_in(TOUCHPOINTS, RETENTION).collect();
    assert_eq!(cards.len(), 1);
    assert_eq!(cards[0].title, "Birthday voucher");
    let touchpoint = cards[0].touchpoint.as_ref().expect("a touchpoint card");
    assert_eq!(touchpoint.channel, Channel::Custom);
    assert_eq!(
        map.phase_of(cards[0], touchpoint),
        PurchasePhase::PostPurchase,
        "the stage is post-purchase; a custom touchpoint is pre-purchase by default"
    );
    assert!(!touchpoint.phase_by_hand(), "it follows its stage");
}

#[test]
fn shift_enter_breaks_the_line_instead_of_starting_a_new_card() {
    let mut harness = editor(workshop_map(), None);
    start_typing_in(&mut harness, ACTIONS, RETENTION);
    type_text(&mut harness, "Renews");
    press(&mut harness, Modifiers::SHIFT, Key::Enter);
    assert!(card_text_open(&harness), "still typing the same card");
    type_text(&mut harness, "the membership");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(
        cell_titles(&harness, ACTIONS, RETENTION),
        ["Renews\nthe membership"],
        "one card with two lines"
    );
    assert_eq!(harness.state().document().map().cards.len(), 4);
}

#[test]
fn ctrl_enter_adds_a_card_right_after_the_selected_one_and_opens_it() {
    let mut harness = editor(workshop_map(), None);
    let poster = center_of(&harness, "Sees a poster");
    click(&mut harness, poster);
    assert_eq!(harness.state().canvas().selection(), [CardId(1)]);
    press(&mut harness, Modifiers::COMMAND, Key::Enter);
    assert!(card_text_open(&harness), "the new card is open for typing");
    type_text(&mut harness, "Looks at the website");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(
        cell_titles(&harness, ACTIONS, AWARENESS),
        ["Sees a poster", "Looks at the website", "Asks a friend"]
    );
}

#[test]
fn ctrl_enter_with_nothing_selected_adds_to_the_first_card_lane_of_the_first_stage() {
    let mut harness = editor(workshop_map(), None);
    assert!(harness.state().canvas().selection().is_empty());
    press(&mut harness, Modifiers::COMMAND, Key::Enter);
    assert!(card_text_open(&harness));
    type_text(&mut harness, "Hears an ad");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(
        cell_titles(&harness, ACTIONS, AWARENESS),
        ["Sees a poster", "Asks a friend", "Hears an ad"]
    );
    assert_eq!(harness.state().document().map().cards.len(), 4);
}

#[test]
fn add_card_in_a_cells_menu_adds_to_that_cell() {
    let mut harness = editor(workshop_map(), None);
    let spot = empty_space_in_cell(&mut harness, ACTIONS, RETENTION);
    right_click(&mut harness, spot);
    assert!(harness.query_by_label("Paste").is_some(), "the cell's menu");
    harness.get_by_label("Add card").click();
    harness.run();
    assert!(card_text_open(&harness));
    type_text(&mut harness, "Cancels online");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(
        cell_titles(&harness, ACTIONS, RETENTION),
        ["Cancels online"]
    );
    assert_eq!(harness.state().document().map().cards.len(), 4);
}

#[test]
fn edit_add_card_adds_after_the_selected_card() {
    let mut harness = editor(workshop_map(), None);
    let poster = center_of(&harness, "Sees a poster");
    click(&mut harness, poster);
    menu(&mut harness, "Edit", "Add card");
    assert!(card_text_open(&harness));
    type_text(&mut harness, "Takes a photo of it");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(
        cell_titles(&harness, ACTIONS, AWARENESS),
        ["Sees a poster", "Takes a photo of it", "Asks a friend"]
    );
}

// ---------------------------------------------------------------------------------------------
// Emotion scores
// ---------------------------------------------------------------------------------------------

/// Where `score` of a stage sits on screen in the emotion lane.
fn emotion_on_screen(harness: &mut Harness<'_, EditorApp>, stage: StageId, score: i8) -> Pos2 {
    editor_support::emotion_on_screen(harness, EMOTIONS, stage, score)
}

fn score(harness: &Harness<'_, EditorApp>, stage: StageId) -> Option<i8> {
    let map = harness.state().document().map();
    match &map.lane(EMOTIONS).unwrap().kind {
        LaneKind::Emotion { scores, .. } => scores.get(&stage).copied(),
        _ => unreachable!(),
    }
}

#[test]
fn pressing_in_an_emotion_cell_scores_and_selects_the_point_and_delete_clears_it() {
    let mut harness = editor(workshop_map(), None);
    let spot = emotion_on_screen(&mut harness, PURCHASE, -1);
    click(&mut harness, spot);
    assert_eq!(score(&harness, PURCHASE), Some(-1));
    assert_eq!(
        harness.state().canvas().selected_score(),
        Some((EMOTIONS, PURCHASE)),
        "the point is selected"
    );

    press(&mut harness, Modifiers::NONE, Key::Delete);
    assert_eq!(score(&harness, PURCHASE), None, "Delete clears the score");
    assert_eq!(score(&harness, AWARENESS), Some(1), "only that one");
    undo(&mut harness);
    assert_eq!(score(&harness, PURCHASE), Some(-1), "undo restores it");
}

/// A mouse or touchpad click can press and release within one frame; it scores like a slow one.
#[test]
fn a_quick_click_in_an_emotion_cell_scores_too() {
    let mut harness = editor(workshop_map(), None);
    let spot = emotion_on_screen(&mut harness, RETENTION, 2);
    harness.hover_at(spot);
    harness.run();
    for pressed in [true, false] {
        harness.input_mut().events.push(egui::Event::PointerButton {
            pos: spot,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run();
    assert_eq!(score(&harness, RETENTION), Some(2));
    undo(&mut harness);
    assert_eq!(
        score(&harness, RETENTION),
        None,
        "the click is one undo step"
    );
}

#[test]
fn by_keyboard_alone_the_selected_cards_stage_is_scored_through_the_command_palette() {
    let mut harness = editor(workshop_map(), None);
    let trial = center_of(&harness, "Books a trial");
    click(&mut harness, trial);
    press(&mut harness, Modifiers::COMMAND, Key::K);
    type_text(&mut harness, "very positive");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(
        score(&harness, PURCHASE),
        Some(2),
        "the card's stage is scored"
    );
    assert_eq!(
        harness.state().canvas().selected_score(),
        Some((EMOTIONS, PURCHASE)),
        "and its point selected, so Delete clears it"
    );
    press(&mut harness, Modifiers::NONE, Key::Delete);
    assert_eq!(score(&harness, PURCHASE), None);
}

#[test]
fn an_emotion_points_menu_sets_and_clears_its_score() {
    let mut harness = editor(workshop_map(), None);
    let point = emotion_on_screen(&mut harness, AWARENESS, 1);
    right_click(&mut harness, point);
    assert_eq!(
        score(&harness, AWARENESS),
        Some(1),
        "opening the menu changes nothing"
    );
    for entry in [
        "Very positive (+2)",
        "Positive (+1)",
        "Neutral (0)",
        "Negative (−1)",
        "Very negative (−2)",
        "Clear emotion score",
    ] {
        assert!(
            harness.query_by_label(entry).is_some(),
            "the point's menu offers {entry:?}"
        );
    }
    harness.get_by_label("Very negative (−2)").click();
    harness.run();
    assert_eq!(score(&harness, AWARENESS), Some(-2));
    undo(&mut harness);
    assert_eq!(score(&harness, AWARENESS), Some(1), "one undo step");

    let point = emotion_on_screen(&mut harness, AWARENESS, 1);
    right_click(&mut harness, point);
    harness.get_by_label("Clear emotion score").click();
    harness.run();
    assert_eq!(score(&harness, AWARENESS), None);
    undo(&mut harness);
    assert_eq!(score(&harness, AWARENESS), Some(1), "undo restores it");
}

// ---------------------------------------------------------------------------------------------
// Panels, and a map that stays where it is
// ---------------------------------------------------------------------------------------------

#[test]
fn the_view_menu_and_ctrl_b_show_and_hide_the_palette_and_ctrl_i_the_inspector() {
    let mut harness = editor(workshop_map(), None);
    assert_eq!(harness.state().panels_shown(), (true, true));
    assert!(harness.query_by_label("Website").is_some());

    menu(&mut harness, "View", "Touchpoint palette");
    assert_eq!(harness.state().panels_shown(), (false, true));
    assert!(
        harness.query_by_label("Website").is_none(),
        "the palette is gone"
    );
    menu(&mut harness, "View", "Touchpoint palette");
    assert_eq!(harness.state().panels_shown(), (true, true));
    assert!(harness.query_by_label("Website").is_some());

    press(&mut harness, Modifiers::COMMAND, Key::B);
    assert_eq!(harness.state().panels_shown(), (false, true));
    press(&mut harness, Modifiers::COMMAND, Key::B);
    assert_eq!(harness.state().panels_shown(), (true, true));

    press(&mut harness, Modifiers::COMMAND, Key::I);
    assert_eq!(harness.state().panels_shown(), (true, false));
    assert!(
        harness
            .query_by_label_contains("Click a card to see")
            .is_none(),
        "the inspector is gone"
    );
    press(&mut harness, Modifiers::COMMAND, Key::I);
    assert_eq!(harness.state().panels_shown(), (true, true));
    assert!(
        harness
            .query_by_label_contains("Click a card to see")
            .is_some()
    );
}

/// Checks that `pos_in_map` is still at `pos_on_screen` (within a point) at the zoom `zoom`.
fn assert_held(harness: &Harness<'_, EditorApp>, pos_in_map: Pos2, pos_on_screen: Pos2, zoom: f32) {
    let transform = harness.state().canvas().screen_from_map();
    let now = transform * pos_in_map;
    assert!(
        (now - pos_on_screen).length() <= 1.0,
        "the map under the pointer moved from {pos_on_screen:?} to {now:?}"
    );
    assert!(
        (transform.scaling - zoom).abs() < 1e-4,
        "the zoom changed from {zoom} to {}",
        transform.scaling
    );
}

#[test]
fn hiding_and_showing_the_panels_leaves_the_map_under_the_pointer_where_it_was() {
    let mut harness = editor(workshop_map(), None);
    // Zoomed in a step, so the map is larger than the canvas and could shift.
    press(&mut harness, Modifiers::COMMAND, Key::Plus);
    let pointer = center_of(&harness, "Books a trial");
    harness.hover_at(pointer);
    harness.run();
    let before = harness.state().canvas().screen_from_map();
    let pos_in_map = before.inverse() * pointer;

    for keys in [Key::I, Key::B] {
        let canvas = harness.state().canvas().rect_on_screen();
        press(&mut harness, Modifiers::COMMAND, keys);
        let wider = harness.state().canvas().rect_on_screen();
        assert!(
            wider.width() > canvas.width() + 100.0,
            "the canvas grew into the panel's place: {canvas:?} → {wider:?}"
        );
        assert_held(&harness, pos_in_map, pointer, before.scaling);
        press(&mut harness, Modifiers::COMMAND, keys);
        assert_held(&harness, pos_in_map, pointer, before.scaling);
    }
    assert_eq!(harness.state().panels_shown(), (true, true));
}

#[test]
fn the_first_touchpoint_and_its_legend_do_not_move_the_stage_headers_on_screen() {
    let mut harness = editor(workshop_map(), None);
    let before = layout(&mut harness);
    assert!(before.title.legend.is_empty(), "no touchpoints, no legend");
    let header_before = harness.state().canvas().screen_from_map() * before.stages[0].header;

    let from = center_of(&harness, "Website");
    let to = empty_space_in_cell(&mut harness, TOUCHPOINTS, PURCHASE);
    drag(&mut harness, from, to);
    assert_eq!(
        cell_titles(&harness, TOUCHPOINTS, PURCHASE),
        ["Website"],
        "the touchpoint was dropped"
    );

    let after = layout(&mut harness);
    assert!(!after.title.legend.is_empty(), "the legend appeared");
    assert!(
        after.stages[0].header.top() > before.stages[0].header.top(),
        "the title band grew: the grid moved down on the map"
    );
    let header_after = harness.state().canvas().screen_from_map() * after.stages[0].header;
    assert!(
        (header_after.min - header_before.min).length() <= 1.0
            && (header_after.max - header_before.max).length() <= 1.0,
        "the stage header jumped on screen: {header_before:?} → {header_after:?}"
    );
    let told = rect_of(&harness, "Awareness");
    assert!(
        (told.min - header_before.min).length() <= 1.0,
        "and its widget is still where it was: {header_before:?} → {told:?}"
    );
}

#[test]
fn a_wide_map_opens_readable_at_its_left_edge_and_ctrl_0_shows_all_of_it() {
    let map = journeymap::file::template(MapKind::CurrentState, Lang::En).unwrap();
    assert_eq!(map.stages.len(), 5);
    let mut harness = editor_sized(map, None, vec2(1024.0, 640.0));
    assert_eq!(harness.state().panels_shown(), (true, true));
    let size = layout(&mut harness).size;
    let canvas = harness.state().canvas().rect_on_screen();
    let opened = harness.state().canvas().screen_from_map();
    assert!(
        size.x * opened.scaling > canvas.width(),
        "the map is wider than the canvas: {size:?} at {} in {canvas:?}",
        opened.scaling
    );
    assert!(
        opened.scaling >= 0.7,
        "card text is drawn at the opening zoom: {}",
        opened.scaling
    );
    let left_edge = opened * Pos2::ZERO;
    assert!(
        (left_edge.x - canvas.left()).abs() <= 1.0,
        "the map's left edge {left_edge:?} is at the canvas's left {canvas:?}"
    );

    press(&mut harness, Modifiers::COMMAND, Key::Num0);
    let fitted = harness.state().canvas().screen_from_map();
    assert!(fitted.scaling < 0.7, "fitted: {}", fitted.scaling);
    let whole = fitted * Rect::from_min_size(Pos2::ZERO, size);
    let canvas = harness.state().canvas().rect_on_screen();
    assert!(
        canvas.expand(1.0).contains_rect(whole),
        "the whole map {whole:?} is on the canvas {canvas:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Presenting
// ---------------------------------------------------------------------------------------------

#[test]
fn f5_presents_stage_by_stage_and_esc_brings_back_the_same_view() {
    let mut harness = editor(workshop_map(), None);
    press(&mut harness, Modifiers::COMMAND, Key::Minus);
    let view = harness.state().canvas().screen_from_map();
    let stage = |h: &Harness<'_, EditorApp>| h.state().canvas().presented_stage();

    press(&mut harness, Modifiers::NONE, Key::F5);
    assert!(harness.state().is_presenting());
    assert_eq!(
        harness.state().canvas().presented_slide(),
        Some(Slide::Title),
        "the title view first"
    );
    press(&mut harness, Modifiers::NONE, Key::ArrowLeft);
    assert_eq!(
        harness.state().canvas().presented_slide(),
        Some(Slide::Title),
        "nothing before the title view"
    );
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(stage(&harness), Some(AWARENESS), "then the first stage");
    assert_ne!(
        harness.state().canvas().screen_from_map(),
        view,
        "the stage is framed for the room"
    );
    assert!(
        harness.query_by_label("File").is_none(),
        "no menu bar while presenting"
    );
    for expected in [PURCHASE, RETENTION, RETENTION] {
        press(&mut harness, Modifiers::NONE, Key::ArrowRight);
        assert_eq!(stage(&harness), Some(expected));
    }
    press(&mut harness, Modifiers::NONE, Key::ArrowLeft);
    assert_eq!(stage(&harness), Some(PURCHASE));
    assert!(
        harness.state().canvas().selection().is_empty(),
        "the arrows step stages, not the selection"
    );

    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(!harness.state().is_presenting());
    assert_eq!(stage(&harness), None);
    assert_eq!(
        harness.state().canvas().screen_from_map(),
        view,
        "the view is as it was before presenting"
    );
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn up_and_down_show_more_of_a_tall_stage_while_presenting() {
    let mut harness = editor(workshop_map(), None);
    press(&mut harness, Modifiers::NONE, Key::F5);
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    let framed = harness.state().canvas().screen_from_map();
    press(&mut harness, Modifiers::NONE, Key::ArrowDown);
    let lower = harness.state().canvas().screen_from_map();
    assert!(
        lower.translation.y < framed.translation.y - 10.0,
        "the map moved up to show what is below: {framed:?} → {lower:?}"
    );
    assert!((lower.scaling - framed.scaling).abs() < 1e-6, "no zoom");
    press(&mut harness, Modifiers::NONE, Key::ArrowUp);
    let back = harness.state().canvas().screen_from_map();
    assert!((back.translation - framed.translation).length() < 0.5);
    assert_eq!(
        harness.state().canvas().presented_stage(),
        Some(AWARENESS),
        "up and down do not change the stage"
    );
}

#[test]
fn presenting_starts_at_the_title_view_then_stage_one_even_with_a_card_selected() {
    let mut map = workshop_map();
    map.goal = "Find where trial visitors drop out".into();
    let mut harness = editor(map, None);
    let trial = center_of(&harness, "Books a trial");
    click(&mut harness, trial);
    press(&mut harness, Modifiers::NONE, Key::F5);
    assert!(harness.state().is_presenting());
    assert_eq!(
        harness.state().canvas().presented_slide(),
        Some(Slide::Title)
    );
    let shown = |h: &Harness<'_, EditorApp>, label: &str| h.query_all_by_label(label).count() > 0;
    assert!(shown(&harness, "Workshop"), "the map's title");
    assert!(shown(&harness, "Goal: Find where trial visitors drop out"));
    assert!(!shown(&harness, "1 / 3"), "no stage on the title view");
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(
        harness.state().canvas().presented_stage(),
        Some(AWARENESS),
        "stage 1, not the selected card's"
    );
    assert!(shown(&harness, "1 / 3"));
    press(&mut harness, Modifiers::NONE, Key::Space);
    assert!(shown(&harness, "2 / 3"), "where the presentation is");
    assert!(!shown(&harness, "1 / 3"));
}

#[test]
fn the_hint_how_to_step_and_leave_fades_away() {
    let mut harness = editor(workshop_map(), None);
    press(&mut harness, Modifiers::NONE, Key::F5);
    let hint = "Space or Right arrow: next stage · Left arrow: back · Esc: end the presentation";
    assert!(
        harness.query_all_by_label(hint).count() > 0,
        "the hint at the start"
    );
    // Six seconds of frames.
    harness.run_steps(360);
    assert_eq!(
        harness.query_all_by_label(hint).count(),
        0,
        "gone after a while"
    );
    assert!(harness.state().is_presenting());
}

#[test]
fn the_last_stage_leaves_no_part_of_the_screen_empty() {
    let mut harness = editor(workshop_map(), None);
    press(&mut harness, Modifiers::NONE, Key::F5);
    for _ in 0..3 {
        press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    }
    assert_eq!(harness.state().canvas().presented_stage(), Some(RETENTION));
    let map_size = layout(&mut harness).size;
    let to_screen = harness.state().canvas().screen_from_map();
    let canvas = harness.state().canvas().rect_on_screen();
    let map_on_screen = to_screen * Rect::from_min_size(Pos2::ZERO, map_size);
    assert!(
        map_on_screen.right() >= canvas.right() - 1.0 || map_on_screen.left() >= canvas.left(),
        "the map {map_on_screen:?} reaches the right of the screen {canvas:?}"
    );
    let empty = (canvas.right() - map_on_screen.right()).max(0.0);
    assert!(
        empty < canvas.width() / 10.0,
        "{empty} points empty at the right"
    );
}

/// A card title's height on screen as a share of the screen's, presenting stage 1 in a window
/// of `size`.
fn presented_title_share(size: egui::Vec2) -> f32 {
    let mut harness = editor_sized(workshop_map(), None, size);
    press(&mut harness, Modifiers::NONE, Key::F5);
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    harness.run();
    let zoom = harness.state().canvas().screen_from_map().scaling;
    let canvas = harness.state().canvas().rect_on_screen();
    14.0 * zoom / canvas.height()
}

#[test]
fn presenting_sizes_the_text_to_the_screen_so_a_laptop_reads_like_a_large_screen() {
    let laptop = presented_title_share(vec2(1024.0, 640.0));
    let large = presented_title_share(vec2(1920.0, 1080.0));
    assert!(
        (laptop / large - 1.0).abs() < 0.05,
        "a card title is {laptop:.4} of a laptop's height, {large:.4} of a large screen's"
    );
    assert!(
        laptop > 1.0 / 40.0,
        "large enough for the back row: {laptop:.4}"
    );
}

#[test]
fn a_card_double_clicked_while_presenting_is_typed_into_and_the_first_esc_ends_the_typing() {
    let mut harness = editor(workshop_map(), None);
    press(&mut harness, Modifiers::NONE, Key::F5);
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert!(harness.state().is_presenting());
    let poster = card_on_screen(&mut harness, CardId(1));
    double_click(&mut harness, poster);
    assert!(card_text_open(&harness), "the card is open for typing");
    press(&mut harness, Modifiers::COMMAND, Key::A);
    type_text(&mut harness, "Sees a poster at the gym");

    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(!card_text_open(&harness), "the first Esc ends the typing");
    assert!(harness.state().is_presenting(), "and not the presentation");
    assert_eq!(card(&harness, CardId(1)).title, "Sees a poster at the gym");
    assert_eq!(harness.state().document().map().cards.len(), 3);

    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(!harness.state().is_presenting(), "the second Esc ends it");
    assert_eq!(card(&harness, CardId(1)).title, "Sees a poster at the gym");
}

// ---------------------------------------------------------------------------------------------
// The palette without dragging
// ---------------------------------------------------------------------------------------------

#[test]
fn clicking_a_palette_touchpoint_adds_it_to_the_selected_cards_stage() {
    let mut harness = editor(workshop_map(), None);
    let books = card_on_screen(&mut harness, CardId(3));
    click(&mut harness, books);
    assert_eq!(harness.state().canvas().selection(), [CardId(3)]);
    harness.get_by_label("Online shop checkout").click();
    harness.run();
    let added = cell_cards(&harness, TOUCHPOINTS, PURCHASE);
    assert_eq!(
        added.len(),
        1,
        "one touchpoint in the purchase stage's touchpoint lane"
    );
    let card = card(&harness, added[0]);
    assert_eq!(card.title, "Online shop checkout");
    assert_eq!(
        card.touchpoint.map(|touchpoint| touchpoint.channel),
        Some(Channel::ShopCheckout)
    );
    assert_eq!(
        harness.state().canvas().selection(),
        [card.id],
        "selected for the inspector"
    );
    undo(&mut harness);
    assert!(
        cell_cards(&harness, TOUCHPOINTS, PURCHASE).is_empty(),
        "one undo step"
    );
}
