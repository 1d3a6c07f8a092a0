//! What the team knows about a touchpoint, recorded in the inspector's "What we know" section
//! and driven like a user: ratings, the evidence level, metrics typed as people write numbers,
//! owner, strengths, weaknesses and customer quotes; each change one undo step.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![allow(
    clippy::float_cmp,
    reason = "a typed figure must arrive exactly as the number it reads as"
)]

use egui::{Key, PointerButton};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::model::{
    Card, CardId, Channel, EvidenceLevel, Lane, LaneId, LaneKind, Lang, Map, MapKind, Metric,
    Stage, StageId, TextRole, Touchpoint,
};
use journeymap::ui::EditorApp;

mod editor_support;
use editor_support::{center_of, editor_sized, layout, press_release, text_field, type_into, undo};

const ACTIONS: LaneId = LaneId(1);
const TOUCHPOINTS: LaneId = LaneId(2);
const POSTER: CardId = CardId(1);
const WEBSITE: CardId = CardId(2);
const NEWSLETTER: CardId = CardId(3);

/// Two stages; a text card "Sees a poster", the touchpoint "Our website" with nothing known
/// about it yet, and the touchpoint "Monthly newsletter" whose team measured its opening rate.
fn map() -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::En);
    map.title = "Evidence".into();
    map.stages = vec![
        Stage::new(StageId(1), "Awareness"),
        Stage::new(StageId(2), "Retention"),
    ];
    map.lanes = vec![
        Lane::new(ACTIONS, "Actions", LaneKind::Text(TextRole::Actions)),
        Lane::new(TOUCHPOINTS, "Touchpoints", LaneKind::Touchpoints),
    ];
    let mut website = Card::new(WEBSITE, TOUCHPOINTS, StageId(1), "Our website");
    website.touchpoint = Some(Touchpoint::of(Channel::Website));
    let mut newsletter = Card::new(NEWSLETTER, TOUCHPOINTS, StageId(2), "Monthly newsletter");
    let mut touchpoint = Touchpoint::of(Channel::Newsletter);
    touchpoint.metrics = vec![Metric::new("Opening rate", 38.0, "%")];
    newsletter.touchpoint = Some(touchpoint);
    map.cards = vec![
        Card::new(POSTER, ACTIONS, StageId(1), "Sees a poster"),
        website,
        newsletter,
    ];
    map
}

/// The editor in `lang`, tall enough that the whole inspector shows without scrolling.
fn editor(lang: Lang) -> Harness<'static, EditorApp> {
    let mut harness = editor_sized(map(), None, egui::vec2(1300.0, 1500.0));
    harness.state_mut().set_lang(lang);
    harness.run();
    harness
}

/// Clicks the card with this title on the canvas, like a user.
fn select(harness: &mut Harness<'_, EditorApp>, title: &str) {
    let pos = center_of(harness, title);
    press_release(harness, pos, PointerButton::Primary, 1);
}

/// Clicks the widget with this label, scrolled into view first.
fn click(harness: &mut Harness<'_, EditorApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// The rightmost widget with this label.
fn rightmost<'a>(harness: &'a Harness<'_, EditorApp>, label: &'a str) -> egui_kittest::Node<'a> {
    harness
        .query_all_by_label(label)
        .max_by(|a, b| a.rect().right().total_cmp(&b.rect().right()))
        .unwrap()
}

/// Clicks the rightmost widget with this label, scrolled into view first.
fn click_rightmost(harness: &mut Harness<'_, EditorApp>, label: &str) {
    rightmost(harness, label).scroll_to_me();
    harness.run();
    rightmost(harness, label).click();
    harness.run();
}

fn touchpoint(harness: &Harness<'_, EditorApp>, id: CardId) -> Touchpoint {
    harness
        .state()
        .document()
        .map()
        .card(id)
        .and_then(|card| card.touchpoint.clone())
        .expect("a touchpoint")
}

/// Leaves the text field being typed in.
fn leave_field(harness: &mut Harness<'_, EditorApp>) {
    harness.key_press(Key::Escape);
    harness.run();
}

#[test]
fn rating_importance_and_performance_is_one_undo_step_each() {
    let mut harness = editor(Lang::En);
    select(&mut harness, "Our website");
    assert!(harness.query_by_label("What we know").is_some());
    click(&mut harness, "Importance 4");
    click(&mut harness, "Performance 2");
    let known = touchpoint(&harness, WEBSITE);
    assert_eq!((known.importance, known.performance), (Some(4), Some(2)));
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-update-card")
    );

    undo(&mut harness);
    let known = touchpoint(&harness, WEBSITE);
    assert_eq!(
        (known.importance, known.performance),
        (Some(4), None),
        "one Ctrl+Z takes back the last rating only"
    );

    click(&mut harness, "Importance not rated");
    assert_eq!(touchpoint(&harness, WEBSITE).importance, None);
}

