//! The problems in English, for the command line (`journeymap check`, `export`). The editor
//! words them in the user's language in `crate::i18n::files`.

use std::fmt;

use super::{EscapeProblem, MAX_LISTED, MapChoice, MapPart, SyntaxProblem, ValueKind, shown_char};

impl MapPart {
    /// "the map", "the card" …; `None` for an unnamed part.
    fn the(self) -> Option<&'static str> {
        Some(match self {
            Self::MapFile => "the map file",
            Self::Map => "the map",
            Self::Persona => "the persona",
            Self::Stage => "the stage",
            Self::Lane => "the lane",
            Self::Card => "the card",
            Self::Touchpoint => "the touchpoint",
            Self::Connection => "the connection",
            Self::Emotion => "the emotion lane",
            Self::Metric => "the metric",
            Self::Question => "the customer question",
            Self::Origin => "the origin of the map",
            Self::Unknown => return None,
        })
    }
}

impl MapChoice {
    fn name(self) -> &'static str {
        match self {
            Self::MapKind => "map kind",
            Self::Lang => "language",
            Self::LaneKind => "lane kind",
            Self::TextRole => "text lane role",
            Self::DividerLine => "divider line",
            Self::Channel => "channel",
            Self::Setting => "setting",
            Self::Ownership => "ownership",
            Self::PurchasePhase => "purchase phase",
            Self::EvidenceLevel => "evidence level",
            Self::StandardQuestion => "customer question",
            Self::Ask => "kind of question",
            Self::Relation => "relation to the original map",
            Self::Unknown => "value",
        }
    }
}

impl ValueKind {
    fn words(self) -> &'static str {
        match self {
            Self::WholeNumber => "a whole number",
            Self::Number => "a number",
            Self::Text => "a text in double quotes",
            Self::YesNo => "`true` or `false`",
            Self::List => "a list in `[…]`",
            Self::Scores => "scores in `{…}`",
            Self::Optional => "`Some(…)` or `None`",
            Self::Group => "a group in `(…)`",
            Self::Name => "a name without quotes",
            Self::Other => "another kind of value",
        }
    }
}

/// "`a`, `b` or `c`", "`a`, … `l` and 20 more".
fn list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    if quoted.len() > MAX_LISTED {
        let more = quoted.len() - MAX_LISTED;
        return format!("{} and {more} more", quoted[..MAX_LISTED].join(", "));
    }
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// "expected one of `a`, `b` or `c`".
fn one_of(expected: &[&str]) -> String {
    match expected {
        [] => "nothing is expected here".to_owned(),
        [_] => format!("expected {}", list(expected)),
        _ => format!("expected one of {}", list(expected)),
    }
}

/// " in the map", " in the card" …; nothing for an unnamed part.
fn in_the(part: MapPart) -> String {
    part.the()
        .map_or_else(String::new, |the| format!(" in {the}"))
}

