//! The map file format through the library: lossless round trips, byte-stable output, atomic
//! saves, and a precise, readable error for every kind of broken input.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::{assert_no_temp_files, entries};

use std::fs;
use std::path::{Path, PathBuf};

use journeymap::file::{
    self, CURRENT_FORMAT, FileError, FormatError, MAX_FILE_BYTES, from_ron, to_ron,
};
use journeymap::model::{
    Ask, Card, CardId, Channel, Connection, DividerLine, EMOTION_MAX, EMOTION_MIN, EvidenceLevel,
    Lane, LaneId, LaneKind, Lang, Map, MapKind, Metric, Origin, Ownership, Persona, PersonaId,
    PurchasePhase, Question, Relation, Setting, Stage, StageId, StandardQuestion, TextRole,
    Touchpoint, ValidationError,
};

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

/// Every text role, in declaration order.
const ROLES: [TextRole; 14] = [
    TextRole::Actions,
    TextRole::Thoughts,
    TextRole::PainPoints,
    TextRole::Opportunities,
    TextRole::Goals,
    TextRole::Ideas,
    TextRole::Activities,
    TextRole::NeedsMet,
    TextRole::NeedsUnmet,
    TextRole::Evidence,
    TextRole::Frontstage,
    TextRole::Backstage,
    TextRole::Support,
    TextRole::Notes,
];
const SETTINGS: [Setting; 2] = [Setting::Online, Setting::Offline];
const OWNERSHIPS: [Ownership; 5] = [
    Ownership::Owned,
    Ownership::Paid,
    Ownership::Earned,
    Ownership::Shared,
    Ownership::Managed,
];
const PHASES: [PurchasePhase; 3] = [
    PurchasePhase::PrePurchase,
    PurchasePhase::Purchase,
    PurchasePhase::PostPurchase,
];
const EVIDENCE: [EvidenceLevel; 3] = EvidenceLevel::ALL;
const LINES: [DividerLine; 3] = [
    DividerLine::Interaction,
    DividerLine::Visibility,
    DividerLine::InternalInteraction,
];

/// Notes that stress the string encoding: newlines, quotes, raw-string delimiters, backslashes,
/// tabs, German letters and emoji (including a ZWJ sequence).
const TRICKY_NOTES: &str = "Zeile 1\nZeile 2: \"Zitat\" und r#\"roh\"# und \\n wörtlich\n\n\
    Ärger über Größe: ä ö ü ß Ä Ö Ü ẞ\tTab 🎉 👩‍👩‍👧 ✅\nletzte Zeile\\";

/// Stage ids, deliberately not in ascending order: the file must keep the display order.
const STAGE_IDS: [u32; 4] = [1, 5, 3, 9];

/// The first lane id of the text lanes; one text lane per role follows.
const FIRST_TEXT_LANE: u32 = 10;
const TOUCHPOINT_LANE: u32 = 2;
const EMOTION_LANE: u32 = 3;

fn lane(id: u32, title: &str, kind: LaneKind) -> Lane {
    Lane::new(LaneId(id), title, kind)
}

fn card(id: u32, lane: u32, stage: u32, title: &str) -> Card {
    Card::new(CardId(id), LaneId(lane), StageId(stage), title)
}

fn full_persona() -> Persona {
    Persona {
        name: "Jana Müller, 42".into(),
        role: "Inhaberin der Bäckerei „Sonnenkorn“".into(),
        goals: vec![
            "Brötchen um 7 Uhr fertig".into(),
            "Mehr Stammkunden 🥐".into(),
        ],
        needs: vec!["Verlässliche Lieferung".into(), "Klare Preise".into()],
        frustrations: vec![
            "Hotline sagt \"morgen\"".into(),
            "Zwei\nZeilen".into(),
            String::new(),
        ],
        quote: "\"Ich weiß nie, wann die Lieferung kommt.\"".into(),
        photo: Some("fotos/jana müller.jpg".into()),
        ..Persona::default()
    }
}

/// The other personas of the full map: one filled in, one with a name alone.
fn other_personas() -> Vec<Persona> {
    vec![
        Persona {
            id: PersonaId(2),
            name: "Ömer, 23".into(),
            role: "Student, bestellt per App".into(),
            goals: vec!["Schnell \"to go\"".into()],
            quote: "Warum gibt's kein Abo?".into(),
            ..Persona::default()
        },
        Persona {
            name: "Gisela".into(),
            ..Persona::with_id(PersonaId(7))
        },
    ]
}

/// All lanes: every divider line, the touchpoints, the emotion curve and one text lane per role.
fn full_lanes() -> Vec<Lane> {
    let mut lanes = vec![
        lane(1, "Line of interaction", LaneKind::Divider(LINES[0])),
        lane(TOUCHPOINT_LANE, "Touchpoints", LaneKind::Touchpoints),
        lane(
            EMOTION_LANE,
            "Gefühle 😊",
            LaneKind::Emotion {
                // Stage 9 has no score on purpose: the curve skips it.
                scores: [
                    (StageId(1), EMOTION_MIN),
                    (StageId(5), 0),
                    (StageId(3), EMOTION_MAX),
                ]
                .into(),
                personas: [
                    (PersonaId(2), [(StageId(1), 1), (StageId(3), -1)].into()),
                    (PersonaId(7), [(StageId(9), EMOTION_MIN)].into()),
                ]
                .into(),
            },
        ),
        lane(4, "Line of visibility", LaneKind::Divider(LINES[1])),
        lane(
            5,
            "Line of internal interaction",
            LaneKind::Divider(LINES[2]),
        ),
    ];
    for (role, id) in ROLES.into_iter().zip(FIRST_TEXT_LANE..) {
        lanes.push(lane(id, &format!("{role:?} – Spur"), LaneKind::Text(role)));
    }
    lanes
}

