//! Mermaid `journey` diagrams in: from a `.mmd` file, or from every journey block of a
//! Markdown file (one map per block).
//!
//! Mermaid's own grammar (`journey.jison` in mermaid-js/mermaid) decides what is accepted, so a
//! file Mermaid refuses is refused here too, with its line and what is wrong, and nothing is
//! made from it. Beyond Mermaid, a score must be a whole number from 1 to 5: Mermaid draws 0 or
//! 6 off its scale, and a map's emotion scale has five steps.
//!
//! How a journey becomes a map:
//!
//! - `title` → the map's title (front matter's `title` too); `accTitle` → the title when there
//!   is no `title`, else the first line of the goal; `accDescr` → the map's goal.
//! - `section` → a phase (the band over its stages), in the phase colours in turn; a section
//!   without tasks draws nothing in Mermaid and makes no phase.
//! - Each task → a stage titled with the task, and a card with the task in the customer-actions
//!   lane. Tasks before the first section are stages in no phase.
//! - Actors → personas by name, the first actor met the first persona, up to five; a task's
//!   score (1…5) becomes an emotion of score − 3 (−2…+2) on the curve of each of its actors. A
//!   task without actors scores the first persona, called "Customer" when no task names one.
//! - Consecutive tasks of the same name in the same section, scored by different personas, are
//!   one stage: Mermaid holds one score per task, so that is how a stage the personas felt
//!   differently about is written (and how [`crate::export::mermaid`] writes it).
//! - A task under the comment `%% journeymap: unscored` leaves its stage unscored (Mermaid needs
//!   a score and draws it neutral).
//! - Entity codes (`#58;`, `#colon;`, `#10;` …) become the characters they stand for, as
//!   Mermaid shows them; `<br>` stays as written, because Mermaid 11 shows it so in journeys.

mod build;
mod entities;
mod error;
mod lexer;
mod markdown;
mod parser;
mod source;

pub use build::persona_name;
pub use entities::escape;
pub use error::{MermaidError, Note, Problem};
pub use source::{NEW_STAGE_MARK, UNSCORED_MARK};

use crate::model::{Lang, Map, MapKind};

/// Whether the file at `path` is read by this importer: a Mermaid diagram (`.mmd`, `.mermaid`)
/// or Markdown (`.md`, `.markdown`), by its extension in any case.
pub fn is_mermaid_file(path: &std::path::Path) -> bool {
    path.extension()
        .map(|ext| ext.to_string_lossy().to_lowercase())
        .is_some_and(|ext| matches!(ext.as_str(), "mmd" | "mermaid" | "md" | "markdown"))
}

/// What an import made: one map per journey, and what the user should know.
#[derive(Clone, Debug, PartialEq)]
pub struct MermaidImport {
    /// The maps, in the order of their diagrams.
    pub maps: Vec<Map>,
    /// Notes about what was skipped or left out; show them with [`Note::message`].
    pub notes: Vec<Note>,
}

/// Imports a Mermaid diagram, or every journey of a Markdown file (recognised by its
/// ```` ```mermaid ```` blocks), as current-state maps with their lanes in `lang`.
pub fn import_text(text: &str, lang: Lang) -> Result<MermaidImport, MermaidError> {
    import_text_as(text, lang, MapKind::CurrentState)
}

/// [`import_text`] making maps of `kind`.
pub fn import_text_as(
    text: &str,
    lang: Lang,
    kind: MapKind,
) -> Result<MermaidImport, MermaidError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(line) = text.lines().position(|line| line.contains('\0')) {
        return Err(MermaidError::at(line + 1, None, Problem::Binary));
    }
    if markdown::has_mermaid_block(text) {
        import_markdown(text, lang, kind)
    } else {
        let (map, notes) = import_diagram(text, 1, lang, kind)?;
        Ok(MermaidImport {
            maps: vec![map],
            notes,
        })
    }
}

/// Imports a file's bytes: UTF-8 (with or without a byte-order mark) or UTF-16 with one.
pub fn import_bytes(
    bytes: &[u8],
    lang: Lang,
    kind: MapKind,
) -> Result<MermaidImport, MermaidError> {
    let text = decode(bytes)?;
    import_text_as(&text, lang, kind)
}

