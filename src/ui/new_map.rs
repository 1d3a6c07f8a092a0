//! The "new map" chooser: the four kinds of map, each with what it is for, and the language of
//! the template.

use egui::{Context, RichText};

use crate::i18n::{self, Texts};
use crate::model::{Lang, MapKind};

/// The chooser's state.
#[derive(Debug)]
pub struct NewMapDialog {
    kind: MapKind,
    lang: Lang,
}

/// What the user decided.
pub enum NewMapOutcome {
    /// Still choosing.
    Open,
    /// Create a map of this kind in this language.
    Create(MapKind, Lang),
    /// Closed without choosing.
    Cancelled,
}

impl NewMapDialog {
    /// A chooser preset to a current-state map in `lang`.
    pub fn new(lang: Lang) -> Self {
        Self {
            kind: MapKind::CurrentState,
            lang,
        }
    }

    /// Shows the chooser.
    pub fn ui(&mut self, ctx: &Context, texts: &Texts) -> NewMapOutcome {
        let mut outcome = NewMapOutcome::Open;
        // Enter creates the map chosen (a current state unless another is picked), Esc cancels:
        // a new map is two keys away.
        let (enter, escape) = ctx.input_mut(|input| {
            (
                input.consume_key(egui::Modifiers::NONE, egui::Key::Enter),
                input.consume_key(egui::Modifiers::NONE, egui::Key::Escape),
            )
        });
        if escape {
            return NewMapOutcome::Cancelled;
        }
        if enter {
            return NewMapOutcome::Create(self.kind, self.lang);
        }
        let modal = egui::Modal::new(egui::Id::unique("journeymap-new-map")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(texts.get("dialog-new-title"));
            for kind in MapKind::ALL {
                ui.radio_value(
                    &mut self.kind,
                    kind,
                    RichText::new(texts.get(i18n::kind_id(kind))).strong(),
                );
                ui.indent(kind.slug(), |ui| {
                    ui.label(RichText::new(texts.get(i18n::kind_about_id(kind))).weak());
                });
            }
            ui.separator();
            ui.label(texts.get("dialog-new-language"));
            ui.horizontal(|ui| {
                ui.radio_value(&mut self.lang, Lang::En, texts.get("lang-en"));
                ui.radio_value(&mut self.lang, Lang::De, texts.get("lang-de"));
            });
            ui.horizontal(|ui| {
                if ui.button(texts.get("dialog-new-create")).clicked() {
                    outcome = NewMapOutcome::Create(self.kind, self.lang);
                }
                if ui.button(texts.get("dialog-cancel")).clicked() {
                    outcome = NewMapOutcome::Cancelled;
                }
            });
        });
        if modal.should_close() && matches!(outcome, NewMapOutcome::Open) {
            outcome = NewMapOutcome::Cancelled;
        }
        outcome
    }
}
