//! Exports and "Copy map as image" run on a thread of their own: a large map's slides or a 4K
//! picture take seconds, and the editor must stay responsive meanwhile. The status bar shows a
//! progress bar and Cancel; the map is copied when the export starts, so editing on does not
//! change what is exported, and a cancelled export writes nothing.

use std::path::PathBuf;
use std::sync::Arc;
use std::thread::JoinHandle;

use egui::{Context, Ui};

use super::commands::ExportKind;
use super::file_dialog::ExportOptions;
use super::file_flows::display_name;
use super::overwrite::{Held, Overwrite};
use super::shell::EditorApp;
use super::status::Cause;
use super::suggested_names;
use crate::export::job::{self, Format, Inputs, Made, Notice, Outcome, Request, View};
use crate::export::large::{Large, render_fitting};
use crate::export::stages::{StageRange, slice};
use crate::export::{ExportError, Progress, RenderOptions};
use crate::i18n::{self, Texts};
use crate::model::Map;

/// Pixels per point of a copied picture: sharp when pasted on a slide or in a document.
const COPY_SCALE: f32 = 2.0;

/// An export under way.
pub(super) struct RunningExport {
    progress: Arc<Progress>,
    task: Option<JoinHandle<Result<Finished, ExportError>>>,
    what: What,
}

/// What is being made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum What {
    File(ExportKind),
    Clipboard,
}

/// What a finished export made.
enum Finished {
    Files(Outcome),
    Image(egui::ColorImage, Option<Notice>),
    /// Made, not written: files are already there.
    Held(Overwrite),
}

impl EditorApp {
    /// Asks where to export and how, suggesting a name beside the map that says what the
    /// export holds (`journey-slides-1.png`, `journey-matrix.png` …).
    pub(super) fn ask_for_export(&mut self, kind: ExportKind) {
        let Some(session) = &self.session else {
            return;
        };
        let texts = i18n::texts(self.lang);
        let start = suggested_names::export(
            kind,
            session.path.as_deref(),
            &session.doc.map().title,
            &self.documents_dir(),
            &texts.get("file-name-untitled"),
        )
        .display()
        .to_string();
        let titles = session
            .doc
            .map()
            .stages
            .iter()
            .map(|stage| stage.title.clone())
            .collect();
        self.dialog = Some(super::file_dialog::FileDialog::export(kind, start, titles));
    }

    /// Starts exporting the shown map to `path` as `kind` with `options`.
    pub(super) fn start_export(
        &mut self,
        kind: ExportKind,
        path: PathBuf,
        options: &ExportOptions,
        ctx: &Context,
    ) {
        let Some(session) = &self.session else {
            return;
        };
        let texts = i18n::texts(self.lang);
        if self.export.is_some() {
            self.status
                .error(Cause::Export, texts.get("status-export-busy"));
            return;
        }
        let request = Request {
            format: match kind {
                ExportKind::Picture | ExportKind::Slides | ExportKind::Matrix => Format::Png,
                ExportKind::Deck => Format::Pptx,
                ExportKind::Svg => Format::Svg,
                ExportKind::Pdf => Format::Pdf,
                ExportKind::Table => Format::Csv,
                ExportKind::Mermaid => Format::Mermaid,
            },
            view: if kind == ExportKind::Matrix {
                View::Matrix
            } else {
                View::Map
            },
            scale: options.scale,
            transparent: kind == ExportKind::Picture && options.transparent,
            slide: matches!(kind, ExportKind::Slides | ExportKind::Deck).then_some(options.aspect),
            stages: options.stage_range(),
            page: options.page,
            matrix_slide: kind == ExportKind::Deck && options.matrix_slide,
        };
        let map = session.doc.map().clone();
        let inputs = Inputs {
            photo: session.photo.image().cloned(),
            heat: session.looks.heat.clone(),
        };
        let options = options.clone();
        self.spawn(What::File(kind), ctx, move |progress| {
            let made = job::make_files(&map, &request, &inputs, &path, progress)?;
            progress.check()?;
            // Files already there are written over only when the user says so.
            let existing = made.existing();
            if existing.is_empty() {
                made.write().map(Finished::Files)
            } else {
                Ok(Finished::Held(Overwrite {
                    held: Held::Export {
                        kind,
                        options,
                        path,
                        made,
                    },
                    existing,
                }))
            }
        });
    }

