//! Maps on disk: a versioned, pretty-printed RON file, read with clear errors and written
//! atomically.
//!
//! The file is `(format: N, map: (...))`. The version sits outside the map so it can be read
//! before anything else: a file from a newer journeymap is then named as such instead of failing
//! with a confusing parse error.

mod backup;
mod error;
mod fingerprint;
mod note;
pub mod photo;
mod ron_format;
mod save;
mod syntax;
mod template;
pub mod user_templates;

pub use backup::{DEFAULT_BACKUPS, MAX_BACKUPS, backup_path};
pub use error::FormatError;
pub use error::{FileError, WriteProblem, describe_io};
pub use fingerprint::{DiskChange, Fingerprint};
pub use note::LoadNote;
pub use photo::{PhotoError, load_photo, resolve_photo};
pub use ron_format::{CURRENT_FORMAT, MAX_FILE_BYTES, from_ron, from_ron_noting, to_ron};
pub use save::{folder_of, save_atomically};
pub use syntax::{
    EscapeProblem, MAX_LISTED, MapChoice, MapPart, SyntaxProblem, ValueKind, shown_char,
};
pub use template::template;

use std::path::Path;

use crate::model::Map;

/// Reads, parses and validates a map file. What had to be left out (see [`load_noting`]) is
/// left out silently.
pub fn load(path: &Path) -> Result<Map, FileError> {
    load_noting(path).map(|(map, _)| map)
}

/// Reads, parses and validates a map file, and says what was left out of it.
pub fn load_noting(path: &Path) -> Result<(Map, Vec<LoadNote>), FileError> {
    open(path).map(|opened| (opened.map, opened.notes))
}

/// A map file as read.
#[derive(Debug)]
pub struct Opened {
    /// The map.
    pub map: Map,
    /// The fingerprint of what was read, so that a later save can tell whether another program
    /// changed the file in the meantime.
    pub fingerprint: Fingerprint,
    /// What was left out of the map as it was read; the user is told.
    pub notes: Vec<LoadNote>,
}

/// Reads, parses and validates a map file, with its fingerprint and what was left out.
pub fn open(path: &Path) -> Result<Opened, FileError> {
    let (bytes, metadata) = read_bounded(path)?;
    let (map, notes) = from_ron_noting(&bytes).map_err(|problem| problem.in_file(path))?;
    Ok(Opened {
        map,
        fingerprint: Fingerprint::of(&bytes, &metadata),
        notes,
    })
}

/// Serialises a map and writes it atomically, keeping the replaced file as `NAME.ron.bak`
/// ([`DEFAULT_BACKUPS`]): a crash mid-save leaves the old file intact.
pub fn save(map: &Map, path: &Path) -> Result<(), FileError> {
    save_with_backups(map, path, DEFAULT_BACKUPS).map(|_| ())
}

/// Serialises a map and writes it atomically, keeping up to `backups` previous versions
/// (0 keeps none, at most [`MAX_BACKUPS`]); returns the fingerprint of the written file.
pub fn save_with_backups(map: &Map, path: &Path, backups: u8) -> Result<Fingerprint, FileError> {
    let text = to_ron(map).map_err(|error| {
        FileError::write_failed(path, std::io::Error::other(error), path.exists())
    })?;
    save::write_file(path, text.as_bytes(), backups.min(MAX_BACKUPS))
}

/// Reads a file, refusing anything larger than [`MAX_FILE_BYTES`] before reading it whole.
/// The metadata is the open file's, so it describes the very bytes read.
fn read_bounded(path: &Path) -> Result<(Vec<u8>, std::fs::Metadata), FileError> {
    use std::io::Read;
    let read_error = |io| FileError::Read {
        path: path.to_owned(),
        io,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let metadata = file.metadata().map_err(read_error)?;
    let mut bytes = Vec::new();
    // Read one byte past the limit to tell "exactly at the limit" from "over it".
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            path: path.to_owned(),
            max_bytes: MAX_FILE_BYTES,
        });
    }
    Ok((bytes, metadata))
}
