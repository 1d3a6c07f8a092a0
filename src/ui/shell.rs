//! The editor window: the settings of the editor (language, backups, recent maps, panels), the
//! open map, the menu bar, the side panels, the status bar and the dialogs, and the order in
//! which one frame runs.

use crate::theme::chrome::Appearance;
use std::path::{Path, PathBuf};

use egui::{Context, Ui, ViewportCommand};

use super::autosave::Autosave;
use super::backup_setting;
use super::canvas;
use super::command_palette::{CommandPalette, PaletteOutcome};
use super::commands::{Command, Focus, Panels, Situation};
use super::file_dialog::FileDialog;
use super::inspector::inspector_ui;
use super::map_info::map_info_ui;
use super::menus;
use super::new_map::NewMapDialog;
use super::recent::RecentMaps;
use super::session::MapSession;
use super::status::{Cause, StatusLine};
use super::{Action, Palette};
use crate::edit::Document;
use crate::file::{self, Fingerprint};
use crate::i18n::{self, Texts};
use crate::layout::MapLayout;
use crate::model::{Lang, Map};
use crate::recovery::{Leftover, RecoveryStore};

/// Key of the chosen appearance in eframe's settings storage.
const APPEARANCE_KEY: &str = "journeymap-appearance";

/// Key of the room's port in eframe's settings storage.
const ROOM_PORT_KEY: &str = "journeymap-room-port";

/// Key of "a room was opened here before" in eframe's settings storage.
const ROOM_OPENED_KEY: &str = "journeymap-room-opened";

/// Key of the panels' visibility in eframe's settings storage.
const PANELS_KEY: &str = "journeymap-panels";

/// What to do once the user has answered "save your changes?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum AfterConfirm {
    /// Close the window (once every map's changes are decided on).
    Close,
    /// Close the shown map's tab.
    CloseTab,
}

/// A presentation's changes to the window, undone when it ends.
#[derive(Clone, Copy, Debug)]
pub(super) struct Presenting {
    /// The zoom factor before the presentation.
    pub zoom_factor: f32,
    /// Whether the window was full screen before.
    pub was_fullscreen: bool,
    /// Whether the room's join slide is shown, before the title view.
    pub joining: bool,
}

/// The journeymap editor.
pub struct EditorApp {
    /// The shown map; `None` while the start screen is shown.
    pub(super) session: Option<MapSession>,
    /// The other open maps, in tab order around the shown one (see [`super::tabs`]).
    pub(super) parked: Vec<MapSession>,
    /// The shown map's position among the tabs.
    pub(super) tab: usize,
    pub(super) palette: Palette,
    pub(super) lang: Lang,
    pub(super) status: StatusLine,
    pub(super) dialog: Option<FileDialog>,
    pub(super) new_map: Option<NewMapDialog>,
    pub(super) command_palette: Option<CommandPalette>,
    pub(super) info_open: bool,
    pub(super) confirm: Option<AfterConfirm>,
    /// What to do after a Save As started by the unsaved-changes question completes.
    pub(super) after_save: Option<AfterConfirm>,
    pub(super) close_confirmed: bool,
    window_title: String,
    pub(super) recent: RecentMaps,
    /// How many previous versions a save keeps (the "Backups to keep" setting).
    pub(super) backups: u8,
    pub(super) panels: Panels,
    /// A save waiting for "overwrite the changed file?".
    pub(super) conflict: Option<super::file_flows::SaveConflict>,
    /// Where recovery copies go; every open map autosaves there.
    pub(super) recovery: Option<RecoveryStore>,
    /// Maps that earlier editors left unsaved, offered back until the user decides.
    pub(super) leftovers: Vec<Leftover>,
    /// The window's state before the presentation, while the map is presented.
    pub(super) presenting: Option<Presenting>,
    /// "Compare with…": the question, or the comparison shown instead of the map.
    pub(super) compare: Option<super::compare::Comparing>,
    /// The chrome chosen in View ▸ Appearance; remembered between runs.
    pub(super) appearance: Appearance,
    /// The appearance last given to egui, so it is set once, not every frame.
    installed_appearance: Option<Appearance>,
    /// The Help window shown, if any.
    pub(super) help: Option<super::help::Help>,
    /// The export running in the background, if any.
    pub(super) export: Option<super::export_flow::RunningExport>,
    /// An export or Save as waiting for "replace the existing files?".
    pub(super) overwrite: Option<super::overwrite::Overwrite>,
    /// Where new maps are saved and exported; the user's documents folder unless set.
    pub(super) documents: Option<PathBuf>,
    /// The user's own templates: their folder, the start screen's list, the open question.
    pub(super) templates: super::templates_flow::UserTemplates,
    /// Where a paste's HTML comes from: the system clipboard in the window, none in tests.
    pub(super) clipboard: super::clipboard_source::ClipboardSource,
    /// A table pasted or imported, shown before anything changes; or what an import asks.
    pub(super) importing: Option<super::import_flow::Importing>,
    /// Where the room listens: every interface, so phones on the Wi-Fi reach it.
    pub(super) room_bind: std::net::IpAddr,
    /// The room's port, as set in the room panel; remembered between runs.
    pub(super) room_port: u16,
    /// Whether a room was opened on this computer before (the first time, the firewall may
    /// ask); remembered between runs.
    pub(super) room_opened_before: bool,
}

