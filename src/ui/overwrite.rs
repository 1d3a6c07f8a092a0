//! "Replace the existing file?": asked before an export or a Save as would write over files that
//! are already there, naming every one of them (each slide of a series), so a facilitator never
//! loses the picture made a minute ago to the next export.

use std::path::PathBuf;

use egui::{Modal, Ui};

use super::commands::ExportKind;
use super::file_dialog::ExportOptions;
use super::shell::AfterConfirm;
use crate::export::job::Made;
use crate::i18n::Texts;

/// What waits for the answer.
pub(super) enum Held {
    /// An export, made and not yet written.
    Export {
        /// What was exported, to ask again for another name.
        kind: ExportKind,
        /// How, likewise.
        options: ExportOptions,
        /// The name the user gave.
        path: PathBuf,
        /// The files, ready to write.
        made: Made,
    },
    /// A Save as to a file that is not the map's own.
    Save {
        /// Where to save.
        path: PathBuf,
        /// What to do once the map is saved.
        after: Option<AfterConfirm>,
    },
}

/// The question, with what waits for it.
pub(super) struct Overwrite {
    /// The export or save held back.
    pub held: Held,
    /// The files that would be replaced, in order.
    pub existing: Vec<PathBuf>,
}

/// The user's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Choice {
    /// Write over the files.
    Replace,
    /// Back to the file name.
    AnotherName,
    /// Write nothing.
    Cancel,
}

/// Asks whether to replace `existing`; `None` while the user decides. Esc cancels.
pub(super) fn overwrite_ui(ui: &Ui, texts: &Texts, existing: &[PathBuf]) -> Option<Choice> {
    let count = i64::try_from(existing.len()).unwrap_or(i64::MAX);
    let mut choice = None;
    let modal = Modal::new(egui::Id::unique("journeymap-overwrite")).show(ui.ctx(), |ui| {
        ui.set_max_width(520.0);
        ui.heading(texts.get_with("overwrite-title", &[("count", count.into())]));
        ui.label(texts.get_with("overwrite-body", &[("count", count.into())]));
        // A long series scrolls rather than pushing the buttons off a laptop's screen.
        egui::ScrollArea::vertical()
            .max_height(160.0)
            .show(ui, |ui| {
                for path in existing {
                    ui.label(egui::RichText::new(path.display().to_string()).monospace());
                }
            });
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            for (id, answer) in [
                ("overwrite-replace", Choice::Replace),
                ("overwrite-another-name", Choice::AnotherName),
                ("dialog-cancel", Choice::Cancel),
            ] {
                if ui.button(texts.get(id)).clicked() {
                    choice = Some(answer);
                }
            }
        });
    });
    if choice.is_none() && modal.should_close() {
        choice = Some(Choice::Cancel);
    }
    choice
}
