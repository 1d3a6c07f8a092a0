//! Files: CSV/TSV/text by their encoding and separator, workbooks (`.xlsx`, `.ods`, and Excel's
//! older `.xls`/`.xlsb`) through `calamine`. A workbook gives every sheet that holds anything;
//! formulas give the value the spreadsheet last computed and are never run.
//!
//! Excel's sheets are read cell by cell and laid out only within the limits, so a hostile file
//! that claims a cell at row 1,048,576 of column XFD cannot make us allocate the space between.

use std::io::Cursor;

use calamine::{Data, DataRef, Ods, Reader, Xls, Xlsb, Xlsx};

use super::limits::{MAX_BYTES, MAX_CELLS, MAX_COLUMNS, MAX_ROWS};
use super::message::{Note, TableError};
use super::{Sheet, Table, decode, read_delimited};

/// The sheets of a file, by the extension of `file_name`: `.csv`, `.tsv` and `.txt` are text
/// (see [`decode`] and [`read_delimited`]); `.xlsx`, `.xlsm`, `.xls`, `.xlsb` and `.ods` are
/// workbooks.
///
/// # Errors
/// A file over [`MAX_BYTES`] or another limit, one that is not a table, a workbook that cannot
/// be opened, or one with no cell that holds anything.
pub fn read_file(bytes: &[u8], file_name: &str) -> Result<Vec<Sheet>, TableError> {
    if bytes.len() > MAX_BYTES {
        return Err(TableError::TooLarge { bytes: bytes.len() });
    }
    let extension = std::path::Path::new(file_name)
        .extension()
        .map(|ext| ext.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "csv" | "tsv" | "txt" | "tab" => {
            let decoded = decode(bytes)?;
            let table = read_delimited(&decoded.text)?;
            Ok(vec![Sheet {
                name: file_name.to_owned(),
                table,
                notes: decoded.notes,
            }])
        }
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => read_spreadsheet(bytes, &extension),
        _ => Err(TableError::NotATable { extension }),
    }
}

/// The sheets of a workbook in the format `extension` names.
///
/// # Errors
/// As [`read_file`].
pub fn read_spreadsheet(bytes: &[u8], extension: &str) -> Result<Vec<Sheet>, TableError> {
    let cursor = Cursor::new(bytes);
    let sheets = match extension {
        "xlsx" | "xlsm" => read_xlsx(Xlsx::new(cursor).map_err(workbook)?)?,
        "ods" => read_ranges(Ods::new(cursor).map_err(workbook)?)?,
        "xls" => read_ranges(Xls::new(cursor).map_err(workbook)?)?,
        "xlsb" => read_ranges(Xlsb::new(cursor).map_err(workbook)?)?,
        other => {
            return Err(TableError::NotATable {
                extension: other.to_owned(),
            });
        }
    };
    let (full, empty): (Vec<_>, Vec<_>) = sheets
        .into_iter()
        .partition(|sheet| !sheet.table.is_blank());
    let mut full = full;
    if full.is_empty() {
        return Err(TableError::Empty);
    }
    if !empty.is_empty()
        && let Some(first) = full.first_mut()
    {
        first.notes.push(Note::EmptySheets {
            names: empty.into_iter().map(|sheet| sheet.name).collect(),
        });
    }
    Ok(full)
}

fn workbook(error: impl std::fmt::Display) -> TableError {
    TableError::Workbook {
        detail: error.to_string(),
    }
}

/// A sheet being filled cell by cell, within the limits.
struct Grid {
    rows: Vec<Vec<String>>,
    formulas: usize,
    errors: usize,
}

impl Grid {
    fn new() -> Self {
        Self {
            rows: Vec::new(),
            formulas: 0,
            errors: 0,
        }
    }

    fn put(&mut self, row: usize, column: usize, text: String) -> Result<(), TableError> {
        if text.is_empty() {
            return Ok(());
        }
        if row >= MAX_ROWS {
            return Err(TableError::TooManyRows);
        }
        if column >= MAX_COLUMNS {
            return Err(TableError::TooManyColumns {
                row: row + 1,
                columns: column + 1,
            });
        }
        if self.rows.len() <= row {
            self.rows.resize(row + 1, Vec::new());
        }
        if let Some(cells) = self.rows.get_mut(row) {
            if cells.len() <= column {
                cells.resize(column + 1, String::new());
            }
            if let Some(cell) = cells.get_mut(column) {
                *cell = text;
            }
        }
        Ok(())
    }

