//! Hostile tables: every one is refused or read with a message in the user's words and
//! language, never a panic, within a bounded time, and no map changes. The big ones are made
//! here rather than kept in the repository; the workbooks live in `tests/hostile/tables/`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use journeymap::import::table::{self, MAX_BYTES, MAX_COLUMNS, Note, Reason, Table, TableError};
use journeymap::model::{Lang, Limits, MapKind};

/// What a hostile table may cost on a debug build of a slow machine.
const BOUND: Duration = Duration::from_secs(20);

fn hostile(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/hostile/tables/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// The error's message in both languages: real sentences, not message ids.
fn assert_worded(error: &TableError) {
    for lang in Lang::ALL {
        let message = error.message(lang);
        assert!(message.len() > 20, "{lang:?}: {message}");
        assert!(!message.contains("table-"), "{lang:?}: {message}");
    }
}

fn read_timed(bytes: &[u8], name: &str) -> Result<Vec<table::Sheet>, TableError> {
    let start = Instant::now();
    let result = table::read_file(bytes, name);
    assert!(start.elapsed() < BOUND, "{name} took {:?}", start.elapsed());
    result
}

#[test]
fn ten_thousand_columns_are_refused_with_the_row() {
    let row = vec!["x"; 10_000].join(";");
    let csv = format!("Phase;Titel\n{row}\n");
    let error = read_timed(csv.as_bytes(), "wide.csv").unwrap_err();
    assert_eq!(
        error,
        TableError::TooManyColumns {
            row: 2,
            columns: 10_000
        }
    );
    assert_worded(&error);
    assert!(error.message(Lang::De).contains("Zeile 2"));
    // Pasted, the block is cut at the limit instead, for the preview to show.
    let pasted = table::read_text(&row.replace(';', "\t"));
    assert_eq!(pasted.width(), MAX_COLUMNS);
}

#[test]
fn a_20_mb_cell_is_read_and_cut_to_what_a_card_holds_with_the_cut_listed() {
    let cell = "Ü".repeat(9_000_000);
    let csv = format!("Stage,Title\nAwareness,\"{cell}\"\n");
    assert!(csv.len() > 18_000_000 && csv.len() <= MAX_BYTES);
    let start = Instant::now();
    let sheets = read_timed(csv.as_bytes(), "big.csv").unwrap();
    let table = &sheets[0].table;
    let layout = table::guess(table);
    let (map, unplaced) = table::new_map(table, &layout, MapKind::CurrentState, Lang::En).unwrap();
    assert!(start.elapsed() < BOUND);
    let max = Limits::default().text_chars;
    assert_eq!(map.cards[0].title.chars().count(), max);
    assert_eq!(unplaced.len(), 1);
    assert_eq!(unplaced[0].reason, Reason::Truncated);
    assert_eq!(unplaced[0].text.chars().count(), 9_000_000 - max);
    let message = unplaced[0].message(Lang::De);
    assert!(message.contains("abgeschnitten"), "{message}");
    assert!(
        message.len() < 400,
        "the message quotes a preview, not the text"
    );
}

#[test]
fn a_file_over_20_mb_is_refused() {
    let bytes = vec![b'a'; MAX_BYTES + 1];
    let error = read_timed(&bytes, "huge.csv").unwrap_err();
    assert!(matches!(error, TableError::TooLarge { .. }));
    assert_worded(&error);
}

#[test]
fn broken_and_mixed_encodings_are_read_with_a_note() {
    // UTF-8 cut in the middle of a character, and an overlong encoding of '/'.
    let mut broken = "Stage,Title\nKauf,Gr".as_bytes().to_vec();
    broken.extend([0xc3]);
    broken.extend(b"\nAfter,\xc0\xaf\n");
    let sheets = read_timed(&broken, "broken.csv").unwrap();
    assert!(!sheets[0].notes.is_empty(), "{:?}", sheets[0].notes);
    for note in &sheets[0].notes {
        for lang in Lang::ALL {
            assert!(!note.message(lang).contains("table-"));
        }
    }
    // UTF-8 from one program, Windows-1252 from another.
    let mut mixed = "Phase;Titel\nKauf;Grüße\n".as_bytes().to_vec();
    mixed.extend(b"Nachher;Gr\xf6\xdfe\n");
    let sheets = read_timed(&mixed, "mixed.csv").unwrap();
    assert_eq!(sheets[0].table.cell(1, 1), "Grüße");
    assert_eq!(sheets[0].table.cell(2, 1), "Größe");
    assert!(matches!(sheets[0].notes[0], Note::MixedEncoding { .. }));
}

#[test]
fn a_picture_named_csv_and_garbage_named_xlsx_or_ods_are_refused_with_a_message() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06";
    let error = read_timed(png, "photo.csv").unwrap_err();
    assert!(matches!(error, TableError::NotText { .. }));
    assert_worded(&error);
    for name in ["broken.xlsx", "broken.ods", "broken.xls", "broken.xlsb"] {
        let error = read_timed(b"PK\x03\x04 not really a zip", name).unwrap_err();
        assert!(
            matches!(error, TableError::Workbook { .. }),
            "{name}: {error:?}"
        );
        assert_worded(&error);
    }
    let error = read_timed(b"a,b", "notes.docx").unwrap_err();
    assert_eq!(
        error,
        TableError::NotATable {
            extension: "docx".into()
        }
    );
    assert_worded(&error);
}

