//! Paints an emotion curve: the neutral line, the smooth curve, and a face marker per stage.

use egui::{Align2, FontId, Painter, Rect, Shape, Stroke, pos2};

use super::icons::{emotion_icon, icon_family};
use crate::layout::CurveLayout;
use crate::theme;

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
    if curve.path.len() >= 2 {
        painter.add(Shape::line(
            curve.path.clone(),
            Stroke::new(theme::EMOTION_LINE_WIDTH, theme::EMOTION_LINE),
        ));
    }
    for point in &curve.points {
        painter.circle(
            point.pos,
            theme::EMOTION_MARKER_RADIUS,
            theme::emotion_color(point.score),
            Stroke::new(2.0, theme::TEXT_ON_DARK),
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
