//! The bundled map files: every template and example opens, is written in the canonical style
//! `journeymap::file::to_ron` produces, and together they cover every kind and language.
//!
//! Authors can canonicalise hand-edited files with `UPDATE_ASSETS=1 cargo test --test assets`:
//! a file that loads but is not byte-for-byte canonical is then rewritten instead of failing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use journeymap::file::{self, to_ron};
use journeymap::model::{LaneKind, Lang, Map, MapKind};

/// The folder of the bundled assets.
fn assets() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets")
}

/// Every `.ron` file directly in `assets/<folder>`, sorted by name.
fn ron_files(folder: &str) -> Vec<PathBuf> {
    let dir = assets().join(folder);
    let entries =
        fs::read_dir(&dir).unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display()));
    let mut files: Vec<PathBuf> = entries
        .map(|entry| {
            entry
                .unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display()))
                .path()
        })
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .ron files in {}", dir.display());
    files
}

/// The file's name, for messages.
fn name(path: &Path) -> String {
    let relative = path.strip_prefix(assets()).unwrap_or(path);
    format!("assets/{}", relative.display())
}

/// Loads every file of a folder; panics naming every file that does not open.
fn load_all(folder: &str) -> Vec<(PathBuf, Map)> {
    let mut maps = Vec::new();
    let mut failures = Vec::new();
    for path in ron_files(folder) {
        match file::load(&path) {
            Ok(map) => maps.push((path, map)),
            Err(error) => failures.push(format!("{}: {error}", name(&path))),
        }
    }
    assert!(
        failures.is_empty(),
        "{} file(s) do not open:\n{}",
        failures.len(),
        failures.join("\n")
    );
    maps
}

fn all_maps() -> Vec<(PathBuf, Map)> {
    let mut maps = load_all("templates");
    maps.extend(load_all("examples"));
    maps
}

/// The first line where two texts differ, for a readable failure.
fn first_difference(found: &str, canonical: &str) -> String {
    let mut found_lines = found.lines();
    let mut canonical_lines = canonical.lines();
    for number in 1.. {
        match (found_lines.next(), canonical_lines.next()) {
            (None, None) => break,
            (found, canonical) if found == canonical => {}
            (found, canonical) => {
                return format!(
                    "line {number}: found {:?}, canonical {:?}",
                    found.unwrap_or("<end of file>"),
                    canonical.unwrap_or("<end of file>")
                );
            }
        }
    }
    "line endings or the final newline differ".to_owned()
}

#[test]
fn every_asset_opens() {
    let maps = all_maps();
    assert!(maps.len() >= 12, "only {} asset files", maps.len());
}

