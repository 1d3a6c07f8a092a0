//! Mermaid's journey grammar over the lexer's tokens: `journey`, then titles, descriptions,
//! sections and tasks in any order, each task a name followed by `: score: actors`. A token the
//! grammar has no place for is an error naming its line and column, as Mermaid's parser would
//! stop there.

use super::error::{MermaidError, Note, Problem};
use super::lexer::{Tok, Token, tokens};
use super::source::{Diagram, is_space};

/// A task as the diagram states it.
#[derive(Clone, Debug, PartialEq)]
pub struct Task {
    /// The name, entities still hidden.
    pub name: String,
    /// The score, 1 to 5; `None` for a task marked unscored by journeymap's exporter.
    pub score: Option<u8>,
    /// The actors, entities still hidden, empty ones left out.
    pub actors: Vec<String>,
    /// The index of its section in [`Journey::sections`], if it follows one with a name.
    pub section: Option<usize>,
    /// Marked by journeymap's exporter as a stage of its own, though named like the one before.
    pub new_stage: bool,
    /// The file's line.
    pub line: usize,
}

/// A section as the diagram states it.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// The name, entities still hidden.
    pub name: String,
    /// The file's line.
    pub line: usize,
}

/// One journey diagram, read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Journey {
    /// The last `title` (or the front matter's), and its line.
    pub title: Option<(String, usize)>,
    /// The last `accTitle`, and its line.
    pub acc_title: Option<(String, usize)>,
    /// The last `accDescr`, and its line.
    pub acc_descr: Option<(String, usize)>,
    /// Every section, in order.
    pub sections: Vec<Section>,
    /// Every task, in order.
    pub tasks: Vec<Task>,
    /// What the user should know.
    pub notes: Vec<Note>,
}

/// Where each line of a diagram starts, to turn positions into lines and columns.
struct Lines {
    starts: Vec<usize>,
    first_line: usize,
}

impl Lines {
    fn new(text: &[char], first_line: usize) -> Self {
        let starts = std::iter::once(0)
            .chain(
                text.iter()
                    .enumerate()
                    .filter(|(_, c)| **c == '\n')
                    .map(|(index, _)| index + 1),
            )
            .collect();
        Self { starts, first_line }
    }

    /// The file's line and column (both 1-based) of a position.
    fn at(&self, pos: usize) -> (usize, usize) {
        let index = self.starts.partition_point(|start| *start <= pos).max(1) - 1;
        let start = self.starts.get(index).copied().unwrap_or(0);
        (self.first_line + index, pos - start + 1)
    }

    /// The diagram's line index (0-based) of a position.
    fn index(&self, pos: usize) -> usize {
        self.starts.partition_point(|start| *start <= pos).max(1) - 1
    }
}

