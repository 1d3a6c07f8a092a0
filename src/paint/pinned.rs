//! Lane labels and stage headers that stay on screen: scrolled to the middle of a wide map (on
//! a laptop, or stage by stage in a presentation), the lane labels are drawn along the left
//! edge of the view and the stage headers along its top, over the cards, so every card can be
//! read with its lane and stage. Only the editor draws them; a picture shows the map whole.

use egui::{Painter, Rect, Stroke, vec2};

use super::lanes::{paint_lane_label, paint_stage_header};
use super::phases::paint_phase_segment;
use crate::layout::{LaneLayout, MapLayout};
use crate::model::{LaneKind, Map};
use crate::theme;

/// Pins the lane labels to the left edge of `visible` when the label column is scrolled out of
/// it, and the stage headers to its top edge when their row is. The stage headers are drawn
/// over the lane labels (a lane scrolled under the header row goes under it) but never over the
/// label column: the corner where both meet stays empty, as above an unscrolled map.
pub fn paint_pinned_headers(
    painter: &Painter,
    map: &Map,
    layout: &MapLayout,
    visible: Rect,
    zoom: f32,
) {
    pin_lane_labels(painter, map, layout, visible, zoom);
    let labels_right = layout.lanes.first().map_or(visible.left(), |lane| {
        lane.label.right().max(visible.left() + lane.label.width())
    });
    pin_stage_headers(painter, map, layout, visible, labels_right, zoom);
}

fn pin_lane_labels(painter: &Painter, map: &Map, layout: &MapLayout, visible: Rect, zoom: f32) {
    let Some(first) = layout.lanes.first() else {
        return;
    };
    let shift = visible.left() - first.label.left();
    if shift <= 0.0 {
        return;
    }
    for (lane, geometry) in map.lanes.iter().zip(&layout.lanes) {
        if !visible.y_range().intersects(geometry.rect.y_range())
            || lane.collapsed
            || matches!(lane.kind, LaneKind::Divider(_))
        {
            continue;
        }
        let moved = LaneLayout {
            label: geometry.label.translate(vec2(shift, 0.0)),
            body: geometry.body.translate(vec2(shift, 0.0)),
            rect: geometry.rect.translate(vec2(shift, 0.0)),
            ..*geometry
        };
        let key = layout
            .persona_key(lane.id)
            .map(|key| key.moved(vec2(shift, 0.0)));
        paint_lane_label(painter, lane, &moved, key.as_ref(), zoom);
        painter.vline(
            moved.label.right(),
            moved.label.y_range(),
            Stroke::new(2.0, theme::PINNED_EDGE),
        );
    }
}

fn pin_stage_headers(
    painter: &Painter,
    map: &Map,
    layout: &MapLayout,
    visible: Rect,
    labels_right: f32,
    zoom: f32,
) {
    let Some(first) = layout.stages.first() else {
        return;
    };
    // The band of phases, if any, is pinned with the headers it stands over.
    let top = layout
        .phases
        .first()
        .map_or(first.header.top(), |phase| phase.rect.top());
    let shift = visible.top() - top;
    if shift <= 0.0 {
        return;
    }
    let band = Rect::from_x_y_ranges(
        visible.x_range(),
        top + shift..=first.header.bottom() + shift,
    );
    painter.rect_filled(band, 0.0, theme::BACKGROUND);
    let beside_labels = painter.with_clip_rect(painter.clip_rect().intersect(
        Rect::from_x_y_ranges(labels_right..=visible.right(), visible.y_range()),
    ));
    for segment in &layout.phases {
        if let Some(phase) = map.phase(segment.phase)
            && visible.x_range().intersects(segment.rect.x_range())
        {
            paint_phase_segment(
                &beside_labels,
                phase,
                segment.rect.translate(vec2(0.0, shift)),
                zoom,
            );
        }
    }
    for (stage, geometry) in map.stages.iter().zip(&layout.stages) {
        if visible.x_range().intersects(geometry.header.x_range()) {
            paint_stage_header(
                &beside_labels,
                stage,
                geometry.header.translate(vec2(0.0, shift)),
                zoom,
            );
        }
    }
    painter.hline(
        band.x_range(),
        band.bottom(),
        Stroke::new(2.0, theme::PINNED_EDGE),
    );
}
