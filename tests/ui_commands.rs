//! The editor's commands driven like a user: the command palette, the menus and context menus,
//! the file-path dialogs, the status bar's messages in the editor's language, and the recent
//! maps on the start screen.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers, PointerButton};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use journeymap::file;
use journeymap::model::{
    CardId, Channel, Lane, LaneId, LaneKind, Lang, Map, PurchasePhase, Setting, StageId,
};
use journeymap::ui::EditorApp;

mod editor_support;
use editor_support::{
    MemoryStorage, center_of, drag, editor, editor_sized, empty_space_in_cell, menu, press,
    press_release, small_map, start_screen, submenu, type_into, type_text, undo, wait_for_status,
    zoom,
};

// ---------------------------------------------------------------------------------------------
// The command palette
// ---------------------------------------------------------------------------------------------

fn palette_open(harness: &Harness<'_, EditorApp>, field: &str) -> bool {
    harness
        .query_by_role_and_label(egui::Role::TextInput, field)
        .is_some()
}

#[test]
fn ctrl_k_opens_the_command_palette_and_enter_runs_the_command_typed() {
    let mut harness = editor(small_map(), None);
    press(&mut harness, Modifiers::COMMAND, Key::Minus);
    assert!(zoom(&harness) < 0.95, "zoomed out: {}", zoom(&harness));

    press(&mut harness, Modifiers::COMMAND, Key::K);
    assert!(palette_open(&harness, "Command"), "a field named Command");
    type_text(&mut harness, "zoom 100");
    assert!(
        harness
            .query_by_role_and_label(egui::Role::Button, "Zoom to 100 %")
            .is_some(),
        "the palette lists the match"
    );
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert!(!palette_open(&harness, "Command"), "the palette closed");
    assert!(
        (zoom(&harness) - 1.0).abs() < 1e-3,
        "Zoom to 100 % ran: {}",
        zoom(&harness)
    );
}

#[test]
fn esc_closes_the_command_palette_without_running_anything() {
    let mut harness = editor(small_map(), None);
    press(&mut harness, Modifiers::COMMAND, Key::Minus);
    let before = zoom(&harness);
    press(&mut harness, Modifiers::COMMAND, Key::K);
    type_text(&mut harness, "zoom 100");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(!palette_open(&harness, "Command"));
    assert!((zoom(&harness) - before).abs() < 1e-4, "nothing ran");
    assert!(!harness.state().document().is_dirty());

    // The keys belong to the map again.
    press(&mut harness, Modifiers::COMMAND, Key::K);
    assert!(palette_open(&harness, "Command"), "it opens again");
}

#[test]
fn the_command_palette_finds_german_names_in_a_german_editor() {
    let mut harness = editor(small_map(), None);
    harness.state_mut().set_lang(Lang::De);
    harness.run();
    let before = zoom(&harness);
    press(&mut harness, Modifiers::COMMAND, Key::K);
    assert!(
        palette_open(&harness, "Befehl"),
        "the field is named Befehl"
    );
    type_text(&mut harness, "vergrößern");
    assert!(
        harness
            .query_by_role_and_label(egui::Role::Button, "Vergrößern")
            .is_some(),
        "the German name is found"
    );
    assert!(harness.query_by_label_contains("Zoom in").is_none());
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert!(
        zoom(&harness) > before * 1.1,
        "Vergrößern zoomed in: {before} → {}",
        zoom(&harness)
    );
}

// ---------------------------------------------------------------------------------------------
// Path dialogs
// ---------------------------------------------------------------------------------------------

fn path_field_open(harness: &Harness<'_, EditorApp>, name: &str) -> bool {
    harness
        .query_by_role_and_label(egui::Role::TextInput, name)
        .is_some()
}

/// Types `path` into the dialog's path field and presses `key` (Enter or Esc).
fn answer_path_dialog(harness: &mut Harness<'_, EditorApp>, field: &str, path: &Path, key: Key) {
    assert!(path_field_open(harness, field), "the path dialog is open");
    type_into(harness, field, path.to_str().unwrap());
    press(harness, Modifiers::NONE, key);
    assert!(!path_field_open(harness, field), "the dialog closed");
}

fn other_map() -> Map {
    let mut map = small_map();
    map.title = "Another journey".into();
    map.stages[1].title = "Checkout".into();
    map
}

