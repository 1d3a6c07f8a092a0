//! The one table of editor commands. Each command has its name, shortcuts, icon and the rule
//! for when it can run; the menu bar, every context menu, the keyboard and the command palette
//! all read this table, so they never disagree. This file names the commands and says what they
//! act on; `keys` gives their shortcuts and `rules` says when each can run.

mod keys;
mod rules;

use crate::theme::chrome::Appearance;
use egui_material_icons::MaterialIcon;
use egui_material_icons::icons as icon;

pub use keys::{announce_shortcut, shortcut_text};
pub use rules::{emotion_lane, new_phase_stages};

use crate::model::{
    CardId, DividerLine, LaneId, LaneKind, Map, PhaseColour, PurchasePhase, StageId, TextRole,
};

/// Message id of a phase colour's name, as the colour submenu lists it.
pub fn phase_colour_id(colour: PhaseColour) -> &'static str {
    match colour {
        PhaseColour::Sand => "phase-colour-sand",
        PhaseColour::Sky => "phase-colour-sky",
        PhaseColour::Mint => "phase-colour-mint",
        PhaseColour::Rose => "phase-colour-rose",
        PhaseColour::Lilac => "phase-colour-lilac",
        PhaseColour::Slate => "phase-colour-slate",
    }
}

/// Something the user can ask the editor to do from a menu, the keyboard or the command
/// palette.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Start a new map from a template.
    New,
    /// Open a map file.
    Open,
    /// Make a new map from a spreadsheet table or a Mermaid journey.
    Import,
    /// Save to the map's file (asks for one if it has none).
    Save,
    /// Save to a new file.
    SaveAs,
    /// Keep the map's stages and lanes (and, if asked, its cards) as a template of the user's own.
    SaveAsTemplate,
    /// Export the map: a picture, slides, a deck, a vector picture or a table.
    Export(ExportKind),
    /// Put a picture of the map (or of the selected cards' stages) on the clipboard.
    CopyImage,
    /// Edit the title, goal and persona.
    MapInfo,
    /// Choose a picture for the persona.
    ChoosePhoto,
    /// Start a future state from the shown map, in a tab of its own.
    StartFutureState,
    /// Start the strongest competitor's journey from the shown map, in a tab of its own.
    StartCompetitor,
    /// Compare the shown map with another open map or a map file, side by side, read only.
    CompareWith,
    /// Open the room: participants join the shown map from their phones.
    OpenRoom,
    /// Close the room: participants' phones are told it ended.
    CloseRoom,
    /// Close the shown map's tab (asks about unsaved changes first).
    CloseMap,
    /// Show the next open map.
    NextMap,
    /// Show the previous open map.
    PreviousMap,
    /// Close the window (asks about unsaved changes first).
    Quit,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Add a card after the focused card, or in the focused cell, and type its text.
    AddCard,
    /// Type the focused card's text in place.
    EditCard,
    /// Copy the selected cards and delete them.
    Cut,
    /// Copy the selected cards.
    Copy,
    /// Paste cards after the selected card, or into their own lanes.
    Paste,
    /// Duplicate the selected cards.
    Duplicate,
    /// Delete the selected cards, the selected arrow or the selected emotion score.
    Delete,
    /// Select every card.
    SelectAll,
    /// Select the card in that direction from the selected one.
    SelectNext(Direction),
    /// Move the selected cards: to the neighbouring stage, or up and down in their cell.
    MoveCards(Direction),
    /// Give the focused stage's emotion a score.
    SetScore(i8),
    /// Leave the focused stage unrated in its emotion lane.
    ClearScore,
    /// Score the next persona's curve (on a map of several personas), so a room can go
    /// through the personas stage by stage without opening a window.
    NextPersona,
    /// Keep the room's curve (the participants' mean score of each stage, rounded) as a new
    /// persona's curve, so it stays on the map when the workshop is over.
    KeepRoomCurve,
    /// Insert a stage before the focused one.
    AddStageBefore,
    /// Insert a stage after the focused one.
    AddStageAfter,
    /// Rename the focused stage in place.
    RenameStage,
    /// Move the focused stage one place left.
    MoveStageLeft,
    /// Move the focused stage one place right.
    MoveStageRight,
    /// Give the focused stage the standard width.
    ResetStageWidth,
    /// Say which purchase phase the focused stage belongs to (new touchpoints take it).
    SetStagePhase(Option<PurchasePhase>),
    /// Delete the focused stage with its cards.
    DeleteStage,
    /// Group the focused stage (or the run of stages the selected cards stand in) under a new
    /// phase, and type its title.
    AddPhase,
    /// Rename the focused stage's phase in place.
    RenamePhase,
    /// Give the focused stage's phase another colour.
    RecolourPhase(PhaseColour),
    /// Merge the focused stage's phase with the next phase to its right (`true`) or left.
    MergePhase(bool),
    /// Put the focused stage into the phase beside it, right (`true`) or left.
    StageIntoPhase(bool),
    /// Take the focused stage out of its phase (only at the phase's edge).
    StageOutOfPhase,
    /// Split the focused stage's phase before the stage.
    SplitPhase,
    /// Remove the focused stage's phase; its stages stay.
    RemovePhase,
    /// Insert a lane of this kind below the focused one.
    AddLane(NewLane),
    /// Rename the focused lane in place.
    RenameLane,
    /// Move the focused lane one place up.
    MoveLaneUp,
    /// Move the focused lane one place down.
    MoveLaneDown,
    /// Fold the focused lane to a strip, or unfold it.
    FoldLane,
    /// Fit the focused lane's height to its content again.
    ResetLaneHeight,
    /// Delete the focused lane with its cards.
    DeleteLane,
    /// Show or hide the touchpoint palette.
    TogglePalette,
    /// Show or hide the inspector.
    ToggleInspector,
    /// Show or hide the analysis panel.
    ToggleAnalysis,
    /// Show or hide the room panel: the open room and the notes waiting.
    ToggleRoom,
    /// Zoom in.
    ZoomIn,
    /// Zoom out.
    ZoomOut,
    /// Show the whole map.
    ZoomFit,
    /// One point of the map per point of the screen.
    ZoomReset,
    /// Show the map full screen for the room, stage by stage.
    Present,
    /// In presentation: the next stage.
    NextStage,
    /// In presentation: the previous stage.
    PreviousStage,
    /// In presentation: show more of the stage further up or down (`true`: down).
    ScrollStage(bool),
    /// Leave the presentation.
    EndPresentation,
    /// Find a command by typing its name.
    CommandPalette,
    /// Show the editor's chrome light, dark, or as the system is set.
    SetAppearance(Appearance),
    /// Say which journeymap this is, its licence and where it keeps its files.
    About,
    /// List every keyboard shortcut.
    KeyboardShortcuts,
}

