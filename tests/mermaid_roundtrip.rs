//! Mermaid export and import together: `import(export(map))` gives back the phases, stages,
//! personas and scores of every bundled example and of maps built to trip the format up.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use journeymap::export::Exporter as _;
use journeymap::export::mermaid::{MermaidExporter, to_mermaid};
use journeymap::import::mermaid::import_text_as;
use journeymap::model::{
    LaneKind, Map, MapKind, Persona, PersonaId, Phase, PhaseId, Stage, StageId,
};

/// What a Mermaid journey can carry of a map, in a form two maps can be compared by.
#[derive(Debug, PartialEq)]
struct Journey {
    title: String,
    goal: String,
    /// Stage title and the title of its phase.
    stages: Vec<(String, Option<String>)>,
    /// Each persona's curve by stage position, by persona name.
    curves: BTreeMap<String, Vec<(usize, i8)>>,
}

fn journey(map: &Map) -> Journey {
    let position: BTreeMap<StageId, usize> = map
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, i))
        .collect();
    let mut curves = BTreeMap::new();
    if let Some(LaneKind::Emotion { scores, personas }) = map
        .lanes
        .iter()
        .map(|lane| &lane.kind)
        .find(|kind| matches!(kind, LaneKind::Emotion { .. }))
    {
        for persona in map.personas() {
            let curve = if persona.id == PersonaId::FIRST {
                scores.clone()
            } else {
                personas.get(&persona.id).cloned().unwrap_or_default()
            };
            let points: Vec<(usize, i8)> = curve
                .iter()
                .map(|(stage, score)| (position[stage], *score))
                .collect();
            if !points.is_empty() {
                curves.insert(persona.name.clone(), points);
            }
        }
    }
    Journey {
        title: map.title.clone(),
        goal: map.goal.clone(),
        stages: map
            .stages
            .iter()
            .map(|s| {
                (
                    s.title.clone(),
                    map.phase_of_stage(s.id).map(|p| p.title.clone()),
                )
            })
            .collect(),
        curves,
    }
}

fn round_trip(map: &Map) -> Map {
    let text = to_mermaid(map);
    let mut import =
        import_text_as(&text, map.lang, map.kind).unwrap_or_else(|error| panic!("{error}\n{text}"));
    assert_eq!(import.maps.len(), 1);
    assert!(import.notes.is_empty(), "{:?}\n{text}", import.notes);
    import.maps.remove(0)
}

#[test]
fn every_bundled_example_comes_back_with_its_phases_stages_personas_and_scores() {
    let examples = std::fs::read_dir("assets/examples").unwrap();
    let mut count = 0;
    for entry in examples {
        let path = entry.unwrap().path();
        let map = journeymap::file::load(&path).unwrap();
        let back = round_trip(&map);
        assert_eq!(journey(&back), journey(&map), "{}", path.display());
        let names = |map: &Map| map.personas().map(|p| p.name.clone()).collect::<Vec<_>>();
        if map
            .lanes
            .iter()
            .any(|l| matches!(l.kind, LaneKind::Emotion { .. }))
        {
            assert_eq!(names(&back), names(&map), "{}", path.display());
        }
        count += 1;
    }
    assert!(count >= 4);
}

/// A map with three personas, phases, stages in no phase before and after them, stages scored
/// differently by each persona, an unscored stage, two neighbouring stages of one title, and
/// titles full of Mermaid's syntax.
fn tricky_map() -> Map {
    let mut map =
        journeymap::file::template(MapKind::CurrentState, journeymap::model::Lang::De).unwrap();
    map.title = "Kasse: Zahlung, bar; #1 – 100 % {sicher}".into();
    map.goal = "Erste Zeile\n\nDritte Zeile; mit #2".into();
    map.persona.name = "Anna, 38: Mutter".into();
    map.other_personas = vec![
        Persona {
            id: PersonaId(1),
            name: "Jörg; Rentner #1".into(),
            ..Persona::default()
        },
        Persona {
            id: PersonaId(2),
            name: "Анна".into(),
            ..Persona::default()
        },
    ];
    map.phases = vec![
        Phase::new(PhaseId(1), "Vorher: Suche"),
        Phase::new(PhaseId(2), "買い物"),
    ];
    let titles = [
        ("Title page", None),
        ("Kasse: Zahlung, bar; #1", Some(1)),
        ("Kasse: Zahlung, bar; #1", Some(1)),
        ("section 2", Some(1)),
        ("Zwei\nZeilen", Some(2)),
        ("journey", Some(2)),
        ("Danach", None),
        ("50%% off", None),
    ];
    map.stages = titles
        .iter()
        .enumerate()
        .map(|(i, (title, phase))| {
            let mut stage = Stage::new(StageId(i as u32 + 1), *title);
            stage.in_phase = phase.map(PhaseId);
            stage
        })
        .collect();
    let scores: BTreeMap<StageId, i8> = [(1, -2), (2, 1), (4, 0), (5, 2), (6, -1), (7, 0)]
        .map(|(s, e)| (StageId(s), e))
        .into();
    let joerg: BTreeMap<StageId, i8> = [(1, -2), (3, 1), (4, 1), (5, -2)]
        .map(|(s, e)| (StageId(s), e))
        .into();
    let anna: BTreeMap<StageId, i8> = [(4, 2), (6, -1)].map(|(s, e)| (StageId(s), e)).into();
    for lane in &mut map.lanes {
        if let LaneKind::Emotion {
            scores: first,
            personas,
        } = &mut lane.kind
        {
            *first = scores.clone();
            personas.insert(PersonaId(1), joerg.clone());
            personas.insert(PersonaId(2), anna.clone());
        }
    }
    map.validate(&journeymap::model::Limits::default()).unwrap();
    map
}

