//! The figures measured on a touchpoint: a row per metric (name, value, unit), added and
//! removed by buttons.
//!
//! The value is typed as the user writes numbers ("12,5" in German): it reaches the map only
//! once it reads as a number. Until then the field keeps what was typed and says why it was not
//! taken, so nothing typed is lost silently. The name offers the names other cards use, so the
//! same figure is called the same everywhere and can be compared across the map.

use std::collections::BTreeMap;

use egui::{Button, Id, Popup, RichText, TextEdit, Ui};
use egui_material_icons::icons::ICON_EXPAND_MORE;

use super::form::Form;
use super::knowledge::{ROW_BUTTON_WIDTH, add_button, remove_button, row_button};
use crate::i18n::{self, Texts, number};
use crate::model::{CardId, Lang, Map, Metric};

/// Below this width a metric takes two lines: name, then value and unit.
const ONE_LINE_WIDTH: f32 = 330.0;

/// What was typed into a value field and not (yet) shown as the map's value: while the field is
/// being typed in (so "12," is not rewritten to "12" under the cursor), and while it is not a
/// number.
#[derive(Clone, Debug)]
struct Draft {
    text: String,
    /// The metric's value the text was typed over; once the map's value changes otherwise (an
    /// undo), the draft is dropped.
    value: f64,
}

/// The metrics of touchpoint `card`.
pub(super) fn metrics_ui(
    ui: &mut Ui,
    lang: Lang,
    map: &Map,
    card: CardId,
    metrics: &mut Vec<Metric>,
    form: &mut Form,
) {
    let texts = i18n::texts(lang);
    ui.label(texts.get("inspector-metrics"))
        .on_hover_text(texts.get("inspector-metrics-about"));
    let names = names_elsewhere(map, card, metrics);
    let mut removed = None;
    for (index, metric) in metrics.iter_mut().enumerate() {
        let row = Row {
            texts,
            lang,
            card,
            index,
            names: &names,
        };
        if row.show(ui, metric, form) {
            removed = Some(index);
        }
    }
    if let Some(index) = removed {
        metrics.remove(index);
    }
    if add_button(ui, texts.get("inspector-metric-add")).clicked() {
        ui.memory_mut(|memory| memory.request_focus(name_id(card, metrics.len())));
        metrics.push(Metric::new("", 0.0, ""));
    }
}

fn name_id(card: CardId, index: usize) -> Id {
    Id::unique(("journeymap-metric-name", card, index))
}

/// The metric names other touchpoints of the map use and this one does not, each once
/// (whatever its case), in alphabetical order.
fn names_elsewhere(map: &Map, card: CardId, own: &[Metric]) -> Vec<String> {
    let is_own = |name: &str| {
        own.iter()
            .any(|metric| metric.name.trim().eq_ignore_ascii_case(name))
    };
    let mut names = BTreeMap::new();
    for other in map.cards.iter().filter(|other| other.id != card) {
        let Some(touchpoint) = &other.touchpoint else {
            continue;
        };
        for metric in &touchpoint.metrics {
            let name = metric.name.trim();
            if !name.is_empty() && !is_own(name) {
                names
                    .entry(name.to_lowercase())
                    .or_insert_with(|| name.to_owned());
            }
        }
    }
    names.into_values().collect()
}

/// One metric's row.
struct Row<'a> {
    texts: &'a Texts,
    lang: Lang,
    card: CardId,
    index: usize,
    names: &'a [String],
}

