//! Opening, saving and exporting, and the questions they ask on the way: "save your changes?",
//! "another program changed the file", where to save or export, which photo to use.

use std::path::{Path, PathBuf};

use egui::{Context, Ui, ViewportCommand};

use super::file_dialog::{FileDialog, Outcome, Purpose};
use super::new_map::NewMapOutcome;
use super::overwrite::{Choice, Held, Overwrite, overwrite_ui};
use super::persona_photo::place_photo;
use super::save_conflict::{ConflictChoice, save_conflict_ui};
use super::save_errors::save_error_text;
use super::shell::{AfterConfirm, EditorApp};
use super::start::{StartChoice, start_ui};
use super::status::Cause;
use super::suggested_names;
use super::templates_flow::TemplatesOutcome;
use crate::edit::Edit;
use crate::file::{self, DiskChange, FileError};
use crate::i18n::{self, Texts};
use crate::model::Map;

/// A save held back because another program changed the file; waiting for the user's answer.
pub(super) struct SaveConflict {
    path: PathBuf,
    change: DiskChange,
    /// What to do once the map is saved.
    after: Option<AfterConfirm>,
}

/// An answer to "save your changes?".
#[derive(Clone, Copy, Debug)]
enum Answer {
    Save,
    Discard,
    Cancel,
}

/// A file's name, as messages and the window title show it.
pub(super) fn display_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// Why a map could not be opened, and what to do; `map_open` says whether a map is open, which
/// is then unchanged.
pub(super) fn open_error_text(texts: &Texts, error: &FileError, map_open: bool) -> String {
    let mut text = crate::i18n::files::file_error(texts, error);
    let hint = if map_open {
        "status-open-failed-hint"
    } else {
        "status-open-failed-hint-start"
    };
    text.push(' ');
    text.push_str(&texts.get(hint));
    text
}

impl EditorApp {
    /// Saves to `path`, keeping the map open whatever happens. If another program changed the
    /// file since it was opened or saved, nothing is written yet: the editor asks first.
    pub fn save_to(&mut self, path: PathBuf) -> bool {
        self.save_checked(path, None)
    }

    /// Saves to the map's file, or asks for one.
    pub(super) fn save(&mut self) {
        match self.session.as_ref().map(|session| session.path.clone()) {
            Some(Some(path)) => {
                self.save_to(path);
            }
            Some(None) => self.ask_for_file(Purpose::SaveAs),
            None => {}
        }
    }

    /// Saves to `path` unless the open file changed on disk, in which case it asks whether to
    /// overwrite, and does `after` once the map is saved.
    fn save_checked(&mut self, path: PathBuf, after: Option<AfterConfirm>) -> bool {
        let Some(session) = &self.session else {
            return false;
        };
        let change = match &session.disk {
            Some(disk) if session.path.as_deref() == Some(path.as_path()) => disk.compare(&path),
            _ => DiskChange::Unchanged,
        };
        if change == DiskChange::Unchanged {
            return self.write_to(path);
        }
        self.conflict = Some(SaveConflict {
            path,
            change,
            after,
        });
        false
    }

    /// Writes the map to `path` without asking.
    fn write_to(&mut self, path: PathBuf) -> bool {
        let texts = i18n::texts(self.lang);
        let Some(session) = &mut self.session else {
            return false;
        };
        match file::save_with_backups(session.doc.map(), &path, self.backups) {
            Ok(fingerprint) => {
                session.disk = Some(fingerprint);
                session.doc.mark_saved();
                session.autosave.forget();
                self.recent.remember(&path, session.doc.map());
                let name = display_name(&path);
                self.status.done(
                    Cause::Save,
                    texts.get_with("status-saved", &[("file", name.into())]),
                );
                session.path = Some(path);
                true
            }
            Err(error) => {
                self.status
                    .error(Cause::Save, save_error_text(texts, &error));
                false
            }
        }
    }

