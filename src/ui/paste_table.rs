//! Telling a block copied from a spreadsheet from a list of lines. A spreadsheet puts the block
//! on the clipboard twice: as tab-separated text and as an HTML table. A block of two or more
//! columns goes to the paste preview; a single column, or text from anywhere else, stays one
//! card per line, as before.

use crate::import::table::{self, Table};

/// The table in a paste of `text` (with the clipboard's `html`, if any), when it is a
/// spreadsheet block of two or more columns. The HTML is read first: it keeps a cell's line
/// breaks and spans that the text flattens.
pub fn spreadsheet_block(text: &str, html: Option<&str>) -> Option<Table> {
    let from_html = html
        .filter(|html| super::clipboard_source::has_table(html))
        .and_then(table::read_html)
        .filter(|table| table.width() >= 2 && !table.is_blank());
    if from_html.is_some() {
        return from_html;
    }
    if !text.contains('\t') {
        return None;
    }
    let table = table::read_text(text);
    (table.width() >= 2 && !table.is_blank()).then_some(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_without_tabs_are_no_table() {
        assert_eq!(spreadsheet_block("Poster\nFlyer", None), None);
    }

    #[test]
    fn tab_separated_text_is_a_table() {
        let table = spreadsheet_block("\tAwareness\nActions\tSees a poster", None).unwrap();
        assert_eq!(table.width(), 2);
    }

    #[test]
    fn the_html_table_wins_over_the_text() {
        let html = "<table><tr><td>Stage</td><td>Title</td></tr>\
                    <tr><td>Awareness</td><td>Poster<br>Flyer</td></tr></table>";
        let table =
            spreadsheet_block("Stage\tTitle\nAwareness\t\"Poster\nFlyer\"", Some(html)).unwrap();
        assert_eq!(table.cell(1, 1), "Poster\nFlyer");
    }

    #[test]
    fn a_single_column_from_a_spreadsheet_stays_lines() {
        let html = "<table><tr><td>Poster</td></tr><tr><td>Flyer</td></tr></table>";
        assert_eq!(spreadsheet_block("Poster\nFlyer", Some(html)), None);
    }
}
