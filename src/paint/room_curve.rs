//! Paints the room's curve in an emotion lane: the band of its spread, its dashed mean line,
//! and a hollow ring at each scored stage's mean; and its entry in the lane's key.

use egui::epaint::{BandPoint, BandShape};
use egui::{Painter, Rangef, Rect, Shape, Stroke, pos2};

use crate::layout::{RoomCurveLayout, RoomKeyEntry};
use crate::theme::{self, room_marks};

/// The radius of the room's ring at a stage.
const RING_RADIUS: f32 = theme::EMOTION_MARKER_RADIUS + room_marks::ROOM_RING_GROWTH;

/// The part of the picture the curve, its band and its rings take.
fn bounds(room: &RoomCurveLayout) -> Rect {
    room.points
        .iter()
        .map(|point| {
            Rect::from_x_y_ranges(
                Rangef::new(point.pos.x, point.pos.x),
                point.spread.union(Rangef::new(point.pos.y, point.pos.y)),
            )
            .expand(RING_RADIUS + room_marks::ROOM_RING_WIDTH)
        })
        .reduce(Rect::union)
        .unwrap_or(Rect::NOTHING)
}

/// The band and the dashed mean line, drawn before the personas' curves so they stay on top.
pub(super) fn paint_room_curve(painter: &Painter, room: &RoomCurveLayout, visible: Rect) {
    if !visible.intersects(bounds(room)) {
        return;
    }
    let band: Vec<BandPoint> = match room.points.as_slice() {
        // A single scored stage: its spread as a bar as wide as a marker.
        [point] => [-1.0, 1.0]
            .into_iter()
            .map(|side| {
                BandPoint::new(
                    point.pos.x + side * theme::EMOTION_MARKER_RADIUS,
                    point.spread,
                )
            })
            .collect(),
        _ => room
            .band
            .iter()
            .map(|&(x, y)| BandPoint::new(x, y))
            .collect(),
    };
    painter.add(BandShape::new(
        band,
        room_marks::ROOM_BAND,
        Stroke::new(1.0, room_marks::ROOM_BAND_EDGE),
    ));
    if room.path.len() >= 2 {
        let [dash, gap] = room_marks::ROOM_DASH;
        painter.add(Shape::dashed_line(
            &room.path,
            Stroke::new(room_marks::ROOM_LINE_WIDTH, room_marks::ROOM_INK),
            dash,
            gap,
        ));
    }
}

/// The hollow rings at the means, drawn over the personas' curves: a face at the room's score
/// shows inside its ring.
pub(super) fn paint_room_rings(painter: &Painter, room: &RoomCurveLayout, visible: Rect) {
    if !visible.intersects(bounds(room)) {
        return;
    }
    for point in &room.points {
        // A white halo under the ink, on both sides of it (egui strokes a circle outside its
        // radius), keeps the ring apart from a face or a line of the same darkness.
        painter.circle_stroke(
            point.pos,
            RING_RADIUS - 1.0,
            Stroke::new(room_marks::ROOM_RING_WIDTH + 2.0, theme::TEXT_ON_DARK),
        );
        painter.circle_stroke(
            point.pos,
            RING_RADIUS,
            Stroke::new(room_marks::ROOM_RING_WIDTH, room_marks::ROOM_INK),
        );
    }
}

/// The room's entry in an emotion lane's key: a sample of its band, dashed line and ring, and
/// "The room (n)".
pub(super) fn paint_room_key(painter: &Painter, entry: &RoomKeyEntry, clip: Rect) {
    let swatch = entry.swatch;
    let y = swatch.center().y;
    painter.rect_filled(
        swatch.shrink2(egui::vec2(0.0, swatch.height() * 0.15)),
        2.0,
        room_marks::ROOM_BAND,
    );
    painter.add(Shape::dashed_line(
        &[pos2(swatch.left(), y), pos2(swatch.right(), y)],
        Stroke::new(room_marks::ROOM_LINE_WIDTH * 0.8, room_marks::ROOM_INK),
        5.0,
        3.0,
    ));
    painter.circle(
        swatch.center(),
        swatch.height() * 0.28,
        theme::LANE_LABEL,
        Stroke::new(2.0, room_marks::ROOM_INK),
    );
    super::paint_text(
        painter,
        &entry.label.text,
        entry.label.style,
        entry.label.rect,
        theme::TEXT,
        clip,
    );
}
