//! Plain text pasted onto the map, driven like a user: a list copied from a mail or a document
//! becomes one card per line where the user pastes it, as one undo step.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::PointerButton;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::model::{
    Card, CardId, Channel, Lane, LaneId, LaneKind, Lang, Map, MapKind, Setting, Stage, StageId,
    TextRole, Touchpoint,
};
use journeymap::ui::EditorApp;

mod editor_support;
use editor_support::{
    card_on_screen, cell_titles, editor, empty_space_in_cell, menu, press_release, undo,
};

const ACTIONS: LaneId = LaneId(1);
const TOUCHPOINTS: LaneId = LaneId(2);
const AWARENESS: StageId = StageId(1);
const PURCHASE: StageId = StageId(2);

/// Two stages, a lane of actions ("Sees a poster", "Asks a friend" in Awareness) and a lane of
/// touchpoints ("Poster" in Awareness, nothing in Purchase).
fn map() -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::En);
    map.title = "Paste".into();
    map.stages = vec![
        Stage::new(AWARENESS, "Awareness"),
        Stage::new(PURCHASE, "Purchase"),
    ];
    map.lanes = vec![
        Lane::new(ACTIONS, "Actions", LaneKind::Text(TextRole::Actions)),
        Lane::new(TOUCHPOINTS, "Touchpoints", LaneKind::Touchpoints),
    ];
    let mut poster = Card::new(CardId(3), TOUCHPOINTS, AWARENESS, "Poster");
    poster.touchpoint = Some(Touchpoint::of(Channel::Poster));
    map.cards = vec![
        Card::new(CardId(1), ACTIONS, AWARENESS, "Sees a poster"),
        Card::new(CardId(2), ACTIONS, AWARENESS, "Asks a friend"),
        poster,
    ];
    map
}

fn click_card(harness: &mut Harness<'_, EditorApp>, id: CardId) {
    let pos = card_on_screen(harness, id);
    press_release(harness, pos, PointerButton::Primary, 1);
}

/// The clipboard's text arriving, as Ctrl+V (or the window after Edit ▸ Paste) hands it over.
fn paste(harness: &mut Harness<'_, EditorApp>, text: &str) {
    harness.event(egui::Event::Paste(text.to_owned()));
    harness.run();
}

fn status(harness: &Harness<'_, EditorApp>) -> String {
    harness.state().status_text().unwrap_or_default().to_owned()
}

#[test]
fn pasted_lines_become_cards_after_the_selected_card_and_one_undo_takes_them_back() {
    let mut harness = editor(map(), None);
    click_card(&mut harness, CardId(1));
    paste(
        &mut harness,
        "- Reads the flyer\r\n\r\n  * Calls the shop  \r\n3. Visits the website\r\n",
    );
    assert_eq!(
        cell_titles(&harness, ACTIONS, AWARENESS),
        [
            "Sees a poster",
            "Reads the flyer",
            "Calls the shop",
            "Visits the website",
            "Asks a friend"
        ],
        "one card per line, in order, right after the selected card"
    );
    let new: Vec<CardId> = harness
        .state()
        .document()
        .map()
        .cards_in(ACTIONS, AWARENESS)
        .skip(1)
        .take(3)
        .map(|card| card.id)
        .collect();
    assert_eq!(harness.state().canvas().selection(), new, "the new cards");
    assert!(
        status(&harness).contains("Pasted 3 cards"),
        "{}",
        status(&harness)
    );

    undo(&mut harness);
    assert_eq!(
        cell_titles(&harness, ACTIONS, AWARENESS),
        ["Sees a poster", "Asks a friend"],
        "one undo step removes every pasted card"
    );
    assert_eq!(harness.state().document().map().cards.len(), 3);
}

#[test]
fn a_tab_separated_block_opens_the_table_preview_instead_of_joining_its_cells() {
    let mut harness = editor(map(), None);
    click_card(&mut harness, CardId(1));
    paste(&mut harness, "\tAwareness\nActions\tReads the flyer\n");
    assert!(
        harness.query_by_label("Paste a table").is_some(),
        "a spreadsheet block is shown first"
    );
    assert_eq!(
        cell_titles(&harness, ACTIONS, AWARENESS),
        ["Sees a poster", "Asks a friend"],
        "nothing is added before the user says so"
    );
    harness.get_by_label("Add one card").click();
    harness.run();
    assert_eq!(
        cell_titles(&harness, ACTIONS, AWARENESS),
        ["Sees a poster", "Asks a friend", "Reads the flyer"],
        "the row's cells are a lane, a stage and a card, not one card of joined cells"
    );
}

#[test]
fn with_nothing_selected_a_paste_asks_for_a_place_and_changes_nothing() {
    let mut harness = editor(map(), None);
    paste(&mut harness, "Reads the flyer\nCalls the shop");
    assert_eq!(harness.state().document().map().cards.len(), 3);
    assert!(
        status(&harness).contains("Select a card or a cell first"),
        "{}",
        status(&harness)
    );
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn lines_pasted_into_a_touchpoint_cell_from_its_menu_become_touchpoints() {
    let mut harness = editor(map(), None);
    let spot = empty_space_in_cell(&mut harness, TOUCHPOINTS, PURCHASE);
    press_release(&mut harness, spot, PointerButton::Secondary, 1);
    harness.get_by_label("Paste").click();
    harness.run();
    paste(&mut harness, "Order app\nMarket stall\n");
    assert_eq!(
        cell_titles(&harness, TOUCHPOINTS, PURCHASE),
        ["Order app", "Market stall"]
    );
    let map = harness.state().document().map();
    let kinds: Vec<_> = map
        .cards_in(TOUCHPOINTS, PURCHASE)
        .map(|card| card.touchpoint.as_ref().map(|t| (t.channel, t.setting)))
        .collect();
    assert_eq!(
        kinds,
        [
            Some((Channel::Custom, Setting::Online)),
            Some((Channel::Custom, Setting::Offline))
        ]
    );
}

#[test]
fn edit_paste_puts_lines_after_the_selected_touchpoint() {
    let mut harness = editor(map(), None);
    click_card(&mut harness, CardId(3));
    menu(&mut harness, "Edit", "Paste");
    paste(&mut harness, "Newsletter");
    assert_eq!(
        cell_titles(&harness, TOUCHPOINTS, AWARENESS),
        ["Poster", "Newsletter"]
    );
    assert!(status(&harness).contains("Pasted one card"));
}

#[test]
fn a_paste_of_too_many_lines_is_refused_whole_and_says_why() {
    let mut harness = editor(map(), None);
    click_card(&mut harness, CardId(2));
    paste(&mut harness, &"A card\n".repeat(5_001));
    assert_eq!(harness.state().document().map().cards.len(), 3);
    assert!(
        status(&harness).contains("5001 lines"),
        "{}",
        status(&harness)
    );
    assert_eq!(harness.state().document().undo_label(), None);
}
