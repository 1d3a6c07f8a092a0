//! The RON encoding of a map: version check, parse, validation, and canonical pretty-printing.

use serde::{Deserialize, Serialize};

use super::error::FormatError;
use crate::model::{Limits, Map};

/// The file format this program writes. Bump it, and add a migration, whenever a change to the
/// model would make an older journeymap misread a new file.
///
/// - 1: the first format.
/// - 2: stages may have a `width` and lanes a `height` and `collapsed`. Every format-1 file is
///   a format-2 file without them, so reading one needs no conversion; the bump makes a
///   format-1 journeymap say "made by a newer journeymap" instead of failing on the new fields.
pub const CURRENT_FORMAT: u32 = 2;

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

/// Parses and validates a map from a file's bytes.
pub fn from_ron(bytes: &[u8]) -> Result<Map, FormatError> {
    // Some Windows editors start UTF-8 files with a byte-order mark; it is not part of the map.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
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
    file.map.clean_texts();
    file.map.validate(&Limits::default())?;
    Ok(file.map)
}

#[allow(
    clippy::needless_pass_by_value,
    reason = "used as `map_err(syntax_error)`"
)]
fn syntax_error(error: ron::error::SpannedError) -> FormatError {
    use ron::Error as E;
    let message = match &error.code {
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            "expected `(`; a journeymap map starts with `(format: …`".to_owned()
        }
        E::ExceededRecursionLimit => "brackets are nested far deeper than any map".to_owned(),
        other => other.to_string(),
    };
    FormatError::Syntax {
        line: error.span.start.line,
        column: error.span.start.col,
        message,
    }
}
