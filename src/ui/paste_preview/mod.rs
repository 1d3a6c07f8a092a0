//! The paste preview: a table pasted from a spreadsheet, or read from a file by File ▸ Import,
//! shown as what it will create before anything changes. The user picks the shape (a grid of
//! stages × lanes, or a list of one card per row with a meaning for each column) and sees the
//! stages, lanes and cards it makes, the new ones marked, and everything that cannot be placed
//! with the reason. Adding is one undo step; Cancel (or Esc) changes nothing.

mod columns;
mod grid;
pub mod summary;

use egui::{Context, RichText};

use crate::edit::{Edit, Slot};
use crate::i18n::{self, Texts};
use crate::import::table::{self, Layout, Shape, Sheet, Table};
use crate::model::{Lang, Map, MapKind};
use crate::theme::import as style;
use summary::Summary;

/// Where the table goes.
#[derive(Clone, Debug)]
pub enum Target {
    /// Into the open map; rows of a list that name no stage or lane go into this cell.
    Map {
        /// The selected card's or cell's place, if any.
        slot: Option<Slot>,
    },
    /// Into a new map of this kind and language (File ▸ Import).
    NewMap {
        /// The file's name, for the title.
        file: String,
        kind: MapKind,
        lang: Lang,
    },
}

/// What applying the table would do, worked out again whenever a choice changes.
#[derive(Clone, Debug)]
struct Worked {
    summary: Summary,
    /// Each unplaced item with its reason, in the user's language.
    unplaced: Vec<String>,
    /// The result: the edit for the open map, or the new map.
    result: Made,
}

#[derive(Clone, Debug)]
enum Made {
    Edit(Edit),
    Map(Box<Map>),
    /// Nothing can be made with these choices: why, in the user's language.
    Nothing(String),
}

/// What the user decided.
#[derive(Debug)]
#[allow(
    clippy::large_enum_variant,
    reason = "made once, when the user decides, and moved straight on"
)]
pub enum PreviewOutcome {
    /// Still looking.
    Open,
    /// Closed without adding anything.
    Cancelled,
    /// Add to the open map: the edit (one undo step) and what it makes.
    Add(Edit, Summary),
    /// Open this new map (File ▸ Import).
    Create(Box<Map>),
}

/// The preview's state.
#[derive(Debug)]
pub struct PastePreview {
    sheets: Vec<Sheet>,
    sheet: usize,
    layout: Layout,
    target: Target,
    /// `None` when a choice changed since it was worked out.
    worked: Option<Worked>,
}

impl PastePreview {
    /// A preview of `table` for the open map, the shape guessed from the table.
    pub fn paste(table: Table, slot: Option<Slot>) -> Self {
        let sheet = Sheet {
            name: String::new(),
            table,
            notes: Vec::new(),
        };
        Self::new(vec![sheet], Target::Map { slot })
    }

    /// A preview of the first of `sheets` (at least one) for a new map.
    pub fn import(sheets: Vec<Sheet>, file: String, lang: Lang) -> Self {
        Self::new(
            sheets,
            Target::NewMap {
                file,
                kind: MapKind::CurrentState,
                lang,
            },
        )
    }

    fn new(sheets: Vec<Sheet>, target: Target) -> Self {
        let empty = Table { rows: Vec::new() };
        let layout = table::guess(sheets.first().map_or(&empty, |sheet| &sheet.table));
        Self {
            sheets,
            sheet: 0,
            layout,
            target,
            worked: None,
        }
    }

    fn table(&self) -> &Table {
        self.sheets
            .get(self.sheet)
            .map_or(&EMPTY_TABLE, |sheet| &sheet.table)
    }

