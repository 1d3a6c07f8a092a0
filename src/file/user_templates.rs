//! The user's own templates: ordinary map files in a folder of their own (on Linux
//! `~/.local/share/journeymap/templates`), so a template can be mailed to a colleague and opened
//! like any map. A template keeps a map's structure — stages with their phases, lanes with their
//! widths, kind, language — and, if asked, its cards; never the persona, the goal or the open
//! questions, which belong to the one journey it was made from.

use std::path::{Path, PathBuf};

use super::{FileError, save_with_backups};
use crate::model::{LaneKind, Map, MapKind, Persona};

/// The templates folder in the platform's data directory, if the platform has one.
pub fn platform_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "journeymap")
        .map(|dirs| dirs.data_dir().join("templates"))
}

/// One file in the templates folder.
#[derive(Debug)]
pub struct Listed {
    /// The file.
    pub path: PathBuf,
    /// The template's name: its title, else the file's name.
    pub name: String,
    /// Its kind, or why the file cannot be read.
    pub kind: Result<MapKind, FileError>,
}

/// The templates in `dir`, sorted by name (case aside). A missing folder has none; a file that
/// cannot be read is listed with the reason.
pub fn list(dir: &Path) -> Vec<Listed> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<Listed> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "ron"))
        .map(|path| {
            let stem = path
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
                .unwrap_or_default();
            match super::load(&path) {
                Ok(map) => Listed {
                    name: if map.title.trim().is_empty() {
                        stem
                    } else {
                        map.title.clone()
                    },
                    kind: Ok(map.kind),
                    path,
                },
                Err(error) => Listed {
                    name: stem,
                    kind: Err(error),
                    path,
                },
            }
        })
        .collect();
    found.sort_by_cached_key(|listed| (listed.name.to_lowercase(), listed.path.clone()));
    found
}

/// The file of the template whose file name (without extension) is `stem`.
pub fn path_for(dir: &Path, stem: &str) -> PathBuf {
    dir.join(format!("{stem}.ron"))
}

/// `map` as a template called `name`: its stages and lanes, kind and language, with the persona,
/// goal, questions and origin left empty; its cards, arrows and the first persona's scores only
/// if `keep_cards`.
pub fn template_of(map: &Map, name: &str, keep_cards: bool) -> Map {
    let mut template = map.clone();
    name.clone_into(&mut template.title);
    template.goal.clear();
    template.persona = Persona::default();
    template.other_personas.clear();
    template.questions.clear();
    template.origin = None;
    for lane in &mut template.lanes {
        if let LaneKind::Emotion { scores, personas } = &mut lane.kind {
            personas.clear();
            if !keep_cards {
                scores.clear();
            }
        }
    }
    if !keep_cards {
        template.cards.clear();
        template.connections.clear();
    }
    template
}

/// Writes `template` to `path`, replacing what is there, without backups: a template is
/// replaced on purpose.
pub fn save(template: &Map, path: &Path) -> Result<(), FileError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|io| FileError::write_failed(path, io, false))?;
    }
    save_with_backups(template, path, 0).map(|_| ())
}

/// Why a template could not be renamed.
#[derive(Debug)]
pub enum RenameError {
    /// Another template has that file name already; nothing was changed.
    Taken(PathBuf),
    /// The template could not be read or written.
    File(FileError),
    /// The old file could not be removed after the new one was written.
    Remove(PathBuf, std::io::Error),
}

/// Renames the template at `path` to `name`, stored as `stem`: its title changes, and its file
/// moves to the new name. Returns the new file.
pub fn rename(path: &Path, name: &str, stem: &str) -> Result<PathBuf, RenameError> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    let target = path_for(dir, stem);
    let same_file = target == path;
    if !same_file && target.exists() {
        return Err(RenameError::Taken(target));
    }
    let mut map = super::load(path).map_err(RenameError::File)?;
    name.clone_into(&mut map.title);
    save(&map, &target).map_err(RenameError::File)?;
    if !same_file {
        std::fs::remove_file(path).map_err(|io| RenameError::Remove(path.to_owned(), io))?;
    }
    Ok(target)
}

/// Deletes the template at `path`.
pub fn delete(path: &Path) -> std::io::Result<()> {
    std::fs::remove_file(path)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail on error")]
    use super::*;
    use crate::model::Lang;

    fn example() -> Map {
        crate::file::from_ron(
            include_str!("../../tests/fixtures/format-7/fitness-studio-phases-over-stages.ron")
                .as_bytes(),
        )
        .unwrap()
    }

    #[test]
    fn a_template_keeps_the_structure_and_drops_the_journey() {
        let map = example();
        assert!(!map.cards.is_empty() && !map.goal.is_empty());
        let template = template_of(&map, "Studio", false);
        assert_eq!(template.title, "Studio");
        assert_eq!((template.kind, template.lang), (map.kind, map.lang));
        assert_eq!(template.stages, map.stages);
        assert_eq!(template.phases, map.phases);
        assert_eq!(template.lanes.len(), map.lanes.len());
        assert!(template.cards.is_empty() && template.connections.is_empty());
        assert!(template.goal.is_empty() && template.persona.name.is_empty());
        assert!(
            template
                .lanes
                .iter()
                .all(|lane| lane.kind.curves().all(|(_, scores)| scores.is_empty()))
        );
        let with_cards = template_of(&map, "Studio", true);
        assert_eq!(with_cards.cards, map.cards);
        with_cards
            .validate(&crate::model::Limits::default())
            .unwrap();
    }

    #[test]
    fn templates_are_listed_by_name_with_broken_files_and_can_be_renamed_and_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let mut map = Map::empty(MapKind::FutureState, Lang::De);
        map.title = "zebra".to_owned();
        save(&map, &path_for(dir.path(), "zebra")).unwrap();
        map.title = "Apfel".to_owned();
        save(&map, &path_for(dir.path(), "Apfel")).unwrap();
        std::fs::write(dir.path().join("broken.ron"), "(format: 1, map: (").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "not a map").unwrap();
        let listed = list(dir.path());
        let names: Vec<&str> = listed.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["Apfel", "broken", "zebra"]);
        assert!(listed[1].kind.is_err());
        assert_eq!(listed[0].kind.as_ref().ok(), Some(&MapKind::FutureState));

        let taken = rename(&listed[0].path, "zebra", "zebra");
        assert!(matches!(taken, Err(RenameError::Taken(_))));
        let moved = rename(&listed[0].path, "Birne", "Birne").unwrap();
        assert!(!listed[0].path.exists());
        assert_eq!(crate::file::load(&moved).unwrap().title, "Birne");
        delete(&moved).unwrap();
        assert_eq!(list(dir.path()).len(), 2);
        assert!(list(&dir.path().join("missing")).is_empty());
    }
}
