//! Every released file format opens in this journeymap: a committed fixture of each version
//! loads, and saving it writes the current version.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use journeymap::file::{self, CURRENT_FORMAT, FileError, FormatError};
use journeymap::model::{Map, StageId};

fn fixtures(version: u32) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("format-{version}"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    files.sort();
    files
}

fn declared_version(text: &str) -> u32 {
    let rest = text.split_once("format: ").expect("a version field").1;
    rest[..rest.find(',').unwrap()].parse().unwrap()
}

/// The fixture's text as this journeymap writes it: the current version and, for a file
/// before format 6, each touchpoint's bare phase dropped where the touchpoint follows its stage
/// and written `Some(…)` where it was set by hand.
fn as_current(path: &Path, version: u32, map: &Map) -> String {
    let text = std::fs::read_to_string(path).unwrap().replacen(
        &format!("format: {version},"),
        &format!("format: {CURRENT_FORMAT},"),
        1,
    );
    if version >= 6 {
        return text;
    }
    let mut by_hand = map
        .touchpoints()
        .map(|(_, touchpoint)| touchpoint.phase_by_hand());
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        let bare = line
            .trim()
            .strip_prefix("phase: ")
            .and_then(|rest| rest.strip_suffix(','))
            .filter(|phase| !phase.starts_with("Some(") && *phase != "None");
        match bare {
            Some(phase) => {
                if by_hand.next().expect("a touchpoint per phase") {
                    out.push_str(&line.replacen(phase, &format!("Some({phase})"), 1));
                }
            }
            None => out.push_str(line),
        }
    }
    assert!(by_hand.next().is_none(), "every touchpoint had a phase");
    out
}

/// Bumping the format without committing a fixture of the new version fails here.
#[test]
fn every_version_up_to_the_current_one_has_fixtures_that_declare_it() {
    for version in 1..=CURRENT_FORMAT {
        let files = fixtures(version);
        assert!(!files.is_empty(), "no fixtures of format {version}");
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            assert_eq!(declared_version(&text), version, "{}", path.display());
        }
    }
}

#[test]
fn every_fixture_loads_and_saves_as_the_current_version_keeping_its_content() {
    let out = tempfile::tempdir().unwrap();
    for version in 1..=CURRENT_FORMAT {
        for path in fixtures(version) {
            let map = file::load(&path).unwrap_or_else(|error| panic!("{error}"));
            let saved = out.path().join(path.file_name().unwrap());
            file::save(&map, &saved).unwrap();
            let text = std::fs::read_to_string(&saved).unwrap();
            assert_eq!(declared_version(&text), CURRENT_FORMAT);
            assert_eq!(file::load(&saved).unwrap(), map, "{}", path.display());
        }
    }
}

