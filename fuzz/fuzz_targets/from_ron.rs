//! Arbitrary bytes into the map loader: it must answer every input with a map or an error,
//! never a panic, a hang or an unbounded allocation.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match journeymap::file::from_ron(bytes) {
        Ok(map) => {
            // Whatever loads must save and load back to the same map.
            let text = journeymap::file::to_ron(&map).expect("a loaded map serialises");
            let again = journeymap::file::from_ron(text.as_bytes()).expect("a saved map loads");
            assert_eq!(again, map, "a loaded map changed through save and load");
        }
        Err(error) => {
            let message = error.to_string();
            assert!(!message.trim().is_empty(), "an empty error message");
        }
    }
});
