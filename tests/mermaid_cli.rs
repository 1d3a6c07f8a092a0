//! Exports rendered by Mermaid's own CLI (`mmdc`, from `@mermaid-js/mermaid-cli`), where it is
//! installed: every bundled example and a map of hostile titles must render, and every stage
//! title must appear in the picture as written. Without `mmdc` the test says why it did nothing;
//! `tests/mermaid_grammar.rs` checks the same exports against Mermaid's grammar everywhere.
//!
//! `JOURNEYMAP_MMDC` names the `mmdc` to use (else `mmdc` on `PATH`), and
//! `JOURNEYMAP_MMDC_PUPPETEER` a Puppeteer configuration for it (e.g. one that points at
//! `/usr/bin/chromium` with `--no-sandbox`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use journeymap::export::mermaid::to_mermaid;
use journeymap::import::mermaid::import_text;
use journeymap::model::{Lang, Map};

fn mmdc() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("JOURNEYMAP_MMDC") {
        return Some(PathBuf::from(path));
    }
    let found = Command::new("mmdc").arg("--version").output();
    found
        .is_ok_and(|out| out.status.success())
        .then(|| PathBuf::from("mmdc"))
}

/// The text Mermaid drew, every text node joined, without white space (Mermaid wraps long
/// titles over several lines).
fn drawn_text(svg: &str) -> String {
    let mut reader = quick_xml::Reader::from_str(svg);
    let mut text = String::new();
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Text(t)) => {
                text.push_str(&t.decode().unwrap());
            }
            Ok(quick_xml::events::Event::GeneralRef(r)) => {
                let name = r.decode().unwrap();
                let c = match name.as_ref() {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    other => other
                        .strip_prefix('#')
                        .and_then(|n| n.parse::<u32>().ok())
                        .and_then(char::from_u32)
                        .unwrap_or('\u{fffd}'),
                };
                text.push(c);
            }
            Ok(quick_xml::events::Event::Eof) => break,
            Err(error) => panic!("Mermaid's SVG is no XML: {error}"),
            _ => {}
        }
    }
    text.split_whitespace().collect()
}

fn render(mmdc: &Path, map: &Map, dir: &Path, name: &str) {
    let input = dir.join(format!("{name}.mmd"));
    let output = dir.join(format!("{name}.svg"));
    std::fs::write(&input, to_mermaid(map)).unwrap();
    let mut command = Command::new(mmdc);
    command
        .arg("-i")
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .arg("-q");
    if let Some(config) = std::env::var_os("JOURNEYMAP_MMDC_PUPPETEER") {
        command.arg("-p").arg(config);
    }
    let result = command.output().unwrap();
    assert!(
        result.status.success(),
        "{name}: mmdc failed: {}",
        String::from_utf8_lossy(&result.stderr)
    );
    let svg = std::fs::read_to_string(&output).unwrap();
    let drawn = drawn_text(&svg);
    for stage in &map.stages {
        let title: String = stage.title.split_whitespace().collect();
        assert!(
            drawn.contains(&title),
            "{name}: “{}” is not in the picture",
            stage.title
        );
    }
    for phase in &map.phases {
        let title: String = phase.title.split_whitespace().collect();
        assert!(
            drawn.contains(&title),
            "{name}: phase “{}” is missing",
            phase.title
        );
    }
}

#[test]
fn mermaids_cli_renders_every_export_with_its_titles_as_written() {
    let Some(mmdc) = mmdc() else {
        println!(
            "skipped: Mermaid's CLI (mmdc) is not installed; set JOURNEYMAP_MMDC to its path to run this test"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir("assets/examples").unwrap() {
        let path = entry.unwrap().path();
        let map = journeymap::file::load(&path).unwrap();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        render(&mmdc, &map, dir.path(), &name);
    }
    let hostile = import_text(
        "journey\n title Kasse#58; Zahlung, bar#59; #35;1\n section Vorher#58; 50#37;\n  Kasse#58; Zahlung#44; bar#59; #35;1: 2: Anna#44; 38\n  #84;itle page: 4: Jörg#59; Rentner\n section 買い物\n  Журнал {x}: 5: Анна\n",
        Lang::De,
    )
    .unwrap();
    render(&mmdc, &hostile.maps[0], dir.path(), "hostile");
}
