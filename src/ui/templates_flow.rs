//! The user's own templates in the editor: File ▸ Save as template…, and starting, renaming and
//! deleting templates from the start screen. The files live in the templates folder
//! ([`file::user_templates`]); the start screen reads it again after each change.

use std::path::{Path, PathBuf};

use egui::Ui;

use super::shell::EditorApp;
use super::status::Cause;
use super::suggested_names::name_from_title;
use super::templates::{TemplateAnswer, TemplateDialog};
use crate::file::user_templates::{self, Listed, RenameError};
use crate::i18n;

impl EditorApp {
    /// Keeps the user's templates in `folder` instead of the platform's data folder.
    pub fn set_templates_dir(&mut self, folder: PathBuf) {
        self.templates_dir = Some(folder);
        self.listed_templates = None;
    }

    /// The templates folder, if there is one.
    fn templates_dir(&self) -> Option<PathBuf> {
        self.templates_dir
            .clone()
            .or_else(user_templates::platform_dir)
    }

    /// The templates in the folder, read once and again after each change.
    pub(super) fn listed_templates(&mut self) -> &[Listed] {
        if self.listed_templates.is_none() {
            let listed = self
                .templates_dir()
                .map(|dir| user_templates::list(&dir))
                .unwrap_or_default();
            self.listed_templates = Some(listed);
        }
        self.listed_templates.as_deref().unwrap_or_default()
    }

    /// File ▸ Save as template…: asks for the name, prefilled with the map's title.
    pub(super) fn ask_to_save_as_template(&mut self) {
        if let Some(session) = &self.session {
            self.template_dialog = Some(TemplateDialog::Save {
                name: session.doc.map().title.trim().to_owned(),
                keep_cards: false,
            });
        }
    }

    /// Start screen: asks for a template's new name.
    pub(super) fn ask_to_rename_template(&mut self, path: PathBuf, name: String) {
        self.template_dialog = Some(TemplateDialog::Rename {
            path,
            name,
            problem: None,
        });
    }

    /// Start screen: asks whether to delete a template.
    pub(super) fn ask_to_delete_template(&mut self, path: PathBuf, name: String) {
        self.template_dialog = Some(TemplateDialog::Delete { path, name });
    }

    /// Start screen: a new map from the template at `path`, with no file of its own, so the
    /// template stays as it is and Save asks where to put the map.
    pub(super) fn start_from_user_template(&mut self, path: &Path) {
        match crate::file::load(path) {
            Ok(map) => self.show_map(map, None, None),
            Err(error) => {
                let texts = i18n::texts(self.lang);
                let text = super::file_flows::open_error_text(texts, &error, false);
                self.status.error(Cause::Open, text);
                self.listed_templates = None;
            }
        }
    }

    /// The open question about a template, and what its answer does.
    pub(super) fn template_dialog_ui(&mut self, ui: &Ui) {
        let Some(dialog) = &mut self.template_dialog else {
            return;
        };
        let texts = i18n::texts(self.lang);
        let Some(answer) = dialog.ui(ui, texts) else {
            return;
        };
        self.template_dialog = None;
        match answer {
            TemplateAnswer::Cancel => {}
            TemplateAnswer::Save { name, keep_cards } => {
                self.save_as_template(name, keep_cards, false);
            }
            TemplateAnswer::Replace {
                name, keep_cards, ..
            } => self.save_as_template(name, keep_cards, true),
            TemplateAnswer::AnotherName { name, keep_cards } => {
                self.template_dialog = Some(TemplateDialog::Save { name, keep_cards });
            }
            TemplateAnswer::Rename { path, name } => self.rename_template(path, name),
            TemplateAnswer::Delete(path) => self.delete_template(&path),
        }
    }

    /// The file a template called `name` goes to.
    fn template_path(&self, name: &str) -> Option<PathBuf> {
        let stem = name_from_title(name)?;
        Some(user_templates::path_for(&self.templates_dir()?, &stem))
    }

    /// Saves the shown map as the template `name`; asks first if one of that name exists,
    /// unless `replace`.
    fn save_as_template(&mut self, name: String, keep_cards: bool, replace: bool) {
        let texts = i18n::texts(self.lang);
        let Some(session) = &self.session else {
            return;
        };
        let Some(path) = self.template_path(&name) else {
            self.status
                .error(Cause::Save, texts.get("template-no-folder"));
            return;
        };
        if path.exists() && !replace {
            self.template_dialog = Some(TemplateDialog::Replace {
                name,
                keep_cards,
                path,
            });
            return;
        }
        let template = user_templates::template_of(session.doc.map(), &name, keep_cards);
        match user_templates::save(&template, &path) {
            Ok(()) => {
                self.listed_templates = None;
                self.status.done(
                    Cause::Save,
                    texts.get_with("template-saved", &[("name", name.into())]),
                );
            }
            Err(error) => self
                .status
                .error(Cause::Save, i18n::files::file_error(texts, &error)),
        }
    }

    fn rename_template(&mut self, path: PathBuf, name: String) {
        let texts = i18n::texts(self.lang);
        let Some(stem) = name_from_title(&name) else {
            return;
        };
        let problem = match user_templates::rename(&path, &name, &stem) {
            Ok(_) => {
                self.listed_templates = None;
                return;
            }
            Err(RenameError::Taken(_)) => {
                texts.get_with("template-name-taken", &[("name", name.clone().into())])
            }
            Err(RenameError::File(error)) => i18n::files::file_error(texts, &error),
            Err(RenameError::Remove(old, io)) => {
                // The renamed copy is there; the old file stays beside it, and the list says so.
                self.listed_templates = None;
                let text = texts.get_with(
                    "template-remove-failed",
                    &[
                        ("file", old.display().to_string().into()),
                        ("reason", crate::file::describe_io(&io).into()),
                    ],
                );
                self.status.error(Cause::Save, text);
                return;
            }
        };
        self.template_dialog = Some(TemplateDialog::Rename {
            path,
            name,
            problem: Some(problem),
        });
    }

    fn delete_template(&mut self, path: &Path) {
        self.listed_templates = None;
        if let Err(io) = user_templates::delete(path) {
            let texts = i18n::texts(self.lang);
            self.status.error(
                Cause::Open,
                texts.get_with(
                    "template-remove-failed",
                    &[
                        ("file", path.display().to_string().into()),
                        ("reason", crate::file::describe_io(&io).into()),
                    ],
                ),
            );
        }
    }
}
