//! Asking for a file name: a path field that always works, plus the system's file chooser where
//! one is available. On desktops without a file-chooser portal the system dialog returns nothing
//! at once, and the path field keeps the user from being locked out of their files.

use std::path::PathBuf;

use egui::{Modal, Ui};

use super::commands::ExportKind;
use crate::export::slides::{Aspect, SlideFormat};
use crate::export::stages::StageRange;
use crate::export::vector::PageSize;
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
    /// Choose where to export, and how.
    Export(ExportKind),
    /// Choose a picture of the persona.
    Photo,
    /// Choose a table or a Mermaid journey to make a new map from.
    Import,
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
    /// How to export, for [`Purpose::Export`].
    pub export: ExportOptions,
}

/// The choices of the export dialog.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    /// Pixels per point of a picture; on slides 1 is Full HD and 2 is 4K.
    pub scale: f32,
    /// Transparent background (whole-map pictures).
    pub transparent: bool,
    /// The slides' shape.
    pub aspect: Aspect,
    /// The map's stage titles, to choose from.
    pub stage_titles: Vec<String>,
    /// The first and last stage to export, by position.
    pub stages: (usize, usize),
    /// The PDF's page.
    pub page: PageSize,
    /// A deck ends with the priority matrix on a slide of its own.
    pub matrix_slide: bool,
}

impl ExportOptions {
    /// All stages of a map with `stage_titles`, at 2×, on 16:9 slides.
    pub fn new(stage_titles: Vec<String>) -> Self {
        let last = stage_titles.len().saturating_sub(1);
        Self {
            scale: 2.0,
            transparent: false,
            aspect: Aspect::Wide,
            stage_titles,
            stages: (0, last),
            page: PageSize::Fit,
            matrix_slide: false,
        }
    }