    /// Opens the map at `path` in a tab of its own (or shows its tab, if it is open already);
    /// on failure the open maps stay as they are, and the message says so.
    pub fn open(&mut self, path: PathBuf) -> bool {
        if let Some(index) = self.tab_of(&path) {
            self.show_tab(index);
            return true;
        }
        match file::open(&path) {
            Ok(opened) => {
                self.show_map(opened.map, Some(path), Some(opened.fingerprint));
                self.say_load_notes(&opened.notes);
                true
            }
            Err(error) => {
                if matches!(error, FileError::Read { .. }) && !path.exists() {
                    // A recent map that was moved or deleted: say so on the list too.
                    self.recent.refresh();
                }
                self.say_open_failed(&error);
                false
            }
        }
    }

    /// Says what was left out of the map just opened (a persona photo from another computer),
    /// so the user knows why it is missing and what to do.
    pub fn say_load_notes(&mut self, notes: &[file::LoadNote]) {
        if notes.is_empty() {
            return;
        }
        let texts = i18n::texts(self.lang);
        let text: Vec<String> = notes
            .iter()
            .map(|note| i18n::files::load_note(texts, note))
            .collect();
        self.status.error(Cause::Open, text.join(" "));
    }

    /// Asks for a file name for `purpose`, starting from the map's own; Save as of a map
    /// never saved starts from its title in the documents folder.
    pub(super) fn ask_for_file(&mut self, purpose: Purpose) {
        let start = match (purpose, &self.session) {
            (Purpose::SaveAs, Some(session)) => {
                let texts = i18n::texts(self.lang);
                suggested_names::save_as(
                    session.path.as_deref(),
                    &session.doc.map().title,
                    &self.documents_dir(),
                    &texts.get("file-name-untitled"),
                )
                .display()
                .to_string()
            }
            // A table or journey to import is looked for beside the open map.
            (Purpose::Import, _) => self
                .path()
                .and_then(Path::parent)
                .map_or_else(|| self.documents_dir(), Path::to_path_buf)
                .join("")
                .display()
                .to_string(),
            _ => self
                .path()
                .map(|path| path.display().to_string())
                .unwrap_or_default(),
        };
        self.dialog = Some(FileDialog::new(purpose, start));
    }

    /// Asks for a persona photo, from the map's folder; an unsaved map has no folder yet.
    pub(super) fn ask_for_photo(&mut self) {
        if self.session.is_none() {
            return;
        }
        if let Some(folder) = self.path().and_then(Path::parent) {
            let start = folder.join("").display().to_string();
            self.dialog = Some(FileDialog::new(Purpose::Photo, start));
        } else {
            let texts = i18n::texts(self.lang);
            self.status
                .error(Cause::Photo, texts.get("photo-save-map-first"));
        }
    }

    /// Makes the picture at `chosen` the persona's photo: copies it beside the map and asks
    /// for the edit that names it (one undo step, carried out with the frame's other actions).
    fn use_photo(&mut self, chosen: &Path, actions: &mut Vec<super::Action>) {
        let texts = i18n::texts(self.lang);
        let Some(session) = &mut self.session else {
            return;
        };
        let Some(map_path) = session.path.clone() else {
            self.status
                .error(Cause::Photo, texts.get("photo-save-map-first"));
            return;
        };
        match place_photo(&map_path, chosen) {
            Ok(relative) => {
                let map = session.doc.map();
                let mut persona = map.persona.clone();
                persona.photo = Some(relative);
                let edit = Edit::SetInfo {
                    title: map.title.clone(),
                    goal: map.goal.clone(),
                    persona,
                };
                actions.push(super::Action::Edit(Box::new(edit)));
                self.status.succeeded(Cause::Photo);
            }
            Err(error) => {
                self.status.error(
                    Cause::Photo,
                    texts.get_with("photo-not-used", &[("error", error.text(texts).into())]),
                );
            }
        }
    }