#[test]
fn enter_in_the_open_dialog_opens_the_typed_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.ron");
    file::save(&other_map(), &path).unwrap();
    let mut harness = editor(small_map(), None);
    menu(&mut harness, "File", "Open…");
    answer_path_dialog(&mut harness, "File path", &path, Key::Enter);
    assert_eq!(harness.state().document().map(), &other_map());
    assert_eq!(harness.state().path(), Some(path.as_path()));
}

#[test]
fn esc_in_the_open_dialog_keeps_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.ron");
    file::save(&other_map(), &path).unwrap();
    let mut harness = editor(small_map(), None);
    menu(&mut harness, "File", "Open…");
    answer_path_dialog(&mut harness, "File path", &path, Key::Escape);
    assert_eq!(harness.state().document().map(), &small_map());
    assert_eq!(harness.state().path(), None);
}

#[test]
fn enter_in_the_save_as_dialog_saves_to_the_typed_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("saved.ron");
    let mut harness = editor(small_map(), None);
    menu(&mut harness, "File", "Save as…");
    answer_path_dialog(&mut harness, "File path", &path, Key::Enter);
    assert_eq!(file::load(&path).unwrap(), small_map(), "the map was saved");
    assert_eq!(harness.state().path(), Some(path.as_path()));
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn esc_in_the_save_as_dialog_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("saved.ron");
    let mut harness = editor(small_map(), None);
    menu(&mut harness, "File", "Save as…");
    answer_path_dialog(&mut harness, "File path", &path, Key::Escape);
    assert!(!path.exists(), "nothing was written");
    assert_eq!(harness.state().path(), None);
    assert!(folder_is_empty(dir.path()));
}

#[test]
fn enter_in_the_export_dialog_writes_the_picture_to_the_typed_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wall.png");
    let mut harness = editor(small_map(), None);
    submenu(&mut harness, "File", "Export", "Export picture (PNG)…");
    answer_path_dialog(&mut harness, "File path", &path, Key::Enter);
    wait_for_status(&mut harness, "Exported wall.png");
    let bytes = std::fs::read(&path).expect("the picture was written");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG file");
    assert_eq!(harness.state().path(), None, "exporting is not saving");
}

#[test]
fn esc_in_the_export_dialog_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wall.png");
    let mut harness = editor(small_map(), None);
    submenu(&mut harness, "File", "Export", "Export picture (PNG)…");
    answer_path_dialog(&mut harness, "File path", &path, Key::Escape);
    assert!(folder_is_empty(dir.path()), "nothing was written");
}

fn folder_is_empty(folder: &Path) -> bool {
    std::fs::read_dir(folder).unwrap().next().is_none()
}

// ---------------------------------------------------------------------------------------------
// Messages in the editor's language
// ---------------------------------------------------------------------------------------------

/// A map file of a kind no journeymap knows.
fn wrong_kind_file(folder: &Path) -> PathBuf {
    let path = folder.join("mindmap.ron");
    std::fs::write(
        &path,
        r#"(format: 3, map: (title: "x", kind: Mindmap, stages: [], lanes: []))"#,
    )
    .unwrap();
    path
}

/// A map file cut off halfway, as a full disk or a broken copy leaves it.
fn truncated_file(folder: &Path) -> PathBuf {
    let path = folder.join("truncated.ron");
    let text = file::to_ron(&small_map()).unwrap();
    std::fs::write(&path, &text.as_bytes()[..text.len() / 2]).unwrap();
    path
}

/// The RON parser's English, which a German message must not show.
const PARSER_ENGLISH: [&str; 3] = ["expected", "found", "identifier"];

/// Opens `broken` through Datei ▸ Öffnen… in a German editor on the small map, and checks that
/// the map stays, that the status bar explains it in German, and that the message goes when
/// dismissed.
fn open_in_german_and_expect_a_german_message(broken: &Path) {
    let mut harness = editor(small_map(), None);
    harness.state_mut().set_lang(Lang::De);
    harness.run();
    menu(&mut harness, "Datei", "Öffnen…");
    answer_path_dialog(&mut harness, "Dateipfad", broken, Key::Enter);

    assert_eq!(
        harness.state().document().map(),
        &small_map(),
        "the open map stays"
    );
    let text = harness
        .state()
        .status_text()
        .expect("the status bar says what went wrong")
        .to_owned();
    assert!(
        text.contains("Die geöffnete Map ist unverändert."),
        "says the open map is unchanged: {text}"
    );
    for english in PARSER_ENGLISH {
        assert!(
            !text.to_lowercase().contains(english),
            "the German message shows the parser's English {english:?}: {text}"
        );
    }
    assert!(
        !text.contains("cannot open"),
        "the German message starts in English: {text}"
    );

    harness.get_by_label("Meldung schließen").click();
    harness.run();
    assert_eq!(harness.state().status_text(), None, "dismissed");
}

