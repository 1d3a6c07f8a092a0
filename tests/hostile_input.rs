//! Hostile and broken map files: whatever bytes arrive, loading answers with a map or with an
//! error a person can act on (what is wrong, where, what to do), never with a panic, a hang or
//! memory out of proportion to the file.
//!
//! Three layers: a committed corpus of nasty files under `tests/hostile/` (hand-made and found by
//! the fuzzer in `fuzz/`), large inputs generated here, and a property test that mutates the
//! bundled maps byte by byte and token by token. The fuzzer runs far longer; this runs in CI.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use journeymap::file::{self, FileError, FormatError, MAX_FILE_BYTES, from_ron, to_ron};
use journeymap::i18n::files::file_error;
use journeymap::i18n::texts;
use journeymap::model::Lang;
use proptest::prelude::*;

/// The bundled maps, the seeds every mutation starts from.
const SEEDS: [&[u8]; 12] = [
    include_bytes!("../assets/templates/current-state.en.ron"),
    include_bytes!("../assets/templates/current-state.de.ron"),
    include_bytes!("../assets/templates/day-in-the-life.en.ron"),
    include_bytes!("../assets/templates/day-in-the-life.de.ron"),
    include_bytes!("../assets/templates/future-state.en.ron"),
    include_bytes!("../assets/templates/future-state.de.ron"),
    include_bytes!("../assets/templates/service-blueprint.en.ron"),
    include_bytes!("../assets/templates/service-blueprint.de.ron"),
    include_bytes!("../assets/examples/fitness-studio-current-state.ron"),
    include_bytes!("../assets/examples/baeckerei-tag-im-leben.ron"),
    include_bytes!("../assets/examples/bike-repair-online-booking-future-state.ron"),
    include_bytes!("../assets/examples/sanitaer-reparaturtermin-service-blueprint.ron"),
];

/// Words that must never reach a user: Rust type and field names of the loader, serde and parser
/// internals, and the shapes of `Debug` output.
const INTERNALS: [&str; 14] = [
    "VersionProbe",
    "FileIn",
    "FileOut",
    "serde",
    "SpannedError",
    "Utf8Error",
    "recursion_limit",
    "serde_stacker",
    "Position {",
    "Span {",
    "Error {",
    "Error(",
    "ErrorKind",
    "Custom(",
];

/// The longest message we accept. Parser messages may quote a piece of the file; a message that
/// quotes pages of it helps nobody.
const MAX_MESSAGE_CHARS: usize = 400;

/// Asserts that a problem with `input` is reported clearly: a short one-line English message
/// without program internals, and for syntax errors a real position inside the input.
fn assert_clear(problem: &FormatError, input: &[u8]) {
    let message = problem.to_string();
    let excerpt = String::from_utf8_lossy(&input[..input.len().min(120)]);
    assert!(!message.trim().is_empty(), "empty message for {excerpt:?}");
    assert!(
        message.chars().count() <= MAX_MESSAGE_CHARS,
        "message of {} chars: {message:.200}",
        message.chars().count()
    );
    assert!(!message.contains('\n'), "multi-line message: {message}");
    for internal in INTERNALS {
        assert!(
            !message.contains(internal),
            "message mentions `{internal}`: {message}"
        );
    }
    match problem {
        FormatError::Syntax { line, column, .. } => {
            let lines = input.iter().filter(|&&b| b == b'\n' || b == b'\r').count() + 1;
            assert!(*line >= 1 && *column >= 1, "position {line}:{column}");
            assert!(*line <= lines, "line {line} of {lines}: {message}");
            assert!(message.starts_with(&format!("line {line}, column {column}: ")));
        }
        FormatError::NotText { offset } => assert!(*offset <= input.len()),
        _ => {}
    }
}

