//! The counting views of the panel: touchpoints by channel and stage, touchpoints per stage
//! with their warnings, and the facet breakdown whose values pick cards on the map.

use egui::{Color32, RichText, Ui};

use crate::analysis::{
    ChannelStageMatrix, DensityWarning, FacetBreakdown, FacetValue, StageDensity,
};
use crate::i18n::{self, Texts};
use crate::model::Map;

/// A stage's title, short enough for a column head.
fn stage_title(map: &Map, stage: crate::model::StageId) -> String {
    let title = map.stage(stage).map_or("", |stage| stage.title.as_str());
    let mut short: String = title.chars().take(14).collect();
    if title.chars().count() > 14 {
        short.push('…');
    }
    short
}

/// Channels (rows) by stages (columns), with totals.
pub(super) fn channels_ui(ui: &mut Ui, texts: &Texts, map: &Map, matrix: &ChannelStageMatrix) {
    if matrix.rows.is_empty() {
        ui.label(RichText::new(texts.get("analysis-no-touchpoints")).weak());
        return;
    }
    egui::ScrollArea::horizontal().show(ui, |ui| {
        egui::Grid::new("journeymap-channel-matrix")
            .striped(true)
            .min_col_width(28.0)
            .show(ui, |ui| {
                ui.label(RichText::new(texts.get("analysis-channel")).strong());
                for stage in &matrix.stages {
                    ui.label(RichText::new(stage_title(map, *stage)).strong());
                }
                ui.label(RichText::new(texts.get("analysis-total")).strong());
                ui.end_row();
                for row in &matrix.rows {
                    ui.label(texts.get(i18n::channel_id(row.channel)));
                    for count in &row.counts {
                        count_cell(ui, *count);
                    }
                    ui.label(RichText::new(row.total.to_string()).strong());
                    ui.end_row();
                }
                ui.label(RichText::new(texts.get("analysis-total")).strong());
                for total in &matrix.stage_totals {
                    ui.label(RichText::new(total.to_string()).strong());
                }
                ui.label(RichText::new(matrix.total.to_string()).strong());
                ui.end_row();
            });
    });
}

/// A count, faint when zero so the filled cells stand out.
fn count_cell(ui: &mut Ui, count: usize) {
    if count == 0 {
        ui.label(RichText::new("·").weak());
    } else {
        ui.label(count.to_string());
    }
}

/// Touchpoints per stage as bars, with a warning where customers barely notice the business or
/// meet too much of it.
pub(super) fn density_ui(ui: &mut Ui, texts: &Texts, map: &Map, density: &[StageDensity]) {
    ui.label(
        RichText::new(texts.get_with(
            "analysis-density-hint",
            &[("limit", map.crowded_above().into())],
        ))
        .weak(),
    );
    let most = density
        .iter()
        .map(|stage| stage.touchpoints)
        .max()
        .unwrap_or(0)
        .max(1);
    egui::Grid::new("journeymap-density")
        .num_columns(3)
        .show(ui, |ui| {
            for stage in density {
                let title = map.stage(stage.stage).map_or("", |s| s.title.as_str());
                ui.label(title);
                let width = 120.0 * stage.touchpoints as f32 / most as f32;
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(124.0, 12.0), egui::Sense::hover());
                let bar = egui::Rect::from_min_size(rect.min, egui::vec2(width.max(1.0), 12.0));
                let colour = if stage.warning.is_some() {
                    ui.visuals().warn_fg_color
                } else {
                    ui.visuals().selection.bg_fill
                };
                ui.painter().rect_filled(bar, 2.0, colour);
                let note = match stage.warning {
                    None => stage.touchpoints.to_string(),
                    Some(DensityWarning::Empty) => texts.get("analysis-density-empty"),
                    Some(DensityWarning::Crowded { limit }) => texts.get_with(
                        "analysis-density-crowded",
                        &[("count", stage.touchpoints.into()), ("limit", limit.into())],
                    ),
                };
                let text = RichText::new(note);
                ui.label(if stage.warning.is_some() {
                    text.color(ui.visuals().warn_fg_color)
                } else {
                    text
                });
                ui.end_row();
            }
        });
}

/// Counts by setting, media ownership and purchase phase; a click on a value picks its cards
/// on the map (the rest are dimmed), a second click or "Show all" ends it.
pub(super) fn facets_ui(
    ui: &mut Ui,
    texts: &Texts,
    breakdown: &FacetBreakdown,
    picked: &mut Option<FacetValue>,
) {
    ui.label(RichText::new(texts.get("analysis-facets-hint")).weak());
    let mut group =
        |ui: &mut Ui, heading: &str, values: Vec<(FacetValue, String, Option<Color32>, usize)>| {
            ui.label(RichText::new(heading).strong());
            ui.horizontal_wrapped(|ui| {
                for (value, name, colour, count) in values {
                    let mut text = RichText::new(format!("{name} · {count}"));
                    if let Some(colour) = colour {
                        text = text.color(colour);
                    }
                    let on = *picked == Some(value);
                    if ui.selectable_label(on, text).clicked() {
                        *picked = if on { None } else { Some(value) };
                    }
                }
            });
        };
    group(
        ui,
        &texts.get("inspector-setting"),
        breakdown
            .settings
            .iter()
            .map(|(setting, count)| {
                (
                    FacetValue::Setting(*setting),
                    texts.get(i18n::setting_id(*setting)),
                    None,
                    *count,
                )
            })
            .collect(),
    );
    group(
        ui,
        &texts.get("inspector-ownership"),
        breakdown
            .ownerships
            .iter()
            .map(|(ownership, count)| {
                (
                    FacetValue::Ownership(*ownership),
                    texts.get(i18n::ownership_id(*ownership)),
                    Some(crate::theme::ownership_color(*ownership)),
                    *count,
                )
            })
            .collect(),
    );
    group(
        ui,
        &texts.get("inspector-phase"),
        breakdown
            .phases
            .iter()
            .map(|(phase, count)| {
                (
                    FacetValue::Phase(*phase),
                    texts.get(i18n::phase_id(*phase)),
                    None,
                    *count,
                )
            })
            .collect(),
    );
    if picked.is_some() && ui.button(texts.get("analysis-show-all")).clicked() {
        *picked = None;
    }
}
