//! "Changed on disk": asked before a save would overwrite a map file that another program
//! (a sync client, a colleague on a shared drive, a second window) changed, replaced or
//! deleted since the editor opened or last saved it.

use egui::Ui;

use crate::file::DiskChange;
use crate::i18n::Texts;

/// What the user chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictChoice {
    /// Write the map over whatever is there now (the replaced file becomes the backup).
    Overwrite,
    /// Choose another name, keeping both.
    SaveAs,
    /// Do not save now.
    Cancel,
}

/// Shows the question for the file `name` as a modal; returns the answer once given.
pub fn save_conflict_ui(
    ui: &Ui,
    texts: &Texts,
    name: &str,
    change: DiskChange,
) -> Option<ConflictChoice> {
    let (title_id, body_id) = match change {
        DiskChange::Missing => ("save-conflict-missing", "save-conflict-body-missing"),
        DiskChange::Changed | DiskChange::Unchanged => {
            ("save-conflict-changed", "save-conflict-body")
        }
    };
    let mut choice = None;
    egui::Modal::new(egui::Id::unique("journeymap-save-conflict")).show(ui.ctx(), |ui| {
        ui.set_max_width(520.0);
        ui.heading(texts.get_with(title_id, &[("file", name.into())]));
        ui.label(texts.get(body_id));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            for (id, answer) in [
                ("save-conflict-overwrite", ConflictChoice::Overwrite),
                ("cmd-save-as", ConflictChoice::SaveAs),
                ("dialog-cancel", ConflictChoice::Cancel),
            ] {
                if ui.button(texts.get(id)).clicked() {
                    choice = Some(answer);
                }
            }
        });
        if ui.input(|input| input.key_pressed(egui::Key::Escape)) {
            choice = Some(ConflictChoice::Cancel);
        }
    });
    choice
}
