//! How the phase edits change a map: phases are groups of side-by-side stages, so every edit
//! here checks that each phase's stages still stand together before it changes anything, and
//! drops a phase no stage belongs to any more.

use super::apply::{EditError, checked_text, stage_index};
use crate::model::{Limits, Map, Phase, PhaseColour, PhaseId, StageId, TextField};

/// Makes `phase` over `stages`, which must stand side by side; they leave the phases they
/// were in (which must keep their remaining stages together).
pub(super) fn add(map: &mut Map, phase: &Phase, stages: &[StageId]) -> Result<(), EditError> {
    if map.phase(phase.id).is_some() {
        return Err(EditError::IdInUse(phase.id.0));
    }
    if map.phases.len() >= Limits::default().stages {
        return Err(EditError::Full {
            what: "phases",
            max: Limits::default().stages,
        });
    }
    let mut indices = stages
        .iter()
        .map(|&id| stage_index(map, id))
        .collect::<Result<Vec<_>, _>>()?;
    indices.sort_unstable();
    indices.dedup();
    let (Some(&first), Some(&last)) = (indices.first(), indices.last()) else {
        return Err(EditError::PhaseApart(phase.id));
    };
    if last - first + 1 != indices.len() {
        return Err(EditError::PhaseApart(phase.id));
    }
    let mut phase = phase.clone();
    phase.title = checked_text(&phase.title, TextField::PhaseTitle(phase.id))?;
    let mut changed = map.clone();
    changed.phases.push(phase.clone());
    for stage in &mut changed.stages[first..=last] {
        stage.in_phase = Some(phase.id);
    }
    commit(map, changed)
}

/// Renames a phase.
pub(super) fn rename(map: &mut Map, id: PhaseId, title: &str) -> Result<(), EditError> {
    let title = checked_text(title, TextField::PhaseTitle(id))?;
    phase_mut(map, id)?.title = title;
    Ok(())
}

/// Gives a phase another colour.
pub(super) fn recolour(map: &mut Map, id: PhaseId, colour: PhaseColour) -> Result<(), EditError> {
    phase_mut(map, id)?.colour = colour;
    Ok(())
}

/// Removes a phase; its stages stay, in no phase.
pub(super) fn remove(map: &mut Map, id: PhaseId) -> Result<(), EditError> {
    phase_mut(map, id)?;
    map.phases.retain(|phase| phase.id != id);
    for stage in &mut map.stages {
        if stage.in_phase == Some(id) {
            stage.in_phase = None;
        }
    }
    Ok(())
}

/// Merges `absorbed` into `kept`: every stage of either, and the stages in no phase between
/// them, end up in `kept`. Another phase between them refuses the merge.
pub(super) fn merge(map: &mut Map, kept: PhaseId, absorbed: PhaseId) -> Result<(), EditError> {
    phase_mut(map, kept)?;
    phase_mut(map, absorbed)?;
    if kept == absorbed {
        return Err(EditError::PhaseApart(kept));
    }
    let members: Vec<usize> = map
        .stages
        .iter()
        .enumerate()
        .filter(|(_, stage)| matches!(stage.in_phase, Some(id) if id == kept || id == absorbed))
        .map(|(index, _)| index)
        .collect();
    let (Some(&first), Some(&last)) = (members.first(), members.last()) else {
        return Err(EditError::PhaseApart(kept));
    };
    let mut changed = map.clone();
    for stage in &mut changed.stages[first..=last] {
        match stage.in_phase {
            Some(id) if id != kept && id != absorbed => return Err(EditError::PhaseApart(id)),
            _ => stage.in_phase = Some(kept),
        }
    }
    changed.phases.retain(|phase| phase.id != absorbed);
    commit(map, changed)
}

