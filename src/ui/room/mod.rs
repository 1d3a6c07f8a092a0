//! The editor's side of the room: the panel with the room's address and code while it is open,
//! its settings, and the inbox of notes participants sent; the open room's session, which
//! takes what arrives once a frame.

pub mod inbox;
#[cfg(feature = "room")]
pub mod session;

use egui::Ui;

use crate::edit::Edit;
use crate::edit::room::RoomEdit;
use crate::i18n::Texts;
use crate::model::{DOTS_RANGE, Map, RoomMode, RoomSettings};

pub use inbox::Inbox;
#[cfg(feature = "room")]
pub use session::RoomSession;

/// The port a room listens on unless the facilitator chose another.
#[cfg(feature = "room")]
pub const DEFAULT_PORT: u16 = crate::room::DEFAULT_PORT;
/// The port a room listens on unless the facilitator chose another (the setting is kept
/// even in a build without the room).
#[cfg(not(feature = "room"))]
pub const DEFAULT_PORT: u16 = 7420;

/// A build without the room (the `room` feature) never has one open; waiting notes in a map
/// are still decided on in the inbox.
#[cfg(not(feature = "room"))]
#[derive(Debug)]
pub enum RoomSession {}

#[cfg(not(feature = "room"))]
impl RoomSession {
    /// Nothing arrives.
    pub fn tick(&mut self, _ctx: &egui::Context, _doc: &mut crate::edit::Document) {
        match *self {}
    }

    /// Nothing to close.
    pub fn close(self) {
        match self {}
    }

    /// Never opened, so it hid nothing.
    pub fn hid_inspector(&self) -> bool {
        match *self {}
    }
}

/// How often the number of people in the room is looked at again while it is shown.
#[cfg(feature = "room")]
pub const PEOPLE_REFRESH: std::time::Duration = std::time::Duration::from_secs(2);

/// What the room panel keeps between frames besides the inbox.
#[derive(Debug, Default)]
pub struct RoomPanel {
    /// The inbox's ticks and the note being edited.
    pub inbox: Inbox,
    /// Which "clear" is waiting for its confirmation.
    confirm: Option<RoomEdit>,
    /// Whether the panel opened by itself for waiting notes already (so hiding it sticks).
    pub opened_for_notes: bool,
    /// Whether this is the first room opened on this computer (the firewall may ask).
    pub first_open: bool,
}

/// What the room panel asks the shell to do.
#[derive(Debug, Default)]
pub struct RoomOutput {
    /// Decisions about notes, each one undo step.
    pub edits: Vec<Edit>,
    /// Changes to the room's settings, outside the undo history.
    pub room: Vec<RoomEdit>,
    /// Open the room.
    pub open: bool,
    /// Close the room.
    pub close: bool,
}

/// Lays out the room panel: the inbox, the open room's header or the button to open it, and
/// the room's settings.
pub fn room_ui(
    ui: &mut Ui,
    texts: &Texts,
    map: &Map,
    room: Option<&RoomSession>,
    panel: &mut RoomPanel,
    port: &mut u16,
) -> RoomOutput {
    let mut output = RoomOutput::default();
    ui.heading(texts.get("room-panel-title"));
    egui::ScrollArea::vertical().show(ui, |ui| {
        // The inbox first: on a laptop the facilitator sees a new note without scrolling past
        // the QR code, which the room sees on the projector's join slide anyway.
        let inbox = panel.inbox.ui(ui, texts, map);
        output.edits.extend(inbox.edits);
        output.room.extend(inbox.room);
        ui.separator();
        if let Some(room) = room {
            header_ui(ui, texts, room, panel.first_open);
            if ui.button(texts.get("cmd-close-room")).clicked() {
                output.close = true;
            }
        } else if cfg!(feature = "room") {
            ui.horizontal(|ui| {
                let label = ui.label(texts.get("room-port"));
                ui.add(egui::DragValue::new(port).range(0..=u16::MAX))
                    .labelled_by(label.id);
            });
            if ui.button(texts.get("cmd-open-room")).clicked() {
                output.open = true;
            }
        }
        ui.separator();
        settings_ui(ui, texts, map, panel, &mut output.room);
    });
    output
}

/// The open room's address, code and people (none in a build without the room).
#[cfg(not(feature = "room"))]
fn header_ui(_ui: &mut Ui, _texts: &Texts, room: &RoomSession, _first_open: bool) {
    match *room {}
}

/// The open room's address, code and people, and what the facilitator should know.
#[cfg(feature = "room")]
fn header_ui(ui: &mut Ui, texts: &Texts, room: &RoomSession, first_open: bool) {
    let server = room.server();
    if let Some((address, code)) = room.join() {
        if let Some(code) = code {
            qr_ui(ui, code, 180.0);
        }
        ui.label(egui::RichText::new(&address.base).size(20.0).strong());
    }
    let code = server.code();
    ui.label(texts.get("room-code-label"));
    let code_label = ui.label(egui::RichText::new(code).size(36.0).strong().monospace());
    let name = texts.get_with("room-code", &[("code", code.to_owned().into())]);
    code_label.widget_info(move || egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
    ui.label(texts.get_with("room-people", &[("count", server.people().into())]));
    // People come and go without sending anything: look again now and then.
    ui.ctx().request_repaint_after(PEOPLE_REFRESH);
    ui.weak(texts.get("room-plain-http"));
    if first_open {
        ui.weak(texts.get("room-firewall"));
    }
}

/// The modules of a QR code, made once and drawn every frame.
#[cfg(feature = "room")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrModules {
    /// Modules per side.
    width: usize,
    /// Whether each module is dark, row by row.
    dark: Vec<bool>,
}