/// Reads a prepared journey diagram.
#[allow(clippy::too_many_lines)] // one match over the grammar's tokens reads best whole
pub fn parse(diagram: &Diagram) -> Result<Journey, MermaidError> {
    let (tokens, hash_cuts) = tokens(&diagram.text);
    let lines = Lines::new(&diagram.text, diagram.first_line);
    let error = |pos: usize, problem: Problem| {
        let (line, column) = lines.at(pos);
        MermaidError::at(line, Some(column), problem)
    };
    let mut journey = Journey::default();
    if let Some(title) = &diagram.front_title {
        journey.title = Some((title.clone(), diagram.first_line));
    }
    let mut iter = tokens
        .iter()
        .skip_while(|token| token.tok == Tok::Newline)
        .peekable();
    match iter.next() {
        Some(Token {
            tok: Tok::Journey, ..
        }) => {}
        Some(token) => {
            return Err(error(
                token.pos,
                Problem::NotJourney {
                    found: diagram.kind(),
                },
            ));
        }
        None => {
            return Err(MermaidError::at(
                diagram.first_line,
                None,
                Problem::NotJourney {
                    found: String::new(),
                },
            ));
        }
    }
    let mut previous: Option<&Token> = None;
    let mut section: Option<usize> = None;
    while let Some(token) = iter.next() {
        let line = lines.at(token.pos).0;
        match &token.tok {
            Tok::Newline => {}
            Tok::Journey => return Err(error(token.pos, Problem::JourneyAgain)),
            Tok::Title(text) => journey.title = Some((text.trim().to_owned(), line)),
            Tok::AccTitle(text) => journey.acc_title = Some((collapse(text), line)),
            Tok::AccDescr(text) | Tok::AccDescrBlock(text) => {
                journey.acc_descr = Some((collapse(text), line));
            }
            Tok::Unclosed => return Err(error(token.pos, Problem::Unclosed)),
            Tok::Section(name) => {
                // A section without a name (`section #160;`, as the exporter writes it) ends the
                // section before it: its tasks are in no phase.
                let name = name.trim().to_owned();
                let mut shown = super::entities::show(&name);
                crate::model::clean_text(&mut shown);
                if shown.trim().is_empty() {
                    section = None;
                } else {
                    section = Some(journey.sections.len());
                    journey.sections.push(Section { name, line });
                }
            }
            Tok::TaskName(name) => {
                let data = match iter.peek() {
                    Some(Token {
                        tok: Tok::TaskData(data),
                        pos,
                    }) => (data, *pos),
                    Some(Token {
                        tok: Tok::Colon,
                        pos,
                    }) => return Err(error(*pos, Problem::LoneColon)),
                    Some(Token {
                        tok: Tok::Invalid(c),
                        pos,
                    }) => return Err(error(*pos, Problem::InvalidChar(*c))),
                    _ => {
                        return Err(error(
                            token.pos,
                            Problem::TaskWithoutScore { task: name.clone() },
                        ));
                    }
                };
                iter.next();
                // The marks are in line order: a binary search keeps a file of many marks quick.
                let marked = |marks: &[usize]| {
                    lines
                        .index(token.pos)
                        .checked_sub(1)
                        .is_some_and(|line| marks.binary_search(&line).is_ok())
                };
                let unscored = marked(&diagram.unscored_marks);
                let mut task = task(name, data.0, data.1, unscored, &lines, &error)?;
                task.0.section = section;
                task.0.new_stage = marked(&diagram.new_stage_marks);
                journey.tasks.push(task.0);
                if let Some(note) = task.1 {
                    journey.notes.push(note);
                }
            }
            Tok::TaskData(_) | Tok::Colon => {
                let after_section = previous.is_some_and(|previous| {
                    matches!(previous.tok, Tok::Section(_))
                        && lines.index(previous.pos) == lines.index(token.pos)
                });
                let problem = if after_section {
                    Problem::ColonInSection
                } else if token.tok == Tok::Colon {
                    Problem::LoneColon
                } else {
                    Problem::ScoreWithoutTask
                };
                return Err(error(token.pos, problem));
            }
            Tok::Invalid(c) => return Err(error(token.pos, Problem::InvalidChar(*c))),
        }
        previous = Some(token);
    }
    let mut cut_lines: Vec<usize> = hash_cuts.iter().map(|pos| lines.at(*pos).0).collect();
    cut_lines.dedup();
    journey
        .notes
        .extend(cut_lines.into_iter().map(|line| Note::HashComment { line }));
    Ok(journey)
}

/// A description or accessible title as Mermaid keeps it: trimmed, and the indentation after
/// each line break taken away.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.trim().chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '\n' {
            while chars.peek().is_some_and(|c| is_space(*c)) {
                chars.next();
            }
        }
    }
    out
}

/// A task from its name and its `: score: actors` data.
fn task(
    name: &str,
    data: &str,
    data_pos: usize,
    unscored: bool,
    lines: &Lines,
    error: &dyn Fn(usize, Problem) -> MermaidError,
) -> Result<(Task, Option<Note>), MermaidError> {
    let line = lines.at(data_pos).0;
    // Mermaid: `taskData.substr(1).split(':')`, the score first, then the actors; anything
    // after a second colon is dropped.
    let mut pieces = data.get(1..).unwrap_or_default().split(':');
    let score_text = pieces.next().unwrap_or_default();
    let actors_text = pieces.next().unwrap_or_default();
    let rest: Vec<&str> = pieces.collect();
    let score_pos = data_pos + 1 + score_text.chars().take_while(|c| is_space(*c)).count();
    let score = score(score_text).map_err(|problem| error(score_pos, problem))?;
    let actors = actors_text
        .split(',')
        .map(|actor| actor.trim_matches(is_space).to_owned())
        .filter(|actor| !actor.is_empty())
        .collect();
    let note = (!rest.is_empty()).then(|| Note::AfterSecondColon {
        line,
        text: rest.join(":"),
    });
    Ok((
        Task {
            name: name.trim_matches(is_space).to_owned(),
            score: (!unscored).then_some(score),
            actors,
            section: None,
            new_stage: false,
            line,
        },
        note,
    ))
}

