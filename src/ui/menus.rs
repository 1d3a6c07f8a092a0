//! Menus drawn from the command table: the menu bar and every context menu of the canvas list
//! commands, and each entry shows the command's icon, name and shortcut and is greyed out when
//! the command cannot run.

use crate::theme::chrome::Appearance;
use egui::{Button, RichText, Role, Ui, WidgetInfo};

use super::Action;
use super::canvas::Frame;
use super::commands::{self, Command, Direction, ExportKind, Focus, NewLane, Situation};
use crate::i18n::Texts;
use crate::model::{PhaseColour, PurchasePhase};

/// One entry of a menu.
#[derive(Clone, Copy, Debug)]
pub enum Item {
    /// A command.
    Command(Command),
    /// A line between groups.
    Separator,
    /// A submenu with its name's message id.
    Submenu(&'static str, &'static [Item]),
}

use Item::{Command as C, Separator as S, Submenu};

/// The menu of a card.
pub const CARD_MENU: &[Item] = &[
    C(Command::EditCard),
    C(Command::AddCard),
    S,
    C(Command::Cut),
    C(Command::Copy),
    C(Command::CopyImage),
    C(Command::Paste),
    C(Command::Duplicate),
    S,
    C(Command::MoveCards(Direction::Left)),
    C(Command::MoveCards(Direction::Right)),
    C(Command::MoveCards(Direction::Up)),
    C(Command::MoveCards(Direction::Down)),
    S,
    C(Command::Delete),
];

/// The menu of empty space in a cell of a card lane.
pub const CELL_MENU: &[Item] = &[C(Command::AddCard), C(Command::Paste)];

/// The menu of a stage's cell in an emotion lane.
pub const EMOTION_MENU: &[Item] = &[
    C(Command::SetScore(2)),
    C(Command::SetScore(1)),
    C(Command::SetScore(0)),
    C(Command::SetScore(-1)),
    C(Command::SetScore(-2)),
    S,
    C(Command::ClearScore),
    C(Command::NextPersona),
    S,
    C(Command::KeepRoomCurve),
];

const STAGE_PHASES: &[Item] = &[
    C(Command::SetStagePhase(Some(PurchasePhase::PrePurchase))),
    C(Command::SetStagePhase(Some(PurchasePhase::Purchase))),
    C(Command::SetStagePhase(Some(PurchasePhase::PostPurchase))),
    C(Command::SetStagePhase(None)),
];

const PHASE_COLOURS: &[Item] = &[
    C(Command::RecolourPhase(PhaseColour::Sand)),
    C(Command::RecolourPhase(PhaseColour::Sky)),
    C(Command::RecolourPhase(PhaseColour::Mint)),
    C(Command::RecolourPhase(PhaseColour::Rose)),
    C(Command::RecolourPhase(PhaseColour::Lilac)),
    C(Command::RecolourPhase(PhaseColour::Slate)),
];

/// The phase commands on a stage: a stage header's "Phase" submenu and Map ▸ Phases.
pub const PHASE_MENU: &[Item] = &[
    C(Command::AddPhase),
    C(Command::RenamePhase),
    Submenu("phase-colour-menu", PHASE_COLOURS),
    S,
    C(Command::StageIntoPhase(false)),
    C(Command::StageIntoPhase(true)),
    C(Command::StageOutOfPhase),
    C(Command::SplitPhase),
    S,
    C(Command::MergePhase(false)),
    C(Command::MergePhase(true)),
    S,
    C(Command::RemovePhase),
];

/// The menu of a phase's segment of the band: what acts on the phase as a whole.
pub const PHASE_BAND_MENU: &[Item] = &[
    C(Command::RenamePhase),
    Submenu("phase-colour-menu", PHASE_COLOURS),
    S,
    C(Command::MergePhase(false)),
    C(Command::MergePhase(true)),
    S,
    C(Command::RemovePhase),
];

/// The menu of a stage header.
pub const STAGE_MENU: &[Item] = &[
    C(Command::AddStageBefore),
    C(Command::AddStageAfter),
    S,
    C(Command::RenameStage),
    C(Command::MoveStageLeft),
    C(Command::MoveStageRight),
    C(Command::ResetStageWidth),
    Submenu("stage-phase-menu", STAGE_PHASES),
    Submenu("stage-group-menu", PHASE_MENU),
    S,
    C(Command::DeleteStage),
];

