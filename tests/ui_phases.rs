//! Phases in the editor, driven like a user. A touchpoint's purchase phase: it follows its
//! stage's phase (the inspector says so), a phase chosen by hand stays, and "Follow the stage"
//! hands it back; changing the stage's phase moves the touchpoints that follow it in one undo
//! step. Phases over stages (the band above the headers): made from a stage header's menu,
//! renamed, recoloured, merged and removed from the band, each one undo step; a stage moved
//! across a phase boundary changes phase; the German palette finds them as "Abschnitt".
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::PointerButton;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::model::{
    Card, CardId, Channel, Lane, LaneId, LaneKind, Lang, Map, MapKind, Phase, PhaseColour, PhaseId,
    PurchasePhase, Stage, StageId, TextRole, Touchpoint,
};
use journeymap::ui::EditorApp;

mod editor_support;
use editor_support::{center_of, editor_sized, press, press_release, type_into, type_text, undo};

const WEBSITE: CardId = CardId(1);

/// Two stages, before and during the purchase; the website sits in the purchase stage and
/// follows its phase.
fn map() -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::En);
    map.title = "Phases".into();
    map.stages = vec![
        Stage {
            phase: Some(PurchasePhase::PrePurchase),
            ..Stage::new(StageId(1), "Awareness")
        },
        Stage {
            phase: Some(PurchasePhase::Purchase),
            ..Stage::new(StageId(2), "Checkout")
        },
    ];
    map.lanes = vec![Lane::new(LaneId(1), "Touchpoints", LaneKind::Touchpoints)];
    let mut website = Card::new(WEBSITE, LaneId(1), StageId(2), "Our website");
    website.touchpoint = Some(Touchpoint::of(Channel::Website));
    map.cards = vec![website];
    map
}

fn editor() -> Harness<'static, EditorApp> {
    let mut harness = editor_sized(map(), None, egui::vec2(1300.0, 1500.0));
    harness.run();
    harness
}

/// The website's phase as stored (`None`: it follows its stage) and the phase it is in.
fn phase(harness: &Harness<'_, EditorApp>) -> (Option<PurchasePhase>, PurchasePhase) {
    let map = harness.state().document().map();
    let card = map.card(WEBSITE).unwrap();
    let touchpoint = card.touchpoint.as_ref().unwrap();
    (touchpoint.phase, map.phase_of(card, touchpoint))
}

fn click(harness: &mut Harness<'_, EditorApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

#[test]
fn a_touchpoint_follows_its_stages_phase_until_set_by_hand_and_can_be_handed_back() {
    let mut harness = editor();
    // The stage's phase changes, and the website with it, in one undo step.
    let header = center_of(&harness, "Checkout");
    press_release(&mut harness, header, PointerButton::Secondary, 1);
    click(&mut harness, "Purchase phase");
    click(&mut harness, "Post-purchase");
    assert_eq!(phase(&harness), (None, PurchasePhase::PostPurchase));
    undo(&mut harness);
    assert_eq!(phase(&harness), (None, PurchasePhase::Purchase));

    let card = center_of(&harness, "Our website");
    press_release(&mut harness, card, PointerButton::Primary, 1);
    assert!(
        harness
            .query_by_label("From the stage (Purchase)")
            .is_some(),
        "the inspector says where the phase comes from"
    );

    // Chosen by hand, it stays when the stage changes.
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Purchase phase")
        .click();
    harness.run();
    click(&mut harness, "Pre-purchase");
    assert_eq!(
        phase(&harness),
        (Some(PurchasePhase::PrePurchase), PurchasePhase::PrePurchase)
    );
    assert!(harness.query_by_label("Set by hand").is_some());
    assert!(
        harness
            .query_by_label("From the stage (Purchase)")
            .is_none()
    );

    click(&mut harness, "Follow the stage");
    assert_eq!(phase(&harness), (None, PurchasePhase::Purchase));
    assert!(
        harness
            .query_by_label("From the stage (Purchase)")
            .is_some()
    );
    undo(&mut harness);
    assert_eq!(
        phase(&harness).0,
        Some(PurchasePhase::PrePurchase),
        "handing it back is an undo step of its own"
    );
}

// ---------------------------------------------------------------------------------------------
// Phases over stages: the band above the stage headers
// ---------------------------------------------------------------------------------------------

/// Four stages in no phase, a lane of actions with a card in the first stage.
fn journey() -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::En);
    map.title = "Studio".into();
    map.stages = ["Awareness", "Consideration", "Visit", "Loyalty"]
        .iter()
        .zip(1..)
        .map(|(title, id)| Stage::new(StageId(id), *title))
        .collect();
    map.lanes = vec![Lane::new(
        LaneId(1),
        "Actions",
        LaneKind::Text(TextRole::Actions),
    )];
    map.cards = vec![Card::new(CardId(1), LaneId(1), StageId(1), "Sees a poster")];
    map
}

fn phases_editor(map: Map) -> Harness<'static, EditorApp> {
    let mut harness = editor_sized(map, None, egui::vec2(1400.0, 900.0));
    harness.run();
    harness
}

