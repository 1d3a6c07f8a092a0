//! "Compare with…" in the editor: the shown map (a) against another open map or a map file
//! (b). First a question picks b, then the comparison replaces the map's canvas until the user
//! goes back with the button or Esc. While it is shown the editor's commands act on no map, so
//! neither map can change behind it.

mod picker;
mod view;

use egui::Ui;

use picker::{Picked, Picker};
use view::{CompareView, Photos};

use super::shell::EditorApp;
use super::status::Cause;
use crate::file;
use crate::i18n;

/// Where "Compare with…" stands.
pub enum Comparing {
    /// Asking which map to compare with.
    Picking(Picker),
    /// Showing the comparison.
    Showing(Box<CompareView>),
}

impl EditorApp {
    /// Whether the comparison is shown instead of the map.
    pub fn is_comparing(&self) -> bool {
        matches!(self.compare, Some(Comparing::Showing(_)))
    }

    /// The comparison's summary line, in the editor's language, while it is shown.
    pub fn comparison_summary(&self) -> Option<String> {
        match &self.compare {
            Some(Comparing::Showing(view)) => Some(view.summary(i18n::texts(self.lang))),
            _ => None,
        }
    }

    /// Asks with which map to compare the shown one.
    pub(super) fn ask_what_to_compare(&mut self) {
        if self.session.is_some() {
            self.info_open = false;
            self.compare = Some(Comparing::Picking(Picker::default()));
        }
    }

    /// Ends the comparison (or the question), back to the editor.
    pub(super) fn end_comparison(&mut self) {
        self.compare = None;
    }

    /// The "Compare with…" question, while it is open.
    pub(super) fn compare_picker_ui(&mut self, ui: &Ui) {
        if !matches!(self.compare, Some(Comparing::Picking(_))) {
            return;
        }
        let texts = i18n::texts(self.lang);
        let Some(session) = &self.session else {
            self.compare = None;
            return;
        };
        let title = super::tabs::tab_title(texts, session);
        let tabs: Vec<(usize, String)> = self
            .tabs()
            .enumerate()
            .filter(|(index, _)| *index != self.tab)
            .map(|(index, session)| (index, super::tabs::tab_title(texts, session)))
            .collect();
        let Some(Comparing::Picking(picker)) = &mut self.compare else {
            return;
        };
        match picker.ui(ui.ctx(), texts, &title, &tabs) {
            Picked::Open => {}
            Picked::Cancelled => self.compare = None,
            Picked::Tab(index) => {
                let other = self.tabs().nth(index).map(|other| other.doc.map().clone());
                match other {
                    Some(b) => self.show_comparison(b, Some(index)),
                    None => self.compare = None,
                }
            }
            Picked::File(path) => match file::load(&path) {
                Ok(b) => self.show_comparison(b, None),
                Err(error) => {
                    self.compare = None;
                    let text = super::file_flows::open_error_text(texts, &error, true);
                    self.status.error(Cause::Open, text);
                }
            },
        }
    }

    /// Shows the shown map compared with `other` (from tab `other_tab`, if it came from one).
    fn show_comparison(&mut self, other: crate::model::Map, other_tab: Option<usize>) {
        let Some(session) = &self.session else {
            return;
        };
        let shown = session.doc.map().clone();
        self.compare = Some(Comparing::Showing(Box::new(CompareView::new(
            shown, other, other_tab,
        ))));
        self.status.clear();
    }

    /// The comparison in place of the canvas, while it is shown.
    pub(super) fn comparison_ui(&mut self, ui: &mut Ui) {
        let texts = i18n::texts(self.lang);
        let shown_photo = self
            .session
            .as_ref()
            .and_then(|session| session.photo.photo());
        let Some(Comparing::Showing(view)) = &self.compare else {
            return;
        };
        let other_photo = view
            .other_tab
            .and_then(|index| self.tabs().nth(index))
            .and_then(|session| session.photo.photo());
        let Some(Comparing::Showing(view)) = &mut self.compare else {
            return;
        };
        let photos = if view.shown_is_b {
            Photos {
                a: other_photo,
                b: shown_photo,
            }
        } else {
            Photos {
                a: shown_photo,
                b: other_photo,
            }
        };
        if view.ui(ui, texts, photos) {
            self.end_comparison();
        }
    }
}
