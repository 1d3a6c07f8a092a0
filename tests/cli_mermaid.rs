//! `journeymap import` of Mermaid journeys and `journeymap export -o x.mmd`: one map per
//! journey, errors with their line in the chosen language, nothing written for a refused file.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin;
use journeymap::file;

fn journeymap() -> Command {
    let mut command = Command::new(cargo_bin!("journeymap"));
    command.env("RUST_BACKTRACE", "1").env_remove("RUST_LOG");
    command
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const WORKING_DAY: &str = "journey\n    title My working day\n    section Go to work\n      Make tea: 5: Me\n      Go upstairs: 3: Me\n      Do work: 1: Me, Cat\n    section Go home\n      Go downstairs: 5: Me\n      Sit down: 5: Me\n";

#[test]
fn a_mermaid_journey_becomes_a_map_file() {
    let dir = tempfile::tempdir().unwrap();
    let mmd = dir.path().join("day.mmd");
    fs::write(&mmd, WORKING_DAY).unwrap();
    let out = dir.path().join("day.ron");
    let output = journeymap()
        .arg("import")
        .arg(&mmd)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("day.ron (current state, 5 stages"));
    let map = file::load(&out).unwrap();
    assert_eq!(map.title, "My working day");
    assert_eq!(map.phases.len(), 2);
    assert_eq!(map.personas().count(), 2);
}

#[test]
fn every_journey_of_a_markdown_file_becomes_a_numbered_map_file() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("notes.md");
    fs::write(
        &md,
        format!(
            "# Journeys\n\n```mermaid\n{WORKING_DAY}```\n\n```mermaid\npie\n  \"A\": 1\n```\n\n```mermaid\njourney\n  title Zweite\n  Zahlen: 2\n```\n"
        ),
    )
    .unwrap();
    let out = dir.path().join("journey.ron");
    let output = journeymap()
        .arg("import")
        .arg(&md)
        .arg("-o")
        .arg(&out)
        .args(["--lang", "de"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains("journey-1.ron") && stdout.contains("journey-2.ron"),
        "{stdout}"
    );
    assert!(!out.exists());
    assert!(
        text(&output.stderr).contains("Zeile 16 ist ein Diagramm vom Typ „pie“"),
        "{}",
        text(&output.stderr)
    );
    let second = file::load(&dir.path().join("journey-2.ron")).unwrap();
    assert_eq!(second.title, "Zweite");
    assert_eq!(second.persona.name, "Kunde");
}

#[test]
fn a_journey_mermaid_refuses_is_refused_with_its_line_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let mmd = dir.path().join("bad.mmd");
    fs::write(&mmd, "journey\n  section Kasse\n    Zahlen: 6: Anna\n").unwrap();
    let out = dir.path().join("bad.ron");
    let output = journeymap()
        .arg("import")
        .arg(&mmd)
        .arg("-o")
        .arg(&out)
        .args(["--lang", "de"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("Zeile 3, Spalte 13: die Bewertung 6 liegt nicht zwischen 1 und 5"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn an_existing_map_is_not_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let mmd = dir.path().join("day.mmd");
    fs::write(&mmd, WORKING_DAY).unwrap();
    let out = dir.path().join("day.ron");
    fs::write(&out, "keep me").unwrap();
    let output = journeymap()
        .arg("import")
        .arg(&mmd)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(text(&output.stderr).contains("--force"));
    assert_eq!(fs::read_to_string(&out).unwrap(), "keep me");
}

#[test]
fn export_to_mmd_writes_a_journey_that_imports_back() {
    let dir = tempfile::tempdir().unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples/fitness-studio-current-state.ron");
    let mmd = dir.path().join("fitness.mmd");
    let output = journeymap()
        .arg("export")
        .arg(&source)
        .arg("-o")
        .arg(&mmd)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let written = fs::read_to_string(&mmd).unwrap();
    assert!(
        written.starts_with("journey\n    title Pulse Fitness"),
        "{written}"
    );
    let back = dir.path().join("back.ron");
    let output = journeymap()
        .arg("import")
        .arg(&mmd)
        .arg("-o")
        .arg(&back)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let original = file::load(&source).unwrap();
    let again = file::load(&back).unwrap();
    let titles = |map: &journeymap::model::Map| {
        map.stages
            .iter()
            .map(|s| s.title.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(titles(&again), titles(&original));
    assert_eq!(again.personas().count(), original.personas().count());
}
