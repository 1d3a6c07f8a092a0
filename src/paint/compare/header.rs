//! The comparison picture's header band — which map is which, over the map it names, and the
//! summary line — and the legend of the three mark colours under it.

use egui::{Align2, FontId, Painter, Rect, Stroke, StrokeKind, pos2, vec2};

use super::geometry::CompareGeometry;
use crate::analysis::MarkKind;
use crate::i18n::Texts;
use crate::theme;

// The picture is two maps wide and goes on a slide shrunk to a screen's width: its own words
// are set larger than the maps' so they stay the first thing read.
/// Size of "Map A · before / ours".
const CAPTION_SIZE: f32 = 16.0;
/// Size of the maps' titles.
const TITLE_SIZE: f32 = 34.0;
/// Size of the summary line.
const SUMMARY_SIZE: f32 = 24.0;
/// Size of the legend's words.
const LEGEND_SIZE: f32 = 18.0;

/// What the header says.
pub struct Header<'a> {
    /// Map a's title.
    pub title_a: &'a str,
    /// Map b's title.
    pub title_b: &'a str,
    /// The summary line.
    pub summary: &'a str,
}

/// Paints the band with both titles and the summary.
pub fn paint_header(
    painter: &Painter,
    geometry: &CompareGeometry,
    header: &Header<'_>,
    texts: &Texts,
) {
    let band = geometry.header;
    painter.rect(
        band,
        theme::CORNER_RADIUS,
        theme::TITLE_BAND,
        Stroke::new(1.0, theme::OUTLINE),
        StrokeKind::Inside,
    );
    let left_a = band.left() + 20.0;
    let left_b = (geometry.frame_b.left() + 4.0).max(band.center().x);
    let columns = [
        (
            left_a,
            left_b - 24.0,
            "compare-side-a",
            header.title_a,
            theme::COMPARE_CURVE_A,
        ),
        (
            left_b,
            band.right() - 20.0,
            "compare-side-b",
            header.title_b,
            theme::COMPARE_CURVE_B,
        ),
    ];
    for (left, right, caption, title, color) in columns {
        // The curve's colour beside the caption ties the map to its curve in the chart below.
        painter.circle_filled(pos2(left + 7.0, band.top() + 28.0), 7.0, color);
        painter.text(
            pos2(left + 22.0, band.top() + 28.0),
            Align2::LEFT_CENTER,
            texts.get(caption),
            FontId::proportional(CAPTION_SIZE),
            theme::TEXT_MUTED,
        );
        let font = FontId::proportional(TITLE_SIZE);
        let shown = super::shorten(painter, title, &font, right - left);
        painter.text(
            pos2(left, band.top() + 44.0),
            Align2::LEFT_TOP,
            shown,
            font,
            theme::TEXT,
        );
    }
    let font = FontId::proportional(SUMMARY_SIZE);
    let summary = super::shorten(painter, header.summary, &font, band.width() - 40.0);
    painter.text(
        pos2(left_a, band.bottom() - 18.0),
        Align2::LEFT_BOTTOM,
        summary,
        font,
        theme::TEXT,
    );
}

/// Message id of a mark colour's meaning.
fn legend_id(kind: MarkKind) -> &'static str {
    match kind {
        MarkKind::Removed => "compare-legend-removed",
        MarkKind::Added => "compare-legend-added",
        MarkKind::Changed => "compare-legend-changed",
    }
}

/// The three mark colours with their meanings, and, when the maps had to be drawn smaller, a
/// note saying so at the right.
pub fn paint_legend(painter: &Painter, geometry: &CompareGeometry, texts: &Texts) {
    let row = geometry.legend;
    let y = row.center().y;
    let font = FontId::proportional(LEGEND_SIZE);
    let mut x = row.left() + 4.0;
    for kind in MarkKind::ALL {
        let swatch = Rect::from_min_size(pos2(x, y - 12.0), vec2(40.0, 24.0));
        painter.rect(
            swatch,
            4.0,
            theme::TOUCHPOINT_FILL,
            Stroke::new(3.0, theme::compare_mark_color(kind)),
            StrokeKind::Inside,
        );
        let label = painter.text(
            pos2(swatch.right() + 8.0, y),
            Align2::LEFT_CENTER,
            texts.get(legend_id(kind)),
            font.clone(),
            theme::TEXT,
        );
        x = label.right() + 28.0;
    }
    if geometry.scaled_down() {
        let percent = (geometry.map_scale * 100.0).round() as i64;
        painter.text(
            pos2(row.right() - 4.0, y),
            Align2::RIGHT_CENTER,
            texts.get_with("compare-scaled-note", &[("percent", percent.into())]),
            FontId::proportional(CAPTION_SIZE),
            theme::TEXT_MUTED,
        );
    }
}