#[test]
fn a_map_of_an_unknown_kind_opened_in_a_german_editor_is_explained_in_german() {
    let dir = tempfile::tempdir().unwrap();
    open_in_german_and_expect_a_german_message(&wrong_kind_file(dir.path()));
}

#[test]
fn a_truncated_map_opened_in_a_german_editor_is_explained_in_german() {
    let dir = tempfile::tempdir().unwrap();
    open_in_german_and_expect_a_german_message(&truncated_file(dir.path()));
}

#[test]
fn a_failed_open_on_the_start_screen_does_not_speak_of_an_open_map() {
    let dir = tempfile::tempdir().unwrap();
    let broken = wrong_kind_file(dir.path());
    let mut harness = start_screen(None, Lang::En);
    menu(&mut harness, "File", "Open…");
    answer_path_dialog(&mut harness, "File path", &broken, Key::Enter);
    assert!(harness.state().is_on_start_screen());
    let text = harness
        .state()
        .status_text()
        .expect("the status bar says what went wrong")
        .to_owned();
    assert!(
        !text.contains("unchanged") && !text.contains("you had open"),
        "no map was open: {text}"
    );
    assert!(
        text.contains("Choose another map, or start a new one."),
        "says what to do instead: {text}"
    );

    harness.get_by_label("Dismiss this message").click();
    harness.run();
    assert_eq!(harness.state().status_text(), None);
    assert!(harness.query_by_label("Dismiss this message").is_none());
}

// ---------------------------------------------------------------------------------------------
// Recent maps
// ---------------------------------------------------------------------------------------------

/// Gives the open map a title through File ▸ Map info….
fn retitle(harness: &mut Harness<'_, EditorApp>, title: &str) {
    menu(harness, "File", "Map info…");
    type_into(harness, "Title", title);
    harness.get_by_label("Close").click();
    harness.run();
}

fn save_as(harness: &mut Harness<'_, EditorApp>, path: &Path) {
    menu(harness, "File", "Save as…");
    answer_path_dialog(harness, "File path", path, Key::Enter);
    assert!(path.is_file(), "{} was saved", path.display());
}

/// A label (not a button or link) with exactly this text.
fn plain_label<'a>(
    harness: &'a Harness<'_, EditorApp>,
    text: &'a str,
) -> Vec<egui_kittest::Node<'a>> {
    harness
        .query_all_by_label(text)
        .filter(|node| node.accesskit_node().role() == egui::Role::Label)
        .collect()
}

#[test]
fn the_start_screen_lists_saved_maps_newest_first_and_forgets_a_missing_one() {
    let dir = tempfile::tempdir().unwrap();
    let (alpha, beta) = (dir.path().join("alpha.ron"), dir.path().join("beta.ron"));

    // One run of the editor: two new maps, saved.
    let mut first = start_screen(None, Lang::En);
    first
        .get_by_role_and_label(egui::Role::Button, "Current state")
        .click();
    first.run();
    retitle(&mut first, "Alpha journey");
    save_as(&mut first, &alpha);
    menu(&mut first, "File", "New map…");
    first.get_by_label("Service blueprint").click();
    first.run();
    first.get_by_label("Create").click();
    first.run();
    retitle(&mut first, "Beta blueprint");
    save_as(&mut first, &beta);
    let mut storage = MemoryStorage::default();
    eframe::App::save(first.state_mut(), &mut storage);

    // The next run starts with them.
    let harness = start_screen(Some(storage.clone()), Lang::En);
    assert_eq!(harness.state().recent(), [beta.clone(), alpha.clone()]);
    let beta_row = harness.get_by_label("Beta blueprint").rect();
    let alpha_row = harness.get_by_label("Alpha journey").rect();
    assert!(
        beta_row.center().y < alpha_row.center().y,
        "newest first: {beta_row:?} above {alpha_row:?}"
    );
    let same_row = |node: &egui_kittest::Node<'_>, row: egui::Rect| {
        (node.rect().center().y - row.center().y).abs() < 6.0
    };
    let kinds = plain_label(&harness, "Service blueprint");
    assert!(
        kinds.iter().any(|kind| same_row(kind, beta_row)),
        "the kind beside Beta's title"
    );
    let kinds = plain_label(&harness, "Current state");
    assert!(
        kinds.iter().any(|kind| same_row(kind, alpha_row)),
        "the kind beside Alpha's title"
    );
    let folder = dir.path().display().to_string();
    let folders = plain_label(&harness, &folder);
    assert_eq!(folders.len(), 2, "each map's folder is shown");
    assert!(harness.query_by_label_contains("Missing from").is_none());
    drop(harness);

    // Alpha's file goes; the run after marks it and takes it off the list on request.
    std::fs::remove_file(&alpha).unwrap();
    let mut harness = start_screen(Some(storage), Lang::En);
    let missing = harness
        .query_by_label_contains("Missing from")
        .expect("the missing file is marked");
    assert_eq!(
        missing.accesskit_node().value().as_deref(),
        Some(format!("Missing from {folder}").as_str())
    );
    assert!(
        same_row(&missing, harness.get_by_label("Alpha journey").rect()),
        "on Alpha's row"
    );
    harness
        .get_by_label("Remove “Alpha journey” from the list")
        .click();
    harness.run();
    assert_eq!(harness.state().recent(), [beta]);
    assert!(harness.query_by_label("Alpha journey").is_none());
    assert!(harness.query_by_label_contains("Missing from").is_none());
    assert!(harness.query_by_label("Beta blueprint").is_some());
}

