//! The editor driven like a user: find cards by their text, drag them with the mouse, use the
//! keyboard and the menus, and check the document after each step.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use journeymap::file;
use journeymap::model::{
    CardId, Lane, LaneId, LaneKind, Lang, Map, MapKind, PurchasePhase, Stage, StageId, TextRole,
};
use journeymap::ui::EditorApp;

mod editor_support;
use editor_support::{
    center_of, drag, editor, menu, press_and_move, press_release, rect_of, small_map, submenu,
    text_field, type_into, wait_for_status,
};

fn stage_of(harness: &Harness<'_, EditorApp>, id: u32) -> StageId {
    harness
        .state()
        .document()
        .map()
        .card(CardId(id))
        .unwrap()
        .stage
}

fn cell(harness: &Harness<'_, EditorApp>, stage: u32) -> Vec<u32> {
    let map = harness.state().document().map();
    map.cards_in(LaneId(1), StageId(stage))
        .map(|card| card.id.0)
        .collect()
}

#[test]
fn a_card_dragged_onto_another_stage_moves_there_and_undo_brings_it_back() {
    let mut harness = editor(small_map(), None);
    let from = center_of(&harness, "Sees a poster");
    // Just above the card in the other stage: the moved card goes in front of it.
    let target = rect_of(&harness, "Books a trial");
    let to = egui::pos2(target.center().x, target.top() + 2.0);
    drag(&mut harness, from, to);

    assert_eq!(stage_of(&harness, 1), StageId(2));
    assert_eq!(cell(&harness, 2), [1, 3]);
    assert!(harness.state().document().is_dirty());
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-move-cards")
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        cell(&harness, 1),
        [1, 2],
        "one undo takes back the whole drag"
    );
    assert!(!harness.state().document().is_dirty());

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(cell(&harness, 2), [1, 3]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(cell(&harness, 2), [1, 3], "Ctrl+Y redoes too");
}

#[test]
fn dragging_a_card_below_another_reorders_the_cell() {
    let mut harness = editor(small_map(), None);
    let from = center_of(&harness, "Sees a poster");
    let below = rect_of(&harness, "Asks a friend");
    drag(
        &mut harness,
        from,
        egui::pos2(below.center().x, below.bottom() + 6.0),
    );
    assert_eq!(cell(&harness, 1), [2, 1]);
}

#[test]
fn escape_during_a_drag_puts_the_card_back() {
    let mut harness = editor(small_map(), None);
    let from = center_of(&harness, "Sees a poster");
    let to = center_of(&harness, "Books a trial");
    press_and_move(&mut harness, from, to);
    assert_eq!(
        stage_of(&harness, 1),
        StageId(2),
        "the card follows the mouse"
    );
    harness.key_press(Key::Escape);
    harness.run();
    harness.drop_at(to);
    harness.run();
    assert_eq!(cell(&harness, 1), [1, 2]);
    assert!(!harness.state().document().is_dirty());
    assert_eq!(harness.state().document().undo_label(), None);
}

#[test]
fn dropping_outside_every_lane_cancels_the_move() {
    let mut harness = editor(small_map(), None);
    let from = center_of(&harness, "Sees a poster");
    let title = rect_of(&harness, "Books a trial");
    // Far above the stage headers: the title band holds no cards.
    drag(&mut harness, from, egui::pos2(title.center().x, 60.0));
    assert_eq!(cell(&harness, 1), [1, 2]);
    assert_eq!(harness.state().document().undo_label(), None);
}

#[test]
fn ctrl_s_saves_to_the_file_and_the_saved_map_reopens_as_edited() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journey.ron");
    file::save(&small_map(), &path).unwrap();
    let mut harness = editor(file::load(&path).unwrap(), Some(path.clone()));
    let from = center_of(&harness, "Asks a friend");
    let to = center_of(&harness, "Books a trial");
    drag(&mut harness, from, egui::pos2(to.x, to.y + 40.0));
    assert!(harness.state().document().is_dirty());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(!harness.state().document().is_dirty());
    let reopened = file::load(&path).unwrap();
    assert_eq!(&reopened, harness.state().document().map());
    assert_eq!(reopened.card(CardId(2)).unwrap().stage, StageId(2));
}