/// Below this window width (in points) opening the room hides the inspector: the room panel,
/// the palette and the inspector together would leave the map a strip on a laptop. The room
/// panel takes the inspector's side; the map grows into it where it already continues, and
/// the palette stays for dragging touchpoints in.
#[cfg(feature = "room")]
const NARROW_FOR_ROOM: f32 = 1280.0;

impl EditorApp {
    /// An editor on `map`, which was read from `path` (if any).
    pub fn new(ctx: &Context, map: Map, path: Option<PathBuf>) -> Self {
        crate::paint::install_fonts(ctx);
        // The caller read the map a moment ago; the file as it is now is what it read.
        let disk = path
            .as_deref()
            .and_then(|path| Fingerprint::read(path).ok().flatten());
        Self {
            session: Some(MapSession::new(map, path, disk, Autosave::default())),
            ..Self::empty()
        }
    }

    /// An editor showing the start screen, with the settings from eframe's storage.
    pub fn start(ctx: &Context, storage: Option<&dyn eframe::Storage>) -> Self {
        crate::paint::install_fonts(ctx);
        let mut app = Self::empty();
        app.load_settings(storage);
        app
    }

    fn empty() -> Self {
        Self {
            session: None,
            parked: Vec::new(),
            tab: 0,
            palette: Palette::default(),
            lang: i18n::system_lang(),
            status: StatusLine::default(),
            dialog: None,
            new_map: None,
            command_palette: None,
            info_open: false,
            confirm: None,
            after_save: None,
            close_confirmed: false,
            window_title: String::new(),
            recent: RecentMaps::default(),
            backups: file::DEFAULT_BACKUPS,
            panels: Panels::default(),
            conflict: None,
            recovery: None,
            leftovers: Vec::new(),
            presenting: None,
            compare: None,
            appearance: Appearance::default(),
            installed_appearance: None,
            help: None,
            export: None,
            overwrite: None,
            documents: None,
            templates: super::templates_flow::UserTemplates::default(),
            clipboard: super::clipboard_source::ClipboardSource::default(),
            importing: None,
            room_bind: std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED),
            room_port: super::room::DEFAULT_PORT,
            room_opened_before: false,
        }
    }

    /// Keeps recovery copies of unsaved changes in `store`, and offers back the maps that
    /// editors which are gone left there.
    #[must_use]
    pub fn with_recovery(mut self, store: RecoveryStore) -> Self {
        let autosave = Autosave::new(store.clone());
        self.leftovers = autosave.leftovers();
        if !self.leftovers.is_empty() {
            log::info!("offering {} unsaved map(s) back", self.leftovers.len());
        }
        if let Some(session) = &mut self.session {
            session.autosave = autosave;
        }
        self.recovery = Some(store);
        self
    }

    /// Reads the editor's settings from eframe's storage: recent maps, backups to keep, which
    /// panels are shown (and adds the open file to the recent maps).
    pub fn load_settings(&mut self, storage: Option<&dyn eframe::Storage>) {
        self.backups = backup_setting::load(storage);
        self.recent = RecentMaps::load(storage);
        self.panels = storage
            .and_then(|storage| eframe::get_value(storage, PANELS_KEY))
            .unwrap_or_default();
        self.appearance = storage
            .and_then(|storage| eframe::get_value(storage, APPEARANCE_KEY))
            .unwrap_or_default();
        self.room_port = storage
            .and_then(|storage| eframe::get_value(storage, ROOM_PORT_KEY))
            .unwrap_or(super::room::DEFAULT_PORT);
        self.room_opened_before = storage
            .and_then(|storage| eframe::get_value(storage, ROOM_OPENED_KEY))
            .unwrap_or(false);
        if let Some(session) = &self.session
            && let Some(path) = session.path.clone()
        {
            self.recent.remember(&path, session.doc.map());
        }
    }

    /// Whether maps left unsaved by an earlier editor are being offered.
    pub fn offers_recovery(&self) -> bool {
        !self.leftovers.is_empty()
    }

    /// Whether the start screen is showing.
    pub fn is_on_start_screen(&self) -> bool {
        self.session.is_none()
    }

    /// Recently opened or saved maps, newest first.
    pub fn recent(&self) -> Vec<PathBuf> {
        self.recent
            .maps()
            .iter()
            .map(|map| map.path.clone())
            .collect()
    }

    /// The open map, if any.
    pub fn session(&self) -> Option<&MapSession> {
        self.session.as_ref()
    }

    /// The document being edited; on the start screen, an empty one (nothing is open).
    pub fn document(&self) -> &Document {
        static NONE: std::sync::OnceLock<Document> = std::sync::OnceLock::new();
        self.session.as_ref().map_or_else(
            || {
                NONE.get_or_init(|| {
                    Document::new(Map::empty(crate::model::MapKind::CurrentState, Lang::En))
                })
            },
            MapSession::document,
        )
    }

    /// The file the map is saved to.
    pub fn path(&self) -> Option<&Path> {
        self.session.as_ref().and_then(MapSession::path)
    }

    /// The language of the editor's own words.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Saves and exports maps that have no file yet into `folder` instead of the user's
    /// documents folder.
    pub fn set_documents_dir(&mut self, folder: PathBuf) {
        self.documents = Some(folder);
    }

    /// Keeps the user's own templates in `folder` instead of the platform's data folder.
    pub fn set_templates_dir(&mut self, folder: PathBuf) {
        self.templates.set_dir(folder);
    }

    /// Reads the HTML of pasted text from `source` (the system clipboard in the window; a
    /// spreadsheet's table in tests).
    pub fn set_clipboard(&mut self, source: super::clipboard_source::ClipboardSource) {
        self.clipboard = source;
    }

    /// Opens the room on `bind` and `port` (0: any free port) instead of every interface and
    /// the port set in the room panel.
    pub fn set_room_address(&mut self, bind: std::net::IpAddr, port: u16) {
        self.room_bind = bind;
        self.room_port = port;
    }

    /// The shown map's room, while it is open.
    #[cfg(feature = "room")]
    pub fn room(&self) -> Option<&crate::room::RoomServer> {
        self.session
            .as_ref()
            .and_then(|session| session.room.as_ref())
            .map(super::room::RoomSession::server)
    }

    /// Switches the editor's language.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// The layout the canvas shows (computed on demand), for tests and tools; an empty map's on
    /// the start screen.
    pub fn layout(&mut self, ctx: &Context) -> MapLayout {
        match &mut self.session {
            Some(session) => session.layout(ctx).clone(),
            None => MapLayout::compute(self.document().map(), &mut crate::paint::EguiMeasure(ctx)),
        }
    }

    /// The canvas's view state.
    pub fn canvas(&self) -> &canvas::Canvas {
        static NONE: std::sync::OnceLock<canvas::Canvas> = std::sync::OnceLock::new();
        self.session.as_ref().map_or_else(
            || NONE.get_or_init(canvas::Canvas::default),
            MapSession::canvas,
        )
    }

    /// How many previous versions a save keeps.
    pub fn backups(&self) -> u8 {
        self.backups
    }

    /// The status bar's message, if any.
    pub fn status_text(&self) -> Option<&str> {
        self.status.text()
    }

    /// Whether the side panels are shown: (palette, inspector).
    pub fn panels_shown(&self) -> (bool, bool) {
        (self.panels.palette, self.panels.inspector)
    }

    /// Whether the map is being presented.
    pub fn is_presenting(&self) -> bool {
        self.presenting.is_some()
    }

    /// Says on the start screen (or over the open map) that the map asked for could not be
    /// opened.
    pub fn say_open_failed(&mut self, error: &file::FileError) {
        let texts = i18n::texts(self.lang);
        let text = super::file_flows::open_error_text(texts, error, self.session.is_some());
        self.status.error(Cause::Open, text);
    }

    /// Shows `map` (read from `path`, as `disk` describes the file) in a new tab beside the
    /// open maps.
    pub(super) fn show_map(&mut self, map: Map, path: Option<PathBuf>, disk: Option<Fingerprint>) {
        if let Some(path) = &path {
            self.recent.remember(path, &map);
        }
        let autosave = self.new_autosave();
        self.add_tab(MapSession::new(map, path, disk, autosave));
        self.status.clear();
    }

    /// The autosave of a map about to be opened: into the recovery store, if there is one.
    pub(super) fn new_autosave(&self) -> Autosave {
        self.recovery.clone().map(Autosave::new).unwrap_or_default()
    }

    /// What commands would act on now: the selection's card, lane and stage.
    pub(super) fn situation(&self) -> Situation<'_> {
        situation_of(
            self.session_for_commands(),
            self.tab_count(),
            self.panels,
            self.presenting.is_some(),
            self.appearance,
        )
    }

    /// The map the commands act on: none while a comparison is shown, so no command can change
    /// a map the user does not see.
    fn session_for_commands(&self) -> Option<&MapSession> {
        self.session.as_ref().filter(|_| self.compare.is_none())
    }

    fn menu_bar_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let texts = i18n::texts(self.lang);
        let situation = situation_of(
            self.session.as_ref().filter(|_| self.compare.is_none()),
            self.tab_count(),
            self.panels,
            self.presenting.is_some(),
            self.appearance,
        );
        let mut recent_chosen = None;
        let (recent, backups, lang) = (&self.recent, &mut self.backups, &mut self.lang);
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(texts.get("menu-file"), |ui| {
                menus::items_ui(ui, texts, &situation, &menus::FILE_MENU[..5], actions);
                recent_chosen = recent_menu_ui(ui, texts, recent);
                menus::items_ui(ui, texts, &situation, &menus::FILE_MENU[5..], actions);
                backup_setting::backups_menu_ui(ui, texts, backups);
                ui.separator();
                if menus::command_button(ui, texts, &situation, Command::Quit, false) {
                    actions.push(Action::Run(Command::Quit, Focus::default()));
                    ui.close();
                }
            });
            ui.menu_button(texts.get("menu-edit"), |ui| {
                menus::items_ui(ui, texts, &situation, menus::EDIT_MENU, actions);
            });
            ui.menu_button(texts.get("menu-map"), |ui| {
                menus::items_ui(ui, texts, &situation, menus::MAP_MENU, actions);
            });
            ui.menu_button(texts.get("menu-view"), |ui| {
                menus::items_ui(ui, texts, &situation, menus::VIEW_MENU, actions);
            });
            ui.menu_button(texts.get("menu-language"), |ui| {
                for choice in Lang::ALL {
                    let name = texts.get(match choice {
                        Lang::En => "lang-en",
                        Lang::De => "lang-de",
                    });
                    if ui.radio(*lang == choice, name).clicked() {
                        *lang = choice;
                    }
                }
            });
            ui.menu_button(texts.get("menu-help"), |ui| {
                menus::items_ui(ui, texts, &situation, menus::HELP_MENU, actions);
            });
        });
        if let Some(path) = recent_chosen {
            self.open(path);
        }
    }

    /// The command palette, while open.
    fn command_palette_ui(&mut self, ctx: &Context, actions: &mut Vec<Action>) {
        let Some(mut palette) = self.command_palette.take() else {
            return;
        };
        let texts = i18n::texts(self.lang);
        match palette.ui(ctx, texts, &self.situation()) {
            PaletteOutcome::Open => self.command_palette = Some(palette),
            PaletteOutcome::Closed => {}
            PaletteOutcome::Run(command, focus) => actions.push(Action::Run(command, focus)),
        }
    }

    fn update_window_title(&mut self, ctx: &Context) {
        let texts = i18n::texts(self.lang);
        let title = match &self.session {
            None => "journeymap".to_owned(),
            Some(session) => {
                let name = session.path.as_deref().map_or_else(
                    || texts.get("title-untitled"),
                    super::file_flows::display_name,
                );
                let marker = if session.doc.is_dirty() { "● " } else { "" };
                format!("{marker}{name} — journeymap")
            }
        };
        if title != self.window_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// The side panels, shown or hidden with a slide; the inspector can be made wider.
    fn panels_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let lang = self.lang;
        let texts = i18n::texts(lang);
        let Some(session) = &mut self.session else {
            return;
        };
        let palette = &mut self.palette;
        let mut clicked = None;
        egui::Panel::left("journeymap-palette")
            .default_size(210.0)
            .size_range(160.0..=360.0)
            .show_collapsible(ui, &mut self.panels.palette, |ui| {
                clicked = palette.ui(ui, texts);
            });
        if let Some(item) = clicked
            && let Some(slot) = palette_slot(session.doc.map(), session.focus())
        {
            actions.push(Action::AddFromPalette { item, slot });
        }
        egui::Panel::right("journeymap-inspector")
            .default_size(270.0)
            .size_range(220.0..=560.0)
            .show_collapsible(ui, &mut self.panels.inspector, |ui| {
                let selection = session.canvas.selection();
                egui::ScrollArea::vertical().show(ui, |ui| {
                    actions.extend(inspector_ui(ui, lang, session.doc.map(), selection));
                });
            });
        let mut view = self.panels.analysis_view;
        let mut output = None;
        let selected = match session.canvas.selection() {
            [card] => Some(*card),
            _ => None,
        };
        egui::Panel::right("journeymap-analysis")
            .default_size(340.0)
            .size_range(260.0..=720.0)
            .show_collapsible(ui, &mut self.panels.analysis, |ui| {
                output = Some(super::analysis::analysis_ui(
                    ui,
                    texts,
                    session.doc.map(),
                    &mut view,
                    &mut session.looks,
                    selected,
                ));
            });
        self.panels.analysis_view = view;
        if let Some(output) = output {
            actions.extend(output.actions);
            if let Some(card) = output.select {
                session.show_card(ui.ctx(), card);
            }
        }
        // Notes waiting (sent while the room was open, or found in a recovered map) show the
        // room panel once; hiding it afterwards sticks.
        if !session.room_panel.opened_for_notes && session.doc.map().room.inbox().next().is_some() {
            session.room_panel.opened_for_notes = true;
            self.panels.room = true;
        }
        let mut room = None;
        let port = &mut self.room_port;
        egui::Panel::right("journeymap-room")
            .default_size(300.0)
            .size_range(260.0..=560.0)
            .show_collapsible(ui, &mut self.panels.room, |ui| {
                room = Some(super::room::room_ui(
                    ui,
                    texts,
                    session.doc.map(),
                    session.room.as_ref(),
                    &mut session.room_panel,
                    port,
                ));
            });
        if let Some(room) = room {
            for edit in room.room {
                if let Err(refusal) = session.doc.apply_room(&edit) {
                    log::warn!("room settings refused: {refusal}");
                }
            }
            actions.extend(
                room.edits
                    .into_iter()
                    .map(|edit| Action::Edit(Box::new(edit))),
            );
            if room.open {
                actions.push(Action::Run(Command::OpenRoom, Focus::default()));
            }
            if room.close {
                actions.push(Action::Run(Command::CloseRoom, Focus::default()));
            }
        }
    }

    /// While the map is presented with its room open: the join slide (returns `true`: it is
    /// shown instead of the map), and on every slide the number of people in a corner.
    #[cfg(not(feature = "room"))]
    #[allow(
        clippy::unused_self,
        reason = "the same call as in a build with the room"
    )]
    fn room_presentation_ui(&mut self, _ui: &mut Ui) -> bool {
        false
    }

    /// While the map is presented with its room open: the join slide (returns `true`: it is
    /// shown instead of the map), and on every slide the number of people in a corner.
    #[cfg(feature = "room")]
    fn room_presentation_ui(&mut self, ui: &mut Ui) -> bool {
        let (Some(presenting), Some(room)) = (
            self.presenting,
            self.session
                .as_ref()
                .and_then(|session| session.room.as_ref()),
        ) else {
            return false;
        };
        let texts = i18n::texts(self.lang);
        let server = room.server();
        let canvas = ui.available_rect_before_wrap();
        let unit = canvas.height() / 16.0;
        let people = texts.get_with("room-people", &[("count", server.people().into())]);
        ui.ctx().request_repaint_after(super::room::PEOPLE_REFRESH);
        egui::Area::new(egui::Id::unique("journeymap-room-people"))
            .order(egui::Order::Foreground)
            .pivot(egui::Align2::RIGHT_TOP)
            .fixed_pos(canvas.right_top() + egui::vec2(-unit * 0.5, unit * 0.5))
            .interactable(false)
            .show(ui.ctx(), |ui| {
                egui::Frame::new()
                    .fill(crate::theme::PRESENTATION_CHROME_FILL)
                    .corner_radius(crate::theme::CORNER_RADIUS)
                    .inner_margin(egui::Margin::symmetric(10, 4))
                    .show(ui, |ui| {
                        ui.label(
                            egui::RichText::new(people)
                                .size(unit * 0.5)
                                .color(crate::theme::TEXT),
                        );
                    });
            });
        if !presenting.joining {
            return false;
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE.fill(crate::theme::BACKGROUND))
            .show(ui, |ui| {
                ui.vertical_centered(|ui| {
                    ui.add_space(unit);
                    ui.label(
                        egui::RichText::new(texts.get("room-join-slide"))
                            .size(unit * 1.4)
                            .strong()
                            .color(crate::theme::TEXT),
                    );
                    ui.add_space(unit * 0.5);
                    if let Some((address, code)) = room.join() {
                        if let Some(code) = code {
                            super::room::qr_ui(ui, code, unit * 8.0);
                        }
                        ui.add_space(unit * 0.5);
                        ui.label(
                            egui::RichText::new(&address.base)
                                .size(unit)
                                .color(crate::theme::TEXT),
                        );
                    }
                    let code = server.code().to_owned();
                    let name = texts.get_with("room-code", &[("code", code.clone().into())]);
                    ui.label(
                        egui::RichText::new(code)
                            .size(unit * 1.6)
                            .strong()
                            .monospace()
                            .color(crate::theme::TEXT),
                    )
                    .widget_info(move || egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
                });
            });
        true
    }

    /// Takes what the rooms sent since the last frame, for every open map with a room.
    fn rooms_tick(&mut self, ctx: &Context) {
        for session in self.session.iter_mut().chain(self.parked.iter_mut()) {
            if let Some(room) = &mut session.room {
                room.tick(ctx, &mut session.doc);
            }
        }
    }

    /// Opens the shown map's room (closing another map's), or says why it could not open, as
    /// File ▸ Open the room does.
    #[cfg(not(feature = "room"))]
    #[allow(
        clippy::unused_self,
        reason = "the same call as in a build with the room"
    )]
    pub fn open_room(&mut self, _ctx: &Context) {}

    /// Opens the shown map's room (closing another map's), or says why it could not open, as
    /// File ▸ Open the room does.
    #[cfg(feature = "room")]
    pub fn open_room(&mut self, ctx: &Context) {
        for session in &mut self.parked {
            if let Some(room) = session.room.take() {
                if room.hid_inspector() {
                    self.panels.inspector = true;
                }
                close_in_background(room);
            }
        }
        let texts = i18n::texts(self.lang);
        let Some(session) = &mut self.session else {
            return;
        };
        if session.room.is_some() {
            return;
        }
        match super::room::RoomSession::open(ctx, &session.doc, self.room_bind, self.room_port) {
            Ok(mut room) => {
                if self.panels.inspector && ctx.content_rect().width() < NARROW_FOR_ROOM {
                    self.panels.inspector = false;
                    room.hid_inspector_on_open = true;
                }
                session.room = Some(room);
                session.room_panel.opened_for_notes = true;
                session.room_panel.first_open = !self.room_opened_before;
                self.room_opened_before = true;
                self.panels.room = true;
                self.status.clear();
            }
            Err(crate::room::OpenError::PortInUse(port)) => {
                let other = if port == u16::MAX { 1024 } else { port + 1 };
                self.status.error(
                    Cause::Room,
                    texts.get_with(
                        "room-port-in-use",
                        &[("port", port.into()), ("other", other.into())],
                    ),
                );
                self.panels.room = true;
            }
            Err(error) => {
                self.status.error(
                    Cause::Room,
                    texts.get_with("room-open-failed", &[("error", error.to_string().into())]),
                );
                self.panels.room = true;
            }
        }
    }

    /// Closes the shown map's room.
    /// Closes the shown map's room. The room panel goes with it unless notes still wait in
    /// the inbox: the map gets its width back.
    pub(super) fn close_room(&mut self) {
        let Some(session) = self.session.as_mut() else {
            return;
        };
        if let Some(room) = session.room.take() {
            if room.hid_inspector() {
                self.panels.inspector = true;
            }
            close_in_background(room);
            if session.doc.map().room.inbox().next().is_none() {
                self.panels.room = false;
            }
        }
    }

    /// The map itself.
    fn canvas_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let texts = i18n::texts(self.lang);
        let situation = self.situation();
        let situation = Situation {
            map: None,
            selection: &[],
            ..situation
        };
        let Some(session) = &mut self.session else {
            return;
        };
        let ctx = ui.ctx().clone();
        if let Some(error) =
            session
                .photo
                .update(&ctx, session.path.as_deref(), &session.doc.map().persona)
        {
            let error = crate::i18n::files::photo_error(texts, &error);
            self.status.error(
                Cause::Photo,
                texts.get_with("photo-not-shown", &[("error", error.into())]),
            );
        }
        let photo = session.photo.photo();
        // The canvas changes the selection while it draws; the menus see it as it was.
        let selection = session.canvas.selection().to_vec();
        let map = session.doc.map();
        let heat = session
            .looks
            .heat
            .as_ref()
            .map(|measure| crate::analysis::heat(map, measure));
        let highlight = session
            .looks
            .facet
            .map(|value| crate::analysis::cards_with(map, value));
        let (doc, canvas, layout) = session.parts(&ctx);
        let frame = canvas::Frame {
            texts,
            map: doc.map(),
            layout,
            photo,
            situation: Situation {
                map: Some(doc.map()),
                selection: &selection,
                ..situation
            },
            heat: heat.as_ref(),
            highlight: highlight.as_ref(),
        };
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                actions.extend(canvas.ui(ui, &frame));
            });
    }
}