/// Each stage's phase, by title ("" for none), left to right.
fn stage_phases(harness: &Harness<'_, EditorApp>) -> Vec<String> {
    let map = harness.state().document().map();
    map.stages
        .iter()
        .map(|stage| {
            map.phase_of_stage(stage.id)
                .map(|p| p.title.clone())
                .unwrap_or_default()
        })
        .collect()
}

fn stage_titles(harness: &Harness<'_, EditorApp>) -> Vec<String> {
    let map = harness.state().document().map();
    map.stages.iter().map(|s| s.title.clone()).collect()
}

/// Right-clicks the widget labelled `target` and clicks `entries` in turn (submenus first).
fn context(harness: &mut Harness<'_, EditorApp>, target: &str, entries: &[&str]) {
    let at = center_of(harness, target);
    press_release(harness, at, PointerButton::Secondary, 1);
    for entry in entries {
        harness
            .query_by_label(entry)
            .unwrap_or_else(|| panic!("no entry {entry:?} in the menu of {target:?}"))
            .click();
        harness.run();
    }
}

/// Makes a phase over `stage` from its header's menu and types its title: the field opens
/// with the made title selected, so typing replaces it.
fn add_phase(harness: &mut Harness<'_, EditorApp>, stage: &str, title: &str) {
    context(harness, stage, &["Phase", "Add phase over this stage"]);
    type_text(harness, title);
    press(harness, Modifiers::NONE, Key::Enter);
}

#[test]
fn a_phase_is_made_from_a_stage_header_and_renamed_recoloured_merged_and_removed() {
    let mut harness = phases_editor(journey());
    assert!(harness.query_by_label("Phase Before the visit").is_none());

    add_phase(&mut harness, "Awareness", "Before the visit");
    assert_eq!(stage_phases(&harness), ["Before the visit", "", "", ""]);
    assert!(
        harness.query_by_label("Phase Before the visit").is_some(),
        "the band's segment is named by its phase"
    );
    undo(&mut harness);
    assert_eq!(
        stage_phases(&harness),
        ["Phase 1", "", "", ""],
        "typing the title is a step of its own"
    );
    undo(&mut harness);
    assert!(harness.state().document().map().phases.is_empty());
    assert!(
        harness.query_by_label_contains("Phase Phase").is_none(),
        "no band"
    );

    add_phase(&mut harness, "Awareness", "Before the visit");
    // Recolour from the band's own menu.
    context(
        &mut harness,
        "Phase Before the visit",
        &["Phase colour", "Mint"],
    );
    let colour = |harness: &Harness<'_, EditorApp>| {
        harness
            .state()
            .document()
            .map()
            .phases
            .first()
            .map(|p| p.colour)
    };
    assert_eq!(colour(&harness), Some(PhaseColour::Mint));
    undo(&mut harness);
    assert_eq!(
        colour(&harness),
        Some(PhaseColour::Sand),
        "the first colour"
    );
    context(
        &mut harness,
        "Phase Before the visit",
        &["Phase colour", "Rose"],
    );
    assert_eq!(colour(&harness), Some(PhaseColour::Rose));

    // Double-click on the band renames in place. Half a second of frames first, so the menu
    // click just before does not count as the double click's first click.
    for _ in 0..30 {
        harness.step();
    }
    let band = center_of(&harness, "Phase Before the visit");
    press_release(&mut harness, band, PointerButton::Primary, 2);
    type_into(&mut harness, "Rename", "Before");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(stage_phases(&harness), ["Before", "", "", ""]);
    undo(&mut harness);
    assert_eq!(stage_phases(&harness), ["Before the visit", "", "", ""]);

    // A second phase over "Visit"; merged, "Consideration" between them joins.
    add_phase(&mut harness, "Visit", "At the studio");
    assert_eq!(
        stage_phases(&harness),
        ["Before the visit", "", "At the studio", ""]
    );
    let before_merge = harness.state().document().map().clone();
    context(
        &mut harness,
        "Phase Before the visit",
        &["Merge phase with the phase on the right"],
    );
    assert_eq!(
        stage_phases(&harness),
        [
            "Before the visit",
            "Before the visit",
            "Before the visit",
            ""
        ]
    );
    assert_eq!(harness.state().document().map().phases.len(), 1);
    undo(&mut harness);
    assert_eq!(
        *harness.state().document().map(),
        before_merge,
        "undo restores both phases exactly"
    );

    // Removed, the stages stay; undo brings the phase back as it was.
    context(
        &mut harness,
        "Phase At the studio",
        &["Remove phase (stages stay)"],
    );
    assert_eq!(stage_phases(&harness), ["Before the visit", "", "", ""]);
    assert_eq!(harness.state().document().map().stages.len(), 4);
    assert!(harness.query_by_label("Phase At the studio").is_none());
    undo(&mut harness);
    assert_eq!(*harness.state().document().map(), before_merge);
}