    /// Writes an export the user agreed to write over existing files, in the background
    /// like the export itself.
    pub(super) fn write_held_export(&mut self, kind: ExportKind, made: Made, ctx: &Context) {
        self.spawn(What::File(kind), ctx, move |_| {
            made.write().map(Finished::Files)
        });
    }

    /// The folder for maps without a file of their own.
    pub(super) fn documents_dir(&self) -> PathBuf {
        self.documents
            .clone()
            .unwrap_or_else(suggested_names::documents_dir)
    }

    /// Puts a picture of the shown map on the clipboard: of the selected cards' stages when
    /// cards are selected, else of the whole map.
    pub(super) fn copy_image(&mut self, ctx: &Context) {
        let Some(session) = &self.session else {
            return;
        };
        if self.export.is_some() {
            let texts = i18n::texts(self.lang);
            self.status
                .error(Cause::Export, texts.get("status-export-busy"));
            return;
        }
        let map = session.doc.map();
        let part = match selected_stages(map, session.canvas.selection()) {
            Some(range) => slice(map, range),
            None => map.clone(),
        };
        let photo = session.photo.image().cloned();
        let heat = session.looks.heat.clone();
        self.spawn(What::Clipboard, ctx, move |progress| {
            let heat = heat.map(|measure| crate::analysis::heat(&part, &measure));
            let options = RenderOptions {
                scale: COPY_SCALE,
                transparent: false,
            };
            let picture = render_fitting(&part, options, photo.as_ref(), heat.as_ref(), progress)?;
            let Large::One { image, rescaled } = picture else {
                return Err(ExportError::Encode("no picture".to_owned()));
            };
            let size = [image.width() as usize, image.height() as usize];
            let image = egui::ColorImage::from_rgba_unmultiplied(size, image.as_raw());
            let notice = rescaled.map(|used| Notice::Rescaled {
                asked: COPY_SCALE,
                used,
            });
            Ok(Finished::Image(image, notice))
        });
    }

    fn spawn(
        &mut self,
        what: What,
        ctx: &Context,
        work: impl FnOnce(&Progress) -> Result<Finished, ExportError> + Send + 'static,
    ) {
        let progress = Arc::new(Progress::new());
        let shared = Arc::clone(&progress);
        let repaint = ctx.clone();
        let task = std::thread::Builder::new()
            .name("journeymap-export".to_owned())
            .spawn(move || {
                let result = work(&shared);
                // Wake the window so the result shows without waiting for the mouse.
                repaint.request_repaint();
                result
            });
        match task {
            Ok(task) => {
                self.export = Some(RunningExport {
                    progress,
                    task: Some(task),
                    what,
                });
            }
            Err(error) => {
                let texts = i18n::texts(self.lang);
                self.status.error(
                    Cause::Export,
                    format!("{error}. {}", texts.get("status-export-failed-hint")),
                );
            }
        }
    }

