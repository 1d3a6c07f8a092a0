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

/// The width of a count column: two digits.
const COUNT_WIDTH: f32 = 18.0;
/// The space between the matrix's columns.
const COLUMN_GAP: f32 = 6.0;
/// The least width of the channel column; below it the matrix scrolls sideways.
const LEAST_CHANNEL_WIDTH: f32 = 90.0;

/// Channels (rows) by stages (columns), with totals. The stages are numbered in the column
/// heads (each title on hover, all of them in a key below) and long channel names are cut
/// with "…" (whole on hover), so the counts and totals fit the panel even on a small screen.
pub(super) fn channels_ui(ui: &mut Ui, texts: &Texts, map: &Map, matrix: &ChannelStageMatrix) {
    if matrix.rows.is_empty() {
        ui.label(RichText::new(texts.get("analysis-no-touchpoints")).weak());
        return;
    }
    let total_heading = texts.get("analysis-total");
    let spacing = COLUMN_GAP;
    let total_width = ui
        .painter()
        .layout_no_wrap(
            total_heading.clone(),
            egui::TextStyle::Body.resolve(ui.style()),
            Color32::WHITE,
        )
        .size()
        .x
        .max(COUNT_WIDTH);
    #[allow(clippy::cast_precision_loss, reason = "a handful of stages")]
    let counts_width = matrix.stages.len() as f32 * (COUNT_WIDTH + spacing) + total_width + spacing;
    let channel_width = (ui.available_width() - counts_width - spacing).max(LEAST_CHANNEL_WIDTH);
    egui::ScrollArea::horizontal().show(ui, |ui| {
        egui::Grid::new("journeymap-channel-matrix")
            .striped(true)
            .min_col_width(COUNT_WIDTH)
            .spacing([COLUMN_GAP, ui.spacing().item_spacing.y])
            .show(ui, |ui| {
                ui.label(RichText::new(texts.get("analysis-channel")).strong());
                for (number, stage) in matrix.stages.iter().enumerate() {
                    ui.label(RichText::new((number + 1).to_string()).strong())
                        .on_hover_text(stage_title(map, *stage));
                }
                ui.label(RichText::new(&total_heading).strong());
                ui.end_row();
                for row in &matrix.rows {
                    let name = texts.get(i18n::channel_id(row.channel));
                    ui.allocate_ui(
                        egui::vec2(channel_width, ui.spacing().interact_size.y),
                        |ui| {
                            ui.set_max_width(channel_width);
                            ui.add(egui::Label::new(&name).truncate());
                        },
                    );
                    for count in &row.counts {
                        count_cell(ui, *count);
                    }
                    ui.label(RichText::new(row.total.to_string()).strong());
                    ui.end_row();
                }
                ui.label(RichText::new(&total_heading).strong());
                for total in &matrix.stage_totals {
                    ui.label(RichText::new(total.to_string()).strong());
                }
                ui.label(RichText::new(matrix.total.to_string()).strong());
                ui.end_row();
            });
    });
    // The key to the numbered columns.
    let key: Vec<String> = matrix
        .stages
        .iter()
        .enumerate()
        // A no-break space keeps each number with its stage when the key wraps.
        .map(|(number, stage)| format!("{}\u{a0}{}", number + 1, full_stage_title(map, *stage)))
        .collect();
    ui.add_space(4.0);
    ui.label(key.join("  ·  "));
}

/// A stage's whole title.
fn full_stage_title(map: &Map, stage: crate::model::StageId) -> &str {
    map.stage(stage).map_or("", |stage| stage.title.as_str())
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