/// Loads `input` from bytes; a map must survive save and load, an error must be clear.
fn check(input: &[u8]) {
    match from_ron(input) {
        Ok(map) => {
            let text = to_ron(&map).unwrap();
            let again = from_ron(text.as_bytes())
                .unwrap_or_else(|error| panic!("a loaded map does not load again: {error}"));
            assert_eq!(again, map, "a loaded map changed through save and load");
        }
        Err(problem) => assert_clear(&problem, input),
    }
}

// ---------------------------------------------------------------------------------------------
// The committed corpus
// ---------------------------------------------------------------------------------------------

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .collect();
    paths.sort();
    paths
}

/// Files named `valid-*` must open, and so must `photo-*` (without their stray photo path);
/// every other file must be refused with a clear message that names the file.
#[test]
fn every_file_in_the_hostile_corpus_opens_or_is_refused_clearly() {
    let paths = corpus();
    assert!(paths.len() >= 70, "the corpus has {} files", paths.len());
    let total: u64 = paths
        .iter()
        .map(|path| path.metadata().unwrap().len())
        .sum();
    assert!(total < 1024 * 1024, "keep the corpus under 1 MiB: {total}");
    for path in paths {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        match file::load(&path) {
            Ok(map) if name.starts_with("photo-") => {
                // A stray photo path costs the photo, not the map, and the user is told.
                let (_, notes) = file::load_noting(&path).unwrap();
                assert!(map.personas().all(|p| p.photo.is_none()), "{name}");
                assert!(
                    matches!(&notes[..], [file::LoadNote::PhotoLeftOut(_)]),
                    "{name}: {notes:?}"
                );
                check(&bytes);
            }
            Ok(map) => {
                assert!(name.starts_with("valid-"), "{name} opened, but should not");
                check(&bytes);
                assert!(!map.stages.is_empty() || name == "valid-no-optional-fields.ron");
            }
            Err(error) => {
                assert!(!name.starts_with("valid-"), "{name}: {error}");
                let FileError::Format {
                    path: named,
                    problem,
                } = &error
                else {
                    panic!("{name}: not a format error: {error:?}");
                };
                assert_eq!(named, &path);
                assert!(error.to_string().contains(&name), "{error}");
                assert_clear(problem, &bytes);
            }
        }
    }
}

/// The messages of the corpus say what is wrong in the user's terms.
#[test]
fn corpus_messages_name_the_problem() {
    let expected = [
        ("empty.ron", "empty"),
        ("whitespace-only.ron", "empty"),
        ("bom-only.ron", "empty"),
        ("invalid-utf8.ron", "not a text file"),
        ("utf16-le.ron", "save it as UTF-8"),
        ("png-named-ron.ron", "not a text file"),
        ("newer-format.ron", "newer journeymap"),
        ("newer-format-unreadable-map.ron", "update journeymap"),
        ("format-missing.ron", "no `format:` version"),
        ("format-zero.ron", "no `format:` version"),
        ("deep-parens.ron", "nested"),
        ("deep-lists-in-goal.ron", "nested"),
        ("deep-some.ron", "nested"),
        ("deep-before-format.ron", "nested"),
        ("duplicate-field.ron", "`title:` appears twice in the map"),
        ("duplicate-card-id.ron", "two cards have the id 1"),
        ("duplicate-stage-id.ron", "two stages have the id 1"),
        ("dangling-lane.ron", "lane 30"),
        ("dangling-stage.ron", "stage 99"),
        ("dangling-connection.ron", "card 77"),
        (
            "self-and-duplicate-connections.ron",
            "joins card 1 to itself",
        ),
        ("dangling-score-stage.ron", "stage 9"),
        ("card-in-emotion-lane.ron", "cannot hold cards"),
        ("score-off-scale.ron", "scores go from -2 to +2"),
        ("text-over-limit.ron", "20001 characters"),
        ("too-many-persona-goals.ron", "at most 200"),
        ("too-many-stages.ron", "at most 100"),
        ("unknown-field.ron", "colour"),
        ("unknown-lane-kind.ron", "unknown lane kind `Swimlane`"),
        ("unknown-map-kind.ron", "unknown map kind `Mindmap`"),
        ("unknown-channel.ron", "unknown channel `Telegraph`"),
        ("touchpoint-without-some.ron", "`Some(…)`"),
        ("truncated.ron", "cut off"),
        ("truncated-after-format.ron", "cut off"),
        ("trailing-garbage.ron", "exactly one map"),
        ("two-maps.ron", "exactly one map"),
        ("id-over-u32.ron", "out of range"),
        ("score-over-i8.ron", "out of range"),
        ("format-huge.ron", "out of range"),
        ("id-huge-float.ron", "no decimals"),
        ("unterminated-raw-string.ron", "not closed"),
        ("bad-escape.ron", "backslash"),
        (
            "unknown-top-level-field.ron",
            "unknown field `author` in the map file",
        ),
        ("format-twice.ron", "`format:` appears twice"),
        ("ident-instead-of-string.ron", "double quotes"),
    ];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    for (name, needle) in expected {
        let error = file::load(&dir.join(name)).unwrap_err().to_string();
        assert!(
            error.contains(needle),
            "{name}: expected {needle:?} in: {error}"
        );
    }
}

