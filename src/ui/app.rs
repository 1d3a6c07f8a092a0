//! The editor window: menus, canvas, dialogs, and the one place where actions change the map.

use std::path::{Path, PathBuf};

use egui::{Button, Context, Ui, ViewportCommand};

use super::autosave::Autosave;
use super::backup_setting;
use super::clipboard;
use super::file_dialog::{FileDialog, Outcome, Purpose};
use super::inspector::inspector_ui;
use super::map_info::map_info_ui;
use super::new_map::{NewMapDialog, NewMapOutcome};
use super::persona_photo::{PhotoCache, place_photo};
use super::recovery_offer::{OfferChoice, recovery_offer_ui};
use super::save_conflict::{ConflictChoice, save_conflict_ui};
use super::save_errors::save_error_text;
use super::start::{StartChoice, start_ui};
use super::{Action, Canvas, Command, Palette};
use crate::edit::{Document, Edit, Slot};
use crate::export::png::PngExporter;
use crate::export::{Exporter as _, RenderOptions};
use crate::file::{self, DiskChange, Fingerprint};
use crate::i18n::{self, Texts};
use crate::layout::MapLayout;
use crate::model::{Card, Lang, Map};
use crate::paint::{self, EguiMeasure};
use crate::recovery::{Leftover, RecoveryStore};

/// The layout of the document at one revision and scale, reused until either changes.
struct CachedLayout {
    revision: u64,
    pixels_per_point: f32,
    layout: MapLayout,
}

/// What to do once the user has answered "save your changes?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AfterConfirm {
    Close,
    Open,
    New,
}

impl EditorApp {
    /// Loads the persona photo when the map names a new one; says so if it cannot be shown.
    fn update_photo(&mut self, ctx: &Context) {
        let persona = &self.doc.map().persona;
        if let Some(error) = self.photo.update(ctx, self.path.as_deref(), persona) {
            let texts = i18n::texts(self.lang);
            self.status = Some(Status {
                text: texts.get_with("photo-not-shown", &[("error", error.into())]),
                is_error: true,
            });
        }
    }

    /// Makes the picture at `chosen` the persona's photo (one undo step).
    fn use_photo(&mut self, chosen: &Path) {
        let texts = i18n::texts(self.lang);
        let Some(map_path) = self.path.clone() else {
            self.status = Some(Status {
                text: texts.get("photo-save-map-first"),
                is_error: true,
            });
            return;
        };
        match place_photo(&map_path, chosen) {
            Ok(relative) => {
                let map = self.doc.map();
                let mut persona = map.persona.clone();
                persona.photo = Some(relative);
                let edit = Edit::SetInfo {
                    title: map.title.clone(),
                    goal: map.goal.clone(),
                    persona,
                };
                self.apply(&edit);
            }
            Err(error) => {
                self.status = Some(Status {
                    text: texts.get_with("photo-not-used", &[("error", error.into())]),
                    is_error: true,
                });
            }
        }
    }

    /// Writes the recovery copy when it is due; says so if that fails.
    fn autosave_tick(&mut self, ctx: &Context) {
        if let Some(error) = self.autosave.tick(ctx, &self.doc, self.path.as_deref()) {
            let texts = i18n::texts(self.lang);
            self.status = Some(Status {
                text: texts.get_with("recovery-write-failed", &[("error", error.into())]),
                is_error: true,
            });
        }
    }

    /// The offer of maps left unsaved, and what the user chose.
    fn recovery_offer_ui(&mut self, ctx: &Context) {
        if self.leftovers.is_empty() {
            return;
        }
        let texts = i18n::texts(self.lang);
        // A restore replaces the open map, so the open map must have nothing to lose.
        let can_restore = self.start_screen || !self.doc.is_dirty();
        let choice = recovery_offer_ui(ctx, texts, &self.leftovers, can_restore);
        let mut take =
            |index: usize| (index < self.leftovers.len()).then(|| self.leftovers.remove(index));
        match choice {
            None => {}
            Some(OfferChoice::Later) => self.leftovers.clear(),
            Some(OfferChoice::Discard(index)) => {
                if let Some(leftover) = take(index) {
                    leftover.slot.clear();
                }
            }
            Some(OfferChoice::Restore(index)) => {
                if let Some(Leftover {
                    slot,
                    meta,
                    map: Ok(map),
                }) = take(index)
                {
                    let title = map.title.clone();
                    self.show_map(map.clone(), meta.source);
                    self.doc = Document::recovered(map);
                    self.autosave.adopt(slot);
                    self.status = Some(Status {
                        text: texts.get_with("recovery-restored", &[("title", title.into())]),
                        is_error: false,
                    });
                }
            }
        }
    }
}

