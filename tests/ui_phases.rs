//! A touchpoint's purchase phase in the editor, driven like a user: it follows its stage's
//! phase (the inspector says so), a phase chosen by hand stays, and "Follow the stage" hands it
//! back; changing the stage's phase moves the touchpoints that follow it in one undo step.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::PointerButton;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::model::{
    Card, CardId, Channel, Lane, LaneId, LaneKind, Lang, Map, MapKind, PurchasePhase, Stage,
    StageId, Touchpoint,
};
use journeymap::ui::EditorApp;

mod editor_support;
use editor_support::{center_of, editor_sized, press_release, undo};

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
