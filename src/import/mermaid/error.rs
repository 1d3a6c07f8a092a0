//! What can stop a Mermaid import, and what the user should know about one that worked. Every
//! message names the line (and the column where it helps), says what is wrong and what Mermaid
//! expects, in the user's language.

use fluent_bundle::FluentValue;
use thiserror::Error;

use crate::i18n::texts;
use crate::model::Lang;

/// Why a file could not be imported. Nothing is written when this happens.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{}", self.message(Lang::En))]
pub struct MermaidError {
    /// The file's line (1-based); 0 when the problem is the whole file.
    pub line: usize,
    /// The column (1-based, in characters), where it helps to find the spot.
    pub column: Option<usize>,
    /// What is wrong.
    pub problem: Problem,
}

/// What is wrong with the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The bytes are not text: a picture, a program, an archive.
    Binary,
    /// The bytes are not UTF-8 text (nor UTF-16 with a byte-order mark).
    NotUtf8,
    /// The diagram is not a journey; `found` is its first word.
    NotJourney {
        /// The diagram's first word, or empty.
        found: String,
    },
    /// A Markdown file without a journey block.
    NoJourneyBlock,
    /// `journey` where a statement was expected.
    JourneyAgain,
    /// A task name with no `: score` after it.
    TaskWithoutScore {
        /// The task's name.
        task: String,
    },
    /// A `:` with nothing after it.
    LoneColon,
    /// A `:` after a section's name.
    ColonInSection,
    /// Score and actors with no task name before them.
    ScoreWithoutTask,
    /// A character Mermaid's grammar has no place for (a `;`).
    InvalidChar(char),
    /// `accDescr {` never closed.
    Unclosed,
    /// A task without a score between its colons.
    ScoreMissing,
    /// A score that is not a number.
    ScoreNotNumber(String),
    /// A score with a fraction.
    ScoreNotWhole(String),
    /// A whole-number score outside 1–5.
    ScoreOutOfRange(String),
    /// A journey without tasks.
    NoTasks,
    /// More tasks than a map may have stages.
    TooManyStages {
        /// Stages the journey would give.
        count: usize,
        /// Stages a map may have.
        max: usize,
    },
    /// A text longer than a map allows.
    TooLong {
        /// The most characters allowed.
        max: usize,
    },
    /// The map made from the journey breaks a rule of maps (should not happen; said plainly).
    Invalid(String),
}

impl MermaidError {
    /// An error on `line` (and `column`).
    pub fn at(line: usize, column: Option<usize>, problem: Problem) -> Self {
        Self {
            line,
            column,
            problem,
        }
    }

    /// The message in `lang`: where, then what is wrong and what Mermaid expects.
    pub fn message(&self, lang: Lang) -> String {
        let problem = problem_text(&self.problem, lang);
        let texts = texts(lang);
        match (self.line, self.column) {
            (0, _) => problem,
            (line, Some(column)) => texts.get_with(
                "mermaid-at-column",
                &[
                    ("line", FluentValue::from(line)),
                    ("column", FluentValue::from(column)),
                    ("problem", FluentValue::from(problem)),
                ],
            ),
            (line, None) => texts.get_with(
                "mermaid-at-line",
                &[
                    ("line", FluentValue::from(line)),
                    ("problem", FluentValue::from(problem)),
                ],
            ),
        }
    }
}