/// One touchpoint card per channel, with the facets cycled so every value of every facet occurs,
/// and one text card per text lane, the first of them with tricky notes.
fn full_cards() -> Vec<Card> {
    let mut cards = Vec::new();
    for (i, channel) in Channel::ALL.into_iter().enumerate() {
        let mut touchpoint = card(
            100 + i as u32,
            TOUCHPOINT_LANE,
            STAGE_IDS[i % STAGE_IDS.len()],
            &format!("{channel:?}"),
        );
        let mut facets = Touchpoint::of(channel);
        facets.setting = SETTINGS[i % SETTINGS.len()];
        facets.ownership = OWNERSHIPS[i % OWNERSHIPS.len()];
        // Every other touchpoint follows its stage's phase; the rest have one set by hand.
        facets.phase = (i % 2 == 0).then_some(PHASES[i % PHASES.len()]);
        // Every rating, and every evidence level, with some touchpoints left unrated.
        if i % 4 != 3 {
            facets.importance = Some(1 + (i % 5) as u8);
            facets.performance = Some(5 - (i % 5) as u8);
            facets.evidence = Some(EVIDENCE[i % EVIDENCE.len()]);
        }
        touchpoint.touchpoint = Some(facets);
        if i == 0 {
            touchpoint.notes = TRICKY_NOTES.into();
            let facets = touchpoint.touchpoint.as_mut().unwrap();
            facets.metrics = vec![
                Metric::new("Besuche / Monat", 12_400.0, ""),
                Metric::new("Conversion", 3.25, "%"),
                Metric::new("Kosten pro Kontakt", -0.000_1, "€"),
                Metric::new("Riesig", 1.0e300, "\"\\ unit"),
            ];
            facets.owner = "Marketing & Vertrieb".into();
            facets.strengths = TRICKY_NOTES.into();
            facets.weaknesses = "Lädt langsam\nauf dem Handy".into();
            facets.quotes = vec!["„Wo ist der Preis?“".into(), "r#\"raw\"#".into()];
        }
        cards.push(touchpoint);
    }
    for (i, lane_id) in (FIRST_TEXT_LANE..).take(ROLES.len()).enumerate() {
        let mut text = card(
            200 + i as u32,
            lane_id,
            STAGE_IDS[i % STAGE_IDS.len()],
            "Sagt: \"Wo ist mein Brot?\" – 😤",
        );
        if i == 0 {
            text.notes = TRICKY_NOTES.into();
        }
        cards.push(text);
    }
    // A second card in the same cell as the first text card: the order within a cell matters.
    cards.push(card(
        300,
        FIRST_TEXT_LANE,
        STAGE_IDS[0],
        "Zweite Karte in derselben Zelle",
    ));
    cards
}

/// A map that uses every feature of the model.
fn full_map() -> Map {
    let mut map = Map::empty(MapKind::ServiceBlueprint, Lang::De);
    map.title = "Bäckerei \"Sonnenkorn\" – Grüße aus Köln 🍞".into();
    map.goal = "Weniger Abbrüche\nim Bestellprozess".into();
    map.persona = full_persona();
    map.other_personas = other_personas();
    map.stages = STAGE_IDS
        .iter()
        .map(|&id| Stage::new(StageId(id), format!("Phase {id}: Überlegung & „Kauf“")))
        .collect();
    map.lanes = full_lanes();
    map.cards = full_cards();
    map.connections = vec![
        Connection {
            from: CardId(200),
            to: CardId(100),
        },
        Connection {
            from: CardId(100),
            to: CardId(211),
        },
        Connection {
            from: CardId(211),
            to: CardId(200),
        },
    ];
    map.questions = vec![
        Question {
            ask: Ask::Standard(StandardQuestion::FirstHeard),
            answer: "Über eine Freundin\nund Instagram".into(),
            done: true,
        },
        Question {
            ask: Ask::Standard(StandardQuestion::WebsiteEase),
            answer: "7, 8 und 4".into(),
            done: false,
        },
        Question::new(Ask::Own("Würden Sie \"Brot-Abo\" buchen?".into())),
    ];
    map.origin = Some(Origin {
        relation: Relation::CompetitorOf,
        title: "Sonnenkorn – Ist-Zustand".into(),
        file: Some("../Karten/Sonnenkorn ist.ron".into()),
    });
    map.max_touchpoints_per_stage = Some(5);
    map
}

