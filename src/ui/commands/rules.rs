//! When each command can run: the rule the menus grey entries out by, the palette filters by,
//! and the keys obey.

use super::{Command, Focus, Situation};
use crate::model::{LaneKind, Map};

impl Command {
    /// Whether the command can run in `situation`. Menus show it greyed out otherwise, the
    /// palette leaves it out, and its keys do nothing (so one key can mean different things:
    /// → selects the next card, or in a presentation shows the next stage).
    #[allow(clippy::too_many_lines, reason = "one rule per command")]
    pub fn enabled(self, situation: &Situation<'_>) -> bool {
        let Some(map) = situation.map else {
            return matches!(
                self,
                Self::New
                    | Self::Open
                    | Self::Import
                    | Self::Quit
                    | Self::CommandPalette
                    | Self::SetAppearance(_)
                    | Self::About
                    | Self::KeyboardShortcuts
            );
        };
        let focus = situation.focus;
        let stage_index = focus
            .stage
            .and_then(|id| map.stages.iter().position(|stage| stage.id == id));
        let lane_index = focus
            .lane
            .and_then(|id| map.lanes.iter().position(|lane| lane.id == id));
        let lane = lane_index.and_then(|index| map.lanes.get(index));
        let stage = stage_index.and_then(|index| map.stages.get(index));
        let emotion = match (emotion_lane(map, focus), focus.stage) {
            (Some(lane), Some(stage)) => match &lane.kind {
                LaneKind::Emotion { .. } => Some(lane.kind.score(situation.persona, stage)),
                _ => None,
            },
            _ => None,
        };
        let has_selection = !situation.selection.is_empty();
        if situation.presenting {
            // Presenting shows the map; the room's words are typed in place. What would change
            // the map's shape, or the window around it, waits until the presentation ends.
            return matches!(
                self,
                Self::NextStage
                    | Self::PreviousStage
                    | Self::ScrollStage(_)
                    | Self::EndPresentation
                    | Self::EditCard
                    | Self::AddCard
                    | Self::Undo
                    | Self::Redo
                    | Self::Save
            ) && self.enabled_in_place(situation, map);
        }
        match self {
            Self::New
            | Self::Open
            | Self::Import
            | Self::Quit
            | Self::CommandPalette
            | Self::SetAppearance(_)
            | Self::About
            | Self::KeyboardShortcuts
            | Self::Save
            | Self::SaveAs
            | Self::Export(_)
            | Self::CopyImage
            | Self::MapInfo
            | Self::Paste
            | Self::TogglePalette
            | Self::ToggleInspector
            | Self::ToggleAnalysis
            | Self::ToggleRoom
            | Self::ZoomIn
            | Self::ZoomOut
            | Self::ZoomFit
            | Self::ZoomReset
            | Self::Present
            | Self::ChoosePhoto
            | Self::StartFutureState
            | Self::StartCompetitor
            | Self::CompareWith
            | Self::SaveAsTemplate
            | Self::CloseMap => true,
            Self::NextMap | Self::PreviousMap => situation.tabs > 1,
            Self::Undo => situation.undo.is_some(),
            Self::Redo => situation.redo.is_some(),
            Self::AddCard | Self::EditCard => self.enabled_in_place(situation, map),
            Self::Cut | Self::Copy | Self::Duplicate => has_selection,
            Self::MoveCards(direction) => {
                crate::ui::canvas::move_edit(map, situation.selection, direction).is_some()
            }
            Self::Delete => {
                has_selection || situation.arrow_selected || emotion.flatten().is_some()
            }
            Self::SelectAll | Self::SelectNext(_) => !map.cards.is_empty(),
            Self::SetScore(_) => emotion.is_some(),
            Self::ClearScore => emotion.flatten().is_some(),
            Self::NextPersona => map.has_several_personas(),
            Self::KeepRoomCurve => keeps_room_curve(map).is_ok(),
            Self::OpenRoom => cfg!(feature = "room") && !situation.room_open,
            Self::CloseRoom => situation.room_open,
            Self::AddStageBefore | Self::AddStageAfter | Self::RenameStage | Self::DeleteStage => {
                stage.is_some()
            }
            Self::MoveStageLeft => stage_index.is_some_and(|index| index > 0),
            Self::MoveStageRight => stage_index.is_some_and(|index| index + 1 < map.stages.len()),
            Self::ResetStageWidth => stage.is_some_and(|stage| stage.width.is_some()),
            Self::SetStagePhase(_) => stage.is_some(),
            Self::AddPhase
            | Self::RenamePhase
            | Self::RecolourPhase(_)
            | Self::MergePhase(_)
            | Self::StageIntoPhase(_)
            | Self::StageOutOfPhase
            | Self::SplitPhase
            | Self::RemovePhase => stage_index.is_some_and(|index| self.phase_enabled(map, index)),
            Self::AddLane(_) | Self::RenameLane | Self::DeleteLane => lane.is_some(),
            Self::MoveLaneUp => lane_index.is_some_and(|index| index > 0),
            Self::MoveLaneDown => lane_index.is_some_and(|index| index + 1 < map.lanes.len()),
            Self::FoldLane => lane.is_some_and(|lane| !matches!(lane.kind, LaneKind::Divider(_))),
            Self::ResetLaneHeight => lane.is_some_and(|lane| {
                lane.height.is_some() && !matches!(lane.kind, LaneKind::Divider(_))
            }),
            Self::NextStage
            | Self::PreviousStage
            | Self::ScrollStage(_)
            | Self::EndPresentation => false,
        }
    }