fn problem_text(problem: &Problem, lang: Lang) -> String {
    let texts = texts(lang);
    let one = |id: &str, name: &str, value: String| {
        texts.get_with(id, &[(name, FluentValue::from(value))])
    };
    match problem {
        Problem::Binary => texts.get("mermaid-binary"),
        Problem::NotUtf8 => texts.get("mermaid-not-utf8"),
        Problem::NotJourney { found } if found.is_empty() => texts.get("mermaid-empty"),
        Problem::NotJourney { found } => one("mermaid-not-journey", "found", found.clone()),
        Problem::NoJourneyBlock => texts.get("mermaid-no-journey-block"),
        Problem::JourneyAgain => texts.get("mermaid-journey-again"),
        Problem::TaskWithoutScore { task } => {
            one("mermaid-task-without-score", "task", task.trim().to_owned())
        }
        Problem::LoneColon => texts.get("mermaid-lone-colon"),
        Problem::ColonInSection => texts.get("mermaid-colon-in-section"),
        Problem::ScoreWithoutTask => texts.get("mermaid-score-without-task"),
        Problem::InvalidChar(c) => one("mermaid-invalid-char", "char", c.to_string()),
        Problem::Unclosed => texts.get("mermaid-unclosed"),
        Problem::ScoreMissing => texts.get("mermaid-score-missing"),
        Problem::ScoreNotNumber(text) => one("mermaid-score-not-number", "score", short(text)),
        Problem::ScoreNotWhole(text) => one("mermaid-score-not-whole", "score", short(text)),
        Problem::ScoreOutOfRange(text) => one("mermaid-score-out-of-range", "score", short(text)),
        Problem::NoTasks => texts.get("mermaid-no-tasks"),
        Problem::TooManyStages { count, max } => texts.get_with(
            "mermaid-too-many-stages",
            &[
                ("count", FluentValue::from(*count)),
                ("max", FluentValue::from(*max)),
            ],
        ),
        Problem::TooLong { max } => {
            texts.get_with("mermaid-too-long", &[("max", FluentValue::from(*max))])
        }
        Problem::Invalid(reason) => one("mermaid-invalid", "reason", reason.clone()),
    }
}

/// A text from the file as a message quotes it: at most 40 characters.
pub fn short(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= 40 {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(39).collect();
    cut.push('…');
    cut
}

/// Names as a note lists them: the first ten, then "…", so a file of a thousand actors still
/// gets a note of one line.
fn listed(names: &[String]) -> String {
    let mut list: Vec<String> = names.iter().take(10).map(|name| short(name)).collect();
    if names.len() > 10 {
        list.push("…".to_owned());
    }
    list.join(", ")
}

/// Something a user should know about an import that worked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// A Mermaid block of another diagram type in a Markdown file.
    SkippedBlock {
        /// Its first line.
        line: usize,
        /// Its type.
        kind: String,
    },
    /// Actors beyond the personas a map may have; their scores were left out.
    ExtraActors {
        /// Their names, in order of appearance.
        names: Vec<String>,
        /// Personas a map may have.
        max: usize,
    },
    /// Text after a second `:` on a task line, which Mermaid ignores too.
    AfterSecondColon {
        /// The line.
        line: usize,
        /// The ignored text.
        text: String,
    },
    /// A `#` cut a line short: Mermaid reads the rest of the line as a comment.
    HashComment {
        /// The line.
        line: usize,
    },
    /// Sections without tasks, which Mermaid draws as nothing.
    EmptySections {
        /// How many.
        count: usize,
        /// The line of the first.
        line: usize,
    },
    /// The map's kind has no emotion lane, so the scores were left out.
    NoEmotionLane,
}

impl Note {
    /// The note in `lang`, one sentence.
    pub fn message(&self, lang: Lang) -> String {
        let texts = texts(lang);
        match self {
            Self::SkippedBlock { line, kind } => texts.get_with(
                "mermaid-note-skipped-block",
                &[
                    ("line", FluentValue::from(*line)),
                    ("kind", FluentValue::from(short(kind))),
                ],
            ),
            Self::ExtraActors { names, max } => texts.get_with(
                "mermaid-note-extra-actors",
                &[
                    ("names", FluentValue::from(listed(names))),
                    ("count", FluentValue::from(names.len())),
                    ("max", FluentValue::from(*max)),
                ],
            ),
            Self::AfterSecondColon { line, text } => texts.get_with(
                "mermaid-note-after-second-colon",
                &[
                    ("line", FluentValue::from(*line)),
                    ("text", FluentValue::from(short(text))),
                ],
            ),
            Self::HashComment { line } => texts.get_with(
                "mermaid-note-hash-comment",
                &[("line", FluentValue::from(*line))],
            ),
            Self::EmptySections { count, line } => texts.get_with(
                "mermaid-note-empty-sections",
                &[
                    ("count", FluentValue::from(*count)),
                    ("line", FluentValue::from(*line)),
                ],
            ),
            Self::NoEmotionLane => texts.get("mermaid-note-no-emotion-lane"),
        }
    }
}
