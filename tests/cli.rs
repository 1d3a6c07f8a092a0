//! The `journeymap` binary: `new`, `check` and `export`, their exit codes, their output and their
//! error messages, which must be one or two readable lines and never a panic.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::entries;

use std::fs;
use std::path::Path;
use std::process::Output;

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin;
use journeymap::file;
use journeymap::model::{
    Card, CardId, Channel, Connection, DividerLine, Lane, LaneId, LaneKind, Lang, Map, MapKind,
    Stage, StageId, TextRole, Touchpoint,
};

const KINDS: [(&str, MapKind, &str); 4] = [
    ("current-state", MapKind::CurrentState, "current state"),
    ("day-in-the-life", MapKind::DayInTheLife, "day in the life"),
    ("future-state", MapKind::FutureState, "future state"),
    (
        "service-blueprint",
        MapKind::ServiceBlueprint,
        "service blueprint",
    ),
];
const LANGS: [(&str, Lang); 2] = [("en", Lang::En), ("de", Lang::De)];

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

/// A small blueprint: 4 stages, 5 lanes, 6 cards, 2 connections.
fn small_map() -> Map {
    let mut map = Map::empty(MapKind::ServiceBlueprint, Lang::En);
    map.title = "Bakery orders".into();
    map.stages = ["Find", "Order", "Collect", "Return"]
        .into_iter()
        .zip(1..)
        .map(|(title, id)| Stage::new(StageId(id), title))
        .collect();
    let lane = |id, title: &str, kind| Lane::new(LaneId(id), title, kind);
    map.lanes = vec![
        lane(1, "Touchpoints", LaneKind::Touchpoints),
        lane(2, "Actions", LaneKind::Text(TextRole::Actions)),
        lane(
            3,
            "Emotions",
            LaneKind::Emotion {
                personas: std::collections::BTreeMap::new(),
                scores: [(StageId(1), 1), (StageId(2), -2), (StageId(4), 2)].into(),
            },
        ),
        lane(
            4,
            "Line of visibility",
            LaneKind::Divider(DividerLine::Visibility),
        ),
        lane(5, "Backstage", LaneKind::Text(TextRole::Backstage)),
    ];
    let card =
        |id, lane, stage, title: &str| Card::new(CardId(id), LaneId(lane), StageId(stage), title);
    map.cards = vec![
        card(1, 1, 1, "Website"),
        card(2, 2, 1, "Looks up opening hours"),
        card(3, 2, 2, "Orders rolls for Saturday"),
        card(4, 5, 2, "Bakery plans the batch"),
        card(5, 2, 3, "Picks up the order"),
        card(6, 1, 4, "Review"),
    ];
    map.cards[0].touchpoint = Some(Touchpoint::of(Channel::Website));
    map.cards[5].touchpoint = Some(Touchpoint::of(Channel::ReviewPortal));
    map.connections = vec![
        Connection {
            from: CardId(3),
            to: CardId(4),
        },
        Connection {
            from: CardId(4),
            to: CardId(5),
        },
    ];
    map
}

const SMALL_MAP_SUMMARY: &str =
    "ok: service blueprint, 4 stages, 5 lanes, 6 cards, 2 connections\n";

/// Saves [`small_map`] as `name` in `dir`.
fn save_small_map(dir: &Path, name: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    file::save(&small_map(), &path).unwrap();
    path
}

/// Exit 1, nothing on stdout, and on stderr one or two lines that start with `journeymap:`,
/// name `name`, and show no panic or backtrace.
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

fn decode_png(path: &Path) -> image::RgbaImage {
    let bytes = fs::read(path).unwrap();
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    image::load_from_memory_with_format(&bytes, image::ImageFormat::Png)
        .unwrap()
        .into_rgba8()
}

// ---------------------------------------------------------------------------------------------
// Help and version
// ---------------------------------------------------------------------------------------------

#[test]
fn help_lists_the_subcommands() {
    let output = journeymap().arg("--help").output().unwrap();
    assert!(output.status.success());
    let out = stdout(&output);
    for command in ["new", "check", "export"] {
        assert!(
            out.lines()
                .any(|line| line.trim_start().starts_with(&format!("{command} "))),
            "{command} missing from:\n{out}"
        );
    }
    let output = journeymap().args(["export", "--help"]).output().unwrap();
    assert!(output.status.success());
    let out = stdout(&output);
    for option in ["--output", "--scale", "--transparent"] {
        assert!(out.contains(option), "{option} missing from:\n{out}");
    }
}

#[test]
fn version_prints_name_and_version() {
    journeymap()
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("journeymap {}\n", env!("CARGO_PKG_VERSION")));
}

// ---------------------------------------------------------------------------------------------
// new
// ---------------------------------------------------------------------------------------------

