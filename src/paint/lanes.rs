//! Paints the grid: lane bands and labels, stage headers, column lines and blueprint dividers.

use crate::i18n;
use crate::layout::{LaneLayout, MapLayout, PersonaKey, TextStyle};
use crate::model::{Lane, LaneKind, Map};
use crate::theme;
use egui::text::{LayoutJob, TextFormat};
use egui::{Align, Align2, FontId, Painter, Rect, Shape, Stroke, pos2};

/// Everything of the grid that lies under the cards.
pub(super) fn paint_grid(
    painter: &Painter,
    map: &Map,
    layout: &MapLayout,
    visible: Rect,
    zoom: f32,
) {
    for (index, (lane, geometry)) in map.lanes.iter().zip(&layout.lanes).enumerate() {
        if !visible.intersects(geometry.rect) {
            continue;
        }
        if let LaneKind::Divider(_) = lane.kind {
            let y = geometry.rect.center().y;
            painter.add(Shape::dashed_line(
                &[
                    pos2(geometry.body.left(), y),
                    pos2(geometry.body.right(), y),
                ],
                Stroke::new(2.0, theme::DIVIDER),
                10.0,
                6.0,
            ));
            paint_aligned_text(
                painter,
                &lane.title,
                TextStyle::Small,
                geometry.label,
                theme::DIVIDER,
                Align2::LEFT_CENTER,
            );
            continue;
        }
        let band = theme::LANE_BANDS[index % theme::LANE_BANDS.len()];
        painter.rect_filled(geometry.body, 0.0, band);
        if lane.collapsed {
            paint_collapsed(painter, map, lane, layout, geometry);
            continue;
        }
        painter.hline(
            geometry.rect.x_range(),
            geometry.rect.bottom(),
            Stroke::new(1.0, theme::OUTLINE),
        );
        paint_lane_label(painter, lane, geometry, layout.persona_key(lane.id), zoom);
    }
    let lanes_bottom = layout.lanes.last().map_or(0.0, |lane| lane.rect.bottom());
    for (stage, geometry) in map.stages.iter().zip(&layout.stages) {
        let column = geometry.column;
        if column.height() > 0.0 && visible.intersects(column) {
            painter.vline(
                column.right(),
                column.top()..=lanes_bottom,
                Stroke::new(1.0, theme::GRID),
            );
        }
        if visible.intersects(geometry.header) {
            paint_stage_header(painter, stage, geometry.header, zoom);
        }
    }
}

/// A stage header in `header`: the dark tab with the stage's title, seen at `zoom`.
pub(super) fn paint_stage_header(
    painter: &Painter,
    stage: &crate::model::Stage,
    header: Rect,
    zoom: f32,
) {
    let header = header.shrink2(egui::vec2(2.0, 0.0));
    painter.rect_filled(header, theme::CORNER_RADIUS, theme::STAGE_HEADER);
    if let Some(font) = overview_heading(zoom) {
        let room = header.shrink2(egui::vec2(font.size * theme::OVERVIEW_PADDING * 2.0, 0.0));
        paint_fitted_text(
            painter,
            &stage.title,
            font,
            room,
            theme::TEXT_ON_DARK,
            Align2::CENTER_CENTER,
        );
        return;
    }
    paint_aligned_text(
        painter,
        &stage.title,
        TextStyle::Heading,
        header.shrink(theme::CARD_PADDING),
        theme::TEXT_ON_DARK,
        Align2::CENTER_CENTER,
    );
}

