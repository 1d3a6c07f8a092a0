//! Paints the title band.

use egui::epaint::RectShape;
use egui::{Painter, Rect, Stroke, pos2};
use egui_material_icons::icons::ICON_PERSON;

use super::{Photo, paint_evidence_mark, paint_text};
use crate::layout::{LegendMark, MapLayout, PlacedText};
use crate::theme;

/// The band, its texts, the persona box and the legend.
pub(super) fn paint_title(painter: &Painter, layout: &MapLayout, photo: Option<Photo>) {
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
    for swatch in &title.persona_swatches {
        painter.rect_filled(swatch.rect, 3.0, theme::persona_color(swatch.colour));
    }
    if let Some(square) = title.photo {
        paint_photo(painter, square, photo);
    }
    for text in &title.texts {
        paint_placed(painter, text, title.rect);
    }
    for entry in &title.legend {
        match entry.mark {
            LegendMark::Media(ownership) => {
                painter.rect_filled(entry.swatch, 3.0, theme::ownership_color(ownership));
            }
            LegendMark::Evidence(level) => {
                let radius = entry.swatch.height() / 2.0;
                paint_evidence_mark(painter, entry.swatch.center(), radius, level);
            }
        }
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

/// The photo cropped to its square from the middle, or a person symbol where it could not be
/// loaded.
fn paint_photo(painter: &Painter, square: Rect, photo: Option<Photo>) {
    let radius = theme::CORNER_RADIUS;
    match photo {
        Some(photo) if photo.size.min_elem() > 0.0 => {
            let side = photo.size.min_elem();
            let crop = egui::vec2(side / photo.size.x, side / photo.size.y);
            let uv = Rect::from_center_size(pos2(0.5, 0.5), crop);
            painter.add(
                RectShape::filled(square, radius, egui::Color32::WHITE)
                    .with_texture(photo.texture, uv),
            );
        }
        _ => {
            painter.rect_filled(square, radius, theme::PHOTO_PLACEHOLDER);
            painter.text(
                square.center(),
                egui::Align2::CENTER_CENTER,
                ICON_PERSON.codepoint,
                egui::FontId::new(square.height() * 0.7, ICON_PERSON.font_family()),
                theme::TEXT_MUTED,
            );
        }
    }
}