#[cfg(feature = "room")]
impl QrModules {
    /// The code of `text`, or `None` when the text is too long for a code.
    pub fn of(text: &str) -> Option<Self> {
        let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
        Some(Self {
            width: code.width(),
            dark: code
                .to_colors()
                .into_iter()
                .map(|colour| colour == qrcode::Color::Dark)
                .collect(),
        })
    }
}

/// A QR code, `size` points wide with its quiet zone, dark on white so phones read
/// it from a projector too.
#[cfg(feature = "room")]
pub fn qr_ui(ui: &mut Ui, code: &QrModules, size: f32) {
    let width = code.width;
    let quiet = 4;
    let modules = width + 2 * quiet;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, egui::Color32::WHITE);
    #[allow(
        clippy::cast_precision_loss,
        reason = "a QR code is at most 177 modules wide"
    )]
    let module = size / modules as f32;
    for (index, dark) in code.dark.iter().enumerate() {
        if !dark {
            continue;
        }
        #[allow(
            clippy::cast_precision_loss,
            reason = "a QR code is at most 177 modules wide"
        )]
        let (x, y) = (
            (index % width + quiet) as f32,
            (index / width + quiet) as f32,
        );
        let min = rect.min + egui::vec2(x * module, y * module);
        // A hair wider than a module, so no seams show between neighbours.
        painter.rect_filled(
            egui::Rect::from_min_size(min, egui::vec2(module + 0.5, module + 0.5)),
            0.0,
            egui::Color32::BLACK,
        );
    }
}

/// Adds or removes `item` in an "empty means all" list of `all`.
fn toggle<T: Copy + PartialEq>(list: &mut Vec<T>, all: &[T], item: T, on: bool) {
    if list.is_empty() {
        list.extend_from_slice(all);
    }
    list.retain(|x| *x != item);
    if on {
        list.push(item);
    }
    if all.iter().all(|x| list.contains(x)) {
        list.clear();
    }
}

/// The room's mode, what is open for notes and votes, the dots, and clearing a round.
fn settings_ui(
    ui: &mut Ui,
    texts: &Texts,
    map: &Map,
    panel: &mut RoomPanel,
    room: &mut Vec<RoomEdit>,
) {
    let old = &map.room.settings;
    let mut settings: RoomSettings = old.clone();
    ui.horizontal_wrapped(|ui| {
        for mode in RoomMode::ALL {
            let id = match mode {
                RoomMode::Collect => "room-mode-collect",
                RoomMode::Vote => "room-mode-vote",
                RoomMode::Feel => "room-mode-feel",
            };
            ui.radio_value(&mut settings.mode, mode, texts.get(id));
        }
    });
    let lanes: Vec<_> = map.card_lanes().map(|lane| lane.id).collect();
    let stages: Vec<_> = map.stages.iter().map(|stage| stage.id).collect();
    match settings.mode {
        RoomMode::Collect => {
            ui.collapsing(texts.get("room-note-lanes"), |ui| {
                for lane in map.card_lanes() {
                    let mut on = settings.lane_open_for_notes(lane.id);
                    if ui.checkbox(&mut on, lane.title.as_str()).changed() {
                        toggle(&mut settings.note_lanes, &lanes, lane.id, on);
                    }
                }
            });
            ui.collapsing(texts.get("room-note-stages"), |ui| {
                for stage in &map.stages {
                    let mut on = settings.stage_open_for_notes(stage.id);
                    if ui.checkbox(&mut on, stage.title.as_str()).changed() {
                        toggle(&mut settings.note_stages, &stages, stage.id, on);
                    }
                }
            });
        }
        RoomMode::Vote => {
            ui.collapsing(texts.get("room-vote-lanes"), |ui| {
                for lane in map.card_lanes() {
                    let mut on = settings.lane_open_for_votes(lane.id);
                    if ui.checkbox(&mut on, lane.title.as_str()).changed() {
                        toggle(&mut settings.vote_lanes, &lanes, lane.id, on);
                    }
                }
            });
            ui.horizontal(|ui| {
                let label = ui.label(texts.get("room-dots"));
                ui.add(egui::DragValue::new(&mut settings.dots).range(DOTS_RANGE))
                    .labelled_by(label.id);
            });
            clear_ui(
                ui,
                texts,
                panel,
                room,
                RoomEdit::ClearDots,
                "room-clear-dots",
            );
        }
        RoomMode::Feel => {
            clear_ui(
                ui,
                texts,
                panel,
                room,
                RoomEdit::ClearFeelings,
                "room-clear-feelings",
            );
        }
    }
    if settings != *old {
        room.push(RoomEdit::Settings(settings));
    }
}

/// A "clear" button that asks first.
fn clear_ui(
    ui: &mut Ui,
    texts: &Texts,
    panel: &mut RoomPanel,
    room: &mut Vec<RoomEdit>,
    edit: RoomEdit,
    label: &str,
) {
    if panel.confirm.as_ref() == Some(&edit) {
        ui.label(texts.get("room-clear-sure"));
        ui.horizontal(|ui| {
            if ui.button(texts.get(label)).clicked() {
                room.push(edit);
                panel.confirm = None;
            }
            if ui.button(texts.get("room-keep")).clicked() {
                panel.confirm = None;
            }
        });
    } else if ui.button(format!("{}…", texts.get(label))).clicked() {
        panel.confirm = Some(edit);
    }
}