#[test]
fn the_edit_menu_names_what_will_be_undone_in_the_chosen_language() {
    let mut harness = editor(small_map(), None);
    let from = center_of(&harness, "Sees a poster");
    let to = center_of(&harness, "Books a trial");
    drag(&mut harness, from, to);
    harness.get_by_label("Edit").click();
    harness.run();
    harness
        .query_by_label_contains("Undo Move cards")
        .expect("the Edit menu names the step")
        .click();
    harness.run();
    assert_eq!(cell(&harness, 1), [1, 2]);

    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("Deutsch").click();
    harness.run();
    assert_eq!(harness.state().lang(), Lang::De);
    harness.get_by_label("Bearbeiten").click();
    harness.run();
    harness
        .query_by_label_contains("Wiederholen: Karten verschieben")
        .expect("the German Edit menu names the step")
        .click();
    harness.run();
    assert_eq!(stage_of(&harness, 1), StageId(2));
}

#[test]
fn a_failed_save_keeps_the_map_and_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gone").join("journey.ron");
    let mut harness = editor(small_map(), Some(path));
    let from = center_of(&harness, "Sees a poster");
    let to = center_of(&harness, "Books a trial");
    drag(&mut harness, from, to);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(harness.state().document().is_dirty(), "nothing was saved");
    assert_eq!(
        stage_of(&harness, 1),
        StageId(2),
        "the change is still there"
    );
    assert!(
        harness.query_by_label_contains("does not exist").is_some(),
        "the status bar says what went wrong"
    );
    assert!(
        harness.query_by_label_contains("Save as").is_some(),
        "and what to do"
    );
}

/// The centre of a cell of the small map, on screen.
fn cell_on_screen(harness: &mut Harness<'_, EditorApp>, lane: u32, stage: u32) -> Pos2 {
    let ctx = harness.ctx.clone();
    let layout = harness.state_mut().layout(&ctx).clone();
    let lane = layout.lanes.iter().find(|l| l.id == LaneId(lane)).unwrap();
    let stage = layout
        .stages
        .iter()
        .find(|s| s.id == StageId(stage))
        .unwrap();
    let cell = egui::Rect::from_x_y_ranges(stage.column.x_range(), lane.body.y_range());
    harness.state().canvas().screen_from_map() * egui::pos2(cell.center().x, cell.bottom() - 8.0)
}

/// The small map with a touchpoint lane (2) below the actions, and the purchase stage (2)
/// marked as the purchase phase.
fn map_with_touchpoints() -> Map {
    let mut map = small_map();
    map.lanes
        .push(Lane::new(LaneId(2), "Touchpoints", LaneKind::Touchpoints));
    map.stages[1].phase = Some(PurchasePhase::Purchase);
    map
}

#[test]
fn a_touchpoint_dragged_into_a_touchpoint_lane_takes_the_stages_phase() {
    let mut harness = editor(map_with_touchpoints(), None);
    let from = harness.get_by_label("Website").rect().center();
    let to = cell_on_screen(&mut harness, 2, 2);
    drag(&mut harness, from, to);

    let map = harness.state().document().map();
    assert_eq!(map.cards.len(), 4);
    let card = map.cards_in(LaneId(2), StageId(2)).last().unwrap();
    assert_eq!(card.title, "Website");
    let touchpoint = card.touchpoint.as_ref().expect("a touchpoint card");
    assert_eq!(touchpoint.channel, journeymap::model::Channel::Website);
    assert_eq!(
        map.phase_of(card, touchpoint),
        PurchasePhase::Purchase,
        "a website is usually pre-purchase, but this stage is the purchase"
    );
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-add-cards")
    );
    assert_eq!(
        harness.state().canvas().selection(),
        [card.id],
        "ready for the inspector"
    );
}

#[test]
fn a_touchpoint_dropped_into_a_text_lane_becomes_a_note_of_that_lane() {
    let mut harness = editor(map_with_touchpoints(), None);
    // Far down the list: found as a user finds it, by searching.
    type_into(&mut harness, "Search touchpoints…", "hotline");
    let from = harness.get_by_label("Phone call / hotline").rect().center();
    let to = cell_on_screen(&mut harness, 1, 2);
    drag(&mut harness, from, to);
    let map = harness.state().document().map();
    let card = map.cards_in(LaneId(1), StageId(2)).last().unwrap();
    assert!(
        card.title.to_lowercase().contains("hotline"),
        "{}",
        card.title
    );
    assert_eq!(card.touchpoint, None, "a note, not a touchpoint");
}