#[test]
fn new_writes_a_map_of_every_kind_and_language_that_check_accepts() {
    let dir = tempfile::tempdir().unwrap();
    for (slug, kind, label) in KINDS {
        for (code, lang) in LANGS {
            let path = dir.path().join(format!("{slug}.{code}.ron"));
            let output = journeymap()
                .args(["new", "--kind", slug, "--lang", code])
                .arg(&path)
                .output()
                .unwrap();
            assert!(
                output.status.success(),
                "{slug} {code}: {}",
                stderr(&output)
            );
            let map = file::load(&path).unwrap();
            assert_eq!((map.kind, map.lang), (kind, lang), "{slug} {code}");

            let summary = format!(
                "{label}, {} stages, {} lanes, {} cards",
                map.stages.len(),
                map.lanes.len(),
                map.cards.len()
            );
            assert_eq!(
                stdout(&output),
                format!("wrote {} ({summary})\n", path.display())
            );
            journeymap()
                .arg("check")
                .arg(&path)
                .assert()
                .success()
                .stdout(format!("ok: {summary}\n"))
                .stderr("");
        }
    }
    assert_eq!(entries(dir.path()).len(), KINDS.len() * LANGS.len());
}

#[test]
fn new_defaults_to_english() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    journeymap()
        .args(["new", "--kind", "future-state"])
        .arg(&path)
        .assert()
        .success();
    assert_eq!(file::load(&path).unwrap().lang, Lang::En);
}

/// Needs the templates under `assets/templates/`: a new map starts with its kind's stages and
/// lanes, and no cards.
#[test]
fn new_maps_start_with_the_stages_and_lanes_of_their_kind() {
    let dir = tempfile::tempdir().unwrap();
    for (slug, _, _) in KINDS {
        for (code, _) in LANGS {
            let path = dir.path().join(format!("{slug}.{code}.ron"));
            journeymap()
                .args(["new", "--kind", slug, "--lang", code])
                .arg(&path)
                .assert()
                .success();
            let map = file::load(&path).unwrap();
            assert!(
                !map.stages.is_empty() && !map.lanes.is_empty(),
                "{slug} {code}: a new map has no stages or lanes"
            );
            assert!(map.cards.is_empty(), "{slug} {code}: a new map has cards");
            assert!(
                map.stages
                    .iter()
                    .all(|stage| !stage.title.trim().is_empty())
                    && map.lanes.iter().all(|lane| !lane.title.trim().is_empty()),
                "{slug} {code}: untitled stage or lane"
            );
        }
    }
}

/// Needs the templates: German maps have German stage and lane names.
#[test]
fn german_maps_have_german_names() {
    let dir = tempfile::tempdir().unwrap();
    for (slug, _, _) in KINDS {
        let titles = |code: &str| {
            let path = dir.path().join(format!("{slug}.{code}.ron"));
            journeymap()
                .args(["new", "--kind", slug, "--lang", code])
                .arg(&path)
                .assert()
                .success();
            let map = file::load(&path).unwrap();
            let stages: Vec<String> = map.stages.iter().map(|s| s.title.clone()).collect();
            let lanes: Vec<String> = map.lanes.iter().map(|l| l.title.clone()).collect();
            (stages, lanes, fs::read_to_string(&path).unwrap())
        };
        let (en_stages, en_lanes, _) = titles("en");
        let (de_stages, de_lanes, de_text) = titles("de");
        assert!(
            !de_stages.is_empty(),
            "{slug}: the German map has no stages"
        );
        // A day in the life may name its stages by the clock ("7:00"), the same in both
        // languages; the other kinds name steps of a journey, which must be translated.
        if slug != "day-in-the-life" {
            assert_ne!(
                de_stages, en_stages,
                "{slug}: stage names are not translated"
            );
        }
        assert_ne!(de_lanes, en_lanes, "{slug}: lane names are not translated");
        assert!(!de_text.contains("Awareness"), "{slug}: {de_stages:?}");
    }
}

#[test]
fn new_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("precious.ron");
    fs::write(&path, "my work").unwrap();
    let output = journeymap()
        .args(["new", "--kind", "current-state"])
        .arg(&path)
        .output()
        .unwrap();
    assert_clean_failure(&output, "precious.ron");
    assert!(stderr(&output).contains("--force"), "{}", stderr(&output));
    assert_eq!(fs::read_to_string(&path).unwrap(), "my work");

    journeymap()
        .args(["new", "--kind", "day-in-the-life", "--force"])
        .arg(&path)
        .assert()
        .success();
    assert_eq!(file::load(&path).unwrap().kind, MapKind::DayInTheLife);
    // What --force overwrote is kept beside it.
    assert_eq!(entries(dir.path()), ["precious.ron", "precious.ron.bak"]);
    assert_eq!(
        fs::read_to_string(dir.path().join("precious.ron.bak")).unwrap(),
        "my work"
    );
}