/// A direction on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Towards the first stage.
    Left,
    /// Towards the last stage.
    Right,
    /// Up a cell, or to the lane above.
    Up,
    /// Down a cell, or to the lane below.
    Down,
}

/// The kinds of lane a user can add.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewLane {
    /// Touchpoint cards.
    Touchpoints,
    /// Text cards of this role.
    Text(TextRole),
    /// An emotion curve.
    Emotions,
    /// A blueprint line.
    Divider,
}

impl NewLane {
    /// Every kind offered, in menu order.
    pub const ALL: [Self; 8] = [
        Self::Touchpoints,
        Self::Text(TextRole::Actions),
        Self::Text(TextRole::Thoughts),
        Self::Text(TextRole::PainPoints),
        Self::Text(TextRole::Opportunities),
        Self::Text(TextRole::Notes),
        Self::Emotions,
        Self::Divider,
    ];

    /// The new lane's kind.
    pub fn kind(self) -> LaneKind {
        match self {
            Self::Touchpoints => LaneKind::Touchpoints,
            Self::Text(role) => LaneKind::Text(role),
            Self::Emotions => LaneKind::emotion(),
            Self::Divider => LaneKind::Divider(DividerLine::Visibility),
        }
    }

    /// Message id of the kind's name, which is also the new lane's title.
    pub fn label_id(self) -> &'static str {
        match self {
            Self::Touchpoints => "lane-new-touchpoints",
            Self::Text(TextRole::Actions) => "lane-new-actions",
            Self::Text(TextRole::Thoughts) => "lane-new-thoughts",
            Self::Text(TextRole::PainPoints) => "lane-new-pain-points",
            Self::Text(TextRole::Opportunities) => "lane-new-opportunities",
            Self::Text(_) => "lane-new-notes",
            Self::Emotions => "lane-new-emotions",
            Self::Divider => "lane-new-divider",
        }
    }
}

