//! Exporting from the editor: slides, a stage range, copying the map as an image, and the
//! export running in the background with a progress bar and Cancel.

#![allow(clippy::unwrap_used, reason = "tests fail on error")]
#![allow(clippy::expect_used, reason = "tests fail on error")]

use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

mod editor_support;
use editor_support::{editor, press, small_map, submenu, type_into, wait_for_status};

use journeymap::export::Progress;
use journeymap::export::job::{self, Inputs, Request};
use journeymap::export::stages::StageRange;
use journeymap::model::Map;

fn fitness() -> Map {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/examples/fitness-studio-current-state.ron"
    );
    journeymap::file::load(Path::new(path)).expect("example")
}

fn png_size(path: &Path) -> (u32, u32) {
    image::image_dimensions(path).expect("a picture")
}

#[test]
fn slides_are_exported_in_the_chosen_shape_and_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deck.png");
    let mut harness = editor(small_map(), None);
    submenu(&mut harness, "File", "Export", "Export slides (PNG)…");
    type_into(&mut harness, "File path", path.to_str().unwrap());
    harness.get_by_label("4:3").click();
    harness.run();
    harness.get_by_label_contains("Full HD").click();
    harness.run();
    harness.get_by_label("Export").click();
    wait_for_status(&mut harness, "Exported deck.png");
    assert_eq!(png_size(&path), (1440, 1080));
}

#[test]
fn a_stage_range_chosen_in_the_dialog_exports_what_the_command_line_does() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("purchase.png");
    let mut harness = editor(fitness(), None);
    submenu(&mut harness, "File", "Export", "Export picture (PNG)…");
    type_into(&mut harness, "File path", path.to_str().unwrap());
    harness.get_by_label("1×").click();
    harness.run();
    // From the third stage to the fourth.
    harness.get_by_label("First stage").click();
    harness.run();
    harness.get_by_label("3. Purchase").click();
    harness.run();
    harness.get_by_label("Last stage").click();
    harness.run();
    harness.get_by_label("4. Retention").click();
    harness.run();
    harness.get_by_label("Export").click();
    wait_for_status(&mut harness, "Exported purchase.png");

    let expected = dir.path().join("expected.png");
    let request = Request {
        scale: 1.0,
        stages: Some(StageRange { first: 2, last: 3 }),
        ..Request::default()
    };
    job::run(
        &fitness(),
        &request,
        &Inputs::default(),
        &expected,
        &Progress::new(),
    )
    .unwrap();
    assert!(
        std::fs::read(&path).unwrap() == std::fs::read(&expected).unwrap(),
        "the editor's picture of two stages equals the command line's"
    );
    let (whole, _) = journeymap::export::render_map(
        &fitness(),
        journeymap::export::RenderOptions {
            scale: 1.0,
            transparent: false,
        },
    )
    .unwrap();
    assert!(
        png_size(&path).0 < whole.size.x as u32,
        "narrower than the whole map"
    );
}

#[test]
fn copy_map_as_image_puts_the_picture_on_the_clipboard() {
    let mut harness = editor(small_map(), None);
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    let deadline = std::time::Instant::now() + std::time::Duration::from_mins(1);
    let image =
        loop {
            assert!(std::time::Instant::now() < deadline, "nothing was copied");
            harness.step();
            let copied =
                harness.output().platform_output.commands.iter().find_map(
                    |command| match command {
                        egui::OutputCommand::CopyImage(image) => Some(image.clone()),
                        _ => None,
                    },
                );
            if let Some(image) = copied {
                break image;
            }
            std::thread::yield_now();
        };
    let (layout, _) = journeymap::export::render_map(
        &small_map(),
        journeymap::export::RenderOptions {
            scale: 2.0,
            transparent: false,
        },
    )
    .unwrap();
    assert_eq!(
        image.size,
        [
            (layout.size.x * 2.0) as usize,
            (layout.size.y * 2.0) as usize
        ],
        "the whole map at 2×"
    );
    harness.run();
    assert!(harness.query_by_label_contains("Copied the map").is_some());
}