    /// The progress bar and Cancel, in the status bar, while an export runs; reports the
    /// result when it is done.
    pub(super) fn export_progress_ui(&mut self, ui: &mut Ui) {
        let Some(running) = &mut self.export else {
            return;
        };
        let texts = i18n::texts(self.lang);
        if running.task.as_ref().is_some_and(JoinHandle::is_finished) {
            let what = running.what;
            let result = running.task.take().map(JoinHandle::join);
            self.export = None;
            match result {
                Some(Ok(result)) => self.report(what, result, ui.ctx()),
                Some(Err(_)) | None => self
                    .status
                    .error(Cause::Export, texts.get("status-export-crashed")),
            }
            return;
        }
        ui.horizontal(|ui| {
            let label = match running.what {
                What::File(_) => texts.get("status-exporting"),
                What::Clipboard => texts.get("status-copying-image"),
            };
            ui.label(label);
            let bar = egui::ProgressBar::new(running.progress.fraction())
                .desired_width(200.0)
                .show_percentage();
            ui.add(bar);
            if running.progress.is_cancelled() {
                ui.label(texts.get("status-export-cancelling"));
            } else if ui.button(texts.get("dialog-cancel")).clicked() {
                running.progress.cancel();
            }
        });
        // Keep the bar moving while the thread works.
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(100));
    }

    fn report(&mut self, what: What, result: Result<Finished, ExportError>, ctx: &Context) {
        let texts = i18n::texts(self.lang);
        match result {
            Ok(Finished::Files(outcome)) => {
                let text = exported_text(texts, &outcome);
                self.status.done(Cause::Export, text);
            }
            Ok(Finished::Held(question)) => self.overwrite = Some(question),
            Ok(Finished::Image(image, notice)) => {
                ctx.copy_image(image);
                let mut text = texts.get("status-copied-image");
                if let Some(notice) = notice {
                    text = format!("{text} {}", notice_text(texts, &notice));
                }
                self.status.done(Cause::Export, text);
            }
            Err(ExportError::Cancelled) => {
                let id = match what {
                    What::File(_) => "status-export-cancelled",
                    What::Clipboard => "status-copy-cancelled",
                };
                self.status.done(Cause::Export, texts.get(id));
            }
            Err(error) => self.status.error(
                Cause::Export,
                format!("{error}. {}", texts.get("status-export-failed-hint")),
            ),
        }
    }
}

/// The stages from the first to the last that hold a selected card; `None` when no card is
/// selected.
fn selected_stages(map: &Map, selection: &[crate::model::CardId]) -> Option<StageRange> {
    let positions = selection.iter().filter_map(|id| {
        let stage = map.card(*id)?.stage;
        map.stages.iter().position(|s| s.id == stage)
    });
    let (first, last) = positions.fold(None, |range: Option<(usize, usize)>, at| {
        Some(range.map_or((at, at), |(first, last)| (first.min(at), last.max(at))))
    })?;
    Some(StageRange { first, last })
}

/// "Exported journey.png." or "Exported journey-1.png … journey-3.png (3 files)." and what
/// the export had to do.
fn exported_text(texts: &Texts, outcome: &Outcome) -> String {
    let names: Vec<String> = outcome
        .files
        .iter()
        .map(|path| display_name(path))
        .collect();
    let mut text = match names.as_slice() {
        [] => String::new(),
        [one] => texts.get_with("status-exported", &[("file", one.clone().into())]),
        [first, .., last] => texts.get_with(
            "status-exported-several",
            &[
                ("first", first.clone().into()),
                ("last", last.clone().into()),
                (
                    "count",
                    i64::try_from(names.len()).unwrap_or(i64::MAX).into(),
                ),
            ],
        ),
    };
    if let Some(notice) = &outcome.notice {
        text = format!("{text} {}", notice_text(texts, notice));
    }
    text
}

/// What an export had to do, in the user's language.
fn notice_text(texts: &Texts, notice: &Notice) -> String {
    match notice {
        Notice::Rescaled { asked, used } => texts.get_with(
            "status-export-rescaled",
            &[
                ("asked", format!("{asked}").into()),
                ("used", format!("{used:.2}").into()),
            ],
        ),
        Notice::Tiled { grid, .. } => texts.get_with(
            "status-export-tiled",
            &[
                (
                    "count",
                    i64::try_from(grid.0 * grid.1).unwrap_or(i64::MAX).into(),
                ),
                ("across", i64::try_from(grid.0).unwrap_or(i64::MAX).into()),
                ("down", i64::try_from(grid.1).unwrap_or(i64::MAX).into()),
            ],
        ),
        Notice::Series(count) => texts.get_with(
            "status-export-series",
            &[("count", i64::try_from(*count).unwrap_or(i64::MAX).into())],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_selected_cards_give_the_stages_to_copy() {
        let map = crate::model::sample::synthetic_map(30);
        assert_eq!(selected_stages(&map, &[]), None);
        let in_stage = |index: usize| {
            let stage = map.stages[index].id;
            map.cards
                .iter()
                .find(|card| card.stage == stage)
                .map(|card| card.id)
                .expect("a card in the stage")
        };
        assert_eq!(
            selected_stages(&map, &[in_stage(4), in_stage(2)]),
            Some(StageRange { first: 2, last: 4 })
        );
    }
}