/// A small valid map whose text the error tests edit.
fn small_map() -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::En);
    map.title = "Small".into();
    map.stages = vec![
        Stage::new(StageId(1), "Awareness"),
        Stage::new(StageId(2), "Purchase"),
    ];
    map.lanes = vec![
        lane(1, "Actions", LaneKind::Text(TextRole::Actions)),
        lane(
            2,
            "Emotions",
            LaneKind::Emotion {
                personas: std::collections::BTreeMap::new(),
                scores: [(StageId(1), 1), (StageId(2), -1)].into(),
            },
        ),
    ];
    map.cards = vec![card(1, 1, 1, "Sees a poster"), card(2, 1, 2, "Pays")];
    map
}

fn small_text() -> String {
    to_ron(&small_map()).unwrap()
}

/// `small_text` with `from` replaced by `to`, which must occur exactly once.
fn small_text_with(from: &str, to: &str) -> String {
    let text = small_text();
    assert_eq!(text.matches(from).count(), 1, "{from:?} in\n{text}");
    text.replacen(from, to, 1)
}

fn problem(bytes: &[u8]) -> FormatError {
    match from_ron(bytes) {
        Ok(map) => panic!("expected an error, got a map: {map:?}"),
        Err(error) => error,
    }
}

/// Asserts a syntax error with a real position, and returns its message.
fn syntax(error: &FormatError) -> String {
    let FormatError::Syntax {
        line,
        column,
        problem,
    } = error
    else {
        panic!("expected a syntax error, got {error:?}");
    };
    assert!(*line >= 1 && *column >= 1, "{error:?}");
    let display = error.to_string();
    assert!(display.contains(&format!("line {line}")), "{display}");
    assert!(display.contains(&format!("column {column}")), "{display}");
    let message = problem.to_string();
    assert!(!message.is_empty(), "{error:?}");
    message
}

/// Writes `bytes` to `name` in `dir`, loads it and returns the error; checks it names the file.
fn load_problem(dir: &Path, name: &str, bytes: &[u8]) -> FormatError {
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    let error = match file::load(&path) {
        Ok(map) => panic!("expected an error loading {name}, got {map:?}"),
        Err(error) => error,
    };
    let display = error.to_string();
    assert!(
        display.contains(&path.display().to_string()),
        "the message must name the file: {display}"
    );
    match error {
        FileError::Format {
            path: named,
            problem,
        } => {
            assert_eq!(named, path);
            assert!(display.contains(&problem.to_string()), "{display}");
            problem
        }
        other => panic!("expected a format error, got {other:?}"),
    }
}

