//! Several personas on one map, driven like a user: added in the map info window, chosen there
//! or by a click on their name in the emotion lane's key, each scored on a curve of its own.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use egui::{PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use journeymap::model::{
    Lane, LaneId, LaneKind, Lang, MAX_PERSONAS, Map, MapKind, Persona, PersonaId, Stage, StageId,
    TextRole,
};
use journeymap::ui::EditorApp;

mod editor_support;
use editor_support::{editor, menu, press_release, undo};

const EMOTIONS: LaneId = LaneId(2);
const AWARENESS: StageId = StageId(1);
const PURCHASE: StageId = StageId(2);

/// Two stages, a lane of actions and an emotion lane; the persona Sarah rated Awareness +1.
fn sarah_map() -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::En);
    map.title = "Gym".into();
    map.persona = Persona {
        name: "Sarah".into(),
        ..Persona::default()
    };
    map.stages = vec![
        Stage::new(AWARENESS, "Awareness"),
        Stage::new(PURCHASE, "Purchase"),
    ];
    map.lanes = vec![
        Lane::new(LaneId(1), "Actions", LaneKind::Text(TextRole::Actions)),
        Lane::new(
            EMOTIONS,
            "Emotions",
            LaneKind::Emotion {
                scores: [(AWARENESS, 1)].into(),
                personas: BTreeMap::new(),
            },
        ),
    ];
    map
}

/// The same map with a second persona, Ben, who rated Awareness −2.
fn sarah_and_ben_map() -> Map {
    let mut map = sarah_map();
    map.other_personas = vec![Persona {
        name: "Ben".into(),
        ..Persona::with_id(PersonaId(1))
    }];
    if let LaneKind::Emotion { personas, .. } = &mut map.lanes[1].kind {
        personas.insert(PersonaId(1), [(AWARENESS, -2)].into());
    }
    map
}

fn click(harness: &mut Harness<'_, EditorApp>, pos: Pos2) {
    press_release(harness, pos, PointerButton::Primary, 1);
}

/// Where `score` of a stage sits on screen in the emotion lane.
fn emotion_on_screen(harness: &mut Harness<'_, EditorApp>, stage: StageId, score: i8) -> Pos2 {
    editor_support::emotion_on_screen(harness, EMOTIONS, stage, score)
}

fn score(harness: &Harness<'_, EditorApp>, persona: PersonaId, stage: StageId) -> Option<i8> {
    let map = harness.state().document().map();
    map.lane(EMOTIONS).unwrap().kind.score(persona, stage)
}

/// Whether a persona's name in the key is marked as the one scored.
fn is_chosen(node: &egui_kittest::Node<'_>) -> bool {
    node.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True)
}

fn persona_names(harness: &Harness<'_, EditorApp>) -> Vec<String> {
    let map = harness.state().document().map();
    map.personas().map(|persona| persona.name.clone()).collect()
}

#[test]
fn a_persona_added_in_map_info_gets_a_curve_of_its_own() {
    let mut harness = editor(sarah_map(), None);
    menu(&mut harness, "File", "Map info");
    harness.get_by_label("Add persona").click();
    harness.run();
    // The keyboard is in the new persona's name field already.
    editor_support::type_text(&mut harness, "Ben");
    harness.get_by_label("Close").click();
    harness.run();
    assert_eq!(persona_names(&harness), ["Sarah", "Ben"]);
    let ben = harness.state().document().map().other_personas[0].id;

    // The persona just added is the one scored: its name in the lane's key is chosen.
    assert!(is_chosen(&harness.get_by_label("Curve of Ben")));
    let spot = emotion_on_screen(&mut harness, PURCHASE, -1);
    click(&mut harness, spot);
    assert_eq!(score(&harness, ben, PURCHASE), Some(-1), "Ben's curve");
    assert_eq!(
        score(&harness, PersonaId::FIRST, PURCHASE),
        None,
        "Sarah's curve is left alone"
    );
    assert_eq!(score(&harness, PersonaId::FIRST, AWARENESS), Some(1));
}

#[test]
fn a_click_on_a_name_in_the_key_chooses_whose_curve_is_scored() {
    let mut harness = editor(sarah_and_ben_map(), None);
    assert!(
        is_chosen(&harness.get_by_label("Curve of Sarah")),
        "the first persona is scored at first"
    );
    assert!(!is_chosen(&harness.get_by_label("Curve of Ben")));
    harness.get_by_label("Curve of Ben").click();
    harness.run();
    assert!(is_chosen(&harness.get_by_label("Curve of Ben")));
    let spot = emotion_on_screen(&mut harness, AWARENESS, 2);
    click(&mut harness, spot);
    assert_eq!(score(&harness, PersonaId(1), AWARENESS), Some(2));
    assert_eq!(score(&harness, PersonaId::FIRST, AWARENESS), Some(1));

    harness.get_by_label("Curve of Sarah").click();
    harness.run();
    let spot = emotion_on_screen(&mut harness, PURCHASE, -2);
    click(&mut harness, spot);
    assert_eq!(score(&harness, PersonaId::FIRST, PURCHASE), Some(-2));
    assert_eq!(score(&harness, PersonaId(1), PURCHASE), None);
}

