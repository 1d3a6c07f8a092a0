use std::collections::BTreeSet;
use std::io::{Error, ErrorKind};
use std::path::PathBuf;

use super::names::list;
use super::*;
use crate::file::{CURRENT_FORMAT, MAX_LISTED, MapChoice, ValueKind, from_ron};
use crate::i18n::texts;
use crate::model::{CardId, Counted, LaneId, Lang, PhaseId, StageId, TextField};

/// Words of the parser's English (and of Rust's types) that must never reach a German message.
const PARSER_ENGLISH: [&str; 8] = [
    "expected",
    "found",
    "identifier",
    "struct",
    "raw identifier",
    "but found",
    "unexpected",
    "invalid",
];

/// The German text is German: no parser English, no message id, not the English text.
fn assert_german(de: &str, en: &str) {
    let lower = de.to_lowercase();
    for phrase in PARSER_ENGLISH {
        assert!(!lower.contains(phrase), "{phrase:?} in: {de}");
    }
    assert_no_ids(de);
    assert_no_ids(en);
    assert_ne!(de, en, "not translated");
    assert!(!de.trim().is_empty());
}

fn assert_no_ids(text: &str) {
    for prefix in ["file-", "save-"] {
        assert!(!text.contains(prefix), "a message is missing: {text}");
    }
}

/// The problem in both languages.
fn both(render: impl Fn(&Texts) -> String) -> (String, String) {
    (render(texts(Lang::En)), render(texts(Lang::De)))
}

/// Which case a problem is; a new case does not compile until it is numbered here and has a
/// sample in [`syntax_samples`].
fn syntax_case(problem: &SyntaxProblem) -> usize {
    use SyntaxProblem as P;
    match problem {
        P::ExpectedOpening { .. } => 0,
        P::NameRequired => 1,
        P::ExpectedClosing { .. } => 2,
        P::ExpectedList => 3,
        P::ExpectedScores => 4,
        P::ExpectedColon => 5,
        P::ExpectedComma => 6,
        P::ExpectedName => 7,
        P::NotAName { .. } => 8,
        P::ExpectedText => 9,
        P::SingleQuotes => 10,
        P::ByteText => 11,
        P::UnclosedText => 12,
        P::BadEscape(_) => 13,
        P::ExpectedWholeNumber => 14,
        P::NotAWholeNumber { .. } => 15,
        P::ExpectedNumber => 16,
        P::UnderscoreInNumber => 17,
        P::NumberOutOfRange => 18,
        P::ExpectedYesNo => 19,
        P::ExpectedOptional => 20,
        P::ExpectedEmpty => 21,
        P::WrongValue { .. } => 22,
        P::WrongCount { .. } => 23,
        P::UnknownField { .. } => 24,
        P::MissingField { .. } => 25,
        P::DuplicateField { .. } => 26,
        P::UnknownChoice { .. } => 27,
        P::UnexpectedCharacter(_) => 28,
        P::UnclosedComment => 29,
        P::UnclosedLineComment => 30,
        P::ReaderSetting => 31,
        P::CutOff => 32,
        P::TooDeep => 33,
        P::MoreAfterEnd => 34,
        P::ListTooLong { .. } => 35,
        P::ScoredTwice { .. } => 36,
        P::Unreadable => 37,
        P::CurveTwice { .. } => 38,
    }
}
const SYNTAX_CASES: usize = 39;

const PARTS: [MapPart; 13] = [
    MapPart::MapFile,
    MapPart::Map,
    MapPart::Persona,
    MapPart::Stage,
    MapPart::Lane,
    MapPart::Card,
    MapPart::Touchpoint,
    MapPart::Connection,
    MapPart::Emotion,
    MapPart::Metric,
    MapPart::Question,
    MapPart::Origin,
    MapPart::Unknown,
];

const CHOICES: [MapChoice; 14] = [
    MapChoice::MapKind,
    MapChoice::Lang,
    MapChoice::LaneKind,
    MapChoice::TextRole,
    MapChoice::DividerLine,
    MapChoice::Channel,
    MapChoice::Setting,
    MapChoice::Ownership,
    MapChoice::PurchasePhase,
    MapChoice::EvidenceLevel,
    MapChoice::StandardQuestion,
    MapChoice::Ask,
    MapChoice::Relation,
    MapChoice::Unknown,
];

