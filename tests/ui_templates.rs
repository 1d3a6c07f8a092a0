//! Your own templates: File ▸ Save as template… writes an ordinary map file with the map's
//! stages and lanes (and, if asked, its cards) into the templates folder; the start screen lists
//! the templates there, starts a new unsaved map from one, renames and deletes them, and shows a
//! broken file with its reason.

#![allow(clippy::unwrap_used, reason = "tests fail on error")]
#![allow(clippy::expect_used, reason = "tests fail on error")]

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

mod editor_support;
use editor_support::{menu, text_field, type_into};

use journeymap::file::user_templates;
use journeymap::model::{Lang, Map};
use journeymap::ui::EditorApp;

fn fitness() -> Map {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/examples/fitness-studio-current-state.ron"
    );
    journeymap::file::load(Path::new(path)).expect("example")
}

/// The editor on `map`, in English, keeping templates in `templates`.
fn editor_with_templates(map: Map, templates: &Path) -> Harness<'static, EditorApp> {
    let templates = templates.to_owned();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| {
            let mut app = EditorApp::new(&cc.egui_ctx, map, None);
            app.set_lang(Lang::En);
            app.set_templates_dir(templates);
            app
        });
    harness.run();
    harness
}

/// The start screen, in English, with the templates in `templates`.
fn start_with_templates(templates: &Path) -> Harness<'static, EditorApp> {
    let templates = templates.to_owned();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| {
            let mut app = EditorApp::start(&cc.egui_ctx, None);
            app.set_lang(Lang::En);
            app.set_templates_dir(templates);
            app
        });
    harness.run();
    harness
}

/// File ▸ Save as template…, named `name` (the title if `None`), keeping the cards or not.
fn save_as_template(harness: &mut Harness<'_, EditorApp>, name: Option<&str>, keep_cards: bool) {
    menu(harness, "File", "Save as template…");
    if let Some(name) = name {
        type_into(harness, "Template name", name);
    }
    if keep_cards {
        harness.get_by_label("Keep the cards").click();
        harness.run();
    }
    harness.get_by_label("Save").click();
    harness.run();
}

/// The template `name` saved from `map` in `dir`, as File ▸ Save as template… writes it.
fn template_file(dir: &Path, map: &Map, name: &str) -> PathBuf {
    let path = user_templates::path_for(dir, name);
    user_templates::save(&user_templates::template_of(map, name, false), &path).unwrap();
    path
}

#[test]
fn save_as_template_keeps_the_stages_and_lanes_under_the_title_without_the_cards() {
    let dir = tempfile::tempdir().unwrap();
    let map = fitness();
    let mut harness = editor_with_templates(map.clone(), dir.path());
    menu(&mut harness, "File", "Save as template…");
    assert_eq!(
        text_field(&harness, "Template name").value().as_deref(),
        Some(map.title.as_str()),
        "the name starts as the map's title"
    );
    assert_eq!(
        harness
            .get_by_label("Keep the cards")
            .accesskit_node()
            .toggled(),
        Some(egui::accesskit::Toggled::False)
    );
    harness.get_by_label("Save").click();
    harness.run();

    let path = dir.path().join(format!("{}.ron", map.title));
    let template = journeymap::file::load(&path).expect("the template is an ordinary map file");
    assert_eq!(template.title, map.title);
    assert_eq!((template.kind, template.lang), (map.kind, map.lang));
    assert_eq!(template.stages, map.stages);
    let lanes = |map: &Map| -> Vec<(String, Option<f32>)> {
        map.lanes
            .iter()
            .map(|lane| (lane.title.clone(), lane.height))
            .collect()
    };
    assert_eq!(lanes(&template), lanes(&map));
    assert!(template.cards.is_empty() && template.connections.is_empty());
    assert!(template.goal.is_empty() && template.persona.name.is_empty());
    assert!(
        harness
            .query_by_label_contains("Saved the template")
            .is_some()
    );
    // The map itself is unchanged and still has no file.
    assert_eq!(harness.state().document().map(), &map);
    assert!(harness.state().path().is_none());
}

#[test]
fn keep_the_cards_keeps_them_and_a_taken_name_asks_before_replacing() {
    let dir = tempfile::tempdir().unwrap();
    let map = fitness();
    let mut harness = editor_with_templates(map.clone(), dir.path());
    save_as_template(&mut harness, Some("Studio"), true);
    let path = dir.path().join("Studio.ron");
    let kept = journeymap::file::load(&path).unwrap();
    assert_eq!(kept.title, "Studio");
    assert_eq!(kept.cards, map.cards);

    // The same name again, without the cards: asked first; "Cancel" keeps the file.
    save_as_template(&mut harness, Some("Studio"), false);
    assert!(harness.query_by_label_contains("Studio.ron").is_some());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(journeymap::file::load(&path).unwrap().cards, map.cards);

    save_as_template(&mut harness, Some("Studio"), false);
    harness.get_by_label("Replace").click();
    harness.run();
    assert!(journeymap::file::load(&path).unwrap().cards.is_empty());
}

