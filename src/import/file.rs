//! A file into a new map, by its extension: the one entry the command line and File ▸ Import
//! share.

use std::path::Path;

use thiserror::Error;

use super::table::{self, Field, Note, Shape, TableError, Unplaced};
use crate::model::{Lang, Map, MapKind};

/// How to import a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportOptions {
    /// The kind of map to make (its template gives the lanes).
    pub kind: MapKind,
    /// The map's language (the names of its template lanes, and of the messages).
    pub lang: Lang,
    /// Grid or list; `None` guesses from the table.
    pub shape: Option<Shape>,
}

/// A file made into a map.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The new map, titled after the file.
    pub map: Map,
    /// What the file holds that could not be placed.
    pub unplaced: Vec<Unplaced>,
    /// What the reader did that the user should know (encoding, formulas, other sheets).
    pub notes: Vec<Note>,
    /// The sheets of a workbook that were not imported (only the first one is).
    pub other_sheets: Vec<String>,
}

/// Why a file could not be imported.
#[derive(Debug, Error)]
pub enum ImportError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file's table could not be read or made into a map.
    #[error("{0}")]
    Table(#[from] TableError),
}

impl ImportError {
    /// What went wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Read { path, source } => crate::i18n::texts(lang).get_with(
                "import-cannot-read",
                &[
                    ("path", fluent_bundle::FluentValue::from(path.as_str())),
                    (
                        "reason",
                        fluent_bundle::FluentValue::from(source.to_string()),
                    ),
                ],
            ),
            Self::Table(error) => error.message(lang),
        }
    }
}

/// Imports the file at `path` (see [`import_bytes`]).
///
/// # Errors
/// The file cannot be read, or [`import_bytes`] refuses it.
pub fn import_file(path: &Path, options: ImportOptions) -> Result<Imported, ImportError> {
    let bytes = std::fs::read(path).map_err(|source| ImportError::Read {
        path: path.display().to_string(),
        source,
    })?;
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    import_bytes(&bytes, &name, options)
}

/// A new map from the bytes of a file named `file_name`, by its extension: a table (`.csv`,
/// `.tsv`, `.txt`, `.xlsx`, `.ods` …; the first sheet that holds anything) in the layout
/// [`table::guess`] finds, with the shape of `options` if it names one.
///
/// # Errors
/// A file that is no table, over a limit, empty, or that makes no valid map.
pub fn import_bytes(
    bytes: &[u8],
    file_name: &str,
    options: ImportOptions,
) -> Result<Imported, ImportError> {
    let extension = Path::new(file_name)
        .extension()
        .map(|ext| ext.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    // ── Mermaid (`.mmd`, `.md`) is read by `super::mermaid`, once that reader exists. ──
    if matches!(extension.as_str(), "mmd" | "md" | "mermaid") {
        return Err(TableError::NotATable { extension }.into());
    }
    let mut sheets = table::read_file(bytes, file_name)?.into_iter();
    let Some(sheet) = sheets.next() else {
        return Err(TableError::Empty.into());
    };
    let other_sheets = sheets.map(|sheet| sheet.name).collect();
    let mut layout = table::guess(&sheet.table);
    match options.shape {
        Some(Shape::Grid) => layout.shape = Shape::Grid,
        Some(Shape::List) if layout.shape == Shape::Grid => {
            layout.shape = Shape::List;
            layout.has_header = false;
            layout.fields = (0..sheet.table.width())
                .map(|c| if c == 0 { Field::Title } else { Field::Notes })
                .collect();
        }
        _ => {}
    }
    let (mut map, unplaced) = table::new_map(&sheet.table, &layout, options.kind, options.lang)?;
    map.title = Path::new(file_name)
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Imported {
        map,
        unplaced,
        notes: sheet.notes,
        other_sheets,
    })
}