// ---------------------------------------------------------------------------------------------
// A stage's purchase phase
// ---------------------------------------------------------------------------------------------

#[test]
fn the_stage_menu_sets_the_purchase_phase_which_new_touchpoints_take() {
    let mut map = small_map();
    map.lanes
        .push(Lane::new(LaneId(2), "Touchpoints", LaneKind::Touchpoints));
    let mut harness = editor(map, None);
    let header = center_of(&harness, "Awareness");
    press_release(&mut harness, header, PointerButton::Secondary, 1);
    harness.get_by_label("Purchase phase").click();
    harness.run();
    for phase in ["Pre-purchase", "No purchase phase"] {
        assert!(
            harness.query_by_label(phase).is_some(),
            "the submenu offers {phase:?}"
        );
    }
    harness.get_by_label("Post-purchase").click();
    harness.run();
    let phase = |h: &Harness<'_, EditorApp>| h.state().document().map().stages[0].phase;
    assert_eq!(phase(&harness), Some(PurchasePhase::PostPurchase));
    assert_eq!(phase_of_purchase(&harness), None, "only that stage");
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-set-stage-phase")
    );
    undo(&mut harness);
    assert_eq!(phase(&harness), None, "one undo step");
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(phase(&harness), Some(PurchasePhase::PostPurchase));

    let from = center_of(&harness, "Website");
    let to = empty_space_in_cell(&mut harness, LaneId(2), StageId(1));
    drag(&mut harness, from, to);
    let map = harness.state().document().map();
    let card = map
        .cards_in(LaneId(2), StageId(1))
        .next()
        .expect("the touchpoint was dropped");
    assert_eq!(
        card.touchpoint
            .as_ref()
            .map(|touchpoint| map.phase_of(card, touchpoint)),
        Some(PurchasePhase::PostPurchase),
        "a website is usually pre-purchase; this stage is post-purchase"
    );
}

fn phase_of_purchase(harness: &Harness<'_, EditorApp>) -> Option<PurchasePhase> {
    harness.state().document().map().stages[1].phase
}

// ---------------------------------------------------------------------------------------------
// Keys named in the editor's language, and a palette that finds what people type
// ---------------------------------------------------------------------------------------------

/// The keys announced for the widget labelled `label` (menus paint them beside the name).
fn announced_keys(harness: &Harness<'_, EditorApp>, label: &str) -> Option<String> {
    harness
        .get_by_role_and_label(egui::Role::Button, label)
        .accesskit_node()
        .data()
        .keyboard_shortcut()
        .map(str::to_owned)
}

fn german_editor() -> Harness<'static, EditorApp> {
    let mut harness = editor(small_map(), None);
    harness.state_mut().set_lang(Lang::De);
    harness.run();
    harness
}