/// What a command acts on: the card, lane and stage it was asked for. A context menu sets the
/// thing it was opened on; the menu bar, keyboard and palette take the selection.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Focus {
    /// A card.
    pub card: Option<CardId>,
    /// A lane (a card's, a cell's, an emotion point's, or a lane label's).
    pub lane: Option<LaneId>,
    /// A stage (likewise).
    pub stage: Option<StageId>,
    /// Set by a stage header's and the phase band's menus: the command acts on that stage
    /// alone, as the menu's labels say, not on the stages of whatever cards are selected.
    pub alone: bool,
}

/// What the editor is like when a command is offered; decides whether it can run.
#[derive(Clone, Copy, Debug)]
pub struct Situation<'a> {
    /// The open map; `None` on the start screen.
    pub map: Option<&'a Map>,
    /// What the command would act on.
    pub focus: Focus,
    /// The selected cards.
    pub selection: &'a [CardId],
    /// Whether a blueprint arrow is selected.
    pub arrow_selected: bool,
    /// Message id of the step undo would undo, if there is one.
    pub undo: Option<&'static str>,
    /// Message id of the step redo would redo, if there is one.
    pub redo: Option<&'static str>,
    /// Whether the map is being presented.
    pub presenting: bool,
    /// Which side panels are shown.
    pub panels: Panels,
    /// How many maps are open, one tab each.
    pub tabs: usize,
    /// The persona whose curve the emotion commands score.
    pub persona: crate::model::PersonaId,
    /// The chrome chosen in View ▸ Appearance.
    pub appearance: Appearance,
    /// Whether the shown map's room is open.
    pub room_open: bool,
}

/// Which side panels are shown; remembered between runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "each panel is shown or hidden on its own"
)]
pub struct Panels {
    /// The touchpoint palette at the left.
    pub palette: bool,
    /// The inspector at the right.
    pub inspector: bool,
    /// The analysis panel between the map and the inspector.
    pub analysis: bool,
    /// The view the analysis panel shows.
    pub analysis_view: crate::ui::analysis::View,
    /// The room panel: the open room and the notes waiting. Not kept across runs: it opens by
    /// itself with the room and for waiting notes, and would otherwise narrow every map.
    #[serde(skip)]
    pub room: bool,
}

impl Default for Panels {
    fn default() -> Self {
        Self {
            palette: true,
            inspector: true,
            analysis: false,
            analysis_view: crate::ui::analysis::View::default(),
            room: false,
        }
    }
}

/// What an export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportKind {
    /// One PNG picture of the whole map (or of some stages).
    Picture,
    /// Slide-sized PNG pictures, a series when the map is too wide for one.
    Slides,
    /// A slide deck (`.pptx`): a title slide and the map's slides.
    Deck,
    /// The map as vectors (SVG).
    Svg,
    /// The map as a PDF, fitted or on a poster page.
    Pdf,
    /// A CSV table of the touchpoints.
    Table,
    /// A PNG picture of the priority matrix of the rated touchpoints.
    Matrix,
    /// A Mermaid `journey` diagram (`.mmd`), for wikis and Markdown documents that draw
    /// Mermaid.
    Mermaid,
}

impl ExportKind {
    /// Every kind, in the order the Export menu lists them.
    pub const ALL: [Self; 8] = [
        Self::Picture,
        Self::Slides,
        Self::Deck,
        Self::Svg,
        Self::Pdf,
        Self::Matrix,
        Self::Table,
        Self::Mermaid,
    ];

    /// Message id of the menu entry.
    pub fn label_id(self) -> &'static str {
        match self {
            Self::Picture => "cmd-export-png",
            Self::Slides => "cmd-export-slides",
            Self::Deck => "cmd-export-deck",
            Self::Svg => "cmd-export-svg",
            Self::Pdf => "cmd-export-pdf",
            Self::Table => "cmd-export-csv",
            Self::Matrix => "cmd-export-matrix",
            Self::Mermaid => "cmd-export-mermaid",
        }
    }

    fn icon(self) -> MaterialIcon {
        match self {
            Self::Picture => icon::ICON_IMAGE,
            Self::Slides => icon::ICON_SLIDESHOW,
            Self::Deck => icon::ICON_CO_PRESENT,
            Self::Svg => icon::ICON_POLYLINE,
            Self::Pdf => icon::ICON_PICTURE_AS_PDF,
            Self::Table => icon::ICON_TABLE_VIEW,
            Self::Matrix => icon::ICON_GRID_VIEW,
            Self::Mermaid => icon::ICON_ACCOUNT_TREE,
        }
    }

    /// The extension of the file it writes.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Picture | Self::Slides | Self::Matrix => "png",
            Self::Deck => "pptx",
            Self::Svg => "svg",
            Self::Pdf => "pdf",
            Self::Table => "csv",
            Self::Mermaid => "mmd",
        }
    }
}