const NEW_LANES: &[Item] = &[
    C(Command::AddLane(NewLane::ALL[0])),
    C(Command::AddLane(NewLane::ALL[1])),
    C(Command::AddLane(NewLane::ALL[2])),
    C(Command::AddLane(NewLane::ALL[3])),
    C(Command::AddLane(NewLane::ALL[4])),
    C(Command::AddLane(NewLane::ALL[5])),
    C(Command::AddLane(NewLane::ALL[6])),
    C(Command::AddLane(NewLane::ALL[7])),
];

/// The menu of a lane label.
pub const LANE_MENU: &[Item] = &[
    Submenu("lane-add-below", NEW_LANES),
    S,
    C(Command::RenameLane),
    C(Command::MoveLaneUp),
    C(Command::MoveLaneDown),
    C(Command::FoldLane),
    C(Command::ResetLaneHeight),
    S,
    C(Command::DeleteLane),
];

/// The File menu's commands (the editor adds its settings and recent maps around them).
pub const FILE_MENU: &[Item] = &[
    C(Command::New),
    C(Command::Open),
    C(Command::Import),
    C(Command::Save),
    C(Command::SaveAs),
    C(Command::SaveAsTemplate),
    S,
    C(Command::StartFutureState),
    C(Command::StartCompetitor),
    C(Command::CompareWith),
    S,
    Submenu("menu-export", EXPORT_MENU),
    S,
    C(Command::MapInfo),
    C(Command::ChoosePhoto),
    S,
    C(Command::OpenRoom),
    C(Command::CloseRoom),
    S,
    C(Command::CloseMap),
];

/// File ▸ Export.
pub const EXPORT_MENU: &[Item] = &[
    C(Command::Export(ExportKind::Picture)),
    C(Command::Export(ExportKind::Slides)),
    C(Command::Export(ExportKind::Deck)),
    S,
    C(Command::Export(ExportKind::Svg)),
    C(Command::Export(ExportKind::Pdf)),
    S,
    C(Command::Export(ExportKind::Matrix)),
    C(Command::Export(ExportKind::Table)),
    C(Command::Export(ExportKind::Mermaid)),
];

/// The Edit menu.
pub const EDIT_MENU: &[Item] = &[
    C(Command::Undo),
    C(Command::Redo),
    S,
    C(Command::AddCard),
    C(Command::EditCard),
    S,
    C(Command::Cut),
    C(Command::Copy),
    C(Command::CopyImage),
    C(Command::Paste),
    C(Command::Duplicate),
    C(Command::Delete),
    C(Command::SelectAll),
    S,
    Submenu("menu-emotion", EMOTION_MENU),
];

/// The Map menu: the stage, its phase and the lane of the selection.
pub const MAP_MENU: &[Item] = &[
    Submenu("menu-stage", STAGE_MENU),
    Submenu("menu-phases", PHASE_MENU),
    Submenu("menu-lane", LANE_MENU),
];

/// The View menu.
pub const VIEW_MENU: &[Item] = &[
    C(Command::TogglePalette),
    C(Command::ToggleInspector),
    C(Command::ToggleAnalysis),
    C(Command::ToggleRoom),
    S,
    C(Command::ZoomIn),
    C(Command::ZoomOut),
    C(Command::ZoomFit),
    C(Command::ZoomReset),
    S,
    C(Command::Present),
    C(Command::CommandPalette),
    S,
    Item::Submenu("menu-appearance", APPEARANCE),
];

/// View ▸ Appearance: the editor's chrome.
const APPEARANCE: &[Item] = &[
    C(Command::SetAppearance(Appearance::System)),
    C(Command::SetAppearance(Appearance::Light)),
    C(Command::SetAppearance(Appearance::Dark)),
];

/// The Help menu.
pub const HELP_MENU: &[Item] = &[C(Command::KeyboardShortcuts), S, C(Command::About)];

/// A context menu on the canvas: `items`, run on `focus`.
pub fn context_menu_ui(
    ui: &mut Ui,
    frame: &Frame<'_>,
    focus: Focus,
    items: &[Item],
    actions: &mut Vec<Action>,
) {
    let situation = Situation {
        focus,
        ..frame.situation
    };
    items_ui(ui, frame.texts, &situation, items, actions);
}

