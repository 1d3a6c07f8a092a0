//! The "Backups to keep" setting: how many previous versions a save keeps beside the map.
//! A setting of the editor, not of a map, so it lives in eframe's settings storage next to the
//! recent files.

use egui::Ui;

use crate::file::{DEFAULT_BACKUPS, MAX_BACKUPS};
use crate::i18n::Texts;

/// Key of the setting in eframe's settings storage.
const BACKUPS_KEY: &str = "journeymap-backups";

/// The stored setting, or the default; a value out of range (an edited settings file) is
/// brought into range rather than trusted.
pub fn load(storage: Option<&dyn eframe::Storage>) -> u8 {
    storage
        .and_then(|storage| eframe::get_value::<u8>(storage, BACKUPS_KEY))
        .map_or(DEFAULT_BACKUPS, |backups| backups.min(MAX_BACKUPS))
}

/// Stores the setting.
pub fn store(storage: &mut dyn eframe::Storage, backups: u8) {
    eframe::set_value(storage, BACKUPS_KEY, &backups);
}

/// A submenu of the File menu choosing 0 to [`MAX_BACKUPS`] backups.
pub fn backups_menu_ui(ui: &mut Ui, texts: &Texts, backups: &mut u8) {
    let label = texts.get_with("save-backups", &[("count", (*backups).into())]);
    ui.menu_button(label, |ui| {
        ui.label(texts.get("save-backups-hint"));
        ui.separator();
        for count in 0..=MAX_BACKUPS {
            let name = texts.get_with("save-backups-count", &[("count", count.into())]);
            if ui.radio(*backups == count, name).clicked() {
                *backups = count;
                ui.close();
            }
        }
    });
}