#[test]
fn new_into_a_missing_folder_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nowhere").join("map.ron");
    let output = journeymap()
        .args(["new", "--kind", "current-state"])
        .arg(&path)
        .output()
        .unwrap();
    assert_clean_failure(&output, "map.ron");
    assert!(entries(dir.path()).is_empty());
}

#[test]
fn a_bad_kind_or_language_lists_the_valid_ones() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    let output = journeymap()
        .args(["new", "--kind", "customer-journey"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let err = stderr(&output);
    assert!(err.contains("customer-journey"), "{err}");
    assert!(err.contains("possible values"), "{err}");
    for (slug, _, _) in KINDS {
        assert!(err.contains(slug), "{slug} missing from: {err}");
    }

    let output = journeymap()
        .args(["new", "--kind", "current-state", "--lang", "fr"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let err = stderr(&output);
    assert!(err.contains("en") && err.contains("de"), "{err}");
    assert!(!path.exists(), "nothing is written on a usage error");
}

// ---------------------------------------------------------------------------------------------
// check
// ---------------------------------------------------------------------------------------------

#[test]
fn check_prints_a_one_line_summary() {
    let dir = tempfile::tempdir().unwrap();
    let path = save_small_map(dir.path(), "bakery.ron");
    let output = journeymap().arg("check").arg(&path).output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.starts_with("ok:"), "{out}");
    for word in ["stages", "lanes", "cards"] {
        assert!(out.contains(word), "{out}");
    }
    assert_eq!(out, SMALL_MAP_SUMMARY);
    assert_eq!(stderr(&output), "");
}

#[test]
fn check_fails_cleanly_on_every_kind_of_broken_file() {
    let dir = tempfile::tempdir().unwrap();
    let good = file::to_ron(&small_map()).unwrap();
    let mut duplicate = small_map();
    duplicate.cards[3].id = CardId(2);
    let mut garbage = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x02\x80".to_vec();
    garbage.extend((0..=255u8).cycle().take(2000).map(|b| b.wrapping_mul(151)));

    let cases: Vec<(&str, Option<Vec<u8>>, &str)> = vec![
        ("missing.ron", None, "does not exist"),
        ("empty.ron", Some(Vec::new()), "empty"),
        ("garbage.ron", Some(garbage), "not a text file"),
        (
            "truncated.ron",
            Some(good.as_bytes()[..good.len() / 2].to_vec()),
            "line",
        ),
        (
            "future.ron",
            Some(
                good.replacen(
                    &format!("format: {},", file::CURRENT_FORMAT),
                    "format: 99,",
                    1,
                )
                .into_bytes(),
            ),
            "newer journeymap",
        ),
        (
            "duplicate.ron",
            Some(file::to_ron(&duplicate).unwrap().into_bytes()),
            "two cards have the id 2",
        ),
    ];
    for (name, contents, expected) in cases {
        let path = dir.path().join(name);
        if let Some(contents) = contents {
            fs::write(&path, contents).unwrap();
        }
        let output = journeymap().arg("check").arg(&path).output().unwrap();
        assert_clean_failure(&output, name);
        assert!(
            stderr(&output).contains(expected),
            "{name}: expected {expected:?} in: {}",
            stderr(&output)
        );
    }
}

#[test]
fn check_fails_cleanly_on_a_folder_and_on_a_huge_file() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("maps.ron");
    fs::create_dir(&folder).unwrap();
    let output = journeymap().arg("check").arg(&folder).output().unwrap();
    assert_clean_failure(&output, "maps.ron");

    let huge = dir.path().join("huge.ron");
    fs::File::create(&huge)
        .unwrap()
        .set_len(file::MAX_FILE_BYTES * 64)
        .unwrap();
    let output = journeymap().arg("check").arg(&huge).output().unwrap();
    assert_clean_failure(&output, "huge.ron");
    assert!(stderr(&output).contains("MiB"), "{}", stderr(&output));
}

/// The reason appears once, in words, not repeated by the error chain.
#[test]
fn the_reason_for_a_missing_file_is_given_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing.ron");
    let output = journeymap().arg("check").arg(&path).output().unwrap();
    assert_clean_failure(&output, "missing.ron");
    let err = stderr(&output);
    assert_eq!(err.matches("does not exist").count(), 1, "{err}");
    assert!(!err.contains("os error"), "{err}");
}

/// `journeymap check a.ron | head -0`: a closed stdout must not make the program panic.
#[cfg(unix)]
#[test]
fn a_closed_stdout_does_not_cause_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let path = save_small_map(dir.path(), "bakery.ron");
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let output = std::process::Command::new(cargo_bin!("journeymap"))
        .env("RUST_BACKTRACE", "1")
        .arg("check")
        .arg(&path)
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    let err = stderr(&output);
    assert!(!err.contains("panicked"), "{err}");
    assert_ne!(output.status.code(), Some(101), "{err}");
}

