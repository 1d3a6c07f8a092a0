//! Workbooks in: an `.xlsx` and an `.ods` made by `LibreOffice` from the same sheet
//! (`tests/fixtures/import/make.sh`) read to the same table, with a cell of two lines, a
//! merged cell, formulas giving their computed values, and the empty sheet left out with a note.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use journeymap::import::table::{self, Note, Shape};
use journeymap::model::{Lang, MapKind};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn xlsx_and_ods_read_to_the_same_grid_with_notes_on_formulas_and_the_empty_sheet() {
    for name in ["journey.xlsx", "journey.ods"] {
        let sheets = table::read_file(&fixture(name), name).unwrap();
        assert_eq!(sheets.len(), 1, "{name}: the empty sheet is left out");
        let sheet = &sheets[0];
        assert_eq!(sheet.name, "Karte");
        let rows: Vec<Vec<&str>> = sheet
            .table
            .rows
            .iter()
            .map(|row| row.iter().map(String::as_str).collect())
            .collect();
        assert_eq!(
            rows,
            vec![
                vec!["", "Aufmerksamkeit", "Kauf"],
                vec![
                    "Kundenaktionen",
                    "Sieht das Plakat\nFragt die Nachbarin",
                    "Bezahlt an der Kasse"
                ],
                vec!["Gedanken", "Hoffentlich günstig"],
                vec!["Chancen", "Größe zeigen", "2"],
            ],
            "{name}"
        );
        assert!(
            sheet.notes.contains(&Note::Formulas { count: 2 }),
            "{name}: {:?}",
            sheet.notes
        );
        assert!(
            sheet.notes.contains(&Note::EmptySheets {
                names: vec!["Leer".into()]
            }),
            "{name}: {:?}",
            sheet.notes
        );
        for note in &sheet.notes {
            assert!(!note.message(Lang::De).contains("table-note"));
        }
        let layout = table::guess(&sheet.table);
        assert_eq!(layout.shape, Shape::Grid);
        let (map, unplaced) =
            table::new_map(&sheet.table, &layout, MapKind::CurrentState, Lang::De).unwrap();
        assert!(unplaced.is_empty(), "{unplaced:?}");
        let stages: Vec<&str> = map.stages.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(stages, ["Aufmerksamkeit", "Kauf"]);
        let actions = map
            .lanes
            .iter()
            .find(|l| l.title == "Kundenaktionen")
            .unwrap();
        assert_eq!(map.cards_in(actions.id, map.stages[0].id).count(), 2);
        assert!(map.cards.iter().any(|c| c.title == "Hoffentlich günstig"));
    }
}

#[test]
fn the_merged_cell_of_an_xlsx_is_noted() {
    let sheets = table::read_file(&fixture("journey.xlsx"), "journey.xlsx").unwrap();
    assert!(
        sheets[0].notes.contains(&Note::Merged { count: 1 }),
        "{:?}",
        sheets[0].notes
    );
}
