//! What the RON parser complains about, as problems of a map file rather than of Rust types.
//!
//! The parser reports in its own English ("Expected struct `MapFile` but found `vm`") and names
//! serde's types. [`SyntaxProblem`] keeps only what a person editing the file needs — which part
//! of the map, which field, what was found, what may stand there — so that the command line can
//! word it in English ([`std::fmt::Display`]) and the editor in the user's language
//! (`crate::i18n::files`), neither ever passing the parser's phrases on.

use crate::model::ReadRefusal;

mod english;

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
    /// An emotion lane holds two curves for one persona.
    CurveTwice {
        /// The persona's id.
        persona: u32,
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
    /// A measured figure of a touchpoint.
    Metric,
    /// A customer question.
    Question,
    /// The map a map was started from.
    Origin,
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
            Some("Metric") => Self::Metric,
            Some("Question") => Self::Question,
            Some("Origin") => Self::Origin,
            _ => Self::Unknown,
        }
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
    /// A touchpoint's evidence level.
    EvidenceLevel,
    /// A checklist question: `Standard(FirstHeard)`.
    StandardQuestion,
    /// What a question asks: `Standard(…)` or `Own("…")`.
    Ask,
    /// How a map relates to the map it was started from.
    Relation,
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
            Some("EvidenceLevel") => Self::EvidenceLevel,
            Some("StandardQuestion") => Self::StandardQuestion,
            Some("Ask") => Self::Ask,
            Some("Relation") => Self::Relation,
            _ => Self::Unknown,
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
                Some(ReadRefusal::CurveTwice { persona }) => {
                    Self::CurveTwice { persona: persona.0 }
                }
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

/// The longest list of names a message spells out; longer lists end in "and N more".
pub const MAX_LISTED: usize = 12;

/// A character as a person can find it in a file: itself, or its code if it is invisible.
pub fn shown_char(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        format!("U+{:04X}", u32::from(c))
    } else {
        c.to_string()
    }
}

#[cfg(test)]
mod tests;
