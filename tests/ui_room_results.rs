//! What the room produced, in the editor, driven like a user: the analysis panel ranks the
//! voted cards and a click shows one on the map; the room's curve is kept as a persona with
//! one command and taken back with one undo.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use journeymap::model::{
    CardId, Dots, Feeling, Lane, LaneId, LaneKind, Lang, Map, ParticipantId, PersonaId, StageId,
};
use journeymap::ui::EditorApp;

mod editor_support;
use editor_support::{editor, press, small_map, submenu, type_text, undo};

const EMOTIONS: LaneId = LaneId(2);

/// Opens the analysis panel with its shortcut and picks `view`.
fn open_view(harness: &mut Harness<'_, EditorApp>, view: &str) {
    press(harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::A);
    harness.get_by_label(view).click();
    harness.run();
}

fn dots(participant: u32, card: u32, count: u8) -> Dots {
    Dots {
        participant: ParticipantId(participant),
        card: CardId(card),
        count,
    }
}

/// The small map after a round of voting: "Books a trial" 4 dots, "Asks a friend" 1.
fn voted_map() -> Map {
    let mut map = small_map();
    map.room.dots = vec![dots(1, 3, 3), dots(2, 2, 1), dots(2, 3, 1)];
    map
}

#[test]
fn the_votes_rank_the_cards_and_a_click_shows_one_on_the_map() {
    let mut harness = editor(voted_map(), None);
    // The card on the canvas says its dots to assistive technology; a card without says none.
    harness.get_by_label("Books a trial · 4 dots");
    harness.get_by_label("Sees a poster");
    open_view(&mut harness, "Votes");
    harness.get_by_label("5 dots on 2 cards. Click a card to show it on the map.");
    let first = harness.get_by_label("Books a trial: 4 dots (Purchase · Actions)");
    let second = harness.get_by_label("Asks a friend: 1 dot (Awareness · Actions)");
    assert!(
        first.rect().top() < second.rect().top(),
        "most dots first: {:?} above {:?}",
        first.rect(),
        second.rect()
    );
    assert!(
        harness.query_by_label_contains("Sees a poster:").is_none(),
        "a card without dots is not ranked"
    );

    harness
        .get_by_label("Asks a friend: 1 dot (Awareness · Actions)")
        .click();
    harness.run();
    assert_eq!(harness.state().canvas().selection(), [CardId(2)]);
}

#[test]
fn without_dots_the_votes_say_how_to_get_some() {
    let mut harness = editor(small_map(), None);
    open_view(&mut harness, "Votes");
    harness.get_by_label_contains("Open the room in vote mode");
}

fn feel(participant: u32, stage: u32, score: i8) -> Feeling {
    Feeling {
        participant: ParticipantId(participant),
        stage: StageId(stage),
        score,
    }
}

/// The small map with an emotion lane, the persona's score at Awareness, and the room's: at
/// Awareness −2, −1, −1 (mean −1.33), at Purchase +1, +2 (mean 1.5).
fn scored_map(lang: Lang) -> Map {
    let mut map = small_map();
    map.lang = lang;
    map.persona.name = "Sarah".into();
    map.lanes.push(Lane::new(
        EMOTIONS,
        "Emotions",
        LaneKind::Emotion {
            scores: [(StageId(1), 1)].into(),
            personas: BTreeMap::new(),
        },
    ));
    map.room.feelings = vec![
        feel(1, 1, -2),
        feel(2, 1, -1),
        feel(3, 1, -1),
        feel(1, 2, 1),
        feel(2, 2, 2),
    ];
    map
}

#[test]
fn the_rooms_curve_is_kept_as_a_persona_in_one_undo_step() {
    let mut harness = editor(scored_map(Lang::En), None);
    submenu(
        &mut harness,
        "Edit",
        "Emotion score",
        "Keep the room's curve as a persona",
    );
    let map = harness.state().document().map().clone();
    let kept = map.other_personas.first().expect("a persona was added");
    assert_eq!(kept.name, "The room");
    assert!(kept.role.starts_with("Workshop, "), "{}", kept.role);
    let lane = map.lane(EMOTIONS).unwrap();
    assert_eq!(
        lane.kind.scores_of(kept.id).cloned().unwrap_or_default(),
        BTreeMap::from([(StageId(1), -1), (StageId(2), 2)]),
        "the means, rounded"
    );
    assert_eq!(
        lane.kind.score(PersonaId::FIRST, StageId(1)),
        Some(1),
        "Sarah's curve stays"
    );
    undo(&mut harness);
    let map = harness.state().document().map();
    assert!(map.other_personas.is_empty(), "one undo takes it all back");
    assert_eq!(
        map.lane(EMOTIONS).unwrap().kind.scores_of(kept.id),
        None,
        "and its curve"
    );
}

#[test]
fn a_german_map_keeps_der_raum_and_the_command_waits_for_scores() {
    let mut harness = editor(scored_map(Lang::De), None);
    submenu(
        &mut harness,
        "Edit",
        "Emotion score",
        "Keep the room's curve as a persona",
    );
    let map = harness.state().document().map();
    assert_eq!(map.other_personas[0].name, "Der Raum");

    let mut unscored = scored_map(Lang::En);
    unscored.room.feelings.clear();
    let mut harness = editor(unscored, None);
    // The menu greys it out …
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label("Emotion score").hover();
    harness.run();
    let keep = harness.get_by_label("Keep the room's curve as a persona");
    assert!(keep.accesskit_node().is_disabled(), "greyed out");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    // … and the command palette, found by a word of its own, says why.
    press(&mut harness, Modifiers::COMMAND, Key::K);
    type_text(&mut harness, "workshop");
    let keep =
        harness.get_by_role_and_label(egui::Role::Button, "Keep the room's curve as a persona");
    assert!(keep.accesskit_node().is_disabled());
    harness.get_by_label_contains("Nobody in the room has scored the stages yet");
}
