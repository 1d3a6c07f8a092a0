//! The room's feeling along the journey: the participants' scores of the map's stages, as the
//! emotion lane draws them and as a persona's curve keeps them.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{EMOTION_MAX, EMOTION_MIN, Map, StageFeeling, StageId};

/// The room's feeling at each stage of `map` someone scored, left to right. Scores of stages
/// the map no longer has are left out.
pub fn room_curve(map: &Map) -> Vec<StageFeeling> {
    map.room.curve(map.stages.iter().map(|stage| stage.id))
}

/// How many participants scored at least one stage of `map`: the "n" the legend names.
pub fn room_scorers(map: &Map) -> usize {
    let stages: BTreeSet<StageId> = map.stages.iter().map(|stage| stage.id).collect();
    map.room
        .feelings
        .iter()
        .filter(|feeling| stages.contains(&feeling.stage))
        .map(|feeling| feeling.participant)
        .collect::<BTreeSet<_>>()
        .len()
}

/// The room's mean at each scored stage, rounded to the nearest whole score (halves away from
/// neutral): what a persona's curve can hold, since a persona scores in whole steps.
pub fn rounded_room_curve(map: &Map) -> BTreeMap<StageId, i8> {
    room_curve(map)
        .into_iter()
        .map(|feeling| {
            let score = feeling
                .mean
                .round()
                .clamp(f32::from(EMOTION_MIN), f32::from(EMOTION_MAX))
                as i8;
            (feeling.stage, score)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_maps::{TestMap, feel};

    #[test]
    fn the_kept_curve_is_the_mean_rounded_to_whole_scores() {
        let mut map = TestMap::new(3).build();
        // Stage 1: mean 1.5 → 2; stage 3: mean −0.33 → 0; stage 2 unscored.
        feel(&mut map, 1, 1, 1);
        feel(&mut map, 2, 1, 2);
        feel(&mut map, 1, 3, -2);
        feel(&mut map, 2, 3, 1);
        feel(&mut map, 3, 3, 0);
        let curve = rounded_room_curve(&map);
        assert_eq!(
            curve.into_iter().collect::<Vec<_>>(),
            [(StageId(1), 2), (StageId(3), 0)]
        );
        assert_eq!(room_scorers(&map), 3);
        assert_eq!(room_curve(&map).len(), 2);
    }

    #[test]
    fn a_half_below_neutral_rounds_away_from_it_and_gone_stages_do_not_count() {
        let mut map = TestMap::new(2).build();
        feel(&mut map, 1, 2, -1);
        feel(&mut map, 2, 2, 0);
        feel(&mut map, 3, 9, 2);
        assert_eq!(
            rounded_room_curve(&map).into_iter().collect::<Vec<_>>(),
            [(StageId(2), -1)]
        );
        assert_eq!(
            room_scorers(&map),
            2,
            "participant 3 scored a stage the map lost"
        );
        assert!(rounded_room_curve(&TestMap::new(2).build()).is_empty());
    }
}
