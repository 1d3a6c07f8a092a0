use std::fmt::Write as _;

use super::*;
use crate::model::{LaneKind, MAX_PERSONAS, PersonaId, StageId};

fn one(text: &str) -> (Map, Vec<Note>) {
    let mut import = import_text(text, Lang::En).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(import.maps.len(), 1);
    (import.maps.remove(0), import.notes)
}

fn curves(map: &Map) -> Vec<Vec<(u32, i8)>> {
    let LaneKind::Emotion { scores, personas } = &map
        .lanes
        .iter()
        .find(|lane| matches!(lane.kind, LaneKind::Emotion { .. }))
        .unwrap()
        .kind
    else {
        unreachable!()
    };
    std::iter::once(scores)
        .chain(personas.values())
        .map(|curve| {
            curve
                .iter()
                .map(|(stage, score)| (stage.0, *score))
                .collect()
        })
        .collect()
}

#[test]
fn sections_tasks_actors_and_scores_become_phases_stages_personas_and_curves() {
    let (map, notes) = one(
        "journey\n  title My working day\n  accDescr: How the day goes\n  Wake up: 2\n  section Go to work\n    Make tea: 5: Me\n    Go upstairs: 3: Me, Cat\n  section Go home\n    Sit down: 5: Cat\n",
    );
    assert_eq!(map.title, "My working day");
    assert_eq!(map.goal, "How the day goes");
    let titles: Vec<&str> = map.stages.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Wake up", "Make tea", "Go upstairs", "Sit down"]);
    assert_eq!(map.stages[0].in_phase, None);
    assert_eq!(map.phases.len(), 2);
    assert_eq!(map.phase_of_stage(StageId(3)).unwrap().title, "Go to work");
    assert_eq!(map.phase_of_stage(StageId(4)).unwrap().title, "Go home");
    assert_ne!(map.phases[0].colour, map.phases[1].colour);
    let names: Vec<&str> = map.personas().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Me", "Cat"]);
    // A task without actors scores the first persona.
    assert_eq!(
        curves(&map),
        [vec![(1, -1), (2, 2), (3, 0)], vec![(3, 0), (4, 2)]]
    );
    assert_eq!(map.cards.len(), 4);
    assert_eq!(map.cards[1].title, "Make tea");
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn a_journey_without_actors_has_one_customer() {
    let (map, _) = one("journey\nPay: 1\n");
    assert_eq!(map.persona.name, "Customer");
    let de = import_text("journey\nZahlen: 1\n", Lang::De).unwrap();
    assert_eq!(de.maps[0].persona.name, "Kunde");
    assert_eq!(de.maps[0].lanes[0].title, "Kundenaktionen");
}

#[test]
fn actors_beyond_five_are_named_in_a_note() {
    let (map, notes) = one("journey\nA: 3: P1, P2, P3, P4, P5, P6, P7\n");
    assert_eq!(map.personas().count(), MAX_PERSONAS);
    assert_eq!(
        notes,
        [Note::ExtraActors {
            names: vec!["P6".into(), "P7".into()],
            max: 5
        }]
    );
    assert!(notes[0].message(Lang::De).contains("P6, P7"));
}

#[test]
fn markdown_gives_one_map_per_journey_block_and_notes_the_others() {
    let text = "# Two journeys\n\n```mermaid\njourney\n  A: 3\n```\n\n```mermaid\nflowchart LR\n  A-->B\n```\n\n```mermaid\njourney\n  title Second\n  B: 4\n```\n";
    let import = import_text(text, Lang::En).unwrap();
    assert_eq!(import.maps.len(), 2);
    assert_eq!(import.maps[1].title, "Second");
    assert_eq!(
        import.notes,
        [Note::SkippedBlock {
            line: 9,
            kind: "flowchart".into()
        }]
    );
    let error = import_text("# none\n```mermaid\nflowchart LR\n```\n", Lang::En).unwrap_err();
    assert_eq!(error.problem, Problem::NoJourneyBlock);
    // An error in the second block names the line of the Markdown file.
    let error = import_text(&text.replace("B: 4", "B: 9"), Lang::De).unwrap_err();
    assert_eq!(error.line, 16);
    assert!(
        error
            .message(Lang::De)
            .starts_with("Zeile 16, Spalte 6: die Bewertung 9")
    );
}

#[test]
fn too_many_tasks_or_an_overlong_name_are_refused_with_a_message() {
    let mut text = String::from("journey\n");
    for index in 0..150 {
        writeln!(text, "section S{index}\nTask {index}: 3").unwrap();
    }
    let error = import_text(&text, Lang::En).unwrap_err();
    assert_eq!(
        error.problem,
        Problem::TooManyStages {
            count: 150,
            max: 100
        }
    );
    let long = format!("journey\n{}: 3\n", "x".repeat(30_000));
    let error = import_text(&long, Lang::En).unwrap_err();
    assert_eq!(
        (error.line, error.problem),
        (2, Problem::TooLong { max: 20_000 })
    );
}

#[test]
fn entities_comments_and_non_latin_text_come_through_as_mermaid_shows_them() {
    let (map, _) = one(
        "---\ntitle: Front\n---\n%% a comment\njourney\n    %% indented comment\n    section 買い物\n        Kasse#58; Zahlung#44; bar#59; #35;1: 4: Анна, Jörg#44; Sohn\n        Zweite#10;Zeile<br>: 3: Анна\n",
    );
    assert_eq!(map.title, "Front");
    assert_eq!(map.phases[0].title, "買い物");
    assert_eq!(map.stages[0].title, "Kasse: Zahlung, bar; #1");
    assert_eq!(map.stages[1].title, "Zweite\nZeile<br>");
    let names: Vec<&str> = map.personas().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Анна", "Jörg, Sohn"]);
    assert_eq!(curves(&map)[1], [(1, 1)]);
    let _ = PersonaId::FIRST;
}

#[test]
fn bytes_in_utf16_are_read_and_binary_is_refused() {
    let text = "journey\nPay: 2\n";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let import = import_bytes(&utf16, Lang::En, MapKind::CurrentState).unwrap();
    assert_eq!(import.maps[0].stages[0].title, "Pay");
    let error = import_bytes(
        &[0x89, b'P', b'N', b'G', 0, 0, 1],
        Lang::En,
        MapKind::CurrentState,
    )
    .unwrap_err();
    assert_eq!(error.problem, Problem::Binary);
    let error =
        import_bytes(b"journey\nA: 3\n\xff\xfe", Lang::En, MapKind::CurrentState).unwrap_err();
    assert_eq!((error.line, error.problem), (3, Problem::NotUtf8));
}

#[test]
fn a_control_character_before_a_name_leaves_no_spaces_at_its_start() {
    // Found by fuzzing: the control character was taken out after the name was trimmed.
    let (map, _) = one("journey\n \u{16}  Abend: 4\n");
    assert_eq!(map.stages[0].title, "Abend");
}

#[test]
fn a_section_of_nothing_but_control_characters_ends_the_phase_like_a_blank_one() {
    let (map, _) = one("journey\nsection A\n  One: 3\nsection \u{16}\n  Two: 3\n");
    assert_eq!(map.phases.len(), 1);
    assert_eq!(map.stages[1].in_phase, None);
}

#[test]
fn a_text_at_the_limit_written_with_entity_codes_still_imports() {
    // Found by fuzzing: the length was measured before the codes were decoded.
    let braces = "#123;".repeat(20_000);
    let (map, _) = one(&format!("journey\naccDescr: {braces}\nPay: 3\n"));
    assert_eq!(map.goal.chars().count(), 20_000);
}
