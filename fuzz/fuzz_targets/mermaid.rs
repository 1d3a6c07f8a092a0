//! Arbitrary text into the Mermaid importer: it must answer every input with maps or an error
//! with a message, never a panic, a hang or an unbounded allocation; and whatever it imports
//! must export and import again to the same journey.
#![no_main]

use journeymap::import::mermaid::{import_bytes, import_text};
use journeymap::model::{Lang, MapKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        // Bytes that are no UTF-8 still get an answer.
        if let Err(error) = import_bytes(bytes, Lang::De, MapKind::CurrentState) {
            assert!(!error.message(Lang::De).trim().is_empty());
        }
        return;
    };
    match import_text(text, Lang::En) {
        Ok(import) => {
            assert!(!import.maps.is_empty(), "an import without maps and without an error");
            for note in &import.notes {
                assert!(!note.message(Lang::De).trim().is_empty());
            }
            for map in &import.maps {
                let exported = journeymap::export::mermaid::to_mermaid(map);
                let again = import_text(&exported, Lang::En)
                    .unwrap_or_else(|error| panic!("an exported map does not import: {error}\n{exported}"));
                let stages = |m: &journeymap::model::Map| {
                    m.stages.iter().map(|s| s.title.clone()).collect::<Vec<_>>()
                };
                assert_eq!(stages(&again.maps[0]), stages(map), "{exported}");
            }
        }
        Err(error) => {
            assert!(!error.message(Lang::En).trim().is_empty(), "an empty error message");
            assert!(!error.message(Lang::De).trim().is_empty(), "an empty error message");
        }
    }
});
