//! From a file's text to the diagrams in it, prepared the way Mermaid prepares a diagram before
//! its parser runs: line ends made `\n`, front matter read and taken off, `%%{…}%%` directives
//! and `%%` comment lines taken out, entities hidden. Everything taken out is replaced by blanks
//! rather than removed, so line and column numbers still point into the user's file.

use super::entities;

/// The comment the exporter writes above a task whose stage nobody scored: Mermaid needs a
/// score on every task and draws this one as neutral, and the importer leaves the stage
/// unscored instead of scoring it 3.
pub const UNSCORED_MARK: &str = "journeymap: unscored";

/// The comment the exporter writes above a task that starts a new stage although it has the
/// name of the stage before it (which the importer would otherwise take as the same stage,
/// scored by other personas).
pub const NEW_STAGE_MARK: &str = "journeymap: new stage";

/// One diagram's text, ready for the lexer.
#[derive(Debug)]
pub struct Diagram {
    /// The text with comments, directives and front matter blanked and entities hidden.
    pub text: Vec<char>,
    /// The file's line number of the diagram's first line (1-based).
    pub first_line: usize,
    /// The title given in front matter (`title: …` between `---` lines), if any.
    pub front_title: Option<String>,
    /// Lines (within the diagram, 0-based) holding the [`UNSCORED_MARK`] comment.
    pub unscored_marks: Vec<usize>,
    /// Lines (within the diagram, 0-based) holding the [`NEW_STAGE_MARK`] comment.
    pub new_stage_marks: Vec<usize>,
}

impl Diagram {
    /// Prepares `text`, whose first line is line `first_line` of the file.
    pub fn prepare(text: &str, first_line: usize) -> Self {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
        let front_title = take_front_matter(&mut lines);
        let mut joined = lines.join("\n");
        blank_directives(&mut joined);
        let mut lines: Vec<String> = joined.split('\n').map(str::to_owned).collect();
        let mut unscored_marks = Vec::new();
        let mut new_stage_marks = Vec::new();
        for (index, line) in lines.iter_mut().enumerate() {
            let trimmed = line.trim_start();
            if let Some(comment) = trimmed.strip_prefix("%%")
                && !comment.starts_with('{')
                && !comment.is_empty()
            {
                match comment.trim() {
                    UNSCORED_MARK => unscored_marks.push(index),
                    NEW_STAGE_MARK => new_stage_marks.push(index),
                    _ => {}
                }
                line.clear();
            }
        }
        let text = entities::hide(&lines.join("\n")).chars().collect();
        Self {
            text,
            first_line,
            front_title,
            unscored_marks,
            new_stage_marks,
        }
    }

    /// The diagram's type: its first word once blanks are skipped, as Mermaid's detectors see
    /// it (`journey`, `flowchart`, `sequenceDiagram` …).
    pub fn kind(&self) -> String {
        self.text
            .iter()
            .skip_while(|c| is_space(**c))
            .take_while(|c| !is_space(**c) && **c != ':' && **c != ';' && **c != '{')
            .take(40)
            .collect()
    }

    /// Whether Mermaid would take it for a journey: its first word begins with `journey`, in
    /// exactly that case (Mermaid's detector is `/^\s*journey/`).
    pub fn is_journey(&self) -> bool {
        self.kind().starts_with("journey")
    }
}

/// White space as JavaScript's `\s` has it (Mermaid's lexer is JavaScript).
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{feff}'
    )
}

/// Reads and blanks front matter: a first line `---`, then YAML up to the next `---` line.
/// Only its `title` means something to a journey; Mermaid takes the rest as configuration.
fn take_front_matter(lines: &mut [String]) -> Option<String> {
    if lines.first().is_none_or(|line| line.trim_end() != "---") {
        return None;
    }
    let end = lines
        .iter()
        .skip(1)
        .position(|line| line.trim_end() == "---")?
        + 1;
    let mut title = None;
    for line in lines.iter().take(end).skip(1) {
        if let Some(value) = line.strip_prefix("title:") {
            let value = value.trim();
            let unquoted = value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                .unwrap_or(value);
            title = Some(unquoted.to_owned());
        }
    }
    for line in lines.iter_mut().take(end + 1) {
        line.clear();
    }
    title
}

/// Replaces every `%%{ … }%%` directive (configuration for Mermaid's renderer) with spaces,
/// keeping line breaks.
fn blank_directives(text: &mut String) {
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(start) = rest.find("%%{") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = after.find("}%%").map_or(after.len(), |end| end + 3);
        out.extend(
            after[..end]
                .chars()
                .map(|c| if c == '\n' { '\n' } else { ' ' }),
        );
        rest = &after[end..];
    }
    out.push_str(rest);
    *text = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_comments_and_directives_become_blanks_on_their_lines() {
        let text = "---\ntitle: \"Hello\"\n---\n%% note\n%%{init: {}}%%\n  journey\n%% journeymap: unscored\nA: 3";
        let diagram = Diagram::prepare(text, 1);
        assert_eq!(diagram.front_title.as_deref(), Some("Hello"));
        assert!(diagram.is_journey());
        assert_eq!(diagram.unscored_marks, [6]);
        let lines: String = diagram.text.iter().collect();
        assert_eq!(lines.split('\n').count(), 8);
        assert_eq!(lines.split('\n').nth(7), Some("A: 3"));
    }

    #[test]
    fn only_a_lower_case_journey_is_a_journey() {
        assert!(!Diagram::prepare("Journey\n", 1).is_journey());
        assert!(!Diagram::prepare("flowchart LR\n", 1).is_journey());
        assert_eq!(Diagram::prepare("\n flowchart LR\n", 1).kind(), "flowchart");
    }
}