#[test]
fn removing_a_persona_takes_its_curve_and_undo_brings_both_back() {
    let mut harness = editor(sarah_and_ben_map(), None);
    menu(&mut harness, "File", "Map info");
    harness.get_by_label("Ben").click();
    harness.run();
    harness.get_by_label("Remove this persona").click();
    harness.run();
    assert_eq!(persona_names(&harness), ["Sarah"]);
    assert_eq!(score(&harness, PersonaId(1), AWARENESS), None);
    assert!(
        harness.query_by_label("Curve of Sarah").is_none(),
        "a map of one persona needs no key"
    );
    undo(&mut harness);
    assert_eq!(persona_names(&harness), ["Sarah", "Ben"]);
    assert_eq!(score(&harness, PersonaId(1), AWARENESS), Some(-2));
}

#[test]
fn removing_the_first_persona_makes_the_next_one_first_with_its_curve() {
    let mut harness = editor(sarah_and_ben_map(), None);
    menu(&mut harness, "File", "Map info");
    harness.get_by_label("Remove this persona").click();
    harness.run();
    assert_eq!(persona_names(&harness), ["Ben"]);
    assert_eq!(
        score(&harness, PersonaId::FIRST, AWARENESS),
        Some(-2),
        "Ben's curve is now the lane's first"
    );
}

#[test]
fn a_map_holds_at_most_five_personas() {
    let mut harness = editor(sarah_map(), None);
    menu(&mut harness, "File", "Map info");
    for _ in 1..MAX_PERSONAS {
        harness.get_by_label("Add persona").click();
        harness.run();
    }
    assert_eq!(persona_names(&harness).len(), MAX_PERSONAS);
    let add = harness.get_by_label("Add persona");
    assert!(
        add.accesskit_node().is_disabled(),
        "the button is greyed out"
    );
    add.click();
    harness.run();
    assert_eq!(persona_names(&harness).len(), MAX_PERSONAS);
}

#[test]
fn the_command_palette_goes_on_to_the_next_persona_and_round_again() {
    let mut harness = editor(sarah_and_ben_map(), None);
    for expected in ["Curve of Ben", "Curve of Sarah"] {
        editor_support::press(&mut harness, egui::Modifiers::COMMAND, egui::Key::K);
        editor_support::type_text(&mut harness, "next persona");
        editor_support::press(&mut harness, egui::Modifiers::NONE, egui::Key::Enter);
        assert!(is_chosen(&harness.get_by_label(expected)), "{expected}");
    }
}

/// Types `text` one character at a time into whatever has the keyboard, as a hand does; a line
/// break is the Enter key.
fn type_slowly(harness: &mut Harness<'_, EditorApp>, text: &str) {
    for c in text.chars() {
        if c == '\n' {
            harness.key_press(egui::Key::Enter);
        } else {
            harness.event(egui::Event::Text(c.to_string()));
        }
        harness.run();
    }
}

#[test]
fn a_one_per_line_list_keeps_the_spaces_and_line_breaks_typed() {
    let mut harness = editor(sarah_map(), None);
    menu(&mut harness, "File", "Map info");
    editor_support::text_field(&harness, "Goals (one per line)").click();
    harness.run();
    type_slowly(&mut harness, "Test ride on weekend\nmore ");
    let goals =
        |harness: &Harness<'_, EditorApp>| harness.state().document().map().persona.goals.clone();
    assert_eq!(goals(&harness), ["Test ride on weekend", "more"]);
    assert_eq!(
        editor_support::text_field(&harness, "Goals (one per line)")
            .value()
            .as_deref(),
        Some("Test ride on weekend\nmore "),
        "the field shows what was typed, the space at the end too"
    );

    // Leaving the field tidies it to one entry per line; the typing was one undo step.
    harness.get_by_label("Close").click();
    harness.run();
    menu(&mut harness, "File", "Map info");
    assert_eq!(
        editor_support::text_field(&harness, "Goals (one per line)")
            .value()
            .as_deref(),
        Some("Test ride on weekend\nmore")
    );
    undo(&mut harness);
    assert!(goals(&harness).is_empty());
}
