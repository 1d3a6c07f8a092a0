//! What the RON parser complains about, as problems of a map file rather than of Rust types.
//!
//! The parser reports in its own English ("Expected struct `MapFile` but found `vm`") and names
//! serde's types. [`SyntaxProblem`] keeps only what a person editing the file needs — which part
//! of the map, which field, what was found, what may stand there — so that the command line can
//! word it in English ([`std::fmt::Display`]) and the editor in the user's language
//! (`crate::i18n::files`), neither ever passing the parser's phrases on.

use std::fmt;

use crate::model::ReadRefusal;

/// A problem the parser found at a place in a map file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxProblem {
    /// A part of the map (or the whole map) should start here with `(`.
    ExpectedOpening {
        /// The part that should start.
        part: MapPart,
        /// The word found instead, if it was a word (`vm(`, `None`), clipped.
        found: Option<String>,
    },
    /// The file turns on RON's `explicit_struct_names` (`#![enable(…)]`), which wants a name
    /// before every `(`.
    NameRequired,
    /// A closing bracket is missing.
    ExpectedClosing {
        /// `)`, `]` or `}`.
        bracket: char,
    },
    /// A list in `[…]` should stand here.
    ExpectedList,
    /// Emotion scores in `{…}` should stand here.
    ExpectedScores,
    /// A `:` is missing between a name and its value.
    ExpectedColon,
    /// A `,` (or a closing bracket) is missing.
    ExpectedComma,
    /// A name without quotes should stand here: a field name or a choice.
    ExpectedName,
    /// Something that is not a name stands where a name should, such as a number.
    NotAName {
        /// What was found, clipped.
        found: String,
    },
    /// A text in double quotes should stand here.
    ExpectedText,
    /// Single quotes, which a map never uses.
    SingleQuotes,
    /// A byte string (`b"…"`), which a map never uses.
    ByteText,
    /// A text's closing `"` is missing.
    UnclosedText,
    /// A backslash sequence in a text is wrong.
    BadEscape(EscapeProblem),
    /// A whole number should stand here.
    ExpectedWholeNumber,
    /// A character that cannot be part of a whole number, such as a decimal point.
    NotAWholeNumber {
        /// The character.
        digit: char,
    },
    /// A number (a width or height) should stand here.
    ExpectedNumber,
    /// A `_` where a number may not have one.
    UnderscoreInNumber,
    /// A number too large or too small for its place.
    NumberOutOfRange,
    /// `true` or `false` should stand here.
    ExpectedYesNo,
    /// `Some(…)` or `None` should stand here.
    ExpectedOptional,
    /// `()` should stand here.
    ExpectedEmpty,
    /// A value of another kind should stand here.
    WrongValue {
        /// The kind that belongs here.
        expected: ValueKind,
    },
    /// Brackets hold the wrong number of entries.
    WrongCount {
        /// How many they hold.
        found: usize,
    },
    /// A field that this part of the map does not have.
    UnknownField {
        /// Where.
        part: MapPart,
        /// The field as written, clipped.
        found: String,
        /// The fields this part has.
        expected: &'static [&'static str],
    },
    /// A field this part of the map needs is not there.
    MissingField {
        /// Where.
        part: MapPart,
        /// The field.
        field: &'static str,
    },
    /// A field is there twice.
    DuplicateField {
        /// Where.
        part: MapPart,
        /// The field.
        field: &'static str,
    },
    /// A word that is none of the choices of its place (map kind, channel …).
    UnknownChoice {
        /// What is chosen there.
        choice: MapChoice,
        /// The word as written, clipped.
        found: String,
        /// The words that may stand there.
        expected: &'static [&'static str],
    },
    /// A character that does not belong here.
    UnexpectedCharacter(char),
    /// A `/*` comment is not closed.
    UnclosedComment,
    /// A `//` comment is not ended by a line break.
    UnclosedLineComment,
    /// A `#![…]` line at the start of the file that journeymap does not understand.
    ReaderSetting,
    /// The file ends in the middle of the map.
    CutOff,
    /// Brackets nested deeper than any map.
    TooDeep,
    /// Something after the end of the map.
    MoreAfterEnd,
    /// A persona list longer than a map may hold.
    ListTooLong {
        /// The most entries a list may have.
        max: usize,
    },
    /// An emotion lane scores a stage twice.
    ScoredTwice {
        /// The stage's id.
        stage: u32,
    },
    /// Anything the parser cannot say more about here (none of these occur with a map's
    /// types, but the parser may add kinds of errors).
    Unreadable,
}

/// What is wrong with a backslash sequence in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EscapeProblem {
    /// A backslash followed by a character that starts no sequence (`\q`).
    Unknown,
    /// A `\u{…}` or `\x…` sequence that is incomplete or has characters that are not hex digits.
    Malformed,
    /// A sequence that is complete but stands for no character.
    NoCharacter,
}

