//! Arbitrary bytes as a table file: the first byte picks the name (CSV, TSV, .xlsx, .ods), the
//! rest is the file. Every input is a table or an error with a message, never a panic; a table
//! becomes a valid map or an error.
#![no_main]

use journeymap::import::table;
use journeymap::model::{Lang, Limits, MapKind};
use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 5] = ["t.csv", "t.tsv", "t.txt", "t.xlsx", "t.ods"];

fuzz_target!(|bytes: &[u8]| {
    let Some((&pick, file)) = bytes.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    match table::read_file(file, name) {
        Ok(sheets) => {
            for sheet in sheets {
                let layout = table::guess(&sheet.table);
                if let Ok((map, _)) =
                    table::new_map(&sheet.table, &layout, MapKind::CurrentState, Lang::En)
                {
                    map.validate(&Limits::default()).expect("an imported map is valid");
                }
            }
        }
        Err(error) => {
            assert!(!error.message(Lang::De).is_empty());
        }
    }
});
