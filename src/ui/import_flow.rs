//! File ▸ Import and pasted tables: a spreadsheet table goes through the preview (into the
//! open map when pasted, into a new map when imported), a Mermaid journey opens as a new map
//! (with a choice when a Markdown file holds several), and a file that cannot be read says why
//! in a dialog, the open maps untouched. An imported map opens unsaved in a tab of its own, like
//! a map started from a template, and asks to be saved before it is closed.

use std::io::Read as _;
use std::path::Path;

use egui::{Context, RichText};

use super::paste_preview::summary::Summary;
use super::paste_preview::{PastePreview, PreviewOutcome};
use super::session::MapSession;
use super::shell::EditorApp;
use super::status::Cause;
use crate::edit::Edit;
use crate::i18n::{self, Texts};
use crate::import::table;
use crate::model::Map;

/// The extensions File ▸ Import reads.
pub const EXTENSIONS: &[&str] = &["csv", "tsv", "txt", "xlsx", "ods", "mmd", "md"];

/// A paste or an import waiting for the user.
#[derive(Debug)]
pub enum Importing {
    /// A table, shown before anything changes.
    Preview(Box<PastePreview>),
    /// A Markdown file with several journeys: which one to open.
    Choose {
        /// The file's name.
        file: String,
        /// The journeys, in the file's order.
        maps: Vec<Map>,
        /// The one chosen.
        chosen: usize,
        /// What the reader wants the user to know, in the user's language.
        notes: Vec<String>,
    },
    /// The file could not be imported: why, with the line where that helps.
    Failed {
        /// The file's name.
        file: String,
        /// What went wrong, in the user's language.
        message: String,
    },
}

/// What the user decided in one of the import's dialogs. One value a frame, moved once: its
/// size does not matter, and boxing the edit would only add a step to every reader.
#[allow(clippy::large_enum_variant)]
enum Decision {
    Stay,
    Preview(PreviewOutcome),
    Open(Box<Map>, Vec<String>, usize),
    Close,
}