/// A part of a map file, as the parser names it by its serde name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapPart {
    /// The whole file: `(format: …, map: …)`.
    MapFile,
    /// The map: `map: (title: …)`.
    Map,
    /// The persona.
    Persona,
    /// A stage.
    Stage,
    /// A lane.
    Lane,
    /// A card.
    Card,
    /// A card's touchpoint facets.
    Touchpoint,
    /// A connection between cards.
    Connection,
    /// The scores of an emotion lane: `Emotion(scores: …)`.
    Emotion,
    /// A part the parser did not name.
    Unknown,
}

impl MapPart {
    /// The part a serde struct name stands for.
    fn of(name: Option<&str>) -> Self {
        match name {
            Some("MapFile") => Self::MapFile,
            Some("Map") => Self::Map,
            Some("Persona") => Self::Persona,
            Some("Stage") => Self::Stage,
            Some("Lane") => Self::Lane,
            Some("Card") => Self::Card,
            Some("Touchpoint") => Self::Touchpoint,
            Some("Connection") => Self::Connection,
            Some("Emotion") => Self::Emotion,
            _ => Self::Unknown,
        }
    }

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
            Self::Unknown => return None,
        })
    }
}

/// What a word in a map chooses, as the parser names it by the serde name of the enum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapChoice {
    /// `kind:` of the map.
    MapKind,
    /// `lang:` of the map.
    Lang,
    /// `kind:` of a lane.
    LaneKind,
    /// The role of a text lane: `Text(Actions)`.
    TextRole,
    /// The line of a divider lane: `Divider(Visibility)`.
    DividerLine,
    /// A touchpoint's channel.
    Channel,
    /// A touchpoint's setting (online, offline).
    Setting,
    /// A touchpoint's media ownership.
    Ownership,
    /// A touchpoint's purchase phase.
    PurchasePhase,
    /// A choice the parser did not name.
    Unknown,
}

impl MapChoice {
    fn of(name: Option<&str>) -> Self {
        match name {
            Some("MapKind") => Self::MapKind,
            Some("Lang") => Self::Lang,
            Some("LaneKind") => Self::LaneKind,
            Some("TextRole") => Self::TextRole,
            Some("DividerLine") => Self::DividerLine,
            Some("Channel") => Self::Channel,
            Some("Setting") => Self::Setting,
            Some("Ownership") => Self::Ownership,
            Some("PurchasePhase") => Self::PurchasePhase,
            _ => Self::Unknown,
        }
    }

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
            Self::Unknown => "value",
        }
    }
}

/// The kind of value that belongs in a place, for [`SyntaxProblem::WrongValue`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// An id, a score, the format.
    WholeNumber,
    /// A width or height.
    Number,
    /// A text in double quotes.
    Text,
    /// `true` or `false`.
    YesNo,
    /// `[…]`.
    List,
    /// `{stage: score, …}`.
    Scores,
    /// `Some(…)` or `None`.
    Optional,
    /// `(…)`.
    Group,
    /// A word without quotes.
    Name,
    /// Anything else.
    Other,
}

