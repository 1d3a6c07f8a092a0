//! Paints an emotion curve: the neutral line, the smooth curve, and a face marker per stage.

use egui::text::{LayoutJob, TextFormat};
use egui::{Align2, Color32, FontId, Painter, Rect, Shape, Stroke, pos2};

use super::icons::{emotion_icon, icon_family};
use crate::layout::{CurveLayout, LaneLayout, curve};
use crate::model::{EMOTION_MAX, EMOTION_MIN};
use crate::theme;

/// Room the scale takes from the lane's title.
pub(super) const SCALE_WIDTH: f32 = theme::EMOTION_SCALE_WIDTH;

/// The scale at the right of an emotion lane's label: each score from +2 down to −2 at the
/// height its marker sits, as a number and a face in the marker's colour, so a room reads the
/// curve without a legend.
pub(super) fn paint_scale(painter: &Painter, lane: &LaneLayout) {
    let right = lane.label.right() - 6.0;
    for score in (EMOTION_MIN..=EMOTION_MAX).rev() {
        let y = curve::score_y(lane.body, score);
        painter.text(
            pos2(right - 8.0, y),
            Align2::CENTER_CENTER,
            emotion_icon(score),
            FontId::new(16.0, icon_family()),
            theme::emotion_color(score),
        );
        let font = FontId::proportional(theme::font::SMALL);
        let galley = painter.layout_job(scale_number(score, &font));
        let rect = Align2::RIGHT_CENTER.anchor_size(pos2(right - 20.0, y), galley.size());
        // The digit is the last glyph; the sign, when there is one, sits just left of it.
        let digit_left = galley
            .rows
            .first()
            .and_then(|row| row.row.glyphs.last())
            .map_or(rect.left(), |glyph| rect.left() + glyph.pos.x);
        painter.galley(rect.min, galley, theme::TEXT_MUTED);
        paint_sign(painter, score, digit_left - 1.0, y, font.size);
    }
}

/// A scale number with its sign ("+2", "−1", "0"). The sign is laid out as a real character
/// but in a transparent colour: [`paint_sign`] draws what the eye sees, while the character
/// keeps the number whole for every reader of the text (a PDF's text layer, copy and search),
/// which would otherwise find "2" where the scale says +2.
fn scale_number(score: i8, font: &FontId) -> LayoutJob {
    let mut job = LayoutJob::default();
    let sign = match score.signum() {
        1 => "+",
        -1 => "\u{2212}",
        _ => "",
    };
    if !sign.is_empty() {
        job.append(
            sign,
            0.0,
            TextFormat::simple(font.clone(), Color32::TRANSPARENT),
        );
    }
    job.append(
        &score.unsigned_abs().to_string(),
        0.0,
        TextFormat::simple(font.clone(), theme::TEXT_MUTED),
    );
    job
}

/// The sign of a scale number, drawn as strokes rather than a glyph: a thin minus glyph
/// vanished on screen at some presentation zooms, and a room must never read −2 as 2.
fn paint_sign(painter: &Painter, score: i8, right: f32, y: f32, size: f32) {
    if score == 0 {
        return;
    }
    let half = size * 0.25;
    let centre = pos2(right - half, y);
    let stroke = Stroke::new((size * 0.08).max(1.0), theme::TEXT_MUTED);
    painter.line_segment(
        [
            centre - egui::vec2(half, 0.0),
            centre + egui::vec2(half, 0.0),
        ],
        stroke,
    );
    if score > 0 {
        painter.line_segment(
            [
                centre - egui::vec2(0.0, half),
                centre + egui::vec2(0.0, half),
            ],
            stroke,
        );
    }
}

pub(super) fn paint_curve(painter: &Painter, curve: &CurveLayout, visible: Rect) {
    let y = curve.neutral_y;
    if !(visible.y_range().contains(y - theme::EMOTION_LANE_HEIGHT)
        || visible.y_range().contains(y + theme::EMOTION_LANE_HEIGHT)
        || visible.y_range().contains(y))
    {
        return;
    }
    painter.add(Shape::dashed_line(
        &[pos2(curve.x_range.min, y), pos2(curve.x_range.max, y)],
        Stroke::new(1.0, theme::EMOTION_NEUTRAL),
        6.0,
        6.0,
    ));
    // A map of one persona keeps the plain look; several get their colour on the line and
    // as a ring around each face, so a marker still says whose it is where curves cross.
    let (line, ring) = match curve.colour {
        None => (theme::EMOTION_LINE, Stroke::new(2.0, theme::TEXT_ON_DARK)),
        Some(index) => {
            let colour = theme::persona_color(index);
            (colour, Stroke::new(3.0, colour))
        }
    };
    if curve.path.len() >= 2 {
        painter.add(Shape::line(
            curve.path.clone(),
            Stroke::new(theme::EMOTION_LINE_WIDTH, line),
        ));
    }
    for point in &curve.points {
        painter.circle(
            point.pos,
            theme::EMOTION_MARKER_RADIUS,
            theme::emotion_color(point.score),
            ring,
        );
        painter.text(
            point.pos,
            Align2::CENTER_CENTER,
            emotion_icon(point.score),
            FontId::new(theme::EMOTION_MARKER_RADIUS * 1.6, icon_family()),
            theme::TEXT_ON_DARK,
        );
    }
}

/// The key in an emotion lane's label: on a map of several personas a sample of each curve's
/// line and marker ring with the persona's name, then the room's curve if the room scored.
pub(super) fn paint_persona_key(painter: &Painter, key: &crate::layout::PersonaKey, clip: Rect) {
    let painter = painter.with_clip_rect(clip.intersect(painter.clip_rect()));
    for entry in &key.entries {
        let colour = theme::persona_color(entry.colour);
        let y = entry.swatch.center().y;
        painter.line_segment(
            [pos2(entry.swatch.left(), y), pos2(entry.swatch.right(), y)],
            Stroke::new(theme::EMOTION_LINE_WIDTH, colour),
        );
        painter.circle(
            entry.swatch.center(),
            entry.swatch.height() * 0.28,
            theme::LANE_LABEL,
            Stroke::new(2.0, colour),
        );
        super::paint_text(
            &painter,
            &entry.label.text,
            entry.label.style,
            entry.label.rect,
            theme::TEXT,
            clip,
        );
    }
    if let Some(room) = &key.room {
        super::room_curve::paint_room_key(&painter, room, clip);
    }
}