impl Command {
    /// Every command, in the order the command palette lists them.
    pub const ALL: &[Self] = &[
        Self::New,
        Self::Open,
        Self::Import,
        Self::Save,
        Self::SaveAs,
        Self::Export(ExportKind::Picture),
        Self::Export(ExportKind::Slides),
        Self::Export(ExportKind::Deck),
        Self::Export(ExportKind::Svg),
        Self::Export(ExportKind::Pdf),
        Self::Export(ExportKind::Matrix),
        Self::Export(ExportKind::Table),
        Self::Export(ExportKind::Mermaid),
        Self::MapInfo,
        Self::ChoosePhoto,
        Self::StartFutureState,
        Self::StartCompetitor,
        Self::CompareWith,
        Self::SaveAsTemplate,
        Self::CloseMap,
        Self::NextMap,
        Self::PreviousMap,
        Self::Quit,
        Self::Undo,
        Self::Redo,
        Self::AddCard,
        Self::EditCard,
        Self::Cut,
        Self::Copy,
        Self::CopyImage,
        Self::Paste,
        Self::Duplicate,
        Self::Delete,
        Self::SelectAll,
        Self::SelectNext(Direction::Left),
        Self::SelectNext(Direction::Right),
        Self::SelectNext(Direction::Up),
        Self::SelectNext(Direction::Down),
        Self::MoveCards(Direction::Left),
        Self::MoveCards(Direction::Right),
        Self::MoveCards(Direction::Up),
        Self::MoveCards(Direction::Down),
        Self::SetScore(2),
        Self::SetScore(1),
        Self::SetScore(0),
        Self::SetScore(-1),
        Self::SetScore(-2),
        Self::ClearScore,
        Self::NextPersona,
        Self::KeepRoomCurve,
        Self::AddStageBefore,
        Self::AddStageAfter,
        Self::RenameStage,
        Self::MoveStageLeft,
        Self::MoveStageRight,
        Self::ResetStageWidth,
        Self::SetStagePhase(Some(PurchasePhase::PrePurchase)),
        Self::SetStagePhase(Some(PurchasePhase::Purchase)),
        Self::SetStagePhase(Some(PurchasePhase::PostPurchase)),
        Self::SetStagePhase(None),
        Self::DeleteStage,
        Self::AddPhase,
        Self::RenamePhase,
        Self::RecolourPhase(PhaseColour::Sand),
        Self::RecolourPhase(PhaseColour::Sky),
        Self::RecolourPhase(PhaseColour::Mint),
        Self::RecolourPhase(PhaseColour::Rose),
        Self::RecolourPhase(PhaseColour::Lilac),
        Self::RecolourPhase(PhaseColour::Slate),
        Self::MergePhase(false),
        Self::MergePhase(true),
        Self::StageIntoPhase(false),
        Self::StageIntoPhase(true),
        Self::StageOutOfPhase,
        Self::SplitPhase,
        Self::RemovePhase,
        Self::AddLane(NewLane::Touchpoints),
        Self::AddLane(NewLane::Text(TextRole::Actions)),
        Self::AddLane(NewLane::Text(TextRole::Thoughts)),
        Self::AddLane(NewLane::Text(TextRole::PainPoints)),
        Self::AddLane(NewLane::Text(TextRole::Opportunities)),
        Self::AddLane(NewLane::Text(TextRole::Notes)),
        Self::AddLane(NewLane::Emotions),
        Self::AddLane(NewLane::Divider),
        Self::RenameLane,
        Self::MoveLaneUp,
        Self::MoveLaneDown,
        Self::FoldLane,
        Self::ResetLaneHeight,
        Self::DeleteLane,
        Self::TogglePalette,
        Self::ToggleInspector,
        Self::ToggleAnalysis,
        Self::ToggleRoom,
        Self::OpenRoom,
        Self::CloseRoom,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomFit,
        Self::ZoomReset,
        Self::Present,
        Self::NextStage,
        Self::PreviousStage,
        Self::ScrollStage(true),
        Self::ScrollStage(false),
        Self::EndPresentation,
        Self::CommandPalette,
        Self::SetAppearance(Appearance::System),
        Self::SetAppearance(Appearance::Light),
        Self::SetAppearance(Appearance::Dark),
        Self::KeyboardShortcuts,
        Self::About,
    ];

