//! The HTML table Excel, `LibreOffice` Calc and Google Sheets put on the clipboard beside the
//! tab-separated text. It keeps what the text loses: merged cells (`rowspan`/`colspan`) stay
//! in their place, and line breaks inside a cell (`<br>`) are certain.
//!
//! Written by hand rather than with an HTML parser crate (`html5ever`/`scraper` bring some
//! twenty crates): only the first `<table>`'s rows and cells are needed, and this reader is a
//! single pass over the text that cannot fail. Entities are decoded by `html-escape`.

use super::Table;
use super::limits::{MAX_COLUMNS, MAX_ROWS, MAX_SPAN};

/// The first table in the clipboard's `text/html`, or `None` when it holds no table with a
/// cell. A merged cell's text stands in its top-left cell, the cells it covers are empty;
/// `<br>` and the end of a paragraph are line breaks; other white space is one space, as a
/// browser shows it.
pub fn read_html(html: &str) -> Option<Table> {
    let mut reader = Reader::default();
    let mut rest = html;
    while !reader.done {
        let Some(open) = rest.find('<') else {
            reader.text(rest);
            break;
        };
        let (text, after) = rest.split_at(open);
        reader.text(text);
        rest = after;
        if let Some(after_comment) = rest.strip_prefix("<!--") {
            rest = after_comment
                .find("-->")
                .and_then(|end| after_comment.get(end + 3..))
                .unwrap_or_default();
            continue;
        }
        let end = tag_end(rest);
        let tag = rest.get(1..end).unwrap_or_default();
        rest = rest.get(end + 1..).unwrap_or_default();
        let name = tag_name(tag);
        if matches!(name.as_str(), "style" | "script" | "title" | "head") {
            // Their content is no cell text; skip to the closing tag.
            let close = format!("</{name}");
            rest = find_ascii_case_insensitive(rest, &close)
                .and_then(|at| rest.get(at..))
                .unwrap_or_default();
            continue;
        }
        reader.tag(&name, tag);
    }
    reader.finish()
}

/// Where the tag starting at `text[0] == '<'` ends (its `>`), quoted attribute values skipped;
/// the text's end if it never does.
fn tag_end(text: &str) -> usize {
    let mut quote = None;
    for (at, c) in text.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return at,
            _ => {}
        }
    }
    text.len()
}

/// The tag's name, lower case, with a leading `/` for a closing tag (`<br/>` is `br`).
fn tag_name(tag: &str) -> String {
    let tag = tag.trim_start();
    let (slash, rest) = match tag.strip_prefix('/') {
        Some(rest) => ("/", rest),
        None => ("", tag),
    };
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ':')
        .collect();
    format!("{slash}{}", name.to_ascii_lowercase())
}

fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
}

/// The value of attribute `name` in a tag's text, as a span count within [`MAX_SPAN`].
fn span(tag: &str, name: &str) -> usize {
    let lower = tag.to_ascii_lowercase();
    let Some(at) = lower.find(name) else {
        return 1;
    };
    let value = lower
        .get(at + name.len()..)
        .unwrap_or_default()
        .trim_start()
        .strip_prefix('=')
        .unwrap_or_default()
        .trim_start()
        .trim_start_matches(['"', '\'']);
    let digits: String = value
        .chars()
        .take_while(char::is_ascii_digit)
        .take(6)
        .collect();
    digits.parse().unwrap_or(1).clamp(1, MAX_SPAN)
}

#[derive(Default)]
struct Reader {
    /// Depth of tables entered; cells are read only in the first (depth 1) and tables inside
    /// it add their text to the cell.
    depth: usize,
    seen_table: bool,
    done: bool,
    rows: Vec<Vec<Option<String>>>,
    /// The row being read, and how many rows (`<tr>`) were begun.
    row: usize,
    row_count: usize,
    /// The cell being read: its row, column and how far it spans.
    cell: Option<(usize, usize, usize, usize)>,
    text: String,
    /// Whether the last character of the cell's text is white space (collapsed).
    space: bool,
}

impl Reader {
    fn text(&mut self, raw: &str) {
        if self.cell.is_none() || raw.is_empty() {
            return;
        }
        let decoded = html_escape::decode_html_entities(raw);
        for c in decoded.chars() {
            if c.is_whitespace() && c != '\u{a0}' {
                self.space = true;
            } else {
                if self.space && !self.text.is_empty() && !self.text.ends_with('\n') {
                    self.text.push(' ');
                }
                self.space = false;
                self.text.push(if c == '\u{a0}' { ' ' } else { c });
            }
        }
    }

    fn line_break(&mut self) {
        if self.cell.is_some() {
            self.text.push('\n');
            self.space = false;
        }
    }

