//! Why a table cannot be read at all, and what the reader wants the user to know about one it
//! did read, in the user's language.

use fluent_bundle::FluentValue;
use thiserror::Error;

use super::limits::{MAX_BYTES, MAX_COLUMNS, MAX_ROWS};
use crate::i18n;
use crate::model::Lang;

/// Why a table is refused as a whole; the open map is never touched.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum TableError {
    /// More than [`MAX_BYTES`].
    #[error("the table has {bytes} bytes, more than {MAX_BYTES}")]
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// More than [`MAX_ROWS`] rows.
    #[error("the table has more than {MAX_ROWS} rows")]
    TooManyRows,
    /// A row with more than [`MAX_COLUMNS`] cells.
    #[error("row {row} has {columns} columns, more than {MAX_COLUMNS}")]
    TooManyColumns {
        /// The row, from 1.
        row: usize,
        /// Its cells.
        columns: usize,
    },
    /// Nothing in it: no cell holds text (or a workbook with no sheet that does).
    #[error("the table is empty")]
    Empty,
    /// The bytes are not text in any encoding a spreadsheet writes (a picture or a program
    /// renamed, say).
    #[error("the file is not text: byte {offset} is a control character no table holds")]
    NotText {
        /// Where the first such byte is, from 0.
        offset: usize,
    },
    /// A workbook the spreadsheet reader could not open.
    #[error("the workbook cannot be read: {detail}")]
    Workbook {
        /// What the reader said, in English.
        detail: String,
    },
    /// The table was read but the map it makes would not be valid (a limit of the map).
    #[error("the table cannot become a map: {detail}")]
    Unusable {
        /// What the map's check said, in English.
        detail: String,
    },
    /// A file whose name says it is no table this reader knows.
    #[error(
        "a .{extension} file is not a table; journeymap reads .csv, .tsv, .txt, .xlsx and .ods"
    )]
    NotATable {
        /// The file's extension, lower case.
        extension: String,
    },
}

impl TableError {
    /// What went wrong and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let texts = i18n::texts(lang);
        match self {
            Self::TooLarge { bytes } => texts.get_with(
                "table-too-large",
                &[
                    ("megabytes", FluentValue::from(megabytes(*bytes))),
                    ("max", FluentValue::from(megabytes(MAX_BYTES))),
                ],
            ),
            Self::TooManyRows => texts.get_with(
                "table-too-many-rows",
                &[("max", FluentValue::from(MAX_ROWS))],
            ),
            Self::TooManyColumns { row, columns } => texts.get_with(
                "table-too-many-columns",
                &[
                    ("row", FluentValue::from(*row)),
                    ("columns", FluentValue::from(*columns)),
                    ("max", FluentValue::from(MAX_COLUMNS)),
                ],
            ),
            Self::Empty => texts.get("table-empty"),
            Self::NotText { offset } => {
                texts.get_with("table-not-text", &[("offset", FluentValue::from(*offset))])
            }
            Self::Workbook { detail } => texts.get_with(
                "table-workbook",
                &[("detail", FluentValue::from(detail.as_str()))],
            ),
            Self::Unusable { detail } => texts.get_with(
                "table-unusable",
                &[("detail", FluentValue::from(detail.as_str()))],
            ),
            Self::NotATable { extension } => texts.get_with(
                "table-not-a-table",
                &[("extension", FluentValue::from(extension.as_str()))],
            ),
        }
    }
}

fn megabytes(bytes: usize) -> usize {
    bytes.div_ceil(1024 * 1024)
}

/// Something the reader did with a table that the user should know before importing it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// The text was not UTF-8 and was read in this encoding (`windows-1252`, `UTF-16LE` …).
    Encoding {
        /// The encoding's name.
        name: String,
    },
    /// Parts of the text were UTF-8 and parts another encoding; each part was read in its own.
    MixedEncoding {
        /// How many bytes were not UTF-8.
        bytes: usize,
    },
    /// Bytes that no encoding could read were replaced by "�".
    Replaced {
        /// How many places.
        count: usize,
    },
    /// Cells held formulas: their last computed values were taken, no formula was run.
    Formulas {
        /// How many cells.
        count: usize,
    },
    /// Merged cells: the text stands in the first cell, the others read as empty.
    Merged {
        /// How many merged areas.
        count: usize,
    },
    /// Cells showing a spreadsheet error (`#DIV/0!`, `#REF!` …), read as that text.
    CellErrors {
        /// How many cells.
        count: usize,
    },
    /// Sheets of the workbook that hold nothing were left out.
    EmptySheets {
        /// Their names.
        names: Vec<String>,
    },
}

impl Note {
    /// The note in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let texts = i18n::texts(lang);
        let count =
            |id: &str, count: usize| texts.get_with(id, &[("count", FluentValue::from(count))]);
        match self {
            Self::Encoding { name } => texts.get_with(
                "table-note-encoding",
                &[("encoding", FluentValue::from(name.as_str()))],
            ),
            Self::MixedEncoding { bytes } => count("table-note-mixed-encoding", *bytes),
            Self::Replaced { count: n } => count("table-note-replaced", *n),
            Self::Formulas { count: n } => count("table-note-formulas", *n),
            Self::Merged { count: n } => count("table-note-merged", *n),
            Self::CellErrors { count: n } => count("table-note-cell-errors", *n),
            Self::EmptySheets { names } => texts.get_with(
                "table-note-empty-sheets",
                &[
                    ("count", FluentValue::from(names.len())),
                    ("names", FluentValue::from(names.join(", "))),
                ],
            ),
        }
    }
}