#[test]
fn the_start_screen_lists_the_templates_by_name_and_starts_a_new_unsaved_map_from_one() {
    let dir = tempfile::tempdir().unwrap();
    let map = fitness();
    let studio = template_file(dir.path(), &map, "Studio");
    let mut bakery = map.clone();
    bakery.stages.truncate(2);
    template_file(dir.path(), &bakery, "Apfel");
    let before = std::fs::read(&studio).unwrap();

    let mut harness = start_with_templates(dir.path());
    assert!(harness.query_by_label("Your templates").is_some());
    let apfel = harness.get_by_label("Apfel").rect();
    let studio_link = harness.get_by_label("Studio").rect();
    assert!(apfel.top() < studio_link.top(), "sorted by name");

    harness.get_by_label("Studio").click();
    harness.run();
    let app = harness.state();
    assert!(!app.is_on_start_screen());
    assert!(app.path().is_none(), "a new map, not the template file");
    let started = app.document().map();
    assert_eq!(started.stages, map.stages);
    assert_eq!(started.lanes.len(), map.lanes.len());
    assert!(started.cards.is_empty());
    assert_eq!(std::fs::read(&studio).unwrap(), before);
}

#[test]
fn a_template_is_renamed_and_deleted_from_the_start_screen() {
    let dir = tempfile::tempdir().unwrap();
    let old = template_file(dir.path(), &fitness(), "Studio");
    let apfel = template_file(dir.path(), &fitness(), "Apfel");
    let mut harness = start_with_templates(dir.path());

    harness.get_by_label("Rename template “Studio”").click();
    harness.run();
    assert_eq!(
        text_field(&harness, "Template name").value().as_deref(),
        Some("Studio")
    );
    // A name another template has is refused, and the dialog stays for another.
    type_into(&mut harness, "Template name", "Apfel");
    harness.get_by_label("Rename").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("There is already a template called “Apfel”")
            .is_some()
    );
    assert!(old.exists() && journeymap::file::load(&apfel).unwrap().title == "Apfel");
    type_into(&mut harness, "Template name", "Workshop");
    harness.get_by_label("Rename").click();
    harness.run();
    let renamed = dir.path().join("Workshop.ron");
    assert!(!old.exists());
    assert_eq!(journeymap::file::load(&renamed).unwrap().title, "Workshop");
    assert!(harness.query_by_label("Workshop").is_some());
    assert!(harness.query_by_label("Studio").is_none());

    harness.get_by_label("Delete template “Workshop”").click();
    harness.run();
    // Asked first: Cancel keeps it.
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(renamed.exists());
    harness.get_by_label("Delete template “Workshop”").click();
    harness.run();
    harness.get_by_label("Delete").click();
    harness.run();
    assert!(!renamed.exists());
    assert!(harness.query_by_label("Workshop").is_none());
    harness.get_by_label("Delete template “Apfel”").click();
    harness.run();
    harness.get_by_label("Delete").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Save as template…")
            .is_some(),
        "with none left, the start screen says how to make one"
    );
}

#[test]
fn a_broken_template_file_is_listed_greyed_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    template_file(dir.path(), &fitness(), "Studio");
    std::fs::write(dir.path().join("Kaputt.ron"), "(format: 1, map: (title: ").unwrap();
    let mut harness = start_with_templates(dir.path());
    let broken = harness.get_by_label("Kaputt");
    assert!(
        broken.accesskit_node().is_disabled(),
        "a broken template cannot be started"
    );
    assert!(
        harness.query_by_label_contains("Kaputt.ron").is_some(),
        "the reason names the file"
    );
    // The good one still starts.
    harness.get_by_label("Studio").click();
    harness.run();
    assert!(!harness.state().is_on_start_screen());
}

#[test]
fn the_command_palette_finds_save_as_template_in_german_and_english() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, query, entry, field) in [
        (
            Lang::De,
            "vorlage",
            "Als Vorlage speichern…",
            "Name der Vorlage",
        ),
        (Lang::En, "reuse", "Save as template…", "Template name"),
    ] {
        let mut harness = editor_with_templates(fitness(), dir.path());
        harness.state_mut().set_lang(lang);
        harness.run();
        editor_support::press(&mut harness, egui::Modifiers::COMMAND, egui::Key::K);
        editor_support::type_text(&mut harness, query);
        harness
            .get_by_role_and_label(egui::Role::Button, entry)
            .click();
        harness.run();
        assert!(
            harness
                .query_by_role_and_label(egui::Role::TextInput, field)
                .is_some(),
            "{query:?} opens the template dialog"
        );
    }
}

#[test]
fn a_template_put_in_the_folder_meanwhile_shows_when_the_start_screen_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = start_with_templates(dir.path());
    assert!(harness.query_by_label("Shared").is_none());
    harness
        .get_by_role_and_label(egui::Role::Button, "Current state")
        .click();
    harness.run();
    // A colleague's template, put there while the new map is open.
    template_file(dir.path(), &fitness(), "Shared");
    menu(&mut harness, "File", "Close map");
    assert!(harness.state().is_on_start_screen());
    assert!(harness.query_by_label("Shared").is_some());
}
