//! Asking for a file name: a path field that always works, plus the system's file chooser where
//! one is available. On desktops without a file-chooser portal the system dialog returns nothing
//! at once, and the path field keeps the user from being locked out of their files.

use std::path::PathBuf;

use egui::{Modal, Ui};

use crate::i18n::Texts;

/// A file chooser that answers "nothing chosen" quicker than this was never shown.
const NO_CHOOSER_ANSWER: std::time::Duration = std::time::Duration::from_millis(300);

/// What the dialog is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Choose a map to open.
    Open,
    /// Choose where to save the map.
    SaveAs,
    /// Choose where to export the picture, and at what scale.
    ExportPng,
    /// Choose a picture of the persona.
    Photo,
}

/// An open file-name dialog.
#[derive(Debug)]
pub struct FileDialog {
    /// What it is for.
    pub purpose: Purpose,
    path: String,
    /// Set when "Browse…" found no file chooser on this system: the dialog says so beside the
    /// button instead of doing nothing.
    no_chooser: bool,
    /// Export scale (pixels per point), for [`Purpose::ExportPng`].
    pub scale: f32,
    /// Transparent background, for [`Purpose::ExportPng`].
    pub transparent: bool,
}

/// What the user decided.
pub enum Outcome {
    /// Still deciding.
    Open,
    /// Chose this path.
    Chosen(PathBuf),
    /// Closed the dialog without choosing.
    Cancelled,
}

impl FileDialog {
    /// A dialog starting with `path` filled in.
    pub fn new(purpose: Purpose, path: String) -> Self {
        Self {
            purpose,
            path,
            no_chooser: false,
            scale: 2.0,
            transparent: false,
        }
    }

    /// Shows the dialog. Enter confirms (the path field has the keyboard all along), Esc
    /// cancels.
    pub fn ui(&mut self, ui: &Ui, texts: &Texts) -> Outcome {
        let mut outcome = Outcome::Open;
        let (enter, escape) = ui.ctx().input_mut(|input| {
            (
                input.consume_key(egui::Modifiers::NONE, egui::Key::Enter),
                input.consume_key(egui::Modifiers::NONE, egui::Key::Escape),
            )
        });
        if escape {
            return Outcome::Cancelled;
        }
        let title = match self.purpose {
            Purpose::Open => texts.get("dialog-open-title"),
            Purpose::SaveAs => texts.get("dialog-save-title"),
            Purpose::ExportPng => texts.get("dialog-export-title"),
            Purpose::Photo => texts.get("dialog-photo-title"),
        };
        let modal = Modal::new(egui::Id::unique("journeymap-file-dialog")).show(ui.ctx(), |ui| {
            ui.set_min_width(480.0);
            ui.heading(&title);
            ui.label(texts.get("dialog-path-hint"));
            if self.purpose == Purpose::Photo {
                ui.label(egui::RichText::new(texts.get("dialog-photo-hint")).weak());
            }
            // The example path has the extension of what the dialog asks for.
            let example = match self.purpose {
                Purpose::Open | Purpose::SaveAs => "~/maps/journey.ron",
                Purpose::ExportPng => "~/maps/journey.png",
                Purpose::Photo => "~/maps/photos/persona.jpg",
            };
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.path)
                        .desired_width(f32::INFINITY)
                        .hint_text(example),
                )
                .accessible_name(texts.get("dialog-path"));
            field.request_focus();
            if self.purpose == Purpose::ExportPng {
                self.export_options_ui(ui, texts);
            }
            ui.horizontal(|ui| {
                if ui.button(texts.get("dialog-browse")).clicked() {
                    let asked = std::time::Instant::now();
                    match self.browse() {
                        Some(path) => {
                            self.path = path.display().to_string();
                            self.no_chooser = false;
                        }
                        // Nobody opens and cancels a file chooser this fast: none was shown
                        // (a Linux desktop without a file-chooser portal answers at once).
                        None => self.no_chooser = asked.elapsed() < NO_CHOOSER_ANSWER,
                    }
                }
                let confirm = match self.purpose {
                    Purpose::Open => texts.get("dialog-open"),
                    Purpose::SaveAs => texts.get("dialog-save"),
                    Purpose::ExportPng => texts.get("dialog-export"),
                    Purpose::Photo => texts.get("dialog-photo"),
                };
                if (ui.button(confirm).clicked() || enter) && !self.path.trim().is_empty() {
                    outcome = Outcome::Chosen(expand_home(self.path.trim()));
                }
                if ui.button(texts.get("dialog-cancel")).clicked() {
                    outcome = Outcome::Cancelled;
                }
            });
            if self.no_chooser {
                ui.label(
                    egui::RichText::new(texts.get("dialog-no-chooser"))
                        .color(ui.visuals().warn_fg_color),
                );
            }
        });
        if modal.should_close() && matches!(outcome, Outcome::Open) {
            outcome = Outcome::Cancelled;
        }
        outcome
    }

    fn export_options_ui(&mut self, ui: &mut Ui, texts: &Texts) {
        ui.horizontal(|ui| {
            ui.label(texts.get("dialog-export-scale"));
            for scale in [1.0, 2.0, 3.0, 4.0] {
                ui.radio_value(&mut self.scale, scale, format!("{scale}×"));
            }
        });
        ui.label(
            egui::RichText::new(texts.get("dialog-export-scale-hint"))
                .weak()
                .small(),
        );
        ui.checkbox(
            &mut self.transparent,
            texts.get("dialog-export-transparent"),
        );
    }

    fn browse(&self) -> Option<PathBuf> {
        match self.purpose {
            Purpose::Open => rfd::FileDialog::new()
                .add_filter("journeymap", &["ron"])
                .pick_file(),
            Purpose::SaveAs => rfd::FileDialog::new()
                .add_filter("journeymap", &["ron"])
                .set_file_name("journey.ron")
                .save_file(),
            Purpose::ExportPng => rfd::FileDialog::new()
                .add_filter("PNG", &["png"])
                .set_file_name("journey.png")
                .save_file(),
            Purpose::Photo => rfd::FileDialog::new()
                .add_filter("PNG, JPEG", &["png", "jpg", "jpeg"])
                .pick_file(),
        }
    }
}

/// `~/x` → the home folder's `x`.
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), directories::BaseDirs::new()) {
        (Some(rest), Some(dirs)) => dirs.home_dir().join(rest),
        _ => PathBuf::from(path),
    }
}