const VALUE_KINDS: [ValueKind; 10] = [
    ValueKind::WholeNumber,
    ValueKind::Number,
    ValueKind::Text,
    ValueKind::YesNo,
    ValueKind::List,
    ValueKind::Scores,
    ValueKind::Optional,
    ValueKind::Group,
    ValueKind::Name,
    ValueKind::Other,
];

/// Checks that a list names every case of a small enum: the `match` has no wildcard, so a new
/// case fails to compile here.
#[test]
fn the_lists_of_parts_choices_and_kinds_are_complete() {
    let parts: BTreeSet<_> = PARTS
        .iter()
        .map(|part| match part {
            MapPart::MapFile => 0,
            MapPart::Map => 1,
            MapPart::Persona => 2,
            MapPart::Stage => 3,
            MapPart::Lane => 4,
            MapPart::Card => 5,
            MapPart::Touchpoint => 6,
            MapPart::Connection => 7,
            MapPart::Emotion => 8,
            MapPart::Metric => 9,
            MapPart::Question => 10,
            MapPart::Origin => 11,
            MapPart::Unknown => 12,
        })
        .collect();
    assert_eq!(parts.len(), 13);
    let choices: BTreeSet<_> = CHOICES
        .iter()
        .map(|choice| match choice {
            MapChoice::MapKind => 0,
            MapChoice::Lang => 1,
            MapChoice::LaneKind => 2,
            MapChoice::TextRole => 3,
            MapChoice::DividerLine => 4,
            MapChoice::Channel => 5,
            MapChoice::Setting => 6,
            MapChoice::Ownership => 7,
            MapChoice::PurchasePhase => 8,
            MapChoice::EvidenceLevel => 9,
            MapChoice::StandardQuestion => 10,
            MapChoice::Ask => 11,
            MapChoice::Relation => 12,
            MapChoice::Unknown => 13,
        })
        .collect();
    assert_eq!(choices.len(), 14);
    let kinds: BTreeSet<_> = VALUE_KINDS
        .iter()
        .map(|kind| match kind {
            ValueKind::WholeNumber => 0,
            ValueKind::Number => 1,
            ValueKind::Text => 2,
            ValueKind::YesNo => 3,
            ValueKind::List => 4,
            ValueKind::Scores => 5,
            ValueKind::Optional => 6,
            ValueKind::Group => 7,
            ValueKind::Name => 8,
            ValueKind::Other => 9,
        })
        .collect();
    assert_eq!(kinds.len(), 10);
}

