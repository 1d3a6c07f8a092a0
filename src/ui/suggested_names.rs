//! The file names the editor suggests when it asks where to save or export. Every export
//! suggests a name that says what it is, beside the map (`journey.png`, `journey-slides-1.png`,
//! `journey-matrix.png` …), so one export never takes another's name; a map that was never
//! saved is named after its title, in the user's documents folder.
//!
//! The name keeps the title as the user wrote it — spaces, umlauts, dashes — rather than a
//! slug: a facilitator looks for "Bäckerei Sonnenschein – Tag im Leben" in the file manager and
//! in an e-mail attachment, not for `backerei-sonnenschein-tag-im-leben`. Only what a file name
//! cannot hold on Windows, macOS or Linux is taken out.

use std::path::{Path, PathBuf};

use super::commands::ExportKind;

/// Longest suggested name, in characters, before the extension: file systems allow 255 bytes,
/// and Windows paths get long quickly in a documents folder.
const MAX_NAME_CHARS: usize = 80;

/// The name of a map called `title` without its extension, or `None` when nothing of the title
/// can be used (empty, or only characters a file name cannot hold).
pub fn name_from_title(title: &str) -> Option<String> {
    // Characters Windows forbids in names (macOS and Linux forbid a subset), and controls.
    let forbidden = |c: char| matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|');
    let cleaned: String = title
        .chars()
        .map(|c| {
            if forbidden(c) || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    // One space between words, and none of the dots or spaces Windows drops from a name's end.
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let joined: String = words.join(" ").chars().take(MAX_NAME_CHARS).collect();
    let mut name = joined
        .trim_end_matches(|c: char| c == '.' || c.is_whitespace())
        .trim_start_matches('.')
        .to_owned();
    if name.is_empty() {
        return None;
    }
    // CON, PRN, NUL, COM1 … cannot be file names on Windows, with any extension.
    let device = name.split('.').next().unwrap_or_default().to_uppercase();
    let reserved = matches!(device.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((device.starts_with("COM") || device.starts_with("LPT"))
            && device.len() == 4
            && device.ends_with(|c: char| c.is_ascii_digit()));
    if reserved {
        name.push_str(" map");
    }
    Some(name)
}

/// The folder a new map is saved in: the user's documents folder, else the home folder, else
/// the current one.
pub fn documents_dir() -> PathBuf {
    directories::UserDirs::new()
        .map(|dirs| {
            dirs.document_dir()
                .unwrap_or_else(|| dirs.home_dir())
                .to_owned()
        })
        .unwrap_or_default()
}

/// Where to save a map read from `path` (if any) called `title`: its own file, or for a new
/// map a file named after the title in `documents`. `untitled` names a map without a title.
pub fn save_as(path: Option<&Path>, title: &str, documents: &Path, untitled: &str) -> PathBuf {
    match path {
        Some(path) => path.to_owned(),
        None => documents.join(format!("{}.ron", stem(None, title, untitled))),
    }
}

/// Where to export a map read from `path` (if any) called `title` as `kind`: beside the map,
/// named after it and after what the export holds. A map never saved exports into `documents`.
pub fn export(
    kind: ExportKind,
    path: Option<&Path>,
    title: &str,
    documents: &Path,
    untitled: &str,
) -> PathBuf {
    let folder = path
        .and_then(Path::parent)
        .map_or_else(|| documents.to_owned(), Path::to_owned);
    let what = match kind {
        // The first of a series: the others count on from it (`export::job::numbered`).
        ExportKind::Slides => "-slides-1",
        ExportKind::Matrix => "-matrix",
        ExportKind::Picture
        | ExportKind::Deck
        | ExportKind::Svg
        | ExportKind::Pdf
        | ExportKind::Table
        | ExportKind::Mermaid => "",
    };
    let name = format!("{}{what}.{}", stem(path, title, untitled), kind.extension());
    folder.join(name)
}

/// The map file's name without extension, else the title's, else `untitled`'s.
fn stem(path: Option<&Path>, title: &str, untitled: &str) -> String {
    path.and_then(Path::file_stem)
        .map(|stem| stem.to_string_lossy().into_owned())
        .or_else(|| name_from_title(title))
        .or_else(|| name_from_title(untitled))
        .unwrap_or_else(|| "journey".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_keeps_its_words_and_loses_what_file_names_cannot_hold() {
        assert_eq!(
            name_from_title("Bäckerei Sonnenschein – Tag im Leben").as_deref(),
            Some("Bäckerei Sonnenschein – Tag im Leben")
        );
        assert_eq!(
            name_from_title("  Kunde: Anfrage/Angebot? \"neu\"  ").as_deref(),
            Some("Kunde Anfrage Angebot neu")
        );
        assert_eq!(name_from_title("Ende...").as_deref(), Some("Ende"));
        assert_eq!(name_from_title("..\\..").as_deref(), None);
        assert_eq!(name_from_title(" \t ").as_deref(), None);
        assert_eq!(name_from_title("con").as_deref(), Some("con map"));
        assert_eq!(name_from_title("COM1").as_deref(), Some("COM1 map"));
        assert_eq!(name_from_title("Computer").as_deref(), Some("Computer"));
        let long = "ä".repeat(300);
        assert_eq!(
            name_from_title(&long).map(|name| name.chars().count()),
            Some(MAX_NAME_CHARS)
        );
    }

    #[test]
    fn every_export_has_a_name_of_its_own_beside_the_map() {
        let map = Path::new("/maps/cafe.ron");
        let docs = Path::new("/docs");
        let names: Vec<PathBuf> = ExportKind::ALL
            .iter()
            .map(|kind| export(*kind, Some(map), "Café", docs, "Journey"))
            .collect();
        let expected = [
            "/maps/cafe.png",
            "/maps/cafe-slides-1.png",
            "/maps/cafe.pptx",
            "/maps/cafe.svg",
            "/maps/cafe.pdf",
            "/maps/cafe-matrix.png",
            "/maps/cafe.csv",
            "/maps/cafe.mmd",
        ];
        assert_eq!(names, expected.map(PathBuf::from));
    }

    #[test]
    fn a_new_map_is_named_after_its_title_in_the_documents_folder() {
        let docs = Path::new("/docs");
        assert_eq!(
            save_as(None, "Café: Tag im Leben", docs, "Journey"),
            PathBuf::from("/docs/Café Tag im Leben.ron")
        );
        assert_eq!(
            save_as(None, "", docs, "Journey"),
            PathBuf::from("/docs/Journey.ron")
        );
        assert_eq!(
            export(ExportKind::Slides, None, "Café", docs, "Journey"),
            PathBuf::from("/docs/Café-slides-1.png")
        );
        let own = Path::new("/maps/cafe.ron");
        assert_eq!(save_as(Some(own), "Café", docs, "Journey"), own);
    }
}