impl Row<'_> {
    /// Shows the row; returns whether its remove button was clicked.
    fn show(&self, ui: &mut Ui, metric: &mut Metric, form: &mut Form) -> bool {
        let spacing = ui.spacing().item_spacing.x;
        // A point to spare, so rounding never makes the row wider than the panel.
        let full = ui.available_width() - 1.0;
        let buttons = if self.names.is_empty() { 1.0 } else { 2.0 };
        let buttons_width = buttons * (ROW_BUTTON_WIDTH + spacing);
        let mut removed = false;
        let refused = if full >= ONE_LINE_WIDTH {
            // Name | value | unit | buttons, on one line.
            let fields = full - buttons_width - 2.0 * spacing;
            ui.horizontal(|ui| {
                self.name_ui(ui, metric, form, fields * 0.5);
                let refused = self.value_ui(ui, &mut metric.value, form, fields * 0.3);
                self.unit_ui(ui, &mut metric.unit, form, fields * 0.2);
                removed = self.remove_ui(ui);
                refused
            })
            .inner
        } else {
            // Name and buttons above, value and unit below.
            ui.horizontal(|ui| {
                self.name_ui(ui, metric, form, full - buttons_width);
                removed = self.remove_ui(ui);
            });
            let refused = ui
                .horizontal(|ui| {
                    let fields = full - spacing;
                    let refused = self.value_ui(ui, &mut metric.value, form, fields * 0.55);
                    self.unit_ui(ui, &mut metric.unit, form, fields * 0.45);
                    refused
                })
                .inner;
            ui.add_space(2.0);
            refused
        };
        if let Some(text) = refused {
            let id = if text.trim().is_empty() {
                "inspector-metric-empty"
            } else {
                "inspector-metric-not-a-number"
            };
            let hint = self.texts.get_with(id, &[("text", text.trim().into())]);
            ui.label(RichText::new(hint).color(ui.visuals().error_fg_color));
        }
        removed
    }

    fn number(&self) -> [(&'static str, fluent_bundle::FluentValue<'static>); 1] {
        [("number", (self.index + 1).into())]
    }

    /// The name, and a menu of the names used on other cards.
    fn name_ui(&self, ui: &mut Ui, metric: &mut Metric, form: &mut Form, width: f32) {
        form.add(
            ui,
            TextEdit::singleline(&mut metric.name)
                .id(name_id(self.card, self.index))
                .desired_width(width)
                .hint_text(self.texts.get("inspector-metric-name-hint")),
            self.texts.get_with("inspector-metric-name", &self.number()),
        );
        if self.names.is_empty() {
            return;
        }
        let icon = RichText::new(ICON_EXPAND_MORE.codepoint).family(ICON_EXPAND_MORE.font_family());
        let name = self
            .texts
            .get_with("inspector-metric-suggestions", &self.number());
        let button = row_button(ui, Button::new(icon).frame(false))
            .on_hover_text(&name)
            .accessible_name(name);
        let _ = Popup::menu(&button).show(|ui| {
            ui.label(RichText::new(self.texts.get("inspector-metric-suggestions-about")).weak());
            for suggestion in self.names {
                if ui.button(suggestion).clicked() {
                    metric.name.clone_from(suggestion);
                    ui.close();
                }
            }
        });
    }

    /// The value: returns what was typed if it is not a number.
    fn value_ui(
        &self,
        ui: &mut Ui,
        value: &mut f64,
        form: &mut Form,
        width: f32,
    ) -> Option<String> {
        let id = Id::unique(("journeymap-metric-value", self.card, self.index));
        let draft_id = id.with("draft");
        let draft: Option<Draft> = ui
            .data(|data| data.get_temp(draft_id))
            .filter(|draft: &Draft| draft.value.to_bits() == value.to_bits());
        let mut text = draft.map_or_else(|| number::format(*value, self.lang), |draft| draft.text);
        let response = form.add(
            ui,
            TextEdit::singleline(&mut text)
                .id(id)
                .desired_width(width)
                .hint_text(self.texts.get("inspector-metric-value-hint")),
            self.texts
                .get_with("inspector-metric-value", &self.number()),
        );
        let parsed = number::parse(&text, self.lang);
        if response.changed()
            && let Some(parsed) = parsed
        {
            *value = parsed;
        }
        if response.has_focus() || parsed.is_none() {
            let draft = Draft {
                text: text.clone(),
                value: *value,
            };
            ui.data_mut(|data| data.insert_temp(draft_id, draft));
        } else {
            ui.data_mut(|data| data.remove::<Draft>(draft_id));
        }
        parsed.is_none().then_some(text)
    }

    fn unit_ui(&self, ui: &mut Ui, unit: &mut String, form: &mut Form, width: f32) {
        form.add(
            ui,
            TextEdit::singleline(unit)
                .id(Id::unique((
                    "journeymap-metric-unit",
                    self.card,
                    self.index,
                )))
                .desired_width(width)
                .hint_text(self.texts.get("inspector-metric-unit-hint")),
            self.texts.get_with("inspector-metric-unit", &self.number()),
        );
    }

    fn remove_ui(&self, ui: &mut Ui) -> bool {
        let name = self
            .texts
            .get_with("inspector-metric-remove", &self.number());
        remove_button(ui, name).clicked()
    }
}
