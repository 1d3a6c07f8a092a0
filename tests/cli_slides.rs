//! `journeymap export` into slides, decks, vector files and stage ranges, from the command
//! line: the files written, their names and sizes, and the messages for what cannot be done.

#![allow(clippy::unwrap_used, reason = "tests fail on error")]

mod common;
use common::entries;

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin;
use journeymap::model::sample::synthetic_map;

fn journeymap() -> Command {
    let mut command = Command::new(cargo_bin!("journeymap"));
    command.env("RUST_BACKTRACE", "1").env_remove("RUST_LOG");
    command
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/fitness-studio-current-state.ron")
}

fn export(args: &[&str]) -> Output {
    journeymap().arg("export").args(args).output().unwrap()
}

#[test]
fn a_map_that_fits_one_slide_is_one_picture_of_the_slides_size() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("slide.png");
    let output = export(&[
        example().to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--slide",
        "4:3",
        "--scale",
        "1",
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(entries(dir.path()), ["slide.png"]);
    assert_eq!(image::image_dimensions(&out).unwrap(), (1440, 1080));
    assert!(output.stderr.is_empty(), "{}", text(&output.stderr));
}

#[test]
fn a_wide_map_becomes_numbered_slides_and_the_note_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("wide.ron");
    journeymap::file::save(&synthetic_map(60), &map).unwrap();
    let out = dir.path().join("wide.png");
    let output = export(&[
        map.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--slide",
        "16:9",
        "--scale",
        "1",
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        entries(dir.path()),
        ["wide-1.png", "wide-2.png", "wide.ron"]
    );
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains("wide-1.png") && stdout.contains("wide-2.png"),
        "{stdout}"
    );
    assert!(
        text(&output.stderr).contains("split between stages into 2 slides"),
        "{}",
        text(&output.stderr)
    );
    for name in ["wide-1.png", "wide-2.png"] {
        assert_eq!(
            image::image_dimensions(dir.path().join(name)).unwrap(),
            (1920, 1080)
        );
    }
}

#[test]
fn a_stage_range_is_named_by_titles_and_a_wrong_one_lists_the_stages() {
    let dir = tempfile::tempdir().unwrap();
    let part = dir.path().join("part.png");
    let whole = dir.path().join("whole.png");
    let ok = export(&[
        example().to_str().unwrap(),
        "-o",
        part.to_str().unwrap(),
        "--stages",
        "purchase..Retention",
        "--scale",
        "1",
    ]);
    assert!(ok.status.success(), "{}", text(&ok.stderr));
    let all = export(&[
        example().to_str().unwrap(),
        "-o",
        whole.to_str().unwrap(),
        "--scale",
        "1",
    ]);
    assert!(all.status.success());
    let (part_width, _) = image::image_dimensions(&part).unwrap();
    let (whole_width, _) = image::image_dimensions(&whole).unwrap();
    assert!(part_width < whole_width, "{part_width} vs {whole_width}");

    let wrong = export(&[
        example().to_str().unwrap(),
        "-o",
        dir.path().join("x.png").to_str().unwrap(),
        "--stages",
        "Kauf..Bindung",
    ]);
    assert_eq!(wrong.status.code(), Some(1));
    let message = text(&wrong.stderr);
    assert!(message.contains("no stage \"Kauf\""), "{message}");
    assert!(
        message.contains("\"Awareness\", \"Consideration\""),
        "{message}"
    );
    assert!(!dir.path().join("x.png").exists());
}

#[test]
fn vector_exports_and_decks_refuse_what_does_not_apply() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[&str], &str); 6] = [
        ("x.png", &["--page", "A4"], "--page is for PDF"),
        ("x.png", &["--matrix"], "--matrix adds a slide to a deck"),
        ("x.pdf", &["--matrix"], "--matrix adds a slide to a deck"),
        (
            "x.svg",
            &["--scale", "2"],
            "SVG and PDF draw the map as vectors",
        ),
        (
            "x.pdf",
            &["--slide", "16:9"],
            "SVG and PDF draw the map as vectors",
        ),
        ("x.pptx", &["--transparent"], "are for PNG pictures"),
    ];
    for (name, args, expected) in cases {
        let out = dir.path().join(name);
        let output = journeymap()
            .arg("export")
            .arg(example())
            .arg("-o")
            .arg(&out)
            .args(args)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{name} {args:?}");
        assert!(
            text(&output.stderr).contains(expected),
            "{}",
            text(&output.stderr)
        );
        assert!(!out.exists());
    }
}

#[test]
fn svg_pdf_and_deck_are_written_and_the_same_input_gives_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    for (name, extra) in [
        ("map.svg", None),
        ("map.pdf", Some("--page=A3")),
        ("map.pptx", Some("--scale=1")),
    ] {
        let mut bytes = Vec::new();
        for round in 0..2 {
            let out = dir.path().join(format!("{round}-{name}"));
            let output = journeymap()
                .arg("export")
                .arg(example())
                .arg("-o")
                .arg(&out)
                .args(extra)
                .output()
                .unwrap();
            assert!(output.status.success(), "{name}: {}", text(&output.stderr));
            bytes.push(std::fs::read(&out).unwrap());
        }
        assert!(bytes[0] == bytes[1], "{name} differs between two runs");
        let start: &[u8] = match name {
            "map.svg" => b"<",
            "map.pdf" => b"%PDF",
            _ => b"PK",
        };
        assert!(bytes[0].starts_with(start), "{name}");
    }
}

/// `--matrix` ends the deck with the priority matrix: one more slide, after the map's, showing
/// a picture as high as the slide, named after the matrix and with notes on what to fix first.
#[test]
fn a_deck_with_matrix_ends_with_the_priority_matrix() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("deck.pptx");
    let output = journeymap()
        .arg("export")
        .arg(example())
        .args(["--scale", "1", "--matrix", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let mut read = |name: &str| {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut zip.by_name(name).unwrap(), &mut bytes).unwrap();
        bytes
    };
    let presentation = text(&read("ppt/presentation.xml"));
    assert_eq!(
        presentation.matches("<p:sldId ").count(),
        3,
        "title, map and matrix: {presentation}"
    );
    let last = text(&read("ppt/slides/slide3.xml"));
    assert!(
        last.contains("name=\"Pulse Fitness – becoming a member: Priority matrix\""),
        "{last}"
    );
    let rels = text(&read("ppt/slides/_rels/slide3.xml.rels"));
    assert!(rels.contains("../media/image2.png"), "{rels}");
    let picture = image::load_from_memory(&read("ppt/media/image2.png")).unwrap();
    assert!(
        picture.height().abs_diff(1080) <= 1,
        "as high as a slide at --scale 1: {}",
        picture.height()
    );
    let notes = text(&read("ppt/notesSlides/notesSlide2.xml"));
    assert!(notes.contains("<a:t>Fix first</a:t>"), "{notes}");
    assert!(
        notes.contains("<a:t>– Sales talk at the counter</a:t>"),
        "{notes}"
    );
    // The map's slide is the second, as without the matrix.
    let second = text(&read("ppt/slides/slide2.xml"));
    assert!(!second.contains("Priority matrix"));
}
