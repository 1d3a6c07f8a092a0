//! The README's promises: its file-format example is a valid map, and the commands it shows name
//! files that exist.

use journeymap::file::from_ron;

const README: &str = include_str!("../README.md");

/// The first fenced block of `language` in the README.
fn block(language: &str) -> &'static str {
    let fence = format!("```{language}\n");
    let start = README.find(&fence).map(|i| i + fence.len());
    let start = start.unwrap_or_else(|| panic!("the README has a ```{language} block"));
    let end = README[start..].find("```").map(|i| start + i);
    &README[start..end.unwrap_or_else(|| panic!("the ```{language} block ends"))]
}

#[test]
fn the_file_format_example_is_a_valid_map() {
    let map = from_ron(block("ron").as_bytes()).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(map.cards.len(), 1);
    assert!(map.cards[0].touchpoint.is_some());
}

#[test]
fn the_main_command_exports_a_bundled_example_and_the_picture_is_committed() {
    let main = block("sh");
    let example = main
        .split_whitespace()
        .find(|word| word.starts_with("assets/examples/"))
        .expect("the main command names a bundled example");
    let root = env!("CARGO_MANIFEST_DIR");
    assert!(
        std::path::Path::new(root).join(example).is_file(),
        "{example}"
    );
    let picture = README
        .split(['(', ')'])
        .find(|part| {
            part.starts_with("docs/")
                && std::path::Path::new(part)
                    .extension()
                    .is_some_and(|ext| ext.eq_ignore_ascii_case("png"))
        })
        .expect("the README shows a picture from docs/");
    assert!(
        std::path::Path::new(root).join(picture).is_file(),
        "{picture}"
    );
}
