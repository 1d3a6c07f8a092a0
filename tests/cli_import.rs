//! `journeymap import`: a table into a new map file, what could not be placed on standard
//! error in the chosen language, never an overwrite without `--force`, never a panic.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin;
use journeymap::export::csv::to_csv;
use journeymap::file;
use journeymap::model::Lang;

fn journeymap() -> Command {
    let mut command = Command::new(cargo_bin!("journeymap"));
    command.env("RUST_BACKTRACE", "1").env_remove("RUST_LOG");
    command
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn an_exported_csv_imports_into_a_map_file_with_the_same_touchpoints() {
    let dir = tempfile::tempdir().unwrap();
    let source = format!(
        "{}/assets/examples/fitness-studio-current-state.ron",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut map = file::load(std::path::Path::new(&source)).unwrap();
    map.lang = Lang::De;
    let csv = dir.path().join("Fitness.csv");
    fs::write(&csv, to_csv(&map).unwrap()).unwrap();
    let out = dir.path().join("fitness.ron");
    let output = journeymap()
        .args(["import"])
        .arg(&csv)
        .arg("-o")
        .arg(&out)
        .args(["--lang", "de"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("fitness.ron"));
    assert_eq!(text(&output.stderr), "", "nothing left unplaced");
    let imported = file::load(&out).unwrap();
    assert_eq!(imported.title, "Fitness");
    assert_eq!(imported.touchpoints().count(), map.touchpoints().count());
}

#[test]
fn an_existing_map_is_not_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("t.csv");
    fs::write(&csv, "Stage,Title\nAwareness,Poster\n").unwrap();
    let out = dir.path().join("map.ron");
    fs::write(&out, "keep me").unwrap();
    let output = journeymap()
        .arg("import")
        .arg(&csv)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("--force"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(fs::read_to_string(&out).unwrap(), "keep me");
    let forced = journeymap()
        .arg("import")
        .arg(&csv)
        .arg("-o")
        .arg(&out)
        .args(["--force", "--backups", "0"])
        .output()
        .unwrap();
    assert!(forced.status.success(), "{}", text(&forced.stderr));
    assert_eq!(file::load(&out).unwrap().cards.len(), 1);
}

#[test]
fn what_cannot_be_placed_is_listed_in_german() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("t.csv");
    fs::write(&csv, "Phase;Titel;Wichtigkeit\nKauf;Kasse;9\n").unwrap();
    let out = dir.path().join("map.ron");
    let output = journeymap()
        .arg("import")
        .arg(&csv)
        .arg("-o")
        .arg(&out)
        .args(["--lang", "de", "--kind", "service-blueprint"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("Zeile 2, Spalte C") && stderr.contains("keine Bewertung von 1 bis 5"),
        "{stderr}"
    );
    let map = file::load(&out).unwrap();
    assert_eq!(map.stages[0].title, "Kauf");
}

#[test]
fn a_file_that_is_no_table_is_refused_with_a_message_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("photo.csv");
    fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10").unwrap();
    let out = dir.path().join("map.ron");
    for (lang, words) in [("en", "is not a table"), ("de", "ist keine Tabelle")] {
        let output = journeymap()
            .arg("import")
            .arg(&png)
            .arg("-o")
            .arg(&out)
            .args(["--lang", lang])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stderr = text(&output.stderr);
        assert!(stderr.contains(words), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(!out.exists());
    }
    let mermaid = dir.path().join("journey.mmd");
    fs::write(&mermaid, "journey\n  title x\n").unwrap();
    let output = journeymap()
        .arg("import")
        .arg(&mermaid)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains(".mmd"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn help_lists_import_and_says_it_never_overwrites_without_force() {
    let output = journeymap().arg("--help").output().unwrap();
    assert!(
        text(&output.stdout)
            .lines()
            .any(|line| line.trim_start().starts_with("import ")),
        "{}",
        text(&output.stdout)
    );
    let output = journeymap().args(["import", "--help"]).output().unwrap();
    assert!(output.status.success());
    let help = text(&output.stdout);
    for words in [
        "--output",
        "--kind",
        "--lang",
        "--shape",
        "--force",
        "never overwrites",
    ] {
        assert!(help.contains(words), "{words} missing from:\n{help}");
    }
}
