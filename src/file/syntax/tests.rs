use super::*;
use ron::Error as E;

/// Every kind of parser error the parser has today, each with the problem it becomes.
/// `ron::Error` is `#[non_exhaustive]`, so this list cannot be checked for completeness by
/// the compiler; it was written from `ron` 0.12's `error.rs`.
#[allow(
    clippy::too_many_lines,
    reason = "one entry per parser error reads best"
)]
fn every_parser_error() -> Vec<(E, SyntaxProblem)> {
    let not_utf8: Vec<u8> = vec![0xff];
    let utf8 = std::str::from_utf8(&not_utf8).unwrap_err();
    let closing = |bracket| SyntaxProblem::ExpectedClosing { bracket };
    vec![
        (E::Fmt, SyntaxProblem::Unreadable),
        (E::Io("disk".into()), SyntaxProblem::Unreadable),
        (
            E::Message("Expected struct".into()),
            SyntaxProblem::Unreadable,
        ),
        (E::Eof, SyntaxProblem::CutOff),
        (E::ExpectedArray, SyntaxProblem::ExpectedList),
        (E::ExpectedArrayEnd, closing(']')),
        (E::ExpectedAttribute, SyntaxProblem::ReaderSetting),
        (E::ExpectedAttributeEnd, SyntaxProblem::ReaderSetting),
        (E::ExpectedBoolean, SyntaxProblem::ExpectedYesNo),
        (E::ExpectedComma, SyntaxProblem::ExpectedComma),
        (E::ExpectedChar, SyntaxProblem::SingleQuotes),
        (E::ExpectedByteLiteral, SyntaxProblem::SingleQuotes),
        (E::ExpectedFloat, SyntaxProblem::ExpectedNumber),
        (E::FloatUnderscore, SyntaxProblem::UnderscoreInNumber),
        (E::ExpectedInteger, SyntaxProblem::ExpectedWholeNumber),
        (E::ExpectedOption, SyntaxProblem::ExpectedOptional),
        (E::ExpectedOptionEnd, closing(')')),
        (E::ExpectedMap, SyntaxProblem::ExpectedScores),
        (E::ExpectedMapColon, SyntaxProblem::ExpectedColon),
        (E::ExpectedMapEnd, closing('}')),
        (
            E::ExpectedDifferentStructName {
                expected: "MapFile",
                found: "vm".into(),
            },
            SyntaxProblem::ExpectedOpening {
                part: MapPart::MapFile,
                found: Some("vm".into()),
            },
        ),
        (
            E::ExpectedStructLike,
            SyntaxProblem::ExpectedOpening {
                part: MapPart::Unknown,
                found: None,
            },
        ),
        (
            E::ExpectedNamedStructLike("Card"),
            SyntaxProblem::ExpectedOpening {
                part: MapPart::Card,
                found: None,
            },
        ),
        (E::ExpectedStructLikeEnd, closing(')')),
        (E::ExpectedUnit, SyntaxProblem::ExpectedEmpty),
        (E::ExpectedString, SyntaxProblem::ExpectedText),
        (E::ExpectedByteString, SyntaxProblem::ByteText),
        (E::ExpectedStringEnd, SyntaxProblem::UnclosedText),
        (E::ExpectedIdentifier, SyntaxProblem::ExpectedName),
        (
            E::InvalidEscape("Unknown escape character"),
            SyntaxProblem::BadEscape(EscapeProblem::Unknown),
        ),
        (
            E::InvalidEscape("Non-hex digit found"),
            SyntaxProblem::BadEscape(EscapeProblem::Malformed),
        ),
        (
            E::InvalidEscape("Not a valid Unicode-escaped character"),
            SyntaxProblem::BadEscape(EscapeProblem::NoCharacter),
        ),
        (E::IntegerOutOfBounds, SyntaxProblem::NumberOutOfRange),
        (
            E::InvalidIntegerDigit {
                digit: '.',
                base: 10,
            },
            SyntaxProblem::NotAWholeNumber { digit: '.' },
        ),
        (
            E::NoSuchExtension("colour".into()),
            SyntaxProblem::ReaderSetting,
        ),
        (E::UnclosedBlockComment, SyntaxProblem::UnclosedComment),
        (E::UnclosedLineComment, SyntaxProblem::UnclosedLineComment),
        (E::UnderscoreAtBeginning, SyntaxProblem::UnderscoreInNumber),
        (
            E::UnexpectedChar('§'),
            SyntaxProblem::UnexpectedCharacter('§'),
        ),
        (E::Utf8Error(utf8), SyntaxProblem::Unreadable),
        (E::TrailingCharacters, SyntaxProblem::MoreAfterEnd),
        (
            E::InvalidValueForType {
                expected: "u32".into(),
                found: "the string \"x\"".into(),
            },
            SyntaxProblem::WrongValue {
                expected: ValueKind::WholeNumber,
            },
        ),
        (
            E::ExpectedDifferentLength {
                expected: "a tuple of size 2".into(),
                found: 3,
            },
            SyntaxProblem::WrongCount { found: 3 },
        ),
        (
            E::NoSuchEnumVariant {
                expected: &["CurrentState"],
                found: "Mindmap".into(),
                outer: Some("MapKind".into()),
            },
            SyntaxProblem::UnknownChoice {
                choice: MapChoice::MapKind,
                found: "Mindmap".into(),
                expected: &["CurrentState"],
            },
        ),
        (
            E::NoSuchStructField {
                expected: &["title"],
                found: "colour".into(),
                outer: None,
            },
            SyntaxProblem::UnknownField {
                part: MapPart::Unknown,
                found: "colour".into(),
                expected: &["title"],
            },
        ),
        (
            E::MissingStructField {
                field: "kind",
                outer: Some("Map".into()),
            },
            SyntaxProblem::MissingField {
                part: MapPart::Map,
                field: "kind",
            },
        ),
        (
            E::DuplicateStructField {
                field: "title",
                outer: Some("Lane".into()),
            },
            SyntaxProblem::DuplicateField {
                part: MapPart::Lane,
                field: "title",
            },
        ),
        (
            E::InvalidIdentifier("1x".into()),
            SyntaxProblem::NotAName { found: "1x".into() },
        ),
        (
            E::SuggestRawIdentifier("5".into()),
            SyntaxProblem::NotAName { found: "5".into() },
        ),
        (E::ExpectedRawValue, SyntaxProblem::Unreadable),
        (E::ExceededRecursionLimit, SyntaxProblem::TooDeep),
        (
            E::ExpectedStructName("MapFile".into()),
            SyntaxProblem::NameRequired,
        ),
        (E::ExpectedRangeSyntax, SyntaxProblem::Unreadable),
        (
            E::Message(
                ReadRefusal::ScoredTwice {
                    stage: crate::model::StageId(4),
                }
                .to_string(),
            ),
            SyntaxProblem::ScoredTwice { stage: 4 },
        ),
        (
            E::Message(
                ReadRefusal::CurveTwice {
                    persona: crate::model::PersonaId(2),
                }
                .to_string(),
            ),
            SyntaxProblem::CurveTwice { persona: 2 },
        ),
    ]
}

