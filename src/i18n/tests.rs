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
    const PREFIXES: [&str; 36] = [
        "reason-",
        "key-",
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

/// The words of `text`, split at anything that is not a letter.
fn words_of(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|word| !word.is_empty())
        .collect()
}

/// In German the map is the "Map" and a card is a "Karte", everywhere: a text about the map
/// never calls it a Karte ("Strg+Mausrad – Die Karte zoomen" meant the map), and a text about
/// cards never calls one a Map; a "Zeile" is a lane, never a line of text. The English text
/// of the same message says which is meant.
#[test]
fn german_never_calls_the_map_a_karte_nor_a_card_a_map() {
    let mut confused = Vec::new();
    for id in ids(Lang::De) {
        let english = tr(Lang::En, &id).to_lowercase();
        let german = tr(Lang::De, &id);
        let english_words = words_of(&english);
        let says_map = english_words.iter().any(|w| *w == "map" || *w == "maps");
        let says_card = english_words.iter().any(|w| w.starts_with("card"));
        let german_words = words_of(&german);
        let karte = german_words
            .iter()
            .any(|w| w.to_lowercase().starts_with("karte"));
        let map = german_words.iter().any(|w| *w == "Map" || *w == "Maps");
        if (says_map && !says_card && karte) || (says_card && !says_map && map && !karte) {
            confused.push(format!("{id}: {german}"));
        }
        // A "Zeile" is a lane of the map; a line break in a card's text is a Zeilenumbruch.
        if english.contains("new line") && !german.contains("Zeilenumbruch") {
            confused.push(format!("{id}: {german}"));
        }
    }
    assert!(confused.is_empty(), "map and card mixed up: {confused:#?}");
}

/// German texts name keys as a German keyboard labels them: Strg, Umschalt, Entf, Einfg,
/// Bild auf/Bild ab, Pos1, Ende, Eingabe, Pfeil links.
#[test]
fn german_texts_name_no_english_keys() {
    const ENGLISH: [&str; 14] = [
        "Ctrl",
        "Shift",
        "Del",
        "Delete",
        "Ins",
        "Insert",
        "PgUp",
        "PgDn",
        "PageUp",
        "PageDown",
        "Home",
        "End",
        "Enter",
        "Backspace",
    ];
    let mut english_keys = Vec::new();
    for id in ids(Lang::De) {
        let german = tr(Lang::De, &id);
        if let Some(key) = words_of(&german).into_iter().find(|w| ENGLISH.contains(w)) {
            english_keys.push(format!("{id} names {key}: {german}"));
        }
    }
    assert!(english_keys.is_empty(), "{english_keys:#?}");
}

/// A user's text in a message gets the language's quotation marks, and only one pair: a title
/// the user wrote in marks keeps them.
#[test]
fn user_text_in_messages_is_quoted_once_in_the_language_s_marks() {
    let forget =
        |lang, title: &str| texts(lang).get_with("start-recent-forget", &[("title", title.into())]);
    assert_eq!(
        forget(Lang::De, "Bäckerei"),
        "„Bäckerei“ aus der Liste entfernen"
    );
    assert_eq!(forget(Lang::En, "Bakery"), "Remove “Bakery” from the list");
    assert_eq!(
        forget(Lang::De, "„Brot am Morgen“"),
        "„Brot am Morgen“ aus der Liste entfernen"
    );
    assert_eq!(
        forget(Lang::En, "\"Bread\""),
        "Remove \"Bread\" from the list"
    );
    // No message of the editor puts its own marks around a placeholder; QUOTE does. (The
    // file errors in files.ftl mirror the command line's English messages and are left out.)
    for lang in Lang::ALL {
        for (name, source) in sources(lang)
            .iter()
            .filter(|(name, _)| *name != "files.ftl")
        {
            for mark in ["“{", "„{", "}”", "}“"] {
                assert!(
                    !source.contains(mark),
                    "{lang:?} {name}: a placeholder in marks of its own ({mark})"
                );
            }
        }
    }
}
