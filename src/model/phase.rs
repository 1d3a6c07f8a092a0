//! Phases: optional named groups of consecutive stages, drawn as a band above the stage headers.
//!
//! Journey tools group their steps this way (Smaply's stages over steps, Mermaid's sections over
//! tasks), and a long map reads better as "before / during / after the visit" over its twelve
//! stages. A phase is not a purchase phase: those say where a stage sits in the buying process
//! and feed the touchpoint analysis, phases only structure the picture. The German UI calls
//! phases "Abschnitte", because it already calls stages "Phasen".
//!
//! Membership is stored on the stage ([`super::Stage::in_phase`]) rather than as ranges on the
//! phase, so moving, adding and removing stages never leaves a phase pointing at the wrong
//! columns; [`Map::phase_runs`] recovers the runs for painting, and validation requires each
//! phase's stages to stand side by side.

use serde::{Deserialize, Serialize};

use super::Map;
use super::ids::{PhaseId, StageId};

/// A named group of consecutive stages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    /// Stable id; stages refer to it.
    pub id: PhaseId,
    /// The text on the band.
    pub title: String,
    /// The band's colour.
    #[serde(default)]
    pub colour: PhaseColour,
}

impl Phase {
    /// A phase with a title, in the first colour.
    pub fn new(id: PhaseId, title: impl Into<String>) -> Self {
        Self {
            id,
            title: title.into(),
            colour: PhaseColour::default(),
        }
    }
}

/// The colours a phase band may have: a few soft tints that keep dark text readable on a
/// projector and tell neighbouring phases apart, rather than any RGB a file could name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PhaseColour {
    /// Warm sand, the first phase's colour.
    #[default]
    Sand,
    /// Light sky blue.
    Sky,
    /// Pale mint green.
    Mint,
    /// Soft rose.
    Rose,
    /// Light lilac.
    Lilac,
    /// Neutral grey.
    Slate,
}

impl PhaseColour {
    /// Every colour, in the order new phases take them.
    pub const ALL: [Self; 6] = [
        Self::Sand,
        Self::Sky,
        Self::Mint,
        Self::Rose,
        Self::Lilac,
        Self::Slate,
    ];

    /// The colour the `index`-th phase gets when it is made: neighbours differ.
    pub fn nth(index: usize) -> Self {
        Self::ALL[index % Self::ALL.len()]
    }
}

/// A run of consecutive stages under one phase, or under none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhaseRun {
    /// The phase, or `None` for stages that belong to no phase.
    pub phase: Option<PhaseId>,
    /// The positions of the run's stages in [`Map::stages`].
    pub stages: std::ops::Range<usize>,
}

impl Map {
    /// The phase with this id.
    pub fn phase(&self, id: PhaseId) -> Option<&Phase> {
        self.phases.iter().find(|phase| phase.id == id)
    }

    /// The phase the stage belongs to, if any.
    pub fn phase_of_stage(&self, stage: StageId) -> Option<&Phase> {
        self.stage(stage)
            .and_then(|stage| stage.in_phase)
            .and_then(|id| self.phase(id))
    }

    /// A phase id no phase uses yet.
    pub fn next_phase_id(&self) -> PhaseId {
        PhaseId(super::ids::next_after(self.phases.iter().map(|p| p.id.0)))
    }

    /// Whether any stage belongs to a phase: only then is the band drawn.
    pub fn has_phases(&self) -> bool {
        self.stages
            .iter()
            .any(|stage| stage.in_phase.is_some_and(|id| self.phase(id).is_some()))
    }

    /// The stages from left to right, cut into runs of the same phase (or of none). Every stage
    /// is in exactly one run; a valid map has at most one run per phase.
    pub fn phase_runs(&self) -> Vec<PhaseRun> {
        let mut runs: Vec<PhaseRun> = Vec::new();
        for (index, stage) in self.stages.iter().enumerate() {
            let phase = stage.in_phase.filter(|id| self.phase(*id).is_some());
            match runs.last_mut() {
                Some(run) if run.phase == phase => run.stages.end = index + 1,
                _ => runs.push(PhaseRun {
                    phase,
                    stages: index..index + 1,
                }),
            }
        }
        runs
    }

    /// A phase whose stages do not all stand side by side, if there is one: a map must have
    /// none (validation refuses it), so every edit of phases checks this before it is done.
    pub fn phase_apart(&self) -> Option<PhaseId> {
        let mut seen = std::collections::BTreeSet::new();
        self.phase_runs()
            .into_iter()
            .filter_map(|run| run.phase)
            .find(|&phase| !seen.insert(phase))
    }

    /// The positions of the phase's stages in [`Map::stages`] (empty if it has none).
    pub fn phase_stages(&self, id: PhaseId) -> std::ops::Range<usize> {
        self.phase_runs()
            .into_iter()
            .find(|run| run.phase == Some(id))
            .map_or(0..0, |run| run.stages)
    }

    /// The nearest phase left (`right == false`) or right of the phase `id`, with only stages
    /// in no phase between them: the phase it can be merged with.
    pub fn neighbour_phase(&self, id: PhaseId, right: bool) -> Option<PhaseId> {
        let runs = self.phase_runs();
        let at = runs.iter().position(|run| run.phase == Some(id))?;
        if right {
            runs.get(at + 1..)?.iter().find_map(|run| run.phase)
        } else {
            runs.get(..at)?.iter().rev().find_map(|run| run.phase)
        }
    }

