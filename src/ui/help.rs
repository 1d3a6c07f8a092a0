//! Help ▸ Keyboard shortcuts and Help ▸ About.
//!
//! The shortcut list is made from the command table, the one place that binds keys, so it can
//! never tell a user a key that does nothing; the gestures on the map, which are not commands,
//! follow it.

use egui::{Context, Ui};

use super::shell::EditorApp;
use crate::i18n::{self, Texts};
use crate::ui::commands::{Command, shortcut_text};

/// Which Help window is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Help {
    /// Version, licence and where journeymap keeps its files.
    About,
    /// Every shortcut.
    Shortcuts,
}

/// The gestures on the map that no command stands for: what a user does with the pointer and
/// while typing into a card, as message ids of the gesture and of what it does.
const GESTURES: &[(&str, &str)] = &[
    (
        "help-gesture-double-click",
        "help-gesture-double-click-does",
    ),
    ("help-gesture-enter", "help-gesture-enter-does"),
    ("help-gesture-tab", "help-gesture-tab-does"),
    ("help-gesture-escape", "help-gesture-escape-does"),
    ("help-gesture-drag", "help-gesture-drag-does"),
    ("help-gesture-ctrl-scroll", "help-gesture-ctrl-scroll-does"),
];

impl EditorApp {
    /// The Help window, while one is open.
    pub(super) fn help_ui(&mut self, ctx: &Context) {
        let Some(help) = self.help else {
            return;
        };
        let texts = i18n::texts(self.lang);
        let mut open = true;
        let title = match help {
            Help::About => texts.get("help-about-title"),
            Help::Shortcuts => texts.get("help-shortcuts-title"),
        };
        egui::Window::new(title)
            .open(&mut open)
            .collapsible(false)
            .default_width(520.0)
            .show(ctx, |ui| match help {
                Help::About => self.about_ui(ui, texts),
                Help::Shortcuts => shortcuts_ui(ui, texts),
            });
        if !open || ctx.input(|input| input.key_pressed(egui::Key::Escape)) {
            self.help = None;
        }
    }

    fn about_ui(&self, ui: &mut Ui, texts: &Texts) {
        ui.heading(format!("journeymap {}", env!("CARGO_PKG_VERSION")));
        ui.label(texts.get("help-about-what"));
        ui.add_space(8.0);
        ui.label(texts.get_with(
            "help-about-licence",
            &[("licence", env!("CARGO_PKG_LICENSE").into())],
        ));
        ui.add_space(8.0);
        ui.strong(texts.get("help-about-files"));
        let unknown = || texts.get("help-about-unknown-folder");
        let settings = eframe::storage_dir(super::APP_ID)
            .map_or_else(unknown, |dir| dir.display().to_string());
        let recovery = self
            .recovery
            .as_ref()
            .map_or_else(unknown, |store| store.dir().display().to_string());
        egui::Grid::new("journeymap-about-files")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                ui.label(texts.get("help-about-maps"));
                ui.label(texts.get("help-about-maps-where"));
                ui.end_row();
                ui.label(texts.get("help-about-recovery"));
                ui.monospace(recovery);
                ui.end_row();
                ui.label(texts.get("help-about-settings"));
                ui.monospace(settings);
                ui.end_row();
            });
    }
}

/// Every command with a key, in the order of the command palette, then the gestures.
fn shortcuts_ui(ui: &mut Ui, texts: &Texts) {
    let ctx = ui.ctx().clone();
    egui::ScrollArea::vertical()
        .max_height(ui.ctx().content_rect().height() * 0.7)
        .show(ui, |ui| {
            egui::Grid::new("journeymap-shortcuts")
                .num_columns(2)
                .striped(true)
                .spacing([24.0, 4.0])
                .show(ui, |ui| {
                    for &command in Command::ALL {
                        let keys = command.shortcuts();
                        if keys.is_empty() {
                            continue;
                        }
                        ui.label(texts.get(command.label_id()));
                        let keys: Vec<String> = keys
                            .iter()
                            .map(|key| shortcut_text(&ctx, texts, *key))
                            .collect();
                        ui.monospace(keys.join("  ·  "));
                        ui.end_row();
                    }
                });
            ui.add_space(12.0);
            ui.strong(texts.get("help-gestures"));
            egui::Grid::new("journeymap-gestures")
                .num_columns(2)
                .striped(true)
                .spacing([24.0, 4.0])
                .show(ui, |ui| {
                    for (gesture, does) in GESTURES {
                        ui.monospace(texts.get(gesture));
                        ui.label(texts.get(does));
                        ui.end_row();
                    }
                });
        });
}
