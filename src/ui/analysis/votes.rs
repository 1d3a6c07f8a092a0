//! The room's dot vote in the panel: the cards with dots, most first, each with its stage, lane
//! and count; a click selects the card on the map and brings it into view.

use egui::{RichText, Ui};

use super::PanelOutput;
use crate::analysis::VotedCard;
use crate::i18n::Texts;
use crate::model::Map;

pub(super) fn votes_ui(ui: &mut Ui, texts: &Texts, map: &Map, output: &mut PanelOutput) {
    let ranking = crate::analysis::vote_ranking(map);
    if ranking.is_empty() {
        ui.label(RichText::new(texts.get("analysis-votes-empty")).weak());
        return;
    }
    let total: u32 = ranking.iter().map(|voted| voted.dots).sum();
    ui.label(
        RichText::new(texts.get_with(
            "analysis-votes-total",
            &[("dots", total.into()), ("cards", ranking.len().into())],
        ))
        .weak(),
    );
    ui.add_space(4.0);
    egui::Grid::new("journeymap-votes")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            for voted in &ranking {
                entry_ui(ui, texts, map, voted, output);
                ui.end_row();
            }
        });
}

/// One ranked card: its count, then its title as a link over where it sits on the map.
fn entry_ui(ui: &mut Ui, texts: &Texts, map: &Map, voted: &VotedCard, output: &mut PanelOutput) {
    ui.label(RichText::new(voted.dots.to_string()).strong().size(16.0));
    let stage = map
        .stage(voted.stage)
        .map_or("", |stage| stage.title.as_str());
    let lane = map.lane(voted.lane).map_or("", |lane| lane.title.as_str());
    let title = if voted.title.trim().is_empty() {
        texts.get("canvas-card-empty")
    } else {
        voted.title.clone()
    };
    let name = texts.get_with(
        "analysis-votes-entry",
        &[
            ("title", title.clone().into()),
            ("count", voted.dots.into()),
            ("stage", stage.into()),
            ("lane", lane.into()),
        ],
    );
    ui.vertical(|ui| {
        let link = ui.link(&title);
        link.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, &name));
        if link.on_hover_text(&name).clicked() {
            output.select = Some(voted.card);
        }
        ui.label(RichText::new(format!("{stage} · {lane}")).weak().small());
    });
}