/// One problem of every case, and of every part, choice, value kind and escape problem.
#[allow(clippy::too_many_lines, reason = "one sample per problem reads best")]
fn syntax_samples() -> Vec<SyntaxProblem> {
    use SyntaxProblem as P;
    const FIELDS: &[&str] = &["title", "kind", "stages"];
    const CHANNELS: &[&str] = &[
        "Website",
        "Flyer",
        "Poster",
        "Hotline",
        "Chatbot",
        "Delivery",
        "Invoice",
        "Survey",
        "Branding",
        "Newsletter",
        "BlogPost",
        "SocialAd",
        "SearchAd",
        "Custom",
    ];
    let mut samples = vec![
        P::NameRequired,
        P::ExpectedClosing { bracket: ')' },
        P::ExpectedClosing { bracket: ']' },
        P::ExpectedClosing { bracket: '}' },
        P::ExpectedList,
        P::ExpectedScores,
        P::ExpectedColon,
        P::ExpectedComma,
        P::ExpectedName,
        P::NotAName { found: "5".into() },
        P::ExpectedText,
        P::SingleQuotes,
        P::ByteText,
        P::UnclosedText,
        P::BadEscape(EscapeProblem::Unknown),
        P::BadEscape(EscapeProblem::Malformed),
        P::BadEscape(EscapeProblem::NoCharacter),
        P::ExpectedWholeNumber,
        P::NotAWholeNumber { digit: '.' },
        P::NotAWholeNumber { digit: '\u{7}' },
        P::ExpectedNumber,
        P::UnderscoreInNumber,
        P::NumberOutOfRange,
        P::ExpectedYesNo,
        P::ExpectedOptional,
        P::ExpectedEmpty,
        P::WrongCount { found: 3 },
        P::UnknownField {
            part: MapPart::Map,
            found: "colour".into(),
            expected: &[],
        },
        P::UnknownField {
            part: MapPart::Map,
            found: "colour".into(),
            expected: &["title"],
        },
        P::UnknownChoice {
            choice: MapChoice::Channel,
            found: "Telegraph".into(),
            expected: CHANNELS,
        },
        P::UnexpectedCharacter(','),
        P::UnexpectedCharacter('\0'),
        P::UnclosedComment,
        P::UnclosedLineComment,
        P::ReaderSetting,
        P::CutOff,
        P::TooDeep,
        P::MoreAfterEnd,
        P::ListTooLong { max: 200 },
        P::ScoredTwice { stage: 3 },
        P::CurveTwice { persona: 2 },
        P::Unreadable,
    ];
    for part in PARTS {
        samples.extend([
            P::ExpectedOpening { part, found: None },
            P::ExpectedOpening {
                part,
                found: Some("vm".into()),
            },
            P::UnknownField {
                part,
                found: "colour".into(),
                expected: FIELDS,
            },
            P::MissingField {
                part,
                field: "title",
            },
            P::DuplicateField {
                part,
                field: "title",
            },
        ]);
    }
    for choice in CHOICES {
        samples.push(P::UnknownChoice {
            choice,
            found: "Mindmap".into(),
            expected: &["CurrentState", "FutureState"],
        });
    }
    for expected in VALUE_KINDS {
        samples.push(P::WrongValue { expected });
    }
    samples
}

/// Every case of [`SyntaxProblem`] has words in English and German, and the German ones are
/// German.
#[test]
fn every_syntax_problem_has_both_texts() {
    let samples = syntax_samples();
    let cases: BTreeSet<usize> = samples.iter().map(syntax_case).collect();
    assert_eq!(cases, (0..SYNTAX_CASES).collect(), "a case has no sample");
    let mut german = BTreeSet::new();
    for problem in &samples {
        let (en, de) = both(|texts| syntax_problem(texts, problem));
        assert_german(&de, &en);
        // The English of the editor and of the command line say the same; neither is empty.
        assert!(!problem.to_string().is_empty());
        german.insert(de);
    }
    // Parts, choices and kinds are named, not all worded alike.
    assert!(german.len() > samples.len() * 9 / 10, "{german:#?}");
}

/// A part of the map that a message names comes out as words of the language.
#[test]
fn parts_and_choices_are_named_in_german() {
    let de = syntax_problem(
        texts(Lang::De),
        &SyntaxProblem::MissingField {
            part: MapPart::Persona,
            field: "name",
        },
    );
    assert_eq!(de, "in der Persona fehlt `name:`; ergänzen Sie das Feld");
    let de = syntax_problem(
        texts(Lang::De),
        &SyntaxProblem::UnknownChoice {
            choice: MapChoice::MapKind,
            found: "Mindmap".into(),
            expected: &["CurrentState", "DayInTheLife", "FutureState"],
        },
    );
    assert_eq!(
        de,
        "`Mindmap` ist als Map-Art unbekannt; möglich sind `CurrentState`, `DayInTheLife` oder \
         `FutureState`"
    );
}

/// A long list of choices is cut, saying how many more there are.
#[test]
fn a_long_list_of_choices_says_how_many_more() {
    let names: Vec<&str> = (0..20).map(|i| ["A", "B", "C", "D", "E"][i % 5]).collect();
    let text = list(texts(Lang::De), &names);
    assert!(text.ends_with("und 8 weitere"), "{text}");
    assert_eq!(text.matches('`').count(), 2 * MAX_LISTED);
}

