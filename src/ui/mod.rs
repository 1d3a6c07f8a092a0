//! The editor: an eframe app around the shared painter.
//!
//! - `shell`: the application — settings, the open map, menus, panels, dialogs, the frame.
//! - `session`: one open map — its document, file, autosave, photo, layout and canvas.
//! - `dispatch`: the one place actions and commands change a map or the editor.
//! - `file_flows`: opening, saving, exporting, and the questions they ask.
//! - `commands` and `menus`: the one command table, and every menu drawn from it.
//! - `canvas`: the map on screen and everything done on it.
//! - `analysis`: the panel of touchpoint-management views and customer questions.
//! - `tabs`: several maps open at once.
//! - `compare`: the shown map compared with another, read only.
//! - `paste_preview` and `import_flow`: a pasted or imported table shown before it changes
//!   anything; File ▸ Import.

pub mod analysis;
pub mod autosave;
mod backup_setting;
mod canvas;
pub mod clipboard;
mod clipboard_source;
mod command_palette;
mod commands;
mod compare;
mod dispatch;
mod export_flow;
mod file_dialog;
mod file_flows;
mod find;
mod help;
mod import_flow;
mod inspector;
mod map_info;
mod menus;
mod new_map;
mod overwrite;
mod palette;
mod paste_preview;
mod paste_table;
mod persona_photo;
mod recent;
mod recovery_flow;
mod recovery_offer;
mod room;
mod save_conflict;
mod save_errors;
mod session;
mod sharp_text;
mod shell;
mod start;
mod status;
mod suggested_names;
mod tabs;
mod templates;
mod templates_flow;
mod typing;

pub use canvas::{Canvas, Slide, slot_at};
pub use clipboard_source::ClipboardSource;
pub use commands::{Command, Direction, ExportKind, Focus};
pub use palette::{Palette, PaletteItem};
pub use session::MapSession;
pub use shell::EditorApp;

use crate::edit::{Edit, GroupOwner, Slot};

/// What a part of the UI asks for; the editor carries it out at the end of the frame, in one
/// place (`dispatch`).
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
    /// Run a command on what it was asked for.
    Run(Command, Focus),
    /// Paste clipboard text: journeymap cards after the selected card, or into their lanes.
    Paste(String),
    /// Add the touchpoint dragged out of the palette at a slot (a touchpoint card, or a note
    /// in a text lane).
    AddFromPalette {
        /// What was dragged.
        item: PaletteItem,
        /// Where it was dropped.
        slot: Slot,
    },
}

/// The application id: the name of the desktop entry (`journeymap.desktop`) and of eframe's
/// settings folder.
pub const APP_ID: &str = "journeymap";

/// The window icon, from the icon's 256-pixel rendering; no icon (the system's generic one)
/// if it could not be decoded, which the test of the bundled icon rules out.
fn window_icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon/png/journeymap-256.png"))
        .unwrap_or_default()
}

/// Opens the editor window on `map` (read from `path`), or on the start screen when there is
/// no map; `open_error` is said on the start screen (the map the user asked for could not be
/// opened — a double-click in a file manager is never silent). Blocks until the window closes.
pub fn run(
    map: Option<(
        crate::model::Map,
        std::path::PathBuf,
        Vec<crate::file::LoadNote>,
    )>,
    open_error: Option<crate::file::FileError>,
) -> eframe::Result {
    // A crash never costs work: a panic writes the unsaved map to its recovery slot first.
    crate::recovery::crash::install_hook();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([640.0, 400.0])
            .with_title("journeymap")
            // The desktop entry's name: Wayland and X11 docks match the window to it.
            .with_app_id(APP_ID)
            .with_icon(window_icon()),
        ..Default::default()
    };
    eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            let mut app = match map {
                Some((map, path, notes)) => {
                    let mut app = EditorApp::new(&cc.egui_ctx, map, Some(path));
                    app.load_settings(cc.storage);
                    app.say_load_notes(&notes);
                    app
                }
                None => EditorApp::start(&cc.egui_ctx, cc.storage),
            };
            app.set_clipboard(ClipboardSource::System);
            if let Some(error) = &open_error {
                app.say_open_failed(error);
            }
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

#[cfg(test)]
mod tests {
    /// The bundled icon decodes, so the window never falls back to the system's generic one.
    #[test]
    fn the_window_icon_is_the_bundled_one() {
        let icon = super::window_icon();
        assert_eq!((icon.width, icon.height), (256, 256));
        assert!(
            icon.rgba.chunks(4).any(|pixel| pixel[3] == 255),
            "not blank"
        );
    }
}
