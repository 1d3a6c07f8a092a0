//! The analysis panel driven like a user: the customer questions are ticked off and answered,
//! and the team adds questions of its own.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::model::{Ask, StandardQuestion};
use journeymap::ui::EditorApp;

mod editor_support;
use editor_support::{editor, press, small_map, undo};

/// Opens the analysis panel with its shortcut and picks `view`.
fn open_view(harness: &mut Harness<'_, EditorApp>, view: &str) {
    press(harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::A);
    harness.get_by_label(view).click();
    harness.run();
}

#[test]
fn a_question_is_answered_and_ticked_off_in_the_maps_language() {
    let mut map = small_map();
    map.lang = journeymap::model::Lang::De;
    let mut harness = editor(map, None);
    open_view(&mut harness, "Questions");
    harness.get_by_label("0 of 9 questions answered");

    let answer = harness.get_by_label("Answer to: Wie haben Sie zum ersten Mal von uns gehört?");
    answer.click();
    harness.run();
    harness
        .get_by_label("Answer to: Wie haben Sie zum ersten Mal von uns gehört?")
        .type_text("Über eine Freundin");
    harness.run();
    harness
        .get_by_label("Answered: Was hat Sie zum Kauf bewogen?")
        .click();
    harness.run();
    // Click elsewhere: the answer's typing ends as one undo step.
    press(&mut harness, Modifiers::NONE, Key::Escape);

    let questions = &harness.state().document().map().questions;
    assert_eq!(
        questions.len(),
        2,
        "only questions with something recorded are kept"
    );
    let first = questions
        .iter()
        .find(|q| q.ask == Ask::Standard(StandardQuestion::FirstHeard))
        .unwrap();
    assert_eq!(first.answer, "Über eine Freundin");
    assert!(!first.done);
    assert!(
        questions
            .iter()
            .any(|q| q.ask == Ask::Standard(StandardQuestion::WhyBought) && q.done)
    );
    harness.get_by_label("2 of 9 questions answered");

    undo(&mut harness);
    assert_eq!(
        harness.state().document().map().questions.len(),
        1,
        "the tick goes first"
    );
    undo(&mut harness);
    assert!(harness.state().document().map().questions.is_empty());
}

#[test]
fn the_team_adds_and_removes_a_question_of_its_own() {
    let mut harness = editor(small_map(), None);
    open_view(&mut harness, "Questions");
    harness.get_by_label("Add a question of your own").click();
    harness.run();
    harness.get_by_label("Your own question").click();
    harness.run();
    harness
        .get_by_label("Your own question")
        .type_text("Would you book online?");
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(
        harness.state().document().map().questions[0].ask,
        Ask::Own("Would you book online?".into())
    );
    harness.get_by_label("0 of 10 questions answered");

    harness.get_by_label("Remove this question").click();
    harness.run();
    assert!(harness.state().document().map().questions.is_empty());
}

/// The bundled fitness example: rated touchpoints in every quadrant.
fn fitness() -> journeymap::model::Map {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples/fitness-studio-current-state.ron");
    journeymap::file::load(&path).unwrap()
}

#[test]
fn clicking_a_dot_of_the_priority_matrix_selects_its_card() {
    let map = fitness();
    let (card, touchpoint) = map
        .touchpoints()
        .find(|(_, t)| t.importance.is_some() && t.performance.is_some())
        .map(|(card, t)| (card.clone(), t.clone()))
        .unwrap();
    let mut harness = editor(map, None);
    open_view(&mut harness, "Priority matrix");
    let dot = format!(
        "{}: importance {}, performance {}",
        card.title,
        touchpoint.importance.unwrap(),
        touchpoint.performance.unwrap()
    );
    harness.get_by_label(&dot).click();
    harness.run();
    assert_eq!(harness.state().canvas().selection(), [card.id]);
    // The touchpoints still to be rated are listed, each a link to its card.
    let unrated = harness
        .state()
        .document()
        .map()
        .touchpoints()
        .find(|(_, t)| t.importance.is_none() || t.performance.is_none())
        .map(|(card, _)| (card.id, card.title.clone()))
        .unwrap();
    harness.get_by_label(&unrated.1).click();
    harness.run();
    assert_eq!(harness.state().canvas().selection(), [unrated.0]);
}

#[test]
fn clicking_a_facet_value_picks_only_those_cards_until_shown_all() {
    let mut harness = editor(fitness(), None);
    open_view(&mut harness, "Facets");
    let paid = harness
        .state()
        .document()
        .map()
        .touchpoints()
        .filter(|(_, t)| t.ownership == journeymap::model::Ownership::Paid)
        .count();
    harness.get_by_label(&format!("Paid · {paid}")).click();
    harness.run();
    let session = harness.state().session().unwrap();
    assert_eq!(
        session.looks().facet,
        Some(journeymap::analysis::FacetValue::Ownership(
            journeymap::model::Ownership::Paid
        ))
    );
    let picked = journeymap::analysis::cards_with(
        harness.state().document().map(),
        session.looks().facet.unwrap(),
    );
    assert_eq!(picked.len(), paid);
    harness.get_by_label("Show all").click();
    harness.run();
    assert_eq!(harness.state().session().unwrap().looks().facet, None);
}

#[test]
fn the_heat_colouring_paints_the_cards_by_the_chosen_measure() {
    let mut harness = editor(fitness(), None);
    open_view(&mut harness, "Heat");
    harness.get_by_label("Performance").click();
    harness.run();
    assert_eq!(
        harness.state().session().unwrap().looks().heat,
        Some(journeymap::analysis::HeatMeasure::Rating(
            journeymap::model::RatingKind::Performance
        ))
    );
    harness.get_by_label_contains("touchpoints have a value");
    harness.get_by_label("No colouring").click();
    harness.run();
    assert_eq!(harness.state().session().unwrap().looks().heat, None);
}