/// A score as Mermaid's `Number(…)` reads it, held to a whole number from 1 to 5.
fn score(text: &str) -> Result<u8, Problem> {
    let text = text.trim_matches(is_space);
    if text.is_empty() {
        return Err(Problem::ScoreMissing);
    }
    let value: f64 = text
        .parse()
        .ok()
        .filter(|value: &f64| value.is_finite())
        .ok_or_else(|| Problem::ScoreNotNumber(text.to_owned()))?;
    if value.fract() != 0.0 {
        return Err(Problem::ScoreNotWhole(text.to_owned()));
    }
    if !(1.0..=5.0).contains(&value) {
        return Err(Problem::ScoreOutOfRange(text.to_owned()));
    }
    // Whole and within 1..=5: the cast is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Ok(value as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Journey, MermaidError> {
        parse(&Diagram::prepare(text, 1))
    }

    #[test]
    fn mermaids_own_task_example_reads_as_mermaid_reads_it() {
        let journey = read(
            "journey\ntitle Adding journey diagram functionality to mermaid\nsection Documentation\nA task: 5: Alice, Bob, Charlie\nB task: 3:Bob, Charlie\nC task: 5\nD task: 5: Charlie, Alice\nE task: 5:\nsection Another section\nP task: 5:\nQ task: 5:\nR task: 5:",
        )
        .unwrap();
        assert_eq!(journey.tasks.len(), 8);
        assert_eq!(journey.tasks[0].actors, ["Alice", "Bob", "Charlie"]);
        assert_eq!(journey.tasks[1].score, Some(3));
        assert!(journey.tasks[4].actors.is_empty());
        assert_eq!(journey.tasks[5].section, Some(1));
        assert_eq!(journey.sections[1].name, "Another section");
    }

    #[test]
    fn a_multi_line_description_loses_its_indentation_like_mermaids() {
        let journey = read(
            "journey\naccDescr {\n        A user journey for\n        family shopping\n      }title T\naccTitle: Acc\nsection S",
        )
        .unwrap();
        assert_eq!(
            journey.acc_descr.unwrap().0,
            "A user journey for\nfamily shopping"
        );
        assert_eq!(journey.title.unwrap().0, "T");
        assert_eq!(journey.acc_title.unwrap().0, "Acc");
    }

    #[test]
    fn scores_outside_one_to_five_are_errors_on_their_line_and_column() {
        for (score, problem) in [
            ("6", Problem::ScoreOutOfRange("6".into())),
            ("0", Problem::ScoreOutOfRange("0".into())),
            ("-1", Problem::ScoreOutOfRange("-1".into())),
            ("3.5", Problem::ScoreNotWhole("3.5".into())),
            ("x", Problem::ScoreNotNumber("x".into())),
            ("", Problem::ScoreMissing),
        ] {
            let error = read(&format!("journey\nsection S\n  Pay: {score}: Ann")).unwrap_err();
            assert_eq!((error.line, error.problem), (3, problem), "{score}");
            assert_eq!(error.column, Some(8));
        }
    }

    #[test]
    fn what_mermaid_refuses_is_refused_with_its_line() {
        let cases = [
            ("journey\nPay\n", 2, "has no score"),
            ("journey\nPay:\n", 2, "colon with no score"),
            ("journey\nsection A: 3\n", 2, "section name ends at a colon"),
            ("journey\n\n  : 3\n", 3, "no task before it"),
            ("journey\nPay; now: 3\n", 2, "“;”"),
            (
                "journey\nJourney planning: 3\n",
                2,
                "start of a new diagram",
            ),
            ("flowchart LR\nA-->B", 1, "“flowchart”"),
            ("journey\naccDescr {\nA: 3", 2, "never closed"),
        ];
        for (text, line, words) in cases {
            let error = read(text).unwrap_err();
            assert_eq!(error.line, line, "{text}");
            assert!(error.to_string().contains(words), "{text}: {error}");
        }
    }

    #[test]
    fn a_hash_comment_and_a_second_colon_are_noted() {
        let journey = read("journey\ntitle Kasse #1\nPay: 3: Ann: Bob\n").unwrap();
        assert_eq!(journey.title.unwrap().0, "Kasse");
        assert_eq!(
            journey.notes,
            [
                Note::AfterSecondColon {
                    line: 3,
                    text: " Bob".into()
                },
                Note::HashComment { line: 2 }
            ]
        );
    }
}