impl ValueKind {
    /// Reads serde's description of what it expected ("u32", "a string", "struct Card" …).
    fn of(expected: &str) -> Self {
        let is_integer_type = |word: &str| {
            word.strip_prefix(['u', 'i'])
                .is_some_and(|bits| bits == "size" || bits.parse::<u8>().is_ok())
        };
        let has = |part: &str| expected.contains(part);
        if is_integer_type(expected) || has("integer") {
            Self::WholeNumber
        } else if expected == "f32" || expected == "f64" || has("floating point") {
            Self::Number
        } else if has("identifier") || has("enum") || has("variant") {
            Self::Name
        } else if has("sequence") || has("list") || has("tuple") || has("array") {
            Self::List
        } else if has("scores") || has("a map") {
            Self::Scores
        } else if has("string") || has("char") || has("text") {
            Self::Text
        } else if has("bool") {
            Self::YesNo
        } else if has("option") {
            Self::Optional
        } else if has("struct") {
            Self::Group
        } else {
            Self::Other
        }
    }

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

/// The longest quote of the file a problem keeps.
const MAX_FOUND_CHARS: usize = 40;

/// What the file said, cut short: enough to find it, not a page of it.
fn clip(found: &str) -> String {
    if found.chars().count() > MAX_FOUND_CHARS {
        let mut short: String = found.chars().take(MAX_FOUND_CHARS).collect();
        short.push('…');
        short
    } else {
        found.to_owned()
    }
}

impl From<&ron::Error> for SyntaxProblem {
    /// Every kind of parser error has its case; the arms are listed one by one so that each is
    /// a decision. `ron::Error` is `#[non_exhaustive]`, so kinds a newer parser adds fall to
    /// [`SyntaxProblem::Unreadable`]: check this list when upgrading `ron`.
    #[allow(
        clippy::match_same_arms,
        reason = "the kinds that cannot occur are listed apart from the ones still to come"
    )]
    fn from(error: &ron::Error) -> Self {
        use ron::Error as E;
        match error {
            E::ExpectedStructLike => Self::ExpectedOpening {
                part: MapPart::Unknown,
                found: None,
            },
            E::ExpectedNamedStructLike(name) => Self::ExpectedOpening {
                part: MapPart::of(Some(name)),
                found: None,
            },
            E::ExpectedDifferentStructName { expected, found } => Self::ExpectedOpening {
                part: MapPart::of(Some(expected)),
                found: Some(clip(found)),
            },
            E::ExpectedStructName(_) => Self::NameRequired,
            E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => {
                Self::ExpectedClosing { bracket: ')' }
            }
            E::ExpectedArrayEnd => Self::ExpectedClosing { bracket: ']' },
            E::ExpectedMapEnd => Self::ExpectedClosing { bracket: '}' },
            E::ExpectedArray => Self::ExpectedList,
            E::ExpectedMap => Self::ExpectedScores,
            E::ExpectedMapColon => Self::ExpectedColon,
            E::ExpectedComma => Self::ExpectedComma,
            E::ExpectedIdentifier => Self::ExpectedName,
            E::SuggestRawIdentifier(found) | E::InvalidIdentifier(found) => {
                Self::NotAName { found: clip(found) }
            }
            E::ExpectedString => Self::ExpectedText,
            E::ExpectedChar | E::ExpectedByteLiteral => Self::SingleQuotes,
            E::ExpectedByteString => Self::ByteText,
            E::ExpectedStringEnd => Self::UnclosedText,
            E::InvalidEscape(what) => Self::BadEscape(match *what {
                "Unknown escape character" => EscapeProblem::Unknown,
                "Not a valid Unicode-escaped character"
                | "Not a valid byte-escaped Unicode character"
                | "Unexpected Unicode escape in byte literal" => EscapeProblem::NoCharacter,
                _ => EscapeProblem::Malformed,
            }),
            E::ExpectedInteger => Self::ExpectedWholeNumber,
            E::InvalidIntegerDigit { digit, .. } => Self::NotAWholeNumber { digit: *digit },
            E::ExpectedFloat => Self::ExpectedNumber,
            E::UnderscoreAtBeginning | E::FloatUnderscore => Self::UnderscoreInNumber,
            E::IntegerOutOfBounds => Self::NumberOutOfRange,
            E::ExpectedBoolean => Self::ExpectedYesNo,
            E::ExpectedOption => Self::ExpectedOptional,
            E::ExpectedUnit => Self::ExpectedEmpty,
            E::InvalidValueForType { expected, .. } => Self::WrongValue {
                expected: ValueKind::of(expected),
            },
            E::ExpectedDifferentLength { found, .. } => Self::WrongCount { found: *found },
            E::NoSuchStructField {
                expected,
                found,
                outer,
            } => Self::UnknownField {
                part: MapPart::of(outer.as_deref()),
                found: clip(found),
                expected,
            },
            E::MissingStructField { field, outer } => Self::MissingField {
                part: MapPart::of(outer.as_deref()),
                field,
            },
            E::DuplicateStructField { field, outer } => Self::DuplicateField {
                part: MapPart::of(outer.as_deref()),
                field,
            },
            E::NoSuchEnumVariant {
                expected,
                found,
                outer,
            } => Self::UnknownChoice {
                choice: MapChoice::of(outer.as_deref()),
                found: clip(found),
                expected,
            },
            E::UnexpectedChar(c) => Self::UnexpectedCharacter(*c),
            E::UnclosedBlockComment => Self::UnclosedComment,
            E::UnclosedLineComment => Self::UnclosedLineComment,
            E::ExpectedAttribute | E::ExpectedAttributeEnd | E::NoSuchExtension(_) => {
                Self::ReaderSetting
            }
            E::Eof => Self::CutOff,
            E::ExceededRecursionLimit => Self::TooDeep,
            E::TrailingCharacters => Self::MoreAfterEnd,
            E::Message(message) => match ReadRefusal::from_message(message) {
                Some(ReadRefusal::PersonaListTooLong { max }) => Self::ListTooLong { max },
                Some(ReadRefusal::ScoredTwice { stage }) => Self::ScoredTwice { stage: stage.0 },
                None => Self::Unreadable,
            },
            // The text was checked to be UTF-8 before parsing; raw values, ranges, I/O and
            // formatting are not part of reading a map.
            E::Utf8Error(_) | E::ExpectedRawValue | E::ExpectedRangeSyntax | E::Io(_) | E::Fmt => {
                Self::Unreadable
            }
            _ => Self::Unreadable,
        }
    }
}

/// A character as a person can find it in a file: itself, or its code if it is invisible.
pub fn shown_char(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        format!("U+{:04X}", u32::from(c))
    } else {
        c.to_string()
    }
}

/// The longest list of names a message spells out; longer lists end in "and N more".
pub const MAX_LISTED: usize = 12;

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
            Self::Unreadable => f.write_str(
                "journeymap cannot read the map here; compare this place with a map journeymap \
                 saved",
            ),
        }
    }
}

#[cfg(test)]
mod tests {
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
}
