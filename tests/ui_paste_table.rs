//! A block copied from a spreadsheet, pasted onto the map like a user: the preview shows what
//! it will create (new stages and lanes marked), adding is one undo step, and Cancel changes
//! nothing. The clipboard's HTML table is handed over through the editor's clipboard source,
//! as the window reads it from the system clipboard.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::Role;
use egui::{Key, Modifiers, PointerButton};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::model::{
    Card, CardId, Lane, LaneId, LaneKind, Lang, Map, MapKind, Stage, StageId, TextRole,
};
use journeymap::ui::{ClipboardSource, EditorApp};

mod editor_support;
use editor_support::{card_on_screen, cell_titles, editor, press, press_release, undo};

const ACTIONS: LaneId = LaneId(1);
const AWARENESS: StageId = StageId(1);

/// One stage (Awareness) and one lane of actions with "Sees a poster" in it.
fn map() -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::En);
    map.title = "Paste".into();
    map.stages = vec![Stage::new(AWARENESS, "Awareness")];
    map.lanes = vec![Lane::new(
        ACTIONS,
        "Actions",
        LaneKind::Text(TextRole::Actions),
    )];
    map.cards = vec![Card::new(CardId(1), ACTIONS, AWARENESS, "Sees a poster")];
    map
}

/// A journey drawn in a spreadsheet: stages across, lanes down, a cell of two lines. What
/// Calc puts on the clipboard as text (a cell with a line break in quotes).
const GRID_TSV: &str = "\tAwareness\tConsideration\n\
                        Actions\tReads a flyer\tCompares prices\n\
                        Feelings\tCurious\t\"Unsure\nOverwhelmed\"\n";

/// The same block as the HTML table Calc puts beside the text.
const GRID_HTML: &str = "<html><body><table>\
    <tr><td></td><td>Awareness</td><td>Consideration</td></tr>\
    <tr><td>Actions</td><td>Reads a flyer</td><td>Compares prices</td></tr>\
    <tr><td>Feelings</td><td>Curious</td><td>Unsure<br>Overwhelmed</td></tr>\
    </table></body></html>";

fn select_card(harness: &mut Harness<'_, EditorApp>, id: CardId) {
    let pos = card_on_screen(harness, id);
    press_release(harness, pos, PointerButton::Primary, 1);
}

/// The clipboard's text arriving, as Ctrl+V hands it over.
fn paste(harness: &mut Harness<'_, EditorApp>, text: &str) {
    harness.event(egui::Event::Paste(text.to_owned()));
    harness.run();
}

fn status(harness: &Harness<'_, EditorApp>) -> String {
    harness.state().status_text().unwrap_or_default().to_owned()
}

fn stage_titles(harness: &Harness<'_, EditorApp>) -> Vec<String> {
    let map = harness.state().document().map();
    map.stages.iter().map(|stage| stage.title.clone()).collect()
}

fn lane_titles(harness: &Harness<'_, EditorApp>) -> Vec<String> {
    let map = harness.state().document().map();
    map.lanes.iter().map(|lane| lane.title.clone()).collect()
}

/// The cards of the lane and stage called so, by title.
fn titles_in(harness: &Harness<'_, EditorApp>, lane: &str, stage: &str) -> Vec<String> {
    let map = harness.state().document().map();
    let lane = map.lanes.iter().find(|l| l.title == lane).unwrap().id;
    let stage = map.stages.iter().find(|s| s.title == stage).unwrap().id;
    cell_titles(harness, lane, stage)
}

/// Pastes the grid, checks the preview and adds it; returns the harness.
fn paste_grid_and_add(clipboard: ClipboardSource) -> Harness<'static, EditorApp> {
    let mut harness = editor(map(), None);
    harness.state_mut().set_clipboard(clipboard);
    select_card(&mut harness, CardId(1));
    paste(&mut harness, GRID_TSV);

    // The preview, before anything changes: the new stage and the new lane marked "new".
    assert_eq!(
        harness.state().document().map().cards.len(),
        1,
        "nothing yet"
    );
    assert!(harness.query_by_label("Paste a table").is_some());
    assert!(harness.query_by_label("Consideration").is_some());
    assert!(harness.query_by_label("Feelings").is_some());
    assert_eq!(
        harness.query_all_by_label("new").count(),
        2,
        "one new stage and one new lane"
    );
    assert!(
        harness
            .query_by_label("This adds 5 cards, one new stage, one new lane.")
            .is_some()
    );
    harness.get_by_label("Add 5 cards").click();
    harness.run();
    harness
}