    /// Works out what the table makes with the current choices, for `map` (the open map).
    fn work(&self, map: Option<&Map>, lang: Lang) -> Worked {
        let table = self.table();
        match (&self.target, map) {
            (Target::Map { slot }, Some(map)) => {
                let plan = table::plan(map, table, &self.layout);
                let edit = plan.edit(map, *slot);
                let mut after = map.clone();
                let summary = match edit.apply(&mut after) {
                    Ok(()) => Summary::between(Some(map), &after),
                    Err(error) => {
                        log::warn!("a pasted table's edit does not apply: {error}");
                        Summary::default()
                    }
                };
                Worked {
                    summary,
                    unplaced: plan
                        .unplaced
                        .iter()
                        .map(|item| item.message(lang))
                        .collect(),
                    result: Made::Edit(edit),
                }
            }
            (
                Target::NewMap {
                    kind,
                    lang: map_lang,
                    file,
                },
                _,
            ) => match table::new_map(table, &self.layout, *kind, *map_lang) {
                Ok((mut map, unplaced)) => {
                    // The reader leaves the title to the caller: the file's name, as the user
                    // knows the table.
                    map.title = title_of_file(file);
                    Worked {
                        summary: Summary::between(None, &map),
                        unplaced: unplaced.iter().map(|item| item.message(lang)).collect(),
                        result: Made::Map(Box::new(map)),
                    }
                }
                Err(error) => Worked {
                    summary: Summary::default(),
                    unplaced: Vec::new(),
                    result: Made::Nothing(error.message(lang)),
                },
            },
            (Target::Map { .. }, None) => Worked {
                summary: Summary::default(),
                unplaced: Vec::new(),
                result: Made::Nothing(String::new()),
            },
        }
    }

    /// Shows the preview over `map` (the open map; `None` for a new one).
    pub fn ui(&mut self, ctx: &Context, texts: &Texts, map: Option<&Map>) -> PreviewOutcome {
        let lang = texts.lang();
        if ctx.input_mut(|input| input.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
            return PreviewOutcome::Cancelled;
        }
        let mut outcome = PreviewOutcome::Open;
        let screen = ctx.content_rect();
        let modal =
            egui::Modal::new(egui::Id::unique("journeymap-paste-preview")).show(ctx, |ui| {
                // Sized for a 1024 × 640 laptop: the whole dialog fits, the grid scrolls.
                let width =
                    (screen.width() - style::MARGIN).clamp(style::MIN_WIDTH, style::MAX_WIDTH);
                ui.set_width(width);
                let title = match &self.target {
                    Target::Map { .. } => texts.get("paste-preview-title"),
                    Target::NewMap { file, .. } => {
                        texts.get_with("import-preview-title", &[("file", file.as_str().into())])
                    }
                };
                ui.heading(title);
                let mut changed = self.choices_ui(ui, texts);
                if self.layout.shape == Shape::List {
                    let table = self
                        .sheets
                        .get(self.sheet)
                        .map_or(&EMPTY_TABLE, |sheet| &sheet.table);
                    changed |= columns::columns_ui(ui, texts, table, &mut self.layout);
                }
                if changed {
                    self.worked = None;
                }
                let notes: Vec<String> = self
                    .sheets
                    .get(self.sheet)
                    .map(|sheet| sheet.notes.iter().map(|note| note.message(lang)).collect())
                    .unwrap_or_default();
                let grid_height = (screen.height() * style::GRID_SHARE).max(style::MIN_GRID_HEIGHT);
                // Borrowed, not copied: a large table's edit or new map is cloned only when
                // the user adds it.
                if self.worked.is_none() {
                    self.worked = Some(self.work(map, lang));
                }
                let Some(worked) = &self.worked else {
                    return;
                };
                ui.separator();
                if let Made::Nothing(why) = &worked.result {
                    ui.label(RichText::new(why).color(ui.visuals().warn_fg_color));
                } else {
                    grid::grid_ui(ui, texts, &worked.summary, grid_height);
                }
                for note in &notes {
                    ui.label(RichText::new(note).weak().small());
                }
                unplaced_ui(ui, texts, &worked.unplaced);
                ui.separator();
                ui.horizontal(|ui| {
                    let count = worked.summary.cards.len();
                    let add = match self.target {
                        Target::Map { .. } => {
                            texts.get_with("paste-preview-add", &[("count", count.into())])
                        }
                        Target::NewMap { .. } => {
                            texts.get_with("import-preview-create", &[("count", count.into())])
                        }
                    };
                    let can_add = match &worked.result {
                        Made::Edit(_) => count > 0,
                        Made::Map(_) => true,
                        Made::Nothing(_) => false,
                    };
                    if ui.add_enabled(can_add, egui::Button::new(add)).clicked() {
                        outcome = match &worked.result {
                            Made::Edit(edit) => {
                                PreviewOutcome::Add(edit.clone(), worked.summary.clone())
                            }
                            Made::Map(map) => PreviewOutcome::Create(map.clone()),
                            Made::Nothing(_) => PreviewOutcome::Open,
                        };
                    }
                    if ui.button(texts.get("dialog-cancel")).clicked() {
                        outcome = PreviewOutcome::Cancelled;
                    }
                });
            });
        if modal.should_close() && matches!(outcome, PreviewOutcome::Open) {
            outcome = PreviewOutcome::Cancelled;
        }
        outcome
    }

