//! The band of phases above the stage headers: each phase's title, centred over its stages, on
//! the phase's tint. Stages in no phase have no segment; a map without phases has no band.

use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Align2, CornerRadius, Painter, Rect, Stroke, pos2};

use crate::layout::{MapLayout, TextStyle};
use crate::model::{Map, Phase};
use crate::theme;

/// Every segment of the band that intersects `visible`, seen at `zoom`.
pub(super) fn paint_phase_band(
    painter: &Painter,
    map: &Map,
    layout: &MapLayout,
    visible: Rect,
    zoom: f32,
) {
    for band in &layout.phases {
        if let Some(phase) = map.phase(band.phase)
            && visible.intersects(band.rect)
        {
            paint_phase_segment(painter, phase, band.rect, zoom);
        }
    }
}

/// One phase's segment in `rect`: its tint, a darker line along the bottom, and its title on
/// one line, centred, shortened with "…" where the stages are too narrow for it.
pub(super) fn paint_phase_segment(painter: &Painter, phase: &Phase, rect: Rect, zoom: f32) {
    let rect = rect.shrink2(egui::vec2(2.0, 0.0));
    let radius = theme::CORNER_RADIUS as u8;
    painter.rect_filled(
        rect,
        CornerRadius {
            nw: radius,
            ne: radius,
            sw: 0,
            se: 0,
        },
        theme::phase_tint(phase.colour),
    );
    let edge_y = rect.bottom() - theme::PHASE_EDGE_WIDTH / 2.0;
    painter.hline(
        rect.x_range(),
        edge_y,
        Stroke::new(theme::PHASE_EDGE_WIDTH, theme::phase_edge(phase.colour)),
    );
    let font =
        super::lanes::overview_heading(zoom).unwrap_or_else(|| super::font_id(TextStyle::Heading));
    let padding = theme::CARD_PADDING.min(font.size);
    let room = Rect::from_min_max(
        pos2(rect.left() + padding, rect.top()),
        pos2(
            rect.right() - padding,
            rect.bottom() - theme::PHASE_EDGE_WIDTH,
        ),
    );
    if room.width() <= 0.0 || phase.title.trim().is_empty() {
        return;
    }
    // Far out, the overview's font would be taller than the band: the title keeps to the band,
    // as large as it allows.
    let font = if font.size > room.height() {
        egui::FontId::new(room.height(), font.family)
    } else {
        font
    };
    let mut job = LayoutJob::single_section(
        phase.title.trim().to_owned(),
        TextFormat::simple(font, theme::TEXT),
    );
    job.wrap = TextWrapping::truncate_at_width(room.width());
    super::lanes::paint_aligned_job(painter, job, room, Align2::CENTER_CENTER, theme::TEXT, 2.0);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PhaseId;

    #[test]
    fn a_title_too_long_for_its_stages_is_one_line_shortened_with_an_ellipsis() {
        let phase = Phase::new(
            PhaseId(1),
            "Before the first visit to the studio and long after",
        );
        let rows = crate::paint::text_rows::painted_rows(|painter| {
            let rect = Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(160.0, 36.0));
            paint_phase_segment(painter, &phase, rect, 1.0);
        });
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert!(rows[0].ends_with('…'), "{rows:?}");
        let whole = crate::paint::text_rows::painted_rows(|painter| {
            let rect = Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(900.0, 36.0));
            paint_phase_segment(painter, &phase, rect, 1.0);
        });
        assert_eq!(whole, vec![phase.title]);
    }
}