#[test]
fn every_asset_is_canonical() {
    let update = std::env::var("UPDATE_ASSETS").is_ok_and(|value| value == "1");
    let mut failures = Vec::new();
    for (path, map) in all_maps() {
        let canonical = to_ron(&map)
            .unwrap_or_else(|error| panic!("{}: cannot serialise: {error}", name(&path)));
        let bytes =
            fs::read(&path).unwrap_or_else(|error| panic!("cannot read {}: {error}", name(&path)));
        if bytes == canonical.as_bytes() {
            continue;
        }
        if update {
            fs::write(&path, canonical.as_bytes())
                .unwrap_or_else(|error| panic!("cannot rewrite {}: {error}", name(&path)));
            eprintln!("rewrote {} in canonical form", name(&path));
        } else {
            let found = String::from_utf8_lossy(&bytes);
            failures.push(format!(
                "{}: {}",
                name(&path),
                first_difference(&found, &canonical)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} file(s) are not in canonical form (run `UPDATE_ASSETS=1 cargo test --test assets` \
         to rewrite them):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_kind_and_language_has_a_template() {
    let templates = assets().join("templates");
    for kind in MapKind::ALL {
        for lang in Lang::ALL {
            let path = templates.join(format!("{}.{}.ron", kind.slug(), lang.code()));
            assert!(path.is_file(), "missing template {}", name(&path));
            let map = file::load(&path).unwrap_or_else(|error| panic!("{error}"));
            assert_eq!(
                (map.kind, map.lang),
                (kind, lang),
                "{} declares the wrong kind or language",
                name(&path)
            );
        }
    }
    let expected = MapKind::ALL.len() * Lang::ALL.len();
    assert_eq!(
        ron_files("templates").len(),
        expected,
        "assets/templates should hold exactly one file per kind and language"
    );
}

#[test]
fn templates_are_empty_maps_with_stages_and_lanes() {
    for (path, map) in load_all("templates") {
        let name = name(&path);
        assert!(map.cards.is_empty(), "{name}: a template has no cards");
        assert!(
            map.connections.is_empty(),
            "{name}: a template has no arrows"
        );
        assert!(map.persona.is_empty(), "{name}: a template has no persona");
        assert!(map.goal.is_empty(), "{name}: the goal is left to the user");
        assert!(!map.title.trim().is_empty(), "{name}: untitled template");
        assert!(
            !map.stages.is_empty() && !map.lanes.is_empty(),
            "{name}: no stages or lanes"
        );
        for lane in &map.lanes {
            if let LaneKind::Emotion { scores, .. } = &lane.kind {
                assert!(
                    scores.is_empty(),
                    "{name}: a template has no emotion scores"
                );
            }
        }
    }
}

#[test]
fn examples_cover_every_kind() {
    let kinds: BTreeSet<MapKind> = load_all("examples")
        .iter()
        .map(|(_, map)| map.kind)
        .collect();
    for kind in MapKind::ALL {
        assert!(
            kinds.contains(&kind),
            "no example in assets/examples is a {}",
            kind.slug()
        );
    }
}

#[test]
fn examples_are_filled_in() {
    for (path, map) in load_all("examples") {
        let name = name(&path);
        assert!(!map.goal.trim().is_empty(), "{name}: no goal");
        assert!(!map.persona.is_empty(), "{name}: no persona");
        assert!(!map.cards.is_empty(), "{name}: no cards");
        for lane in map.lanes.iter().filter(|lane| lane.holds_cards()) {
            assert!(
                map.cards.iter().any(|card| card.lane == lane.id),
                "{name}: lane \"{}\" is empty",
                lane.title
            );
        }
        for lane in &map.lanes {
            if let LaneKind::Emotion { scores, .. } = &lane.kind {
                for stage in &map.stages {
                    assert!(
                        scores.contains_key(&stage.id),
                        "{name}: stage \"{}\" has no emotion score",
                        stage.title
                    );
                }
            }
        }
        if map.kind == MapKind::ServiceBlueprint {
            assert!(
                !map.connections.is_empty(),
                "{name}: a blueprint example shows its arrows"
            );
        }
    }
}

/// The examples show what touchpoint management records: most touchpoints rated, in every
/// quadrant of the priority matrix, a few left unrated, with evidence levels, metrics and
/// owners, and customer questions answered.
#[test]
fn examples_carry_evidence() {
    use journeymap::analysis::priority_matrix;
    for (path, map) in load_all("examples") {
        let name = name(&path);
        let touchpoints = map.touchpoints().count();
        let matrix = priority_matrix(&map);
        assert!(
            matrix.dots.len() * 4 >= touchpoints * 3,
            "{name}: only {} of {touchpoints} touchpoints rated",
            matrix.dots.len()
        );
        assert!(
            matrix.counts.iter().all(|&count| count > 0),
            "{name}: a quadrant of the priority matrix is empty: {:?}",
            matrix.counts
        );
        assert!(
            !matrix.not_rated.is_empty(),
            "{name}: every touchpoint is rated"
        );
        let with = |test: &dyn Fn(&journeymap::model::Touchpoint) -> bool| {
            map.touchpoints().filter(|(_, t)| test(t)).count()
        };
        assert!(with(&|t| t.evidence.is_some()) * 2 > touchpoints, "{name}");
        assert!(with(&|t| !t.metrics.is_empty()) * 2 > touchpoints, "{name}");
        assert!(with(&|t| !t.owner.is_empty()) * 2 > touchpoints, "{name}");
        assert!(with(&|t| !t.strengths.is_empty()) > 0, "{name}");
        assert!(with(&|t| !t.weaknesses.is_empty()) > 0, "{name}");
        assert!(with(&|t| !t.quotes.is_empty()) > 0, "{name}");
        assert!(
            map.questions
                .iter()
                .filter(|q| !q.answer.is_empty())
                .count()
                >= 3,
            "{name}: answer a few customer questions"
        );
    }
}
