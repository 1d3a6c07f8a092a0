//! The RON encoding of a map: version check, parse, validation, and canonical pretty-printing.

use serde::{Deserialize, Serialize};

use super::error::FormatError;
use super::note::LoadNote;
use super::syntax::SyntaxProblem;
use crate::model::{Limits, Map};

/// The file format this program writes. Bump it, and add a migration, whenever a change to the
/// model would make an older journeymap misread a new file.
///
/// - 1: the first format.
/// - 2: stages may have a `width` and lanes a `height` and `collapsed`. Every format-1 file is
///   a format-2 file without them, so reading one needs no conversion; the bump makes a
///   format-1 journeymap say "made by a newer journeymap" instead of failing on the new fields.
/// - 3: stages may have a purchase `phase`, which new touchpoints in the stage take. Older files
///   read as stages without one.
/// - 4: touchpoints may carry ratings (importance, performance), an evidence level, metrics, an
///   owner, strengths, weaknesses and customer quotes; a map may hold customer questions, the
///   map it was started from, and its limit of touchpoints per stage. Older files read as maps
///   without any of these.
/// - 5: a map may show several personas (`other_personas`, each with an `id`), and an emotion
///   lane holds a curve per persona (`personas`, by id, beside the first persona's `scores`).
///   Older files read as maps of one persona.
/// - 6: a touchpoint's `phase` is `Some(…)` only when set by hand; without one it follows its
///   stage's phase. Older files stored a phase for every touchpoint: one equal to its stage's
///   (or, in a stage without a phase, its channel's usual one) reads as following, any other
///   as set by hand, so no touchpoint changes phase.
/// - 7: a map may group consecutive stages into named `phases`, each stage saying which one it
///   is `in_phase`. Older files read as maps without phases.
/// - 8: a map may keep what its room produced (`room`: the settings, the participants, their
///   notes with the facilitator's decisions, their dots and their scores of the stages). Older
///   files read as maps whose room never opened.
pub const CURRENT_FORMAT: u32 = 8;

/// Files above this size are refused unread: 20,000 cards of prose fit in a tenth of it.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// How deeply RON may nest. A map nests about six levels; the limit stops a hostile file from
/// exhausting the stack with `((((((…`.
const RECURSION_LIMIT: usize = 64;

// The serde names appear in parse errors, so they are named for the user, not the code.
#[derive(Serialize)]
#[serde(rename = "MapFile")]
struct FileOut<'a> {
    format: u32,
    map: &'a Map,
}

#[derive(Deserialize)]
#[serde(rename = "MapFile", deny_unknown_fields)]
struct FileIn {
    #[allow(dead_code, reason = "checked by `VersionProbe` before this is parsed")]
    format: u32,
    map: Map,
}

/// Reads only the version, ignoring the rest, so the version is known before the map is parsed.
/// A missing version reads as 0, which no journeymap writes.
#[derive(Deserialize)]
#[serde(rename = "MapFile")]
struct VersionProbe {
    #[serde(default)]
    format: u32,
}

/// Serialises a map canonically: the same map always gives the same bytes, on every platform.
///
/// Fails only if the serialiser does (the model holds nothing RON cannot express).
pub fn to_ron(map: &Map) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .new_line("\n")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        // Texts are written as they read: line breaks stay line breaks and apostrophes stay
        // unescaped (texts with `"` or `\` become raw strings). Control characters other than
        // line breaks and tabs never reach a map: `from_ron` and the editor drop them.
        .escape_strings(false);
    let file = FileOut {
        format: CURRENT_FORMAT,
        map,
    };
    let mut text = ron::ser::to_string_pretty(&file, config)?;
    text.push('\n');
    Ok(text)
}

/// Parses and validates a map from a file's bytes. What had to be left out (see
/// [`from_ron_noting`]) is left out silently.
pub fn from_ron(bytes: &[u8]) -> Result<Map, FormatError> {
    from_ron_noting(bytes).map(|(map, _)| map)
}