/// A format-1 fixture is the format-1 file of a bundled example: re-saved, it must give the
/// example's current bytes exactly, so nothing was lost or reinterpreted on the way — except
/// what later formats added to the bundled files and a format-1 file cannot have: the stages'
/// purchase phases (format 3), what is known about touchpoints and the customer questions
/// (format 4), further personas and their curves (format 5).
#[test]
fn format_1_examples_migrate_to_the_bundled_files_byte_for_byte() {
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let mut compared = 0;
    for path in fixtures(1) {
        let name = path.file_name().unwrap();
        let Some(current) = ["examples", "templates"]
            .iter()
            .map(|folder| assets.join(folder).join(name))
            .find(|candidate| candidate.exists())
        else {
            continue;
        };
        let migrated = file::load(&path).unwrap();
        assert!(migrated.stages.iter().all(|stage| stage.phase.is_none()));
        let mut bundled = file::load(&current).unwrap();
        // Without stage phases, a touchpoint keeps the phase it has today: pinned by hand,
        // then read as a file without stage phases is.
        let phases: Vec<_> = bundled
            .touchpoints()
            .map(|(card, touchpoint)| bundled.phase_of(card, touchpoint))
            .collect();
        for (touchpoint, phase) in bundled
            .cards
            .iter_mut()
            .filter_map(|card| card.touchpoint.as_mut())
            .zip(phases)
        {
            touchpoint.phase = Some(phase);
        }
        for stage in &mut bundled.stages {
            stage.phase = None;
            stage.in_phase = None;
        }
        // Phases over stages came with format 7.
        bundled.phases.clear();
        bundled.follow_stage_phases();
        for card in &mut bundled.cards {
            if let Some(touchpoint) = &mut card.touchpoint {
                let facets = journeymap::model::Touchpoint {
                    setting: touchpoint.setting,
                    ownership: touchpoint.ownership,
                    phase: touchpoint.phase,
                    ..journeymap::model::Touchpoint::of(touchpoint.channel)
                };
                *touchpoint = facets;
            }
        }
        bundled.questions.clear();
        bundled.other_personas.clear();
        for lane in &mut bundled.lanes {
            if let journeymap::model::LaneKind::Emotion { personas, .. } = &mut lane.kind {
                personas.clear();
            }
        }
        assert_eq!(
            file::to_ron(&migrated).unwrap(),
            file::to_ron(&bundled).unwrap()
        );
        compared += 1;
    }
    assert!(compared >= 2, "fixtures of bundled files: {compared}");
}

#[test]
fn format_2_sizes_and_folds_survive_a_round_trip() {
    let path = &fixtures(2)[0];
    let map = file::load(path).unwrap();
    assert_eq!(map.stages[1].width, Some(340.0));
    assert_eq!(map.lanes[0].height, Some(180.0));
    assert!(map.lanes[2].collapsed);
    assert_eq!(
        file::to_ron(&map).unwrap(),
        as_current(path, 2, &map),
        "the fixture is canonical"
    );
}

#[test]
fn format_3_stage_phases_survive_a_round_trip() {
    use journeymap::model::PurchasePhase::{PostPurchase, PrePurchase, Purchase};
    let path = &fixtures(3)[0];
    let map = file::load(path).unwrap();
    let phases: Vec<_> = map.stages.iter().map(|stage| stage.phase).collect();
    assert_eq!(
        phases,
        [
            Some(PrePurchase),
            Some(Purchase),
            Some(PostPurchase),
            Some(PostPurchase),
            Some(PostPurchase)
        ]
    );
    assert_eq!(
        file::to_ron(&map).unwrap(),
        as_current(path, 3, &map),
        "the fixture is canonical"
    );
}

#[test]
fn a_file_from_a_newer_journeymap_says_so_with_both_versions() {
    let text = std::fs::read_to_string(&fixtures(CURRENT_FORMAT)[0])
        .unwrap()
        .replacen(
            &format!("format: {CURRENT_FORMAT},"),
            &format!("format: {},", CURRENT_FORMAT + 1),
            1,
        );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("from-the-future.ron");
    std::fs::write(&path, text).unwrap();
    let error = file::load(&path).unwrap_err();
    assert!(matches!(
        error,
        FileError::Format {
            problem: FormatError::NewerFormat { .. },
            ..
        }
    ));
    let message = error.to_string();
    assert!(message.contains("newer journeymap"), "{message}");
    assert!(
        message.contains(&format!("format {}", CURRENT_FORMAT + 1))
            && message.contains(&CURRENT_FORMAT.to_string()),
        "{message}"
    );
}

