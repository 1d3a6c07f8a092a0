//! The emotion curve: marker positions and a smooth line through them.

use std::collections::BTreeMap;

use egui::{Pos2, Rangef, Rect, pos2};

use super::{CurveLayout, CurvePoint};
use crate::model::{EMOTION_MAX, EMOTION_MIN, Lane, Map, PersonaId, StageId};
use crate::theme;

/// Line segments per gap between two markers; enough for a curve that looks smooth at 4× export.
const SAMPLES_PER_SEGMENT: usize = 24;

/// How far apart, side by side, the markers of several personas at one stage sit, so that
/// equal scores do not hide each other.
const PERSONA_SPREAD: f32 = 10.0;

/// The curves of an emotion lane, one per persona of the map; the first persona's last, so it
/// is drawn on top.
pub(super) fn layout_curves(
    map: &Map,
    lane: &Lane,
    body: Rect,
    stage_index: &BTreeMap<StageId, usize>,
    columns: &[Rangef],
) -> Vec<CurveLayout> {
    let several = map.has_several_personas();
    let count = map.personas().count();
    let mut curves: Vec<CurveLayout> = lane
        .kind
        .curves()
        .filter_map(|(persona, scores)| {
            let index = map.persona_index(persona)?;
            let shift = if several {
                (index as f32 - (count - 1) as f32 / 2.0) * PERSONA_SPREAD
            } else {
                0.0
            };
            Some(layout_curve(
                (lane.id, persona),
                several.then_some(index),
                scores,
                body,
                shift,
                stage_index,
                columns,
            ))
        })
        .collect();
    if !curves.is_empty() {
        curves.rotate_left(1);
    }
    curves
}

/// Places one marker per scored stage (at the stage's centre, moved by `shift`) and samples
/// the curve.
fn layout_curve(
    (lane, persona): (crate::model::LaneId, PersonaId),
    colour: Option<usize>,
    scores: &BTreeMap<StageId, i8>,
    body: Rect,
    shift: f32,
    stage_index: &BTreeMap<StageId, usize>,
    columns: &[Rangef],
) -> CurveLayout {
    let neutral_y = body.center().y;
    let mut points: Vec<CurvePoint> = scores
        .iter()
        .filter_map(|(&stage, &score)| {
            let x = columns.get(*stage_index.get(&stage)?)?.center() + shift;
            let y = score_y(body, score);
            Some(CurvePoint {
                stage,
                pos: pos2(x, y),
                score,
            })
        })
        .collect();
    points.sort_by(|a, b| a.pos.x.total_cmp(&b.pos.x));
    let markers: Vec<Pos2> = points.iter().map(|point| point.pos).collect();
    CurveLayout {
        lane,
        persona,
        colour,
        neutral_y,
        x_range: body.x_range(),
        path: monotone_path(&markers),
        points,
    }
}

/// How far a score of [`EMOTION_MAX`] sits above the neutral line of an emotion lane.
fn amplitude(body: Rect) -> f32 {
    (body.height() / 2.0 - theme::EMOTION_MARKER_RADIUS - 8.0).max(1.0)
}

/// The height of a score's marker in an emotion lane whose body is `body`.
pub fn score_y(body: Rect, score: i8) -> f32 {
    body.center().y - f32::from(score) / f32::from(EMOTION_MAX) * amplitude(body)
}

/// The score whose marker height is nearest to `y`: what dragging a marker to `y` sets.
pub fn score_at(body: Rect, y: f32) -> i8 {
    let steps = (body.center().y - y) / amplitude(body) * f32::from(EMOTION_MAX);
    steps
        .round()
        .clamp(f32::from(EMOTION_MIN), f32::from(EMOTION_MAX)) as i8
}