/// Puts a stage into a phase or takes it out of its own (`None`). Only a stage at a phase's
/// edge can leave it, and only a stage beside a phase can join it, so phases stay together.
pub(super) fn set_stage(
    map: &mut Map,
    stage: StageId,
    phase: Option<PhaseId>,
) -> Result<(), EditError> {
    let index = stage_index(map, stage)?;
    if let Some(id) = phase {
        phase_mut(map, id)?;
    }
    let mut changed = map.clone();
    changed.stages[index].in_phase = phase;
    commit(map, changed)
}

/// Splits a phase before `stage`: it and the stages after it in its phase make `new`.
pub(super) fn split(map: &mut Map, stage: StageId, new: &Phase) -> Result<(), EditError> {
    let index = stage_index(map, stage)?;
    let Some(old) = map.stages[index].in_phase else {
        return Err(EditError::NotInPhase(stage));
    };
    if index == 0 || map.stages[index - 1].in_phase != Some(old) {
        // Splitting before a phase's first stage would leave the phase as it is.
        return Err(EditError::NotInPhase(stage));
    }
    let mut stages = Vec::new();
    for candidate in &map.stages[index..] {
        if candidate.in_phase != Some(old) {
            break;
        }
        stages.push(candidate.id);
    }
    add(map, new, &stages)
}

fn phase_mut(map: &mut Map, id: PhaseId) -> Result<&mut Phase, EditError> {
    map.phases
        .iter_mut()
        .find(|phase| phase.id == id)
        .ok_or(EditError::UnknownPhase(id))
}

