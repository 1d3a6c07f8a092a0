//! A failed save in the user's language: what happened, what to do, and that nothing is lost.
//!
//! The library's [`FileError`] messages are English, for the command line; the editor words
//! the same facts in English or German from the kind of problem.

use crate::file::{FileError, WriteProblem};
use crate::i18n::Texts;

/// The status-bar message for a failed save of the map.
pub fn save_error_text(texts: &Texts, error: &FileError) -> String {
    let problem = error.write_problem();
    let reason = match (reason_id(problem), error.io()) {
        (Some(id), _) => texts.get(id),
        (None, Some(io)) => io.to_string(),
        (None, None) => error.to_string(),
    };
    let mut sentences = Vec::new();
    match error {
        FileError::Backup { path, backup, .. } => {
            sentences.push(texts.get_with(
                "save-failed-backup",
                &[
                    ("file", file_name(path).into()),
                    ("backup", file_name(backup).into()),
                    ("reason", reason.into()),
                ],
            ));
            sentences.push(texts.get(advice_id(problem)));
            sentences.push(texts.get("save-advice-backup"));
            sentences.push(texts.get("save-unchanged"));
        }
        FileError::Write { path, existed, .. } => {
            sentences.push(texts.get_with(
                "save-failed",
                &[("file", file_name(path).into()), ("reason", reason.into())],
            ));
            sentences.push(texts.get(advice_id(problem)));
            if *existed {
                sentences.push(texts.get("save-unchanged"));
            }
        }
        FileError::Read { .. } | FileError::TooLarge { .. } | FileError::Format { .. } => {
            sentences.push(error.to_string());
        }
    }
    sentences.push(texts.get("save-still-open"));
    sentences.join(" ")
}

/// The short reason for a kind of problem; `None` where only the system's words will do.
fn reason_id(problem: WriteProblem) -> Option<&'static str> {
    Some(match problem {
        WriteProblem::MissingFolder => "save-reason-missing-folder",
        WriteProblem::FolderTakesNoFiles => "save-reason-folder-takes-no-files",
        WriteProblem::ReadOnly => "save-reason-read-only",
        WriteProblem::NotAllowed => "save-reason-not-allowed",
        WriteProblem::DiskFull => "save-reason-disk-full",
        WriteProblem::InUse => "save-reason-in-use",
        WriteProblem::Other => return None,
    })
}

/// What to do about a kind of problem.
fn advice_id(problem: WriteProblem) -> &'static str {
    match problem {
        WriteProblem::MissingFolder => "save-advice-missing-folder",
        WriteProblem::FolderTakesNoFiles => "save-advice-folder-takes-no-files",
        WriteProblem::ReadOnly => "save-advice-read-only",
        WriteProblem::NotAllowed => "save-advice-not-allowed",
        WriteProblem::DiskFull => "save-advice-disk-full",
        WriteProblem::InUse => "save-advice-in-use",
        WriteProblem::Other => "save-advice-other",
    }
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
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
