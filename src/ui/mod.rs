//! The editor: an eframe app around the shared painter.

mod a11y;
mod app;
pub mod autosave;
mod backup_setting;
mod canvas;
pub mod clipboard;
mod commands;
mod connections;
mod file_dialog;
mod header_drag;
mod headers;
mod inspector;
mod map_info;
mod new_map;
mod palette;
mod persona_photo;
mod recovery_offer;
mod save_conflict;
mod save_errors;
mod start;
mod typing;

pub use app::EditorApp;
pub use canvas::{Canvas, slot_at};
pub use commands::Command;
pub use palette::{Palette, PaletteItem};

use crate::edit::{Edit, GroupOwner};

/// What a part of the UI asks for; the app carries it out at the end of the frame, in one place.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Open an undo group for a gesture (a drag begins, a field gains the focus).
    Begin(GroupOwner),
    /// Apply an edit (boxed: edits carry whole cards and personas).
    Edit(Box<Edit>),
    /// End the gesture's group as one undo step.
    Commit(GroupOwner),
    /// End the gesture's group and restore the map.
    Cancel(GroupOwner),
    /// Run a command.
    Command(Command),
}

/// Opens the editor window on `map` (read from `path`), or on the start screen when there is
/// no map. Blocks until the window closes.
pub fn run(map: Option<(crate::model::Map, std::path::PathBuf)>) -> eframe::Result {
    crate::recovery::crash::install_hook();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([640.0, 400.0])
            .with_title("journeymap"),
        ..Default::default()
    };
    eframe::run_native(
        "journeymap",
        options,
        Box::new(move |cc| {
            let app = match map {
                Some((map, path)) => {
                    let mut app = EditorApp::new(&cc.egui_ctx, map, Some(path));
                    app.load_recent(cc.storage);
                    app
                }
                None => EditorApp::start(&cc.egui_ctx, cc.storage),
            };
            // JOURNEYMAP_RECOVERY_DIR moves the recovery copies, e.g. onto a disk with room.
            let store = std::env::var_os("JOURNEYMAP_RECOVERY_DIR")
                .map(crate::recovery::RecoveryStore::new)
                .or_else(crate::recovery::RecoveryStore::platform);
            Ok(Box::new(match store {
                Some(store) => app.with_recovery(store),
                None => app,
            }))
        }),
    )
}
