//! The user's own templates in the editor: File ▸ Save as template…, and starting, renaming and
//! deleting templates from the start screen. The files live in the templates folder
//! ([`file::user_templates`](crate::file::user_templates)); the start screen reads it again after
//! each change.

use std::path::{Path, PathBuf};

use egui::Ui;

use super::status::Cause;
use super::suggested_names::name_from_title;
use super::templates::{TemplateAnswer, TemplateDialog};
use crate::file::user_templates::{self, Listed, RenameError};
use crate::i18n::{self, Texts};
use crate::model::Map;

/// The templates folder, what the start screen last read there, and the open question.
#[derive(Debug, Default)]
pub(super) struct UserTemplates {
    /// Where the templates are kept; the platform's data folder unless set.
    dir: Option<PathBuf>,
    /// The folder as last read; `None` reads it again.
    listed: Option<Vec<Listed>>,
    /// A question about a template, while it is open.
    dialog: Option<TemplateDialog>,
}

/// What the shell must do after a template was dealt with.
#[derive(Debug)]
pub(super) enum TemplatesOutcome {
    /// Show this new map, with no file of its own.
    Start(Box<Map>),
    /// Tell the user it worked.
    Done(Cause, String),
    /// Tell the user what went wrong.
    Failed(Cause, String),
}

impl UserTemplates {
    /// Keeps the templates in `folder`.
    pub(super) fn set_dir(&mut self, folder: PathBuf) {
        self.dir = Some(folder);
        self.listed = None;
    }

    /// Whether a question about a template is open (it blocks the map).
    pub(super) fn is_asking(&self) -> bool {
        self.dialog.is_some()
    }

    /// Reads the folder again the next time the start screen shows: a colleague's template
    /// may have been put there in the meantime.
    pub(super) fn read_again(&mut self) {
        self.listed = None;
    }

    /// The templates folder, if there is one.
    fn dir(&self) -> Option<PathBuf> {
        self.dir.clone().or_else(user_templates::platform_dir)
    }

    /// The templates in the folder, read once and again after each change.
    pub(super) fn listed(&mut self) -> &[Listed] {
        if self.listed.is_none() {
            let listed = self
                .dir()
                .map(|dir| user_templates::list(&dir))
                .unwrap_or_default();
            self.listed = Some(listed);
        }
        self.listed.as_deref().unwrap_or_default()
    }

    /// File ▸ Save as template…: asks for the name, prefilled with the map's title.
    pub(super) fn ask_to_save(&mut self, map: &Map) {
        self.dialog = Some(TemplateDialog::Save {
            name: map.title.trim().to_owned(),
            keep_cards: false,
        });
    }

    /// Start screen: asks for a template's new name.
    pub(super) fn ask_to_rename(&mut self, path: PathBuf, name: String) {
        self.dialog = Some(TemplateDialog::Rename {
            path,
            name,
            problem: None,
        });
    }

    /// Start screen: asks whether to delete a template.
    pub(super) fn ask_to_delete(&mut self, path: PathBuf, name: String) {
        self.dialog = Some(TemplateDialog::Delete { path, name });
    }

    /// Start screen: a new map from the template at `path`. The map gets no file of its own,
    /// so the template stays as it is and Save asks where to put the map.
    pub(super) fn start(&mut self, texts: &Texts, path: &Path) -> TemplatesOutcome {
        match crate::file::load(path) {
            Ok(map) => TemplatesOutcome::Start(Box::new(map)),
            Err(error) => {
                self.listed = None;
                let text = super::file_flows::open_error_text(texts, &error, false);
                TemplatesOutcome::Failed(Cause::Open, text)
            }
        }
    }

    /// The open question about a template, and what its answer does; `map` is the shown map,
    /// if any.
    pub(super) fn dialog_ui(
        &mut self,
        ui: &Ui,
        texts: &Texts,
        map: Option<&Map>,
    ) -> Option<TemplatesOutcome> {
        let answer = self.dialog.as_mut()?.ui(ui, texts)?;
        self.dialog = None;
        match answer {
            TemplateAnswer::Cancel => None,
            TemplateAnswer::Save { name, keep_cards } => {
                self.save(texts, map?, name, keep_cards, false)
            }
            TemplateAnswer::Replace {
                name, keep_cards, ..
            } => self.save(texts, map?, name, keep_cards, true),
            TemplateAnswer::AnotherName { name, keep_cards } => {
                self.dialog = Some(TemplateDialog::Save { name, keep_cards });
                None
            }
            TemplateAnswer::Rename { path, name } => self.rename(texts, path, name),
            TemplateAnswer::Delete(path) => self.delete(texts, &path),
        }
    }

    /// Saves `map` as the template `name`; asks first if one of that name exists, unless
    /// `replace`.
    fn save(
        &mut self,
        texts: &Texts,
        map: &Map,
        name: String,
        keep_cards: bool,
        replace: bool,
    ) -> Option<TemplatesOutcome> {
        let path = name_from_title(&name)
            .zip(self.dir())
            .map(|(stem, dir)| user_templates::path_for(&dir, &stem));
        let Some(path) = path else {
            let text = texts.get("template-no-folder");
            return Some(TemplatesOutcome::Failed(Cause::Save, text));
        };
        if path.exists() && !replace {
            self.dialog = Some(TemplateDialog::Replace {
                name,
                keep_cards,
                path,
            });
            return None;
        }
        let template = user_templates::template_of(map, &name, keep_cards);
        Some(match user_templates::save(&template, &path) {
            Ok(()) => {
                self.listed = None;
                let text = texts.get_with("template-saved", &[("name", name.into())]);
                TemplatesOutcome::Done(Cause::Save, text)
            }
            Err(error) => {
                TemplatesOutcome::Failed(Cause::Save, i18n::files::file_error(texts, &error))
            }
        })
    }

    fn rename(&mut self, texts: &Texts, path: PathBuf, name: String) -> Option<TemplatesOutcome> {
        let stem = name_from_title(&name)?;
        let problem = match user_templates::rename(&path, &name, &stem) {
            Ok(_) => {
                self.listed = None;
                return None;
            }
            Err(RenameError::Taken(_)) => {
                texts.get_with("template-name-taken", &[("name", name.clone().into())])
            }
            Err(RenameError::File(error)) => i18n::files::file_error(texts, &error),
            Err(RenameError::Remove(old, io)) => {
                // The renamed copy is there; the old file stays beside it, and the list says so.
                self.listed = None;
                return Some(remove_failed(texts, &old, &io));
            }
        };
        self.dialog = Some(TemplateDialog::Rename {
            path,
            name,
            problem: Some(problem),
        });
        None
    }

    fn delete(&mut self, texts: &Texts, path: &Path) -> Option<TemplatesOutcome> {
        self.listed = None;
        user_templates::delete(path)
            .err()
            .map(|io| remove_failed(texts, path, &io))
    }
}

/// "Could not delete FILE: REASON".
fn remove_failed(texts: &Texts, path: &Path, io: &std::io::Error) -> TemplatesOutcome {
    let text = texts.get_with(
        "template-remove-failed",
        &[
            ("file", path.display().to_string().into()),
            ("reason", crate::file::describe_io(io).into()),
        ],
    );
    TemplatesOutcome::Failed(Cause::Save, text)
}