/// A map with `fields` added to its map part, for crafted errors.
fn map_with(fields: &str) -> String {
    format!(
        "(format: {CURRENT_FORMAT}, map: (title: \"T\", kind: CurrentState, stages: [(id: 1, \
         title: \"S\")], lanes: [(id: 1, title: \"L\", kind: Touchpoints), (id: 2, title: \
         \"E\", kind: Emotion(scores: {{1: 1}}))]{fields}))"
    )
}

/// A map whose first card is `card`.
fn card(card: &str) -> String {
    map_with(&format!(
        ", cards: [(id: 1, lane: 1, stage: 1, title: \"C\"{card})]"
    ))
}

/// Broken files, one or more for every problem a file can cause, with the case it must be.
#[allow(clippy::too_many_lines, reason = "one file per problem reads best")]
fn crafted() -> Vec<(String, SyntaxProblem)> {
    use SyntaxProblem as P;
    let touchpoint = |facets: &str| {
        card(&format!(
            ", touchpoint: Some((channel: Website, setting: Online, ownership: Owned, phase: \
             Purchase{facets}))"
        ))
    };
    let lane = |kind: &str| {
        map_with("").replace(
            "(id: 1, title: \"L\", kind: Touchpoints)",
            &format!("(id: 1, title: \"L\", kind: {kind})"),
        )
    };
    let unknown_field = |part| P::UnknownField {
        part,
        found: "colour".into(),
        expected: &[],
    };
    let unknown_choice = |choice| P::UnknownChoice {
        choice,
        found: "Bogus".into(),
        expected: &[],
    };
    let goals = format!(", persona: (goals: [{}])", "\"g\", ".repeat(201));
    vec![
        (
            "[(format: 2)]".into(),
            P::ExpectedOpening {
                part: MapPart::MapFile,
                found: None,
            },
        ),
        (
            "vm(format: 2)".into(),
            P::ExpectedOpening {
                part: MapPart::MapFile,
                found: Some("vm".into()),
            },
        ),
        (
            "(format: 2, map: 5)".into(),
            P::ExpectedOpening {
                part: MapPart::Map,
                found: None,
            },
        ),
        (
            "(format: 2, map: None)".into(),
            P::ExpectedOpening {
                part: MapPart::Map,
                found: Some("None".into()),
            },
        ),
        (
            lane("Text"),
            P::ExpectedOpening {
                part: MapPart::Unknown,
                found: None,
            },
        ),
        (
            "#![enable(explicit_struct_names)] (format: 2)".into(),
            P::NameRequired,
        ),
        (
            lane("Text(Actions, Thoughts)"),
            P::ExpectedClosing { bracket: ')' },
        ),
        (
            map_with("").replace("stages: [", "stages: 5, x: ["),
            P::ExpectedList,
        ),
        (lane("Emotion(scores: 5)"), P::ExpectedScores),
        (lane("Emotion(scores: {1 2})"), P::ExpectedColon),
        ("(format: 2 map: ())".into(), P::ExpectedComma),
        (
            map_with("").replace("kind: CurrentState", "kind: \"CurrentState\""),
            P::ExpectedName,
        ),
        (map_with(", 5: 1"), P::NotAName { found: "5".into() }),
        (
            map_with("").replace("title: \"T\"", "title: 5"),
            P::ExpectedText,
        ),
        (
            map_with("").replace("title: \"T\"", "title: r#\"T"),
            P::UnclosedText,
        ),
        (
            map_with("").replace("title: \"T\"", "title: \"\\q\""),
            P::BadEscape(EscapeProblem::Unknown),
        ),
        (
            map_with("").replace("title: \"T\"", "title: \"\\u{12\""),
            P::BadEscape(EscapeProblem::Malformed),
        ),
        (
            map_with("").replace("title: \"T\"", "title: \"\\u{D800}\""),
            P::BadEscape(EscapeProblem::NoCharacter),
        ),
        // The version is read first, skipping over the map, so the map is looked at twice.
        ("(format: 2, map: 'ab')".into(), P::SingleQuotes),
        ("(format: \"2\")".into(), P::ExpectedWholeNumber),
        (
            card("").replace("id: 1, lane", "id: 1e5, lane"),
            P::NotAWholeNumber { digit: 'e' },
        ),
        (
            map_with("").replace("title: \"S\"", "title: \"S\", width: ."),
            P::ExpectedNumber,
        ),
        (
            card("").replace("id: 1, lane", "id: _1, lane"),
            P::UnderscoreInNumber,
        ),
        ("(format: 4294967296)".into(), P::NumberOutOfRange),
        (
            map_with("").replace("kind: Touchpoints", "kind: Touchpoints, collapsed: maybe"),
            P::ExpectedYesNo,
        ),
        (
            card(", touchpoint: (channel: Website)"),
            P::ExpectedOptional,
        ),
        (
            "(format: 2, author: 1)".into(),
            unknown_field(MapPart::MapFile),
        ),
        (map_with(", colour: 1"), unknown_field(MapPart::Map)),
        (
            map_with(", persona: (colour: 1)"),
            unknown_field(MapPart::Persona),
        ),
        (
            map_with("").replace("title: \"S\"", "title: \"S\", colour: 1"),
            unknown_field(MapPart::Stage),
        ),
        (
            map_with("").replace("kind: Touchpoints", "kind: Touchpoints, colour: 1"),
            unknown_field(MapPart::Lane),
        ),
        (card(", colour: 1"), unknown_field(MapPart::Card)),
        (
            touchpoint(", colour: 1"),
            unknown_field(MapPart::Touchpoint),
        ),
        (
            map_with(", connections: [(from: 1, to: 2, colour: 1)]"),
            unknown_field(MapPart::Connection),
        ),
        (
            lane("Emotion()"),
            P::MissingField {
                part: MapPart::Emotion,
                field: "scores",
            },
        ),
        (
            "(format: 2, map: (title: \"\", stages: [], lanes: []))".into(),
            P::MissingField {
                part: MapPart::Map,
                field: "kind",
            },
        ),
        (
            map_with(", title: \"again\""),
            P::DuplicateField {
                part: MapPart::Map,
                field: "title",
            },
        ),
        (
            map_with("").replace("kind: CurrentState", "kind: Bogus"),
            unknown_choice(MapChoice::MapKind),
        ),
        (map_with(", lang: Bogus"), unknown_choice(MapChoice::Lang)),
        (lane("Bogus"), unknown_choice(MapChoice::LaneKind)),
        (lane("Text(Bogus)"), unknown_choice(MapChoice::TextRole)),
        (
            lane("Divider(Bogus)"),
            unknown_choice(MapChoice::DividerLine),
        ),
        (
            touchpoint("").replace("channel: Website", "channel: Bogus"),
            unknown_choice(MapChoice::Channel),
        ),
        (
            touchpoint("").replace("setting: Online", "setting: Bogus"),
            unknown_choice(MapChoice::Setting),
        ),
        (
            touchpoint("").replace("ownership: Owned", "ownership: Bogus"),
            unknown_choice(MapChoice::Ownership),
        ),
        (
            touchpoint("").replace("phase: Purchase", "phase: Bogus"),
            unknown_choice(MapChoice::PurchasePhase),
        ),
        (
            map_with("").replace("stages: [", "stages: [,"),
            P::UnexpectedCharacter(','),
        ),
        ("(format: 2 /* note".into(), P::UnclosedComment),
        ("#![enable(colour)] (format: 2)".into(), P::ReaderSetting),
        ("#![colour] (format: 2)".into(), P::ReaderSetting),
        ("(format: 2, map: (".into(), P::CutOff),
        (format!("(format: 2, map: {})", "(".repeat(100)), P::TooDeep),
        (format!("{} (format: 2)", map_with("")), P::MoreAfterEnd),
        (map_with(&goals), P::ListTooLong { max: 200 }),
        (
            lane("Emotion(scores: {1: 1, 1: 2})"),
            P::ScoredTwice { stage: 1 },
        ),
        (
            lane("Emotion(scores: {}, personas: {2: {1: 1}, 2: {1: 2}})"),
            P::CurveTwice { persona: 2 },
        ),
    ]
}