/// Words of the parser's English that must never reach a German message.
const PARSER_ENGLISH: [&str; 6] = [
    "expected",
    "found",
    "identifier",
    "struct",
    "raw identifier",
    "but found",
];

/// The editor tells every problem of the corpus in German: no parser English, no message id,
/// not the English text; with the file's name and, for a syntax error, the line and column.
#[test]
fn corpus_messages_are_told_in_german() {
    let mut told = 0;
    for path in corpus() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Err(error) = file::load(&path) else {
            continue;
        };
        let en = file_error(texts(Lang::En), &error);
        let de = file_error(texts(Lang::De), &error);
        let lower = de.to_lowercase();
        for phrase in PARSER_ENGLISH {
            assert!(!lower.contains(phrase), "{name}: {phrase:?} in: {de}");
        }
        for text in [&en, &de] {
            assert!(
                !text.contains("file-"),
                "{name}: a message is missing: {text}"
            );
            assert!(
                text.contains(&name),
                "{name}: the file is not named: {text}"
            );
            assert!(text.chars().count() <= 2 * MAX_MESSAGE_CHARS, "{text}");
        }
        assert_ne!(de, en, "{name}: not translated");
        if let FileError::Format {
            problem: FormatError::Syntax { line, column, .. },
            ..
        } = &error
        {
            assert!(
                de.contains(&format!("Zeile {line}, Spalte {column}")),
                "{name}: {de}"
            );
            assert!(
                en.contains(&format!("line {line}, column {column}")),
                "{name}: {en}"
            );
        }
        told += 1;
    }
    assert!(told >= 60, "only {told} files were refused");
}

// ---------------------------------------------------------------------------------------------
// Large inputs, generated rather than committed
// ---------------------------------------------------------------------------------------------

/// A real (not sparse) file just over the limit, whose start is a valid map, is refused by size.
#[test]
fn a_file_over_the_size_limit_is_refused_even_if_it_starts_as_a_map() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("33 MiB.ron");
    let mut bytes = SEEDS[0].to_vec();
    bytes.resize(MAX_FILE_BYTES as usize + 1, b' ');
    std::fs::write(&path, &bytes).unwrap();
    let error = file::load(&path).unwrap_err();
    assert!(matches!(error, FileError::TooLarge { .. }), "{error:?}");
    assert!(error.to_string().contains("32 MiB"), "{error}");
}