/// Deterministic pseudo-random bytes (xorshift), so a failure can be reproduced.
fn noise(len: usize, mut state: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state.to_le_bytes()[3]
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The fixture itself
// ---------------------------------------------------------------------------------------------

/// Keeps `full_map` honest: if a variant is added to the model, this stops compiling until the
/// fixture uses it.
#[test]
fn the_full_map_uses_every_variant_and_is_valid() {
    let map = full_map();
    map.validate(&journeymap::model::Limits::default()).unwrap();

    let mut roles = [false; ROLES.len()];
    let mut lines = [false; LINES.len()];
    let (mut touchpoint_lanes, mut emotion_lanes) = (0, 0);
    for lane in &map.lanes {
        match lane.kind {
            LaneKind::Text(role) => {
                roles[match role {
                    TextRole::Actions => 0,
                    TextRole::Thoughts => 1,
                    TextRole::PainPoints => 2,
                    TextRole::Opportunities => 3,
                    TextRole::Goals => 4,
                    TextRole::Ideas => 5,
                    TextRole::Activities => 6,
                    TextRole::NeedsMet => 7,
                    TextRole::NeedsUnmet => 8,
                    TextRole::Evidence => 9,
                    TextRole::Frontstage => 10,
                    TextRole::Backstage => 11,
                    TextRole::Support => 12,
                    TextRole::Notes => 13,
                }] = true;
            }
            LaneKind::Touchpoints => touchpoint_lanes += 1,
            LaneKind::Emotion { ref scores, .. } => {
                emotion_lanes += 1;
                assert!(scores.values().any(|&s| s == EMOTION_MIN));
                assert!(scores.values().any(|&s| s == EMOTION_MAX));
                assert!(scores.len() < map.stages.len(), "one stage has no score");
            }
            LaneKind::Divider(line) => {
                lines[match line {
                    DividerLine::Interaction => 0,
                    DividerLine::Visibility => 1,
                    DividerLine::InternalInteraction => 2,
                }] = true;
            }
        }
    }
    assert!(roles.iter().all(|&seen| seen), "{roles:?}");
    assert!(lines.iter().all(|&seen| seen), "{lines:?}");
    assert_eq!((touchpoint_lanes, emotion_lanes), (1, 1));

    let mut settings = [false; SETTINGS.len()];
    let mut ownerships = [false; OWNERSHIPS.len()];
    let mut phases = [false; PHASES.len()];
    let mut channels = Vec::new();
    let mut by_hand = [false; 2];
    for (card, touchpoint) in map.touchpoints() {
        channels.push(touchpoint.channel);
        by_hand[usize::from(touchpoint.phase_by_hand())] = true;
        settings[match touchpoint.setting {
            Setting::Online => 0,
            Setting::Offline => 1,
        }] = true;
        ownerships[match touchpoint.ownership {
            Ownership::Owned => 0,
            Ownership::Paid => 1,
            Ownership::Earned => 2,
            Ownership::Shared => 3,
            Ownership::Managed => 4,
        }] = true;
        phases[match map.phase_of(card, touchpoint) {
            PurchasePhase::PrePurchase => 0,
            PurchasePhase::Purchase => 1,
            PurchasePhase::PostPurchase => 2,
        }] = true;
    }
    assert!(
        settings
            .iter()
            .chain(&ownerships)
            .chain(&phases)
            .chain(&by_hand)
            .all(|&seen| seen)
    );
    assert_eq!(channels, Channel::ALL);
    assert!(map.persona.photo.is_some() && !map.connections.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Round trips and byte stability
// ---------------------------------------------------------------------------------------------

#[test]
fn a_map_with_every_feature_survives_ron_unchanged() {
    let map = full_map();
    let text = to_ron(&map).unwrap();
    let back = from_ron(text.as_bytes()).unwrap();
    assert_eq!(back, map);
    // Spot-check that the tricky texts really went through the file, not around it.
    assert_eq!(back.cards[0].notes, TRICKY_NOTES);
    assert_eq!(back.persona.frustrations[1], "Zwei\nZeilen");
    assert_eq!(
        back.stages.iter().map(|s| s.id.0).collect::<Vec<_>>(),
        STAGE_IDS
    );
}

#[test]
fn a_map_with_every_feature_survives_save_and_load_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("Bäckerei Karte.ron");
    let map = full_map();
    file::save(&map, &path).unwrap();
    assert_eq!(file::load(&path).unwrap(), map);
}

#[test]
fn optional_parts_are_left_out_of_the_file_and_default_when_missing() {
    let mut map = small_map();
    map.persona = Persona::default();
    map.connections.clear();
    let text = to_ron(&map).unwrap();
    assert!(!text.contains("persona"), "{text}");
    assert!(!text.contains("connections"), "{text}");
    assert!(!text.contains("notes"), "{text}");
    assert!(!text.contains("touchpoint"), "{text}");

    // A hand-written minimal file: lang, goal, persona, cards and connections all default.
    let minimal =
        "(format: 1, map: (title: \"Hand made\", kind: FutureState, stages: [], lanes: []))";
    let loaded = from_ron(minimal.as_bytes()).unwrap();
    let mut expected = Map::empty(MapKind::FutureState, Lang::En);
    expected.title = "Hand made".into();
    assert_eq!(loaded, expected);
}

#[test]
fn serialising_twice_gives_identical_text() {
    let map = full_map();
    let first = to_ron(&map).unwrap();
    let second = to_ron(&map.clone()).unwrap();
    assert_eq!(first, second);
    // A parsed copy serialises to the same text too (no hidden state, e.g. map ordering).
    let reparsed = from_ron(first.as_bytes()).unwrap();
    assert_eq!(to_ron(&reparsed).unwrap(), first);
}

#[test]
fn save_load_save_gives_identical_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.ron");
    let second = dir.path().join("second.ron");
    file::save(&full_map(), &first).unwrap();
    let loaded = file::load(&first).unwrap();
    file::save(&loaded, &second).unwrap();
    let (a, b) = (fs::read(&first).unwrap(), fs::read(&second).unwrap());
    assert!(a == b, "saving a loaded map changed its bytes");
    // What is on disk is exactly `to_ron`.
    assert_eq!(a, to_ron(&full_map()).unwrap().into_bytes());
}

#[test]
fn the_text_is_lf_only_newline_terminated_and_versioned() {
    let text = to_ron(&full_map()).unwrap();
    assert!(text.ends_with(")\n") && !text.ends_with("\n\n"), "{text}");
    assert!(!text.contains('\r'), "no carriage returns");
    assert!(text.starts_with('('), "{text}");
    let version_line = format!("format: {CURRENT_FORMAT},");
    assert_eq!(
        text.lines().nth(1).map(str::trim),
        Some(version_line.as_str()),
        "the version comes first so it can be read before the map:\n{text}"
    );
    assert!(
        text.lines().all(|line| line == line.trim_end()),
        "no trailing whitespace"
    );
}

// ---------------------------------------------------------------------------------------------
// Atomic save
// ---------------------------------------------------------------------------------------------

#[test]
fn saving_over_a_larger_file_replaces_it_completely() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    fs::write(&path, "x".repeat(200_000)).unwrap();
    file::save(&small_map(), &path).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), small_text());
    // And again over a real map.
    file::save(&full_map(), &path).unwrap();
    file::save(&small_map(), &path).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), small_text());
    // The version replaced last is kept as the backup.
    assert_eq!(entries(dir.path()), ["map.ron", "map.ron.bak"]);
}

#[test]
fn saving_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.ron", "b.ron", "a.ron"] {
        file::save(&full_map(), &dir.path().join(name)).unwrap();
    }
    assert_no_temp_files(dir.path());
    assert_eq!(entries(dir.path()), ["a.ron", "a.ron.bak", "b.ron"]);
}

#[test]
fn saving_into_a_missing_folder_fails_naming_the_file_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no such folder").join("map.ron");
    let error = file::save(&small_map(), &path).unwrap_err();
    let FileError::Write { path: named, .. } = &error else {
        panic!("expected a write error, got {error:?}");
    };
    assert_eq!(named, &path);
    let display = error.to_string();
    assert!(display.contains(&path.display().to_string()), "{display}");
    assert!(entries(dir.path()).is_empty(), "{:?}", entries(dir.path()));
}