/// Whether two problems are the same case, with the same part or choice (the quoted text and
/// the lists are the parser's to choose).
fn same_case(a: &SyntaxProblem, b: &SyntaxProblem) -> bool {
    use SyntaxProblem as P;
    match (a, b) {
        (P::UnknownField { part: x, .. }, P::UnknownField { part: y, .. })
        | (P::MissingField { part: x, .. }, P::MissingField { part: y, .. })
        | (P::DuplicateField { part: x, .. }, P::DuplicateField { part: y, .. }) => x == y,
        (P::UnknownChoice { choice: x, .. }, P::UnknownChoice { choice: y, .. }) => x == y,
        _ => a == b,
    }
}

/// Crafted broken files: each gives the problem it is made for, and its message names the file,
/// the line and the column, in German without the parser's English.
#[test]
fn crafted_syntax_errors_are_told_in_german_with_their_place() {
    let path = PathBuf::from("/maps/Kundenreise.ron");
    for (text, expected) in crafted() {
        let problem = from_ron(text.as_bytes()).expect_err(&text);
        let (line, column, found) = match &problem {
            FormatError::Syntax {
                line,
                column,
                problem,
            } => (*line, *column, problem.clone()),
            other => panic!("{text}: not a syntax error: {other:?}"),
        };
        assert!(same_case(&found, &expected), "{text}: {found:?}");
        let (en, de) = both(|texts| format_error(texts, &problem));
        assert_german(&de, &en);
        assert!(
            de.contains(&format!("Zeile {line}, Spalte {column}")),
            "{de}"
        );
        assert!(
            en.contains(&format!("line {line}, column {column}")),
            "{en}"
        );
        let error = problem.in_file(&path);
        let (en, de) = both(|texts| file_error(texts, &error));
        assert_german(&de, &en);
        for text in [&en, &de] {
            assert!(text.contains("Kundenreise.ron"), "{text}");
            assert!(text.contains(&line.to_string()), "{text}");
            assert!(text.contains(&column.to_string()), "{text}");
        }
        assert!(
            de.contains(&format!("In Zeile {line}, Spalte {column}:")),
            "{de}"
        );
        assert!(
            de.contains("Kundenreise.ron.bak"),
            "the advice names the backup: {de}"
        );
    }
}

