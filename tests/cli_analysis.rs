//! The binary's `export` to CSV and its `compare`: the table a spreadsheet opens in the map's
//! language, the summary line, and clean failures.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin;
use journeymap::file;
use journeymap::model::{CardId, Channel, LaneKind, Lang, Map, StageId};

/// The binary, with backtraces switched on so that a panic would show in the output.
fn journeymap() -> Command {
    let mut command = Command::new(cargo_bin!("journeymap"));
    command.env("RUST_BACKTRACE", "1").env_remove("RUST_LOG");
    command
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples")
        .join(name)
}

const ENGLISH: &str = "fitness-studio-current-state.ron";
const GERMAN: &str = "baeckerei-tag-im-leben.ron";

/// Exit 1, nothing on stdout, and on stderr one or two lines that start with `journeymap:`,
/// name `name`, and show no panic.
fn assert_clean_failure(output: &Output, name: &str) {
    let err = stderr(output);
    assert_eq!(output.status.code(), Some(1), "stderr: {err}");
    assert_eq!(stdout(output), "", "nothing on stdout on failure");
    let lines: Vec<&str> = err.trim_end().lines().collect();
    assert!(
        (1..=2).contains(&lines.len()),
        "one or two lines expected: {err}"
    );
    assert!(lines[0].starts_with("journeymap: "), "{err}");
    assert!(err.contains(name), "the message must name {name}: {err}");
    for forbidden in ["panicked", "RUST_BACKTRACE", "stack backtrace"] {
        assert!(!err.contains(forbidden), "{forbidden} in: {err}");
    }
}

/// Exports `map` to `out` and reads the table back, split at `separator`.
fn export_csv(map: &Path, out: &Path, separator: u8) -> Vec<Vec<String>> {
    let output = journeymap()
        .arg("export")
        .arg(map)
        .arg("-o")
        .arg(out)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output), format!("wrote {}\n", out.display()));
    let text = fs::read_to_string(out).unwrap();
    let body = text.strip_prefix('\u{feff}').expect("a byte-order mark");
    csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|record| record.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// The metric cells of a table (the columns after the 16 fixed ones), non-empty ones only.
fn metric_cells(rows: &[Vec<String>]) -> Vec<&str> {
    rows[1..]
        .iter()
        .flat_map(|row| row[16..].iter().map(String::as_str))
        .filter(|cell| !cell.is_empty())
        .collect()
}

#[test]
fn an_english_example_exports_as_a_comma_table() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("fitness.csv");
    let rows = export_csv(&example(ENGLISH), &out, b',');
    let map = file::load(&example(ENGLISH)).unwrap();
    assert_eq!(rows.len(), 1 + map.touchpoints().count());
    assert_eq!(&rows[0][..4], ["Stage", "Phase", "Lane", "Title"]);
    assert!(rows.iter().all(|row| row.len() == rows[0].len()));
    assert_eq!(rows[1][0], map.stages[0].title);
    let numbers = metric_cells(&rows);
    assert!(!numbers.is_empty(), "the example has metrics");
    for cell in numbers {
        assert!(!cell.contains(','), "{cell}");
        cell.parse::<f64>().unwrap();
    }
}

#[test]
fn a_german_example_exports_as_a_semicolon_table_with_decimal_commas() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("bäckerei.CSV");
    let rows = export_csv(&example(GERMAN), &out, b';');
    let map = file::load(&example(GERMAN)).unwrap();
    assert_eq!(map.lang, Lang::De);
    assert_eq!(rows.len(), 1 + map.touchpoints().count());
    assert_eq!(
        &rows[0][..5],
        ["Phase", "Abschnitt", "Zeile", "Titel", "Kanal"],
        "German headers"
    );
    let numbers = metric_cells(&rows);
    assert!(!numbers.is_empty(), "the example has metrics");
    assert!(
        numbers.iter().any(|cell| cell.contains(',')),
        "some figure has decimals: {numbers:?}"
    );
    for cell in numbers {
        assert!(!cell.contains('.'), "{cell}");
        cell.replace(',', ".").parse::<f64>().unwrap();
    }
    let text = fs::read_to_string(&out).unwrap();
    assert!(
        text.contains("Schwächen") && text.contains("Stärken"),
        "umlauts intact"
    );
}