// ---------------------------------------------------------------------------------------------
// export
// ---------------------------------------------------------------------------------------------

#[test]
fn export_writes_a_png_of_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let path = save_small_map(dir.path(), "bakery.ron");
    let png = dir.path().join("picture.png");
    let output = journeymap()
        .arg("export")
        .arg(&path)
        .arg("-o")
        .arg(&png)
        .args(["--scale", "1"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output), format!("wrote {}\n", png.display()));
    let image = decode_png(&png);
    assert!(
        image.width() > 600 && image.height() > 200,
        "{}×{}",
        image.width(),
        image.height()
    );
    assert!(
        image.pixels().all(|pixel| pixel.0[3] == 255),
        "the background is opaque"
    );
    assert!(
        image.pixels().any(|pixel| pixel != image.get_pixel(0, 0)),
        "the picture is not blank"
    );
    assert_eq!(entries(dir.path()), ["bakery.ron", "picture.png"]);
}

#[test]
fn export_names_the_picture_after_the_map_next_to_it() {
    let maps = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let path = save_small_map(maps.path(), "bakery.ron");
    let output = journeymap()
        .current_dir(elsewhere.path())
        .arg("export")
        .arg(&path)
        .args(["--scale", "1", "--transparent"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let png = maps.path().join("bakery.png");
    assert_eq!(stdout(&output), format!("wrote {}\n", png.display()));
    let image = decode_png(&png);
    assert!(image.width() > 600);
    assert!(
        image.pixels().any(|pixel| pixel.0[3] == 0),
        "--transparent leaves the background transparent"
    );
    assert!(entries(elsewhere.path()).is_empty());
}

#[test]
fn export_refuses_a_scale_out_of_range() {
    let dir = tempfile::tempdir().unwrap();
    let path = save_small_map(dir.path(), "bakery.ron");
    for scale in ["5", "0.5", "0", "NaN"] {
        let output = journeymap()
            .arg("export")
            .arg(&path)
            .args(["-o", "out.png", "--scale", scale])
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert_clean_failure(&output, "bakery.ron");
        let err = stderr(&output);
        assert!(err.contains("scale"), "{scale}: {err}");
        assert!(err.contains("between 1 and 4"), "{scale}: {err}");
        assert_eq!(
            entries(dir.path()),
            ["bakery.ron"],
            "{scale}: a file was written"
        );
    }
}

#[test]
fn export_of_a_broken_map_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    let text = file::to_ron(&small_map()).unwrap();
    fs::write(&path, &text[..text.len() / 3]).unwrap();
    let output = journeymap()
        .arg("export")
        .arg(&path)
        .args(["--scale", "1"])
        .output()
        .unwrap();
    assert_clean_failure(&output, "broken.ron");
    let output = journeymap()
        .arg("export")
        .arg(&path)
        .arg("-o")
        .arg(dir.path().join("out.png"))
        .args(["--scale", "1"])
        .output()
        .unwrap();
    assert_clean_failure(&output, "broken.ron");
    assert_eq!(entries(dir.path()), ["broken.ron"]);
}

#[test]
fn export_into_a_missing_folder_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let path = save_small_map(dir.path(), "bakery.ron");
    let png = dir.path().join("no such folder").join("bakery.png");
    let output = journeymap()
        .arg("export")
        .arg(&path)
        .arg("-o")
        .arg(&png)
        .args(["--scale", "1"])
        .output()
        .unwrap();
    assert_clean_failure(&output, "bakery.png");
    assert_eq!(entries(dir.path()), ["bakery.ron"]);
}

/// A failed write names the file the user asked for, says why once, and does not expose the
/// temporary file the atomic save used.
#[test]
fn write_errors_name_the_target_not_a_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no such folder");
    let reason = fs::File::open(&missing).unwrap_err().to_string();
    let path = save_small_map(dir.path(), "bakery.ron");

    let new = journeymap()
        .args(["new", "--kind", "current-state"])
        .arg(missing.join("map.ron"))
        .output()
        .unwrap();
    let export = journeymap()
        .arg("export")
        .arg(&path)
        .arg("-o")
        .arg(missing.join("bakery.png"))
        .args(["--scale", "1"])
        .output()
        .unwrap();
    for output in [new, export] {
        let err = stderr(&output);
        assert!(!err.contains(".journeymap-"), "{err}");
        assert!(!err.contains("at path"), "{err}");
        assert!(err.contains("does not exist"), "{err}");
        assert!(err.matches(&reason).count() <= 1, "{err}");
    }
}