/// The text of a file's bytes.
fn decode(bytes: &[u8]) -> Result<String, MermaidError> {
    let utf16 = |bytes: &[u8], little: bool| {
        let units = bytes.chunks_exact(2).map(|pair| {
            let pair = [pair[0], pair[1]];
            if little {
                u16::from_le_bytes(pair)
            } else {
                u16::from_be_bytes(pair)
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| MermaidError::at(0, None, Problem::NotUtf8))
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, false);
    }
    // UTF-16 without a byte-order mark: a zero byte in every pair, on the same side, as
    // Latin-script text has it; decoded only if that gives text without NUL characters.
    for little in [true, false] {
        if looks_like_utf16(bytes, little)
            && let Ok(text) = utf16(bytes, little)
            && !text.contains('\0')
        {
            return Ok(text);
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(error) => {
            let good = bytes.get(..error.valid_up_to()).unwrap_or_default();
            if bytes.contains(&0) {
                return Err(MermaidError::at(0, None, Problem::Binary));
            }
            let line = good.split(|b| *b == b'\n').count();
            Err(MermaidError::at(line, None, Problem::NotUtf8))
        }
    }
}

/// Whether `bytes` look like UTF-16 (little-endian if `little`) without a byte-order mark: the
/// high byte of nearly every one of the first 256 characters is zero.
fn looks_like_utf16(bytes: &[u8], little: bool) -> bool {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return false;
    }
    let pairs: Vec<&[u8]> = bytes.chunks_exact(2).take(256).collect();
    let high_zero = pairs
        .iter()
        .filter(|pair| {
            if little {
                pair[1] == 0 && pair[0] != 0
            } else {
                pair[0] == 0 && pair[1] != 0
            }
        })
        .count();
    high_zero * 10 >= pairs.len() * 9
}

/// Every journey block of a Markdown file; other Mermaid blocks are skipped with a note.
fn import_markdown(text: &str, lang: Lang, kind: MapKind) -> Result<MermaidImport, MermaidError> {
    let mut maps = Vec::new();
    let mut notes = Vec::new();
    for block in markdown::blocks(text) {
        let diagram = source::Diagram::prepare(&block.text, block.first_line);
        if !diagram.is_journey() {
            notes.push(Note::SkippedBlock {
                line: block.first_line,
                kind: diagram.kind(),
            });
            continue;
        }
        let (map, block_notes) = from_diagram(&diagram, lang, kind)?;
        maps.push(map);
        notes.extend(block_notes);
    }
    if maps.is_empty() {
        return Err(MermaidError::at(0, None, Problem::NoJourneyBlock));
    }
    Ok(MermaidImport { maps, notes })
}

/// What a diagram holds by Mermaid's grammar alone, without the rules of maps (size, text
/// lengths, a task at least).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outline {
    /// Sections with a name.
    pub sections: usize,
    /// Tasks.
    pub tasks: usize,
}

/// Reads one Mermaid diagram by the journey grammar (with scores held to 1–5) and makes no map:
/// how tests check that an exported file is one Mermaid accepts.
pub fn check_grammar(text: &str) -> Result<Outline, MermaidError> {
    let diagram = source::Diagram::prepare(text, 1);
    if !diagram.is_journey() {
        return Err(not_journey(&diagram));
    }
    let journey = parser::parse(&diagram)?;
    Ok(Outline {
        sections: journey.sections.len(),
        tasks: journey.tasks.len(),
    })
}

/// One diagram whose first line is the file's `first_line`.
fn import_diagram(
    text: &str,
    first_line: usize,
    lang: Lang,
    kind: MapKind,
) -> Result<(Map, Vec<Note>), MermaidError> {
    let diagram = source::Diagram::prepare(text, first_line);
    if !diagram.is_journey() {
        return Err(not_journey(&diagram));
    }
    from_diagram(&diagram, lang, kind)
}

/// The error for a diagram that is not a journey, on the line of its first word.
fn not_journey(diagram: &source::Diagram) -> MermaidError {
    let line = diagram
        .text
        .iter()
        .take_while(|c| source::is_space(**c))
        .filter(|c| **c == '\n')
        .count()
        + diagram.first_line;
    MermaidError::at(
        line,
        None,
        Problem::NotJourney {
            found: diagram.kind(),
        },
    )
}

fn from_diagram(
    diagram: &source::Diagram,
    lang: Lang,
    kind: MapKind,
) -> Result<(Map, Vec<Note>), MermaidError> {
    let journey = parser::parse(diagram)?;
    build::build(&journey, kind, lang, diagram.first_line)
}

#[cfg(test)]
mod tests;