/// Menu entries for `items` in `situation`; a chosen one becomes an action on the situation's
/// focus.
pub fn items_ui(
    ui: &mut Ui,
    texts: &Texts,
    situation: &Situation<'_>,
    items: &[Item],
    actions: &mut Vec<Action>,
) {
    for item in items {
        match *item {
            Item::Separator => {
                ui.separator();
            }
            Item::Submenu(label_id, items) => {
                ui.menu_button(texts.get(label_id), |ui| {
                    items_ui(ui, texts, situation, items, actions);
                });
            }
            Item::Command(command) => {
                let in_submenu = matches!(
                    command,
                    Command::AddLane(_)
                        | Command::SetStagePhase(_)
                        | Command::RecolourPhase(_)
                        | Command::SetScore(_)
                        | Command::SetAppearance(_)
                );
                if command_button(ui, texts, situation, command, in_submenu) {
                    actions.push(Action::Run(command, situation.focus));
                    ui.close();
                }
            }
        }
    }
}

/// One menu entry: icon, name and shortcut; returns whether it was chosen.
pub fn command_button(
    ui: &mut Ui,
    texts: &Texts,
    situation: &Situation<'_>,
    command: Command,
    short: bool,
) -> bool {
    let label = label(texts, situation, command, short);
    let enabled = command.enabled(situation);
    let icon = command.icon().map_or_else(
        || RichText::new("  ").family(egui_material_icons::icons::ICON_ADD.font_family()),
        |icon| RichText::new(icon.codepoint).family(icon.font_family()),
    );
    let mut button = Button::new((icon, label.clone())).selected(checked(situation, command));
    let keys = command
        .shortcuts()
        .first()
        .map(|shortcut| commands::shortcut_text(ui.ctx(), texts, *shortcut));
    if let Some(keys) = &keys {
        button = button.shortcut_text(keys.as_str());
    }
    let mut response = ui.add_enabled(enabled, button);
    // The icon is a glyph of the icon font; assistive technology gets the name alone.
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, &label));
    if let Some(keys) = keys {
        commands::announce_shortcut(&response, keys);
    }
    if let Some(reason) = command.unavailable_reason(situation) {
        response = response.on_disabled_hover_text(texts.get(reason));
    }
    response.clicked()
}

/// The entry's name in `situation`: what undo would undo, whether a lane would fold or unfold.
pub fn label(texts: &Texts, situation: &Situation<'_>, command: Command, short: bool) -> String {
    let named = |what: Option<&str>, id| {
        what.map_or_else(
            || texts.get(command.label_id()),
            |what| texts.get_with(id, &[("what", texts.get(what).into())]),
        )
    };
    match command {
        Command::Undo => named(situation.undo, "cmd-undo-named"),
        Command::Redo => named(situation.redo, "cmd-redo-named"),
        Command::FoldLane => {
            let folded = situation
                .focus
                .lane
                .and_then(|id| situation.map?.lane(id))
                .is_some_and(|lane| lane.collapsed);
            texts.get(if folded {
                "cmd-unfold-lane"
            } else {
                "cmd-fold-lane"
            })
        }
        _ if short => texts.get(command.short_label_id()),
        _ => texts.get(command.label_id()),
    }
}

/// Whether the entry shows a tick: a panel shown, the stage's phase, the point's score.
fn checked(situation: &Situation<'_>, command: Command) -> bool {
    if let Command::SetAppearance(appearance) = command {
        return situation.appearance == appearance;
    }
    let Some(map) = situation.map else {
        return false;
    };
    let focus = situation.focus;
    match command {
        Command::TogglePalette => situation.panels.palette,
        Command::ToggleInspector => situation.panels.inspector,
        Command::ToggleAnalysis => situation.panels.analysis,
        Command::ToggleRoom => situation.panels.room,
        Command::SetStagePhase(phase) => focus
            .stage
            .and_then(|id| map.stage(id))
            .is_some_and(|stage| stage.phase == phase),
        Command::RecolourPhase(colour) => focus
            .stage
            .and_then(|id| map.phase_of_stage(id))
            .is_some_and(|phase| phase.colour == colour),
        Command::SetScore(score) => super::commands::emotion_lane(map, focus)
            .zip(focus.stage)
            .is_some_and(|(lane, stage)| lane.kind.score(situation.persona, stage) == Some(score)),
        _ => false,
    }
}