impl EditorApp {
    /// Imports the file at `path` as a new map: a table opens the preview, a Mermaid journey
    /// opens at once (a Markdown file with several asks which). Nothing open changes; a file
    /// that cannot be read says why.
    pub fn import(&mut self, path: &Path) {
        let texts = i18n::texts(self.lang);
        let file = super::file_flows::display_name(path);
        let bytes = match read_capped(path) {
            Ok(bytes) => bytes,
            Err(message) => {
                let message = texts.get_with("import-read-failed", &[("error", message.into())]);
                self.importing = Some(Importing::Failed { file, message });
                return;
            }
        };
        let extension = path
            .extension()
            .map(|ext| ext.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        self.importing = if matches!(extension.as_str(), "mmd" | "md" | "markdown") {
            self.mermaid(file, &bytes)
        } else {
            Some(match table::read_file(&bytes, &file) {
                Ok(sheets) if !sheets.is_empty() => {
                    Importing::Preview(Box::new(PastePreview::import(sheets, file, self.lang)))
                }
                Ok(_) => Importing::Failed {
                    file,
                    message: table::TableError::Empty.message(self.lang),
                },
                Err(error) => Importing::Failed {
                    file,
                    message: error.message(self.lang),
                },
            })
        };
    }

    /// A Mermaid file's journeys: one opens at once, several ask which (the question is
    /// returned), an error is shown.
    fn mermaid(&mut self, file: String, bytes: &[u8]) -> Option<Importing> {
        let text = String::from_utf8_lossy(bytes);
        match crate::import::mermaid::import_text(&text, self.lang) {
            Ok(imported) => {
                let notes: Vec<String> = imported
                    .notes
                    .iter()
                    .map(|note| note.message(self.lang))
                    .collect();
                let mut maps = imported.maps;
                if maps.len() == 1
                    && let Some(map) = maps.pop()
                {
                    self.open_imported(map, &notes, 0);
                    return None;
                }
                Some(Importing::Choose {
                    file,
                    maps,
                    chosen: 0,
                    notes,
                })
            }
            Err(error) => Some(Importing::Failed {
                file,
                message: error.message(self.lang),
            }),
        }
    }

    /// Opens `map` unsaved in a tab of its own and says what came in; `others` journeys of the
    /// same file were left for another import.
    fn open_imported(&mut self, map: Map, notes: &[String], others: usize) {
        let texts = i18n::texts(self.lang);
        let summary = Summary::between(None, &map);
        let mut text = texts.get_with(
            "import-done",
            &[
                ("cards", summary.cards.len().into()),
                ("stages", map.stages.len().into()),
            ],
        );
        if others > 0 {
            text.push(' ');
            text.push_str(&texts.get_with("import-others-left", &[("count", others.into())]));
        }
        for note in notes {
            text.push(' ');
            text.push_str(note);
        }
        let autosave = self.new_autosave();
        self.add_tab(MapSession::imported(map, autosave));
        self.status.done(Cause::Open, text);
    }

    /// Shows a table pasted from a spreadsheet before it changes the open map.
    pub(super) fn preview_paste(&mut self, preview: PastePreview) {
        self.importing = Some(Importing::Preview(Box::new(preview)));
    }

    /// The import's or paste's dialog, while one is open.
    pub(super) fn importing_ui(&mut self, ctx: &Context, _actions: &mut Vec<super::Action>) {
        let Some(mut importing) = self.importing.take() else {
            return;
        };
        let texts = i18n::texts(self.lang);
        let decision = match &mut importing {
            Importing::Preview(preview) => {
                let map = self.session.as_ref().map(|session| session.doc.map());
                Decision::Preview(preview.ui(ctx, texts, map))
            }
            Importing::Choose {
                file,
                maps,
                chosen,
                notes,
            } => choose_ui(ctx, texts, file, maps, chosen, notes),
            Importing::Failed { file, message } => failed_ui(ctx, texts, file, message),
        };
        match decision {
            Decision::Stay | Decision::Preview(PreviewOutcome::Open) => {
                self.importing = Some(importing);
            }
            Decision::Preview(PreviewOutcome::Cancelled) | Decision::Close => {}
            Decision::Preview(PreviewOutcome::Add(edit, summary)) => {
                self.add_pasted(&edit, &summary);
            }
            Decision::Preview(PreviewOutcome::Create(map)) => self.open_imported(*map, &[], 0),
            Decision::Open(map, notes, others) => self.open_imported(*map, &notes, others),
        }
    }

    /// Applies a pasted table's `edit` (one undo step), selects its cards and says what came in.
    fn add_pasted(&mut self, edit: &Edit, summary: &Summary) {
        let texts = i18n::texts(self.lang);
        let Some(session) = &mut self.session else {
            return;
        };
        if !session.apply(edit) {
            self.status
                .error(Cause::Paste, texts.get("status-paste-lines-failed"));
            return;
        }
        session.canvas.select(summary.cards.clone());
        // New stages and lanes go at the map's right and bottom edge: show where they landed.
        session.canvas.follow_selection();
        self.status.done(
            Cause::Paste,
            texts.get_with(
                "paste-table-added",
                &[
                    ("cards", summary.cards.len().into()),
                    ("stages", summary.new_stages.into()),
                    ("lanes", summary.new_lanes.into()),
                ],
            ),
        );
    }
}

/// Reads at most [`table::MAX_BYTES`] and a byte more, so a file too large is refused by the
/// reader without being read whole; an error in the user's words otherwise.
fn read_capped(path: &Path) -> Result<Vec<u8>, String> {
    let file = std::fs::File::open(path).map_err(|error| error.to_string())?;
    let mut bytes = Vec::new();
    let cap = u64::try_from(table::MAX_BYTES)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    file.take(cap)
        .read_to_end(&mut bytes)
        .map_err(|error| error.to_string())?;
    Ok(bytes)
}

/// "This file holds several journeys": one radio button per journey, by title.
fn choose_ui(
    ctx: &Context,
    texts: &Texts,
    file: &str,
    maps: &mut Vec<Map>,
    chosen: &mut usize,
    notes: &[String],
) -> Decision {
    if ctx.input_mut(|input| input.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
        return Decision::Close;
    }
    let mut open = false;
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("journeymap-import-choose")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(texts.get_with("import-choose-title", &[("file", file.into())]));
        ui.label(texts.get_with("import-choose-body", &[("count", maps.len().into())]));
        egui::ScrollArea::vertical()
            .max_height(260.0)
            .show(ui, |ui| {
                for (index, map) in maps.iter().enumerate() {
                    let title = if map.title.trim().is_empty() {
                        texts.get_with("import-choose-untitled", &[("number", (index + 1).into())])
                    } else {
                        map.title.clone()
                    };
                    ui.radio_value(chosen, index, title);
                }
            });
        for note in notes {
            ui.label(RichText::new(note).weak().small());
        }
        ui.horizontal(|ui| {
            open = ui.button(texts.get("import-choose-open")).clicked();
            close = ui.button(texts.get("dialog-cancel")).clicked();
        });
    });
    if open && *chosen < maps.len() {
        let others = maps.len() - 1;
        let map = maps.swap_remove(*chosen);
        return Decision::Open(Box::new(map), notes.to_vec(), others);
    }
    if close || modal.should_close() {
        return Decision::Close;
    }
    Decision::Stay
}

/// "Could not import": what went wrong, with the line, and OK.
fn failed_ui(ctx: &Context, texts: &Texts, file: &str, message: &str) -> Decision {
    let escape = ctx.input_mut(|input| {
        input.consume_key(egui::Modifiers::NONE, egui::Key::Escape)
            || input.consume_key(egui::Modifiers::NONE, egui::Key::Enter)
    });
    let mut ok = false;
    let modal = egui::Modal::new(egui::Id::unique("journeymap-import-failed")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(texts.get_with("import-failed-title", &[("file", file.into())]));
        ui.label(message);
        ui.label(RichText::new(texts.get("import-failed-untouched")).weak());
        ok = ui.button(texts.get("import-failed-ok")).clicked();
    });
    if ok || escape || modal.should_close() {
        Decision::Close
    } else {
        Decision::Stay
    }
}