    /// The stages chosen, or `None` for all of them.
    pub fn stage_range(&self) -> Option<StageRange> {
        let (first, last) = self.stages;
        let all = first == 0 && last + 1 >= self.stage_titles.len();
        (!all && first <= last).then_some(StageRange { first, last })
    }
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
            export: ExportOptions::new(Vec::new()),
        }
    }

    /// An export dialog for a map with `stage_titles`.
    pub fn export(kind: ExportKind, path: String, stage_titles: Vec<String>) -> Self {
        Self::export_with(kind, path, ExportOptions::new(stage_titles))
    }

    /// An export dialog with `options` chosen already: back from "replace the existing
    /// files?" to choose another name, the rest as the user left it.
    pub fn export_with(kind: ExportKind, path: String, options: ExportOptions) -> Self {
        Self {
            export: options,
            ..Self::new(Purpose::Export(kind), path)
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
            Purpose::Export(kind) => texts.get(export_title_id(kind)),
            Purpose::Photo => texts.get("dialog-photo-title"),
            Purpose::Import => texts.get("import-dialog-title"),
        };
        let modal = Modal::new(egui::Id::unique("journeymap-file-dialog")).show(ui.ctx(), |ui| {
            ui.set_min_width(480.0);
            ui.heading(&title);
            ui.label(texts.get("dialog-path-hint"));
            if self.purpose == Purpose::Photo {
                ui.label(egui::RichText::new(texts.get("dialog-photo-hint")).weak());
            }
            if self.purpose == Purpose::Import {
                ui.label(egui::RichText::new(texts.get("import-dialog-hint")).weak());
            }
            // The example path has the extension of what the dialog asks for.
            let example = match self.purpose {
                Purpose::Open | Purpose::SaveAs => "~/maps/journey.ron".to_owned(),
                Purpose::Export(kind) => format!("~/maps/journey.{}", kind.extension()),
                Purpose::Photo => "~/maps/photos/persona.jpg".to_owned(),
                Purpose::Import => "~/maps/journey.xlsx".to_owned(),
            };
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.path)
                        .desired_width(f32::INFINITY)
                        .hint_text(example),
                )
                .accessible_name(texts.get("dialog-path"));
            field.request_focus();
            if let Purpose::Export(kind) = self.purpose {
                self.export_options_ui(ui, texts, kind);
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
                    Purpose::Export(_) => texts.get("dialog-export"),
                    Purpose::Photo => texts.get("dialog-photo"),
                    Purpose::Import => texts.get("import-dialog-confirm"),
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

    fn export_options_ui(&mut self, ui: &mut Ui, texts: &Texts, kind: ExportKind) {
        let options = &mut self.export;
        match kind {
            ExportKind::Picture | ExportKind::Matrix => {
                ui.horizontal(|ui| {
                    ui.label(texts.get("dialog-export-scale"));
                    for scale in [1.0, 2.0, 3.0, 4.0] {
                        ui.radio_value(&mut options.scale, scale, format!("{scale}×"));
                    }
                });
                ui.label(
                    egui::RichText::new(texts.get("dialog-export-scale-hint"))
                        .weak()
                        .small(),
                );
                if kind == ExportKind::Matrix {
                    ui.label(
                        egui::RichText::new(texts.get("dialog-export-matrix-hint"))
                            .weak()
                            .small(),
                    );
                } else {
                    ui.checkbox(
                        &mut options.transparent,
                        texts.get("dialog-export-transparent"),
                    );
                }
            }
            ExportKind::Slides | ExportKind::Deck => {
                ui.horizontal(|ui| {
                    ui.label(texts.get("dialog-export-slide-shape"));
                    for aspect in [Aspect::Wide, Aspect::Standard] {
                        ui.radio_value(&mut options.aspect, aspect, aspect.label());
                    }
                });
                ui.horizontal(|ui| {
                    ui.label(texts.get("dialog-export-slide-size"));
                    for (scale, id) in [
                        (1.0, "dialog-export-slide-full-hd"),
                        (2.0, "dialog-export-slide-4k"),
                    ] {
                        let size = SlideFormat::new(options.aspect, scale).size_px();
                        let label = texts.get_with(
                            id,
                            &[
                                ("width", i64::from(size[0]).into()),
                                ("height", i64::from(size[1]).into()),
                            ],
                        );
                        ui.radio_value(&mut options.scale, scale, label);
                    }
                });
                if kind == ExportKind::Deck {
                    ui.checkbox(
                        &mut options.matrix_slide,
                        texts.get("dialog-export-deck-matrix"),
                    );
                }
                let hint = if kind == ExportKind::Deck {
                    "dialog-export-deck-hint"
                } else {
                    "dialog-export-slides-series-hint"
                };
                ui.label(egui::RichText::new(texts.get(hint)).weak().small());
            }
            ExportKind::Pdf => {
                ui.horizontal(|ui| {
                    ui.label(texts.get("dialog-export-page"));
                    ui.radio_value(
                        &mut options.page,
                        PageSize::Fit,
                        texts.get("dialog-export-page-fit"),
                    );
                    for page in [PageSize::A4, PageSize::A3, PageSize::A1, PageSize::A0] {
                        ui.radio_value(&mut options.page, page, page.name());
                    }
                });
                ui.label(
                    egui::RichText::new(texts.get("dialog-export-pdf-hint"))
                        .weak()
                        .small(),
                );
            }
            ExportKind::Svg | ExportKind::Mermaid => {
                let hint = if kind == ExportKind::Svg {
                    "dialog-export-svg-hint"
                } else {
                    "dialog-export-mermaid-hint"
                };
                ui.label(egui::RichText::new(texts.get(hint)).weak().small());
            }
            ExportKind::Table => {}
        }
        // The table lists every touchpoint and the matrix every rated one, whatever the stage;
        // a Mermaid journey holds the whole map.
        let staged = !matches!(
            kind,
            ExportKind::Table | ExportKind::Matrix | ExportKind::Mermaid
        );
        if staged && options.stage_titles.len() > 1 {
            stages_ui(ui, texts, options);
        }
    }

    fn browse(&self) -> Option<PathBuf> {
        // The system chooser starts where the path field points, with its name filled in.
        let typed = expand_home(self.path.trim());
        let start = || {
            let mut chooser = rfd::FileDialog::new();
            if let Some(folder) = typed.parent().filter(|folder| folder.is_dir()) {
                chooser = chooser.set_directory(folder);
            }
            if let Some(name) = typed.file_name() {
                chooser = chooser.set_file_name(name.to_string_lossy());
            }
            chooser
        };
        match self.purpose {
            Purpose::Open => rfd::FileDialog::new()
                .add_filter("journeymap", &["ron"])
                .pick_file(),
            Purpose::SaveAs => start().add_filter("journeymap", &["ron"]).save_file(),
            Purpose::Export(kind) => start()
                .add_filter(kind.extension().to_uppercase(), &[kind.extension()])
                .save_file(),
            Purpose::Photo => rfd::FileDialog::new()
                .add_filter("PNG, JPEG", &["png", "jpg", "jpeg"])
                .pick_file(),
            Purpose::Import => rfd::FileDialog::new()
                .add_filter(
                    "CSV, TSV, Excel, OpenDocument, Mermaid, Markdown",
                    super::import_flow::EXTENSIONS,
                )
                .pick_file(),
        }
    }
}

/// "Stages: [Awareness] to [Purchase]": two lists of the map's stages.
fn stages_ui(ui: &mut Ui, texts: &Texts, options: &mut ExportOptions) {
    let titles = &options.stage_titles;
    let (first, last) = &mut options.stages;
    ui.horizontal(|ui| {
        ui.label(texts.get("dialog-export-stages"));
        stage_choice(ui, &texts.get("dialog-export-first-stage"), titles, first);
        ui.label(texts.get("dialog-export-stages-to"));
        stage_choice(ui, &texts.get("dialog-export-last-stage"), titles, last);
    });
    // Choosing a first stage after the last (or the other way) moves the other end along.
    if *first > *last {
        *last = *first;
    }
}

/// A drop-down of the stages, labelled `label` for screen readers.
fn stage_choice(ui: &mut Ui, label: &str, titles: &[String], chosen: &mut usize) {
    let name = |index: usize| {
        titles.get(index).map_or_else(String::new, |title| {
            format!("{}. {}", index + 1, title.trim())
        })
    };
    let _ = egui::ComboBox::from_id_salt(("journeymap-export-stage", label))
        .selected_text(name(*chosen))
        .show_ui(ui, |ui| {
            for index in 0..titles.len() {
                ui.selectable_value(chosen, index, name(index));
            }
        })
        .response
        .accessible_name(label);
}

/// The export dialog's title for `kind`.
fn export_title_id(kind: ExportKind) -> &'static str {
    match kind {
        ExportKind::Picture => "dialog-export-title",
        ExportKind::Slides => "dialog-export-slides-title",
        ExportKind::Deck => "dialog-export-deck-title",
        ExportKind::Svg => "dialog-export-svg-title",
        ExportKind::Pdf => "dialog-export-pdf-title",
        ExportKind::Table => "dialog-export-csv-title",
        ExportKind::Matrix => "dialog-export-matrix-title",
        ExportKind::Mermaid => "dialog-export-mermaid-title",
    }
}

/// `~/x` → the home folder's `x`.
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), directories::BaseDirs::new()) {
        (Some(rest), Some(dirs)) => dirs.home_dir().join(rest),
        _ => PathBuf::from(path),
    }
}