impl fmt::Display for SyntaxProblem {
    /// The problem in English, for the command line.
    #[allow(
        clippy::too_many_lines,
        reason = "one arm per problem, each a sentence"
    )]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ExpectedOpening {
                part: MapPart::MapFile,
                found,
            } => {
                if let Some(found) = found {
                    write!(f, "`{found}` cannot stand here; ")?;
                } else {
                    f.write_str("expected `(`; ")?;
                }
                f.write_str("a journeymap map starts with `(format: …`")
            }
            Self::ExpectedOpening { part, found } => {
                if let Some(found) = found {
                    write!(f, "`{found}` cannot stand here; ")?;
                }
                match part.the() {
                    Some(the) => write!(f, "expected `(` to start {the} here"),
                    None => f.write_str("expected `(` here"),
                }
            }
            Self::NameRequired => f.write_str(
                "the `#![enable(…)]` line at the start of the file asks for a name before every \
                 `(`, which maps do not have; delete that line",
            ),
            Self::ExpectedClosing { bracket } => write!(f, "a closing `{bracket}` is missing here"),
            Self::ExpectedList => f.write_str("expected a list in square brackets `[…]` here"),
            Self::ExpectedScores => f.write_str(
                "expected emotion scores in curly brackets here, such as `{1: 2, 2: -1}`",
            ),
            Self::ExpectedColon => f.write_str(
                "a `:` is missing here; write a field as `name: value` and a score as \
                 `stage: score`",
            ),
            Self::ExpectedComma => f.write_str("expected a `,` or a closing bracket here"),
            Self::ExpectedName => f.write_str(
                "expected a name without quotes here: a field name such as `title` or a choice \
                 such as `CurrentState`",
            ),
            Self::NotAName { found } => write!(
                f,
                "`{found}` cannot stand here; expected a name of letters without quotes, such \
                 as the field name `title` or the choice `CurrentState`"
            ),
            Self::ExpectedText => f.write_str("expected a text in double quotes here"),
            Self::SingleQuotes => {
                f.write_str("texts are written in double quotes (`\"…\"`), not in single quotes")
            }
            Self::ByteText => f.write_str(
                "`b\"…\"` is not a text journeymap reads; delete the `b` before the quotes",
            ),
            Self::UnclosedText => f.write_str("a text in quotes is not closed with `\"`"),
            Self::BadEscape(EscapeProblem::Unknown) => f.write_str(
                "a backslash in a text starts an unknown sequence; write `\\\\` for a backslash",
            ),
            Self::BadEscape(EscapeProblem::Malformed) => f.write_str(
                "a `\\u{…}` sequence in a text is incomplete; type the character itself \
                 instead (and `\\\\` for a backslash)",
            ),
            Self::BadEscape(EscapeProblem::NoCharacter) => f.write_str(
                "a backslash sequence in a text stands for no character; type the character \
                 itself instead (and `\\\\` for a backslash)",
            ),
            Self::ExpectedWholeNumber => f.write_str("expected a whole number here"),
            Self::NotAWholeNumber { digit } => write!(
                f,
                "`{}` cannot be part of a whole number; ids and scores have no decimals",
                shown_char(*digit)
            ),
            Self::ExpectedNumber => f.write_str("expected a number here, such as `240` or `240.5`"),
            Self::UnderscoreInNumber => {
                f.write_str("a `_` is out of place in this number; write the digits alone")
            }
            Self::NumberOutOfRange => f.write_str(
                "this number is out of range here (ids go from 0 to 4294967295, emotion scores \
                 from -2 to 2)",
            ),
            Self::ExpectedYesNo => f.write_str("expected `true` or `false` here"),
            Self::ExpectedOptional => f.write_str("expected `Some(…)` or `None` here"),
            Self::ExpectedEmpty => f.write_str("expected `()` here"),
            Self::WrongValue { expected } => write!(f, "expected {} here", expected.words()),
            Self::WrongCount { found } => write!(
                f,
                "these brackets hold {found} entries, which is not what belongs here"
            ),
            Self::UnknownField {
                part,
                found,
                expected,
            } => write!(
                f,
                "unknown field `{found}`{}; {}",
                in_the(*part),
                one_of(expected)
            ),
            Self::MissingField { part, field } => {
                write!(f, "`{field}:` is missing{}; add it", in_the(*part))
            }
            Self::DuplicateField { part, field } => {
                write!(
                    f,
                    "`{field}:` appears twice{}; keep only one",
                    in_the(*part)
                )
            }
            Self::UnknownChoice {
                choice,
                found,
                expected,
            } => write!(
                f,
                "unknown {} `{found}`; {}",
                choice.name(),
                one_of(expected)
            ),
            Self::UnexpectedCharacter(c) => {
                write!(f, "the character `{}` cannot stand here", shown_char(*c))
            }
            Self::UnclosedComment => f.write_str("a `/*` comment is not closed with `*/`"),
            Self::UnclosedLineComment => f.write_str("a `//` comment is not closed"),
            Self::ReaderSetting => f.write_str(
                "journeymap does not understand the `#![…]` line at the start of the file; \
                 maps need none: delete it",
            ),
            Self::CutOff => {
                f.write_str("the file ends in the middle of the map; it may have been cut off")
            }
            Self::TooDeep => f.write_str("brackets are nested far deeper than any map"),
            Self::MoreAfterEnd => {
                f.write_str("there is more after the end of the map; a file holds exactly one map")
            }
            Self::ListTooLong { max } => write!(
                f,
                "a persona list has more than {max} entries; journeymap opens at most {max}"
            ),
            Self::ScoredTwice { stage } => write!(
                f,
                "stage {stage} is scored twice in an emotion lane; keep one score"
            ),
            Self::CurveTwice { persona } => write!(
                f,
                "persona {persona} has two curves in an emotion lane; keep one"
            ),
            Self::Unreadable => f.write_str(
                "journeymap cannot read the map here; compare this place with a map journeymap \
                 saved",
            ),
        }
    }
}