/// Which case a validation error is; see [`syntax_case`].
fn validation_case(error: &ValidationError) -> usize {
    use ValidationError as V;
    match error {
        V::DuplicateStage(_) => 0,
        V::DuplicateLane(_) => 1,
        V::DuplicateCard(_) => 2,
        V::UnknownLane { .. } => 3,
        V::UnknownStage { .. } => 4,
        V::LaneHoldsNoCards { .. } => 5,
        V::UnknownConnectionEnd(_) => 6,
        V::SelfConnection(_) => 7,
        V::DuplicateConnection { .. } => 8,
        V::ScoreForUnknownStage { .. } => 9,
        V::ScoreOutOfRange { .. } => 10,
        V::StageWidth { .. } => 11,
        V::LaneHeight { .. } => 12,
        V::TooMany { .. } => 13,
        V::TextTooLong { .. } => 14,
        V::PhotoOutsideFolder(_) => 15,
        V::RatingOutOfRange { .. } => 16,
        V::MetricNotANumber { .. } => 17,
        V::DuplicateQuestion(_) => 18,
        V::TouchpointsPerStage(_) => 19,
        V::FirstPersonaId(_) => 20,
        V::DuplicatePersona(_) => 21,
        V::ScoresForUnknownPersona { .. } => 22,
        V::DuplicatePhase(_) => 23,
        V::UnknownPhase { .. } => 24,
        V::PhaseApart(_) => 25,
        V::RoomRecord(_) => 26,
    }
}
const VALIDATION_CASES: usize = 27;

