//! Nothing is written over without asking: every export suggests a name of its own beside the
//! map, an export or Save as onto files already there asks "Replace / Choose another name /
//! Cancel" naming each of them, and a new map's Save as starts from its title in the documents
//! folder. The priority matrix is exported from File ▸ Export like the rest.

#![allow(clippy::unwrap_used, reason = "tests fail on error")]
#![allow(clippy::expect_used, reason = "tests fail on error")]

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

mod editor_support;
use editor_support::{press, small_map, submenu, text_field, type_into, wait_for_status};

use journeymap::export::{Exporter as _, RenderOptions};
use journeymap::model::{Lang, Map};
use journeymap::ui::EditorApp;

/// The editor on `map` (read from `path`), in English, saving new maps into `documents`.
fn editor_in(map: Map, path: Option<PathBuf>, documents: &Path) -> Harness<'static, EditorApp> {
    let documents = documents.to_owned();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| {
            let mut app = EditorApp::new(&cc.egui_ctx, map, path);
            app.set_lang(Lang::En);
            app.set_documents_dir(documents);
            app
        });
    harness.run();
    harness
}

/// `map` saved as `name` in `dir`, and the editor on it.
fn editor_on_file(map: &Map, dir: &Path, name: &str) -> (Harness<'static, EditorApp>, PathBuf) {
    let path = dir.join(name);
    journeymap::file::save(map, &path).unwrap();
    let harness = editor_in(map.clone(), Some(path.clone()), &dir.join("documents"));
    (harness, path)
}

fn fitness() -> Map {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/examples/fitness-studio-current-state.ron"
    );
    journeymap::file::load(Path::new(path)).expect("example")
}

/// What the file dialog's path field holds.
fn path_field(harness: &Harness<'_, EditorApp>) -> String {
    text_field(harness, "File path").value().unwrap_or_default()
}

/// Lets the editor run until `label` shows, as a user waits for an export in the background.
fn wait_for(harness: &mut Harness<'_, EditorApp>, label: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_mins(1);
    while harness.query_by_label_contains(label).is_none() {
        assert!(
            std::time::Instant::now() < deadline,
            "{label:?} never showed"
        );
        harness.step();
        std::thread::yield_now();
    }
    harness.run();
}

#[test]
fn every_export_suggests_a_name_of_its_own_beside_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, _) = editor_on_file(&small_map(), dir.path(), "cafe.ron");
    for (entry, name) in [
        ("Export picture (PNG)…", "cafe.png"),
        ("Export slides (PNG)…", "cafe-slides-1.png"),
        ("Export slide deck (PowerPoint)…", "cafe.pptx"),
        ("Export PDF…", "cafe.pdf"),
        ("Export priority matrix (PNG)…", "cafe-matrix.png"),
        ("Export touchpoint table (CSV)…", "cafe.csv"),
    ] {
        submenu(&mut harness, "File", "Export", entry);
        assert_eq!(
            path_field(&harness),
            dir.path().join(name).display().to_string(),
            "{entry}"
        );
        press(&mut harness, Modifiers::NONE, Key::Escape);
    }
}

#[test]
fn exporting_over_an_existing_picture_asks_and_cancel_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, _) = editor_on_file(&small_map(), dir.path(), "cafe.ron");
    let picture = dir.path().join("cafe.png");
    std::fs::write(&picture, b"the picture made a minute ago").unwrap();
    submenu(&mut harness, "File", "Export", "Export picture (PNG)…");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    wait_for(&mut harness, "Replace the existing file?");
    assert!(
        harness
            .query_by_label(&picture.display().to_string())
            .is_some(),
        "the question names the file"
    );
    harness.get_by_label("Cancel").click();
    wait_for_status(&mut harness, "Nothing was exported");
    assert_eq!(
        std::fs::read(&picture).unwrap(),
        b"the picture made a minute ago"
    );
    assert!(
        harness.query_by_label("Replace").is_none(),
        "the question went"
    );
}

#[test]
fn replace_writes_over_the_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, _) = editor_on_file(&fitness(), dir.path(), "cafe.ron");
    let table = dir.path().join("cafe.csv");
    std::fs::write(&table, b"old table").unwrap();
    submenu(
        &mut harness,
        "File",
        "Export",
        "Export touchpoint table (CSV)…",
    );
    press(&mut harness, Modifiers::NONE, Key::Enter);
    wait_for(&mut harness, "Replace the existing file?");
    harness.get_by_label("Replace").click();
    wait_for_status(&mut harness, "Exported cafe.csv");
    let written = std::fs::read_to_string(&table).unwrap();
    assert!(written.contains("Google reviews"), "{written}");
}

#[test]
fn choose_another_name_returns_to_the_path_field_with_the_choices_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, _) = editor_on_file(&small_map(), dir.path(), "cafe.ron");
    let picture = dir.path().join("cafe.png");
    std::fs::write(&picture, b"keep me").unwrap();
    submenu(&mut harness, "File", "Export", "Export picture (PNG)…");
    harness.get_by_label("1×").click();
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Enter);
    wait_for(&mut harness, "Replace the existing file?");
    harness.get_by_label("Choose another name").click();
    harness.run();
    assert_eq!(path_field(&harness), picture.display().to_string());
    assert!(
        harness.get_by_label("1×").accesskit_node().toggled()
            == Some(egui::accesskit::Toggled::True),
        "the scale chosen before stays"
    );
    let other = dir.path().join("cafe-small.png");
    type_into(&mut harness, "File path", other.to_str().unwrap());
    harness.get_by_label("Export").click();
    wait_for_status(&mut harness, "Exported cafe-small.png");
    assert_eq!(std::fs::read(&picture).unwrap(), b"keep me");
    assert!(image::open(&other).is_ok(), "a picture under the new name");
}