/// Parses and validates a map from a file's bytes, and says what was left out: a persona photo
/// path outside the map's folder is dropped rather than costing the user the whole map.
pub fn from_ron_noting(bytes: &[u8]) -> Result<(Map, Vec<LoadNote>), FormatError> {
    // Some Windows editors start UTF-8 files with a byte-order mark; it is not part of the map.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // Their byte-order marks are not UTF-8, so name the encoding rather than "not text".
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(FormatError::Utf16);
    }
    let text = std::str::from_utf8(bytes).map_err(|error| FormatError::NotText {
        offset: error.valid_up_to(),
    })?;
    if text.trim().is_empty() {
        return Err(FormatError::Empty);
    }
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    let probe: VersionProbe = options.from_str(text).map_err(syntax_error)?;
    match probe.format {
        0 => return Err(FormatError::NoVersion),
        found if found > CURRENT_FORMAT => {
            return Err(FormatError::NewerFormat {
                found,
                supported: CURRENT_FORMAT,
            });
        }
        _ => {}
    }
    let mut file: FileIn = options.from_str(text).map_err(syntax_error)?;
    if probe.format < 6 {
        file.map.follow_stage_phases();
    }
    file.map.clean_texts();
    let notes = file
        .map
        .leave_out_stray_photos()
        .into_iter()
        .map(LoadNote::PhotoLeftOut)
        .collect();
    file.map.validate(&Limits::default())?;
    Ok((file.map, notes))
}

#[allow(
    clippy::needless_pass_by_value,
    reason = "used as `map_err(syntax_error)`"
)]
fn syntax_error(error: ron::error::SpannedError) -> FormatError {
    FormatError::Syntax {
        line: error.span.start.line,
        column: error.span.start.col,
        problem: SyntaxProblem::from(&error.code),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(text: &str) -> String {
        match from_ron(text.as_bytes()) {
            Err(FormatError::Syntax { problem, .. }) => problem.to_string(),
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn parser_messages_speak_of_the_map_not_of_rust_types() {
        let map = |fields: &str| {
            format!(
                "(format: 1, map: (title: \"\", kind: CurrentState, stages: [], lanes: []{fields}))"
            )
        };
        assert_eq!(
            message(&map(", colour: 1")),
            "unknown field `colour` in the map; expected one of `title`, `kind`, `lang`, `goal`, \
             `persona`, `other_personas`, `phases`, `stages`, `lanes`, `cards`, `connections`, \
             `questions` and 3 more"
        );
        assert_eq!(
            message(&map(", title: \"again\"")),
            "`title:` appears twice in the map; keep only one"
        );
        assert_eq!(
            message("(format: 1, map: (title: \"\", kind: Mindmap, stages: [], lanes: []))"),
            "unknown map kind `Mindmap`; expected one of `CurrentState`, `DayInTheLife`, \
             `FutureState` or `ServiceBlueprint`"
        );
        assert_eq!(
            message("(format: 1, map: (title: \"\", stages: [], lanes: []))"),
            "`kind:` is missing in the map; add it"
        );
        assert_eq!(
            message("(format: 1, author: 2)"),
            "unknown field `author` in the map file; expected one of `format` or `map`"
        );
    }

    #[test]
    fn common_slips_are_explained() {
        for (text, expected) in [
            (
                "(format: 1, map: (title: \"",
                "a text in quotes is not closed",
            ),
            (
                "(format: 1, map: (",
                "the file ends in the middle of the map",
            ),
            ("(format: 4294967296)", "out of range"),
            ("(format: 1) (format: 1)", "exactly one map"),
            ("(format: 1, map: (title: \"\\q\"))", "backslash"),
            ("(format: 1 /* note", "`/*` comment"),
        ] {
            let message = message(text);
            assert!(message.contains(expected), "{text}: {message}");
        }
    }

    #[test]
    fn a_huge_unknown_name_is_quoted_short() {
        let name = "x".repeat(100_000);
        let message = message(&format!("(format: 1, {name}: 1)"));
        assert!(message.chars().count() < 200, "{message}");
        assert!(message.starts_with("unknown field `xxxx"), "{message}");
    }
}