/// Replaces `map` with `changed` if every phase's stages still stand side by side, dropping
/// phases left without stages.
fn commit(map: &mut Map, mut changed: Map) -> Result<(), EditError> {
    if let Some(apart) = changed.phase_apart() {
        return Err(EditError::PhaseApart(apart));
    }
    changed.drop_empty_phases();
    *map = changed;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::edit::{Document, Edit, EditError};
    use crate::model::{Lang, Map, MapKind, Phase, PhaseColour, PhaseId, Stage, StageId};

    /// Stages 1…n; `phases[i]` is the phase of stage i+1. Phases 1 "Before" and 2 "After".
    fn map(phases: &[Option<u32>]) -> Map {
        let mut map = Map::empty(MapKind::CurrentState, Lang::En);
        map.phases = vec![
            Phase::new(PhaseId(1), "Before"),
            Phase {
                colour: PhaseColour::Sky,
                ..Phase::new(PhaseId(2), "After")
            },
        ];
        for (index, phase) in phases.iter().enumerate() {
            let mut stage = Stage::new(StageId(index as u32 + 1), format!("S{index}"));
            stage.in_phase = phase.map(PhaseId);
            map.stages.push(stage);
        }
        map.drop_empty_phases();
        map
    }

    fn phases(map: &Map) -> Vec<Option<u32>> {
        map.stages.iter().map(|s| s.in_phase.map(|p| p.0)).collect()
    }

    fn ids(ids: &[u32]) -> Vec<StageId> {
        ids.iter().copied().map(StageId).collect()
    }

    /// Applies `edit` as one step, then checks undo gives back the map exactly.
    fn apply_and_undo(doc: &mut Document, edit: &Edit) {
        let before = doc.map().clone();
        doc.apply(edit).unwrap();
        assert_ne!(*doc.map(), before, "the edit changed something");
        let after = doc.map().clone();
        assert!(doc.undo());
        assert_eq!(
            *doc.map(),
            before,
            "one undo step restores the phases exactly"
        );
        assert!(doc.redo());
        assert_eq!(*doc.map(), after);
    }

    #[test]
    fn a_phase_is_added_over_side_by_side_stages_in_the_next_free_colour() {
        let mut doc = Document::new(map(&[Some(1), None, None, None]));
        let mut phase = Phase::new(doc.map().next_phase_id(), "Visit");
        phase.colour = doc.map().next_phase_colour();
        assert_eq!(phase.colour, PhaseColour::Sky, "sand is taken by phase 1");
        let edit = Edit::AddPhase {
            phase,
            stages: ids(&[3, 2]),
        };
        apply_and_undo(&mut doc, &edit);
        assert_eq!(phases(doc.map()), [Some(1), Some(2), Some(2), None]);
        assert_eq!(doc.map().phase(PhaseId(2)).unwrap().title, "Visit");
    }

    #[test]
    fn a_phase_over_stages_apart_or_cutting_another_phase_is_refused() {
        let mut map = map(&[Some(1), Some(1), Some(1), None]);
        let before = map.clone();
        let phase = Phase::new(PhaseId(5), "X");
        let apart = Edit::AddPhase {
            phase: phase.clone(),
            stages: ids(&[1, 3]),
        };
        assert_eq!(
            apart.apply(&mut map),
            Err(EditError::PhaseApart(PhaseId(5)))
        );
        let middle = Edit::AddPhase {
            phase,
            stages: ids(&[2]),
        };
        assert_eq!(
            middle.apply(&mut map),
            Err(EditError::PhaseApart(PhaseId(1)))
        );
        assert_eq!(map, before);
    }

    #[test]
    fn taking_a_phase_s_stages_away_drops_it() {
        let mut map = map(&[Some(1), None]);
        Edit::AddPhase {
            phase: Phase::new(PhaseId(3), "All"),
            stages: ids(&[1, 2]),
        }
        .apply(&mut map)
        .unwrap();
        assert_eq!(phases(&map), [Some(3), Some(3)]);
        assert!(
            map.phase(PhaseId(1)).is_none(),
            "phase 1 lost its only stage"
        );
    }

    #[test]
    fn rename_recolour_and_remove() {
        let mut doc = Document::new(map(&[Some(1), Some(1), Some(2)]));
        apply_and_undo(
            &mut doc,
            &Edit::RenamePhase {
                id: PhaseId(1),
                title: "Vorher".into(),
            },
        );
        assert_eq!(doc.map().phase(PhaseId(1)).unwrap().title, "Vorher");
        apply_and_undo(
            &mut doc,
            &Edit::RecolourPhase {
                id: PhaseId(2),
                colour: PhaseColour::Rose,
            },
        );
        assert_eq!(
            doc.map().phase(PhaseId(2)).unwrap().colour,
            PhaseColour::Rose
        );
        apply_and_undo(&mut doc, &Edit::RemovePhase(PhaseId(1)));
        assert_eq!(phases(doc.map()), [None, None, Some(2)]);
        assert_eq!(doc.map().phases.len(), 1);
        assert_eq!(doc.map().stages.len(), 3, "the stages stay");
        assert_eq!(
            doc.apply(&Edit::RemovePhase(PhaseId(1))),
            Err(EditError::UnknownPhase(PhaseId(1)))
        );
    }

    #[test]
    fn merging_takes_in_the_stages_between_and_refuses_a_phase_between() {
        let mut doc = Document::new(map(&[Some(1), None, Some(2), Some(2)]));
        assert_eq!(
            doc.map().neighbour_phase(PhaseId(1), true),
            Some(PhaseId(2))
        );
        assert_eq!(
            doc.map().neighbour_phase(PhaseId(2), false),
            Some(PhaseId(1))
        );
        apply_and_undo(
            &mut doc,
            &Edit::MergePhases {
                kept: PhaseId(2),
                absorbed: PhaseId(1),
            },
        );
        assert_eq!(phases(doc.map()), [Some(2); 4]);
        assert_eq!(doc.map().phases.len(), 1);
        assert_eq!(doc.map().phases[0].title, "After");

        let mut three = map(&[Some(1), Some(2), Some(2)]);
        three.phases.push(Phase::new(PhaseId(3), "Later"));
        three.stages[2].in_phase = Some(PhaseId(3));
        let before = three.clone();
        let over = Edit::MergePhases {
            kept: PhaseId(1),
            absorbed: PhaseId(3),
        };
        assert_eq!(
            over.apply(&mut three),
            Err(EditError::PhaseApart(PhaseId(2)))
        );
        assert_eq!(three, before);
    }

    #[test]
    fn a_stage_at_an_edge_changes_phase_but_one_in_the_middle_cannot_leave() {
        let mut doc = Document::new(map(&[Some(1), Some(1), Some(2), Some(2), Some(2)]));
        assert_eq!(doc.map().phase_beside(2, false), Some(PhaseId(1)));
        assert!(doc.map().at_phase_edge(2));
        apply_and_undo(
            &mut doc,
            &Edit::SetStageInPhase {
                stage: StageId(3),
                phase: Some(PhaseId(1)),
            },
        );
        assert_eq!(
            phases(doc.map()),
            [Some(1), Some(1), Some(1), Some(2), Some(2)]
        );
        apply_and_undo(
            &mut doc,
            &Edit::SetStageInPhase {
                stage: StageId(5),
                phase: None,
            },
        );
        assert_eq!(doc.map().stages[4].in_phase, None);
        assert!(!doc.map().at_phase_edge(1), "stage 2 stands inside 1, 2, 3");
        let middle = Edit::SetStageInPhase {
            stage: StageId(2),
            phase: None,
        };
        assert_eq!(doc.apply(&middle), Err(EditError::PhaseApart(PhaseId(1))));
    }

    #[test]
    fn a_phase_splits_before_a_stage() {
        let mut doc = Document::new(map(&[Some(1), Some(1), Some(1), Some(2)]));
        let phase = Phase::new(PhaseId(3), "Second half");
        apply_and_undo(
            &mut doc,
            &Edit::SplitPhase {
                at: StageId(2),
                phase: phase.clone(),
            },
        );
        assert_eq!(phases(doc.map()), [Some(1), Some(3), Some(3), Some(2)]);
        let first = Edit::SplitPhase {
            at: StageId(1),
            phase,
        };
        assert_eq!(doc.apply(&first), Err(EditError::NotInPhase(StageId(1))));
    }

    #[test]
    fn moving_a_stage_across_a_boundary_moves_it_between_phases() {
        let mut doc = Document::new(map(&[Some(1), Some(1), Some(2), Some(2)]));
        // The first stage of "After" moved into the middle of "Before".
        apply_and_undo(
            &mut doc,
            &Edit::MoveStage {
                id: StageId(3),
                index: 1,
            },
        );
        let order: Vec<u32> = doc.map().stages.iter().map(|s| s.id.0).collect();
        assert_eq!(order, [1, 3, 2, 4]);
        assert_eq!(phases(doc.map()), [Some(1), Some(1), Some(1), Some(2)]);
        assert!(doc.map().phase_apart().is_none());
    }

    #[test]
    fn a_stage_added_inside_a_phase_joins_it_and_outside_stays_out() {
        let mut doc = Document::new(map(&[Some(1), Some(1), None]));
        apply_and_undo(
            &mut doc,
            &Edit::AddStage {
                stage: Stage::new(StageId(9), "New"),
                index: 1,
            },
        );
        assert_eq!(doc.map().stages[1].in_phase, Some(PhaseId(1)));
        let mut stray = Stage::new(StageId(10), "Stray");
        stray.in_phase = Some(PhaseId(7));
        doc.apply(&Edit::AddStage {
            stage: stray,
            index: 4,
        })
        .unwrap();
        assert_eq!(doc.map().stages[4].in_phase, None, "no phase 7 on this map");
        assert!(doc.map().validate(&crate::model::Limits::default()).is_ok());
    }

    #[test]
    fn deleting_a_phase_s_last_stage_drops_the_phase_and_undo_brings_it_back() {
        let mut doc = Document::new(map(&[Some(1), Some(2)]));
        apply_and_undo(&mut doc, &Edit::DeleteStage(StageId(2)));
        assert!(doc.map().phase(PhaseId(2)).is_none());
        assert_eq!(doc.map().phases.len(), 1);
    }
}
