//! The room's curve in an emotion lane: the participants' mean score per stage, with the
//! spread of their scores as a band around it.
//!
//! It sits at the stages' centres, where a map of one persona puts its markers, so the room's
//! mean and the persona's score of a stage can be read side by side; the band shows how much
//! the room agreed, which the mean alone hides (a room split between −2 and +2 has a mean of 0).

use std::collections::BTreeMap;

use egui::{Pos2, Rangef, Rect, pos2};

use super::curve::{monotone_path, score_y};
use crate::model::{EMOTION_MAX, EMOTION_MIN, LaneId, Map, StageFeeling, StageId};

/// The room's curve in one emotion lane.
#[derive(Clone, Debug, PartialEq)]
pub struct RoomCurveLayout {
    /// Which lane.
    pub lane: LaneId,
    /// One marker per stage someone scored, left to right.
    pub points: Vec<RoomPoint>,
    /// The smooth line through the means, as a polyline.
    pub path: Vec<Pos2>,
    /// The band of one standard deviation either side of the mean (within the scale), as
    /// heights at the x positions of `path`; empty for a single scored stage, whose band is
    /// its marker's [`RoomPoint::spread`].
    pub band: Vec<(f32, Rangef)>,
}

/// The room's feeling at one stage, placed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RoomPoint {
    /// Which stage.
    pub stage: StageId,
    /// Where the mean sits.
    pub pos: Pos2,
    /// The heights of the mean ± one standard deviation, clamped to the scale; `min` is the
    /// upper (better) edge.
    pub spread: Rangef,
    /// How many participants scored the stage.
    pub count: usize,
}

/// The height of a fractional score: [`score_y`] between whole steps.
fn mean_y(body: Rect, mean: f32) -> f32 {
    let zero = score_y(body, 0);
    let top = score_y(body, EMOTION_MAX);
    zero + (top - zero) * mean / f32::from(EMOTION_MAX)
}

/// The room's curve in the lane `lane` whose body is `body`, or `None` when nobody scored a
/// stage of the map.
pub(super) fn layout_room_curve(
    map: &Map,
    lane: LaneId,
    body: Rect,
    stage_index: &BTreeMap<StageId, usize>,
    columns: &[Rangef],
) -> Option<RoomCurveLayout> {
    let clamp = |score: f32| score.clamp(f32::from(EMOTION_MIN), f32::from(EMOTION_MAX));
    let points: Vec<RoomPoint> = crate::analysis::room_curve(map)
        .into_iter()
        .filter_map(
            |StageFeeling {
                 stage,
                 mean,
                 spread,
                 count,
                 ..
             }| {
                let x = columns.get(*stage_index.get(&stage)?)?.center();
                Some(RoomPoint {
                    stage,
                    pos: pos2(x, mean_y(body, mean)),
                    spread: Rangef::new(
                        mean_y(body, clamp(mean + spread)),
                        mean_y(body, clamp(mean - spread)),
                    ),
                    count,
                })
            },
        )
        .collect();
    if points.is_empty() {
        return None;
    }
    let means: Vec<Pos2> = points.iter().map(|point| point.pos).collect();
    let band = if points.len() < 2 {
        Vec::new()
    } else {
        let edge = |y: fn(&Rangef) -> f32| {
            let edge: Vec<Pos2> = points
                .iter()
                .map(|point| pos2(point.pos.x, y(&point.spread)))
                .collect();
            monotone_path(&edge)
        };
        let upper = edge(|spread| spread.min);
        let lower = edge(|spread| spread.max);
        upper
            .iter()
            .zip(&lower)
            .map(|(up, down)| (up.x, Rangef::new(up.y.min(down.y), up.y.max(down.y))))
            .collect()
    };
    Some(RoomCurveLayout {
        lane,
        path: monotone_path(&means),
        points,
        band,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_maps::{EMOTIONS, TestMap, feel};

    #[test]
    fn the_mean_sits_between_whole_scores_and_the_band_stays_on_the_scale() {
        let mut map = TestMap::new(3).build();
        feel(&mut map, 1, 1, 2);
        feel(&mut map, 2, 1, 2);
        feel(&mut map, 3, 1, 1);
        feel(&mut map, 1, 3, -2);
        feel(&mut map, 2, 3, 2);
        let body = Rect::from_min_size(pos2(0.0, 100.0), egui::vec2(750.0, 170.0));
        let index = (1..=3).map(|i| (StageId(i), i as usize - 1)).collect();
        let columns: Vec<Rangef> = (0..3)
            .map(|i| Rangef::new(i as f32 * 250.0, (i + 1) as f32 * 250.0))
            .collect();
        let curve = layout_room_curve(&map, EMOTIONS, body, &index, &columns).unwrap();
        assert_eq!(curve.points.len(), 2, "stage 2 was not scored");
        let [high, split] = [curve.points[0], curve.points[1]];
        assert_eq!(high.count, 3);
        assert!(high.pos.y < score_y(body, 1) && high.pos.y > score_y(body, 2));
        assert!(
            (high.spread.min - score_y(body, 2)).abs() < 1e-3,
            "clamped at +2"
        );
        assert!(
            (split.pos.y - score_y(body, 0)).abs() < 1e-3,
            "−2 and +2 average 0"
        );
        assert!((split.spread.min - score_y(body, 2)).abs() < 1e-3);
        assert!((split.spread.max - score_y(body, -2)).abs() < 1e-3);
        assert!((split.pos.x - 625.0).abs() < 1e-3, "at the stage's centre");
        assert_eq!(curve.band.len(), curve.path.len());
        assert!(
            curve
                .band
                .iter()
                .all(|(_, y)| y.min >= score_y(body, 2) - 1e-3 && y.max <= score_y(body, -2) + 1e-3)
        );
    }

    #[test]
    fn no_scores_no_curve() {
        let map = TestMap::new(2).build();
        let body = Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(500.0, 170.0));
        let columns = [Rangef::new(0.0, 250.0), Rangef::new(250.0, 500.0)];
        let index = [(StageId(1), 0), (StageId(2), 1)].into_iter().collect();
        assert_eq!(
            layout_room_curve(&map, EMOTIONS, body, &index, &columns),
            None
        );
    }
}
