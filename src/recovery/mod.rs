//! Crash recovery: unsaved maps are copied into a recovery folder, and a later start finds the
//! copies their editor left behind.
//!
//! Every editor window claims a *slot*: an id, and a lock file it holds locked while it runs.
//! Its unsaved map goes to `ID.ron` (an ordinary map file, which opens in journeymap as it is)
//! and `ID.meta.ron` (where the map came from and when it was written), both written atomically.
//! A slot whose lock nobody holds belongs to an editor that is gone — it crashed, was killed, or
//! the machine went down — and its map is offered back. The operating system drops a lock when
//! its process dies, however it dies, so a slot of a running editor is never taken for a
//! leftover, and no clock or process table is consulted.
//!
//! The copies are written by a [`Writer`] thread per editor, so a frame never waits for the
//! disk, and by the panic hook of [`crash`] when the program panics, so a crash never costs the
//! work since the last copy.

pub mod crash;
mod meta;
mod writer;

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime};

use crate::file::{self, FileError};
use crate::model::Map;

pub use meta::Meta;
pub use writer::{Outcome, WriteResult, Writer, wait_for_writers};

/// At most this many leftovers are offered at once; more would be a list nobody reads, and a
/// folder full of junk must not slow the start.
const MAX_OFFERED: usize = 20;

/// The folder of recovery files.
#[derive(Clone, Debug)]
pub struct RecoveryStore {
    dir: PathBuf,
}

/// One editor's place in the store, locked while the editor runs.
#[derive(Debug)]
pub struct Slot {
    dir: PathBuf,
    id: String,
    /// Held locked for the slot's life; closing it (or the process dying) unlocks.
    _lock: File,
}

/// A map left behind by an editor that is gone.
#[derive(Debug)]
pub struct Leftover {
    /// Its slot, now locked by this process so no other editor offers it too.
    pub slot: Slot,
    /// Where it came from and when it was written.
    pub meta: Meta,
    /// The map, or why it cannot be read.
    pub map: Result<Map, FileError>,
}

impl RecoveryStore {
    /// A store in `dir` (created when first written).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The store in the platform's data directory (on Linux
    /// `~/.local/share/journeymap/recovery`), if the platform has one.
    pub fn platform() -> Option<Self> {
        directories::ProjectDirs::from("", "", "journeymap")
            .map(|dirs| Self::new(dirs.data_dir().join("recovery")))
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A new, empty slot for this editor.
    pub fn claim(&self) -> io::Result<Slot> {
        std::fs::create_dir_all(&self.dir)?;
        let id = new_id();
        let lock = File::create(self.dir.join(format!("{id}.lock")))?;
        lock.try_lock().map_err(io::Error::other)?;
        Ok(Slot {
            dir: self.dir.clone(),
            id,
            _lock: lock,
        })
    }

    /// The maps that editors no longer running left behind, newest first, each locked for this
    /// process. A folder that cannot be read has none.
    pub fn leftovers(&self) -> Vec<Leftover> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(id) = name
                .to_str()
                .and_then(|name| name.strip_suffix(".meta.ron"))
            else {
                continue;
            };
            if found.len() == MAX_OFFERED {
                break;
            }
            if let Some(leftover) = self.take_leftover(id) {
                found.push(leftover);
            }
        }
        found.sort_by_key(|leftover| std::cmp::Reverse(leftover.meta.saved_at));
        found
    }

    /// The leftover in slot `id`, if its editor is gone.
    fn take_leftover(&self, id: &str) -> Option<Leftover> {
        if !is_valid_id(id) {
            return None;
        }
        let lock = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.dir.join(format!("{id}.lock")))
            .ok()?;
        // Locked: its editor is still running.
        lock.try_lock().ok()?;
        let slot = Slot {
            dir: self.dir.clone(),
            id: id.to_owned(),
            _lock: lock,
        };
        let meta = Meta::read(&slot.meta_path()).unwrap_or_default();
        let map = file::load(&slot.map_path());
        Some(Leftover { slot, meta, map })
    }
}

impl Slot {
    /// The slot's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    fn map_path(&self) -> PathBuf {
        self.dir.join(format!("{}.ron", self.id))
    }

    fn meta_path(&self) -> PathBuf {
        self.dir.join(format!("{}.meta.ron", self.id))
    }

    /// Writes the unsaved `map`, which belongs to the file `source` (if it has one yet). The map
    /// goes first and the description second, so a description always points at a whole map.
    pub fn write(&self, map: &Map, source: Option<&Path>) -> Result<(), FileError> {
        // No backups: the copy is replaced every few seconds and is only a copy.
        file::save_with_backups(map, &self.map_path(), 0)?;
        let meta = Meta {
            title: map.title.clone(),
            source: source.map(Path::to_owned),
            saved_at: SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .unwrap_or(Duration::ZERO)
                .as_secs(),
        };
        meta.write(&self.meta_path())
    }

    /// Removes the slot's map: it was saved or deliberately thrown away. The description goes
    /// first, so a half-removed slot is never offered.
    pub fn clear(&self) {
        for path in [self.meta_path(), self.map_path()] {
            if let Err(error) = std::fs::remove_file(&path)
                && error.kind() != io::ErrorKind::NotFound
            {
                log::warn!("could not remove {}: {error}", path.display());
            }
        }
    }

    /// Whether the slot holds a map.
    pub fn has_map(&self) -> bool {
        self.meta_path().exists()
    }
}

impl Drop for Slot {
    /// An empty slot leaves nothing behind; one with a map keeps it (and its lock file, which
    /// unlocks as the file closes) for the next start to offer.
    fn drop(&mut self) {
        if !self.has_map() {
            let _ = std::fs::remove_file(self.dir.join(format!("{}.lock", self.id)));
        }
    }
}

/// A fresh slot id: time, process and a counter, so two windows of one process or two processes
/// started in the same second never share one.
fn new_id() -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let seconds = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs();
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{seconds}-{}-{count}", std::process::id())
}

/// Ids are made by [`new_id`]; anything else in the folder is not ours to open.
fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests;
