//! A failed save in the user's language: what happened, what to do, and that nothing is lost.
//!
//! The library's [`FileError`] messages are English, for the command line; the editor words
//! the same facts in English or German from the kind of problem (see [`crate::i18n::files`]).

use crate::file::FileError;
use crate::i18n::Texts;
use crate::i18n::files::file_error;

/// The status-bar message for a failed save of the map: what happened and what to do (worded
/// with every other file problem in [`crate::i18n::files`]), then that nothing is lost.
pub fn save_error_text(texts: &Texts, error: &FileError) -> String {
    format!(
        "{} {}",
        file_error(texts, error),
        texts.get("save-still-open")
    )
}

#[cfg(test)]
mod tests {
    use std::io::{Error, ErrorKind};
    use std::path::PathBuf;

    use super::*;
    use crate::i18n::texts;
    use crate::model::Lang;

    fn empty_map() -> crate::model::Map {
        crate::model::Map::empty(crate::model::MapKind::CurrentState, Lang::En)
    }

    fn write_error(kind: ErrorKind) -> FileError {
        FileError::Write {
            path: PathBuf::from("/maps/shop.ron"),
            io: Error::from(kind),
            existed: true,
            folder_exists: false,
        }
    }

    /// Every kind of problem has its own words in both languages, names the file, and says
    /// the map is still open; none falls back to a raw message id.
    #[test]
    fn each_problem_is_explained_in_english_and_german() {
        for lang in [Lang::En, Lang::De] {
            let mut seen = std::collections::BTreeSet::new();
            for kind in [
                ErrorKind::NotFound,
                ErrorKind::ReadOnlyFilesystem,
                ErrorKind::PermissionDenied,
                ErrorKind::StorageFull,
                ErrorKind::ResourceBusy,
            ] {
                let text = save_error_text(texts(lang), &write_error(kind));
                assert!(text.contains("shop.ron"), "{text}");
                assert!(!text.contains("save-"), "a message is missing: {text}");
                assert!(
                    text.ends_with(&texts(lang).get("save-still-open")),
                    "{text}"
                );
                assert!(seen.insert(text.clone()), "two problems, one text: {text}");
            }
        }
    }

    /// A locked file (another program using it) is told apart from a lack of permission.
    #[test]
    fn a_busy_file_is_explained_as_in_use() {
        let text = save_error_text(texts(Lang::En), &write_error(ErrorKind::ResourceBusy));
        assert!(text.contains("another program is using the file"), "{text}");
        let text = save_error_text(texts(Lang::De), &write_error(ErrorKind::ResourceBusy));
        assert!(
            text.contains("ein anderes Programm verwendet die Datei"),
            "{text}"
        );
    }

    /// Windows reports a file another program holds open as a sharing or lock violation.
    #[cfg(windows)]
    #[test]
    fn a_windows_sharing_violation_is_explained_as_in_use() {
        for code in [32, 33] {
            let error = FileError::Write {
                path: PathBuf::from("shop.ron"),
                io: Error::from_raw_os_error(code),
                existed: true,
                folder_exists: true,
            };
            let text = save_error_text(texts(Lang::En), &error);
            assert!(text.contains("another program is using the file"), "{text}");
        }
    }

    #[test]
    fn a_failed_backup_names_it_and_how_to_save_without_one() {
        let error = FileError::Backup {
            path: PathBuf::from("shop.ron"),
            backup: PathBuf::from("shop.ron.bak"),
            io: Error::from(ErrorKind::StorageFull),
        };
        let text = save_error_text(texts(Lang::En), &error);
        assert!(text.contains("its backup shop.ron.bak could not be made: the disk is full"));
        assert!(text.contains("\"No backups\""), "{text}");
        assert!(text.contains("The file on disk was not changed."), "{text}");
    }

    /// A folder that is there but takes no new files is not called missing. Linux's `/proc`
    /// answers "not found" when a file is created in it.
    #[test]
    fn a_folder_that_takes_no_files_is_not_called_missing() {
        let folder = std::path::Path::new("/proc");
        if !folder.is_dir() {
            eprintln!("skipped: this system has no /proc");
            return;
        }
        let error = crate::file::save(&empty_map(), &folder.join("shop.ron"))
            .expect_err("nothing can be saved in /proc");
        assert_eq!(
            error.write_problem(),
            crate::file::WriteProblem::FolderTakesNoFiles,
            "{error:?}"
        );
        let english = error.to_string();
        assert!(english.contains("does not accept new files"), "{english}");
        assert!(!english.contains("does not exist"), "{english}");
        let en = save_error_text(texts(Lang::En), &error);
        assert!(en.contains("does not accept new files"), "{en}");
        assert!(!en.contains("does not exist"), "{en}");
        let de = save_error_text(texts(Lang::De), &error);
        assert!(de.contains("nimmt aber keine neuen Dateien an"), "{de}");
        assert!(!de.contains("existiert nicht"), "{de}");
        assert!(de.contains("shop.ron"), "{de}");
    }

    /// A folder that is really gone is still called missing.
    #[test]
    fn a_missing_folder_is_called_missing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gone").join("shop.ron");
        let error = crate::file::save(&empty_map(), &path).unwrap_err();
        assert_eq!(
            error.write_problem(),
            crate::file::WriteProblem::MissingFolder
        );
        let de = save_error_text(texts(Lang::De), &error);
        assert!(de.contains("der Ordner existiert nicht"), "{de}");
    }
}