    /// The dialogs: "save your changes?" and the file name dialog.
    pub(super) fn dialogs_ui(&mut self, ui: &Ui, actions: &mut Vec<super::Action>) {
        let texts = i18n::texts(self.lang);
        if let Some(after) = self.confirm {
            let mut choice = None;
            egui::Modal::new(egui::Id::unique("journeymap-unsaved")).show(ui.ctx(), |ui| {
                ui.heading(texts.get("dialog-unsaved-title"));
                ui.label(texts.get("dialog-unsaved-body"));
                ui.horizontal(|ui| {
                    for (id, answer) in [
                        ("dialog-unsaved-save", Answer::Save),
                        ("dialog-unsaved-discard", Answer::Discard),
                        ("dialog-cancel", Answer::Cancel),
                    ] {
                        if ui.button(texts.get(id)).clicked() {
                            choice = Some(answer);
                        }
                    }
                });
                if ui.input(|input| input.key_pressed(egui::Key::Escape)) {
                    choice = Some(Answer::Cancel);
                }
            });
            if let Some(choice) = choice {
                self.confirm = None;
                self.answer(after, choice, ui.ctx());
            }
            return;
        }
        let Some(dialog) = &mut self.dialog else {
            return;
        };
        match dialog.ui(ui, texts) {
            Outcome::Open => {}
            Outcome::Cancelled => {
                self.dialog = None;
                self.after_save = None;
            }
            Outcome::Chosen(path) => {
                let purpose = dialog.purpose;
                let options = dialog.export.clone();
                self.dialog = None;
                match purpose {
                    Purpose::Export(kind) => self.start_export(kind, path, &options, ui.ctx()),
                    Purpose::Photo => self.use_photo(&path, actions),
                    Purpose::Import => self.import(&path),
                    Purpose::Open => {
                        self.open(path);
                    }
                    Purpose::SaveAs => {
                        let after = self.after_save.take();
                        // Another file of that name is replaced only when the user says so;
                        // the map's own file is what Save writes anyway.
                        if path.exists() && self.path() != Some(path.as_path()) {
                            self.overwrite = Some(Overwrite {
                                existing: vec![path.clone()],
                                held: Held::Save { path, after },
                            });
                        } else if self.save_checked(path, after)
                            && let Some(after) = after
                        {
                            self.proceed(after, ui.ctx());
                        }
                    }
                }
            }
        }
    }

    /// Asks whether to replace the files an export or a Save as would write over, and does
    /// what the user says.
    pub(super) fn overwrite_dialog_ui(&mut self, ui: &Ui) {
        let Some(question) = &self.overwrite else {
            return;
        };
        let texts = i18n::texts(self.lang);
        let Some(choice) = overwrite_ui(ui, texts, &question.existing) else {
            return;
        };
        let Some(Overwrite { held, .. }) = self.overwrite.take() else {
            return;
        };
        match (held, choice) {
            (Held::Export { kind, made, .. }, Choice::Replace) => {
                self.write_held_export(kind, made, ui.ctx());
            }
            (
                Held::Export {
                    kind,
                    options,
                    path,
                    ..
                },
                Choice::AnotherName,
            ) => {
                let path = path.display().to_string();
                self.dialog = Some(FileDialog::export_with(kind, path, options));
            }
            (Held::Export { .. }, Choice::Cancel) => {
                self.status
                    .done(Cause::Export, texts.get("overwrite-export-cancelled"));
            }
            (Held::Save { path, after }, Choice::Replace) => {
                if self.save_checked(path, after)
                    && let Some(after) = after
                {
                    self.proceed(after, ui.ctx());
                }
            }
            (Held::Save { path, after }, Choice::AnotherName) => {
                self.after_save = after;
                self.dialog = Some(FileDialog::new(Purpose::SaveAs, path.display().to_string()));
            }
            (Held::Save { path, .. }, Choice::Cancel) => {
                let name = display_name(&path);
                self.status.done(
                    Cause::Save,
                    texts.get_with("overwrite-save-cancelled", &[("file", name.into())]),
                );
            }
        }
    }

    /// Asks what to do about a file another program changed, and does it.
    pub(super) fn save_conflict_dialog_ui(&mut self, ui: &Ui) {
        let Some(conflict) = &self.conflict else {
            return;
        };
        let texts = i18n::texts(self.lang);
        let name = display_name(&conflict.path);
        let Some(choice) = save_conflict_ui(ui, texts, &name, conflict.change) else {
            return;
        };
        let Some(SaveConflict { path, after, .. }) = self.conflict.take() else {
            return;
        };
        match choice {
            ConflictChoice::Overwrite => {
                if self.write_to(path)
                    && let Some(after) = after
                {
                    self.proceed(after, ui.ctx());
                }
            }
            ConflictChoice::SaveAs => {
                self.after_save = after;
                self.ask_for_file(Purpose::SaveAs);
            }
            ConflictChoice::Cancel => {
                self.status.done(
                    Cause::Save,
                    texts.get_with("save-conflict-cancelled", &[("file", name.into())]),
                );
            }
        }
    }