    /// The sheet, the map kind and language of a new map, and the shape; whether any changed.
    fn choices_ui(&mut self, ui: &mut egui::Ui, texts: &Texts) -> bool {
        let mut changed = false;
        if self.sheets.len() > 1 {
            ui.horizontal(|ui| {
                let label = texts.get("import-preview-sheet");
                ui.label(&label);
                let name = |sheets: &[Sheet], index: usize| {
                    sheets
                        .get(index)
                        .map_or_else(String::new, |s| s.name.clone())
                };
                let before = self.sheet;
                let _ = egui::ComboBox::from_id_salt("journeymap-import-sheet")
                    .selected_text(name(&self.sheets, self.sheet))
                    .show_ui(ui, |ui| {
                        for index in 0..self.sheets.len() {
                            ui.selectable_value(&mut self.sheet, index, name(&self.sheets, index));
                        }
                    })
                    .response
                    .accessible_name(label);
                if self.sheet != before {
                    self.layout = table::guess(self.table());
                    changed = true;
                }
            });
        }
        if let Target::NewMap { kind, lang, .. } = &mut self.target {
            ui.horizontal(|ui| {
                let label = texts.get("import-preview-kind");
                ui.label(&label);
                let before = (*kind, *lang);
                let _ = egui::ComboBox::from_id_salt("journeymap-import-kind")
                    .selected_text(texts.get(i18n::kind_id(*kind)))
                    .show_ui(ui, |ui| {
                        for choice in MapKind::ALL {
                            ui.selectable_value(kind, choice, texts.get(i18n::kind_id(choice)));
                        }
                    })
                    .response
                    .accessible_name(label);
                ui.label(texts.get("dialog-new-language"));
                ui.radio_value(lang, Lang::En, texts.get("lang-en"));
                ui.radio_value(lang, Lang::De, texts.get("lang-de"));
                changed |= before != (*kind, *lang);
            });
        }
        ui.horizontal(|ui| {
            ui.label(texts.get("paste-preview-shape"));
            let before = self.layout.shape;
            ui.radio_value(
                &mut self.layout.shape,
                Shape::Grid,
                texts.get("paste-preview-grid"),
            );
            ui.radio_value(
                &mut self.layout.shape,
                Shape::List,
                texts.get("paste-preview-list"),
            );
            changed |= before != self.layout.shape;
        });
        let hint = match (self.layout.shape, &self.target) {
            (Shape::Grid, _) => texts.get("paste-preview-grid-hint"),
            (Shape::List, Target::Map { .. }) => texts.get("paste-preview-list-hint"),
            // A new map has no selected cell for rows without a stage or lane.
            (Shape::List, Target::NewMap { .. }) => texts.get("import-preview-list-hint"),
        };
        ui.label(RichText::new(hint).weak().small());
        changed
    }
}

/// No table: what an empty sheet reads as.
static EMPTY_TABLE: Table = Table { rows: Vec::new() };

/// A map's title from the name of the file it was imported from: the name without extension.
fn title_of_file(file: &str) -> String {
    std::path::Path::new(file).file_stem().map_or_else(
        || file.to_owned(),
        |stem| stem.to_string_lossy().into_owned(),
    )
}

/// "Not placed": each item of the table that makes no card, and why.
fn unplaced_ui(ui: &mut egui::Ui, texts: &Texts, unplaced: &[String]) {
    if unplaced.is_empty() {
        return;
    }
    ui.label(
        RichText::new(texts.get_with(
            "paste-preview-unplaced",
            &[("count", unplaced.len().into())],
        ))
        .strong()
        .color(ui.visuals().warn_fg_color),
    );
    // One line each, and only the lines in view are laid out: a table of thousands of rows
    // that fit nowhere stays quick to scroll.
    let row_height = ui.text_style_height(&egui::TextStyle::Body);
    egui::ScrollArea::vertical()
        .id_salt("journeymap-paste-unplaced")
        .max_height(style::UNPLACED_HEIGHT)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, unplaced.len(), |ui, rows| {
            for item in unplaced.get(rows).unwrap_or_default() {
                ui.add(egui::Label::new(format!("• {item}")).truncate())
                    .on_hover_text(item);
            }
        });
}
