//! Arbitrary text pasted as a table (and read as a CSV file's text): the readers, the layout
//! guess and the plan must answer every input, never panic, and never plan more than the map
//! may hold; the plan applies to the map it was made for.
#![no_main]

use std::sync::OnceLock;

use journeymap::import::table;
use journeymap::model::{Lang, Limits, Map, MapKind};
use libfuzzer_sys::fuzz_target;

fn map() -> &'static Map {
    static MAP: OnceLock<Map> = OnceLock::new();
    MAP.get_or_init(|| {
        journeymap::file::template(MapKind::CurrentState, Lang::En).expect("the template loads")
    })
}

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    let pasted = table::read_text(&text);
    let layout = table::guess(&pasted);
    let plan = table::plan(map(), &pasted, &layout);
    let limits = Limits::default();
    assert!(map().stages.len() + plan.new_stages.len() <= limits.stages);
    assert!(map().lanes.len() + plan.new_lanes.len() <= limits.lanes);
    let mut after = map().clone();
    plan.edit(map(), None)
        .apply(&mut after)
        .expect("a plan applies to the map it was made for");
    if let Ok(file) = table::read_delimited(&text) {
        assert!(!file.is_blank());
    }
});
