//! File ▸ Import and File ▸ Export ▸ Mermaid, driven like a user: a table opens the preview
//! and becomes a new, unsaved map; a Mermaid journey opens at once; a broken one says which
//! line is wrong and leaves the open map alone; an exported Mermaid file imports back.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::model::Map;
use journeymap::ui::EditorApp;

mod editor_support;
use editor_support::{editor, menu, small_map, submenu, type_into, wait_for_status};

/// Imports `path` through File ▸ Import…, typing its path as a user would.
fn import_from_menu(harness: &mut Harness<'_, EditorApp>, path: &Path) {
    menu(harness, "File", "Import…");
    assert!(
        harness
            .query_by_label("Import a table or a Mermaid journey")
            .is_some()
    );
    type_into(harness, "File path", path.to_str().unwrap());
    harness.get_by_label("Import").click();
    harness.run();
}

fn shown<'a>(harness: &'a Harness<'_, EditorApp>) -> &'a Map {
    harness.state().document().map()
}

fn stage_titles(map: &Map) -> Vec<String> {
    map.stages.iter().map(|stage| stage.title.clone()).collect()
}

fn card_titles(map: &Map) -> Vec<String> {
    map.cards.iter().map(|card| card.title.clone()).collect()
}

fn status(harness: &Harness<'_, EditorApp>) -> String {
    harness.state().status_text().unwrap_or_default().to_owned()
}

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ui_import")
        .join(name)
}

#[test]
fn a_csv_list_imports_as_a_new_unsaved_map_beside_the_open_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("touchpoints.csv");
    std::fs::write(
        &path,
        "Stage,Lane,Title,Notes\n\
         Awareness,Touchpoints,Poster,At the bus stop\n\
         Purchase,Touchpoints,Checkout,\n",
    )
    .unwrap();
    let mut harness = editor(small_map(), None);
    import_from_menu(&mut harness, &path);
    assert!(harness.query_by_label("Import touchpoints.csv").is_some());
    assert!(harness.query_by_label("List").is_some());
    harness.get_by_label("Create the map with 2 cards").click();
    harness.run();

    let map = shown(&harness);
    assert_eq!(stage_titles(map), ["Awareness", "Purchase"]);
    assert_eq!(card_titles(map), ["Poster", "Checkout"]);
    assert!(harness.state().document().is_dirty(), "unsaved until saved");
    assert!(harness.state().path().is_none());
    assert!(
        status(&harness).contains("Imported 2 cards"),
        "{}",
        status(&harness)
    );
    // The map that was open is still open, unchanged, in its own tab.
    assert_eq!(harness.state().tab_count(), 2);
    let first = harness.state().tabs().next().unwrap();
    assert_eq!(first.document().map(), &small_map());
}

#[test]
fn an_xlsx_workbook_imports_through_the_preview_as_a_grid() {
    let mut harness = editor(small_map(), None);
    import_from_menu(&mut harness, &fixture("journey-grid.xlsx"));
    assert!(harness.query_by_label("Import journey-grid.xlsx").is_some());
    harness.get_by_label("Create the map with 6 cards").click();
    harness.run();
    let map = shown(&harness);
    assert_eq!(map.title, "journey-grid", "named after the file");
    assert_eq!(
        stage_titles(map),
        ["Awareness", "Consideration", "Purchase"]
    );
    let actions = map
        .lanes
        .iter()
        .find(|lane| lane.title == "Actions")
        .unwrap();
    let awareness = map.stages[0].id;
    let titles: Vec<&str> = map
        .cards_in(actions.id, awareness)
        .map(|card| card.title.as_str())
        .collect();
    assert_eq!(titles, ["Sees a poster", "Asks a friend"], "a cell's lines");
}

const JOURNEY: &str = "journey\n    title Joining the gym\n    section Finding\n      \
                       Sees an ad: 3: Anna\n      Reads reviews: 4: Anna\n    section Joining\n      \
                       Signs up: 5: Anna\n";