#[test]
fn an_unknown_extension_lists_the_supported_formats() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["map.xlsx", "map"] {
        let output = journeymap()
            .arg("export")
            .arg(example(ENGLISH))
            .arg("-o")
            .arg(dir.path().join(name))
            .output()
            .unwrap();
        assert_clean_failure(&output, name);
        let err = stderr(&output);
        assert!(err.contains(".png") && err.contains(".csv"), "{err}");
    }
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn picture_options_are_refused_for_a_table() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("table.csv");
    for option in [
        &["--scale", "1"][..],
        &["--transparent"][..],
        &["--view", "matrix"][..],
    ] {
        let output = journeymap()
            .arg("export")
            .arg(example(ENGLISH))
            .arg("-o")
            .arg(&out)
            .args(option)
            .output()
            .unwrap();
        assert_clean_failure(&output, "table.csv");
        assert!(
            stderr(&output)
                .contains("--scale, --transparent, --view, --slide and --stages are for pictures")
        );
    }
    assert!(!out.exists());
}

fn compare(a: &Path, b: &Path) -> Output {
    journeymap().arg("compare").arg(a).arg(b).output().unwrap()
}

#[test]
fn identical_maps_compare_equal() {
    for name in [ENGLISH, GERMAN] {
        let output = compare(&example(name), &example(name));
        assert!(output.status.success(), "{}", stderr(&output));
        assert_eq!(
            stdout(&output),
            "0 added, 0 removed, 0 changed touchpoints; emotion differs in 0 stages\n"
        );
        assert_eq!(stderr(&output), "");
    }
}

/// The English example with one touchpoint removed, one added, one re-rated and one stage's
/// emotion changed.
fn changed_copy() -> Map {
    let mut map = file::load(&example(ENGLISH)).unwrap();
    let touchpoints: Vec<CardId> = map.touchpoints().map(|(card, _)| card.id).collect();
    let (removed, rerated) = (touchpoints[0], touchpoints[1]);
    let template = map.card(rerated).unwrap().clone();
    map.cards.retain(|card| card.id != removed);
    let touchpoint = map
        .cards
        .iter_mut()
        .find(|card| card.id == rerated)
        .and_then(|card| card.touchpoint.as_mut())
        .unwrap();
    touchpoint.performance = Some(if touchpoint.performance == Some(1) {
        5
    } else {
        1
    });
    let added = map.new_card(
        map.next_card_id(),
        template.lane,
        template.stage,
        "Studio app",
        Channel::Custom,
    );
    map.cards.push(added);
    for lane in &mut map.lanes {
        if let LaneKind::Emotion { scores, .. } = &mut lane.kind {
            let score = scores.entry(StageId(1)).or_insert(0);
            *score = if *score == 2 { -2 } else { 2 };
            break;
        }
    }
    map
}

#[test]
fn a_changed_copy_is_summarised() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("changed.ron");
    file::save(&changed_copy(), &copy).unwrap();
    let output = compare(&example(ENGLISH), &copy);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "1 added, 1 removed, 1 changed touchpoint; emotion differs in 1 stage\n"
    );
    // The other way round, what was added is removed.
    let output = compare(&copy, &example(ENGLISH));
    assert_eq!(
        stdout(&output),
        "1 added, 1 removed, 1 changed touchpoint; emotion differs in 1 stage\n"
    );
}

#[test]
fn a_missing_or_broken_map_fails_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-map.ron");
    let broken = dir.path().join("broken.ron");
    fs::write(&broken, "(format: 4, map: (title: ").unwrap();
    let output = compare(&missing, &example(ENGLISH));
    assert_clean_failure(&output, "no-such-map.ron");
    let output = compare(&example(ENGLISH), &missing);
    assert_clean_failure(&output, "no-such-map.ron");
    let output = compare(&example(ENGLISH), &broken);
    assert_clean_failure(&output, "broken.ron");
}

#[test]
fn help_lists_compare_and_the_export_formats() {
    let output = journeymap().arg("--help").output().unwrap();
    assert!(stdout(&output).contains("compare"));
    let output = journeymap().args(["export", "--help"]).output().unwrap();
    let help = stdout(&output);
    assert!(help.contains(".csv") && help.contains(".png"), "{help}");
    let output = journeymap().args(["compare", "--help"]).output().unwrap();
    assert!(output.status.success());
}

