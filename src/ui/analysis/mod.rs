//! The analysis panel beside the map: the views of touchpoint management, recomputed from the
//! map with every edit, and the customer questions. It shows one view at a time, chosen at its
//! top; which one is remembered with the panels.

mod questions;

use egui::Ui;

use crate::i18n::Texts;
use crate::model::{CardId, Map};
use crate::ui::Action;

pub use questions::checklist;

/// Which view the analysis panel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum View {
    /// The interview checklist with the answers.
    #[default]
    Questions,
}

impl View {
    /// Every view, in the order the panel offers them.
    pub const ALL: [Self; 1] = [Self::Questions];

    fn label_id(self) -> &'static str {
        match self {
            Self::Questions => "analysis-questions",
        }
    }
}

/// What the analysis panel asks of the canvas besides edits.
#[derive(Debug, Default)]
pub struct PanelOutput {
    /// The map's edits and undo groups.
    pub actions: Vec<Action>,
    /// A card to select and show (a dot of the priority matrix was clicked).
    pub select: Option<CardId>,
}

/// The panel's content for `map`.
pub fn analysis_ui(ui: &mut Ui, texts: &Texts, map: &Map, view: &mut View) -> PanelOutput {
    let mut output = PanelOutput::default();
    ui.heading(texts.get("analysis-title"));
    ui.horizontal_wrapped(|ui| {
        for choice in View::ALL {
            ui.selectable_value(view, choice, texts.get(choice.label_id()));
        }
    });
    ui.separator();
    egui::ScrollArea::vertical().show(ui, |ui| match view {
        View::Questions => questions::questions_ui(ui, texts, map, &mut output.actions),
    });
    output
}
