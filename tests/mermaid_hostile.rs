//! Hostile Mermaid files (`tests/hostile/mermaid/`, and a few made here because of their size):
//! every one is imported or refused with a message in the user's words and language, quickly,
//! never with a panic.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::time::{Duration, Instant};

use journeymap::import::mermaid::{MermaidImport, Problem, import_bytes};
use journeymap::model::{Lang, MapKind};

/// Generous for a debug build on a busy machine; the release build takes milliseconds.
const QUICK: Duration = Duration::from_secs(10);

fn import(bytes: &[u8]) -> Result<MermaidImport, journeymap::import::mermaid::MermaidError> {
    let started = Instant::now();
    let result = import_bytes(bytes, Lang::De, MapKind::CurrentState);
    assert!(started.elapsed() < QUICK, "took {:?}", started.elapsed());
    result
}

/// Each file and the start of its English message, or `None` for a file that imports.
const EXPECTED: [(&str, Option<&str>); 24] = [
    (
        "10000-sections.mmd",
        Some("Line 204: the journey has 10000 tasks, more than the 100 stages"),
    ),
    ("10000-empty-sections.mmd", None),
    ("binary-junk.mmd", Some("this is not a text file")),
    ("crlf-and-cr.mmd", None),
    (
        "deep-braces.mmd",
        Some(
            "Line 2, column 2: the description after “accDescr” opens a brace that is never closed",
        ),
    ),
    ("empty.mmd", Some("Line 1: the file holds no diagram")),
    ("fuzz-control-character-before-a-name.mmd", None),
    (
        "latin1.mmd",
        Some("Line 2: the file is not saved as UTF-8 text"),
    ),
    ("lone-surrogate-entity.mmd", None),
    (
        "long-line-colons.mmd",
        Some("Line 2, column 5: the task has no score"),
    ),
    ("many-actors.mmd", None),
    ("non-latin.mmd", None),
    ("nul-in-text.mmd", Some("Line 2: this is not a text file")),
    ("only-journey.mmd", Some("Line 1: the journey has no tasks")),
    (
        "score--1.mmd",
        Some("Line 4, column 16: the score -1 is outside 1 to 5"),
    ),
    (
        "score-0.mmd",
        Some("Line 4, column 16: the score 0 is outside 1 to 5"),
    ),
    (
        "score-3.5.mmd",
        Some("Line 4, column 16: the score 3.5 is not a whole number"),
    ),
    (
        "score-6.mmd",
        Some("Line 4, column 16: the score 6 is outside 1 to 5"),
    ),
    ("score-x.mmd", Some("Line 4, column 16: “x” is not a score")),
    (
        "unclosed-front-matter.mmd",
        Some("Line 1: this is a Mermaid “---” diagram, not a journey"),
    ),
    ("utf16-be.mmd", None),
    ("utf16-le.mmd", None),
    ("utf16-no-bom.mmd", None),
    (
        "one-megabyte-task-name (made here)",
        Some("Line 2: this text is longer than the 20000 characters"),
    ),
];

#[test]
fn every_hostile_file_is_imported_or_refused_with_a_message_in_both_languages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/mermaid");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut listed: Vec<&str> = EXPECTED
        .iter()
        .map(|(name, _)| *name)
        .filter(|n| !n.contains(' '))
        .collect();
    listed.sort_unstable();
    assert_eq!(
        names, listed,
        "every file in the corpus has its expectation here"
    );
    for (name, expected) in EXPECTED {
        let bytes = if name.contains(' ') {
            format!("journey\n  {}: 3\n", "Ä".repeat(512 * 1024)).into_bytes()
        } else {
            std::fs::read(dir.join(name)).unwrap()
        };
        match (import(&bytes), expected) {
            (Ok(import), None) => {
                assert_eq!(import.maps.len(), 1, "{name}");
                for note in &import.notes {
                    assert!(!note.message(Lang::De).is_empty(), "{name}");
                }
            }
            (Err(error), Some(start)) => {
                let english = error.message(Lang::En);
                assert!(english.starts_with(start), "{name}: {english}");
                let german = error.message(Lang::De);
                assert!(
                    !german.contains("the "),
                    "{name}: English in German: {german}"
                );
                assert_ne!(german, english, "{name}");
            }
            (Ok(_), Some(start)) => panic!("{name} imported; expected “{start}”"),
            (Err(error), None) => panic!("{name} refused: {error}"),
        }
    }
}

#[test]
fn what_hostile_files_that_import_give_is_what_mermaid_shows() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/mermaid");
    let read = |name: &str| import(&std::fs::read(dir.join(name)).unwrap()).unwrap();

    let many = read("many-actors.mmd");
    assert_eq!(many.maps[0].personas().count(), 5);
    let note = many.notes[0].message(Lang::En);
    assert!(
        note.contains("995 more actors (P5, P6,") && note.contains(", …)"),
        "{note}"
    );

    let utf16 = read("utf16-le.mmd");
    assert_eq!(utf16.maps[0].title, "Café");
    assert_eq!(utf16.maps[0].persona.name, "Zoë");

    let mac = read("crlf-and-cr.mmd");
    assert_eq!(mac.maps[0].title, "Mac");
    assert_eq!(mac.maps[0].stages.len(), 2);

    // Browsers show U+FFFD for a surrogate, a code point past Unicode and NUL.
    let codes = read("lone-surrogate-entity.mmd");
    assert_eq!(
        codes.maps[0].stages[0].title,
        "Pay \u{FFFD}\u{FFFD}\u{FFFD}"
    );

    let empty = read("10000-empty-sections.mmd");
    assert_eq!(empty.maps[0].stages.len(), 1);
    assert!(empty.maps[0].phases.is_empty());
    assert!(
        empty.notes[0]
            .message(Lang::De)
            .starts_with("10000 Abschnitte haben keine Aufgaben"),
        "{:?}",
        empty.notes
    );

    let latin = read("non-latin.mmd");
    assert_eq!(latin.maps[0].title, "买东西 · Покупки · التسوق");
    assert_eq!(latin.maps[0].phases[0].title, "朝 🌅");
    let names: Vec<&str> = latin.maps[0].personas().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["花子", "سارة", "Анна", "सीता"]);
}

#[test]
fn ten_thousand_sections_are_refused_at_once_naming_the_count() {
    let bytes = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/mermaid/10000-sections.mmd"),
    )
    .unwrap();
    let started = Instant::now();
    let error = import(&bytes).unwrap_err();
    assert_eq!(
        error.problem,
        Problem::TooManyStages {
            count: 10_000,
            max: 100
        }
    );
    assert!(
        error
            .message(Lang::De)
            .contains("die Journey hat 10000 Aufgaben, mehr als die 100 Phasen"),
        "{error}"
    );
    println!("10,000 sections refused in {:?}", started.elapsed());
}
