//! Recently opened and saved maps, newest first, with what the start screen shows of each:
//! the map's title and kind, its folder, and whether the file is still there.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::{Map, MapKind};

/// Key of the list in eframe's settings storage.
const KEY: &str = "journeymap-recent-maps";
/// Key of the older list of bare paths, read once when the new one is missing.
const OLD_KEY: &str = "journeymap-recent";
/// How many maps are remembered.
const MAX: usize = 8;

/// A map the user opened or saved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RecentMap {
    /// Its file.
    pub path: PathBuf,
    /// Its title when last opened or saved.
    pub title: String,
    /// Its kind when last opened or saved.
    pub kind: Option<MapKind>,
}

impl Default for RecentMap {
    fn default() -> Self {
        Self {
            path: PathBuf::new(),
            title: String::new(),
            kind: None,
        }
    }
}

impl RecentMap {
    /// The file's folder, as shown.
    pub fn folder(&self) -> String {
        self.path
            .parent()
            .map(|folder| folder.display().to_string())
            .unwrap_or_default()
    }

    /// The file's name.
    pub fn file_name(&self) -> String {
        self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        )
    }
}

/// The recent maps, and which of them are missing on disk (looked up when the list changes or
/// the start screen is shown again, not every frame: a map on a network drive may answer
/// slowly).
#[derive(Clone, Debug, Default)]
pub struct RecentMaps {
    maps: Vec<RecentMap>,
    missing: Option<Vec<bool>>,
}

impl RecentMaps {
    /// The list in `storage` (or the older list of paths, or none).
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        let Some(storage) = storage else {
            return Self::default();
        };
        let maps = eframe::get_value::<Vec<RecentMap>>(storage, KEY).unwrap_or_else(|| {
            eframe::get_value::<Vec<PathBuf>>(storage, OLD_KEY)
                .unwrap_or_default()
                .into_iter()
                .map(|path| RecentMap {
                    path,
                    ..RecentMap::default()
                })
                .collect()
        });
        Self {
            maps: maps.into_iter().take(MAX).collect(),
            missing: None,
        }
    }

    /// Stores the list.
    pub fn store(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, KEY, &self.maps);
    }

    /// The maps, newest first.
    pub fn maps(&self) -> &[RecentMap] {
        &self.maps
    }

    /// Puts `map`, just opened or saved at `path`, first.
    pub fn remember(&mut self, path: &Path, map: &Map) {
        self.maps.retain(|known| known.path != path);
        self.maps.insert(
            0,
            RecentMap {
                path: path.to_owned(),
                title: map.title.clone(),
                kind: Some(map.kind),
            },
        );
        self.maps.truncate(MAX);
        self.missing = None;
    }

    /// Takes `path` off the list.
    pub fn forget(&mut self, path: &Path) {
        self.maps.retain(|known| known.path != path);
        self.missing = None;
    }

    /// Looks again which files are missing (the start screen is shown anew).
    pub fn refresh(&mut self) {
        self.missing = None;
    }

    /// Whether each map's file is missing, in list order.
    pub fn missing(&mut self) -> &[bool] {
        let maps = &self.maps;
        self.missing
            .get_or_insert_with(|| maps.iter().map(|map| !map.path.is_file()).collect())
    }
}