/// Where a touchpoint clicked in the palette goes: the touchpoint lane of the selected card's
/// stage (or of the first stage), at the end of the cell; a map without a touchpoint lane takes
/// it into the selected card's lane, or its first card lane, as a note.
fn palette_slot(map: &crate::model::Map, focus: Focus) -> Option<crate::edit::Slot> {
    let stage = focus
        .stage
        .or_else(|| map.stages.first().map(|stage| stage.id))?;
    let open = |lane: &&crate::model::Lane| lane.holds_cards() && !lane.collapsed;
    let lane = map
        .lanes
        .iter()
        .filter(open)
        .find(|lane| matches!(lane.kind, crate::model::LaneKind::Touchpoints))
        .or_else(|| focus.lane.and_then(|id| map.lane(id)).filter(open))
        .or_else(|| map.lanes.iter().find(open))?;
    Some(crate::edit::Slot {
        lane: lane.id,
        stage,
        before: None,
    })
}

/// Closes `room` on a thread of its own: closing lets the phones hear that the room ended,
/// which may take a moment the window does not wait for.
pub(super) fn close_in_background(room: super::room::RoomSession) {
    // Should the thread not start, the closure and the room in it are dropped here, and
    // dropping a room closes it.
    let _ = std::thread::Builder::new()
        .name("room-close".to_owned())
        .spawn(move || room.close());
}