    /// Message id of why the command cannot run in `situation`, or `None` when it can: the
    /// command palette lists a command that cannot run greyed with this reason, so a user
    /// learns what to do first instead of wondering where it went.
    pub fn unavailable_reason(self, situation: &Situation<'_>) -> Option<&'static str> {
        if self.enabled(situation) {
            return None;
        }
        let Some(map) = situation.map else {
            return Some("reason-no-map");
        };
        if situation.presenting {
            return Some("reason-presenting");
        }
        let has_stage = situation.focus.stage.is_some();
        let has_lane = situation.focus.lane.is_some();
        Some(match self {
            Self::NextMap | Self::PreviousMap => "reason-one-map",
            Self::Undo => "reason-nothing-to-undo",
            Self::Redo => "reason-nothing-to-redo",
            Self::AddCard => "reason-no-lane-for-cards",
            Self::EditCard | Self::Cut | Self::Copy | Self::Duplicate => "reason-no-selection",
            Self::MoveCards(_) if situation.selection.is_empty() => "reason-no-selection",
            Self::MoveCards(_) => "reason-cannot-move",
            Self::Delete => "reason-nothing-to-delete",
            Self::SelectAll | Self::SelectNext(_) => "reason-no-cards",
            Self::SetScore(_) if has_stage => "reason-no-emotion-lane",
            Self::ClearScore if has_stage => "reason-no-score",
            Self::NextPersona => "reason-one-persona",
            Self::KeepRoomCurve => keeps_room_curve(map).err().unwrap_or("reason-not-now"),
            Self::OpenRoom if cfg!(feature = "room") => "reason-room-open",
            Self::OpenRoom => "reason-no-room",
            Self::CloseRoom => "reason-room-closed",
            Self::MoveStageLeft if has_stage => "reason-first-stage",
            Self::MoveStageRight if has_stage => "reason-last-stage",
            Self::ResetStageWidth if has_stage => "reason-standard-width",
            Self::AddPhase if has_stage => "reason-in-phase",
            Self::MergePhase(_) | Self::StageIntoPhase(_)
                if stage_in_phase_or_beside(map, situation) =>
            {
                "reason-no-phase-beside"
            }
            Self::StageOutOfPhase | Self::SplitPhase
                if stage_in_phase_or_beside(map, situation) =>
            {
                "reason-phase-middle"
            }
            Self::RenamePhase
            | Self::RecolourPhase(_)
            | Self::MergePhase(_)
            | Self::StageIntoPhase(_)
            | Self::StageOutOfPhase
            | Self::SplitPhase
            | Self::RemovePhase
                if has_stage =>
            {
                "reason-no-phase"
            }
            Self::SetScore(_)
            | Self::ClearScore
            | Self::AddStageBefore
            | Self::AddStageAfter
            | Self::RenameStage
            | Self::MoveStageLeft
            | Self::MoveStageRight
            | Self::ResetStageWidth
            | Self::SetStagePhase(_)
            | Self::DeleteStage
            | Self::AddPhase
            | Self::RenamePhase
            | Self::RecolourPhase(_)
            | Self::MergePhase(_)
            | Self::StageIntoPhase(_)
            | Self::StageOutOfPhase
            | Self::SplitPhase
            | Self::RemovePhase => "reason-no-stage",
            Self::MoveLaneUp if has_lane => "reason-top-lane",
            Self::MoveLaneDown if has_lane => "reason-bottom-lane",
            Self::ResetLaneHeight if has_lane => "reason-fitted-lane",
            Self::FoldLane if has_lane => "reason-divider",
            Self::AddLane(_)
            | Self::RenameLane
            | Self::MoveLaneUp
            | Self::MoveLaneDown
            | Self::FoldLane
            | Self::ResetLaneHeight
            | Self::DeleteLane => "reason-no-lane",
            Self::NextStage
            | Self::PreviousStage
            | Self::ScrollStage(_)
            | Self::EndPresentation => "reason-not-presenting",
            _ if map.stages.is_empty() => "reason-no-stage",
            _ => "reason-not-now",
        })
    }

    /// Whether a phase command can run on the stage at `index`: each asks only what its edit
    /// needs, so the menus never offer a change the map would refuse.
    fn phase_enabled(self, map: &Map, index: usize) -> bool {
        let Some(own) = map.stages.get(index).map(|stage| stage.in_phase) else {
            return false;
        };
        match self {
            Self::AddPhase => own.is_none(),
            Self::RenamePhase | Self::RecolourPhase(_) | Self::RemovePhase => own.is_some(),
            Self::MergePhase(right) => {
                own.is_some_and(|id| map.neighbour_phase(id, right).is_some())
            }
            Self::StageIntoPhase(right) => {
                map.phase_beside(index, right).is_some()
                    && own.is_none_or(|id| {
                        let range = map.phase_stages(id);
                        // Leaving towards the right from its phase's last stage, or left from
                        // its first: the phase stays in one piece.
                        if right {
                            index + 1 == range.end
                        } else {
                            index == range.start
                        }
                    })
            }
            Self::StageOutOfPhase => map.at_phase_edge(index),
            Self::SplitPhase => {
                own.is_some()
                    && index > 0
                    && map.stages.get(index - 1).map(|s| s.in_phase) == Some(own)
            }
            _ => false,
        }
    }

    /// The part of [`Self::enabled`] shared by editing and presenting.
    fn enabled_in_place(self, situation: &Situation<'_>, map: &Map) -> bool {
        match self {
            Self::AddCard => {
                !map.stages.is_empty()
                    && map
                        .lanes
                        .iter()
                        .any(|lane| lane.holds_cards() && !lane.collapsed)
            }
            Self::EditCard => situation.focus.card.is_some() || matches!(situation.selection, [_]),
            Self::Undo => situation.undo.is_some(),
            Self::Redo => situation.redo.is_some(),
            Self::NextStage
            | Self::PreviousStage
            | Self::ScrollStage(_)
            | Self::EndPresentation
            | Self::Save => true,
            _ => false,
        }
    }
}

/// Whether the room's curve can be kept as a persona, or the message id of why not: nobody
/// scored a stage, the map has no emotion lane to hold the curve, or no room for a persona.
fn keeps_room_curve(map: &Map) -> Result<(), &'static str> {
    if crate::analysis::room_scorers(map) == 0 {
        Err("reason-no-room-scores")
    } else if !map
        .lanes
        .iter()
        .any(|lane| matches!(lane.kind, LaneKind::Emotion { .. }))
    {
        Err("reason-no-emotion-lane")
    } else if map.personas().count() >= crate::model::MAX_PERSONAS {
        Err("reason-personas-full")
    } else {
        Ok(())
    }
}