    fn tag(&mut self, name: &str, tag: &str) {
        match name {
            "table" => {
                if self.seen_table && self.depth == 0 {
                    self.done = true;
                }
                self.seen_table = true;
                self.depth += 1;
            }
            "/table" => {
                self.depth = self.depth.saturating_sub(1);
                if self.depth == 0 {
                    self.end_cell();
                    self.done = true;
                }
            }
            _ if self.depth != 1 => {
                if matches!(name, "br" | "/p" | "/div" | "/tr") {
                    self.line_break();
                }
            }
            "tr" => {
                self.end_cell();
                if self.row_count < MAX_ROWS {
                    self.row = self.row_count;
                    self.row_count += 1;
                    while self.rows.len() < self.row_count {
                        self.rows.push(Vec::new());
                    }
                } else {
                    self.done = true;
                }
            }
            "td" | "th" => {
                self.end_cell();
                if self.row_count == 0 {
                    self.row_count = 1;
                    self.rows.push(Vec::new());
                }
                let row = self.row;
                // Skip the places covered by cells spanning down from rows above.
                let column = first_free(self.rows.get(row).map_or(&[][..], Vec::as_slice), 0);
                self.cell = Some((row, column, span(tag, "rowspan"), span(tag, "colspan")));
                self.text.clear();
                self.space = false;
            }
            "/td" | "/th" | "/tr" => self.end_cell(),
            "br" | "/p" | "/div" | "/li" => self.line_break(),
            _ => {}
        }
    }

    fn end_cell(&mut self) {
        let Some((row, column, rows, columns)) = self.cell.take() else {
            return;
        };
        let text = self
            .text
            .trim_end_matches(['\n', ' '])
            .trim_start()
            .to_owned();
        self.text.clear();
        for r in row..(row + rows).min(MAX_ROWS) {
            while self.rows.len() <= r {
                self.rows.push(Vec::new());
            }
            let Some(cells) = self.rows.get_mut(r) else {
                continue;
            };
            let last = (column + columns).min(MAX_COLUMNS);
            if cells.len() < last {
                cells.resize(last, None);
            }
            for (c, place) in cells.iter_mut().enumerate().take(last).skip(column) {
                *place = Some(if r == row && c == column {
                    text.clone()
                } else {
                    String::new()
                });
            }
        }
    }

    fn finish(mut self) -> Option<Table> {
        self.end_cell();
        let rows: Vec<Vec<String>> = self
            .rows
            .into_iter()
            .map(|row| row.into_iter().map(Option::unwrap_or_default).collect())
            .collect();
        let mut table = Table::new(rows);
        table.trim();
        (!table.rows.is_empty()).then_some(table)
    }
}

/// The first place from `from` in a row not yet filled by a cell spanning down into it.
fn first_free(row: &[Option<String>], from: usize) -> usize {
    (from..=from.max(row.len()))
        .find(|&c| row.get(c).is_none_or(Option::is_none))
        .unwrap_or(row.len())
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
    fn an_excel_fragment_with_line_breaks_and_entities_reads() {
        let html = "<html><head><style>td {color: red}</style></head><body><!--StartFragment-->\
            <table border=0><tr><td></td><td class=xl65>Kauf &amp; Zahlung</td></tr>\
            <tr><td>Aktionen</td><td>Sieht&nbsp;Werbung<br style='mso-data-placement:same-cell'>\
            Fragt   Freundin &#228;</td></tr></table><!--EndFragment--></body></html>";
        let table = read_html(html).unwrap();
        assert_eq!(
            rows(&table),
            vec![
                vec!["", "Kauf & Zahlung"],
                vec!["Aktionen", "Sieht Werbung\nFragt Freundin ä"]
            ]
        );
    }

    #[test]
    fn merged_cells_keep_their_place() {
        let html = "<table><tr><td rowspan=2>A</td><td colspan=\"2\">B</td></tr>\
            <tr><td>C</td><td>D</td></tr></table>";
        let table = read_html(html).unwrap();
        assert_eq!(rows(&table), vec![vec!["A", "B"], vec!["", "C", "D"]]);
    }

    #[test]
    fn only_the_first_table_is_read_and_none_without_one() {
        let html = "<table><tr><th>x</th></tr></table><table><tr><td>y</td></tr></table>";
        assert_eq!(rows(&read_html(html).unwrap()), vec![vec!["x"]]);
        assert_eq!(read_html("<p>no table</p>"), None);
        assert_eq!(read_html("<table><tr><td"), None);
    }

    #[test]
    fn a_huge_span_is_bounded() {
        let table =
            read_html("<table><tr><td colspan=99999999 rowspan=99999>x</td></tr></table>").unwrap();
        assert!(table.width() <= MAX_SPAN);
        assert_eq!(table.rows.len(), 1);
    }
}
