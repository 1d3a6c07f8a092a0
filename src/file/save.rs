//! Atomic writes: a temporary file in the target's folder, flushed and synced, then renamed over
//! the target. A crash at any moment leaves either the old file or the new one, never a mix.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::error::FileError;

/// Writes `bytes` to `path` atomically.
///
/// A new file gets the permissions any new file gets (the user's umask applies); an existing
/// file keeps its own, so saving never makes a shared map private or a private one shared.
pub fn save_atomically(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let existing = std::fs::metadata(path).ok();
    let write_error = |error: std::io::Error| FileError::Write {
        path: path.to_owned(),
        io: error,
        existed: existing.is_some(),
    };
    if existing.as_ref().is_some_and(std::fs::Metadata::is_dir) {
        return Err(write_error(std::io::Error::from(
            std::io::ErrorKind::IsADirectory,
        )));
    }
    let folder = folder_of(path);
    let mut builder = tempfile::Builder::new();
    builder.prefix(".journeymap-").suffix(".tmp");
    // Read-write for everyone, narrowed by the umask at creation — what `File::create` gives.
    // Without this, `tempfile` would make every saved map owner-only.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(&folder).map_err(write_error)?;
    if let Some(existing) = &existing {
        temp.as_file()
            .set_permissions(existing.permissions())
            .map_err(write_error)?;
    }
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
