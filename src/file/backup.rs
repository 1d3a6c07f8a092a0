//! Backups: saving over a map keeps the version it replaces as `NAME.ron.bak`, and with a
//! larger setting the ones before that as `NAME.ron.bak2` … `NAME.ron.bak9`, newest first.
//!
//! A backup is made so that at no moment is the map itself missing or partial, and so that a
//! save that fails changes nothing at all:
//!
//! 1. The current file is *staged* under a temporary name beside it: a hard link (no data is
//!    copied, so this works on a full disk and keeps the file's permissions and time by being
//!    the same file), or, where the file system has no hard links, a synced copy given the
//!    original's permissions and time.
//! 2. The backups move one place down by renames, the oldest one aside to a temporary name,
//!    and the staged file becomes `.bak`. Every step is recorded.
//! 3. The caller renames the new map over the old one. If that works the displaced oldest
//!    backup is deleted ([`Prepared::keep`]); if it fails every rename is undone
//!    ([`Prepared::roll_back`]), so repeated failed saves never push old versions out.
//!
//! Backups beyond the configured number that are already on disk (from a larger setting
//! before) are left alone: journeymap does not delete files it is no longer managing.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use tempfile::TempPath;

/// The most backups a save keeps; the names stay short and the folder uncluttered.
pub const MAX_BACKUPS: u8 = 9;

/// Backups kept unless the user chooses otherwise: one undo of the last save.
pub const DEFAULT_BACKUPS: u8 = 1;

/// The name of backup number `n` of `path` (1 is the newest): `map.ron.bak`, `map.ron.bak2` ….
pub fn backup_path(path: &Path, n: u8) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    if n <= 1 {
        name.push(".bak");
    } else {
        name.push(format!(".bak{n}"));
    }
    path.with_file_name(name)
}

/// Backups moved into place, waiting for the new file to be renamed over the old one.
#[must_use = "keep() after the save succeeds, roll_back() after it fails"]
pub(super) struct Prepared {
    /// The renames done, in order, as (from, to).
    renames: Vec<(PathBuf, PathBuf)>,
    /// The staged link or copy; empty once it became `.bak`, deleted on drop.
    staged: TempPath,
    /// The oldest backup, moved aside; deleted on drop once the save succeeded.
    displaced: Option<TempPath>,
}

/// Stages the current file at `path` and rotates up to `keep` backups; on failure everything
/// done is undone before the error is returned.
pub(super) fn prepare(path: &Path, folder: &Path, keep: u8) -> io::Result<Prepared> {
    let keep = keep.clamp(1, MAX_BACKUPS);
    let mut prepared = Prepared {
        renames: Vec::new(),
        staged: stage(path, folder)?,
        displaced: None,
    };
    match prepared.rotate(path, folder, keep) {
        Ok(()) => Ok(prepared),
        Err(error) => {
            prepared.roll_back();
            Err(error)
        }
    }
}

impl Prepared {
    fn rotate(&mut self, path: &Path, folder: &Path, keep: u8) -> io::Result<()> {
        // A folder where a backup belongs is the user's, not an old backup: moving it aside
        // and deleting it would lose it, so stop before anything moves.
        if (1..=keep).any(|n| fs::symlink_metadata(backup_path(path, n)).is_ok_and(|m| m.is_dir()))
        {
            return Err(io::Error::from(io::ErrorKind::IsADirectory));
        }
        let oldest = backup_path(path, keep);
        if exists(&oldest) {
            let displaced = temp_builder()
                .make_in(folder, |aside| fs::rename(&oldest, aside))?
                .into_temp_path();
            self.renames.push((oldest, displaced.to_path_buf()));
            self.displaced = Some(displaced);
        }
        for n in (1..keep).rev() {
            let from = backup_path(path, n);
            if exists(&from) {
                self.rename(from, backup_path(path, n + 1))?;
            }
        }
        let staged = self.staged.to_path_buf();
        self.rename(staged, backup_path(path, 1))
    }

    fn rename(&mut self, from: PathBuf, to: PathBuf) -> io::Result<()> {
        fs::rename(&from, &to)?;
        self.renames.push((from, to));
        Ok(())
    }

    /// The save succeeded: the rotated backups stay, the oldest one moved aside goes.
    pub(super) fn keep(self) {
        drop(self);
    }

