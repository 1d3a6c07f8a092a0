//! The preview's grid: the lanes and stages that get cards, the new ones marked "new", and the
//! first titles of the new cards in each cell. It is the map's own shape, so the user sees
//! where every card lands before adding them.

use egui::{RichText, Ui};

use super::summary::Summary;
use crate::i18n::Texts;
use crate::theme::import as style;

/// Shows `summary` as a scrolling grid at most `height` tall.
pub fn grid_ui(ui: &mut Ui, texts: &Texts, summary: &Summary, height: f32) {
    ui.label(texts.get_with(
        "paste-preview-summary",
        &[
            ("cards", summary.cards.len().into()),
            ("stages", summary.new_stages.into()),
            ("lanes", summary.new_lanes.into()),
        ],
    ));
    if summary.cards.is_empty() {
        return;
    }
    egui::ScrollArea::both()
        .id_salt("journeymap-paste-grid")
        .max_height(height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            egui::Grid::new("journeymap-paste-grid-cells")
                .striped(true)
                .spacing([12.0, 6.0])
                .min_col_width(style::CELL_WIDTH / 2.0)
                .max_col_width(style::CELL_WIDTH)
                .show(ui, |ui| {
                    ui.label("");
                    for stage in &summary.stages {
                        heading_ui(ui, texts, &stage.title, stage.new);
                    }
                    ui.end_row();
                    for lane in &summary.lanes {
                        heading_ui(ui, texts, &lane.title, lane.new);
                        for stage in &summary.stages {
                            cell_ui(ui, texts, summary.cell(lane.id, stage.id));
                        }
                        ui.end_row();
                    }
                });
        });
}

/// A stage's or lane's title, with a "new" mark if the paste makes it.
fn heading_ui(ui: &mut Ui, texts: &Texts, title: &str, new: bool) {
    ui.horizontal(|ui| {
        ui.add(egui::Label::new(RichText::new(title).strong()).truncate());
        if new {
            ui.label(
                RichText::new(texts.get("paste-preview-new"))
                    .small()
                    .color(style::NEW_BADGE_TEXT)
                    .background_color(style::NEW_BADGE),
            );
        }
    });
}

/// The first titles of a cell's new cards, and how many more.
fn cell_ui(ui: &mut Ui, texts: &Texts, titles: &[String]) {
    ui.vertical(|ui| {
        for title in titles.iter().take(style::TITLES_PER_CELL) {
            ui.add(egui::Label::new(title.as_str()).truncate());
        }
        let more = titles.len().saturating_sub(style::TITLES_PER_CELL);
        if more > 0 {
            ui.label(
                RichText::new(texts.get_with("paste-preview-more", &[("count", more.into())]))
                    .weak()
                    .small(),
            );
        }
    });
}
