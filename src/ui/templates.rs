//! The questions about the user's own templates: what to call a map saved as a template and
//! whether it keeps its cards, a new name for a template, and whether to delete one.

use std::path::PathBuf;

use egui::{Key, Modal, Modifiers, RichText, Ui};

use super::overwrite::{Choice, overwrite_ui};
use crate::i18n::Texts;

/// A question about a template, open until answered.
#[derive(Debug)]
pub(super) enum TemplateDialog {
    /// File ▸ Save as template…: the name and whether to keep the cards.
    Save {
        /// The template's name, prefilled with the map's title.
        name: String,
        /// Whether the template keeps the cards (off: only the structure).
        keep_cards: bool,
    },
    /// "Replace the template of that name?"
    Replace {
        /// The name asked for.
        name: String,
        /// Whether the template keeps the cards.
        keep_cards: bool,
        /// The file that is there.
        path: PathBuf,
    },
    /// A template's new name.
    Rename {
        /// The template's file.
        path: PathBuf,
        /// The new name, prefilled with the old one.
        name: String,
        /// Why the last try failed, shown under the name.
        problem: Option<String>,
    },
    /// "Delete the template?"
    Delete {
        /// The template's file.
        path: PathBuf,
        /// Its name, to ask about.
        name: String,
    },
}

/// What the user answered.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum TemplateAnswer {
    /// Save the map as a template under this name, asking before replacing one.
    Save { name: String, keep_cards: bool },
    /// Save the map as a template over the file at `path`.
    Replace {
        name: String,
        keep_cards: bool,
        path: PathBuf,
    },
    /// Back to the name, to choose another.
    AnotherName { name: String, keep_cards: bool },
    /// Rename the template.
    Rename { path: PathBuf, name: String },
    /// Delete the template.
    Delete(PathBuf),
    /// Close without doing anything.
    Cancel,
}

impl TemplateDialog {
    /// Shows the question; `None` while the user decides. Enter confirms a name, Esc cancels.
    pub(super) fn ui(&mut self, ui: &Ui, texts: &Texts) -> Option<TemplateAnswer> {
        if let Self::Replace {
            name,
            keep_cards,
            path,
        } = self
        {
            return overwrite_ui(ui, texts, std::slice::from_ref(path)).map(
                |choice| match choice {
                    Choice::Replace => TemplateAnswer::Replace {
                        name: name.clone(),
                        keep_cards: *keep_cards,
                        path: path.clone(),
                    },
                    Choice::AnotherName => TemplateAnswer::AnotherName {
                        name: name.clone(),
                        keep_cards: *keep_cards,
                    },
                    Choice::Cancel => TemplateAnswer::Cancel,
                },
            );
        }
        let enter = ui
            .ctx()
            .input_mut(|input| input.consume_key(Modifiers::NONE, Key::Enter));
        let mut answer = None;
        let modal = Modal::new(egui::Id::unique("journeymap-template")).show(ui.ctx(), |ui| {
            ui.set_min_width(420.0);
            ui.set_max_width(520.0);
            answer = match self {
                Self::Save { name, keep_cards } => save_ui(ui, texts, name, keep_cards, enter),
                // Answered above.
                Self::Replace { .. } => None,
                Self::Rename {
                    path,
                    name,
                    problem,
                } => rename_ui(ui, texts, name, problem.as_deref(), enter).map(|rename| {
                    if rename {
                        TemplateAnswer::Rename {
                            path: path.clone(),
                            name: name.trim().to_owned(),
                        }
                    } else {
                        TemplateAnswer::Cancel
                    }
                }),
                Self::Delete { path, name } => delete_ui(ui, texts, name).map(|delete| {
                    if delete {
                        TemplateAnswer::Delete(path.clone())
                    } else {
                        TemplateAnswer::Cancel
                    }
                }),
            };
        });
        if answer.is_none() && modal.should_close() {
            answer = Some(TemplateAnswer::Cancel);
        }
        answer
    }
}

/// The name field, focused so the user can type at once.
fn name_field(ui: &mut Ui, texts: &Texts, name: &mut String) {
    let field = ui
        .add(egui::TextEdit::singleline(name).desired_width(f32::INFINITY))
        .accessible_name(texts.get("template-name"));
    if !field.has_focus() && !field.lost_focus() {
        field.request_focus();
    }
}

/// The confirm button and Cancel; `Some(true)` confirms (also Enter, if `can_confirm`).
fn buttons(
    ui: &mut Ui,
    texts: &Texts,
    confirm: &str,
    can_confirm: bool,
    enter: bool,
) -> Option<bool> {
    let mut answer = None;
    ui.horizontal(|ui| {
        let button = ui.add_enabled(can_confirm, egui::Button::new(confirm));
        if button.clicked() || (enter && can_confirm) {
            answer = Some(true);
        }
        if ui.button(texts.get("dialog-cancel")).clicked() {
            answer = Some(false);
        }
    });
    answer
}

fn save_ui(
    ui: &mut Ui,
    texts: &Texts,
    name: &mut String,
    keep_cards: &mut bool,
    enter: bool,
) -> Option<TemplateAnswer> {
    ui.heading(texts.get("template-save-title"));
    ui.label(texts.get("template-save-hint"));
    ui.label(texts.get("template-name"));
    name_field(ui, texts, name);
    ui.checkbox(keep_cards, texts.get("template-keep-cards"));
    let can_save = !name.trim().is_empty();
    buttons(ui, texts, &texts.get("template-save"), can_save, enter).map(|save| {
        if save {
            TemplateAnswer::Save {
                name: name.trim().to_owned(),
                keep_cards: *keep_cards,
            }
        } else {
            TemplateAnswer::Cancel
        }
    })
}

/// `Some(true)`: rename; `Some(false)`: cancel.
fn rename_ui(
    ui: &mut Ui,
    texts: &Texts,
    name: &mut String,
    problem: Option<&str>,
    enter: bool,
) -> Option<bool> {
    ui.heading(texts.get("template-rename-title"));
    ui.label(texts.get("template-name"));
    name_field(ui, texts, name);
    if let Some(problem) = problem {
        ui.label(RichText::new(problem).color(ui.visuals().warn_fg_color));
    }
    let can_rename = !name.trim().is_empty();
    buttons(ui, texts, &texts.get("template-rename"), can_rename, enter)
}

/// Enter does not delete: a slip of the finger should not cost a template.
fn delete_ui(ui: &mut Ui, texts: &Texts, name: &str) -> Option<bool> {
    ui.heading(texts.get_with("template-delete-title", &[("name", name.into())]));
    ui.label(texts.get("template-delete-body"));
    buttons(ui, texts, &texts.get("template-delete"), true, false)
}