    /// The save failed: every backup goes back to its old name and the staged file goes.
    /// Should an undo fail (the folder turned read-only mid-save), the rest stay where they
    /// are and nothing is deleted, so no version is lost, only named one place off.
    pub(super) fn roll_back(mut self) {
        while let Some((from, to)) = self.renames.pop() {
            if let Err(error) = fs::rename(&to, &from) {
                log::error!(
                    "could not move the backup {} back to {}: {error}",
                    to.display(),
                    from.display()
                );
                if let Some(displaced) = self.displaced.take() {
                    let _kept = displaced.keep();
                }
                return;
            }
        }
    }
}

/// Puts the current file under a temporary name beside it: a hard link, or a copy where the
/// file system (FAT, some network shares) or a protected file refuses links.
fn stage(path: &Path, folder: &Path) -> io::Result<TempPath> {
    match temp_builder().make_in(folder, |staged| fs::hard_link(path, staged)) {
        Ok(linked) => Ok(linked.into_temp_path()),
        Err(link_error) => {
            log::debug!("no hard link for the backup ({link_error}); copying instead");
            stage_copy(path, folder)
        }
    }
}

/// A synced copy of `path` with its permissions and modification time.
fn stage_copy(path: &Path, folder: &Path) -> io::Result<TempPath> {
    let mut source = fs::File::open(path)?;
    let metadata = source.metadata()?;
    let mut copy = temp_builder().tempfile_in(folder)?;
    io::copy(&mut source, copy.as_file_mut())?;
    copy.as_file().set_permissions(metadata.permissions())?;
    if let Ok(modified) = metadata.modified() {
        // Best effort: the time only helps the user tell versions apart.
        let _ = copy.as_file().set_modified(modified);
    }
    copy.as_file().sync_all()?;
    Ok(copy.into_temp_path())
}

fn temp_builder() -> tempfile::Builder<'static, 'static> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".journeymap-").suffix(".bak.tmp");
    builder
}

/// Whether anything (even a dangling link) has this name.
fn exists(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn backup_names_append_to_the_whole_file_name() {
        let path = Path::new("maps/shop.ron");
        assert_eq!(backup_path(path, 1), Path::new("maps/shop.ron.bak"));
        assert_eq!(backup_path(path, 2), Path::new("maps/shop.ron.bak2"));
        assert_eq!(backup_path(path, 9), Path::new("maps/shop.ron.bak9"));
    }

    #[test]
    fn a_rolled_back_rotation_leaves_every_backup_where_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.ron");
        fs::write(&path, "current").unwrap();
        fs::write(backup_path(&path, 1), "one").unwrap();
        fs::write(backup_path(&path, 2), "two").unwrap();
        let prepared = prepare(&path, dir.path(), 2).unwrap();
        assert_eq!(
            fs::read_to_string(backup_path(&path, 1)).unwrap(),
            "current"
        );
        assert_eq!(fs::read_to_string(backup_path(&path, 2)).unwrap(), "one");
        prepared.roll_back();
        assert_eq!(fs::read_to_string(backup_path(&path, 1)).unwrap(), "one");
        assert_eq!(fs::read_to_string(backup_path(&path, 2)).unwrap(), "two");
        assert_eq!(
            names(dir.path()),
            ["map.ron", "map.ron.bak", "map.ron.bak2"]
        );
    }

    #[test]
    fn a_kept_rotation_drops_only_the_oldest() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.ron");
        fs::write(&path, "current").unwrap();
        fs::write(backup_path(&path, 1), "one").unwrap();
        fs::write(backup_path(&path, 2), "two").unwrap();
        prepare(&path, dir.path(), 2).unwrap().keep();
        assert_eq!(fs::read_to_string(backup_path(&path, 2)).unwrap(), "one");
        assert_eq!(
            names(dir.path()),
            ["map.ron", "map.ron.bak", "map.ron.bak2"]
        );
    }

    /// The copy used where hard links are refused carries the original's permissions, so a
    /// private map does not leave a readable backup.
    #[cfg(unix)]
    #[test]
    fn a_copied_backup_keeps_permissions_and_time() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.ron");
        fs::write(&path, "private").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(old)
            .unwrap();
        let copy = stage_copy(&path, dir.path()).unwrap();
        let metadata = fs::metadata(&copy).unwrap();
        assert_eq!(metadata.permissions().mode() & 0o777, 0o600);
        assert_eq!(metadata.modified().unwrap(), old);
        assert_eq!(fs::read_to_string(&copy).unwrap(), "private");
        drop(copy);
        assert_eq!(
            names(dir.path()),
            ["map.ron"],
            "the staged copy is temporary"
        );
    }
}