/// A save held back because another program changed the file; waiting for the user's answer.
struct SaveConflict {
    path: PathBuf,
    change: DiskChange,
    /// What to do once the map is saved.
    after: Option<AfterConfirm>,
}

/// A message in the status bar.
struct Status {
    text: String,
    is_error: bool,
}

/// The journeymap editor.
pub struct EditorApp {
    doc: Document,
    path: Option<PathBuf>,
    canvas: Canvas,
    palette: Palette,
    layout: Option<CachedLayout>,
    lang: Lang,
    status: Option<Status>,
    dialog: Option<FileDialog>,
    new_map: Option<NewMapDialog>,
    info_open: bool,
    confirm: Option<AfterConfirm>,
    /// What to do after a Save As started by the unsaved-changes question completes.
    after_save: Option<AfterConfirm>,
    close_confirmed: bool,
    window_title: String,
    /// Whether the start screen is shown instead of a map.
    start_screen: bool,
    /// Recently opened or saved maps, newest first.
    recent: Vec<PathBuf>,
    /// The file at `path` as last read or written, to notice changes by other programs.
    disk: Option<Fingerprint>,
    /// How many previous versions a save keeps (the "Backups to keep" setting).
    backups: u8,
    /// A save waiting for "overwrite the changed file?".
    conflict: Option<SaveConflict>,
    /// Copies of the unsaved map for crash recovery.
    autosave: Autosave,
    /// Maps that earlier editors left unsaved, offered back until the user decides.
    leftovers: Vec<Leftover>,
    /// The persona photo of the open map, loaded.
    photo: PhotoCache,
}

/// Key of the recent files in eframe's settings storage.
const RECENT_KEY: &str = "journeymap-recent";
/// How many recent files are remembered.
const MAX_RECENT: usize = 8;

impl EditorApp {
    /// An editor on `map`, which was read from `path` (if any).
    pub fn new(ctx: &Context, map: Map, path: Option<PathBuf>) -> Self {
        paint::install_fonts(ctx);
        // The caller read the map a moment ago; the file as it is now is what it read.
        let disk = path
            .as_deref()
            .and_then(|path| Fingerprint::read(path).ok().flatten());
        Self {
            doc: Document::new(map),
            path,
            canvas: Canvas::default(),
            palette: Palette::default(),
            layout: None,
            lang: i18n::system_lang(),
            status: None,
            dialog: None,
            new_map: None,
            info_open: false,
            confirm: None,
            after_save: None,
            close_confirmed: false,
            window_title: String::new(),
            start_screen: false,
            recent: Vec::new(),
            disk,
            backups: file::DEFAULT_BACKUPS,
            conflict: None,
            autosave: Autosave::default(),
            leftovers: Vec::new(),
            photo: PhotoCache::default(),
        }
    }

    /// Keeps recovery copies of unsaved changes in `store`, and offers back the maps that
    /// editors which are gone left there.
    #[must_use]
    pub fn with_recovery(mut self, store: RecoveryStore) -> Self {
        self.autosave = Autosave::new(store);
        self.leftovers = self.autosave.leftovers();
        if !self.leftovers.is_empty() {
            log::info!("offering {} unsaved map(s) back", self.leftovers.len());
        }
        self
    }

    /// Whether maps left unsaved by an earlier editor are being offered.
    pub fn offers_recovery(&self) -> bool {
        !self.leftovers.is_empty()
    }

