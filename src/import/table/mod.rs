//! Tables in: CSV/TSV files, spreadsheets (`.xlsx`, `.ods`) and blocks copied from Excel,
//! `LibreOffice` Calc or Google Sheets, turned into cards.
//!
//! People draw journey maps in spreadsheets in two shapes, and both come in:
//!
//! - a **grid**: the first row names the stages, the first column the lanes, and each line of
//!   a cell is a card, the way the map itself looks;
//! - a **list**: one card per row, with columns for stage, lane, title, notes, channel,
//!   ratings … (our own CSV export is such a list).
//!
//! The steps are separate so the paste preview can show and change each of them: read the
//! bytes into a [`Table`] ([`read_text`], [`read_html`], [`read_file`]), [`guess`] its
//! [`Layout`] (which the user may correct), then [`plan`] what it adds to a map (new stages,
//! new lanes, cards, and what cannot be placed) before anything changes; [`Plan::edit`] is the
//! one undo step that applies it, [`new_map`] the map a file import opens.

mod build;
mod columns;
mod decode;
mod details;
mod headers;
mod html;
mod limits;
mod message;
mod plan;
mod sheet;
mod text;
mod unplaced;
mod values;

pub use columns::{Field, Layout, Shape, field_label, guess};
pub use decode::{Decoded, decode};
pub use html::read_html;
pub use limits::{MAX_BYTES, MAX_COLUMNS, MAX_ROWS};
pub use message::{Note, TableError};
pub use plan::{NewLane, NewStage, Place, Plan, PlannedCard, PlannedEmotion, new_map, plan};
pub use sheet::{read_file, read_spreadsheet};
pub use text::{read_delimited, read_text};
pub use unplaced::{Reason, Unplaced, column_letter};

/// A table of texts, as read from a file or the clipboard: rows of cells, ragged allowed (a row
/// may be shorter than the widest one; missing cells read as empty).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The rows, top to bottom; each row's cells left to right.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// A table of these rows.
    pub fn new(rows: Vec<Vec<String>>) -> Self {
        Self { rows }
    }

    /// The number of columns: the length of the longest row.
    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// The cell at `row`, `column` (from 0); empty outside the table.
    pub fn cell(&self, row: usize, column: usize) -> &str {
        self.rows
            .get(row)
            .and_then(|cells| cells.get(column))
            .map_or("", String::as_str)
    }

    /// Whether no cell holds anything but spaces.
    pub fn is_blank(&self) -> bool {
        self.rows
            .iter()
            .all(|row| row.iter().all(|cell| cell.trim().is_empty()))
    }

    /// Drops rows at the end that hold nothing and empty cells at the end of each row: what a
    /// copied block or an exported file leaves behind, never part of the journey.
    pub fn trim(&mut self) {
        for row in &mut self.rows {
            while row.last().is_some_and(|cell| cell.trim().is_empty()) {
                row.pop();
            }
        }
        while self.rows.last().is_some_and(Vec::is_empty) {
            self.rows.pop();
        }
    }
}

/// One sheet of a file: a CSV file has one, a workbook one per sheet that holds anything.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// The sheet's name in the workbook; the file's name for a CSV file.
    pub name: String,
    /// Its cells.
    pub table: Table,
    /// What the reader did that the user should know (the encoding it read, formulas whose last
    /// computed values were taken, merged cells), to show beside the preview.
    pub notes: Vec<Note>,
}