#[test]
fn cancel_stops_a_running_export_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.png");
    // Slides of a large map take long enough to be stopped.
    let mut harness = editor(journeymap::model::sample::synthetic_map(500), None);
    submenu(&mut harness, "File", "Export", "Export slides (PNG)…");
    type_into(&mut harness, "File path", path.to_str().unwrap());
    harness.get_by_label("Export").click();
    harness.run();
    assert!(harness.query_by_label_contains("Exporting").is_some());
    harness.get_by_label("Cancel").click();
    wait_for_status(&mut harness, "Export cancelled");
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "nothing was written"
    );
    assert!(
        harness.query_by_label("Exporting…").is_none(),
        "the progress bar went"
    );
}

#[test]
fn the_csv_table_is_exported_from_the_menu() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("touchpoints.csv");
    let mut harness = editor(fitness(), None);
    submenu(
        &mut harness,
        "File",
        "Export",
        "Export touchpoint table (CSV)…",
    );
    type_into(&mut harness, "File path", path.to_str().unwrap());
    press(&mut harness, Modifiers::NONE, Key::Enter);
    wait_for_status(&mut harness, "Exported touchpoints.csv");
    let table = std::fs::read_to_string(&path).unwrap();
    assert!(table.contains("Google reviews"), "{table}");
}

#[test]
fn a_pdf_poster_is_exported_on_the_chosen_page() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wall.pdf");
    let mut harness = editor(fitness(), None);
    submenu(&mut harness, "File", "Export", "Export PDF…");
    type_into(&mut harness, "File path", path.to_str().unwrap());
    harness.get_by_label("A3").click();
    harness.run();
    harness.get_by_label("Export").click();
    wait_for_status(&mut harness, "Exported wall.pdf");
    let info = std::process::Command::new("pdfinfo")
        .arg(&path)
        .output()
        .expect("pdfinfo runs (bash scripts/install-packages installs poppler-utils)");
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("1190.55 x 841.89 pts (A3)"), "{info}");
}

#[test]
fn an_svg_is_exported_from_the_menu() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.svg");
    let mut harness = editor(small_map(), None);
    submenu(
        &mut harness,
        "File",
        "Export",
        "Export vector picture (SVG)…",
    );
    type_into(&mut harness, "File path", path.to_str().unwrap());
    press(&mut harness, Modifiers::NONE, Key::Enter);
    wait_for_status(&mut harness, "Exported map.svg");
    let svg = std::fs::read_to_string(&path).unwrap();
    assert!(
        svg.starts_with("<?xml") || svg.starts_with("<svg"),
        "{}",
        &svg[..80.min(svg.len())]
    );
    assert!(
        svg.contains("Sees a poster"),
        "the card's words are in the SVG"
    );
}

/// The slides in a deck: its `ppt/slides/slideN.xml` parts.
fn slide_count(path: &Path) -> usize {
    let archive = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    archive
        .file_names()
        .map(Result::unwrap)
        .filter(|name| name.starts_with("ppt/slides/slide") && name.ends_with(".xml"))
        .count()
}

#[test]
fn a_deck_ends_with_the_priority_matrix_when_ticked_in_the_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.pptx");
    let with_matrix = dir.path().join("with-matrix.pptx");
    let mut harness = editor(fitness(), None);
    for (path, tick) in [(&plain, false), (&with_matrix, true)] {
        submenu(
            &mut harness,
            "File",
            "Export",
            "Export slide deck (PowerPoint)…",
        );
        type_into(&mut harness, "File path", path.to_str().unwrap());
        let checkbox = "End with the priority matrix on a slide of its own";
        if tick {
            harness.get_by_label(checkbox).click();
            harness.run();
        }
        harness.get_by_label("Export").click();
        harness.run();
        let name = path.file_name().unwrap().to_str().unwrap();
        wait_for_status(&mut harness, &format!("Exported {name}"));
    }
    assert_eq!(
        slide_count(&with_matrix),
        slide_count(&plain) + 1,
        "the ticked deck has the matrix as one more slide"
    );
}