#[test]
fn a_slide_series_names_every_file_it_would_replace() {
    let dir = tempfile::tempdir().unwrap();
    // Wide enough for two Full HD slides.
    let map = journeymap::model::sample::synthetic_map(60);
    let (mut harness, _) = editor_on_file(&map, dir.path(), "wide.ron");
    let first = dir.path().join("wide-slides-1.png");
    let second = dir.path().join("wide-slides-2.png");
    std::fs::write(&first, b"old slide 1").unwrap();
    std::fs::write(&second, b"old slide 2").unwrap();
    submenu(&mut harness, "File", "Export", "Export slides (PNG)…");
    harness.get_by_label_contains("Full HD").click();
    harness.run();
    harness.get_by_label("Export").click();
    wait_for(&mut harness, "Replace 2 existing files?");
    for path in [&first, &second] {
        assert!(
            harness
                .query_by_label(&path.display().to_string())
                .is_some(),
            "{} is named",
            path.display()
        );
    }
    harness.get_by_label("Replace").click();
    wait_for_status(&mut harness, "Exported 2 files");
    for path in [&first, &second] {
        assert_eq!(image::image_dimensions(path).unwrap(), (1920, 1080));
    }
    assert!(
        !dir.path().join("wide.png").exists(),
        "the picture's name is left alone"
    );
}

#[test]
fn save_as_of_a_new_map_suggests_its_title_in_the_documents_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut map = small_map();
    map.title = "Bäckerei Sonnenschein – Tag im Leben".into();
    let mut harness = editor_in(map, None, dir.path());
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    let expected = dir.path().join("Bäckerei Sonnenschein – Tag im Leben.ron");
    assert_eq!(path_field(&harness), expected.display().to_string());
    press(&mut harness, Modifiers::NONE, Key::Enter);
    wait_for_status(&mut harness, "Saved");
    let saved = journeymap::file::load(&expected).unwrap();
    assert_eq!(saved.title, "Bäckerei Sonnenschein – Tag im Leben");
}

#[test]
fn save_as_over_another_file_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("Test journey.ron");
    std::fs::write(&other, b"someone else's map").unwrap();
    let mut harness = editor_in(small_map(), None, dir.path());
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    assert_eq!(path_field(&harness), other.display().to_string());
    press(&mut harness, Modifiers::NONE, Key::Enter);
    wait_for(&mut harness, "Replace the existing file?");
    harness.get_by_label("Cancel").click();
    wait_for_status(&mut harness, "Not saved");
    assert_eq!(std::fs::read(&other).unwrap(), b"someone else's map");

    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    press(&mut harness, Modifiers::NONE, Key::Enter);
    wait_for(&mut harness, "Replace the existing file?");
    harness.get_by_label("Replace").click();
    wait_for_status(&mut harness, "Saved");
    assert_eq!(
        journeymap::file::load(&other).unwrap().title,
        "Test journey"
    );
}

#[test]
fn the_priority_matrix_is_exported_from_the_file_menu() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, _) = editor_on_file(&fitness(), dir.path(), "fitness.ron");
    submenu(
        &mut harness,
        "File",
        "Export",
        "Export priority matrix (PNG)…",
    );
    press(&mut harness, Modifiers::NONE, Key::Enter);
    wait_for_status(&mut harness, "Exported fitness-matrix.png");
    let path = dir.path().join("fitness-matrix.png");
    let written = std::fs::read(&path).unwrap();
    let expected = journeymap::export::matrix::MatrixExporter {
        options: RenderOptions {
            scale: 2.0,
            transparent: false,
        },
    }
    .export(&fitness())
    .unwrap();
    assert!(
        written == expected,
        "the command line's matrix, byte for byte"
    );
    let picture = image::load_from_memory(&written).unwrap().to_rgba8();
    let colours: std::collections::BTreeSet<[u8; 4]> = picture.pixels().map(|p| p.0).collect();
    assert!(
        colours.len() > 50,
        "a drawn matrix, not a blank picture: {} colours",
        colours.len()
    );
    assert!(picture.width() >= 1000, "at 2×: {}", picture.width());
}

#[test]
fn the_question_fits_a_german_laptop_screen() {
    let dir = tempfile::tempdir().unwrap();
    let map = journeymap::model::sample::synthetic_map(60);
    let path = dir.path().join("breit.ron");
    journeymap::file::save(&map, &path).unwrap();
    let documents = dir.path().to_owned();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1024.0, 640.0))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| {
            let mut app = EditorApp::new(&cc.egui_ctx, map, Some(path));
            app.set_lang(Lang::De);
            app.set_documents_dir(documents);
            app
        });
    harness.run();
    for slide in 1..=2 {
        std::fs::write(dir.path().join(format!("breit-slides-{slide}.png")), b"alt").unwrap();
    }
    submenu(
        &mut harness,
        "Datei",
        "Exportieren",
        "Folien exportieren (PNG)…",
    );
    harness.get_by_label_contains("Full HD").click();
    harness.run();
    harness.get_by_label("Exportieren").click();
    wait_for(&mut harness, "2 vorhandene Dateien ersetzen?");
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1024.0, 640.0));
    for button in ["Ersetzen", "Anderen Namen wählen", "Abbrechen"] {
        let rect = harness.get_by_label(button).rect();
        assert!(
            screen.contains_rect(rect),
            "{button} is on screen: {rect:?}"
        );
    }
    harness.get_by_label("Abbrechen").click();
    wait_for_status(&mut harness, "Nichts exportiert");
    assert_eq!(
        std::fs::read(dir.path().join("breit-slides-1.png")).unwrap(),
        b"alt"
    );
}