    /// The "new map" chooser.
    pub(super) fn new_map_ui(&mut self, ctx: &Context) {
        let Some(dialog) = &mut self.new_map else {
            return;
        };
        match dialog.ui(ctx, i18n::texts(self.lang)) {
            NewMapOutcome::Open => {}
            NewMapOutcome::Cancelled => self.new_map = None,
            NewMapOutcome::Create(kind, lang) => {
                self.new_map = None;
                self.start_from_template(kind, lang);
            }
        }
    }

    /// A new map of `kind` in `lang`.
    fn start_from_template(&mut self, kind: crate::model::MapKind, lang: crate::model::Lang) {
        match file::template(kind, lang) {
            Ok(map) => self.show_map(map, None, None),
            Err(error) => {
                let texts = i18n::texts(self.lang);
                let text = crate::i18n::files::format_error(texts, &error);
                self.status.error(Cause::Open, text);
            }
        }
    }

    fn answer(&mut self, after: AfterConfirm, answer: Answer, ctx: &Context) {
        match answer {
            Answer::Cancel => {
                self.dialog = None;
            }
            Answer::Discard => self.proceed(after, ctx),
            Answer::Save => {
                if let Some(path) = self.path().map(Path::to_owned) {
                    if self.save_checked(path, Some(after)) {
                        self.proceed(after, ctx);
                    }
                } else {
                    self.after_save = Some(after);
                    self.ask_for_file(Purpose::SaveAs);
                }
            }
        }
    }

    fn proceed(&mut self, after: AfterConfirm, ctx: &Context) {
        match after {
            AfterConfirm::Close => {
                // Closing is a decision about the changes: saved or thrown away, the copy goes.
                self.close_tab();
                if self.show_unsaved_tab() {
                    // The next map with changes asks its own question.
                    self.confirm = Some(AfterConfirm::Close);
                } else {
                    self.close_confirmed = true;
                    ctx.send_viewport_cmd(ViewportCommand::Close);
                }
            }
            AfterConfirm::CloseTab => self.close_tab(),
        }
    }

    /// The start screen and what the user picked on it.
    pub(super) fn start_screen_ui(&mut self, ui: &mut Ui) {
        let texts = i18n::texts(self.lang);
        let templates = self.templates.listed();
        let choice = egui::CentralPanel::default()
            .show(ui, |ui| {
                start_ui(ui, texts, self.lang, &mut self.recent, templates)
            })
            .inner;
        match choice {
            None => {}
            Some(StartChoice::New(kind)) => self.start_from_template(kind, self.lang),
            Some(StartChoice::Example(map)) => self.show_example(*map),
            Some(StartChoice::Recent(path)) => {
                self.open(path);
            }
            Some(StartChoice::Forget(path)) => self.recent.forget(&path),
            Some(StartChoice::Template(path)) => {
                let outcome = self.templates.start(texts, &path);
                self.templates_did(outcome);
            }
            Some(StartChoice::RenameTemplate(path, name)) => {
                self.templates.ask_to_rename(path, name);
            }
            Some(StartChoice::DeleteTemplate(path, name)) => {
                self.templates.ask_to_delete(path, name);
            }
        }
    }

    /// The question about a template, if one is open, and what its answer does.
    pub(super) fn template_dialog_ui(&mut self, ui: &Ui) {
        let texts = i18n::texts(self.lang);
        let map = self.session.as_ref().map(|session| session.doc.map());
        if let Some(outcome) = self.templates.dialog_ui(ui, texts, map) {
            self.templates_did(outcome);
        }
    }

    /// Does what dealing with a template asks of the editor.
    fn templates_did(&mut self, outcome: TemplatesOutcome) {
        match outcome {
            TemplatesOutcome::Start(map) => self.show_map(*map, None, None),
            TemplatesOutcome::Done(cause, text) => self.status.done(cause, text),
            TemplatesOutcome::Failed(cause, text) => self.status.error(cause, text),
        }
    }

    fn show_example(&mut self, map: Map) {
        self.show_map(map, None, None);
    }
}