#[test]
fn german_menus_palette_and_f1_name_the_keys_of_a_german_keyboard() {
    let mut harness = german_editor();
    harness.get_by_label("Bearbeiten").click();
    harness.run();
    assert_eq!(
        announced_keys(&harness, "Rückgängig").as_deref(),
        Some("Strg+Z")
    );
    assert_eq!(
        announced_keys(&harness, "Wiederholen").as_deref(),
        Some("Strg+Umschalt+Z")
    );
    assert_eq!(announced_keys(&harness, "Löschen").as_deref(), Some("Entf"));
    press(&mut harness, Modifiers::NONE, Key::Escape);

    press(&mut harness, Modifiers::COMMAND, Key::K);
    type_text(&mut harness, "rückgängig");
    harness.get_by_label("Strg+Z");
    press(&mut harness, Modifiers::NONE, Key::Escape);

    press(&mut harness, Modifiers::NONE, Key::F1);
    harness.get_by_label("Strg+S");
    harness.get_by_label("Strg+Eingabe  ·  Einfg");
    harness.get_by_label("Strg+Bild ab  ·  Strg+Tab");
    harness.get_by_label("Strg+K  ·  Strg+Umschalt+P");
    for english in ["Ctrl", "Shift", "PageDown", "Insert", "Delete"] {
        assert!(
            harness.query_by_label_contains(english).is_none(),
            "{english} in the German shortcut list"
        );
    }
}

/// Opens the palette, types `query` and says whether a command named `name` is listed.
fn palette_lists(harness: &mut Harness<'_, EditorApp>, query: &str, name: &str) -> bool {
    press(harness, Modifiers::COMMAND, Key::K);
    type_text(harness, query);
    let listed = harness
        .query_by_role_and_label(egui::Role::Button, name)
        .is_some();
    press(harness, Modifiers::NONE, Key::Escape);
    listed
}

#[test]
fn the_command_palette_finds_everyday_words_in_either_language() {
    let mut harness = editor(small_map(), None);
    for (typed, command) in [
        ("drucken", "Export PDF…"),
        ("print", "Export PDF…"),
        ("vollbild", "Present to the room"),
        ("full screen", "Present to the room"),
        ("rückgängig", "Undo"),
        ("ruckgangig", "Undo"),
        ("neue karte", "New map…"),
        ("Vergrößern", "Zoom in"),
    ] {
        assert!(
            palette_lists(&mut harness, typed, command),
            "{typed:?} finds {command:?}"
        );
    }
    let mut harness = german_editor();
    for (typed, command) in [
        ("print", "PDF exportieren…"),
        ("undo", "Rückgängig"),
        ("fullscreen", "Vor der Gruppe präsentieren"),
    ] {
        assert!(
            palette_lists(&mut harness, typed, command),
            "{typed:?} finds {command:?}"
        );
    }
}

#[test]
fn a_command_that_cannot_run_is_listed_greyed_with_its_reason() {
    let mut harness = editor(small_map(), None);
    press(&mut harness, Modifiers::COMMAND, Key::K);
    type_text(&mut harness, "undo");
    let undo = harness.get_by_role_and_label(egui::Role::Button, "Undo");
    assert!(
        undo.accesskit_node().is_disabled(),
        "greyed: nothing to undo"
    );
    harness.get_by_label("Nothing to undo yet.");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert!(
        palette_open(&harness, "Command"),
        "Enter runs nothing greyed"
    );
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn an_empty_result_says_so_and_offers_the_nearest_command() {
    let mut harness = editor(small_map(), None);
    let before = zoom(&harness);
    press(&mut harness, Modifiers::COMMAND, Key::K);
    type_text(&mut harness, "zoon inn");
    harness.get_by_label("Nothing found for “zoon inn”.");
    harness.get_by_role_and_label(egui::Role::Button, "Zoom in");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert!(zoom(&harness) > before * 1.1, "the offer ran: zoomed in");

    let mut harness = german_editor();
    press(&mut harness, Modifiers::COMMAND, Key::K);
    type_text(&mut harness, "qqqq");
    harness.get_by_label("Nichts gefunden für „qqqq“.");
}

#[test]
fn palette_rows_line_up_whether_or_not_they_have_a_shortcut() {
    let mut harness = editor(small_map(), None);
    press(&mut harness, Modifiers::COMMAND, Key::K);
    let name_left = |harness: &Harness<'_, EditorApp>, name: &str| {
        harness
            .get_by_role_and_label(egui::Role::Label, name)
            .rect()
            .left()
    };
    let with_shortcut = name_left(&harness, "New map…");
    let without = name_left(&harness, "Import…");
    assert!(
        (with_shortcut - without).abs() < 0.5,
        "names start at {with_shortcut} and {without}"
    );
    let keys_right = |harness: &Harness<'_, EditorApp>, keys: &str| {
        harness
            .get_by_role_and_label(egui::Role::Label, keys)
            .rect()
            .right()
    };
    assert!((keys_right(&harness, "Ctrl+N") - keys_right(&harness, "Ctrl+O")).abs() < 0.5);
}