#[test]
fn the_palette_search_and_a_typed_custom_touchpoint() {
    let mut harness = editor(map_with_touchpoints(), None);
    type_into(&mut harness, "Search touchpoints…", "review");
    assert!(harness.query_by_label("Review portal").is_some());
    assert!(harness.query_by_label("Website").is_none(), "filtered out");

    type_into(&mut harness, "Search touchpoints…", "");
    type_into(
        &mut harness,
        "Your own touchpoint…",
        "Stand at the farmers' market",
    );
    let from = harness
        .get_by_label("Stand at the farmers' market")
        .rect()
        .center();
    let to = cell_on_screen(&mut harness, 2, 1);
    drag(&mut harness, from, to);
    let map = harness.state().document().map();
    let card = map.cards_in(LaneId(2), StageId(1)).last().unwrap();
    assert_eq!(card.title, "Stand at the farmers' market");
    assert_eq!(
        card.touchpoint.as_ref().map(|t| t.channel),
        Some(journeymap::model::Channel::Custom)
    );
}

#[test]
fn a_palette_touchpoint_dropped_outside_the_lanes_creates_nothing() {
    let mut harness = editor(small_map(), None);
    let from = harness.get_by_label("Flyer").rect().center();
    let header = cell_on_screen(&mut harness, 1, 2);
    drag(&mut harness, from, egui::pos2(header.x, 50.0));
    assert_eq!(harness.state().document().map().cards.len(), 3);
    assert!(!harness.state().document().is_dirty());
}

fn click_card(harness: &mut Harness<'_, EditorApp>, label: &str, modifiers: Modifiers) {
    let pos = center_of(harness, label);
    harness.hover_at(pos);
    harness.run();
    harness.event(egui::Event::ModifiersChanged(modifiers));
    harness.event(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers,
    });
    harness.event(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers,
    });
    harness.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
}

#[test]
fn the_inspector_edits_the_clicked_card_as_one_step_per_field() {
    let mut harness = editor(small_map(), None);
    click_card(&mut harness, "Sees a poster", Modifiers::NONE);
    assert_eq!(harness.state().canvas().selection(), [CardId(1)]);
    type_into(&mut harness, "Title", "Sees a poster at the bus stop");
    // Leaving the field ends the typing session.
    click_card(&mut harness, "Books a trial", Modifiers::NONE);
    let map = harness.state().document().map();
    assert_eq!(
        map.card(CardId(1)).unwrap().title,
        "Sees a poster at the bus stop"
    );
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-update-card")
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let map = harness.state().document().map();
    assert_eq!(
        map.card(CardId(1)).unwrap().title,
        "Sees a poster",
        "the whole typing is one step"
    );
}

#[test]
fn delete_removes_the_selected_cards_and_ctrl_d_duplicates_them() {
    let mut harness = editor(small_map(), None);
    click_card(&mut harness, "Sees a poster", Modifiers::NONE);
    click_card(&mut harness, "Books a trial", Modifiers::SHIFT);
    assert_eq!(harness.state().canvas().selection(), [CardId(1), CardId(3)]);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::D);
    harness.run();
    assert_eq!(
        cell(&harness, 1),
        [1, 4, 2],
        "the copy sits right after its original"
    );
    assert_eq!(cell(&harness, 2), [3, 5]);
    assert_eq!(
        harness.state().canvas().selection(),
        [CardId(4), CardId(5)],
        "copies selected"
    );
    assert_eq!(
        harness
            .state()
            .document()
            .map()
            .card(CardId(4))
            .unwrap()
            .title,
        "Sees a poster"
    );

    harness.key_press(Key::Delete);
    harness.run();
    assert_eq!(cell(&harness, 1), [1, 2]);
    assert_eq!(cell(&harness, 2), [3]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(cell(&harness, 2), [3, 5], "delete is one undo step");
}

#[test]
fn dragging_one_of_several_selected_cards_moves_them_all() {
    let mut harness = editor(small_map(), None);
    click_card(&mut harness, "Sees a poster", Modifiers::NONE);
    click_card(&mut harness, "Asks a friend", Modifiers::COMMAND);
    let from = center_of(&harness, "Asks a friend");
    let target = rect_of(&harness, "Books a trial");
    drag(
        &mut harness,
        from,
        egui::pos2(target.center().x, target.bottom() + 20.0),
    );
    assert_eq!(cell(&harness, 2), [3, 1, 2]);
    assert!(cell(&harness, 1).is_empty());
}