/// `export --view matrix` writes the priority matrix: the four tinted quadrants, and a dot in
/// each rated touchpoint's media colour.
#[test]
fn the_priority_matrix_exports_as_a_picture() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("matrix.png");
    let output = journeymap()
        .arg("export")
        .arg(example("fitness-studio-current-state.ron"))
        .args(["--view", "matrix", "--scale", "1", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let image = image::open(&out).unwrap().to_rgba8();
    let has = |colour: egui::Color32| {
        let [r, g, b, _] = colour.to_array();
        image.pixels().filter(|p| p.0[..3] == [r, g, b]).count()
    };
    for quadrant in journeymap::analysis::Quadrant::ALL {
        assert!(
            has(journeymap::theme::quadrant_fill(quadrant)) > 1000,
            "{quadrant:?} is tinted"
        );
    }
    for ownership in [
        journeymap::model::Ownership::Owned,
        journeymap::model::Ownership::Earned,
    ] {
        assert!(
            has(journeymap::theme::ownership_color(ownership)) > 50,
            "{ownership:?} dots are drawn"
        );
    }
    let csv = journeymap()
        .arg("export")
        .arg(example("fitness-studio-current-state.ron"))
        .args(["--view", "matrix", "-o"])
        .arg(dir.path().join("matrix.csv"))
        .output()
        .unwrap();
    assert!(!csv.status.success(), "a view is for pictures");
}

/// Runs `compare A B -o OUT --scale 1`.
fn compare_picture(a: &Path, b: &Path, out: &Path) -> Output {
    journeymap()
        .arg("compare")
        .arg(a)
        .arg(b)
        .arg("-o")
        .arg(out)
        .args(["--scale", "1"])
        .output()
        .unwrap()
}

/// How many pixels of exactly `colour` lie in the left and in the right half of the picture,
/// below its header and legend (whose swatches show every mark colour on the left).
fn left_and_right(image: &image::RgbaImage, colour: egui::Color32) -> (usize, usize) {
    let [r, g, b, _] = colour.to_array();
    let (mut left, mut right) = (0, 0);
    for (x, y, pixel) in image.enumerate_pixels() {
        if y > 300 && pixel.0[..3] == [r, g, b] {
            if x < image.width() / 2 {
                left += 1;
            } else {
                right += 1;
            }
        }
    }
    (left, right)
}

#[test]
fn compare_writes_a_picture_with_removed_cards_marked_left_and_added_ones_right() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("changed.ron");
    file::save(&changed_copy(), &copy).unwrap();
    let out = dir.path().join("comparison.png");
    let output = compare_picture(&example(ENGLISH), &copy, &out);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        format!(
            "1 added, 1 removed, 1 changed touchpoint; emotion differs in 1 stage\nwrote {}\n",
            out.display()
        )
    );
    assert_eq!(stderr(&output), "", "two maps of this size need no scaling");
    let image = image::open(&out).unwrap().to_rgba8();
    let single = journeymap::export::render_map(
        &file::load(&example(ENGLISH)).unwrap(),
        journeymap::export::RenderOptions::default(),
    )
    .unwrap()
    .0;
    assert!(
        image.width() as f32 > 2.0 * single.size.x
            && (image.width() as f32) < 2.0 * single.size.x + 200.0,
        "two maps side by side at their own size: {} px for a map {} wide",
        image.width(),
        single.size.x
    );
    assert!(
        image.height() as f32 > single.size.y + 400.0,
        "room for header and chart"
    );

    let (left, right) = left_and_right(&image, journeymap::theme::COMPARE_REMOVED);
    assert!(
        left > 200 && right == 0,
        "removed: {left} left, {right} right"
    );
    let (left, right) = left_and_right(&image, journeymap::theme::COMPARE_ADDED);
    assert!(
        left == 0 && right > 200,
        "added: {left} left, {right} right"
    );
    let (left, right) = left_and_right(&image, journeymap::theme::COMPARE_CHANGED);
    assert!(
        left > 200 && right > 200,
        "changed: {left} left, {right} right"
    );
    for curve in [
        journeymap::theme::COMPARE_CURVE_A,
        journeymap::theme::COMPARE_CURVE_B,
    ] {
        let [r, g, b, _] = curve.to_array();
        let drawn = image.pixels().filter(|p| p.0[..3] == [r, g, b]).count();
        assert!(
            drawn > 500,
            "both emotion curves are drawn: {drawn} px of {curve:?}"
        );
    }
}

#[test]
fn the_same_maps_give_the_same_picture_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (dir.path().join("1.png"), dir.path().join("2.png"));
    for out in [&first, &second] {
        let output = compare_picture(&example(GERMAN), &example(ENGLISH), out);
        assert!(output.status.success(), "{}", stderr(&output));
    }
    assert_eq!(fs::read(&first).unwrap(), fs::read(&second).unwrap());
}

#[test]
fn a_comparison_picture_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("comparison.png");
    let missing = dir.path().join("no-such-map.ron");
    let output = compare_picture(&missing, &example(ENGLISH), &out);
    assert_clean_failure(&output, "no-such-map.ron");
    assert!(!out.exists(), "no picture for a map that cannot be read");

    let nowhere = dir.path().join("no-such-folder").join("comparison.png");
    let output = compare_picture(&example(ENGLISH), &example(ENGLISH), &nowhere);
    assert_clean_failure(&output, "comparison.png");

    let table = dir.path().join("comparison.csv");
    let output = compare_picture(&example(ENGLISH), &example(ENGLISH), &table);
    assert_clean_failure(&output, "comparison.csv");
    assert!(stderr(&output).contains(".png"), "{}", stderr(&output));
}
