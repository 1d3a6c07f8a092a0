//! The analysis panel beside the map: the views of touchpoint management, recomputed from the
//! map with every edit, and the customer questions. It shows one view at a time, chosen at its
//! top; which one is remembered with the panels.

mod matrix;
mod questions;
mod tables;
mod votes;

use egui::{RichText, Ui};

use crate::analysis::{HeatMeasure, analyse, heat_measures};
use crate::i18n::Texts;
use crate::model::{CardId, Map};
use crate::ui::Action;
use crate::ui::session::Looks;

pub use questions::checklist;

/// Which view the analysis panel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum View {
    /// Importance against performance.
    #[default]
    Matrix,
    /// Colour the touchpoint cards by a rating or metric.
    Heat,
    /// Touchpoints by channel and stage.
    Channels,
    /// Touchpoints per stage.
    Density,
    /// Counts by setting, media and phase, to pick cards on the map.
    Facets,
    /// The interview checklist with the answers.
    Questions,
    /// The cards ranked by the room's dots.
    Votes,
}

impl View {
    /// Every view, in the order the panel offers them.
    pub const ALL: [Self; 7] = [
        Self::Matrix,
        Self::Heat,
        Self::Channels,
        Self::Density,
        Self::Facets,
        Self::Questions,
        Self::Votes,
    ];

    fn label_id(self) -> &'static str {
        match self {
            Self::Matrix => "analysis-matrix",
            Self::Heat => "analysis-heat",
            Self::Channels => "analysis-channels",
            Self::Density => "analysis-density",
            Self::Facets => "analysis-facets",
            Self::Questions => "analysis-questions",
            Self::Votes => "analysis-votes",
        }
    }
}

/// What the analysis panel asks of the canvas besides edits.
#[derive(Debug, Default)]
pub struct PanelOutput {
    /// The map's edits and undo groups.
    pub actions: Vec<Action>,
    /// A card to select and show (a dot of the priority matrix or a ranked card was clicked).
    pub select: Option<CardId>,
}

/// The panel's content for `map`; `looks` is what it lays over the map, `selected` the card
/// selected on the map.
pub fn analysis_ui(
    ui: &mut Ui,
    texts: &Texts,
    map: &Map,
    view: &mut View,
    looks: &mut Looks,
    selected: Option<CardId>,
) -> PanelOutput {
    let mut output = PanelOutput::default();
    ui.heading(texts.get("analysis-title"));
    ui.horizontal_wrapped(|ui| {
        for choice in View::ALL {
            ui.selectable_value(view, choice, texts.get(choice.label_id()));
        }
    });
    ui.separator();
    // Every view from scratch, each frame: a 2,000-touchpoint map takes well under a
    // millisecond (benches/analysis.rs), so the panel always shows the map as it is now.
    let analysis = analyse(map);
    egui::ScrollArea::vertical().show(ui, |ui| match view {
        View::Matrix => {
            matrix::matrix_ui(ui, texts, map, &analysis.priority, selected, &mut output);
        }
        View::Heat => heat_ui(ui, texts, map, &mut looks.heat),
        View::Channels => tables::channels_ui(ui, texts, map, &analysis.channels),
        View::Density => tables::density_ui(ui, texts, map, &analysis.density),
        View::Facets => tables::facets_ui(ui, texts, &analysis.facets, &mut looks.facet),
        View::Questions => questions::questions_ui(ui, texts, map, &mut output.actions),
        View::Votes => votes::votes_ui(ui, texts, map, &mut output),
    });
    output
}

/// Choosing what colours the touchpoint cards (or nothing).
fn heat_ui(ui: &mut Ui, texts: &Texts, map: &Map, heat: &mut Option<HeatMeasure>) {
    ui.label(RichText::new(texts.get("analysis-heat-hint")).weak());
    ui.radio_value(heat, None, texts.get("analysis-heat-off"));
    for measure in heat_measures(map) {
        let name = crate::paint::heat_measure_name(&measure, map);
        ui.radio_value(heat, Some(measure), name);
    }
    if let Some(measure) = heat.as_ref() {
        let values = crate::analysis::heat(map, measure);
        ui.add_space(4.0);
        ui.label(texts.get_with(
            "analysis-heat-count",
            &[
                ("count", values.values.len().into()),
                ("total", map.touchpoints().count().into()),
            ],
        ));
    }
}