#[test]
fn a_failed_save_over_a_folder_leaves_the_folder_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    // The target is a folder with something in it: the final rename must fail.
    let path = dir.path().join("map.ron");
    fs::create_dir(&path).unwrap();
    fs::write(path.join("keep.txt"), "keep").unwrap();
    let error = file::save(&small_map(), &path).unwrap_err();
    assert!(
        matches!(&error, FileError::Write { path: named, .. } if named == &path),
        "{error:?}"
    );
    assert_eq!(fs::read_to_string(path.join("keep.txt")).unwrap(), "keep");
    assert_no_temp_files(dir.path());
    assert_eq!(entries(dir.path()), ["map.ron"]);
}

/// A saved map is an ordinary file: readable by whoever could read a file the user creates
/// (the usual umask), not private like a temporary file.
#[cfg(unix)]
#[test]
fn a_new_map_file_gets_ordinary_permissions() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let reference = dir.path().join("reference.txt");
    fs::write(&reference, "x").unwrap();
    let path = dir.path().join("map.ron");
    file::save(&small_map(), &path).unwrap();
    let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(
        format!("{:o}", mode(&path)),
        format!("{:o}", mode(&reference)),
        "a saved map should get the same permissions as any new file"
    );
}

/// Saving over a file keeps the permissions the user gave it.
#[cfg(unix)]
#[test]
fn saving_over_a_file_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    fs::write(&path, small_text()).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o664)).unwrap();
    file::save(&full_map(), &path).unwrap();
    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(format!("{mode:o}"), "664");
}

// ---------------------------------------------------------------------------------------------
// Broken input
// ---------------------------------------------------------------------------------------------

#[test]
fn an_empty_or_blank_file_is_called_empty() {
    for bytes in [&b""[..], b" ", b"\n", b"  \n\t\r\n  "] {
        let error = problem(bytes);
        assert_eq!(error, FormatError::Empty, "{bytes:?}");
        assert!(error.to_string().contains("empty"), "{error}");
    }
    let dir = tempfile::tempdir().unwrap();
    let error = load_problem(dir.path(), "leer.ron", b"");
    assert_eq!(error, FormatError::Empty);
}

#[test]
fn binary_garbage_is_not_a_text_file() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(noise(4096, 0x5eed));
    let error = problem(&png);
    assert_eq!(error, FormatError::NotText { offset: 0 });
    assert!(error.to_string().contains("not a text file"), "{error}");

    // Valid text up to a bad byte: the offset points at the bad byte.
    let mut half_text = b"(format: 1, map: (".to_vec();
    half_text.extend([0xff, 0xfe, 0x00]);
    assert_eq!(problem(&half_text), FormatError::NotText { offset: 18 });

    // UTF-16 (as some editors save) is not UTF-8 either, and is named as such.
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain("(format: 1)".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(problem(&utf16), FormatError::Utf16);
    assert!(problem(&utf16).to_string().contains("save it as UTF-8"));

    let dir = tempfile::tempdir().unwrap();
    let error = load_problem(dir.path(), "picture.ron", &png);
    assert!(
        matches!(error, FormatError::NotText { offset: 0 }),
        "{error:?}"
    );
}

#[test]
fn text_that_is_not_ron_is_a_syntax_error_with_a_position() {
    for text in [
        "hello world",
        "{\"format\": 1, \"map\": {}}",
        "format: 1",
        "<map format=\"1\"/>",
        "\0\0\0\0",
        "((((",
    ] {
        syntax(&problem(text.as_bytes()));
    }
    // The position is where the problem is, not always 1:1.
    let text = small_text_with("kind: CurrentState,", "kind: CurrentState,\n        §");
    let error = problem(text.as_bytes());
    syntax(&error);
    let FormatError::Syntax { line, .. } = error else {
        unreachable!()
    };
    assert_eq!(line, 6, "{error}");
}

#[test]
fn a_truncated_file_is_a_syntax_error_with_a_line_number() {
    let text = to_ron(&full_map()).unwrap();
    let half = &text.as_bytes()[..text.len() / 2];
    let error = problem(half);
    syntax(&error);
    let FormatError::Syntax { line, .. } = error else {
        unreachable!()
    };
    let lines_in_half = half.split(|&byte| byte == b'\n').count();
    assert!(
        line > 1 && line <= lines_in_half,
        "the error is near the cut, not at the start: {line}"
    );

    // Any cut before the closing parenthesis fails cleanly (including mid-character cuts).
    let text = small_text();
    let end = text.trim_end().len();
    for cut in 0..end {
        assert!(
            from_ron(&text.as_bytes()[..cut]).is_err(),
            "a file cut after {cut} bytes was accepted"
        );
    }
}

#[test]
fn a_field_of_the_wrong_type_names_the_problem() {
    let text = small_text_with("title: \"Small\"", "title: 5");
    let message = syntax(&problem(text.as_bytes()));
    assert!(message.contains("text in double quotes"), "{message}");

    let text = small_text_with("kind: CurrentState", "kind: Spaceship");
    let message = syntax(&problem(text.as_bytes()));
    assert!(message.contains("Spaceship"), "{message}");

    // A score outside i8 cannot even be parsed.
    let text = small_text_with("1: 1,", "1: 300,");
    syntax(&problem(text.as_bytes()));
}