    /// Message id of the command's full name, as the command palette lists it.
    #[allow(clippy::too_many_lines, reason = "one line per command")]
    pub fn label_id(self) -> &'static str {
        match self {
            Self::New => "cmd-new",
            Self::Open => "cmd-open",
            Self::Import => "cmd-import",
            Self::Save => "cmd-save",
            Self::SaveAs => "cmd-save-as",
            Self::SaveAsTemplate => "cmd-save-as-template",
            Self::Export(kind) => kind.label_id(),
            Self::CopyImage => "cmd-copy-image",
            Self::MapInfo => "cmd-map-info",
            Self::ChoosePhoto => "cmd-choose-photo",
            Self::StartFutureState => "cmd-start-future-state",
            Self::StartCompetitor => "cmd-start-competitor",
            Self::CompareWith => "cmd-compare-with",
            Self::CloseMap => "cmd-close-map",
            Self::NextMap => "cmd-next-map",
            Self::PreviousMap => "cmd-previous-map",
            Self::Quit => "cmd-quit",
            Self::Undo => "cmd-undo",
            Self::Redo => "cmd-redo",
            Self::AddCard => "cmd-add-card",
            Self::EditCard => "cmd-edit-card",
            Self::Cut => "cmd-cut",
            Self::Copy => "cmd-copy",
            Self::Paste => "cmd-paste",
            Self::Duplicate => "cmd-duplicate",
            Self::Delete => "cmd-delete",
            Self::SelectAll => "cmd-select-all",
            Self::SelectNext(Direction::Left) => "cmd-select-left",
            Self::SelectNext(Direction::Right) => "cmd-select-right",
            Self::SelectNext(Direction::Up) => "cmd-select-up",
            Self::SelectNext(Direction::Down) => "cmd-select-down",
            Self::MoveCards(Direction::Left) => "cmd-move-cards-left",
            Self::MoveCards(Direction::Right) => "cmd-move-cards-right",
            Self::MoveCards(Direction::Up) => "cmd-move-cards-up",
            Self::MoveCards(Direction::Down) => "cmd-move-cards-down",
            Self::SetScore(score) => match score {
                2.. => "cmd-score-plus-2",
                1 => "cmd-score-plus-1",
                0 => "cmd-score-0",
                -1 => "cmd-score-minus-1",
                _ => "cmd-score-minus-2",
            },
            Self::ClearScore => "cmd-clear-score",
            Self::NextPersona => "cmd-next-persona",
            Self::KeepRoomCurve => "cmd-keep-room-curve",
            Self::AddStageBefore => "cmd-add-stage-before",
            Self::AddStageAfter => "cmd-add-stage-after",
            Self::RenameStage => "cmd-rename-stage",
            Self::MoveStageLeft => "cmd-move-stage-left",
            Self::MoveStageRight => "cmd-move-stage-right",
            Self::ResetStageWidth => "cmd-reset-stage-width",
            Self::SetStagePhase(phase) => match phase {
                Some(PurchasePhase::PrePurchase) => "cmd-stage-phase-pre-purchase",
                Some(PurchasePhase::Purchase) => "cmd-stage-phase-purchase",
                Some(PurchasePhase::PostPurchase) => "cmd-stage-phase-post-purchase",
                None => "cmd-stage-phase-none",
            },
            Self::DeleteStage => "cmd-delete-stage",
            Self::AddPhase => "cmd-add-phase",
            Self::RenamePhase => "cmd-rename-phase",
            Self::RecolourPhase(colour) => match colour {
                PhaseColour::Sand => "cmd-phase-colour-sand",
                PhaseColour::Sky => "cmd-phase-colour-sky",
                PhaseColour::Mint => "cmd-phase-colour-mint",
                PhaseColour::Rose => "cmd-phase-colour-rose",
                PhaseColour::Lilac => "cmd-phase-colour-lilac",
                PhaseColour::Slate => "cmd-phase-colour-slate",
            },
            Self::MergePhase(false) => "cmd-merge-phase-left",
            Self::MergePhase(true) => "cmd-merge-phase-right",
            Self::StageIntoPhase(false) => "cmd-stage-into-left-phase",
            Self::StageIntoPhase(true) => "cmd-stage-into-right-phase",
            Self::StageOutOfPhase => "cmd-stage-out-of-phase",
            Self::SplitPhase => "cmd-split-phase",
            Self::RemovePhase => "cmd-remove-phase",
            Self::AddLane(kind) => match kind {
                NewLane::Touchpoints => "cmd-add-lane-touchpoints",
                NewLane::Text(TextRole::Actions) => "cmd-add-lane-actions",
                NewLane::Text(TextRole::Thoughts) => "cmd-add-lane-thoughts",
                NewLane::Text(TextRole::PainPoints) => "cmd-add-lane-pain-points",
                NewLane::Text(TextRole::Opportunities) => "cmd-add-lane-opportunities",
                NewLane::Text(_) => "cmd-add-lane-notes",
                NewLane::Emotions => "cmd-add-lane-emotions",
                NewLane::Divider => "cmd-add-lane-divider",
            },
            Self::RenameLane => "cmd-rename-lane",
            Self::MoveLaneUp => "cmd-move-lane-up",
            Self::MoveLaneDown => "cmd-move-lane-down",
            Self::FoldLane => "cmd-fold-lane",
            Self::ResetLaneHeight => "cmd-reset-lane-height",
            Self::DeleteLane => "cmd-delete-lane",
            Self::TogglePalette => "cmd-toggle-palette",
            Self::ToggleInspector => "cmd-toggle-inspector",
            Self::ToggleAnalysis => "cmd-toggle-analysis",
            Self::ToggleRoom => "cmd-toggle-room",
            Self::OpenRoom => "cmd-open-room",
            Self::CloseRoom => "cmd-close-room",
            Self::ZoomIn => "cmd-zoom-in",
            Self::ZoomOut => "cmd-zoom-out",
            Self::ZoomFit => "cmd-zoom-fit",
            Self::ZoomReset => "cmd-zoom-reset",
            Self::Present => "cmd-present",
            Self::NextStage => "cmd-next-stage",
            Self::PreviousStage => "cmd-previous-stage",
            Self::ScrollStage(true) => "cmd-scroll-down",
            Self::ScrollStage(false) => "cmd-scroll-up",
            Self::EndPresentation => "cmd-end-presentation",
            Self::CommandPalette => "cmd-command-palette",
            Self::SetAppearance(Appearance::System) => "cmd-appearance-system",
            Self::SetAppearance(Appearance::Light) => "cmd-appearance-light",
            Self::SetAppearance(Appearance::Dark) => "cmd-appearance-dark",
            Self::About => "cmd-about",
            Self::KeyboardShortcuts => "cmd-keyboard-shortcuts",
        }
    }

    /// Message id of the command's name inside a submenu that already says what it is about
    /// ("Add lane below ▸ Pain points"); the full name elsewhere.
    pub fn short_label_id(self) -> &'static str {
        match self {
            Self::AddLane(kind) => kind.label_id(),
            Self::SetStagePhase(Some(phase)) => crate::i18n::phase_id(phase),
            Self::SetStagePhase(None) => "stage-phase-none",
            Self::RecolourPhase(colour) => phase_colour_id(colour),
            Self::SetScore(score) => match score {
                2.. => "score-plus-2",
                1 => "score-plus-1",
                0 => "score-0",
                -1 => "score-minus-1",
                _ => "score-minus-2",
            },
            Self::SetAppearance(Appearance::System) => "help-appearance-system",
            Self::SetAppearance(Appearance::Light) => "help-appearance-light",
            Self::SetAppearance(Appearance::Dark) => "help-appearance-dark",
            other => other.label_id(),
        }
    }

    /// Message id of the command's name with what it acts on ("Undo { $what }").
    pub fn named_label_id(self) -> Option<&'static str> {
        match self {
            Self::Undo => Some("cmd-undo-named"),
            Self::Redo => Some("cmd-redo-named"),
            _ => None,
        }
    }

    /// The icon menus show beside the name.
    pub fn icon(self) -> Option<MaterialIcon> {
        Some(match self {
            Self::New => icon::ICON_NOTE_ADD,
            Self::Open => icon::ICON_FOLDER_OPEN,
            Self::Import => icon::ICON_UPLOAD_FILE,
            Self::Save => icon::ICON_SAVE,
            Self::SaveAs => icon::ICON_SAVE_AS,
            Self::SaveAsTemplate => icon::ICON_BOOKMARK_ADD,
            Self::Export(kind) => kind.icon(),
            Self::CopyImage => icon::ICON_ADD_PHOTO_ALTERNATE,
            Self::MapInfo => icon::ICON_INFO,
            Self::ChoosePhoto => icon::ICON_PHOTO_CAMERA,
            Self::StartFutureState => icon::ICON_TRENDING_UP,
            Self::StartCompetitor => icon::ICON_STOREFRONT,
            Self::CompareWith => icon::ICON_COMPARE,
            Self::CloseMap => icon::ICON_TAB_CLOSE,
            Self::Quit => icon::ICON_LOGOUT,
            Self::Undo => icon::ICON_UNDO,
            Self::Redo => icon::ICON_REDO,
            Self::AddCard => icon::ICON_STICKY_NOTE_2,
            Self::EditCard | Self::RenameStage | Self::RenameLane | Self::RenamePhase => {
                icon::ICON_EDIT
            }
            Self::Cut => icon::ICON_CONTENT_CUT,
            Self::Copy => icon::ICON_CONTENT_COPY,
            Self::Paste => icon::ICON_CONTENT_PASTE,
            Self::Duplicate => icon::ICON_FILE_COPY,
            Self::Delete | Self::DeleteStage | Self::DeleteLane | Self::RemovePhase => {
                icon::ICON_DELETE
            }
            Self::SelectAll => icon::ICON_SELECT_ALL,
            Self::ClearScore => icon::ICON_CLEAR,
            Self::NextPersona => icon::ICON_GROUP,
            Self::KeepRoomCurve => icon::ICON_GROUP_ADD,
            Self::AddStageBefore | Self::AddStageAfter => icon::ICON_ADD_COLUMN_RIGHT,
            Self::AddLane(_) => icon::ICON_ADD_ROW_BELOW,
            Self::MoveStageLeft | Self::StageIntoPhase(false) => icon::ICON_ARROW_BACK,
            Self::MoveStageRight | Self::StageIntoPhase(true) => icon::ICON_ARROW_FORWARD,
            Self::MoveLaneUp => icon::ICON_ARROW_UPWARD,
            Self::MoveLaneDown => icon::ICON_ARROW_DOWNWARD,
            Self::ResetStageWidth => icon::ICON_WIDTH,
            Self::ResetLaneHeight => icon::ICON_HEIGHT,
            Self::FoldLane => icon::ICON_UNFOLD_LESS,
            Self::SetStagePhase(_) => icon::ICON_SHOPPING_CART,
            Self::AddPhase => icon::ICON_VIEW_WEEK,
            Self::RecolourPhase(_) => icon::ICON_PALETTE,
            Self::MergePhase(_) => icon::ICON_MERGE,
            Self::StageOutOfPhase => icon::ICON_OUTPUT,
            Self::SplitPhase => icon::ICON_CALL_SPLIT,
            Self::TogglePalette => icon::ICON_LEFT_PANEL_CLOSE,
            Self::ToggleInspector => icon::ICON_RIGHT_PANEL_CLOSE,
            Self::ToggleAnalysis => icon::ICON_INSIGHTS,
            Self::ToggleRoom => icon::ICON_INBOX,
            Self::OpenRoom => icon::ICON_QR_CODE_2,
            Self::CloseRoom => icon::ICON_CANCEL_PRESENTATION,
            Self::ZoomIn => icon::ICON_ZOOM_IN,
            Self::ZoomOut => icon::ICON_ZOOM_OUT,
            Self::ZoomFit => icon::ICON_FIT_SCREEN,
            Self::Present | Self::EndPresentation => icon::ICON_SLIDESHOW,
            Self::CommandPalette => icon::ICON_SEARCH,
            Self::About => icon::ICON_HELP,
            Self::KeyboardShortcuts => icon::ICON_KEYBOARD,
            Self::SelectNext(_)
            | Self::MoveCards(_)
            | Self::SetScore(_)
            | Self::SetAppearance(_)
            | Self::ZoomReset
            | Self::NextStage
            | Self::PreviousStage
            | Self::ScrollStage(_)
            | Self::NextMap
            | Self::PreviousMap => return None,
        })
    }
}