#[test]
fn typing_delete_in_a_text_field_does_not_delete_cards() {
    let mut harness = editor(small_map(), None);
    click_card(&mut harness, "Sees a poster", Modifiers::NONE);
    text_field(&harness, "Notes").click();
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
    assert_eq!(harness.state().document().map().cards.len(), 3);
}

#[test]
fn export_png_from_the_file_menu_writes_the_picture_the_cli_writes() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("slide.png");
    let mut harness = editor(small_map(), None);
    submenu(&mut harness, "File", "Export", "Export picture (PNG)…");
    type_into(&mut harness, "File path", png.to_str().unwrap());
    harness.get_by_label("1×").click();
    harness.run();
    harness.get_by_label("Export").click();
    wait_for_status(&mut harness, "Exported slide.png");

    let written = std::fs::read(&png).expect("the picture was written");
    let expected = journeymap::export::Exporter::export(
        &journeymap::export::png::PngExporter {
            options: journeymap::export::RenderOptions {
                scale: 1.0,
                transparent: false,
            },
            photo: None,
            heat: None,
        },
        &small_map(),
    )
    .unwrap();
    assert!(
        written == expected,
        "the editor's export equals the command line's"
    );
    assert!(
        harness
            .query_by_label_contains("Exported slide.png")
            .is_some()
    );
}

#[test]
fn a_new_map_starts_from_the_chosen_kind_and_language() {
    let mut harness = editor(small_map(), None);
    menu(&mut harness, "File", "New map…");
    harness.get_by_label("Service blueprint").click();
    harness.run();
    harness.get_by_label("Deutsch").click();
    harness.run();
    harness.get_by_label("Create").click();
    harness.run();
    let map = harness.state().document().map();
    assert_eq!((map.kind, map.lang), (MapKind::ServiceBlueprint, Lang::De));
    assert!(
        map.lanes
            .iter()
            .any(|lane| lane.title == "Sichtbarkeitslinie")
    );
    assert!(harness.state().path().is_none());
}

#[test]
fn a_new_map_opens_beside_a_map_with_unsaved_changes_which_keeps_them() {
    let mut harness = editor(small_map(), None);
    let from = center_of(&harness, "Sees a poster");
    let to = center_of(&harness, "Books a trial");
    drag(&mut harness, from, to);
    menu(&mut harness, "File", "New map…");
    assert!(
        harness.query_by_label("Save your changes?").is_none(),
        "nothing is replaced, so nothing to ask"
    );
    harness.get_by_label("Create").click();
    harness.run();
    assert_eq!(harness.state().tab_count(), 2);
    assert!(
        !harness.state().document().is_dirty(),
        "the new map is shown"
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::PageUp);
    harness.run();
    assert_eq!(stage_of(&harness, 1), StageId(2), "the change is kept");
    assert!(harness.state().document().is_dirty());
}

#[test]
fn map_info_edits_title_goal_and_persona() {
    let mut harness = editor(small_map(), None);
    menu(&mut harness, "File", "Map info…");
    type_into(&mut harness, "Title", "Fitness studio sign-up");
    type_into(&mut harness, "Goals (one per line)", "Get fit\nMeet people");
    harness.get_by_label("Close").click();
    harness.run();
    let map = harness.state().document().map();
    assert_eq!(map.title, "Fitness studio sign-up");
    assert_eq!(map.persona.goals, ["Get fit", "Meet people"]);
    assert!(
        harness.query_by_label("Map info").is_none(),
        "the window closed"
    );
}

/// The small map with an emotion lane (lane 2) under the actions: stage 1 rated +1, stage 2
/// unrated.
fn map_with_emotions() -> Map {
    let mut map = small_map();
    map.lanes.push(Lane::new(
        LaneId(2),
        "Emotions",
        LaneKind::Emotion {
            personas: std::collections::BTreeMap::new(),
            scores: [(StageId(1), 1)].into(),
        },
    ));
    map
}

