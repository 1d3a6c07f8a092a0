//! Paints the grid: lane bands and labels, stage headers, column lines and blueprint dividers.

use crate::i18n;
use crate::layout::{LaneLayout, MapLayout, PersonaKey, TextStyle};
use crate::model::{Lane, LaneKind, Map};
use crate::theme;
use egui::text::{LayoutJob, TextFormat, TextWrapping};
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
            if let Some(first) = key.entries.first() {
                title_room.max.y = title_room.max.y.min(first.rect.top());
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
fn overview_heading(zoom: f32) -> Option<FontId> {
    (theme::font::HEADING * zoom < theme::OVERVIEW_TEXT)
        .then(|| FontId::proportional(theme::OVERVIEW_TEXT / super::overview::text_zoom(zoom)))
}

/// `text` in `font` placed in `rect` as `align` says: as many lines as fit, the last one
/// ellipsised; nothing when not even one line fits.
fn paint_fitted_text(
    painter: &Painter,
    text: &str,
    font: FontId,
    rect: Rect,
    color: egui::Color32,
    align: Align2,
) {
    let row_height = painter.fonts_mut(|fonts| fonts.row_height(&font));
    let rows = ((rect.height() - font.size) / row_height).floor() + 1.0;
    if text.trim().is_empty() || rows < 1.0 || rect.width() <= 0.0 {
        return;
    }
    let mut job =
        LayoutJob::single_section(text.trim().to_owned(), TextFormat::simple(font, color));
    job.wrap = TextWrapping {
        max_width: rect.width(),
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a positive whole number of rows, a few dozen at most"
        )]
        max_rows: rows.min(1_000.0) as usize,
        break_anywhere: rows < 2.0,
        overflow_character: Some('…'),
    };
    job.halign = align.x();
    let galley = painter.layout_job(job);
    let block = align.align_size_within_rect(galley.size(), rect);
    let anchor_x = match align.x() {
        Align::Min => block.left(),
        Align::Center => block.center().x,
        Align::Max => block.right(),
    };
    painter
        .with_clip_rect(rect.expand(2.0).intersect(painter.clip_rect()))
        .galley(pos2(anchor_x, block.top()), galley, color);
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
    let mut job = LayoutJob::simple(text.to_owned(), super::font_id(style), color, rect.width());
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
        .with_clip_rect(rect.expand(4.0).intersect(painter.clip_rect()))
        .galley(pos2(anchor_x, block.top()), galley, color);
}
