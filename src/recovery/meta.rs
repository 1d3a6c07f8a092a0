//! The description beside a recovered map: its title, the file it belongs to, and when it was
//! written.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::file::{FileError, save_atomically};

/// A description is a few lines; anything larger is not one of ours.
const MAX_META_BYTES: u64 = 64 * 1024;

/// What the recovery offer shows about a map.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// The map's title when it was written.
    #[serde(default)]
    pub title: String,
    /// The file the map was opened from or last saved to; `None` for a map never saved.
    #[serde(default)]
    pub source: Option<PathBuf>,
    /// When it was written, in seconds since 1970 (UTC).
    #[serde(default)]
    pub saved_at: u64,
}

impl Meta {
    /// Reads a description; `None` if it is missing, too large or unreadable.
    pub fn read(path: &Path) -> Option<Self> {
        let mut text = String::new();
        std::fs::File::open(path)
            .ok()?
            .take(MAX_META_BYTES)
            .read_to_string(&mut text)
            .ok()?;
        ron::from_str(&text).ok()
    }

    /// Writes the description atomically.
    pub fn write(&self, path: &Path) -> Result<(), FileError> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).map_err(
            |error| FileError::write_failed(path, std::io::Error::other(error), path.exists()),
        )?;
        save_atomically(path, text.as_bytes())
    }
}