// ---------------------------------------------------------------------------------------------
// The touchpoint palette: synonyms, the channels of 2026, one's own touchpoints
// ---------------------------------------------------------------------------------------------

/// The small map with a touchpoint lane (lane 2) below its actions.
fn map_with_touchpoints() -> Map {
    let mut map = small_map();
    map.lanes
        .push(Lane::new(LaneId(2), "Touchpoints", LaneKind::Touchpoints));
    map
}

/// Drags the palette entry labelled `label` into the touchpoint lane's first stage and returns
/// the card it made.
fn drop_into_touchpoints(
    harness: &mut Harness<'_, EditorApp>,
    label: &str,
) -> journeymap::model::Card {
    let from = harness
        .get_by_role_and_label(egui::Role::Button, label)
        .rect()
        .center();
    let to = empty_space_in_cell(harness, LaneId(2), StageId(1));
    drag(harness, from, to);
    let map = harness.state().document().map();
    map.cards_in(LaneId(2), StageId(1))
        .max_by_key(|card| card.id)
        .cloned()
        .expect("a card was dropped")
}

#[test]
fn the_touchpoint_search_finds_synonyms_in_either_language() {
    let mut harness = editor(map_with_touchpoints(), None);
    for (typed, channel) in [
        ("consult", "Sales conversation"),
        ("whatsapp", "Messenger chat"),
        ("TikTok", "Video channel"),
        ("smartphone", "Mobile app"),
        ("Beratung", "Sales conversation"),
        ("Rezension", "Review portal"),
    ] {
        type_into(&mut harness, "Search touchpoints…", typed);
        assert!(
            harness.query_by_label(channel).is_some(),
            "{typed:?} finds {channel:?}"
        );
    }
    type_into(&mut harness, "Search touchpoints…", "whatsapp");
    assert!(harness.query_by_label("Website").is_none(), "filtered out");

    harness.state_mut().set_lang(Lang::De);
    harness.run();
    type_into(&mut harness, "Touchpoints suchen…", "app");
    harness.get_by_label("Smartphone-App");
}