#[test]
fn an_unknown_field_is_rejected_and_named() {
    let version = format!("format: {CURRENT_FORMAT},");
    let version_and_colour = format!("{version}\n    colour: \"red\",");
    for (from, to) in [
        (
            "kind: CurrentState,",
            "kind: CurrentState,\n        colour: \"red\",",
        ),
        (
            "title: \"Pays\",",
            "title: \"Pays\",\n                colour: \"red\",",
        ),
        (&version, &version_and_colour),
    ] {
        let message = syntax(&problem(small_text_with(from, to).as_bytes()));
        assert!(message.contains("colour"), "{message}");
    }
}

#[test]
fn a_newer_format_is_named_as_such_even_if_the_map_is_unreadable() {
    let newer = CURRENT_FORMAT + 98;
    let text = small_text_with(
        &format!("format: {CURRENT_FORMAT},"),
        &format!("format: {newer},"),
    );
    let error = problem(text.as_bytes());
    assert_eq!(
        error,
        FormatError::NewerFormat {
            found: newer,
            supported: CURRENT_FORMAT
        }
    );
    let display = error.to_string();
    assert!(display.contains("newer journeymap"), "{display}");
    assert!(display.contains(&newer.to_string()), "{display}");
    assert!(display.contains(&CURRENT_FORMAT.to_string()), "{display}");

    // A future map may look nothing like today's: the version still wins.
    let future = format!("(format: {newer}, map: (layers: [1, 2], title: 5), signature: \"…\")");
    assert!(matches!(
        problem(future.as_bytes()),
        FormatError::NewerFormat { found, .. } if found == newer
    ));

    let dir = tempfile::tempdir().unwrap();
    let error = load_problem(dir.path(), "from the future.ron", text.as_bytes());
    assert!(
        matches!(error, FormatError::NewerFormat { .. }),
        "{error:?}"
    );
}

#[test]
fn a_missing_or_zero_version_is_no_version() {
    let missing = small_text_with(&format!("format: {CURRENT_FORMAT},\n"), "");
    let zero = small_text_with(&format!("format: {CURRENT_FORMAT},"), "format: 0,");
    for text in [missing, zero] {
        let error = problem(text.as_bytes());
        assert_eq!(error, FormatError::NoVersion, "{text}");
        assert!(error.to_string().contains("format"), "{error}");
    }
    // A bare map, as if someone saved only the inner part.
    let bare = "(title: \"x\", kind: CurrentState, stages: [], lanes: [])";
    assert_eq!(problem(bare.as_bytes()), FormatError::NoVersion);
}

#[test]
fn duplicate_ids_are_invalid() {
    let mut map = small_map();
    map.cards[1].id = CardId(1);
    let error = problem(to_ron(&map).unwrap().as_bytes());
    assert_eq!(
        error,
        FormatError::Invalid(ValidationError::DuplicateCard(CardId(1)))
    );
    assert!(
        error.to_string().contains("two cards have the id 1"),
        "{error}"
    );

    let mut map = small_map();
    map.lanes[1].id = LaneId(1);
    assert_eq!(
        problem(to_ron(&map).unwrap().as_bytes()),
        FormatError::Invalid(ValidationError::DuplicateLane(LaneId(1)))
    );

    let mut map = small_map();
    map.stages[1].id = StageId(1);
    assert_eq!(
        problem(to_ron(&map).unwrap().as_bytes()),
        FormatError::Invalid(ValidationError::DuplicateStage(StageId(1)))
    );

    let dir = tempfile::tempdir().unwrap();
    let mut map = small_map();
    map.cards[1].id = CardId(1);
    let error = load_problem(dir.path(), "dupes.ron", to_ron(&map).unwrap().as_bytes());
    assert!(
        matches!(
            error,
            FormatError::Invalid(ValidationError::DuplicateCard(_))
        ),
        "{error:?}"
    );
}

#[test]
fn a_card_in_a_missing_lane_or_stage_is_invalid() {
    let mut map = small_map();
    map.cards[1].lane = LaneId(77);
    let error = problem(to_ron(&map).unwrap().as_bytes());
    assert_eq!(
        error,
        FormatError::Invalid(ValidationError::UnknownLane {
            card: CardId(2),
            lane: LaneId(77)
        })
    );
    assert!(error.to_string().contains("77"), "{error}");

    let mut map = small_map();
    map.cards[1].stage = StageId(88);
    let error = problem(to_ron(&map).unwrap().as_bytes());
    assert_eq!(
        error,
        FormatError::Invalid(ValidationError::UnknownStage {
            card: CardId(2),
            stage: StageId(88)
        })
    );
    assert!(error.to_string().contains("88"), "{error}");

    // A card in the emotion lane, and a connection to nowhere, are caught as well.
    let mut map = small_map();
    map.cards[1].lane = LaneId(2);
    assert!(matches!(
        problem(to_ron(&map).unwrap().as_bytes()),
        FormatError::Invalid(ValidationError::LaneHoldsNoCards { .. })
    ));
    let mut map = small_map();
    map.connections.push(Connection {
        from: CardId(1),
        to: CardId(99),
    });
    assert_eq!(
        problem(to_ron(&map).unwrap().as_bytes()),
        FormatError::Invalid(ValidationError::UnknownConnectionEnd(CardId(99)))
    );
}