#[test]
fn an_empty_file_and_a_blank_one_are_refused_as_empty() {
    for bytes in [&b""[..], b"\xef\xbb\xbf", b" ; ; \r\n\r\n", b"\t\t\n"] {
        let error = read_timed(bytes, "empty.csv").unwrap_err();
        assert_eq!(error, TableError::Empty);
        assert_worded(&error);
    }
}

#[test]
fn a_workbook_with_only_an_empty_sheet_is_refused_as_empty() {
    for name in ["empty-sheet.xlsx", "empty-sheet.ods"] {
        let error = read_timed(&hostile(name), name).unwrap_err();
        assert_eq!(error, TableError::Empty, "{name}");
    }
}

#[test]
fn hostile_html_on_the_clipboard_never_panics_and_stays_bounded() {
    let deep = "<table><tr><td>".repeat(10_000);
    let unclosed = "<table><tr><td>a<td>b<tr><td>c";
    let spans = "<table><tr><td rowspan=1000 colspan=1000>x</td></tr><tr><td>y</td></tr></table>";
    let quotes = "<table><tr><td title=\"a>b\">x</td></tr></table><td>\"";
    let entities = "<table><tr><td>&#xFFFFFFFF;&#0;&bogus;&amp</td></tr></table>";
    for html in [
        deep.as_str(),
        unclosed,
        spans,
        quotes,
        entities,
        "<",
        "<!--",
        "<table",
    ] {
        let start = Instant::now();
        let table = table::read_html(html);
        assert!(start.elapsed() < BOUND);
        if let Some(table) = table {
            assert!(table.rows.len() <= 100_000 && table.width() <= 1_000);
        }
    }
    let table = table::read_html(unclosed).unwrap();
    assert_eq!(table.rows, vec![vec!["a", "b"], vec!["c"]]);
}

#[test]
fn planning_into_a_full_map_lists_what_does_not_fit_and_leaves_the_map_as_it_was() {
    let map = journeymap::file::template(MapKind::CurrentState, Lang::En).unwrap();
    let before = map.clone();
    let rows: Vec<Vec<String>> = std::iter::once(vec!["Stage".to_owned(), "Title".to_owned()])
        .chain((0..150).map(|i| vec![format!("Stage {i}"), format!("Card {i}")]))
        .collect();
    let table = Table::new(rows);
    let layout = table::guess(&table);
    let plan = table::plan(&map, &table, &layout);
    assert_eq!(map, before);
    let limit = Limits::default().stages;
    assert_eq!(plan.new_stages.len(), limit - map.stages.len());
    let too_many = plan
        .unplaced
        .iter()
        .filter(|u| u.reason == Reason::TooManyStages)
        .count();
    assert_eq!(too_many, 150 - plan.new_stages.len());
    let mut after = map.clone();
    plan.edit(&map, None).apply(&mut after).unwrap();
    assert_eq!(after.stages.len(), limit);
}

#[test]
fn an_ods_whose_one_cell_repeats_over_the_whole_sheet_is_refused_quickly() {
    // 806 bytes that claim "x" in 16,384 columns of 1,048,576 rows.
    let bytes = hostile("repeated-cells.ods");
    let start = Instant::now();
    let result = table::read_file(&bytes, "repeated-cells.ods");
    assert!(start.elapsed() < BOUND, "{:?}", start.elapsed());
    let error = result.unwrap_err();
    assert_worded(&error);
}

mod arbitrary_input {
    use journeymap::import::table;
    use journeymap::model::{Lang, Limits, MapKind};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Bytes of any kind as a CSV file: a table that becomes a valid map, or an error
        /// with a message.
        #[test]
        fn any_bytes_as_a_csv_file(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            match table::read_file(&bytes, "any.csv") {
                Ok(sheets) => {
                    let layout = table::guess(&sheets[0].table);
                    if let Ok((map, _)) =
                        table::new_map(&sheets[0].table, &layout, MapKind::CurrentState, Lang::De)
                    {
                        prop_assert!(map.validate(&Limits::default()).is_ok());
                    }
                }
                Err(error) => prop_assert!(!error.message(Lang::En).is_empty()),
            }
        }

        /// Text made of a table's own characters, pasted: the plan applies to the map.
        #[test]
        fn any_tabbed_text_pasted(text in "[a-zA-ZäÖß0-9 \t\r\n\"';,|=-]{0,300}") {
            let map = journeymap::file::template(MapKind::ServiceBlueprint, Lang::En).unwrap();
            let pasted = table::read_text(&text);
            let layout = table::guess(&pasted);
            let plan = table::plan(&map, &pasted, &layout);
            let mut after = map.clone();
            prop_assert!(plan.edit(&map, None).apply(&mut after).is_ok());
        }

        /// Markup of a table's own tags, as the clipboard's HTML.
        #[test]
        fn any_table_markup(parts in proptest::collection::vec(
            prop_oneof![
                Just("<table>"), Just("</table>"), Just("<tr>"), Just("</tr>"), Just("<td>"),
                Just("</td>"), Just("<td rowspan=3>"), Just("<td colspan=\"2\">"), Just("<br>"),
                Just("x"), Just("&amp;"), Just("<!--"), Just("-->"), Just("<style>"), Just("\n"),
            ],
            0..60,
        )) {
            if let Some(table) = table::read_html(&parts.concat()) {
                prop_assert!(table.width() <= table::MAX_COLUMNS);
            }
        }
    }
}
