//! Atomic writes: a temporary file in the target's folder, flushed and synced, then renamed over
//! the target. A crash at any moment leaves either the old file or the new one, never a mix.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::error::FileError;

/// Writes `bytes` to `path` atomically.
pub fn save_atomically(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let write_error = |source| FileError::Write {
        path: path.to_owned(),
        source,
    };
    let folder = folder_of(path);
    let mut temp = tempfile::Builder::new()
        .prefix(".journeymap-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(write_error)?;
    temp.write_all(bytes).map_err(write_error)?;
    temp.flush().map_err(write_error)?;
    temp.as_file().sync_all().map_err(write_error)?;
    temp.persist(path)
        .map_err(|error| write_error(error.error))?;
    sync_folder(&folder);
    Ok(())
}

/// The folder a file lives in; `.` for a bare file name.
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// Makes the rename itself durable. Best effort: not every platform or file system can open a
/// folder for syncing, and the data is already safe in the file by then.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}