fn validation_samples() -> Vec<ValidationError> {
    use ValidationError as V;
    let mut samples = vec![
        V::DuplicateStage(StageId(1)),
        V::DuplicateLane(LaneId(2)),
        V::DuplicateCard(CardId(3)),
        V::DuplicatePhase(PhaseId(2)),
        V::UnknownPhase {
            stage: StageId(1),
            phase: PhaseId(8),
        },
        V::PhaseApart(PhaseId(1)),
        V::UnknownLane {
            card: CardId(1),
            lane: LaneId(30),
        },
        V::UnknownStage {
            card: CardId(1),
            stage: StageId(99),
        },
        V::LaneHoldsNoCards {
            card: CardId(1),
            lane: LaneId(2),
            title: "Emotionen".into(),
        },
        V::UnknownConnectionEnd(CardId(77)),
        V::SelfConnection(CardId(1)),
        V::DuplicateConnection {
            from: CardId(1),
            to: CardId(2),
        },
        V::ScoreForUnknownStage {
            lane: LaneId(2),
            stage: StageId(9),
        },
        V::ScoreOutOfRange {
            lane: LaneId(2),
            stage: StageId(1),
            score: 3,
        },
        V::StageWidth {
            stage: StageId(1),
            width: "NaN".into(),
        },
        V::LaneHeight {
            lane: LaneId(1),
            height: "5".into(),
        },
        V::PhotoOutsideFolder("../anna.jpg".into()),
    ];
    for what in [
        Counted::Stages,
        Counted::Phases,
        Counted::Lanes,
        Counted::Cards,
        Counted::Connections,
        Counted::Personas,
        Counted::PersonaGoals,
        Counted::PersonaNeeds,
        Counted::PersonaFrustrations,
        Counted::Metrics,
        Counted::Quotes,
        Counted::Questions,
    ]
    .into_iter()
    .chain(ROOM_COUNTED)
    {
        samples.push(V::TooMany {
            what,
            count: 201,
            max: 200,
        });
    }
    for what in [
        TextField::Title,
        TextField::Goal,
        TextField::PersonaName,
        TextField::PersonaRole,
        TextField::PersonaQuote,
        TextField::PersonaListEntry,
        TextField::StageTitle(StageId(4)),
        TextField::PhaseTitle(PhaseId(3)),
        TextField::LaneTitle(LaneId(5)),
        TextField::CardTitle(CardId(6)),
        TextField::CardNotes(CardId(7)),
        TextField::TouchpointEvidence(CardId(8)),
        TextField::Question,
        TextField::Origin,
        TextField::NewStageTitle,
        TextField::NewLaneTitle,
        TextField::RoomNote(crate::model::RoomNoteId(4)),
        TextField::ParticipantName,
    ] {
        samples.push(V::TextTooLong {
            what,
            chars: 20_001,
            max: 20_000,
        });
    }
    samples.extend(evidence_samples());
    samples
}

const ROOM_COUNTED: [Counted; 4] = [
    Counted::RoomParticipants,
    Counted::RoomNotes,
    Counted::RoomDots,
    Counted::RoomFeelings,
];

fn evidence_samples() -> Vec<ValidationError> {
    use ValidationError as V;
    vec![
        V::RoomRecord(Counted::RoomDots),
        V::RatingOutOfRange {
            card: CardId(4),
            kind: crate::model::RatingKind::Importance,
            value: 6,
        },
        V::RatingOutOfRange {
            card: CardId(4),
            kind: crate::model::RatingKind::Performance,
            value: 0,
        },
        V::MetricNotANumber {
            card: CardId(4),
            name: "Besuche".into(),
        },
        V::DuplicateQuestion(crate::model::StandardQuestion::WhyBought),
        V::TouchpointsPerStage(0),
        V::FirstPersonaId(crate::model::PersonaId(3)),
        V::DuplicatePersona(crate::model::PersonaId(2)),
        V::ScoresForUnknownPersona {
            lane: LaneId(2),
            persona: crate::model::PersonaId(7),
        },
    ]
}

