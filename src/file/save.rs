//! Atomic writes: a temporary file in the target's folder, flushed and synced, then renamed over
//! the target. A crash at any moment leaves either the old file or the new one, never a mix.
//! Backups of the replaced file are made in between (see [`super::backup`]).

use std::io::Write;
use std::path::Path;

use super::backup;
use super::error::FileError;
use super::fingerprint::Fingerprint;

/// Writes `bytes` to `path` atomically, keeping no backup (for exported pictures, which can
/// always be made again).
///
/// A new file gets the permissions any new file gets (the user's umask applies); an existing
/// file keeps its own, so saving never makes a shared map private or a private one shared.
pub fn save_atomically(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    write_file(path, bytes, 0).map(|_| ())
}

/// Writes `bytes` to `path` atomically like [`save_atomically`], keeping the file it replaces
/// as a backup (up to `backups` of them, see [`super::backup`]), and returns the fingerprint
/// of what was written.
///
/// Either everything happens or nothing does: when the backup cannot be made the save fails
/// (with [`FileError::Backup`]) rather than overwrite the only copy of the old version, and
/// when the final rename fails the backups are put back as they were.
pub fn write_file(path: &Path, bytes: &[u8], backups: u8) -> Result<Fingerprint, FileError> {
    let existing = std::fs::metadata(path).ok();
    let write_error =
        |error: std::io::Error| FileError::write_failed(path, error, existing.is_some());
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
    // From here on, an early return drops `temp`, which deletes the temporary file.
    let mut temp = builder.tempfile_in(folder).map_err(write_error)?;
    if let Some(existing) = &existing {
        temp.as_file()
            .set_permissions(existing.permissions())
            .map_err(write_error)?;
    }
    temp.write_all(bytes).map_err(write_error)?;
    temp.flush().map_err(write_error)?;
    temp.as_file().sync_all().map_err(write_error)?;
    // Taken from the file just written, so it describes exactly these bytes.
    let fingerprint = Fingerprint::of(bytes, &temp.as_file().metadata().map_err(write_error)?);
    let prepared = match &existing {
        Some(existing) if backups > 0 && existing.is_file() => Some(
            backup::prepare(path, folder, backups).map_err(|io| FileError::Backup {
                path: path.to_owned(),
                backup: backup::backup_path(path, 1),
                io,
            })?,
        ),
        _ => None,
    };
    match temp.persist(path) {
        Ok(_) => {
            if let Some(prepared) = prepared {
                prepared.keep();
            }
            sync_folder(folder);
            Ok(fingerprint)
        }
        Err(error) => {
            if let Some(prepared) = prepared {
                prepared.roll_back();
            }
            Err(write_error(error.error))
        }
    }
}

/// The folder a file lives in; `.` for a bare file name. A map's relative paths (its persona
/// photo) start here too.
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
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