/// A smooth polyline through `points` (sorted by x) that never overshoots: between two markers
/// it stays within their heights, so a curve from "neutral" to "very positive" never pretends a
/// moment was better than the best one rated. Monotone cubic Hermite interpolation
/// (Fritsch–Carlson).
pub fn monotone_path(points: &[Pos2]) -> Vec<Pos2> {
    let count = points.len();
    if count < 2 {
        return points.to_vec();
    }
    let secants: Vec<f32> = points
        .windows(2)
        .map(|pair| {
            let dx = pair[1].x - pair[0].x;
            if dx.abs() < f32::EPSILON {
                0.0
            } else {
                (pair[1].y - pair[0].y) / dx
            }
        })
        .collect();
    let mut tangents = vec![0.0_f32; count];
    tangents[0] = secants[0];
    tangents[count - 1] = secants[count - 2];
    for i in 1..count - 1 {
        let (before, after) = (secants[i - 1], secants[i]);
        tangents[i] = if before * after <= 0.0 {
            0.0
        } else {
            f32::midpoint(before, after)
        };
    }
    for (i, &secant) in secants.iter().enumerate() {
        if secant == 0.0 {
            tangents[i] = 0.0;
            tangents[i + 1] = 0.0;
            continue;
        }
        let alpha = tangents[i] / secant;
        let beta = tangents[i + 1] / secant;
        let norm = alpha.hypot(beta);
        if norm > 3.0 {
            let scale = 3.0 / norm;
            tangents[i] = scale * alpha * secant;
            tangents[i + 1] = scale * beta * secant;
        }
    }
    let mut path = Vec::with_capacity((count - 1) * SAMPLES_PER_SEGMENT + 1);
    for i in 0..count - 1 {
        let (p0, p1) = (points[i], points[i + 1]);
        let h = p1.x - p0.x;
        for step in 0..SAMPLES_PER_SEGMENT {
            let t = step as f32 / SAMPLES_PER_SEGMENT as f32;
            let (t2, t3) = (t * t, t * t * t);
            let h00 = 2.0 * t3 - 3.0 * t2 + 1.0;
            let h10 = t3 - 2.0 * t2 + t;
            let h01 = -2.0 * t3 + 3.0 * t2;
            let h11 = t3 - t2;
            let y = h00 * p0.y + h10 * h * tangents[i] + h01 * p1.y + h11 * h * tangents[i + 1];
            path.push(pos2(p0.x + t * h, y));
        }
    }
    path.push(points[count - 1]);
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_curve_passes_through_every_marker_and_never_overshoots() {
        let markers = [
            pos2(0.0, 50.0),
            pos2(100.0, 10.0),
            pos2(200.0, 10.0),
            pos2(300.0, 90.0),
        ];
        let path = monotone_path(&markers);
        for marker in markers {
            assert!(
                path.iter().any(|p| p.distance(marker) < 1e-3),
                "{marker:?} not on the path"
            );
        }
        for p in &path {
            assert!(
                (10.0 - 1e-3..=90.0 + 1e-3).contains(&p.y),
                "{p:?} overshoots"
            );
        }
        // Flat between the two equal markers.
        for p in path.iter().filter(|p| (100.0..=200.0).contains(&p.x)) {
            assert!(
                (p.y - 10.0).abs() < 1e-3,
                "{p:?} bulges between equal scores"
            );
        }
    }

    #[test]
    fn a_score_and_its_height_convert_both_ways() {
        let body = Rect::from_min_size(pos2(0.0, 100.0), egui::vec2(500.0, 170.0));
        for score in EMOTION_MIN..=EMOTION_MAX {
            assert_eq!(score_at(body, score_y(body, score)), score);
            assert_eq!(
                score_at(body, score_y(body, score) + 5.0),
                score,
                "near is enough"
            );
        }
        assert_eq!(
            score_at(body, body.top() - 100.0),
            EMOTION_MAX,
            "clamped above"
        );
        assert_eq!(
            score_at(body, body.bottom() + 100.0),
            EMOTION_MIN,
            "clamped below"
        );
        assert!(score_y(body, 2) < score_y(body, 0), "better is higher");
    }

    #[test]
    fn fewer_than_two_markers_give_no_line_segments() {
        assert!(monotone_path(&[]).is_empty());
        assert_eq!(monotone_path(&[pos2(1.0, 2.0)]).len(), 1);
    }
}