/// Where a score of a stage's emotion point sits on screen.
fn emotion_on_screen(harness: &mut Harness<'_, EditorApp>, stage: u32, score: i8) -> Pos2 {
    let ctx = harness.ctx.clone();
    let layout = harness.state_mut().layout(&ctx).clone();
    let body = layout
        .lanes
        .iter()
        .find(|l| l.id == LaneId(2))
        .unwrap()
        .body;
    let x = layout
        .stages
        .iter()
        .find(|s| s.id == StageId(stage))
        .unwrap()
        .column
        .center()
        .x;
    let y = journeymap::layout::curve::score_y(body, score);
    harness.state().canvas().screen_from_map() * egui::pos2(x, y)
}

fn score(harness: &Harness<'_, EditorApp>, stage: u32) -> Option<i8> {
    let map = harness.state().document().map();
    match &map.lane(LaneId(2)).unwrap().kind {
        LaneKind::Emotion { scores, .. } => scores.get(&StageId(stage)).copied(),
        _ => unreachable!(),
    }
}

#[test]
fn dragging_an_emotion_point_sets_its_score_as_one_step() {
    let mut harness = editor(map_with_emotions(), None);
    let from = emotion_on_screen(&mut harness, 1, 1);
    let to = emotion_on_screen(&mut harness, 1, -2);
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=5 {
        harness.hover_at(from + (to - from) * (step as f32 / 5.0));
        harness.run();
    }
    assert_eq!(
        score(&harness, 1),
        Some(-2),
        "the curve follows while dragging"
    );
    harness.drop_at(to);
    harness.run();
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-set-emotion")
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(score(&harness, 1), Some(1), "one undo for the whole drag");
}