#[test]
fn a_grid_pasted_onto_a_card_creates_its_stages_lanes_and_cards_as_one_undo_step() {
    let mut harness = paste_grid_and_add(ClipboardSource::TextOnly);
    assert!(harness.query_by_label("Paste a table").is_none(), "closed");
    assert_eq!(stage_titles(&harness), ["Awareness", "Consideration"]);
    assert_eq!(lane_titles(&harness), ["Actions", "Feelings"]);
    assert_eq!(
        titles_in(&harness, "Actions", "Awareness"),
        ["Sees a poster", "Reads a flyer"],
        "an existing stage and lane are reused by name"
    );
    assert_eq!(
        titles_in(&harness, "Feelings", "Consideration"),
        ["Unsure", "Overwhelmed"],
        "each line of a cell is a card"
    );
    assert_eq!(
        harness.state().canvas().selection().len(),
        5,
        "the new cards"
    );
    assert!(
        status(&harness).contains("Added 5 cards, one new stage, one new lane."),
        "{}",
        status(&harness)
    );

    undo(&mut harness);
    assert_eq!(
        harness.state().document().map(),
        &map(),
        "one undo takes it all back"
    );
}

#[test]
fn the_clipboards_html_table_gives_the_same_cards_as_its_text() {
    let from_text = paste_grid_and_add(ClipboardSource::TextOnly);
    let from_html = paste_grid_and_add(ClipboardSource::Html(GRID_HTML.into()));
    assert_eq!(
        from_html.state().document().map(),
        from_text.state().document().map()
    );
}

#[test]
fn the_html_table_is_read_even_when_the_text_has_no_tabs() {
    // Google Sheets in some browsers puts only the rows' text beside the table.
    let mut harness = editor(map(), None);
    harness
        .state_mut()
        .set_clipboard(ClipboardSource::Html(GRID_HTML.into()));
    select_card(&mut harness, CardId(1));
    paste(
        &mut harness,
        "Awareness Consideration\nActions Reads a flyer",
    );
    assert!(harness.query_by_label("Add 5 cards").is_some());
}

#[test]
fn cancel_and_escape_change_nothing() {
    let mut harness = editor(map(), None);
    select_card(&mut harness, CardId(1));
    paste(&mut harness, GRID_TSV);
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Paste a table").is_none());
    assert_eq!(harness.state().document().map(), &map());
    assert!(!harness.state().document().is_dirty());

    paste(&mut harness, GRID_TSV);
    assert!(harness.query_by_label("Paste a table").is_some());
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.query_by_label("Paste a table").is_none());
    assert_eq!(harness.state().document().map(), &map());
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn a_list_with_german_headers_maps_its_columns_in_the_german_editor() {
    let mut harness = editor(map(), None);
    harness.state_mut().set_lang(Lang::De);
    select_card(&mut harness, CardId(1));
    paste(
        &mut harness,
        "Phase\tZeile\tTitel\tNotizen\n\
         Awareness\tActions\tSieht eine Anzeige\tIm Bus\n\
         Kauf\tActions\tBestellt online\t\n",
    );
    assert!(harness.query_by_label("Tabelle einfügen").is_some());
    // The columns' meanings, guessed from the German headers, in the pickers.
    for (column, meaning) in [
        ("Spalte A", "Phase"),
        ("Spalte B", "Zeile"),
        ("Spalte C", "Titel"),
        ("Spalte D", "Notizen"),
    ] {
        let picker = harness.get_by_role_and_label(Role::ComboBox, column);
        assert_eq!(
            picker.value().as_deref(),
            Some(meaning),
            "{column} holds {meaning}"
        );
    }
    harness.get_by_label("2 Karten hinzufügen").click();
    harness.run();
    assert_eq!(stage_titles(&harness), ["Awareness", "Kauf"]);
    assert_eq!(
        titles_in(&harness, "Actions", "Awareness"),
        ["Sees a poster", "Sieht eine Anzeige"]
    );
    let map = harness.state().document().map();
    let card = map
        .cards
        .iter()
        .find(|card| card.title == "Sieht eine Anzeige")
        .unwrap();
    assert_eq!(card.notes, "Im Bus");
    assert_eq!(titles_in(&harness, "Actions", "Kauf"), ["Bestellt online"]);
}

#[test]
fn what_cannot_be_placed_is_listed_with_the_reason() {
    let mut harness = editor(map(), None);
    select_card(&mut harness, CardId(1));
    // A card under a column without a stage name has no stage to go to.
    paste(
        &mut harness,
        "\tAwareness\t\nActions\tReads a flyer\tLost card\n",
    );
    assert!(
        harness
            .query_by_label_contains("Not placed or not understood: one item")
            .is_some(),
        "the unplaced card is counted"
    );
    assert!(
        harness.query_by_label_contains("Lost card").is_some(),
        "and listed by its text"
    );
    harness.get_by_label("Add one card").click();
    harness.run();
    assert_eq!(
        titles_in(&harness, "Actions", "Awareness"),
        ["Sees a poster", "Reads a flyer"]
    );
}