#[test]
fn an_emotion_score_off_the_scale_is_invalid() {
    for score in [5, EMOTION_MAX + 1, EMOTION_MIN - 1, i8::MIN] {
        let text = small_text_with("1: 1,", &format!("1: {score},"));
        let error = problem(text.as_bytes());
        assert_eq!(
            error,
            FormatError::Invalid(ValidationError::ScoreOutOfRange {
                lane: LaneId(2),
                stage: StageId(1),
                score
            })
        );
        assert!(error.to_string().contains(&score.to_string()), "{error}");
    }
    for score in EMOTION_MIN..=EMOTION_MAX {
        let text = small_text_with("1: 1,", &format!("1: {score},"));
        from_ron(text.as_bytes()).unwrap();
    }
}

#[test]
fn deeply_nested_input_is_an_error_not_a_stack_overflow() {
    let depth = 10_000;
    let bare = "(".repeat(depth);
    let as_map = format!("(format: 1, map: {})", "(".repeat(depth));
    let closed = format!(
        "(format: 1, map: {}{})",
        "x(".repeat(depth),
        ")".repeat(depth)
    );
    let in_a_list = small_text_with(
        "title: \"Small\",",
        &format!("title: \"Small\", goal: {}", "[".repeat(depth)),
    );
    let in_a_score = small_text_with("1: 1,", &format!("1: {}", "{".repeat(depth)));
    let before_the_version = format!("(map: {}, format: 1)", "Some(".repeat(depth));
    for text in [
        bare,
        as_map,
        closed,
        in_a_list,
        in_a_score,
        before_the_version,
    ] {
        syntax(&problem(text.as_bytes()));
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    // Sparse: 256 times the limit, which the test could not afford to read.
    let file = fs::File::create(&path).unwrap();
    file.set_len(MAX_FILE_BYTES * 256).unwrap();
    drop(file);
    let error = file::load(&path).unwrap_err();
    match &error {
        FileError::TooLarge {
            path: named,
            max_bytes,
        } => {
            assert_eq!(named, &path);
            assert_eq!(*max_bytes, MAX_FILE_BYTES);
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
    let display = error.to_string();
    assert!(display.contains(&path.display().to_string()), "{display}");
    assert!(
        display.contains(&(MAX_FILE_BYTES / (1024 * 1024)).to_string()),
        "{display}"
    );

    // One byte over is too large; exactly at the limit is read (and then fails as text).
    fs::File::create(&path)
        .unwrap()
        .set_len(MAX_FILE_BYTES + 1)
        .unwrap();
    assert!(matches!(file::load(&path), Err(FileError::TooLarge { .. })));
    fs::File::create(&path)
        .unwrap()
        .set_len(MAX_FILE_BYTES)
        .unwrap();
    assert!(matches!(
        file::load(&path),
        Err(FileError::Format {
            problem: FormatError::Syntax { .. },
            ..
        })
    ));
}

#[test]
fn a_missing_file_is_a_read_error_naming_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = dir.path().join("gibt es nicht.ron");
    let error = file::load(&path).unwrap_err();
    let FileError::Read { path: named, io } = &error else {
        panic!("expected a read error, got {error:?}");
    };
    assert_eq!(named, &path);
    assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
    let display = error.to_string();
    assert!(display.contains(&path.display().to_string()), "{display}");

    // A folder is not a map file either.
    let error = file::load(dir.path()).unwrap_err();
    assert!(matches!(error, FileError::Read { .. }), "{error:?}");
    assert!(
        error
            .to_string()
            .contains(&dir.path().display().to_string()),
        "{error}"
    );
}

#[test]
fn every_load_error_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let truncated = small_text();
    let truncated = &truncated[..truncated.len() / 2];
    let cases: [(&str, &[u8]); 5] = [
        ("blank.ron", b"\n\n"),
        ("garbage.ron", b"\x89PNG\r\n\x1a\n"),
        ("not ron.ron", b"hello"),
        ("cut.ron", truncated.as_bytes()),
        ("no version.ron", b"(map: ())"),
    ];
    for (name, bytes) in cases {
        // `load_problem` asserts the path and the problem are both in the message.
        load_problem(dir.path(), name, bytes);
    }
}

/// Messages are read by people who make journey maps: they must not talk about the program's
/// internals (Rust type names, parser options).
#[test]
fn syntax_messages_do_not_mention_program_internals() {
    let nested = format!("(format: 1, map: {})", "(".repeat(1000));
    let version = format!("format: {CURRENT_FORMAT},");
    let top_level_field = small_text_with(&version, &format!("{version}\n    colour: \"red\","));
    for text in [
        "hello world",
        "{}",
        nested.as_str(),
        top_level_field.as_str(),
    ] {
        let display = problem(text.as_bytes()).to_string();
        for internal in ["VersionProbe", "FileIn", "recursion_limit", "serde_stacker"] {
            assert!(
                !display.contains(internal),
                "{text:.40}: message mentions `{internal}`: {display}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Ratings, metrics and questions (format 4)
// ---------------------------------------------------------------------------------------------

/// The small map with one touchpoint card whose facets are `touchpoint` (as RON).
fn rated_text(touchpoint: &str) -> String {
    let mut map = small_map();
    map.lanes
        .push(lane(3, "Touchpoints", LaneKind::Touchpoints));
    let mut card = card(3, 3, 1, "Website");
    card.touchpoint = Some(Touchpoint::of(Channel::Website));
    map.cards.push(card);
    let text = to_ron(&map).unwrap();
    text.replacen(
        "ownership: Owned,",
        &format!("ownership: Owned,\n{touchpoint}"),
        1,
    )
}

#[test]
fn ratings_off_the_one_to_five_scale_are_invalid_and_named() {
    use journeymap::model::RatingKind;
    for (field, kind) in [
        ("importance", RatingKind::Importance),
        ("performance", RatingKind::Performance),
    ] {
        for value in [0, 6, 255] {
            let error = problem(rated_text(&format!("{field}: Some({value}),")).as_bytes());
            assert_eq!(
                error,
                FormatError::Invalid(ValidationError::RatingOutOfRange {
                    card: CardId(3),
                    kind,
                    value
                })
            );
        }
        for value in 1..=5 {
            let text = rated_text(&format!("{field}: Some({value}),"));
            let map = from_ron(text.as_bytes()).unwrap();
            assert_eq!(
                map.cards[2].touchpoint.as_ref().unwrap().rating(kind),
                Some(value)
            );
        }
    }
}

#[test]
fn a_metric_that_is_not_a_number_is_invalid() {
    for value in ["NaN", "inf", "-inf"] {
        let text = rated_text(&format!("metrics: [(name: \"Visits\", value: {value})],"));
        assert_eq!(
            problem(text.as_bytes()),
            FormatError::Invalid(ValidationError::MetricNotANumber {
                card: CardId(3),
                name: "Visits".into()
            }),
            "{value}"
        );
    }
    // A whole number written by hand needs no decimal point.
    let text = rated_text("metrics: [(name: \"Visits\", value: 12)],");
    let map = from_ron(text.as_bytes()).unwrap();
    assert!((map.cards[2].touchpoint.as_ref().unwrap().metrics[0].value - 12.0).abs() < 1e-9);
}

#[test]
fn a_checklist_question_listed_twice_and_a_silly_stage_limit_are_invalid() {
    let mut map = small_map();
    map.questions = vec![
        Question::new(Ask::Standard(StandardQuestion::Goal)),
        Question::new(Ask::Own("Why?".into())),
        Question::new(Ask::Standard(StandardQuestion::Goal)),
    ];
    assert_eq!(
        problem(to_ron(&map).unwrap().as_bytes()),
        FormatError::Invalid(ValidationError::DuplicateQuestion(StandardQuestion::Goal))
    );
    let mut map = small_map();
    for limit in [0, 100] {
        map.max_touchpoints_per_stage = Some(limit);
        assert_eq!(
            problem(to_ron(&map).unwrap().as_bytes()),
            FormatError::Invalid(ValidationError::TouchpointsPerStage(limit))
        );
    }
}

/// Curves of personas the map does not have, two personas with one id, an id on the first
/// persona, or more than five personas: each refused with what is wrong.
#[test]
fn persona_ids_and_curves_must_fit_together() {
    let ben = |id: u32| Persona {
        name: "Ben".into(),
        ..Persona::with_id(PersonaId(id))
    };
    let mut map = small_map();
    if let LaneKind::Emotion { personas, .. } = &mut map.lanes[1].kind {
        personas.insert(PersonaId(4), [(StageId(1), 1)].into());
    }
    let error = problem(to_ron(&map).unwrap().as_bytes());
    assert_eq!(
        error,
        FormatError::Invalid(ValidationError::ScoresForUnknownPersona {
            lane: LaneId(2),
            persona: PersonaId(4)
        })
    );
    assert!(error.to_string().contains("no such persona"), "{error}");

    let mut map = small_map();
    map.other_personas = vec![ben(2), ben(2)];
    assert_eq!(
        problem(to_ron(&map).unwrap().as_bytes()),
        FormatError::Invalid(ValidationError::DuplicatePersona(PersonaId(2)))
    );

    let mut map = small_map();
    map.other_personas = vec![ben(0)];
    assert_eq!(
        problem(to_ron(&map).unwrap().as_bytes()),
        FormatError::Invalid(ValidationError::DuplicatePersona(PersonaId(0)))
    );

    let mut map = small_map();
    map.persona.name = "Ana".into();
    map.persona.id = PersonaId(3);
    assert_eq!(
        problem(to_ron(&map).unwrap().as_bytes()),
        FormatError::Invalid(ValidationError::FirstPersonaId(PersonaId(3)))
    );

    let mut map = small_map();
    map.other_personas = (1..=5).map(ben).collect();
    assert!(matches!(
        problem(to_ron(&map).unwrap().as_bytes()),
        FormatError::Invalid(ValidationError::TooMany {
            count: 6,
            max: 5,
            ..
        })
    ));
}