#[test]
fn a_mobile_app_messenger_and_video_arrive_online_and_survive_saving() {
    let mut harness = editor(map_with_touchpoints(), None);
    let mut channels = Vec::new();
    for name in ["Mobile app", "Messenger chat", "Video channel"] {
        // Found by name, so the entry is in view however long the list.
        type_into(&mut harness, "Search touchpoints…", name);
        let card = drop_into_touchpoints(&mut harness, name);
        assert_eq!(card.title, name);
        let touchpoint = card.touchpoint.expect("a touchpoint");
        assert_eq!(touchpoint.setting, Setting::Online, "{name}");
        channels.push(touchpoint.channel);
    }
    assert_eq!(
        channels,
        [Channel::MobileApp, Channel::Messenger, Channel::Video]
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("apps.ron");
    let map = harness.state().document().map().clone();
    file::save(&map, &path).unwrap();
    assert_eq!(
        file::load(&path).unwrap(),
        map,
        "the new channels round-trip"
    );
}

#[test]
fn an_empty_touchpoint_search_says_so_and_adds_what_was_typed_as_ones_own() {
    let mut harness = editor(map_with_touchpoints(), None);
    type_into(&mut harness, "Search touchpoints…", "Webinar zur Torte");
    harness.get_by_label("Nothing found for “Webinar zur Torte”.");
    let card = drop_into_touchpoints(
        &mut harness,
        "Add “Webinar zur Torte” as your own touchpoint",
    );
    assert_eq!(card.title, "Webinar zur Torte");
    let touchpoint = card.touchpoint.expect("a touchpoint");
    assert_eq!(touchpoint.channel, Channel::Custom);
    assert_eq!(
        touchpoint.setting,
        Setting::Online,
        "a webinar happens online"
    );
}

#[test]
fn a_touchpoint_typed_into_a_new_card_is_guessed_online_or_offline() {
    let mut harness = editor(map_with_touchpoints(), None);
    for (stage, typed, setting) in [
        (1, "WhatsApp-Gruppe der Eltern", Setting::Online),
        (2, "Schild am Gartenzaun", Setting::Offline),
    ] {
        // Half a second apart, so the next double click is not taken for a triple click.
        for _ in 0..30 {
            harness.step();
        }
        let spot = empty_space_in_cell(&mut harness, LaneId(2), StageId(stage));
        press_release(&mut harness, spot, PointerButton::Primary, 2);
        type_text(&mut harness, typed);
        press(&mut harness, Modifiers::NONE, Key::Escape);
        let map = harness.state().document().map();
        let card = map
            .cards
            .iter()
            .find(|card| card.title == typed)
            .unwrap_or_else(|| {
                panic!(
                    "no card {typed:?}: {:?}",
                    map.cards.iter().map(|c| &c.title).collect::<Vec<_>>()
                )
            });
        let touchpoint = card.touchpoint.as_ref().expect("a touchpoint");
        assert_eq!(touchpoint.channel, Channel::Custom);
        assert_eq!(touchpoint.setting, setting, "{typed}");
    }
}

#[test]
fn ones_own_touchpoint_is_guessed_online_or_offline_and_says_so() {
    let mut harness = editor(map_with_touchpoints(), None);
    type_into(
        &mut harness,
        "Your own touchpoint…",
        "Bestell-App der Bäckerei",
    );
    harness.get_by_label("Guessed from the name; click to change.");
    let card = drop_into_touchpoints(&mut harness, "Bestell-App der Bäckerei");
    let setting = card.touchpoint.map(|touchpoint| touchpoint.setting);
    assert_eq!(setting, Some(Setting::Online));

    type_into(
        &mut harness,
        "Your own touchpoint…",
        "Stand at the farmers' market",
    );
    let card = drop_into_touchpoints(&mut harness, "Stand at the farmers' market");
    let setting = card.touchpoint.map(|touchpoint| touchpoint.setting);
    assert_eq!(setting, Some(Setting::Offline));

    // The user knows better: a click on Online changes the guess.
    type_into(
        &mut harness,
        "Your own touchpoint…",
        "Stand at the open-air market",
    );
    harness
        .get_by_role_and_label(egui::Role::RadioButton, "Online")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label("Guessed from the name; click to change.")
            .is_none(),
        "no longer a guess"
    );
    let card = drop_into_touchpoints(&mut harness, "Stand at the open-air market");
    let setting = card.touchpoint.map(|touchpoint| touchpoint.setting);
    assert_eq!(setting, Some(Setting::Online));
}

// ---------------------------------------------------------------------------------------------
// The start screen in the user's language
// ---------------------------------------------------------------------------------------------

/// The titles of the examples the start screen offers, top to bottom.
fn example_titles(harness: &Harness<'_, EditorApp>) -> Vec<String> {
    let mut links: Vec<(f32, String)> = harness
        .get_all_by_role(egui::Role::Link)
        .filter_map(|node| {
            let label = node.accesskit_node().label()?;
            label
                .contains(" — ")
                .then(|| (node.rect().top(), label.clone()))
        })
        .collect();
    links.sort_by(|a, b| a.0.total_cmp(&b.0));
    links.into_iter().map(|(_, title)| title).collect()
}

#[test]
fn the_start_screen_offers_the_examples_in_its_language_first() {
    let harness = start_screen(None, Lang::De);
    let titles = example_titles(&harness);
    assert_eq!(titles.len(), 4, "{titles:?}");
    assert!(titles[0].starts_with("Bäckerei"), "{titles:?}");
    assert!(titles[1].starts_with("Haustechnik"), "{titles:?}");

    let harness = start_screen(None, Lang::En);
    let titles = example_titles(&harness);
    assert!(titles[0].starts_with("Pulse Fitness"), "{titles:?}");
    assert!(titles[1].starts_with("Spoke & Chain"), "{titles:?}");
}

#[test]
fn the_start_screens_descriptions_are_body_text_at_1024_by_640() {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1024.0, 640.0))
        .build_eframe(|cc| EditorApp::start(&cc.egui_ctx, None));
    harness.run();
    let about = "How the journey runs today: actions, thoughts and feelings at each touchpoint.";
    let rect = harness.get_by_label(about).rect();
    let body = harness.ctx.global_style().text_styles[&egui::TextStyle::Body].clone();
    let expected = harness.ctx.fonts_mut(|fonts| {
        fonts
            .layout(
                about.to_owned(),
                body,
                egui::Color32::WHITE,
                rect.width() + 0.5,
            )
            .size()
    });
    assert!(
        (rect.height() - expected.y).abs() < 1.0,
        "laid out in the body font: {} high, body text would be {}",
        rect.height(),
        expected.y
    );
}

