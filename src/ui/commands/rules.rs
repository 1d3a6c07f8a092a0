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
            Self::AddStageBefore | Self::AddStageAfter | Self::RenameStage | Self::DeleteStage => {
                stage.is_some()
            }
            Self::MoveStageLeft => stage_index.is_some_and(|index| index > 0),
            Self::MoveStageRight => stage_index.is_some_and(|index| index + 1 < map.stages.len()),
            Self::ResetStageWidth => stage.is_some_and(|stage| stage.width.is_some()),
            Self::SetStagePhase(_) => stage.is_some(),
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
            Self::MoveStageLeft if has_stage => "reason-first-stage",
            Self::MoveStageRight if has_stage => "reason-last-stage",
            Self::ResetStageWidth if has_stage => "reason-standard-width",
            Self::SetScore(_)
            | Self::ClearScore
            | Self::AddStageBefore
            | Self::AddStageAfter
            | Self::RenameStage
            | Self::MoveStageLeft
            | Self::MoveStageRight
            | Self::ResetStageWidth
            | Self::SetStagePhase(_)
            | Self::DeleteStage => "reason-no-stage",
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