#[test]
fn format_4_ratings_evidence_questions_and_origin_survive_a_round_trip() {
    use journeymap::model::{Ask, EvidenceLevel, Relation, StandardQuestion};
    let path = &fixtures(4)[0];
    let map = file::load(path).unwrap();
    let reviews = map.cards[0].touchpoint.as_ref().unwrap();
    assert_eq!(
        (reviews.importance, reviews.performance),
        (Some(5), Some(2))
    );
    assert_eq!(reviews.evidence, Some(EvidenceLevel::Backed));
    assert!((reviews.metric("durchschnittliche bewertung").unwrap().value - 4.1).abs() < 1e-9);
    assert_eq!(reviews.metrics[1].unit, "");
    assert_eq!(reviews.quotes.len(), 1);
    let reminder = map.cards[2].touchpoint.as_ref().unwrap();
    assert_eq!((reminder.importance, reminder.performance), (None, None));
    assert_eq!(
        map.questions[0].ask,
        Ask::Standard(StandardQuestion::FirstHeard)
    );
    assert!(map.questions[0].done && !map.questions[1].done);
    assert_eq!(
        map.origin.as_ref().unwrap().relation,
        Relation::FutureStateOf
    );
    assert_eq!(map.crowded_above(), 5);
    assert_eq!(
        file::to_ron(&map).unwrap(),
        as_current(path, 4, &map),
        "the fixture is canonical"
    );
}

#[test]
fn format_5_personas_and_their_curves_survive_a_round_trip() {
    use journeymap::model::PersonaId;
    let path = &fixtures(5)[0];
    let map = file::load(path).unwrap();
    let names: Vec<&str> = map
        .personas()
        .map(|persona| persona.name.as_str())
        .collect();
    assert_eq!(names, ["Marion, 58", "Aylin, 27", "Jonas, 41"]);
    assert_eq!(map.other_personas[1].id, PersonaId(3));
    let emotions = &map.lanes[1].kind;
    assert_eq!(emotions.score(PersonaId::FIRST, StageId(2)), Some(2));
    assert_eq!(emotions.score(PersonaId(1), StageId(2)), Some(-2));
    assert_eq!(emotions.score(PersonaId(3), StageId(1)), None);
    assert_eq!(
        file::to_ron(&map).unwrap(),
        as_current(path, 5, &map),
        "the fixture is canonical"
    );
}

#[test]
fn format_6_touchpoints_follow_their_stage_unless_set_by_hand_and_round_trip() {
    use journeymap::model::PurchasePhase::{PostPurchase, PrePurchase, Purchase};
    let path = &fixtures(6)[0];
    let map = file::load(path).unwrap();
    let phases: Vec<_> = map
        .touchpoints()
        .map(|(card, touchpoint)| {
            (
                card.title.as_str(),
                map.phase_of(card, touchpoint),
                touchpoint.phase_by_hand(),
            )
        })
        .collect();
    assert_eq!(
        phases,
        [
            ("Telefon im Salon", Purchase, false),
            ("Bewertung nach dem Termin", PostPurchase, true),
            // A stage outside the purchase: the channel's usual phase.
            ("Instagram-Profil des Salons", PrePurchase, false),
            ("Erinnerung an den nächsten Termin", PostPurchase, false),
        ]
    );
    assert_eq!(
        file::to_ron(&map).unwrap(),
        as_current(path, 6, &map),
        "the fixture is canonical, byte for byte"
    );
}

/// Before format 6 every touchpoint stored a phase: one equal to its stage's reads as
/// following the stage (and then moves with it), a different one as set by hand.
#[test]
fn older_touchpoints_with_their_stages_phase_follow_it_and_others_stay_by_hand() {
    use journeymap::edit::Edit;
    use journeymap::model::PurchasePhase::{PostPurchase, PrePurchase, Purchase};
    let text = std::fs::read_to_string(&fixtures(5)[0]).unwrap();
    let review = r#"            (
                id: 2,
                lane: 1,
                stage: 2,
                title: "Bewertung",
                touchpoint: Some((
                    channel: ReviewPortal,
                    setting: Online,
                    ownership: Earned,
                    phase: PostPurchase,
                )),
            ),
        ],
    ),
)"#;
    let with_a_review = text.replacen("        ],\n    ),\n)", review, 1);
    assert_ne!(with_a_review, text);
    let mut map = file::from_ron(with_a_review.as_bytes()).unwrap();
    let phone = map.cards[0].touchpoint.as_ref().unwrap();
    assert_eq!(
        phone.phase, None,
        "the phone had its stage's phase: it follows"
    );
    let review = map.cards[1].touchpoint.as_ref().unwrap();
    assert_eq!(review.phase, Some(PostPurchase), "set by hand, kept");

    Edit::SetStagePhase {
        id: StageId(2),
        phase: Some(PrePurchase),
    }
    .apply(&mut map)
    .unwrap();
    let phase = |map: &Map, index: usize| {
        let card = &map.cards[index];
        map.phase_of(card, card.touchpoint.as_ref().unwrap())
    };
    assert_eq!(
        phase(&map, 0),
        PrePurchase,
        "the phone moves with its stage"
    );
    assert_eq!(phase(&map, 1), PostPurchase);
    assert_ne!(phase(&map, 0), Purchase);
}