/// Each parser error becomes its problem, told without the parser's words.
#[test]
fn every_parser_error_becomes_a_problem_of_the_map() {
    for (error, expected) in every_parser_error() {
        let problem = SyntaxProblem::from(&error);
        assert_eq!(problem, expected, "{error:?}");
        let text = problem.to_string();
        for parser in [
            "Expected",
            "Found",
            "identifier",
            "struct",
            "RON",
            "Unexpected",
        ] {
            assert!(!text.contains(parser), "{error:?}: {text}");
        }
    }
}

/// serde's descriptions of what it expected, as the value kinds a person knows.
#[test]
fn serde_expectations_are_read_as_kinds_of_value() {
    for (expected, kind) in [
        ("u32", ValueKind::WholeNumber),
        ("i8", ValueKind::WholeNumber),
        ("an 8-bit signed integer", ValueKind::WholeNumber),
        ("f32", ValueKind::Number),
        ("a 32-bit floating point number", ValueKind::Number),
        ("a string", ValueKind::Text),
        ("a boolean", ValueKind::YesNo),
        ("a sequence", ValueKind::List),
        ("a list of at most 200 texts", ValueKind::List),
        ("scores per stage, such as {1: 2, 2: -1}", ValueKind::Scores),
        ("option", ValueKind::Optional),
        ("struct Card", ValueKind::Group),
        ("variant identifier", ValueKind::Name),
        ("tuple variant LaneKind::Text", ValueKind::Name),
        ("enum LaneKind", ValueKind::Name),
        ("something new", ValueKind::Other),
    ] {
        assert_eq!(ValueKind::of(expected), kind, "{expected}");
    }
}