#[test]
fn the_evidence_level_is_chosen_and_marks_the_card() {
    let mut harness = editor(Lang::En);
    select(&mut harness, "Our website");
    assert_eq!(card_mark(&mut harness), None, "nothing stated, no mark");
    click(&mut harness, "Backed by research");
    assert_eq!(
        touchpoint(&harness, WEBSITE).evidence,
        Some(EvidenceLevel::Backed)
    );
    assert_eq!(card_mark(&mut harness), Some(EvidenceLevel::Backed));
    click(&mut harness, "Assumption");
    assert_eq!(
        touchpoint(&harness, WEBSITE).evidence,
        Some(EvidenceLevel::Assumption)
    );
    click(&mut harness, "Not stated");
    assert_eq!(touchpoint(&harness, WEBSITE).evidence, None);
    assert_eq!(card_mark(&mut harness), None);
}

#[test]
fn the_dot_beside_an_evidence_level_chooses_it_like_its_label() {
    let mut harness = editor(Lang::En);
    select(&mut harness, "Our website");
    for (label, level) in [
        ("Partly backed", Some(EvidenceLevel::PartlyBacked)),
        ("Not stated", None),
    ] {
        harness.get_by_label(label).scroll_to_me();
        harness.run();
        // The dot sits left of its label, one item spacing away.
        let beside = harness.get_by_label(label).rect();
        let spacing = harness.ctx.global_style().spacing.item_spacing.x;
        let dot = egui::pos2(
            beside.left() - spacing - journeymap::theme::EVIDENCE_MARK_RADIUS,
            beside.center().y,
        );
        // A click there; the dot's tooltip may keep the frames coming, so step, not settle.
        harness.hover_at(dot);
        harness.step();
        for pressed in [true, false] {
            harness.event(egui::Event::PointerButton {
                pos: dot,
                button: PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            });
        }
        harness.run_steps(2);
        harness.hover_at(egui::pos2(1.0, 1.0));
        harness.run();
        assert_eq!(touchpoint(&harness, WEBSITE).evidence, level, "{label}");
    }
}

fn card_mark(harness: &mut Harness<'_, EditorApp>) -> Option<EvidenceLevel> {
    layout(harness)
        .cards
        .iter()
        .find(|card| card.id == WEBSITE)
        .and_then(|card| card.evidence)
        .map(|mark| mark.level)
}

#[test]
fn a_metric_typed_the_german_way_is_stored_as_a_number() {
    let mut harness = editor(Lang::De);
    select(&mut harness, "Our website");
    assert!(harness.query_by_label("Was wir wissen").is_some());
    click(&mut harness, "Kennzahl hinzufügen");
    assert_eq!(touchpoint(&harness, WEBSITE).metrics.len(), 1);
    assert!(
        text_field(&harness, "Name von Kennzahl 1").is_focused(),
        "a new metric is ready for its name"
    );
    type_into(&mut harness, "Name von Kennzahl 1", "Besuche");
    type_into(&mut harness, "Wert von Kennzahl 1", "12,5");
    type_into(&mut harness, "Einheit von Kennzahl 1", "pro Tag");
    leave_field(&mut harness);
    assert_eq!(
        touchpoint(&harness, WEBSITE).metrics,
        [Metric::new("Besuche", 12.5, "pro Tag")]
    );
    assert_eq!(
        text_field(&harness, "Wert von Kennzahl 1")
            .value()
            .as_deref(),
        Some("12,5"),
        "shown as German writes it"
    );

    type_into(&mut harness, "Wert von Kennzahl 1", "1.234,5");
    leave_field(&mut harness);
    assert_eq!(touchpoint(&harness, WEBSITE).metrics[0].value, 1234.5);

    undo(&mut harness);
    assert_eq!(
        touchpoint(&harness, WEBSITE).metrics[0].value,
        12.5,
        "each visit to the field is one step"
    );
}

#[test]
fn a_value_that_is_not_a_number_is_refused_with_a_hint_and_kept_in_the_field() {
    let mut harness = editor(Lang::De);
    select(&mut harness, "Monthly newsletter");
    let before = harness.state().document().map().clone();
    type_into(&mut harness, "Wert von Kennzahl 1", "etwa vierzig");
    assert!(
        harness.query_by_label_contains("ist keine Zahl").is_some(),
        "the field says why the value was not taken"
    );
    leave_field(&mut harness);
    assert_eq!(
        *harness.state().document().map(),
        before,
        "the map is unchanged"
    );
    assert_eq!(
        text_field(&harness, "Wert von Kennzahl 1")
            .value()
            .as_deref(),
        Some("etwa vierzig"),
        "what was typed is still there to correct"
    );
    assert!(harness.query_by_label_contains("ist keine Zahl").is_some());

    type_into(&mut harness, "Wert von Kennzahl 1", "41,5");
    leave_field(&mut harness);
    assert_eq!(touchpoint(&harness, NEWSLETTER).metrics[0].value, 41.5);
    assert!(harness.query_by_label_contains("ist keine Zahl").is_none());
}