    /// An editor showing the start screen, with recent files from eframe's settings storage.
    pub fn start(ctx: &Context, storage: Option<&dyn eframe::Storage>) -> Self {
        let lang = i18n::system_lang();
        let map = crate::file::template(crate::model::MapKind::CurrentState, lang)
            .unwrap_or_else(|_| Map::empty(crate::model::MapKind::CurrentState, lang));
        let mut app = Self::new(ctx, map, None);
        app.start_screen = true;
        app.load_recent(storage);
        app
    }

    /// Reads the recent files and the backup setting from eframe's settings storage (and adds
    /// the open file to the recent ones).
    pub fn load_recent(&mut self, storage: Option<&dyn eframe::Storage>) {
        self.backups = backup_setting::load(storage);
        self.recent = storage
            .and_then(|storage| eframe::get_value(storage, RECENT_KEY))
            .unwrap_or_default();
        if let Some(path) = self.path.clone() {
            self.remember(&path);
        }
    }

    /// Whether the start screen is showing.
    pub fn is_on_start_screen(&self) -> bool {
        self.start_screen
    }

    /// Recently opened or saved maps, newest first.
    pub fn recent(&self) -> &[PathBuf] {
        &self.recent
    }

    /// Puts `path` first in the recent files.
    fn remember(&mut self, path: &Path) {
        self.recent.retain(|known| known != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(MAX_RECENT);
    }

    /// Leaves the start screen for `map`.
    fn show_map(&mut self, map: Map, path: Option<PathBuf>) {
        self.doc = Document::new(map);
        self.path = path;
        self.disk = None;
        self.canvas = Canvas::default();
        self.status = None;
        self.start_screen = false;
    }

    /// The document being edited.
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The file the map is saved to.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The language of the editor's own words.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Switches the editor's language.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// The layout the canvas shows (computed on demand), for tests and tools.
    pub fn layout(&mut self, ctx: &Context) -> &MapLayout {
        let pixels_per_point = ctx.pixels_per_point();
        let revision = self.doc.revision();
        let stale = self.layout.as_ref().is_some_and(|cached| {
            cached.revision != revision
                || cached.pixels_per_point.to_bits() != pixels_per_point.to_bits()
        });
        if stale {
            self.layout = None;
        }
        let map = self.doc.map();
        &self
            .layout
            .get_or_insert_with(|| CachedLayout {
                revision,
                pixels_per_point,
                layout: MapLayout::compute(map, &mut EguiMeasure(ctx)),
            })
            .layout
    }

    /// The canvas's view state.
    pub fn canvas(&self) -> &Canvas {
        &self.canvas
    }

    /// How many previous versions a save keeps.
    pub fn backups(&self) -> u8 {
        self.backups
    }

    /// Saves to `path`, keeping the map open whatever happens. If another program changed the
    /// file since it was opened or saved, nothing is written yet: the editor asks first.
    pub fn save_to(&mut self, path: PathBuf) -> bool {
        self.save_checked(path, None)
    }

    /// Saves to `path` unless the open file changed on disk, in which case it asks whether to
    /// overwrite, and does `after` once the map is saved.
    fn save_checked(&mut self, path: PathBuf, after: Option<AfterConfirm>) -> bool {
        let change = match &self.disk {
            Some(disk) if self.path.as_deref() == Some(path.as_path()) => disk.compare(&path),
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
        match file::save_with_backups(self.doc.map(), &path, self.backups) {
            Ok(fingerprint) => {
                self.disk = Some(fingerprint);
                self.doc.mark_saved();
                self.autosave.forget();
                self.remember(&path);
                let name = display_name(&path);
                self.status = Some(Status {
                    text: texts.get_with("status-saved", &[("file", name.into())]),
                    is_error: false,
                });
                self.path = Some(path);
                true
            }
            Err(error) => {
                self.status = Some(Status {
                    text: save_error_text(texts, &error),
                    is_error: true,
                });
                false
            }
        }
    }

    /// Opens the map at `path` in place of the current one; on failure the current map stays.
    pub fn open(&mut self, path: PathBuf) -> bool {
        match file::open(&path) {
            Ok((map, fingerprint)) => {
                self.remember(&path);
                self.show_map(map, Some(path));
                self.disk = Some(fingerprint);
                true
            }
            Err(error) => {
                let hint = i18n::texts(self.lang).get("status-open-failed-hint");
                self.status = Some(Status {
                    text: format!("{error}. {hint}"),
                    is_error: true,
                });
                false
            }
        }
    }

    fn run_command(&mut self, command: Command) {
        match command {
            Command::New => {
                if self.doc.is_dirty() {
                    self.confirm = Some(AfterConfirm::New);
                } else {
                    self.new_map = Some(NewMapDialog::new(self.lang));
                }
            }
            Command::ExportPng => {
                let start = self
                    .path
                    .as_ref()
                    .map(|path| path.with_extension("png").display().to_string())
                    .unwrap_or_default();
                self.dialog = Some(FileDialog::new(Purpose::ExportPng, start));
            }
            Command::MapInfo => self.info_open = true,
            Command::ChoosePhoto => {
                if let Some(folder) = self.path.as_deref().and_then(Path::parent) {
                    let start = folder.join("").display().to_string();
                    self.dialog = Some(FileDialog::new(Purpose::Photo, start));
                } else {
                    let texts = i18n::texts(self.lang);
                    self.status = Some(Status {
                        text: texts.get("photo-save-map-first"),
                        is_error: true,
                    });
                }
            }
            Command::Open => {
                if self.doc.is_dirty() {
                    self.confirm = Some(AfterConfirm::Open);
                } else {
                    self.ask_for_file(Purpose::Open);
                }
            }
            Command::Save => match self.path.clone() {
                Some(path) => {
                    self.save_to(path);
                }
                None => self.ask_for_file(Purpose::SaveAs),
            },
            Command::SaveAs => self.ask_for_file(Purpose::SaveAs),
            Command::Delete => {
                if let Some(connection) = self.canvas.selected_connection().cloned() {
                    self.apply(&Edit::Disconnect(connection));
                    self.canvas.clear_selected_connection();
                }
                let selection = self.canvas.selection();
                if !selection.is_empty() {
                    self.apply(&Edit::DeleteCards(selection));
                }
            }
            Command::Duplicate => self.duplicate_selection(),
            Command::Undo => {
                self.doc.undo();
            }
            Command::Redo => {
                self.doc.redo();
            }
            Command::ZoomIn => self.canvas.zoom_in(),
            Command::ZoomOut => self.canvas.zoom_out(),
            Command::ZoomFit => self.canvas.fit(),
            Command::ZoomReset => self.canvas.zoom_reset(),
        }
    }

    /// Applies an edit; a refused one is logged (it means a stale or buggy edit, not user error).
    fn apply(&mut self, edit: &Edit) {
        if let Err(error) = self.doc.apply(edit) {
            log::warn!("edit refused: {error}");
        }
    }

    /// Ctrl+C copies the selected cards as text, Ctrl+V pastes cards (from this map or
    /// another) after the selected card or into their own lanes and stages.
    fn clipboard_events(&mut self, ctx: &Context) {
        let events = ctx.input(|input| input.events.clone());
        for event in events {
            match event {
                egui::Event::Copy | egui::Event::Cut => {
                    let selection = self.canvas.selection();
                    if let Some(text) = clipboard::cards_to_text(self.doc.map(), &selection) {
                        ctx.copy_text(text);
                        if matches!(event, egui::Event::Cut) {
                            self.apply(&Edit::DeleteCards(selection));
                        }
                    }
                }
                egui::Event::Paste(text) => self.paste(&text),
                _ => {}
            }
        }
    }

    /// Pastes clipboard text as one undo step and selects what was pasted.
    pub fn paste(&mut self, text: &str) {
        let map = self.doc.map();
        let target = match self.canvas.selection()[..] {
            [one] => map.card(one).map(|card| Slot {
                lane: card.lane,
                stage: card.stage,
                before: map
                    .cards_in(card.lane, card.stage)
                    .skip_while(|other| other.id != one)
                    .nth(1)
                    .map(|next| next.id),
            }),
            _ => None,
        };
        let (edits, pasted): (Vec<Edit>, Vec<_>) = clipboard::paste_edits(map, text, target)
            .into_iter()
            .unzip();
        if edits.is_empty() {
            return;
        }
        self.apply(&Edit::Batch(edits));
        self.canvas.select(pasted);
    }

    /// Puts a copy of every selected card right after it, as one undo step, and selects the
    /// copies.
    fn duplicate_selection(&mut self) {
        let selection = self.canvas.selection();
        let originals: Vec<Card> = self
            .doc
            .map()
            .cards
            .iter()
            .filter(|card| selection.contains(&card.id))
            .cloned()
            .collect();
        if originals.is_empty() {
            return;
        }
        let mut copies = Vec::new();
        let mut edits = Vec::new();
        let fresh_ids = self.doc.map().fresh_card_ids(originals.len());
        for (id, original) in fresh_ids.into_iter().zip(originals) {
            let map = self.doc.map();
            let next_in_cell = map
                .cards_in(original.lane, original.stage)
                .skip_while(|card| card.id != original.id)
                .nth(1)
                .map(|card| card.id);
            let mut copy = original.clone();
            copy.id = id;
            copies.push(copy.id);
            edits.push(Edit::AddCards {
                cards: vec![copy],
                slot: Slot {
                    lane: original.lane,
                    stage: original.stage,
                    before: next_in_cell,
                },
            });
        }
        self.apply(&Edit::Batch(edits));
        self.canvas.select(copies);
    }

    fn ask_for_file(&mut self, purpose: Purpose) {
        let start = self
            .path
            .as_ref()
            .map(|path| path.display().to_string())
            .unwrap_or_default();
        self.dialog = Some(FileDialog::new(purpose, start));
    }

    /// Carries out the frame's actions: the one place the map changes.
    fn handle(&mut self, actions: Vec<Action>) {
        for action in actions {
            match action {
                Action::Begin(owner) => report(self.doc.begin(owner)),
                Action::Commit(owner) => report(self.doc.commit(owner)),
                Action::Cancel(owner) => report(self.doc.cancel(owner)),
                Action::Edit(edit) => self.apply(&edit),
                Action::Command(command) => self.run_command(command),
            }
        }
    }

    fn menu_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let texts = i18n::texts(self.lang);
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(texts.get("menu-file"), |ui| {
                for command in [Command::New, Command::Open, Command::Save, Command::SaveAs] {
                    command_button(ui, texts, command, None, true, actions);
                }
                backup_setting::backups_menu_ui(ui, texts, &mut self.backups);
                ui.separator();
                for command in [Command::ExportPng, Command::MapInfo] {
                    command_button(ui, texts, command, None, true, actions);
                }
            });
            ui.menu_button(texts.get("menu-edit"), |ui| {
                let undo = self.doc.undo_label().map(|id| texts.get(id));
                let redo = self.doc.redo_label().map(|id| texts.get(id));
                let (can_undo, can_redo) = (undo.is_some(), redo.is_some());
                command_button(ui, texts, Command::Undo, undo, can_undo, actions);
                command_button(ui, texts, Command::Redo, redo, can_redo, actions);
                ui.separator();
                let has_selection = !self.canvas.selection().is_empty()
                    || self.canvas.selected_connection().is_some();
                for command in [Command::Duplicate, Command::Delete] {
                    command_button(ui, texts, command, None, has_selection, actions);
                }
            });
            ui.menu_button(texts.get("menu-view"), |ui| {
                for command in [
                    Command::ZoomIn,
                    Command::ZoomOut,
                    Command::ZoomFit,
                    Command::ZoomReset,
                ] {
                    command_button(ui, texts, command, None, true, actions);
                }
            });
            ui.menu_button(texts.get("menu-language"), |ui| {
                for lang in Lang::ALL {
                    let name = texts.get(match lang {
                        Lang::En => "lang-en",
                        Lang::De => "lang-de",
                    });
                    if ui.radio(self.lang == lang, name).clicked() {
                        self.lang = lang;
                    }
                }
            });
        });
    }

    fn status_ui(&self, ui: &mut Ui) {
        if let Some(status) = &self.status {
            let color = if status.is_error {
                ui.visuals().error_fg_color
            } else {
                ui.visuals().weak_text_color()
            };
            ui.colored_label(color, &status.text);
        }
    }

    fn dialogs_ui(&mut self, ui: &Ui) {
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
            });
            if let Some(choice) = choice {
                self.confirm = None;
                self.answer(after, choice, ui.ctx());
            }
        }
        if let Some(dialog) = &mut self.dialog {
            match dialog.ui(ui, texts) {
                Outcome::Open => {}
                Outcome::Cancelled => {
                    self.dialog = None;
                    self.after_save = None;
                }
                Outcome::Chosen(path) => {
                    let purpose = dialog.purpose;
                    let options = RenderOptions {
                        scale: dialog.scale,
                        transparent: dialog.transparent,
                    };
                    self.dialog = None;
                    match purpose {
                        Purpose::ExportPng => self.export_png(&path, options),
                        Purpose::Photo => self.use_photo(&path),
                        Purpose::Open => {
                            self.open(path);
                        }
                        Purpose::SaveAs => {
                            let after = self.after_save.take();
                            if self.save_checked(path, after)
                                && let Some(after) = after
                            {
                                self.proceed(after, ui.ctx());
                            }
                        }
                    }
                }
            }
        }
    }

    /// Asks what to do about a file another program changed, and does it.
    fn save_conflict_dialog_ui(&mut self, ui: &Ui) {
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
                self.status = Some(Status {
                    text: texts.get_with("save-conflict-cancelled", &[("file", name.into())]),
                    is_error: false,
                });
            }
        }
    }

    fn new_map_ui(&mut self, ctx: &Context) {
        let Some(dialog) = &mut self.new_map else {
            return;
        };
        match dialog.ui(ctx, i18n::texts(self.lang)) {
            NewMapOutcome::Open => {}
            NewMapOutcome::Cancelled => self.new_map = None,
            NewMapOutcome::Create(kind, lang) => {
                self.new_map = None;
                match crate::file::template(kind, lang) {
                    Ok(map) => self.show_map(map, None),
                    Err(error) => {
                        self.status = Some(Status {
                            text: error.to_string(),
                            is_error: true,
                        });
                    }
                }
            }
        }
    }

    /// Writes the picture the command line's `export` writes.
    pub fn export_png(&mut self, path: &Path, options: RenderOptions) {
        let texts = i18n::texts(self.lang);
        let exporter = PngExporter {
            options,
            photo: self.photo.image().cloned(),
        };
        self.status = Some(match exporter.export_to_file(self.doc.map(), path) {
            Ok(()) => Status {
                text: texts.get_with("status-exported", &[("file", display_name(path).into())]),
                is_error: false,
            },
            Err(error) => Status {
                text: format!("{error}. {}", texts.get("status-export-failed-hint")),
                is_error: true,
            },
        });
    }

    fn answer(&mut self, after: AfterConfirm, answer: Answer, ctx: &Context) {
        match answer {
            Answer::Cancel => {}
            Answer::Discard => self.proceed(after, ctx),
            Answer::Save => {
                if let Some(path) = self.path.clone() {
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
                self.autosave.forget();
                self.close_confirmed = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            AfterConfirm::Open => self.ask_for_file(Purpose::Open),
            AfterConfirm::New => self.new_map = Some(NewMapDialog::new(self.lang)),
        }
    }

    fn update_window_title(&mut self, ctx: &Context) {
        let texts = i18n::texts(self.lang);
        let name = self
            .path
            .as_deref()
            .map_or_else(|| texts.get("title-untitled"), display_name);
        let marker = if self.doc.is_dirty() { "● " } else { "" };
        let title = format!("{marker}{name} — journeymap");
        if title != self.window_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }
}

/// Logs an undo group that could not be opened or ended: a gesture that lost track of its
/// group, never the user's doing.
fn report(result: Result<(), crate::edit::GroupError>) {
    if let Err(error) = result {
        log::warn!("undo group: {error}");
    }
}

/// An answer to "save your changes?".
#[derive(Clone, Copy, Debug)]
enum Answer {
    Save,
    Discard,
    Cancel,
}

fn display_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// A menu entry for `command`, with its shortcut; `detail` names what it acts on ("Undo Move
/// cards").
fn command_button(
    ui: &mut Ui,
    texts: &Texts,
    command: Command,
    detail: Option<String>,
    enabled: bool,
    actions: &mut Vec<Action>,
) {
    let label = match (detail, command.named_label_id()) {
        (Some(detail), Some(named)) => texts.get_with(named, &[("what", detail.into())]),
        _ => texts.get(command.label_id()),
    };
    let mut button = Button::new(label);
    if let Some(shortcut) = command.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    if ui.add_enabled(enabled, button).clicked() {
        actions.push(Action::Command(command));
        ui.close();
    }
}

impl EditorApp {
    fn start_screen_ui(&mut self, ui: &mut Ui) {
        let texts = i18n::texts(self.lang);
        let choice = egui::CentralPanel::default()
            .show(ui, |ui| start_ui(ui, texts, self.lang, &self.recent))
            .inner;
        match choice {
            None => {}
            Some(StartChoice::New(kind)) => match crate::file::template(kind, self.lang) {
                Ok(map) => self.show_map(map, None),
                Err(error) => {
                    self.status = Some(Status {
                        text: error.to_string(),
                        is_error: true,
                    });
                }
            },
            Some(StartChoice::Example(map)) => self.show_map(*map, None),
            Some(StartChoice::Recent(path)) => {
                self.open(path);
            }
        }
    }
}

impl eframe::App for EditorApp {
    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.recent);
        backup_setting::store(storage, self.backups);
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let mut actions = Vec::new();
        let modal_open = self.dialog.is_some()
            || self.confirm.is_some()
            || self.new_map.is_some()
            || self.conflict.is_some();
        if !modal_open {
            actions.extend(Command::pressed(&ctx).into_iter().map(Action::Command));
            if !self.start_screen && !ctx.egui_wants_keyboard_input() {
                self.clipboard_events(&ctx);
            }
        }
        if ctx.input(|input| input.viewport().close_requested())
            && self.doc.is_dirty()
            && !self.close_confirmed
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.confirm = Some(AfterConfirm::Close);
        }
        egui::Panel::top("journeymap-menu").show(ui, |ui| self.menu_ui(ui, &mut actions));
        egui::Panel::bottom("journeymap-status").show(ui, |ui| self.status_ui(ui));
        self.recovery_offer_ui(&ctx);
        if self.start_screen {
            self.start_screen_ui(ui);
            self.dialogs_ui(ui);
            self.save_conflict_dialog_ui(ui);
            self.new_map_ui(&ctx);
            self.handle(actions);
            self.update_window_title(&ctx);
            return;
        }
        let texts = i18n::texts(self.lang);
        egui::Panel::left("journeymap-palette")
            .default_size(230.0)
            .show(ui, |ui| self.palette.ui(ui, texts));
        egui::Panel::right("journeymap-inspector")
            .default_size(280.0)
            .show(ui, |ui| {
                let selection = self.canvas.selection();
                actions.extend(inspector_ui(ui, texts, self.doc.map(), &selection));
            });
        self.layout(&ctx);
        self.update_photo(&ctx);
        let photo = self.photo.photo();
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                if let Some(cached) = &self.layout {
                    actions.extend(self.canvas.ui(
                        ui,
                        i18n::texts(self.lang),
                        self.doc.map(),
                        &cached.layout,
                        photo,
                    ));
                }
            });
        self.dialogs_ui(ui);
        self.save_conflict_dialog_ui(ui);
        self.new_map_ui(&ctx);
        if self.info_open {
            let texts = i18n::texts(self.lang);
            let mut open = true;
            actions.extend(map_info_ui(&ctx, &mut open, texts, self.doc.map()));
            self.info_open = open;
        }
        super::typing::end_when_unfocused(&ctx, &mut actions);
        self.handle(actions);
        self.autosave_tick(&ctx);
        self.update_window_title(&ctx);
    }
}