/// Whether the focused stage is in a phase or stands beside one: a phase command that still
/// cannot run then says what is in the way rather than "no phase".
fn stage_in_phase_or_beside(map: &Map, situation: &Situation<'_>) -> bool {
    situation
        .focus
        .stage
        .and_then(|id| map.stages.iter().position(|stage| stage.id == id))
        .is_some_and(|index| {
            map.stages.get(index).is_some_and(|s| s.in_phase.is_some())
                || map.phase_beside(index, false).is_some()
                || map.phase_beside(index, true).is_some()
        })
}

/// The stages a new phase is made over: the run of stages the selected cards stand in, when
/// it includes the focused stage and lies outside every phase; else the focused stage alone.
/// A stage header's or the band's menu ([`Focus::alone`]) acts on its stage alone, whatever
/// cards happen to be selected.
pub fn new_phase_stages(
    map: &Map,
    focus: Focus,
    selection: &[crate::model::CardId],
) -> Vec<crate::model::StageId> {
    let Some(stage) = focus.stage else {
        return Vec::new();
    };
    if focus.alone {
        return vec![stage];
    }
    let at = |id| map.stages.iter().position(|s| s.id == id);
    let picked: Vec<usize> = selection
        .iter()
        .filter_map(|&card| map.card(card))
        .filter_map(|card| at(card.stage))
        .collect();
    let (Some(first), Some(last), Some(focused)) = (
        picked.iter().min().copied(),
        picked.iter().max().copied(),
        at(stage),
    ) else {
        return vec![stage];
    };
    let run = map.stages.get(first..=last).unwrap_or_default();
    if (first..=last).contains(&focused) && run.iter().all(|s| s.in_phase.is_none()) {
        run.iter().map(|s| s.id).collect()
    } else {
        vec![stage]
    }
}

/// The emotion lane a score command acts on: the focused lane when it is an unfolded emotion
/// lane, else the map's first unfolded emotion lane (a card of the stage is focused: its
/// stage's emotion is meant).
pub fn emotion_lane(map: &Map, focus: Focus) -> Option<&crate::model::Lane> {
    let is_emotion = |lane: &&crate::model::Lane| {
        matches!(lane.kind, LaneKind::Emotion { .. }) && !lane.collapsed
    };
    focus
        .lane
        .and_then(|id| map.lane(id))
        .filter(is_emotion)
        .or_else(|| focus.stage.and(map.lanes.iter().find(is_emotion)))
}
