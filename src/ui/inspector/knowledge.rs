//! "What we know" about a touchpoint: how important it is and how well it works (1–5 each),
//! how well that is backed (the traffic light on the card), the figures measured on it, who
//! looks after it, its strengths and weaknesses, and what customers said.

use egui::{Button, CollapsingHeader, Id, RichText, Sense, TextEdit, Ui, vec2};
use egui_material_icons::icons::{ICON_ADD, ICON_CLOSE};

use super::form::Form;
use super::metrics::metrics_ui;
use crate::i18n::{self, Texts};
use crate::model::{CardId, EvidenceLevel, Lang, Map, RATINGS, RatingKind, Touchpoint};
use crate::paint::paint_evidence_mark;
use crate::theme;

/// Width of a rating button: wide enough to hit with a finger on a touch screen.
const RATING_BUTTON_WIDTH: f32 = 24.0;
/// Width of the small buttons beside a row (remove, suggestions).
pub(super) const ROW_BUTTON_WIDTH: f32 = 22.0;

/// The section, below the touchpoint's facets; folded or open as the user left it.
pub(super) fn knowledge_ui(
    ui: &mut Ui,
    lang: Lang,
    map: &Map,
    card: CardId,
    touchpoint: &mut Touchpoint,
    form: &mut Form,
) {
    let texts = i18n::texts(lang);
    CollapsingHeader::new(RichText::new(texts.get("inspector-knowledge")).strong())
        .id_salt("journeymap-inspector-knowledge")
        .default_open(true)
        .show_unindented(ui, |ui| {
            rating_ui(
                ui,
                texts,
                RatingKind::Importance,
                &mut touchpoint.importance,
            );
            rating_ui(
                ui,
                texts,
                RatingKind::Performance,
                &mut touchpoint.performance,
            );
            ui.add_space(4.0);
            evidence_ui(ui, texts, &mut touchpoint.evidence);
            ui.add_space(4.0);
            metrics_ui(ui, lang, map, card, &mut touchpoint.metrics, form);
            ui.add_space(4.0);
            texts_ui(ui, texts, card, touchpoint, form);
            ui.add_space(4.0);
            quotes_ui(ui, texts, card, &mut touchpoint.quotes, form);
        });
}

/// The message ids of a rating: its label, what its scale means, one level's meaning, a
/// button's name for screen readers, and the "not rated" button's name.
struct RatingTexts {
    label: &'static str,
    about: &'static str,
    level: &'static str,
    value: &'static str,
    none: &'static str,
}

fn rating_texts(kind: RatingKind) -> RatingTexts {
    match kind {
        RatingKind::Importance => RatingTexts {
            label: "inspector-importance",
            about: "inspector-importance-about",
            level: "inspector-importance-level",
            value: "inspector-importance-value",
            none: "inspector-importance-none",
        },
        RatingKind::Performance => RatingTexts {
            label: "inspector-performance",
            about: "inspector-performance-about",
            level: "inspector-performance-level",
            value: "inspector-performance-value",
            none: "inspector-performance-none",
        },
    }
}

/// A rating: its label, "–" (not rated) and 1 … 5, and below them what the chosen level means.
/// The meaning has a line of its own, always there, so choosing a level never moves the
/// widgets below.
fn rating_ui(ui: &mut Ui, texts: &Texts, kind: RatingKind, value: &mut Option<u8>) {
    let ids = rating_texts(kind);
    let about = texts.get(ids.about);
    let level = |n: u8| texts.get_with(ids.level, &[("value", n.into())]);
    ui.label(texts.get(ids.label)).on_hover_text(&about);
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        let none = ui
            .add(Button::selectable(value.is_none(), "–").min_size(vec2(RATING_BUTTON_WIDTH, 0.0)))
            .on_hover_text(texts.get("inspector-not-rated"))
            .accessible_name(texts.get(ids.none));
        if none.clicked() {
            *value = None;
        }
        for n in RATINGS {
            let button = ui
                .add(
                    Button::selectable(*value == Some(n), n.to_string())
                        .min_size(vec2(RATING_BUTTON_WIDTH, 0.0)),
                )
                .on_hover_text(format!("{}\n\n{about}", level(n)))
                .accessible_name(texts.get_with(ids.value, &[("value", n.into())]));
            if button.clicked() {
                *value = Some(n);
            }
        }
    });
    let meaning = value.map_or_else(|| texts.get("inspector-not-rated"), level);
    ui.add(egui::Label::new(RichText::new(meaning).weak()).truncate());
}

