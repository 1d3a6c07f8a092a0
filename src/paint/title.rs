//! Paints the title band.

use egui::{Painter, Stroke};

use super::paint_text;
use crate::layout::{MapLayout, PlacedText};
use crate::theme;

/// The band, its texts, the persona box and the legend.
pub(super) fn paint_title(painter: &Painter, layout: &MapLayout) {
    let title = &layout.title;
    painter.rect(
        title.rect,
        theme::CORNER_RADIUS,
        theme::TITLE_BAND,
        Stroke::new(1.0, theme::OUTLINE),
        egui::StrokeKind::Inside,
    );
    if let Some(persona) = title.persona {
        painter.rect_filled(persona, theme::CORNER_RADIUS, theme::LANE_LABEL);
    }
    for text in &title.texts {
        paint_placed(painter, text, title.rect);
    }
    for entry in &title.legend {
        painter.rect_filled(entry.swatch, 3.0, theme::ownership_color(entry.ownership));
        paint_placed(painter, &entry.label, title.rect);
    }
}

fn paint_placed(painter: &Painter, text: &PlacedText, clip: egui::Rect) {
    let color = if text.muted {
        theme::TEXT_MUTED
    } else {
        theme::TEXT
    };
    paint_text(painter, &text.text, text.style, text.rect, color, clip);
}