/// The label of an unfolded lane (not a divider): its title, and an emotion lane's scale and,
/// on a map of several personas, the key of their curves below the title; seen at `zoom`.
pub(super) fn paint_lane_label(
    painter: &Painter,
    lane: &Lane,
    geometry: &LaneLayout,
    key: Option<&PersonaKey>,
    zoom: f32,
) {
    painter.rect_filled(geometry.label, 0.0, theme::LANE_LABEL);
    let mut title_room = geometry.label.shrink(theme::CARD_PADDING);
    if let LaneKind::Emotion { .. } = lane.kind {
        title_room.max.x -= super::emotion::SCALE_WIDTH;
        super::emotion::paint_scale(painter, geometry);
        if let Some(key) = key {
            let key_top = key.entries.first().map_or_else(
                || key.room.as_ref().map(|room| room.swatch.top()),
                |first| Some(first.rect.top()),
            );
            if let Some(top) = key_top {
                title_room.max.y = title_room.max.y.min(top);
            }
            super::emotion::paint_persona_key(painter, key, geometry.label);
        }
    }
    if let Some(font) = overview_heading(zoom) {
        let room = geometry
            .label
            .shrink(font.size * theme::OVERVIEW_PADDING * 2.0)
            .intersect(title_room.expand2(egui::vec2(0.0, theme::CARD_PADDING)));
        paint_fitted_text(
            painter,
            &lane.title,
            font,
            room,
            theme::TEXT,
            Align2::LEFT_CENTER,
        );
        return;
    }
    paint_aligned_text(
        painter,
        &lane.title,
        TextStyle::Heading,
        title_room,
        theme::TEXT,
        Align2::LEFT_CENTER,
    );
}

/// On a zoomed-out map, where a heading (16 points) would be smaller on screen than the
/// overview's card titles, the font that keeps stage and lane titles as readable as they are.
pub(super) fn overview_heading(zoom: f32) -> Option<FontId> {
    (theme::font::HEADING * zoom < theme::OVERVIEW_TEXT)
        .then(|| FontId::proportional(theme::OVERVIEW_TEXT / super::overview::text_zoom(zoom)))
}

/// How far a heading's font may shrink so that its longest word fits on a line: "Kundenaktionen"
/// in a narrow label column reads better a little smaller than broken as "Kundenaktio / nen".
const LONGEST_WORD_SHRINK: f32 = 0.8;

/// `text` in `font` placed in `rect` as `align` says: as many lines as fit, the last one
/// ellipsised; nothing when not even one line fits. Words are never broken: a word wider than
/// `rect` makes the font a little smaller, and if it still does not fit, the text is one line
/// shortened with "…".
fn paint_fitted_text(
    painter: &Painter,
    text: &str,
    font: FontId,
    rect: Rect,
    color: egui::Color32,
    align: Align2,
) {
    if text.trim().is_empty() || rect.width() <= 0.0 {
        return;
    }
    let widest_word = text
        .split_whitespace()
        .map(|word| {
            painter
                .layout_no_wrap(word.to_owned(), font.clone(), color)
                .size()
                .x
        })
        .fold(0.0, f32::max);
    // Text widths grow with the font's size, so the widest word's width scales with it.
    // Shrunk in steps of 5 %, so a zoom gesture lays the headings out at a few sizes only.
    let size = if widest_word > rect.width() {
        let ratio = ((rect.width() / widest_word) * 20.0).floor() / 20.0;
        font.size * ratio.max(LONGEST_WORD_SHRINK)
    } else {
        font.size
    };
    let word_fits = widest_word * size / font.size <= rect.width() + 0.5;
    let font = FontId::new(size, font.family);
    let row_height = painter.fonts_mut(|fonts| fonts.row_height(&font));
    let mut rows = ((rect.height() - font.size) / row_height).floor() + 1.0;
    if rows < 1.0 {
        return;
    }
    if !word_fits {
        rows = 1.0;
    }
    let mut job =
        LayoutJob::single_section(text.trim().to_owned(), TextFormat::simple(font, color));
    job.wrap = super::overview::fitted_wrapping(rect.width(), rows);
    paint_aligned_job(painter, job, rect, align, color, 2.0);
}