#[test]
fn a_mermaid_journey_opens_as_a_new_map() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gym.mmd");
    std::fs::write(&path, JOURNEY).unwrap();
    let mut harness = editor(small_map(), None);
    import_from_menu(&mut harness, &path);
    let map = shown(&harness);
    assert_eq!(map.title, "Joining the gym");
    assert_eq!(
        stage_titles(map),
        ["Sees an ad", "Reads reviews", "Signs up"]
    );
    assert!(harness.state().document().is_dirty());
}

#[test]
fn a_broken_mermaid_file_says_which_line_and_leaves_the_map_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.mmd");
    std::fs::write(
        &path,
        "journey\n  title T\n  section S\n    Sees an ad: nine: Anna\n",
    )
    .unwrap();
    let mut harness = editor(small_map(), None);
    import_from_menu(&mut harness, &path);
    assert!(
        harness
            .query_by_label("broken.mmd cannot be imported")
            .is_some()
    );
    assert!(
        harness.query_by_label_contains("Line 4").is_some(),
        "the message names the line"
    );
    harness.get_by_label("OK").click();
    harness.run();
    assert_eq!(shown(&harness), &small_map());
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn a_markdown_file_of_several_journeys_asks_which_to_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journeys.md");
    let second = JOURNEY.replace("Joining the gym", "Leaving the gym");
    std::fs::write(
        &path,
        format!("# Journeys\n\n```mermaid\n{JOURNEY}```\n\nText.\n\n```mermaid\n{second}```\n"),
    )
    .unwrap();
    let mut harness = editor(small_map(), None);
    import_from_menu(&mut harness, &path);
    assert!(harness.query_by_label("Journeys in journeys.md").is_some());
    harness.get_by_label("Leaving the gym").click();
    harness.run();
    harness.get_by_label("Open this journey").click();
    harness.run();
    assert_eq!(shown(&harness).title, "Leaving the gym");
    assert!(
        status(&harness).contains("other journey can be imported"),
        "{}",
        status(&harness)
    );
}

#[test]
fn a_map_exported_as_mermaid_imports_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journey.mmd");
    let mut harness = editor(small_map(), None);
    harness.state_mut().set_documents_dir(dir.path().to_owned());
    submenu(
        &mut harness,
        "File",
        "Export",
        "Export Mermaid diagram (.mmd)…",
    );
    let suggested = harness
        .get_by_label("File path")
        .value()
        .unwrap_or_default();
    assert!(
        Path::new(&suggested)
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("mmd")),
        "{suggested}"
    );
    type_into(&mut harness, "File path", path.to_str().unwrap());
    harness.get_by_label("Export").click();
    wait_for_status(&mut harness, "Exported journey.mmd");
    assert!(std::fs::read_to_string(&path).unwrap().contains("journey"));

    harness.state_mut().import(&path);
    harness.run();
    assert_eq!(stage_titles(shown(&harness)), stage_titles(&small_map()));
    assert_eq!(shown(&harness).title, small_map().title);
}

#[test]
fn in_the_german_editor_an_imported_table_becomes_a_german_map_unless_another_is_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("liste.csv");
    std::fs::write(&path, "Phase;Titel\nBewusstsein;Plakat\n").unwrap();
    let mut harness = editor(small_map(), None);
    harness.state_mut().set_lang(journeymap::model::Lang::De);
    harness.state_mut().import(&path);
    harness.run();
    assert!(harness.query_by_label("liste.csv importieren").is_some());
    harness.get_by_label("Map mit einer Karte anlegen").click();
    harness.run();
    let map = shown(&harness);
    assert_eq!(map.lang, journeymap::model::Lang::De);
    assert_eq!(stage_titles(map), ["Bewusstsein"]);

    // English chosen in the preview: the template's lanes are English.
    harness.state_mut().import(&path);
    harness.run();
    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label("Map mit einer Karte anlegen").click();
    harness.run();
    let map = shown(&harness);
    assert_eq!(map.lang, journeymap::model::Lang::En);
    assert!(
        map.lanes
            .iter()
            .any(|lane| lane.title == "Customer actions"),
        "{:?}",
        map.lanes.iter().map(|lane| &lane.title).collect::<Vec<_>>()
    );
}