    fn into_sheet(self, name: String, merged: usize) -> Sheet {
        let mut notes = Vec::new();
        if self.formulas > 0 {
            notes.push(Note::Formulas {
                count: self.formulas,
            });
        }
        if self.errors > 0 {
            notes.push(Note::CellErrors { count: self.errors });
        }
        if merged > 0 {
            notes.push(Note::Merged { count: merged });
        }
        let mut table = Table::new(self.rows);
        table.trim();
        Sheet { name, table, notes }
    }
}

fn read_xlsx(mut workbook: Xlsx<Cursor<&[u8]>>) -> Result<Vec<Sheet>, TableError> {
    let mut sheets = Vec::new();
    for name in workbook.sheet_names() {
        // Merged areas only add a note: their text already stands in their first cell.
        let merged = workbook
            .merge_cells_by_sheet_name(&name)
            .map_or(0, |areas| areas.len());
        let mut grid = Grid::new();
        let mut reader = workbook
            .worksheet_cells_reader(&name)
            .map_err(self::workbook)?;
        while let Some(cell) = reader.next_cell_with_formula().map_err(self::workbook)? {
            if cell.formula.is_some() {
                grid.formulas += 1;
            }
            let (text, error) = data_ref_text(&cell.value);
            grid.errors += usize::from(error);
            grid.put(cell.pos.0 as usize, cell.pos.1 as usize, text)?;
        }
        drop(reader);
        sheets.push(grid.into_sheet(name, merged));
    }
    Ok(sheets)
}

/// The sheets of a workbook whose reader lays a sheet out whole (`.ods`, `.xls`, `.xlsb`).
fn read_ranges<RS, R>(mut workbook: R) -> Result<Vec<Sheet>, TableError>
where
    RS: std::io::Read + std::io::Seek,
    R: Reader<RS>,
    R::Error: std::fmt::Display,
{
    let mut sheets = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook.worksheet_range(&name).map_err(self::workbook)?;
        let (height, width) = range.get_size();
        if height.saturating_mul(width) > MAX_CELLS || height > MAX_ROWS {
            return Err(TableError::TooManyRows);
        }
        let formulas = workbook.worksheet_formula(&name).map_or(0, |formulas| {
            formulas
                .used_cells()
                .filter(|(_, _, f)| !f.is_empty())
                .count()
        });
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut grid = Grid::new();
        grid.formulas = formulas;
        for (row, column, value) in range.used_cells() {
            let (text, error) = data_text(value);
            grid.errors += usize::from(error);
            grid.put(row + top as usize, column + left as usize, text)?;
        }
        sheets.push(grid.into_sheet(name, 0));
    }
    Ok(sheets)
}

/// A cell's value as text, and whether it was an error value.
fn data_ref_text(value: &DataRef<'_>) -> (String, bool) {
    match value {
        DataRef::SharedString(text) => ((*text).to_owned(), false),
        DataRef::String(text) | DataRef::DateTimeIso(text) | DataRef::DurationIso(text) => {
            (text.clone(), false)
        }
        DataRef::Float(value) => (float_text(*value), false),
        DataRef::Int(value) => (value.to_string(), false),
        DataRef::Bool(value) => (value.to_string(), false),
        DataRef::DateTime(value) => (value.to_string(), false),
        DataRef::Error(error) => (error.to_string(), true),
        DataRef::Empty => (String::new(), false),
    }
}

/// A cell's value as text, and whether it was an error value.
fn data_text(value: &Data) -> (String, bool) {
    match value {
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => {
            (text.clone(), false)
        }
        Data::Float(value) => (float_text(*value), false),
        Data::Int(value) => (value.to_string(), false),
        Data::Bool(value) => (value.to_string(), false),
        Data::DateTime(value) => (value.to_string(), false),
        Data::Error(error) => (error.to_string(), true),
        Data::Empty => (String::new(), false),
    }
}

/// A number as a spreadsheet shows it by default: whole numbers without a decimal point.
fn float_text(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        value.to_string()
    }
}