/// Format 7 groups stages into phases; the fixture's two phases come back over the right
/// stages, with the stage between them in none.
#[test]
fn phases_over_stages_load_from_format_7() {
    let path = fixtures(7)
        .into_iter()
        .find(|path| path.to_string_lossy().contains("phases"))
        .expect("a format-7 fixture with phases");
    let map = file::load(&path).unwrap();
    let runs: Vec<(Option<String>, std::ops::Range<usize>)> = map
        .phase_runs()
        .into_iter()
        .map(|run| {
            let title = run
                .phase
                .and_then(|id| map.phase(id))
                .map(|phase| phase.title.clone());
            (title, run.stages)
        })
        .collect();
    assert_eq!(
        runs,
        [
            (Some("Before joining".to_owned()), 0..2),
            (None, 2..3),
            (Some("Being a member".to_owned()), 3..5),
        ]
    );
    assert_eq!(
        file::to_ron(&map).unwrap(),
        as_current(&path, 7, &map),
        "the fixture is canonical, byte for byte"
    );
}

/// Format 8 keeps what the room produced: the inbox note still waits, the taken note names its
/// card, the dots and the room's curve come back, and the file is written the same way again.
#[test]
fn the_room_loads_from_format_8() {
    use journeymap::model::{NoteState, RoomMode};
    let path = fixtures(8)
        .into_iter()
        .find(|path| path.to_string_lossy().contains("room"))
        .expect("a format-8 fixture with a room");
    let map = file::load(&path).unwrap();
    let room = &map.room;
    assert_eq!(room.settings.mode, RoomMode::Vote);
    assert_eq!(room.participants.len(), 3);
    let waiting: Vec<&str> = room.inbox().map(|note| note.text.as_str()).collect();
    assert_eq!(
        waiting,
        ["„Schon wieder keine Dinkelbrötchen“ – Kundin am Telefon"]
    );
    let NoteState::Taken(card) = room.notes[0].state else {
        panic!("the first note was taken onto the map");
    };
    assert_eq!(map.card(card).unwrap().title, room.notes[0].text);
    assert_eq!(room.dots_on(card), 4);
    let second = map.stages[1].id;
    let feeling = room.feeling_at(second).unwrap();
    assert_eq!(feeling.count, 3);
    assert!((feeling.mean + 5.0 / 3.0).abs() < 1e-5);
    assert_eq!(
        file::to_ron(&map).unwrap(),
        std::fs::read_to_string(&path).unwrap(),
        "the fixture is canonical, byte for byte"
    );
}

/// A room record that contradicts itself is refused with a message naming it, not half read.
#[test]
fn a_room_record_with_a_note_number_used_twice_is_refused() {
    let path = fixtures(8)
        .into_iter()
        .find(|path| path.to_string_lossy().contains("room"))
        .unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let twice = text.replacen(
        "                    id: 3,\n                    participant: 3,",
        "                    id: 2,\n                    participant: 3,",
        1,
    );
    assert_ne!(twice, text);
    let error = file::from_ron(twice.as_bytes()).unwrap_err().to_string();
    assert!(error.contains("notes from the room"), "{error}");
}