#[test]
fn clicking_in_an_unrated_stage_rates_it() {
    let mut harness = editor(map_with_emotions(), None);
    let top = emotion_on_screen(&mut harness, 2, 2);
    harness.hover_at(top);
    harness.run();
    harness.get_by_label("Emotion at Purchase");
    harness.event(egui::Event::PointerButton {
        pos: top,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.event(egui::Event::PointerButton {
        pos: top,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run();
    assert_eq!(score(&harness, 2), Some(2));
}

/// Replaces the text of the in-place title editor, which has the keyboard focus.
fn retype_in_place(harness: &mut Harness<'_, EditorApp>, text: &str) {
    assert!(
        harness
            .query_by_role_and_label(egui::Role::MultilineTextInput, "Rename")
            .is_some(),
        "the title editor is open"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run();
}

#[test]
fn double_click_edits_a_card_in_place_enter_keeps_it_and_esc_ends() {
    let mut harness = editor(small_map(), None);
    let card = center_of(&harness, "Sees a poster");
    press_release(&mut harness, card, egui::PointerButton::Primary, 2);
    retype_card(&mut harness, "Sees a poster at the station");
    harness.key_press(Key::Enter);
    harness.run();
    let title = |h: &Harness<'_, EditorApp>| {
        h.state()
            .document()
            .map()
            .card(CardId(1))
            .unwrap()
            .title
            .clone()
    };
    assert_eq!(title(&harness), "Sees a poster at the station");
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-update-card")
    );
    // Enter opened the next card below; Esc leaves it uncreated.
    assert!(text_field_open(&harness), "a new card waits for its text");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!text_field_open(&harness));
    assert_eq!(cell(&harness, 1), [1, 2], "no empty card was added");

    let card = center_of(&harness, "Sees a poster at the station");
    press_release(&mut harness, card, egui::PointerButton::Primary, 2);
    retype_card(&mut harness, "something else");
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(
        title(&harness),
        "something else",
        "Esc ends typing, keeping it"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(title(&harness), "Sees a poster at the station", "one step");
}

/// Whether a card's text is being typed in place.
fn text_field_open(harness: &Harness<'_, EditorApp>) -> bool {
    harness
        .query_by_role_and_label(egui::Role::MultilineTextInput, "Card text")
        .is_some()
}

/// Replaces the text of the card being typed into, which has the keyboard focus.
fn retype_card(harness: &mut Harness<'_, EditorApp>, text: &str) {
    assert!(
        text_field_open(harness),
        "the card's text is open for typing"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run();
}

#[test]
fn stage_headers_rename_on_double_click_and_their_menu_adds_and_deletes() {
    let mut harness = editor(small_map(), None);
    let header = center_of(&harness, "Awareness");
    press_release(&mut harness, header, egui::PointerButton::Primary, 2);
    retype_in_place(&mut harness, "Aufmerksamkeit");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().document().map().stages[0].title,
        "Aufmerksamkeit"
    );

    let header = center_of(&harness, "Purchase");
    press_release(&mut harness, header, egui::PointerButton::Secondary, 1);
    harness.get_by_label("Add stage before").click();
    harness.run();
    let titles: Vec<_> = harness
        .state()
        .document()
        .map()
        .stages
        .iter()
        .map(|s| s.title.clone())
        .collect();
    assert_eq!(titles, ["Aufmerksamkeit", "New stage", "Purchase"]);
    // The map grew to the right: show all of it again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();

    let header = center_of(&harness, "Purchase");
    press_release(&mut harness, header, egui::PointerButton::Secondary, 1);
    harness.get_by_label("Delete stage and its cards").click();
    harness.run();
    let map = harness.state().document().map();
    assert_eq!(map.stages.len(), 2);
    assert!(
        map.card(CardId(3)).is_none(),
        "the stage's card went with it"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        harness.state().document().map().card(CardId(3)).is_some(),
        "undo brings both back"
    );
}

#[test]
fn the_lane_menu_adds_a_lane_of_a_chosen_kind() {
    let mut harness = editor(small_map(), None);
    let label = center_of(&harness, "Actions");
    press_release(&mut harness, label, egui::PointerButton::Secondary, 1);
    harness.get_by_label("Add lane below").click();
    harness.run();
    harness.get_by_label("Emotions").click();
    harness.run();
    let map = harness.state().document().map();
    assert_eq!(map.lanes.len(), 2);
    assert!(matches!(map.lanes[1].kind, LaneKind::Emotion { .. }));
}

#[test]
fn dragging_a_cards_handle_to_another_card_connects_them_and_a_clicked_arrow_deletes() {
    let mut harness = editor(small_map(), None);
    click_card(&mut harness, "Sees a poster", Modifiers::NONE);
    let card = rect_of(&harness, "Sees a poster");
    // The handle sits in the middle of the selected card's bottom edge.
    let handle = card.center_bottom();
    let target = center_of(&harness, "Books a trial");
    drag(&mut harness, handle, target);
    let connection = journeymap::model::Connection {
        from: CardId(1),
        to: CardId(3),
    };
    assert_eq!(
        harness.state().document().map().connections,
        std::slice::from_ref(&connection)
    );
    assert_eq!(cell(&harness, 1), [1, 2], "the card itself did not move");

    let ctx = harness.ctx.clone();
    let arrow = harness.state_mut().layout(&ctx).arrows[0].points.clone();
    let middle = harness.state().canvas().screen_from_map() * arrow[arrow.len() / 2];
    press_release(&mut harness, middle, egui::PointerButton::Primary, 1);
    assert_eq!(
        harness.state().canvas().selected_connection(),
        Some(&connection)
    );
    harness.key_press(Key::Delete);
    harness.run();
    assert!(harness.state().document().map().connections.is_empty());
    assert_eq!(
        harness.state().document().map().cards.len(),
        3,
        "only the arrow went"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().document().map().connections.len(), 1);
}

fn start_screen() -> Harness<'static, EditorApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(|cc| {
            let mut app = EditorApp::start(&cc.egui_ctx, None);
            app.set_lang(Lang::En);
            app
        });
    harness.run();
    harness
}

#[test]
fn the_start_screen_offers_the_four_kinds_and_opens_a_new_map() {
    let mut harness = start_screen();
    assert!(harness.state().is_on_start_screen());
    assert!(
        harness.query_by_label("Website").is_none(),
        "no palette before a map is open"
    );
    for kind in [
        "Current state",
        "Day in the life",
        "Future state",
        "Service blueprint",
    ] {
        assert!(
            harness
                .query_by_role_and_label(egui::Role::Button, kind)
                .is_some(),
            "{kind} is offered"
        );
    }
    harness
        .get_by_role_and_label(egui::Role::Button, "Day in the life")
        .click();
    harness.run();
    assert!(!harness.state().is_on_start_screen());
    assert_eq!(harness.state().document().map().kind, MapKind::DayInTheLife);
    assert!(
        harness.query_by_label("Website").is_some(),
        "the palette is there now"
    );
}