// ---------------------------------------------------------------------------------------------
// Small texts at 1024 × 640
// ---------------------------------------------------------------------------------------------

/// The small map with a touchpoint lane holding a sales conversation, whose German name is one
/// of the longest.
fn map_with_a_consultation() -> Map {
    let mut map = map_with_touchpoints();
    let mut card = journeymap::model::Card::new(
        journeymap::model::CardId(10),
        LaneId(2),
        StageId(1),
        "Beratung an der Theke",
    );
    card.touchpoint = Some(journeymap::model::Touchpoint::of(Channel::Consultation));
    map.cards.push(card);
    map
}

#[test]
fn the_inspectors_channel_field_shows_the_whole_name_at_1024_by_640() {
    let mut harness = editor_sized(map_with_a_consultation(), None, egui::vec2(1024.0, 640.0));
    harness.state_mut().set_lang(Lang::De);
    harness.run();
    let pos = center_of(&harness, "Beratung an der Theke");
    press_release(&mut harness, pos, PointerButton::Primary, 1);
    let field = harness
        .get_by_role_and_label(egui::Role::ComboBox, "Kanal")
        .rect();
    assert!(
        field.right() <= 1024.0,
        "the field ends in the window: {field:?}"
    );
    // The name laid out in the room the field leaves it (the field's width less its arrow and
    // margins) fits the field's height: nothing of it is cut.
    let body = harness.ctx.global_style().text_styles[&egui::TextStyle::Body].clone();
    let name = "Verkaufsgespräch / Beratung";
    let needed = harness.ctx.fonts_mut(|fonts| {
        fonts
            .layout(
                name.to_owned(),
                body,
                egui::Color32::WHITE,
                field.width() - 30.0,
            )
            .size()
    });
    assert!(
        needed.y <= field.height(),
        "{name:?} needs {needed:?} in a field of {field:?}"
    );
}

#[test]
fn the_channel_matrix_fits_the_analysis_panel_at_1024_by_640() {
    let mut map = map_with_touchpoints();
    for stage in 3..=7 {
        map.stages.push(journeymap::model::Stage::new(
            StageId(stage),
            format!("Ausführliche Phase {stage}"),
        ));
    }
    for (id, (stage, channel)) in [
        (1, Channel::LoyaltyProgramme),
        (3, Channel::Consultation),
        (5, Channel::Recommendation),
        (7, Channel::MapsListing),
    ]
    .into_iter()
    .enumerate()
    {
        let mut card = journeymap::model::Card::new(
            journeymap::model::CardId(20 + u32::try_from(id).unwrap()),
            LaneId(2),
            StageId(stage),
            format!("Touchpoint {id}"),
        );
        card.touchpoint = Some(journeymap::model::Touchpoint::of(channel));
        map.cards.push(card);
    }
    let mut harness = editor_sized(map, None, egui::vec2(1024.0, 640.0));
    harness.state_mut().set_lang(Lang::De);
    harness.run();
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::A);
    harness.get_by_label("Kanäle × Phasen").click();
    harness.run();
    // The inspector's heading marks where the analysis panel ends.
    let panel_end = harness.get_by_label("Karte").rect().left();
    for total in harness.get_all_by_label("Summe") {
        assert!(
            total.rect().right() <= panel_end,
            "the totals column ends at {} behind the panel's edge {panel_end}",
            total.rect().right()
        );
    }
    // Every stage's column is there, numbered, with its title in the key below.
    for number in ["1", "7"] {
        assert!(
            harness.query_all_by_label(number).count() > 0,
            "column {number}"
        );
    }
    harness.get_by_label_contains("7\u{a0}Ausführliche Phase 7");
}

#[test]
fn a_card_made_a_touchpoint_in_the_inspector_is_guessed_online_or_offline() {
    for (title, setting) in [
        ("Instagram-Story der Bäckerei", Setting::Online),
        ("Schild am Gartenzaun", Setting::Offline),
    ] {
        let mut map = small_map();
        map.cards[0].title = title.into();
        let mut harness = editor(map, None);
        let spot = editor_support::card_on_screen(&mut harness, CardId(1));
        harness.hover_at(spot);
        press_release(&mut harness, spot, PointerButton::Primary, 1);
        harness.get_by_label("This card is a touchpoint").click();
        harness.run();
        let map = harness.state().document().map();
        let touchpoint = map.cards[0].touchpoint.as_ref().expect("a touchpoint");
        assert_eq!(touchpoint.setting, setting, "{title}");
    }
}
