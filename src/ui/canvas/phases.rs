//! The band of phases on the canvas: each segment is a widget named by its phase's title, so
//! assistive technology and tests find it; double-click renames the phase in place, and the
//! right-click menu offers the phase commands. Also turns a phase command into its edit.

use egui::{Id, Role, Sense, Ui};

use super::Frame;
use super::headers::RenameTarget;
use crate::edit::Edit;
use crate::i18n::Texts;
use crate::model::{CardId, Map, Phase, PhaseId};
use crate::ui::Action;
use crate::ui::commands::{Command, Focus, new_phase_stages};
use crate::ui::menus;

/// The band's segments: rename on double-click, the phase menu on right-click. Returns a
/// rename to start, if any.
pub(super) fn phase_band_ui(
    ui: &Ui,
    frame: &Frame<'_>,
    actions: &mut Vec<Action>,
) -> Option<RenameTarget> {
    let (map, layout) = (frame.map, frame.layout);
    let mut rename = None;
    for band in &layout.phases {
        let Some(phase) = map.phase(band.phase) else {
            continue;
        };
        let response = ui.interact(
            band.rect,
            Id::unique(("journeymap-phase", phase.id)),
            Sense::click(),
        );
        super::a11y::describe(ui, &response, Role::Button, || {
            frame
                .texts
                .get_with("canvas-phase", &[("title", phase.title.clone().into())])
        });
        if response.double_clicked() {
            rename = Some(RenameTarget::Phase(phase.id));
        }
        // The band's menu acts on the phase through its first stage.
        let focus = Focus {
            stage: map.stages.get(band.stages.start).map(|stage| stage.id),
            alone: true,
            ..Focus::default()
        };
        response.context_menu(|ui| {
            menus::context_menu_ui(ui, frame, focus, menus::PHASE_BAND_MENU, actions);
        });
    }
    rename
}

/// The edit a phase command makes on `focus` (with the selected cards, for a new phase over
/// their stages), in the map's language for a new phase's title. `None` when it has none to
/// make (renaming happens in place; a command that cannot run makes nothing).
pub fn phase_edit(
    map: &Map,
    command: Command,
    focus: Focus,
    selection: &[CardId],
    map_texts: &Texts,
) -> Option<Edit> {
    let stage = focus.stage?;
    let index = map.stages.iter().position(|s| s.id == stage)?;
    let own = map.stages.get(index).and_then(|s| s.in_phase);
    let new_phase = || {
        let mut phase = Phase::new(
            map.next_phase_id(),
            map_texts.get_with(
                "phase-new-title",
                &[("number", (map.phases.len() + 1).into())],
            ),
        );
        phase.colour = map.next_phase_colour();
        phase
    };
    Some(match command {
        Command::AddPhase => Edit::AddPhase {
            phase: new_phase(),
            stages: new_phase_stages(map, focus, selection),
        },
        Command::RecolourPhase(colour) => Edit::RecolourPhase { id: own?, colour },
        Command::MergePhase(right) => Edit::MergePhases {
            kept: own?,
            absorbed: map.neighbour_phase(own?, right)?,
        },
        Command::StageIntoPhase(right) => Edit::SetStageInPhase {
            stage,
            phase: Some(map.phase_beside(index, right)?),
        },
        Command::StageOutOfPhase => Edit::SetStageInPhase { stage, phase: None },
        Command::SplitPhase => Edit::SplitPhase {
            at: stage,
            phase: new_phase(),
        },
        Command::RemovePhase => Edit::RemovePhase(own?),
        _ => return None,
    })
}

/// The phase a new phase edit makes, to type its title in place once it is on the map.
pub fn made_phase(edit: &Edit) -> Option<(PhaseId, String)> {
    match edit {
        Edit::AddPhase { phase, .. } | Edit::SplitPhase { phase, .. } => {
            Some((phase.id, phase.title.clone()))
        }
        _ => None,
    }
}
