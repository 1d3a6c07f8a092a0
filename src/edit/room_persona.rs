//! Keeping the room's curve as a persona's: after a round of scoring the stages, the room's
//! feeling can stay on the map as a curve of its own, to compare with the personas' after the
//! phones have left.

use super::Edit;
use crate::analysis::rounded_room_curve;
use crate::model::{LaneKind, MAX_PERSONAS, Map, Persona};

/// The edit that adds a persona named `name` with `role` whose curve in every emotion lane is
/// the room's mean at each scored stage, rounded to a whole score: one undo step. `None` when
/// nobody scored a stage, the map has no emotion lane, or it holds [`MAX_PERSONAS`] already.
pub fn keep_room_curve(map: &Map, name: String, role: String) -> Option<Edit> {
    let curve = rounded_room_curve(map);
    if curve.is_empty() || map.personas().count() >= MAX_PERSONAS {
        return None;
    }
    let lanes: Vec<_> = map
        .lanes
        .iter()
        .filter(|lane| matches!(lane.kind, LaneKind::Emotion { .. }))
        .map(|lane| lane.id)
        .collect();
    if lanes.is_empty() {
        return None;
    }
    let persona = Persona {
        name,
        role,
        ..Persona::with_id(map.next_persona_id())
    };
    let id = persona.id;
    let mut edits = vec![Edit::AddPersona(persona)];
    for lane in lanes {
        edits.extend(curve.iter().map(|(&stage, &score)| Edit::SetEmotion {
            lane,
            persona: id,
            stage,
            score: Some(score),
        }));
    }
    Some(Edit::Batch(edits))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_maps::{EMOTIONS, TestMap};
    use crate::model::{Feeling, ParticipantId, StageId};

    fn scored() -> Map {
        let mut map = TestMap::new(3).build();
        map.room.feelings = [(1, 1, 2), (2, 1, 1), (1, 3, -1)]
            .map(|(participant, stage, score)| Feeling {
                participant: ParticipantId(participant),
                stage: StageId(stage),
                score,
            })
            .to_vec();
        map
    }

    #[test]
    fn the_room_becomes_a_persona_with_its_rounded_curve_in_one_step() {
        let mut map = scored();
        let edit = keep_room_curve(&map, "The room".into(), "Workshop, 7 Dec 2026".into())
            .expect("an edit");
        assert_eq!(edit.label_id(), "edit-add-persona");
        edit.apply(&mut map).unwrap();
        let kept = map.personas().last().unwrap();
        assert_eq!(kept.name, "The room");
        assert_eq!(kept.role, "Workshop, 7 Dec 2026");
        let lane = map.lane(EMOTIONS).unwrap();
        let scores: Vec<_> = lane
            .kind
            .scores_of(kept.id)
            .unwrap()
            .clone()
            .into_iter()
            .collect();
        assert_eq!(scores, [(StageId(1), 2), (StageId(3), -1)]);
    }

    #[test]
    fn nothing_to_keep_without_scores_or_room_for_a_persona() {
        let map = TestMap::new(3).build();
        assert_eq!(keep_room_curve(&map, String::new(), String::new()), None);
        let mut full = scored();
        full.other_personas = (1..MAX_PERSONAS as u32)
            .map(|id| Persona::with_id(crate::model::PersonaId(id)))
            .collect();
        assert_eq!(keep_room_curve(&full, String::new(), String::new()), None);
        let mut no_lane = scored();
        no_lane.lanes.retain(|lane| lane.id != EMOTIONS);
        assert_eq!(
            keep_room_curve(&no_lane, String::new(), String::new()),
            None
        );
    }
}