#[test]
fn hostile_titles_and_every_way_of_scoring_a_stage_come_back_as_they_were() {
    let map = tricky_map();
    let back = round_trip(&map);
    assert_eq!(journey(&back), journey(&map), "\n{}", to_mermaid(&map));
    let names: Vec<_> = back.personas().map(|p| p.name.clone()).collect();
    assert_eq!(names, ["Anna, 38: Mutter", "Jörg; Rentner #1", "Анна"]);
    // Stage 8 ("50%% off") has no score from anyone and stays unscored.
    assert!(
        journey(&back)
            .curves
            .values()
            .all(|c| c.iter().all(|(s, _)| *s != 7))
    );
}

#[test]
fn the_export_writes_mermaids_syntax_characters_as_entity_codes() {
    let text = to_mermaid(&tricky_map());
    for line in text.lines().skip(1) {
        let line = line.trim_start();
        if line.starts_with("%%") {
            continue;
        }
        assert!(!line.contains(';') || line.contains('#'), "{line}");
        // Every `#` and `;` is part of an entity code.
        let without_codes = regex_free_strip(line);
        assert!(!without_codes.contains(['#', ';']), "{line}");
    }
    assert!(
        text.contains("    title Kasse#58; Zahlung, bar#59; #35;1"),
        "{text}"
    );
    assert!(
        text.contains("#84;itle page: 1: Anna#44; 38#58; Mutter, Jörg#59; Rentner #35;1"),
        "{text}"
    );
    assert!(
        text.contains("Zwei#10;Zeilen: 5: Anna#44; 38#58; Mutter"),
        "{text}"
    );
    assert!(text.contains("section #160;"), "{text}");
    assert!(text.contains("%% journeymap: new stage"), "{text}");
    assert!(
        text.contains("%% journeymap: unscored\n        50#37;#37; off: 3\n"),
        "{text}"
    );
    assert_eq!(
        MermaidExporter.export(&tricky_map()).unwrap(),
        text.into_bytes()
    );
}

/// The line with every `#digits;` entity code taken out.
fn regex_free_strip(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(start) = rest.find('#') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && after[digits..].starts_with(';') {
            rest = &after[digits + 1..];
        } else {
            out.push('#');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Titles from letters, spaces and every character Mermaid's grammar gives a meaning.
const TITLE: &str = "[a-zA-Zä日 :;,#%{}<>&\\n\\t]{1,12}";

fn arbitrary_map(
    titles: &[String],
    phase_of: &[Option<u8>],
    names: &[String],
    scores: &[Vec<Option<i8>>],
) -> Map {
    let mut map =
        journeymap::file::template(MapKind::CurrentState, journeymap::model::Lang::En).unwrap();
    map.stages.clear();
    let tidy = |text: &str, fallback: String| match text.trim() {
        "" => fallback,
        text => text.to_owned(),
    };
    map.persona.name = tidy(&names[0], "P0".into());
    map.other_personas = names
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, name)| Persona {
            id: PersonaId(i as u32),
            name: format!("{} {i}", tidy(name, "P".into())),
            ..Persona::default()
        })
        .collect();
    // Phases: runs of stages with the same phase number stand side by side, as maps require.
    let mut phase_ids = Vec::new();
    for (index, title) in titles.iter().enumerate() {
        let mut stage = Stage::new(StageId(index as u32 + 1), tidy(title, format!("S{index}")));
        if let Some(Some(number)) = phase_of.get(index) {
            let previous = index
                .checked_sub(1)
                .and_then(|i| phase_of.get(i).copied().flatten());
            if previous != Some(*number) || phase_ids.is_empty() {
                let id = PhaseId(phase_ids.len() as u32 + 1);
                map.phases.push(Phase::new(id, format!("{title} phase")));
                phase_ids.push(id);
            }
            stage.in_phase = phase_ids.last().copied();
        }
        map.stages.push(stage);
    }
    for phase in &mut map.phases {
        phase.title = phase.title.trim().to_owned();
    }
    let curve = |person: usize| -> BTreeMap<StageId, i8> {
        map.stages
            .iter()
            .enumerate()
            .filter_map(|(i, stage)| {
                scores
                    .get(person)?
                    .get(i)
                    .copied()
                    .flatten()
                    .map(|s| (stage.id, s))
            })
            .collect()
    };
    let first = curve(0);
    let others: BTreeMap<PersonaId, BTreeMap<StageId, i8>> = (1..names.len())
        .map(|i| (PersonaId(i as u32), curve(i)))
        .collect();
    for lane in &mut map.lanes {
        if let LaneKind::Emotion { scores, personas } = &mut lane.kind {
            *scores = first.clone();
            *personas = others.clone();
        }
    }
    map
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    #[test]
    fn any_map_comes_back_through_mermaid(
        titles in proptest::collection::vec(TITLE, 1..8),
        phase_of in proptest::collection::vec(proptest::option::of(0u8..3), 8),
        names in proptest::collection::vec(TITLE, 1..4),
        scores in proptest::collection::vec(
            proptest::collection::vec(proptest::option::of(-2i8..=2), 8), 4),
    ) {
        let map = arbitrary_map(&titles, &phase_of, &names, &scores);
        map.validate(&journeymap::model::Limits::default()).unwrap();
        let back = round_trip(&map);
        proptest::prop_assert_eq!(journey(&back), journey(&map), "\n{}", to_mermaid(&map));
    }
}