#[test]
fn every_validation_error_has_both_texts() {
    let samples = validation_samples();
    let cases: BTreeSet<usize> = samples.iter().map(validation_case).collect();
    assert_eq!(
        cases,
        (0..VALIDATION_CASES).collect(),
        "a case has no sample"
    );
    let mut german = BTreeSet::new();
    for error in &samples {
        let (en, de) = both(|texts| validation_error(texts, error));
        assert_german(&de, &en);
        assert!(german.insert(de.clone()), "two errors, one text: {de}");
    }
    let de = validation_error(
        texts(Lang::De),
        &ValidationError::TextTooLong {
            what: TextField::CardNotes(CardId(7)),
            chars: 20_001,
            max: 20_000,
        },
    );
    assert_eq!(
        de,
        "in den Notizen von Karte 7 stehen 20001 Zeichen, mehr als die 20000, die journeymap \
         erlaubt; kürzen Sie den Text"
    );
}

fn photo_case(error: &PhotoError) -> usize {
    match error {
        PhotoError::OutsideFolder(_) => 0,
        PhotoError::Read { .. } => 1,
        PhotoError::TooLarge { .. } => 2,
        PhotoError::TooManyPixels { .. } => 3,
        PhotoError::NotAnImage { .. } => 4,
    }
}
const PHOTO_CASES: usize = 5;

#[test]
fn every_photo_error_has_both_texts_and_names_the_photo() {
    let path = || PathBuf::from("/maps/anna.png");
    let samples = [
        PhotoError::OutsideFolder("../anna.png".into()),
        PhotoError::Read {
            path: path(),
            io: Error::from(ErrorKind::NotFound),
        },
        PhotoError::Read {
            path: path(),
            io: Error::from(ErrorKind::PermissionDenied),
        },
        PhotoError::TooLarge {
            path: path(),
            max_bytes: 16 * 1024 * 1024,
        },
        PhotoError::TooManyPixels {
            path: path(),
            width: 60_000,
            height: 60_000,
        },
        PhotoError::NotAnImage {
            path: path(),
            reason: "Format error decoding Png: Invalid PNG signature.".into(),
        },
    ];
    let cases: BTreeSet<usize> = samples.iter().map(photo_case).collect();
    assert_eq!(cases, (0..PHOTO_CASES).collect(), "a case has no sample");
    for error in &samples {
        let (en, de) = both(|texts| photo_error(texts, error));
        assert_german(&de, &en);
        assert!(de.contains("anna.png"), "{de}");
        assert!(!de.contains("Format error"), "the decoder's English: {de}");
    }
}

/// Every other file problem (not a syntax error) names the file and says what to do, in
/// German.
#[test]
fn every_file_error_has_both_texts() {
    let path = || PathBuf::from("/maps/Bäckerei.ron");
    let mut errors = vec![
        FileError::Read {
            path: path(),
            io: Error::from(ErrorKind::NotFound),
        },
        FileError::Read {
            path: path(),
            io: Error::from(ErrorKind::PermissionDenied),
        },
        FileError::Read {
            path: path(),
            io: Error::from(ErrorKind::IsADirectory),
        },
        FileError::Read {
            path: path(),
            io: Error::from(ErrorKind::ResourceBusy),
        },
        FileError::TooLarge {
            path: path(),
            max_bytes: 32 * 1024 * 1024,
        },
        FileError::Backup {
            path: path(),
            backup: PathBuf::from("/maps/Bäckerei.ron.bak"),
            io: Error::from(ErrorKind::StorageFull),
        },
        FileError::write_failed(&path(), Error::from(ErrorKind::ReadOnlyFilesystem), true),
    ];
    for problem in [
        FormatError::Empty,
        FormatError::NotText { offset: 12 },
        FormatError::Utf16,
        FormatError::NoVersion,
        FormatError::NewerFormat {
            found: 9,
            supported: CURRENT_FORMAT,
        },
        FormatError::Invalid(ValidationError::DuplicateCard(CardId(1))),
    ] {
        errors.push(problem.in_file(&path()));
    }
    let mut german = BTreeSet::new();
    for error in &errors {
        let (en, de) = both(|texts| file_error(texts, error));
        assert_german(&de, &en);
        assert!(de.contains("Bäckerei.ron"), "{de}");
        assert!(de.ends_with('.'), "whole sentences: {de}");
        assert!(german.insert(de.clone()), "two errors, one text: {de}");
    }
}
