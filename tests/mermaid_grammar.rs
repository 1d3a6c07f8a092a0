//! The Mermaid importer accepts and refuses what Mermaid's own journey grammar does, on a
//! corpus taken from Mermaid's tests and documentation (`tests/fixtures/mermaid/`), and every
//! export is a diagram that grammar accepts. This runs everywhere; `tests/mermaid_cli.rs`
//! additionally renders exports with Mermaid's CLI where it is installed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use journeymap::export::mermaid::to_mermaid;
use journeymap::import::mermaid::{Outline, check_grammar};
use journeymap::model::Lang;

fn fixtures(folder: &str) -> Vec<(String, String)> {
    let dir = Path::new("tests/fixtures/mermaid").join(folder);
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    files.sort();
    assert!(files.len() >= 8, "{}", dir.display());
    files
}

/// The first `%% …` line of a fixture that begins with `word`, without it.
fn expectation<'a>(text: &'a str, word: &str) -> &'a str {
    text.lines()
        .filter_map(|line| line.trim().strip_prefix("%% "))
        .find_map(|line| line.strip_prefix(word))
        .unwrap_or_else(|| panic!("no “%% {word}” line in\n{text}"))
}

#[test]
fn what_mermaid_accepts_is_read_with_the_same_sections_and_tasks() {
    for (name, text) in fixtures("accepted") {
        let outline = check_grammar(&text).unwrap_or_else(|error| panic!("{name}: {error}"));
        let expected = expectation(&text, "sections ");
        let (sections, tasks) = expected.split_once(" tasks ").unwrap();
        assert_eq!(
            outline,
            Outline {
                sections: sections.parse().unwrap(),
                tasks: tasks.parse().unwrap()
            },
            "{name}"
        );
    }
}

#[test]
fn what_mermaid_refuses_is_refused_on_the_same_line_with_a_message_in_both_languages() {
    for (name, text) in fixtures("refused") {
        let error = check_grammar(&text).expect_err(&name);
        let (line, words) = expectation(&text, "line ").split_once(": ").unwrap();
        assert_eq!(
            error.line,
            line.parse::<usize>().unwrap(),
            "{name}: {error}"
        );
        assert!(error.message(Lang::En).contains(words), "{name}: {error}");
        let german = error.message(Lang::De);
        assert!(
            german.starts_with(&format!("Zeile {line}")),
            "{name}: {german}"
        );
    }
}

#[test]
fn every_export_of_a_bundled_example_is_a_journey_mermaids_grammar_accepts() {
    for entry in std::fs::read_dir("assets/examples").unwrap() {
        let path = entry.unwrap().path();
        let map = journeymap::file::load(&path).unwrap();
        let text = to_mermaid(&map);
        let outline =
            check_grammar(&text).unwrap_or_else(|e| panic!("{}: {e}\n{text}", path.display()));
        assert!(outline.tasks >= map.stages.len(), "{}", path.display());
        // Each line is one statement of the grammar, nothing Mermaid would read otherwise.
        for line in text.lines().skip(1) {
            let line = line.trim_start();
            let statement = ["title ", "accTitle: ", "accDescr: ", "section ", "%% "]
                .iter()
                .any(|start| line.starts_with(start))
                || line
                    .split(": ")
                    .nth(1)
                    .is_some_and(|score| matches!(score.trim(), "1" | "2" | "3" | "4" | "5"));
            assert!(statement, "{}: {line}", path.display());
        }
    }
}