#[test]
fn the_start_screen_opens_a_bundled_example_and_remembers_saved_files() {
    let mut harness = start_screen();
    assert!(
        harness
            .query_by_label("Maps you open or save appear here.")
            .is_some()
    );
    harness
        .query_all_by_label_contains("Pulse Fitness")
        .find(|node| node.accesskit_node().role() == egui::Role::Link)
        .expect("the fitness example is offered")
        .click();
    harness.run();
    let map = harness.state().document().map();
    assert!(map.title.starts_with("Pulse Fitness"));
    assert!(
        harness.state().path().is_none(),
        "an example is saved somewhere new"
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fitness.ron");
    assert!(harness.state_mut().save_to(path.clone()));
    assert_eq!(harness.state().recent(), [path]);
}

/// What the editor put on the clipboard in its last frame.
fn copied_text(harness: &Harness<'_, EditorApp>) -> Option<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|command| match command {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
}

#[test]
fn copied_cards_paste_after_the_selected_card_and_into_another_map() {
    let mut harness = editor(small_map(), None);
    click_card(&mut harness, "Sees a poster", Modifiers::NONE);
    harness.event(egui::Event::Copy);
    harness.step();
    let text = copied_text(&harness).expect("the card went to the clipboard");
    assert!(text.contains("Sees a poster"));
    harness.run();

    click_card(&mut harness, "Books a trial", Modifiers::NONE);
    harness.event(egui::Event::Paste(text.clone()));
    harness.run();
    assert_eq!(
        cell(&harness, 2),
        [3, 4],
        "pasted after the selected card, with a new id"
    );
    assert_eq!(harness.state().canvas().selection(), [CardId(4)]);
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-add-cards")
    );

    // Another map without that lane: the card lands in its first card lane and stage.
    let mut other = Map::empty(MapKind::FutureState, Lang::En);
    other.stages = vec![Stage::new(StageId(7), "Later")];
    other.lanes = vec![Lane::new(
        LaneId(9),
        "Ideas",
        LaneKind::Text(TextRole::Ideas),
    )];
    let mut second = editor(other, None);
    second.event(egui::Event::Paste(text));
    second.run();
    let pasted = &second.state().document().map().cards;
    assert_eq!(pasted.len(), 1);
    assert_eq!((pasted[0].lane, pasted[0].stage), (LaneId(9), StageId(7)));
    assert_eq!(pasted[0].title, "Sees a poster");

    // Other text becomes a card per line after the selected (just pasted) card.
    second.event(egui::Event::Paste("just some words".into()));
    second.run();
    let titles: Vec<&str> = second
        .state()
        .document()
        .map()
        .cards
        .iter()
        .map(|card| card.title.as_str())
        .collect();
    assert_eq!(titles, ["Sees a poster", "just some words"]);
}

#[test]
fn shift_drag_draws_a_rubber_band_that_selects_the_cards_it_touches() {
    let mut harness = editor(small_map(), None);
    let first = rect_of(&harness, "Sees a poster");
    let second = rect_of(&harness, "Asks a friend");
    // From empty space left of the cards, across both of them.
    let from = egui::pos2(first.left() - 5.0, first.top() - 5.0);
    let to = egui::pos2(second.center().x, second.bottom() - 2.0);
    harness.event(egui::Event::ModifiersChanged(Modifiers::SHIFT));
    harness.run();
    drag(&mut harness, from, to);
    harness.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
    assert_eq!(harness.state().canvas().selection(), [CardId(1), CardId(2)]);
    assert_eq!(cell(&harness, 1), [1, 2], "nothing moved");
}

#[test]
fn a_plain_drag_on_empty_space_pans_and_ctrl_0_fits_the_map_again() {
    let mut harness = editor(small_map(), None);
    let before = harness.state().canvas().scene_rect().unwrap();
    let card = rect_of(&harness, "Books a trial");
    let empty = egui::pos2(card.center().x, card.bottom() + 30.0);
    drag(&mut harness, empty, empty + egui::vec2(-80.0, -40.0));
    let panned = harness.state().canvas().scene_rect().unwrap();
    assert!(
        panned.min.x > before.min.x + 1.0,
        "the view moved: {before:?} → {panned:?}"
    );
    assert_eq!(
        harness.state().document().undo_label(),
        None,
        "panning is not an edit"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    let fitted = harness.state().canvas().scene_rect().unwrap();
    assert!(
        (fitted.center() - before.center()).length() < 1.0,
        "the whole map is centred again: {before:?} vs {fitted:?}"
    );
}