/// The evidence level: "not stated" and the three levels, each with the dot the card shows.
fn evidence_ui(ui: &mut Ui, texts: &Texts, value: &mut Option<EvidenceLevel>) {
    ui.label(texts.get("inspector-evidence"))
        .on_hover_text(texts.get("inspector-evidence-about"));
    let options = std::iter::once(None).chain(EvidenceLevel::ALL.map(Some));
    for option in options {
        let (name, about) = match option {
            None => (
                texts.get("inspector-evidence-none"),
                texts.get("inspector-evidence-none-about"),
            ),
            Some(level) => (
                texts.get(i18n::evidence_id(level)),
                evidence_about(texts, level),
            ),
        };
        ui.horizontal(|ui| {
            let side = 2.0 * theme::EVIDENCE_MARK_RADIUS;
            // The dot answers a click like its label: it is what the eye goes to.
            let (rect, dot) = ui.allocate_exact_size(vec2(side, side), Sense::click());
            if let Some(level) = option {
                paint_evidence_mark(
                    ui.painter(),
                    rect.center(),
                    theme::EVIDENCE_MARK_RADIUS,
                    level,
                );
            } else {
                // No dot on the card: an empty ring here.
                let stroke = ui.visuals().widgets.noninteractive.fg_stroke;
                let radius = theme::EVIDENCE_MARK_RADIUS - 1.5;
                ui.painter().circle_stroke(rect.center(), radius, stroke);
            }
            let selected = *value == option;
            let dot = dot.on_hover_text(&about);
            let label = ui
                .add(Button::selectable(selected, &name))
                .on_hover_text(about);
            if label.clicked() || dot.clicked() {
                *value = option;
            }
        });
    }
}

fn evidence_about(texts: &Texts, level: EvidenceLevel) -> String {
    texts.get(match level {
        EvidenceLevel::Assumption => "inspector-evidence-assumption-about",
        EvidenceLevel::PartlyBacked => "inspector-evidence-partly-backed-about",
        EvidenceLevel::Backed => "inspector-evidence-backed-about",
    })
}

/// Owner, strengths and weaknesses.
fn texts_ui(
    ui: &mut Ui,
    texts: &Texts,
    card: CardId,
    touchpoint: &mut Touchpoint,
    form: &mut Form,
) {
    let owner = texts.get("inspector-owner");
    ui.label(&owner);
    form.add(
        ui,
        TextEdit::singleline(&mut touchpoint.owner)
            .id(Id::unique(("journeymap-owner", card)))
            .hint_text(texts.get("inspector-owner-hint"))
            .desired_width(f32::INFINITY),
        owner,
    );
    for (id, text) in [
        ("inspector-strengths", &mut touchpoint.strengths),
        ("inspector-weaknesses", &mut touchpoint.weaknesses),
    ] {
        let name = texts.get(id);
        ui.label(&name);
        form.multiline(
            ui,
            text,
            name,
            Some(Id::unique(("journeymap-knowledge", id, card))),
        );
    }
}

/// The customers' words: one field per quote, each with a remove button, and a button to add
/// one.
fn quotes_ui(ui: &mut Ui, texts: &Texts, card: CardId, quotes: &mut Vec<String>, form: &mut Form) {
    ui.label(texts.get("inspector-quotes"))
        .on_hover_text(texts.get("inspector-quotes-about"));
    let field_id = |index: usize| Id::unique(("journeymap-quote", card, index));
    let mut removed = None;
    for (index, quote) in quotes.iter_mut().enumerate() {
        let number = [("number", (index + 1).into())];
        ui.horizontal(|ui| {
            let width = ui.available_width() - ROW_BUTTON_WIDTH - ui.spacing().item_spacing.x - 1.0;
            form.add(
                ui,
                TextEdit::multiline(quote)
                    .id(field_id(index))
                    .desired_rows(2)
                    .desired_width(width)
                    .hint_text(texts.get("inspector-quote-hint")),
                texts.get_with("inspector-quote", &number),
            );
            if remove_button(ui, texts.get_with("inspector-quote-remove", &number)).clicked() {
                removed = Some(index);
            }
        });
    }
    if let Some(index) = removed {
        quotes.remove(index);
    }
    if add_button(ui, texts.get("inspector-quote-add")).clicked() {
        ui.memory_mut(|memory| memory.request_focus(field_id(quotes.len())));
        quotes.push(String::new());
    }
}

/// A small × button that removes a row; `name` says which, on hover and to screen readers.
pub(super) fn remove_button(ui: &mut Ui, name: String) -> egui::Response {
    let icon = RichText::new(ICON_CLOSE.codepoint).family(ICON_CLOSE.font_family());
    row_button(ui, Button::new(icon).frame(false))
        .on_hover_text(&name)
        .accessible_name(name)
}

/// A small button beside a row, exactly [`ROW_BUTTON_WIDTH`] wide: the fields beside it are
/// sized to what it leaves, so a wider button would widen the inspector frame after frame.
pub(super) fn row_button(ui: &mut Ui, button: Button<'_>) -> egui::Response {
    let size = vec2(ROW_BUTTON_WIDTH, ui.spacing().interact_size.y);
    ui.add_sized(size, button)
}

/// A "+ Add …" button.
pub(super) fn add_button(ui: &mut Ui, name: String) -> egui::Response {
    let icon = RichText::new(ICON_ADD.codepoint).family(ICON_ADD.font_family());
    ui.add(Button::new((icon, name.clone())))
        .accessible_name(name)
}