/// What commands would act on with `session` open: its selection's card, lane and stage.
fn situation_of(
    session: Option<&MapSession>,
    tabs: usize,
    panels: Panels,
    presenting: bool,
    appearance: Appearance,
) -> Situation<'_> {
    Situation {
        map: session.map(|session| session.doc.map()),
        focus: session.map(MapSession::focus).unwrap_or_default(),
        selection: session.map_or(&[], |session| session.canvas.selection()),
        arrow_selected: session.is_some_and(|s| s.canvas.selected_connection().is_some()),
        undo: session.and_then(|session| session.doc.undo_label()),
        redo: session.and_then(|session| session.doc.redo_label()),
        presenting,
        panels,
        tabs,
        persona: session.map_or(crate::model::PersonaId::FIRST, |session| {
            session.canvas.persona(session.doc.map())
        }),
        appearance,
        room_open: session.is_some_and(|session| session.room.is_some()),
    }
}

/// File ▸ Open recent: the recent maps by title; returns the one chosen.
fn recent_menu_ui(ui: &mut Ui, texts: &Texts, recent: &RecentMaps) -> Option<PathBuf> {
    let mut chosen = None;
    ui.add_enabled_ui(!recent.maps().is_empty(), |ui| {
        ui.menu_button(texts.get("menu-open-recent"), |ui| {
            for map in recent.maps() {
                let title = if map.title.is_empty() {
                    map.file_name()
                } else {
                    map.title.clone()
                };
                if ui
                    .button(title)
                    .on_hover_text(map.path.display().to_string())
                    .clicked()
                {
                    chosen = Some(map.path.clone());
                    ui.close();
                }
            }
        });
    });
    chosen
}

