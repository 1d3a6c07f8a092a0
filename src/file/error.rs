//! Errors of reading and writing map files, worded for the person who has to act on them.

use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::model::ValidationError;

/// A problem with a map's bytes, before it is tied to a file name.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum FormatError {
    /// Nothing in the file.
    #[error("the file is empty")]
    Empty,
    /// Not UTF-8 text.
    #[error("it is not a text file (byte {offset} is not UTF-8), so it is not a journeymap map")]
    NotText {
        /// Where the first invalid byte is.
        offset: usize,
    },
    /// UTF-16 text, as some Windows editors save "Unicode" files.
    #[error(
        "it is saved as UTF-16 text, but journeymap maps are UTF-8; save it as UTF-8 in your editor and open it again"
    )]
    Utf16,
    /// Not RON, or RON of the wrong shape.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the RON parser expected.
        message: String,
    },
    /// The `format` field is missing (or 0, which no journeymap writes).
    #[error("it has no `format:` version, so it is not a journeymap map")]
    NoVersion,
    /// Written by a newer journeymap.
    #[error(
        "it was made by a newer journeymap (file format {found}; this journeymap reads up to format {supported}); update journeymap to open it"
    )]
    NewerFormat {
        /// The version in the file.
        found: u32,
        /// The newest version this program reads.
        supported: u32,
    },
    /// Parsed, but inconsistent or too large.
    #[error("{0}")]
    Invalid(#[from] ValidationError),
}

impl FormatError {
    /// Attaches the file name.
    pub fn in_file(self, path: &Path) -> FileError {
        FileError::Format {
            path: path.to_owned(),
            problem: self,
        }
    }
}

/// A problem opening or saving a map file. The message names the file and says what is wrong.
#[derive(Debug, Error)]
pub enum FileError {
    /// The file could not be read.
    #[error("cannot open {}: {}", path.display(), describe_io(io))]
    Read {
        /// The file.
        path: PathBuf,
        /// The operating system's error. Not a `source`: its text is already in the message.
        io: std::io::Error,
    },
    /// Larger than any real map.
    #[error(
        "cannot open {}: it is larger than {} MiB, far more than any journey map needs",
        path.display(),
        max_bytes / (1024 * 1024)
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit.
        max_bytes: u64,
    },
    /// The contents are not a valid map.
    #[error("cannot open {}: {problem}", path.display())]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong inside it.
        problem: FormatError,
    },
    /// The file could not be written; a previous file of that name is untouched.
    #[error(
        "cannot save {}: {}{}",
        path.display(),
        describe_io(io),
        if *existed { "; the file on disk was not changed" } else { "" }
    )]
    Write {
        /// The file.
        path: PathBuf,
        /// The operating system's error. Not a `source`: its text is already in the message.
        io: std::io::Error,
        /// Whether a file of that name existed (and so was kept as it was).
        existed: bool,
    },
}

/// An operating-system error in words a user can act on. The error's own text is not used
/// where it would name a temporary file the user never asked for.
pub fn describe_io(error: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match error.kind() {
        K::NotFound => "the file or its folder does not exist".into(),
        K::PermissionDenied => "permission denied; check that you may write there".into(),
        K::ReadOnlyFilesystem => "the disk or folder is read-only".into(),
        K::StorageFull => "the disk is full; free some space and try again".into(),
        K::QuotaExceeded => "your disk quota is used up; free some space and try again".into(),
        K::IsADirectory => "that is a folder, not a file".into(),
        K::NotADirectory => "part of the path is a file, not a folder".into(),
        K::InvalidFilename => "the file name is not valid here".into(),
        K::FileTooLarge => "the file is too large for this disk".into(),
        _ => match error.raw_os_error() {
            Some(code) => std::io::Error::from_raw_os_error(code).to_string(),
            None => error.kind().to_string(),
        },
    }
}
