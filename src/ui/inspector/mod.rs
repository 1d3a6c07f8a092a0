//! The inspector: every field of the selected card, editable. Typing in a field is one undo
//! step per visit to the field, not one per letter.
//!
//! - `form`: the fields and the undo steps they make.
//! - `knowledge`: what the team knows about a touchpoint (ratings, evidence, owner, quotes).
//! - `metrics`: the figures measured on it.

mod form;
mod knowledge;
mod metrics;

use egui::{ComboBox, Ui};

use super::Action;
use crate::edit::{Edit, Slot};
use crate::i18n::{self, Texts};
use crate::model::{
    Card, CardId, Channel, Lang, Map, Ownership, PurchasePhase, Setting, Stage, Touchpoint,
};
use form::Form;

/// Shows the inspector for `selection` in the editor's language `lang` and returns the edits
/// the user made.
pub fn inspector_ui(ui: &mut Ui, lang: Lang, map: &Map, selection: &[CardId]) -> Vec<Action> {
    let texts = i18n::texts(lang);
    ui.heading(texts.get("inspector-title"));
    let card = match selection {
        [id] => map.card(*id),
        [] => None,
        many => {
            let count = many.len();
            ui.label(texts.get_with("inspector-many", &[("count", count.into())]));
            return Vec::new();
        }
    };
    let Some(card) = card else {
        ui.label(egui::RichText::new(texts.get("inspector-empty")).weak());
        return Vec::new();
    };
    let mut edited = card.clone();
    let mut form = Form::default();

    ui.label(texts.get("inspector-card-title"));
    form.multiline(
        ui,
        &mut edited.title,
        texts.get("inspector-card-title"),
        None,
    );
    ui.label(texts.get("inspector-notes"));
    form.multiline(ui, &mut edited.notes, texts.get("inspector-notes"), None);
    ui.add_space(6.0);

    let mut is_touchpoint = edited.touchpoint.is_some();
    if ui
        .checkbox(&mut is_touchpoint, texts.get("inspector-touchpoint"))
        .changed()
    {
        // A card made a touchpoint is a new touchpoint: it follows its stage's phase.
        // Its setting is guessed from its title ("Instagram story" is online), as for a
        // touchpoint typed into the palette; the facet below shows and changes the guess.
        edited.touchpoint = is_touchpoint.then(|| {
            let mut touchpoint = Touchpoint::of(Channel::Custom);
            touchpoint.setting = crate::model::Setting::guess(&edited.title);
            touchpoint
        });
    }
    if let Some(touchpoint) = &mut edited.touchpoint {
        facets_ui(ui, texts, map.stage(card.stage), touchpoint);
    }
    ui.add_space(6.0);
    place_ui(ui, texts, map, card, &mut form);
    if let Some(touchpoint) = &mut edited.touchpoint {
        ui.add_space(6.0);
        knowledge::knowledge_ui(ui, lang, map, card.id, touchpoint, &mut form);
    }
    form.finish(ui, card, edited)
}

/// The touchpoint's facets; `stage` is its card's stage, whose phase it follows unless the
/// phase was set by hand.
fn facets_ui(ui: &mut Ui, texts: &Texts, stage: Option<&Stage>, touchpoint: &mut Touchpoint) {
    let width = choice_width(ui);
    egui::Grid::new("journeymap-facets")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(texts.get("inspector-channel"));
            let before = touchpoint.channel;
            choice(
                ui,
                width,
                &texts.get("inspector-channel"),
                &mut touchpoint.channel,
                &Channel::ALL,
                |c| texts.get(i18n::channel_id(c)),
            );
            if touchpoint.channel != before {
                // A new channel brings its usual setting and media; the phase stays (set by
                // hand, or its stage's), since it says where in the journey the touchpoint is,
                // not what it is, and so does what the team knows about it.
                let (setting, ownership, _) = touchpoint.channel.default_facets();
                touchpoint.setting = setting;
                touchpoint.ownership = ownership;
            }
            ui.end_row();
            ui.label(texts.get("inspector-setting"));
            choice(
                ui,
                width,
                &texts.get("inspector-setting"),
                &mut touchpoint.setting,
                &[Setting::Online, Setting::Offline],
                |s| texts.get(i18n::setting_id(s)),
            );
            ui.end_row();
            ui.label(texts.get("inspector-ownership"));
            let ownerships = [
                Ownership::Owned,
                Ownership::Paid,
                Ownership::Earned,
                Ownership::Shared,
                Ownership::Managed,
            ];
            choice(
                ui,
                width,
                &texts.get("inspector-ownership"),
                &mut touchpoint.ownership,
                &ownerships,
                |o| texts.get(i18n::ownership_id(o)),
            );
            ui.end_row();
            ui.label(texts.get("inspector-phase"));
            let phases = [
                PurchasePhase::PrePurchase,
                PurchasePhase::Purchase,
                PurchasePhase::PostPurchase,
            ];
            let shown = touchpoint.phase_in(stage);
            let mut chosen = shown;
            choice(
                ui,
                width,
                &texts.get("inspector-phase"),
                &mut chosen,
                &phases,
                |p| texts.get(i18n::phase_id(p)),
            );
            if chosen != shown {
                touchpoint.phase = Some(chosen);
            }
            ui.end_row();
        });
    phase_origin_ui(ui, texts, stage, touchpoint);
}