/// Inputs just under the size limit that are cheap to write and would be expensive to read in
/// full: each must be refused early and clearly.
#[test]
fn large_inputs_under_the_size_limit_fail_fast_and_clearly() {
    let size = 2 * 1024 * 1024;
    let seed = std::str::from_utf8(SEEDS[0]).unwrap();
    let with_goal = |goal: &str| seed.replacen("goal: \"\",", &format!("goal: {goal},"), 1);
    let empty_entries = format!(
        "(format: 1, map: (title: \"\", kind: CurrentState, stages: [], lanes: [], persona: (goals: [{}])))",
        "\"\",".repeat(size / 3)
    );
    let cases = [
        ("a list of millions of empty persona goals", empty_entries),
        (
            "megabytes of opening brackets",
            with_goal(&"[".repeat(size)),
        ),
        (
            "a megabyte-long goal",
            with_goal(&format!("\"{}\"", "x".repeat(size))),
        ),
        (
            "a number with millions of digits",
            seed.replacen("id: 1,", &format!("id: {},", "9".repeat(size)), 1),
        ),
    ];
    for (what, text) in cases {
        let problem = from_ron(text.as_bytes()).expect_err(what);
        assert_clear(&problem, text.as_bytes());
    }
}

// ---------------------------------------------------------------------------------------------
// Mutations of the bundled maps
// ---------------------------------------------------------------------------------------------

/// Pieces of RON that steer a mutation into the parser's less travelled paths.
const TOKENS: [&str; 32] = [
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    "\"",
    "r#\"",
    "\"#",
    "Some(",
    "None",
    "1e999",
    "-0",
    "0x",
    "0b102",
    "true",
    "'c'",
    "b\"x\"",
    "/*",
    "*/",
    "//",
    "\\u{",
    "\\u{D800}",
    "#![enable(implicit_some)]",
    "#![enable(unwrap_newtypes)]",
    "#![enable(unwrap_variant_newtypes)]",
    "#![enable(explicit_struct_names)]",
    "id: 4294967296,",
    "18446744073709551616",
    "NaN",
];

