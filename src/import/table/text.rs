//! Delimited text: a block copied from a spreadsheet (tab-separated) and CSV/TSV files.
//!
//! Spreadsheets quote a cell that holds a line break, a separator or a quote (`"two\nlines"`,
//! quotes doubled inside), so a card of several lines stays one cell; the `csv` crate reads
//! that, and reads leniently what is not quite valid (a stray quote stays text).

use csv::ReaderBuilder;

use super::Table;
use super::limits::{MAX_BYTES, MAX_COLUMNS, MAX_ROWS};
use super::message::TableError;

/// The table in a block of text copied from Excel, `LibreOffice` Calc or Google Sheets: cells
/// separated by tabs, rows by line breaks. Text without tabs is a table of one column. A block
/// over the [limits](super::MAX_BYTES) is cut at them; [`read_delimited`] says so instead.
pub fn read_text(text: &str) -> Table {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut table = parse(text, b'\t', Bound::Cut).unwrap_or_default();
    table.trim();
    table
}

/// The table in the text of a CSV, TSV or tab-separated `.txt` file: the separator is the one
/// the file's first lines use consistently (tab, `;` or `,`), or the one an Excel `sep=;` first
/// line names.
///
/// # Errors
/// A text over [`MAX_BYTES`], with more than [`MAX_ROWS`] rows or a row of more than
/// [`MAX_COLUMNS`] cells; [`TableError::Empty`] when no cell holds anything.
pub fn read_delimited(text: &str) -> Result<Table, TableError> {
    if text.len() > MAX_BYTES {
        return Err(TableError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (separator, text) = match sep_line(text) {
        Some((separator, rest)) => (separator, rest),
        None => (sniff(text), text),
    };
    let mut table = parse(text, separator, Bound::Refuse)?;
    table.trim();
    if table.is_blank() {
        return Err(TableError::Empty);
    }
    Ok(table)
}

/// What to do at a limit: a paste is cut (the preview shows what came), a file refused.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bound {
    Cut,
    Refuse,
}

fn parse(text: &str, separator: u8, bound: Bound) -> Result<Table, TableError> {
    let text = if bound == Bound::Cut && text.len() > MAX_BYTES {
        let mut end = MAX_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.get(..end).unwrap_or_default()
    } else {
        text
    };
    let mut reader = ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut record = csv::ByteRecord::new();
    // The reader only fails on I/O (none here) or UTF-8 (bytes are read; the text is UTF-8).
    while let Ok(true) = reader.read_byte_record(&mut record) {
        if rows.len() == MAX_ROWS {
            match bound {
                Bound::Cut => break,
                Bound::Refuse => return Err(TableError::TooManyRows),
            }
        }
        let mut width = record.len();
        if width > MAX_COLUMNS {
            // Empty cells at the end (a row padded with separators) do not count.
            width = record
                .iter()
                .rposition(|cell| !cell.iter().all(u8::is_ascii_whitespace))
                .map_or(0, |last| last + 1);
            if width > MAX_COLUMNS && bound == Bound::Refuse {
                return Err(TableError::TooManyColumns {
                    row: rows.len() + 1,
                    columns: width,
                });
            }
            width = width.min(MAX_COLUMNS);
        }
        rows.push(
            record
                .iter()
                .take(width)
                .map(|cell| String::from_utf8_lossy(cell).into_owned())
                .collect(),
        );
    }
    Ok(Table::new(rows))
}

/// Excel's `sep=;` first line, which names the separator: the separator and the text after the
/// line.
fn sep_line(text: &str) -> Option<(u8, &str)> {
    let rest = text.strip_prefix("sep=")?;
    let separator = *rest.as_bytes().first()?;
    let after = rest.get(1..)?;
    let after = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix('\n'))?;
    separator.is_ascii().then_some((separator, after))
}

/// The separator the first lines of `text` use: of tab, `;` and `,`, the one found in the most
/// lines the same number of times (ignoring quoted text), tab before `;` before `,` when even.
fn sniff(text: &str) -> u8 {
    const CANDIDATES: [u8; 3] = [b'\t', b';', b','];
    let lines = logical_lines(text, 20);
    let mut best = (b',', 0_usize);
    for separator in CANDIDATES {
        let counts: Vec<usize> = lines
            .iter()
            .map(|line| line.bytes().filter(|&b| b == separator).count())
            .collect();
        let Some(&first) = counts.first() else {
            continue;
        };
        if first == 0 {
            continue;
        }
        let agreeing = counts.iter().filter(|&&count| count == first).count();
        // A line in agreement weighs more than any number of separators in one line.
        let score = agreeing * 1_000 + first.min(999);
        if score > best.1 {
            best = (separator, score);
        }
    }
    best.0
}

/// Up to `most` lines of `text` with quoted parts left out, so a separator inside a quoted
/// cell (or a line break in one) does not count.
fn logical_lines(text: &str, most: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut quoted = false;
    for c in text.chars().take(64 * 1024) {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => {
                if !line.trim().is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                line.clear();
                if lines.len() == most {
                    return lines;
                }
            }
            _ if !quoted => line.push(c),
            _ => {}
        }
    }
    if !line.trim().is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(table: &Table) -> Vec<Vec<&str>> {
        table
            .rows
            .iter()
            .map(|row| row.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn a_copied_block_keeps_a_cell_of_several_lines_whole() {
        let table =
            read_text("\tAwareness\tPurchase\r\nActions\t\"Sees ad\nAsks friend\"\tPays\r\n");
        assert_eq!(
            rows(&table),
            vec![
                vec!["", "Awareness", "Purchase"],
                vec!["Actions", "Sees ad\nAsks friend", "Pays"],
            ]
        );
    }

    #[test]
    fn a_quote_inside_a_copied_cell_stays() {
        let table = read_text("\"He said \"\"no\"\"\"\tok\n");
        assert_eq!(rows(&table), vec![vec!["He said \"no\"", "ok"]]);
    }

    #[test]
    fn the_separator_is_sniffed() {
        let semicolon = read_delimited("Phase;Titel;Notizen\nKauf;Kasse, schnell;x\n").unwrap();
        assert_eq!(rows(&semicolon)[1], vec!["Kauf", "Kasse, schnell", "x"]);
        let comma = read_delimited("Stage,Title\n\"A; B\",\"x\ny\"\nC,D\n").unwrap();
        assert_eq!(rows(&comma)[1], vec!["A; B", "x\ny"]);
        let tab = read_delimited("Stage\tTitle, long\nA\tB, c\n").unwrap();
        assert_eq!(rows(&tab)[1], vec!["A", "B, c"]);
    }

    #[test]
    fn an_excel_sep_line_names_the_separator() {
        let table = read_delimited("sep=;\r\nA;B,C\r\n").unwrap();
        assert_eq!(rows(&table), vec![vec!["A", "B,C"]]);
    }

    #[test]
    fn too_many_columns_are_refused_with_the_row() {
        let wide = vec!["x"; MAX_COLUMNS + 1].join(",");
        assert_eq!(
            read_delimited(&format!("a,b\n{wide}\n")),
            Err(TableError::TooManyColumns {
                row: 2,
                columns: MAX_COLUMNS + 1
            })
        );
    }

    #[test]
    fn a_blank_file_is_empty() {
        assert_eq!(read_delimited(" ;;\n;\n"), Err(TableError::Empty));
    }
}
