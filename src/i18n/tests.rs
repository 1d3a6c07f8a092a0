use std::collections::BTreeSet;
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::Entry;

use super::*;

/// The message ids the Fluent files of a language define; no id may be defined twice.
fn ids(lang: Lang) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (name, source) in sources(lang) {
        let resource = FluentResource::try_new((*source).to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{lang:?} {name} does not parse: {errors:?}"));
        for entry in resource.entries() {
            if let Entry::Message(message) = entry {
                let id = message.id.name.to_owned();
                assert!(ids.insert(id.clone()), "{lang:?}: {id} is defined twice");
            }
        }
    }
    ids
}

/// Both languages have the same files, so a message is looked for in the same place.
#[test]
fn both_languages_have_the_same_files() {
    let names = |lang| {
        sources(lang)
            .iter()
            .map(|(name, _)| *name)
            .collect::<Vec<_>>()
    };
    assert_eq!(names(Lang::En), names(Lang::De));
}

#[test]
fn every_message_exists_in_both_languages() {
    let en = ids(Lang::En);
    let de = ids(Lang::De);
    let only_en: Vec<_> = en.difference(&de).collect();
    let only_de: Vec<_> = de.difference(&en).collect();
    assert!(only_en.is_empty(), "only in English: {only_en:?}");
    assert!(only_de.is_empty(), "only in German: {only_de:?}");
    assert!(en.len() > 30);
}

/// Every message id written in the source code as a string literal with one of the id
/// prefixes exists, so a typo shows here instead of as a raw id on screen.
#[test]
fn every_message_the_code_names_exists() {
    const PREFIXES: [&str; 34] = [
        "help-",
        "csv-",
        "compare-",
        "matrix-",
        "kind-",
        "analysis-",
        "questions-",
        "derived-",
        "tab-",
        "rating-",
        "evidence-",
        "question-",
        "setting-",
        "ownership-",
        "phase-",
        "map-",
        "persona-",
        "legend-",
        "edit-",
        "save-",
        "recovery-",
        "photo-",
        "cmd-",
        "menu-",
        "canvas-",
        "score-",
        "stage-",
        "lane-",
        "start-",
        "status-",
        "dialog-",
        "palette-",
        "file-",
        "inspector-",
    ];
    let en = ids(Lang::En);
    let mut named = BTreeSet::new();
    collect_literals(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut named,
    );
    assert!(
        named.contains("edit-move-cards"),
        "the scan finds ids in the code"
    );
    let missing: Vec<_> = named
        .iter()
        .filter(|literal| PREFIXES.iter().any(|prefix| literal.starts_with(prefix)))
        .filter(|literal| !PREFIXES.contains(&literal.as_str()))
        .filter(|literal| !en.contains(*literal))
        .collect();
    assert!(
        missing.is_empty(),
        "named in code but in no English file: {missing:?}"
    );
}

fn collect_literals(folder: &Path, found: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(folder).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_literals(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let code = std::fs::read_to_string(&path).unwrap();
            for (i, part) in code.split('"').enumerate() {
                let is_id = part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if i % 2 == 1 && part.contains('-') && is_id {
                    found.insert(part.to_owned());
                }
            }
        }
    }
}

#[test]
fn texts_are_looked_up_and_missing_ones_show_their_id() {
    assert_eq!(tr(Lang::De, kind_id(MapKind::CurrentState)), "Ist-Zustand");
    assert_eq!(tr(Lang::En, ownership_id(Ownership::Earned)), "Earned");
    assert_eq!(tr(Lang::De, "no-such-message"), "no-such-message");
    assert!(texts(Lang::En).has("edit-move-cards"));
}