/// Stages 1–2 in "Before", 3–4 in "After".
fn two_phases() -> Map {
    let mut map = journey();
    map.phases = vec![
        Phase::new(PhaseId(1), "Before"),
        Phase {
            colour: PhaseColour::Sky,
            ..Phase::new(PhaseId(2), "After")
        },
    ];
    for (index, stage) in map.stages.iter_mut().enumerate() {
        stage.in_phase = Some(PhaseId(if index < 2 { 1 } else { 2 }));
    }
    map
}

#[test]
fn a_stage_moved_across_a_phase_boundary_changes_phase() {
    let mut harness = phases_editor(two_phases());
    // "Visit", first of "After", moved one place left: between two stages of "Before".
    context(&mut harness, "Visit", &["Move stage left"]);
    assert_eq!(
        stage_titles(&harness),
        ["Awareness", "Visit", "Consideration", "Loyalty"]
    );
    assert_eq!(
        stage_phases(&harness),
        ["Before", "Before", "Before", "After"]
    );
    undo(&mut harness);
    assert_eq!(
        stage_phases(&harness),
        ["Before", "Before", "After", "After"]
    );

    // Dragged by its header past "Visit", "Awareness" lands inside "After" and joins it.
    let from = center_of(&harness, "Awareness");
    let visit = editor_support::rect_of(&harness, "Visit");
    editor_support::drag(
        &mut harness,
        from,
        egui::pos2(visit.right() - 10.0, visit.center().y),
    );
    assert_eq!(
        stage_titles(&harness),
        ["Consideration", "Visit", "Awareness", "Loyalty"]
    );
    assert_eq!(
        stage_phases(&harness),
        ["Before", "After", "After", "After"]
    );
    undo(&mut harness);
    assert_eq!(
        stage_phases(&harness),
        ["Before", "Before", "After", "After"]
    );

    // At the boundary, a stage can also be handed to the neighbouring phase.
    context(
        &mut harness,
        "Visit",
        &["Phase", "Move stage into the phase on the left"],
    );
    assert_eq!(
        stage_phases(&harness),
        ["Before", "Before", "Before", "After"]
    );
    context(
        &mut harness,
        "Loyalty",
        &["Phase", "Take stage out of its phase"],
    );
    assert_eq!(stage_phases(&harness), ["Before", "Before", "Before", ""]);
    assert_eq!(
        harness.state().document().map().phases.len(),
        1,
        "an empty phase goes"
    );
}

#[test]
fn the_german_command_palette_finds_phases_as_abschnitt() {
    let mut harness = phases_editor(two_phases());
    harness.state_mut().set_lang(Lang::De);
    harness.run();
    // A card is selected: the palette's commands act on its stage.
    let card = center_of(&harness, "Sees a poster");
    press_release(&mut harness, card, PointerButton::Primary, 1);
    press(&mut harness, Modifiers::COMMAND, Key::K);
    type_text(&mut harness, "Abschnitt umbenennen");
    assert!(
        harness
            .query_by_role_and_label(egui::Role::Button, "Abschnitt umbenennen")
            .is_some(),
        "the palette lists it"
    );
    press(&mut harness, Modifiers::NONE, Key::Enter);
    type_into(&mut harness, "Umbenennen", "Vorher");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(
        stage_phases(&harness),
        ["Vorher", "Vorher", "After", "After"]
    );
    assert!(harness.query_by_label("Abschnitt Vorher").is_some());
}

/// With cards selected in several stages, a stage header's "Add phase over this stage" makes a
/// phase over that stage alone, as its label says; the Map menu makes it over the run of
/// stages the selected cards stand in.
#[test]
fn a_header_menu_makes_a_phase_over_its_stage_whatever_cards_are_selected() {
    let mut map = journey();
    map.cards
        .push(Card::new(CardId(2), LaneId(1), StageId(3), "Books a trial"));
    let mut harness = phases_editor(map);
    let card = center_of(&harness, "Sees a poster");
    press_release(&mut harness, card, PointerButton::Primary, 1);
    press(&mut harness, Modifiers::COMMAND, Key::A);
    assert_eq!(harness.state().document().map().cards.len(), 2);

    add_phase(&mut harness, "Visit", "The visit");
    assert_eq!(stage_phases(&harness), ["", "", "The visit", ""]);
    undo(&mut harness);
    undo(&mut harness);
    assert!(harness.state().document().map().phases.is_empty());

    let card = center_of(&harness, "Sees a poster");
    press_release(&mut harness, card, PointerButton::Primary, 1);
    press(&mut harness, Modifiers::COMMAND, Key::A);
    harness.get_by_label("Map").click();
    harness.run();
    harness.get_by_label("Phases").hover();
    // The submenu opens with a short animation.
    harness.run_steps(10);
    harness.get_by_label("Add phase over this stage").click();
    harness.run();
    type_text(&mut harness, "Before and during");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(
        stage_phases(&harness),
        [
            "Before and during",
            "Before and during",
            "Before and during",
            ""
        ]
    );
}
