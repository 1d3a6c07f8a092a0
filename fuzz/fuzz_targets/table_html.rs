//! Arbitrary HTML as the clipboard's `text/html`: the reader must answer every input within
//! the table limits, and the plan of what it read must apply to the map.
#![no_main]

use std::sync::OnceLock;

use journeymap::import::table;
use journeymap::model::{Lang, Map, MapKind};
use libfuzzer_sys::fuzz_target;

fn map() -> &'static Map {
    static MAP: OnceLock<Map> = OnceLock::new();
    MAP.get_or_init(|| {
        journeymap::file::template(MapKind::CurrentState, Lang::De).expect("the template loads")
    })
}

fuzz_target!(|bytes: &[u8]| {
    let html = String::from_utf8_lossy(bytes);
    let Some(pasted) = table::read_html(&html) else {
        return;
    };
    assert!(pasted.rows.len() <= table::MAX_ROWS);
    assert!(pasted.width() <= table::MAX_COLUMNS);
    let layout = table::guess(&pasted);
    let plan = table::plan(map(), &pasted, &layout);
    let mut after = map().clone();
    plan.edit(map(), None)
        .apply(&mut after)
        .expect("a plan applies to the map it was made for");
});