impl eframe::App for EditorApp {
    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.recent.store(storage);
        backup_setting::store(storage, self.backups);
        eframe::set_value(storage, PANELS_KEY, &self.panels);
        eframe::set_value(storage, APPEARANCE_KEY, &self.appearance);
        eframe::set_value(storage, ROOM_PORT_KEY, &self.room_port);
        eframe::set_value(storage, ROOM_OPENED_KEY, &self.room_opened_before);
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if self.installed_appearance != Some(self.appearance) {
            crate::theme::chrome::install(&ctx, self.appearance);
            self.installed_appearance = Some(self.appearance);
        }
        let mut actions = Vec::new();
        let modal_open = self.dialog.is_some()
            || self.confirm.is_some()
            || self.new_map.is_some()
            || self.conflict.is_some()
            || self.command_palette.is_some()
            || self.compare.is_some()
            || self.importing.is_some()
            || self.templates.is_asking();
        if !modal_open {
            self.keyboard(&ctx, &mut actions);
        }
        if ctx.input(|input| input.viewport().close_requested())
            && !self.close_confirmed
            && self.show_unsaved_tab()
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.confirm = Some(AfterConfirm::Close);
        }
        if self.presenting.is_none() {
            egui::Panel::top("journeymap-menu").show(ui, |ui| self.menu_bar_ui(ui, &mut actions));
            // The tabs stay while the user picks what to compare with, so the map does not
            // jump; they go while the comparison is shown, which no tab holds.
            if !self.is_comparing() {
                self.tab_bar_ui(ui);
            }
            let dismiss = i18n::texts(self.lang).get("status-dismiss");
            egui::Panel::bottom("journeymap-status").show(ui, |ui| {
                self.export_progress_ui(ui);
                self.status.ui(ui, &dismiss);
            });
        }
        self.recovery_offer_ui(&ctx);
        self.rooms_tick(&ctx);
        if self.session.is_none() {
            self.start_screen_ui(ui);
        } else if self.is_comparing() {
            self.comparison_ui(ui);
        } else {
            self.templates.read_again();
            if self.presenting.is_none() {
                self.panels_ui(ui, &mut actions);
            }
            if !self.room_presentation_ui(ui) {
                self.canvas_ui(ui, &mut actions);
            }
        }
        self.dialogs_ui(ui, &mut actions);
        self.save_conflict_dialog_ui(ui);
        self.overwrite_dialog_ui(ui);
        self.template_dialog_ui(ui);
        self.compare_picker_ui(ui);
        self.new_map_ui(&ctx);
        self.importing_ui(&ctx, &mut actions);
        self.command_palette_ui(&ctx, &mut actions);
        self.help_ui(&ctx);
        if self.info_open
            && let Some(session) = &mut self.session
        {
            let texts = i18n::texts(self.lang);
            let mut open = true;
            let map = session.doc.map();
            let mut persona = session.canvas.persona(map);
            actions.extend(map_info_ui(&ctx, &mut open, texts, map, &mut persona));
            session.canvas.score_persona(persona);
            self.info_open = open;
        }
        // A typing session that ended this frame closes before this frame's other edits (a
        // click on a checkbox that took the focus from the field is an undo step of its own).
        let mut ended = Vec::new();
        super::typing::end_when_unfocused(&ctx, &mut ended);
        actions.splice(0..0, ended);
        self.handle(&ctx, actions);
        self.autosave_tick(&ctx);
        self.update_window_title(&ctx);
    }
}
