//! Errors of reading and writing map files, worded for the person who has to act on them.

use std::path::{Path, PathBuf};

use thiserror::Error;

use super::syntax::SyntaxProblem;
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
    #[error("line {line}, column {column}: {problem}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong there.
        problem: SyntaxProblem,
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
        describe_write(io, *folder_exists),
        if *existed { "; the file on disk was not changed" } else { "" }
    )]
    Write {
        /// The file.
        path: PathBuf,
        /// The operating system's error. Not a `source`: its text is already in the message.
        io: std::io::Error,
        /// Whether a file of that name existed (and so was kept as it was).
        existed: bool,
        /// Whether the file's folder was there, as a folder, when the write failed. Some
        /// folders take no new files and say so as if they were missing (Linux's `/proc`
        /// answers "not found"); this tells the two apart.
        folder_exists: bool,
    },
    /// The file it would replace could not be kept as a backup, so it was not replaced: the
    /// only copy of the old version is not overwritten without the backup the user asked for.
    #[error(
        "cannot save {}: the backup {} could not be made: {}; nothing on disk was changed",
        path.display(),
        backup.display(),
        describe_io(io)
    )]
    Backup {
        /// The file.
        path: PathBuf,
        /// The backup that could not be made.
        backup: PathBuf,
        /// The operating system's error. Not a `source`: its text is already in the message.
        io: std::io::Error,
    },
}

/// What kind of trouble an operating-system error is, so each can be explained with advice
/// that fits (in the user's language, by the editor).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteProblem {
    /// The folder is not there (deleted, renamed, a drive or share disconnected).
    MissingFolder,
    /// The folder is there but creates no new files: a system folder such as `/proc`, or a
    /// device or file system that only shows files.
    FolderTakesNoFiles,
    /// The disk or folder is mounted read-only, or write-protected.
    ReadOnly,
    /// The user may not write there, or the file is protected against changes.
    NotAllowed,
    /// No space (or quota) left.
    DiskFull,
    /// Another program holds the file open or locked.
    InUse,
    /// Anything else; the operating system's words are all there is.
    Other,
}

impl WriteProblem {
    /// Classifies an operating-system error.
    pub fn of(error: &std::io::Error) -> Self {
        use std::io::ErrorKind as K;
        if is_locked(error) {
            return Self::InUse;
        }
        match error.kind() {
            K::NotFound | K::NotADirectory => Self::MissingFolder,
            K::ReadOnlyFilesystem => Self::ReadOnly,
            K::PermissionDenied => Self::NotAllowed,
            K::StorageFull | K::QuotaExceeded | K::FileTooLarge => Self::DiskFull,
            K::ResourceBusy | K::ExecutableFileBusy => Self::InUse,
            _ => Self::Other,
        }
    }

    /// Classifies the error of a failed write, knowing whether the file's folder exists: a
    /// folder that is there but answers "not found" (or "not supported") takes no new files.
    pub fn of_write(error: &std::io::Error, folder_exists: bool) -> Self {
        use std::io::ErrorKind as K;
        match Self::of(error) {
            Self::MissingFolder | Self::Other
                if folder_exists && matches!(error.kind(), K::NotFound | K::Unsupported) =>
            {
                Self::FolderTakesNoFiles
            }
            problem => problem,
        }
    }
}

/// Whether Windows refused because another program has the file open without sharing it
/// (Word, Excel and many sync clients do) or holds a lock on part of it. Linux and macOS have
/// no such mandatory locks; there the kernel reports a busy file as `ResourceBusy`.
fn is_locked(error: &std::io::Error) -> bool {
    /// `ERROR_SHARING_VIOLATION` and `ERROR_LOCK_VIOLATION`.
    #[cfg(windows)]
    const LOCKED: [i32; 2] = [32, 33];
    #[cfg(not(windows))]
    const LOCKED: [i32; 0] = [];
    error
        .raw_os_error()
        .is_some_and(|code| LOCKED.contains(&code))
}

impl FileError {
    /// A failed write of `path`; looks at the folder now, right after the failure, to tell a
    /// missing folder from one that takes no files (see [`FileError::Write`]).
    pub fn write_failed(path: &Path, io: std::io::Error, existed: bool) -> Self {
        let folder_exists = std::fs::metadata(super::folder_of(path)).is_ok_and(|m| m.is_dir());
        Self::Write {
            path: path.to_owned(),
            io,
            existed,
            folder_exists,
        }
    }

    /// What kind of trouble a failed save (or open) ran into; [`WriteProblem::Other`] where no
    /// operating-system error is behind it.
    pub fn write_problem(&self) -> WriteProblem {
        match self {
            Self::Write {
                io, folder_exists, ..
            } => WriteProblem::of_write(io, *folder_exists),
            Self::Read { io, .. } | Self::Backup { io, .. } => WriteProblem::of(io),
            Self::TooLarge { .. } | Self::Format { .. } => WriteProblem::Other,
        }
    }

    /// The operating-system error behind a failed save or open, if there is one.
    pub fn io(&self) -> Option<&std::io::Error> {
        match self {
            Self::Read { io, .. } | Self::Write { io, .. } | Self::Backup { io, .. } => Some(io),
            Self::TooLarge { .. } | Self::Format { .. } => None,
        }
    }
}

/// The operating-system error of a failed write in words a user can act on, knowing whether
/// the file's folder exists (see [`WriteProblem::of_write`]).
fn describe_write(error: &std::io::Error, folder_exists: bool) -> String {
    match WriteProblem::of_write(error, folder_exists) {
        WriteProblem::FolderTakesNoFiles => "its folder exists but does not accept new files \
            (system folders such as /proc and some devices only show files); choose another folder"
            .into(),
        _ => describe_io(error),
    }
}

/// An operating-system error in words a user can act on. The error's own text is not used
/// where it would name a temporary file the user never asked for.
pub fn describe_io(error: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    if is_locked(error) {
        return "another program is using the file; close it there and try again".into();
    }
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
        K::ResourceBusy | K::ExecutableFileBusy => {
            "the file is in use; close the program using it and try again".into()
        }
        _ => match error.raw_os_error() {
            Some(code) => std::io::Error::from_raw_os_error(code).to_string(),
            None => error.kind().to_string(),
        },
    }
}