    /// The phase of the stage beside the stage at `index` (`right` or left), if that stage is
    /// in another phase than this one: the phase the stage can join from a phase's edge.
    pub fn phase_beside(&self, index: usize, right: bool) -> Option<PhaseId> {
        let own = self.stages.get(index)?.in_phase;
        let other = if right {
            self.stages.get(index + 1)?
        } else {
            self.stages.get(index.checked_sub(1)?)?
        };
        other.in_phase.filter(|&phase| Some(phase) != own)
    }

    /// Whether the stage at `index` is the first or last stage of its phase, so it can leave
    /// the phase without cutting it in two.
    pub fn at_phase_edge(&self, index: usize) -> bool {
        let Some(own) = self.stages.get(index).and_then(|stage| stage.in_phase) else {
            return false;
        };
        let range = self.phase_stages(own);
        index == range.start || index + 1 == range.end
    }

    /// The colour a new phase gets: the first of [`PhaseColour::ALL`] no phase has, or the
    /// next in turn when all are taken.
    pub fn next_phase_colour(&self) -> PhaseColour {
        PhaseColour::ALL
            .into_iter()
            .find(|colour| self.phases.iter().all(|phase| phase.colour != *colour))
            .unwrap_or_else(|| PhaseColour::nth(self.phases.len()))
    }

    /// Drops phases no stage belongs to any more, so a file never keeps an invisible phase.
    pub fn drop_empty_phases(&mut self) {
        let used: std::collections::BTreeSet<PhaseId> = self
            .stages
            .iter()
            .filter_map(|stage| stage.in_phase)
            .collect();
        self.phases.retain(|phase| used.contains(&phase.id));
    }

    /// After the stage at `index` moved, gives it the phase of where it now stands: the phase
    /// of both neighbours when they share one (it moved into the middle of that phase), else it
    /// keeps its own phase if a neighbour has it (it moved within its phase or to its edge),
    /// else the phase of no one (it moved between two phases or out of its own).
    pub fn settle_moved_stage(&mut self, index: usize) {
        let Some(own) = self.stages.get(index).map(|stage| stage.in_phase) else {
            return;
        };
        let left = index
            .checked_sub(1)
            .and_then(|i| self.stages.get(i))
            .map(|stage| stage.in_phase);
        let right = self.stages.get(index + 1).map(|stage| stage.in_phase);
        let settled = match (left, right) {
            (Some(left), Some(right)) if left == right => left,
            (left, right) if own.is_some() && (left == Some(own) || right == Some(own)) => own,
            (None, None) => own,
            _ => None,
        };
        self.stages[index].in_phase = settled;
        self.drop_empty_phases();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lang, MapKind, Stage};

    fn map(phases: &[Option<u32>]) -> Map {
        let mut map = Map::empty(MapKind::CurrentState, Lang::En);
        map.phases = vec![
            Phase::new(PhaseId(1), "Before"),
            Phase::new(PhaseId(2), "After"),
        ];
        for (index, phase) in phases.iter().enumerate() {
            let mut stage = Stage::new(StageId(index as u32 + 1), format!("S{index}"));
            stage.in_phase = phase.map(PhaseId);
            map.stages.push(stage);
        }
        map
    }

    fn phases(map: &Map) -> Vec<Option<u32>> {
        map.stages.iter().map(|s| s.in_phase.map(|p| p.0)).collect()
    }

    #[test]
    fn runs_follow_the_stages() {
        let map = map(&[Some(1), Some(1), None, Some(2)]);
        let runs = map.phase_runs();
        assert_eq!(
            runs,
            vec![
                PhaseRun {
                    phase: Some(PhaseId(1)),
                    stages: 0..2
                },
                PhaseRun {
                    phase: None,
                    stages: 2..3
                },
                PhaseRun {
                    phase: Some(PhaseId(2)),
                    stages: 3..4
                },
            ]
        );
        assert!(map.has_phases());
        assert!(!self::map(&[None, None]).has_phases());
    }

    #[test]
    fn a_stage_moved_into_another_phase_joins_it() {
        // Stage of phase 2 moved between two stages of phase 1.
        let mut map = map(&[Some(1), Some(2), Some(1), Some(2)]);
        map.settle_moved_stage(1);
        assert_eq!(phases(&map), [Some(1), Some(1), Some(1), Some(2)]);
    }

    #[test]
    fn a_stage_moved_to_the_edge_of_its_phase_stays_in_it() {
        let mut map = map(&[Some(1), Some(1), Some(2), Some(2)]);
        map.settle_moved_stage(1);
        assert_eq!(phases(&map), [Some(1), Some(1), Some(2), Some(2)]);
    }

    #[test]
    fn a_stage_moved_out_between_two_phases_belongs_to_none_and_empty_phases_go() {
        // The only stage of phase 2 moved to the far left, beside a stage of no phase.
        let mut map = map(&[Some(2), None, Some(1)]);
        map.settle_moved_stage(0);
        assert_eq!(phases(&map), [None, None, Some(1)]);
        assert_eq!(map.phases.len(), 1, "phase 2 lost its last stage");
    }
}