/// A collapsed lane: its label on one line, and how many cards each cell hides.
fn paint_collapsed(
    painter: &Painter,
    map: &Map,
    lane: &Lane,
    layout: &MapLayout,
    geometry: &LaneLayout,
) {
    painter.rect_filled(geometry.label, 0.0, theme::LANE_LABEL);
    painter.hline(
        geometry.rect.x_range(),
        geometry.rect.bottom(),
        Stroke::new(1.0, theme::OUTLINE),
    );
    let mut job = LayoutJob::simple_singleline(
        lane.title.clone(),
        super::font_id(TextStyle::Heading),
        theme::TEXT,
    );
    job.wrap.max_width = geometry.label.shrink(theme::CARD_PADDING).width();
    job.wrap.max_rows = 1;
    let galley = painter.layout_job(job);
    let label = Align2::LEFT_CENTER
        .align_size_within_rect(galley.size(), geometry.label.shrink(theme::CARD_PADDING));
    painter
        .with_clip_rect(geometry.label.intersect(painter.clip_rect()))
        .galley(label.min, galley, theme::TEXT);
    let texts = i18n::texts(map.lang);
    for cell in layout
        .folded
        .iter()
        .filter(|cell| geometry.rect.contains_rect(cell.rect))
    {
        paint_aligned_text(
            painter,
            &texts.get_with("canvas-collapsed-cards", &[("count", cell.cards.into())]),
            TextStyle::Small,
            cell.rect.shrink(theme::CARD_PADDING),
            theme::TEXT_MUTED,
            Align2::CENTER_CENTER,
        );
    }
}

/// Wraps `text` at the width of `rect` and places the block in `rect` as `align` says; each
/// line is aligned the same way.
pub(super) fn paint_aligned_text(
    painter: &Painter,
    text: &str,
    style: TextStyle,
    rect: Rect,
    color: egui::Color32,
    align: Align2,
) {
    if text.is_empty() {
        return;
    }
    let job = LayoutJob::simple(text.to_owned(), super::font_id(style), color, rect.width());
    paint_aligned_job(painter, job, rect, align, color, 4.0);
}

/// Lays `job` out and places it in `rect` as `align` says, clipped to `rect` grown by `slack`.
pub(super) fn paint_aligned_job(
    painter: &Painter,
    mut job: LayoutJob,
    rect: Rect,
    align: Align2,
    color: egui::Color32,
    slack: f32,
) {
    job.halign = align.x();
    let galley = painter.layout_job(job);
    let block = align.align_size_within_rect(galley.size(), rect);
    // An aligned galley is positioned by its left edge, centre or right edge respectively.
    let anchor_x = match align.x() {
        Align::Min => block.left(),
        Align::Center => block.center().x,
        Align::Max => block.right(),
    };
    painter
        .with_clip_rect(rect.expand(slack).intersect(painter.clip_rect()))
        .galley(pos2(anchor_x, block.top()), galley, color);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rows of text `paint_fitted_text` draws for `text` in a room `width_factor` times as
    /// wide as the text's widest word at 10.5 points.
    fn fitted_rows(text: &str, width_factor: f32) -> Vec<String> {
        crate::paint::text_rows::painted_rows(|painter| {
            let font = FontId::proportional(theme::OVERVIEW_TEXT);
            let widest = crate::paint::text_rows::widest_word(painter, text, &font);
            let room = Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(widest * width_factor, 60.0));
            paint_fitted_text(painter, text, font, room, theme::TEXT, Align2::LEFT_CENTER);
        })
    }

    #[test]
    fn a_heading_word_wider_than_its_room_is_never_broken() {
        // A little too narrow: the font shrinks and the word stays whole on one row.
        assert_eq!(fitted_rows("Kundenaktionen", 0.9), ["Kundenaktionen"]);
        // Far too narrow: one row, shortened with an ellipsis, never "Kunden / aktio / nen".
        let rows = fitted_rows("Kundenaktionen", 0.5);
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert!(rows[0].ends_with('…'), "{rows:?}");
        // Words that fit still wrap between words.
        assert_eq!(
            fitted_rows("Pain Points", 1.2),
            ["Pain ", "Points"],
            "two lines, broken between the words"
        );
    }
}