/// One change to a file. Positions are taken modulo the file's length when applied, so every
/// mutation lands somewhere.
#[derive(Clone, Debug)]
enum Mutation {
    Flip {
        at: usize,
        bit: u8,
    },
    Insert {
        at: usize,
        bytes: Vec<u8>,
    },
    Token {
        at: usize,
        token: usize,
    },
    Delete {
        at: usize,
        len: usize,
    },
    /// Copies a piece of another bundled map in: fields, cards, whole lanes, in the wrong place.
    Splice {
        at: usize,
        seed: usize,
        from: usize,
        len: usize,
    },
    /// Repeats one line: duplicate fields, duplicate ids.
    DuplicateLine {
        line: usize,
    },
    Nest {
        at: usize,
        open: usize,
        depth: usize,
    },
    /// Replaces the n-th number: dangling references, huge ids, scores off the scale.
    Number {
        nth: usize,
        value: String,
    },
    LongString {
        at: usize,
        len: usize,
    },
    InvalidUtf8 {
        at: usize,
        bytes: Vec<u8>,
    },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = || any::<usize>();
    let number = prop_oneof![
        (0u64..20).prop_map(|n| n.to_string()),
        Just(u32::MAX.to_string()),
        Just((u64::from(u32::MAX) + 1).to_string()),
        Just(u64::MAX.to_string()),
        Just("340282366920938463463374607431768211456".to_owned()),
        Just("-129".to_owned()),
        Just("128".to_owned()),
        Just("1.5".to_owned()),
        Just("-1".to_owned()),
    ];
    prop_oneof![
        3 => (at(), 0u8..8).prop_map(|(at, bit)| Mutation::Flip { at, bit }),
        2 => (at(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        4 => (at(), 0..TOKENS.len()).prop_map(|(at, token)| Mutation::Token { at, token }),
        3 => (at(), 1usize..64).prop_map(|(at, len)| Mutation::Delete { at, len }),
        2 => (at(), 0..SEEDS.len(), at(), 1usize..400)
            .prop_map(|(at, seed, from, len)| Mutation::Splice { at, seed, from, len }),
        2 => any::<usize>().prop_map(|line| Mutation::DuplicateLine { line }),
        1 => (at(), 0usize..4, 1usize..400)
            .prop_map(|(at, open, depth)| Mutation::Nest { at, open, depth }),
        3 => (any::<usize>(), number).prop_map(|(nth, value)| Mutation::Number { nth, value }),
        1 => (at(), 1usize..30_000).prop_map(|(at, len)| Mutation::LongString { at, len }),
        1 => (at(), prop::collection::vec(0x80u8..=0xff, 1..4))
            .prop_map(|(at, bytes)| Mutation::InvalidUtf8 { at, bytes }),
    ]
}

fn apply(mutation: &Mutation, bytes: &mut Vec<u8>) {
    let len = bytes.len();
    let at = |at: usize| at % (len + 1);
    let splice = |bytes: &mut Vec<u8>, at: usize, new: &[u8]| {
        bytes.splice(at..at, new.iter().copied());
    };
    match mutation {
        Mutation::Flip { at: i, bit } => {
            if len > 0 {
                bytes[i % len] ^= 1 << bit;
            }
        }
        Mutation::Insert { at: i, bytes: new } | Mutation::InvalidUtf8 { at: i, bytes: new } => {
            splice(bytes, at(*i), new);
        }
        Mutation::Token { at: i, token } => splice(bytes, at(*i), TOKENS[*token].as_bytes()),
        Mutation::Delete { at: i, len: n } => {
            let start = at(*i);
            bytes.drain(start..(start + n).min(len));
        }
        Mutation::Splice {
            at: i,
            seed,
            from,
            len: n,
        } => {
            let source = SEEDS[*seed];
            let start = from % source.len();
            let piece = &source[start..(start + n).min(source.len())];
            splice(bytes, at(*i), piece);
        }
        Mutation::DuplicateLine { line } => {
            let starts: Vec<usize> = std::iter::once(0)
                .chain(
                    bytes
                        .iter()
                        .enumerate()
                        .filter(|(_, b)| **b == b'\n')
                        .map(|(i, _)| i + 1),
                )
                .filter(|&i| i < len)
                .collect();
            if let Some(&start) = starts.get(line % starts.len().max(1)) {
                let end = bytes[start..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(len, |i| start + i + 1);
                let copy = bytes[start..end].to_vec();
                splice(bytes, end, &copy);
            }
        }
        Mutation::Nest { at: i, open, depth } => {
            let brackets = ["(", "[", "{", "Some("][*open];
            splice(bytes, at(*i), brackets.repeat(*depth).as_bytes());
        }
        Mutation::Number { nth, value } => {
            let mut numbers = Vec::new();
            let mut i = 0;
            while i < len {
                if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
                    let end = (i..len)
                        .find(|&j| !bytes[j].is_ascii_digit())
                        .unwrap_or(len);
                    numbers.push(i..end);
                    i = end;
                } else {
                    i += 1;
                }
            }
            if let Some(range) = numbers.get(nth % numbers.len().max(1)) {
                bytes.splice(range.clone(), value.bytes());
            }
        }
        Mutation::LongString { at: i, len: n } => {
            splice(bytes, at(*i), format!("\"{}\"", "ö".repeat(*n)).as_bytes());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 160,
        max_shrink_iters: 4_000,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_maps_load_or_fail_clearly(
        seed in 0..SEEDS.len(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let mut bytes = SEEDS[seed].to_vec();
        for mutation in &mutations {
            apply(mutation, &mut bytes);
        }
        check(&bytes);
    }

    /// Short arbitrary inputs, mostly RON-shaped, exercise the first bytes the loader reads.
    #[test]
    fn short_arbitrary_inputs_load_or_fail_clearly(
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..64),
            "[(){}\\[\\]:,\"a-z0-9 \n#!]{0,64}".prop_map(String::into_bytes),
            "\\(format: [0-9]{1,3}, map: [(\\[{]{0,3}.{0,24}".prop_map(String::into_bytes),
        ],
    ) {
        check(&bytes);
    }
}