/// Where the touchpoint's phase comes from: its stage (or, in a stage outside the purchase,
/// its channel), or the user's hand, with a button that hands it back to the stage.
fn phase_origin_ui(ui: &mut Ui, texts: &Texts, stage: Option<&Stage>, touchpoint: &mut Touchpoint) {
    let stage_phase = stage.and_then(|stage| stage.phase);
    if !touchpoint.phase_by_hand() {
        let origin = match stage_phase {
            Some(phase) => texts.get_with(
                "inspector-phase-from-stage",
                &[("phase", texts.get(i18n::phase_id(phase)).into())],
            ),
            None => texts.get("inspector-phase-from-channel"),
        };
        ui.label(egui::RichText::new(origin).weak());
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(texts.get("inspector-phase-by-hand")).weak());
        let follow = ui
            .button(texts.get("inspector-phase-follow-stage"))
            .on_hover_text(texts.get("inspector-phase-follow-stage-about"));
        if follow.clicked() {
            touchpoint.phase = None;
        }
    });
}

/// The card's lane and stage; choosing another moves the card to the end of that cell.
fn place_ui(ui: &mut Ui, texts: &Texts, map: &Map, card: &Card, form: &mut Form) {
    let mut slot = Slot {
        lane: card.lane,
        stage: card.stage,
        before: None,
    };
    let width = choice_width(ui);
    egui::Grid::new("journeymap-place")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(texts.get("inspector-lane"));
            let lanes: Vec<_> = map.card_lanes().map(|lane| lane.id).collect();
            choice(
                ui,
                width,
                &texts.get("inspector-lane"),
                &mut slot.lane,
                &lanes,
                |id| {
                    map.lane(id)
                        .map(|lane| lane.title.clone())
                        .unwrap_or_default()
                },
            );
            ui.end_row();
            ui.label(texts.get("inspector-stage"));
            let stages: Vec<_> = map.stages.iter().map(|stage| stage.id).collect();
            choice(
                ui,
                width,
                &texts.get("inspector-stage"),
                &mut slot.stage,
                &stages,
                |id| {
                    map.stage(id)
                        .map(|stage| stage.title.clone())
                        .unwrap_or_default()
                },
            );
            ui.end_row();
        });
    if slot.lane != card.lane || slot.stage != card.stage {
        form.push_untyped(
            ui,
            Edit::MoveCards {
                ids: vec![card.id],
                slot,
            },
        );
    }
}

/// How wide the drop-downs are: what the panel leaves beside their labels, so the inspector
/// keeps the width the user gave it instead of growing to fit a long channel name.
fn choice_width(ui: &Ui) -> f32 {
    (ui.available_width() - 118.0).clamp(96.0, 260.0)
}

/// A drop-down of `options` showing `name` of each, labelled `label` for screen readers.
fn choice<T: Copy + PartialEq>(
    ui: &mut Ui,
    width: f32,
    label: &str,
    value: &mut T,
    options: &[T],
    name: impl Fn(T) -> String,
) {
    // The chosen name wraps inside the field rather than being cut: "Verkaufsgespräch /
    // Beratung" must be readable in a narrow inspector.
    let _ = ComboBox::from_id_salt(("journeymap-inspector", label))
        .selected_text(name(*value))
        .width(width)
        .wrap()
        .show_ui(ui, |ui| {
            for &option in options {
                ui.selectable_value(value, option, name(option));
            }
        })
        .response
        .accessible_name(label);
}
