//! What a map file looked like when the editor last read or wrote it, so that saving can notice
//! that another program (a sync client, a colleague on a shared drive, a second journeymap
//! window) changed, replaced or deleted it in the meantime, and ask before overwriting.
//!
//! Length and modification time alone are not enough: copy and sync tools restore modification
//! times, and coarse clocks (FAT, some network shares) give two quick edits of the same length
//! the same time. A hash of the contents closes that gap; maps are small enough to read whole.

use std::hash::{DefaultHasher, Hasher as _};
use std::io::Read as _;
use std::path::Path;
use std::time::SystemTime;

use super::ron_format::MAX_FILE_BYTES;

/// The identity of a file's contents at one moment: length, modification time and a hash of
/// the bytes. Only compared within one run of the program, never stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    len: u64,
    modified: Option<SystemTime>,
    hash: u64,
}

/// How a file on disk compares with the fingerprint taken when it was opened or saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiskChange {
    /// Still what the editor read or wrote.
    Unchanged,
    /// Another program wrote to it or put another file in its place.
    Changed,
    /// It is gone: deleted, moved or renamed, or its folder is.
    Missing,
}

impl Fingerprint {
    /// The fingerprint of `bytes`, which are the whole contents of a file with `metadata`.
    pub fn of(bytes: &[u8], metadata: &std::fs::Metadata) -> Self {
        Self {
            len: metadata.len(),
            modified: metadata.modified().ok(),
            hash: hash(bytes),
        }
    }

    /// Reads the file at `path` and takes its fingerprint; `None` if there is no such file.
    pub fn read(path: &Path) -> std::io::Result<Option<Self>> {
        let mut file = match std::fs::File::open(path) {
            Ok(file) => file,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(error) => return Err(error),
        };
        // Metadata of the open file, so length, time and bytes all belong to the same file even
        // if another program swaps it while we read.
        let metadata = file.metadata()?;
        let mut bytes = Vec::new();
        // A file past the limit was not written by journeymap; its first bytes are enough to
        // tell it apart.
        file.by_ref()
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)?;
        Ok(Some(Self::of(&bytes, &metadata)))
    }

    /// Compares the file at `path` with this fingerprint. A file that cannot be read counts as
    /// unchanged: the save that follows then reports the real problem in its own words.
    pub fn compare(&self, path: &Path) -> DiskChange {
        match Self::read(path) {
            Ok(Some(now)) if now == *self => DiskChange::Unchanged,
            Ok(Some(_)) => DiskChange::Changed,
            Ok(None) => DiskChange::Missing,
            Err(error) => {
                log::info!("cannot check {} before saving: {error}", path.display());
                DiskChange::Unchanged
            }
        }
    }
}

/// A hash of the contents. Not cryptographic and not stable across Rust versions, neither of
/// which matters for a comparison within one run.
fn hash(bytes: &[u8]) -> u64 {
    let mut hasher = DefaultHasher::new();
    hasher.write(bytes);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    fn fingerprint(path: &Path) -> Fingerprint {
        Fingerprint::read(path).unwrap().unwrap()
    }

    #[test]
    fn an_untouched_file_is_unchanged_and_a_missing_one_is_missing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.ron");
        fs::write(&path, "(format: 1)").unwrap();
        let taken = fingerprint(&path);
        assert_eq!(taken.compare(&path), DiskChange::Unchanged);
        fs::remove_file(&path).unwrap();
        assert_eq!(taken.compare(&path), DiskChange::Missing);
        assert_eq!(Fingerprint::read(&path).unwrap(), None);
    }

    #[test]
    fn a_rewrite_is_noticed_even_with_the_same_length_and_time() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.ron");
        fs::write(&path, "title: \"Bakery\"").unwrap();
        let taken = fingerprint(&path);
        let modified = fs::metadata(&path).unwrap().modified().unwrap();
        // What a sync tool does: new contents, same length, the old modification time restored.
        fs::write(&path, "title: \"Bakers\"").unwrap();
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(modified)
            .unwrap();
        assert_eq!(fs::metadata(&path).unwrap().len(), taken.len);
        assert_eq!(taken.compare(&path), DiskChange::Changed);
    }

    #[test]
    fn another_file_moved_into_place_is_a_change() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.ron");
        fs::write(&path, "old").unwrap();
        let taken = fingerprint(&path);
        let other = dir.path().join("other.ron");
        fs::write(&other, "a longer replacement").unwrap();
        fs::rename(&other, &path).unwrap();
        assert_eq!(taken.compare(&path), DiskChange::Changed);
    }

    #[test]
    fn the_fingerprint_of_bytes_matches_reading_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.ron");
        fs::write(&path, "same").unwrap();
        let metadata = fs::metadata(&path).unwrap();
        assert_eq!(Fingerprint::of(b"same", &metadata), fingerprint(&path));
        assert_ne!(Fingerprint::of(b"diff", &metadata), fingerprint(&path));
    }
}