#[test]
fn a_metric_name_can_be_taken_from_the_other_cards() {
    let mut harness = editor(Lang::En);
    select(&mut harness, "Our website");
    click(&mut harness, "Add metric");
    click(&mut harness, "Names used on other cards, for metric 1");
    click(&mut harness, "Opening rate");
    assert_eq!(
        touchpoint(&harness, WEBSITE).metrics[0].name,
        "Opening rate"
    );

    click(&mut harness, "Remove metric 1");
    assert!(touchpoint(&harness, WEBSITE).metrics.is_empty());
}

#[test]
fn owner_strengths_weaknesses_and_quotes_are_recorded() {
    let mut harness = editor(Lang::En);
    select(&mut harness, "Our website");
    type_into(&mut harness, "Owner", "Marketing");
    type_into(&mut harness, "Strengths", "Clear prices");
    type_into(&mut harness, "Weaknesses", "No opening hours");
    click(&mut harness, "Add quote");
    assert!(text_field(&harness, "Quote 1").is_focused());
    harness.event(egui::Event::Text("I could not find the times.".into()));
    harness.run();
    leave_field(&mut harness);

    let known = touchpoint(&harness, WEBSITE);
    assert_eq!(known.owner, "Marketing");
    assert_eq!(known.strengths, "Clear prices");
    assert_eq!(known.weaknesses, "No opening hours");
    assert_eq!(known.quotes, ["I could not find the times."]);

    undo(&mut harness);
    assert_eq!(touchpoint(&harness, WEBSITE).quotes, [""], "the typing");
    undo(&mut harness);
    assert!(touchpoint(&harness, WEBSITE).quotes.is_empty(), "the add");
    undo(&mut harness);
    assert_eq!(touchpoint(&harness, WEBSITE).weaknesses, "");
    assert_eq!(touchpoint(&harness, WEBSITE).strengths, "Clear prices");
}

#[test]
fn a_click_on_a_rating_after_typing_is_a_step_of_its_own() {
    let mut harness = editor(Lang::En);
    select(&mut harness, "Our website");
    type_into(&mut harness, "Strengths", "Fast");
    // The field still has the keyboard focus when the rating is clicked.
    click(&mut harness, "Importance 5");
    let known = touchpoint(&harness, WEBSITE);
    assert_eq!(
        (known.strengths.as_str(), known.importance),
        ("Fast", Some(5))
    );
    undo(&mut harness);
    let known = touchpoint(&harness, WEBSITE);
    assert_eq!(
        (known.strengths.as_str(), known.importance),
        ("Fast", None),
        "undo takes back the rating, not the typing with it"
    );
}

#[test]
fn another_channel_keeps_what_the_team_knows() {
    let mut harness = editor(Lang::En);
    select(&mut harness, "Monthly newsletter");
    click(&mut harness, "Importance 3");
    // The drop-down after its label, then its entry: the rightmost, for the palette at the
    // left lists the channel too.
    click_rightmost(&mut harness, "Channel");
    click_rightmost(&mut harness, "Follow-up e-mail");
    let known = touchpoint(&harness, NEWSLETTER);
    assert_eq!(known.channel, Channel::FollowUpEmail);
    assert_eq!(known.importance, Some(3));
    assert_eq!(known.metrics.len(), 1);
}

#[test]
fn a_text_card_has_no_such_section() {
    let mut harness = editor(Lang::En);
    select(&mut harness, "Sees a poster");
    assert_eq!(harness.state().canvas().selection(), [POSTER]);
    assert!(
        harness.query_all_by_label("Title").count() >= 1,
        "its inspector shows"
    );
    assert!(harness.query_by_label("What we know").is_none());
    assert!(harness.query_by_label("Importance 4").is_none());
    assert!(harness.query_by_label("Add metric").is_none());
}

#[test]
fn the_section_folds_and_stays_folded() {
    let mut harness = editor(Lang::En);
    select(&mut harness, "Our website");
    click(&mut harness, "What we know");
    assert!(harness.query_by_label("Importance 4").is_none(), "folded");
    select(&mut harness, "Monthly newsletter");
    assert!(
        harness.query_by_label("Importance 4").is_none(),
        "still folded for the next card"
    );
    click(&mut harness, "What we know");
    assert!(harness.query_by_label("Importance 4").is_some());
}
