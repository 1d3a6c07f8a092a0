//! Several maps open at once, one tab each: the current state beside its future state, a
//! competitor's journey, a second target group. Each tab is a [`MapSession`] of its own, with
//! its own undo history, autosave slot and recovery copy.
//!
//! The shown map stays in `EditorApp::session`, where every flow (saving, presenting, the
//! canvas) finds it; the others wait in `parked`, in tab order around it: the tabs read
//! `parked[..tab]`, the shown map, `parked[tab..]`. Switching swaps one in and one out, so no
//! flow has to know about tabs.

use egui::{Sense, Ui};

use super::session::MapSession;
use super::shell::{AfterConfirm, EditorApp};
use crate::i18n::{self, Texts};
use crate::model::Relation;

/// What the user did on the tab bar.
enum TabClick {
    Show(usize),
    Close(usize),
}

impl EditorApp {
    /// How many maps are open.
    pub fn tab_count(&self) -> usize {
        self.parked.len() + usize::from(self.session.is_some())
    }

    /// The position of the shown map among the tabs.
    pub fn current_tab(&self) -> usize {
        self.tab
    }

    /// The open maps in tab order, the shown one included.
    pub fn tabs(&self) -> impl Iterator<Item = &MapSession> {
        let (before, after) = self.parked.split_at(self.tab.min(self.parked.len()));
        before.iter().chain(&self.session).chain(after)
    }

    /// Every open map, the shown one first, to change (autosave, closing the window).
    pub(super) fn sessions_mut(&mut self) -> impl Iterator<Item = &mut MapSession> {
        self.session.iter_mut().chain(&mut self.parked)
    }

    /// Shows the map of tab `index`; the shown map keeps its place among the tabs.
    pub fn show_tab(&mut self, index: usize) {
        if index == self.tab || index >= self.tab_count() {
            return;
        }
        let Some(shown) = self.session.take() else {
            return;
        };
        self.parked.insert(self.tab, shown);
        self.session = Some(self.parked.remove(index));
        self.tab = index;
        self.info_open = false;
    }

    /// Shows the next tab (`step` 1) or the previous one (−1), going round.
    pub(super) fn step_tab(&mut self, step: isize) {
        let count = self.tab_count() as isize;
        if count > 1 {
            self.show_tab((self.tab as isize + step).rem_euclid(count) as usize);
        }
    }

    /// Opens `session` in a new tab right after the shown one, and shows it.
    pub(super) fn add_tab(&mut self, session: MapSession) {
        if let Some(shown) = self.session.take() {
            self.parked.insert(self.tab, shown);
            self.tab += 1;
        }
        self.session = Some(session);
        self.info_open = false;
    }

    /// The tab of the map saved at `path`, if it is open.
    pub(super) fn tab_of(&self, path: &std::path::Path) -> Option<usize> {
        self.tabs()
            .position(|session| session.path.as_deref() == Some(path))
    }

    /// Closes the shown map's tab (its changes were saved or thrown away, so its recovery copy
    /// goes) and shows its right-hand neighbour, or the left one at the end of the row.
    pub(super) fn close_tab(&mut self) {
        if let Some(mut session) = self.session.take() {
            session.autosave.forget();
            // Its room ends with it, without the window waiting for the phones to hear.
            if let Some(room) = session.room.take() {
                if room.hid_inspector() {
                    self.panels.inspector = true;
                }
                super::shell::close_in_background(room);
            }
        }
        self.info_open = false;
        if self.parked.is_empty() {
            self.tab = 0;
            return;
        }
        if self.tab >= self.parked.len() {
            self.tab = self.parked.len() - 1;
        }
        self.session = Some(self.parked.remove(self.tab));
    }

    /// Closes tab `index`, first asking about its unsaved changes.
    pub(super) fn close_tab_asking(&mut self, index: usize) {
        self.show_tab(index);
        if self.has_unsaved_changes() {
            self.confirm = Some(AfterConfirm::CloseTab);
        } else {
            self.close_tab();
        }
    }

    /// Shows the first tab with unsaved changes; `false` if there is none.
    pub(super) fn show_unsaved_tab(&mut self) -> bool {
        let unsaved = self.tabs().position(|session| session.doc.is_dirty());
        match unsaved {
            Some(index) => {
                self.show_tab(index);
                true
            }
            None => false,
        }
    }

    /// Starts a future state or a competitor's journey from the shown map, in a new tab, titled
    /// in the map's language and linked to the map it came from.
    pub(super) fn start_derived(&mut self, relation: Relation) {
        let Some(session) = &self.session else {
            return;
        };
        let map = session.doc.map();
        let id = match relation {
            Relation::FutureStateOf => "derived-future-state-title",
            Relation::CompetitorOf => "derived-competitor-title",
        };
        let words = i18n::texts(map.lang);
        let title = words.get_with(id, &[("title", tab_title(words, session).into())]);
        // The new map is usually saved beside this one, so its file name is what to look for.
        let file = session
            .path
            .as_deref()
            .and_then(std::path::Path::file_name)
            .map(|name| name.to_string_lossy().into_owned());
        let derived = map.derived(relation, title, file);
        self.show_map(derived, None, None);
    }

    /// The row of tabs under the menu bar, once two or more maps are open: each with its title,
    /// a dot while it has unsaved changes, and a close button.
    pub(super) fn tab_bar_ui(&mut self, ui: &mut Ui) {
        if self.tab_count() < 2 {
            return;
        }
        let texts = i18n::texts(self.lang);
        let mut clicked = None;
        egui::Panel::top("journeymap-tabs").show(ui, |ui| {
            egui::ScrollArea::horizontal().show(ui, |ui| {
                ui.horizontal(|ui| {
                    for (index, session) in self.tabs().enumerate() {
                        if let Some(click) = tab_ui(ui, texts, session, index, index == self.tab) {
                            clicked = Some(click);
                        }
                    }
                });
            });
        });
        match clicked {
            Some(TabClick::Show(index)) => self.show_tab(index),
            Some(TabClick::Close(index)) => self.close_tab_asking(index),
            None => {}
        }
    }
}

/// The name a tab shows: the map's title, or its file's name, or "Untitled".
pub(super) fn tab_title(texts: &Texts, session: &MapSession) -> String {
    let title = session.doc.map().title.trim();
    if !title.is_empty() {
        return title.to_owned();
    }
    session.path.as_deref().map_or_else(
        || texts.get("title-untitled"),
        super::file_flows::display_name,
    )
}

/// `title` in at most `max` characters: a long one keeps its start and its end, where a
/// derived map says what it is ("Bakery sign-up … – future state").
fn shortened(title: &str, max: usize) -> String {
    let count = title.chars().count();
    if count <= max {
        return title.to_owned();
    }
    let tail = max / 2;
    let head = max - tail - 1;
    let start: String = title.chars().take(head).collect();
    let end: String = title.chars().skip(count - tail).collect();
    format!("{}…{}", start.trim_end(), end.trim_start())
}

/// One tab; a click shows it, its × or a middle click closes it.
fn tab_ui(
    ui: &mut Ui,
    texts: &Texts,
    session: &MapSession,
    index: usize,
    current: bool,
) -> Option<TabClick> {
    let title = shortened(&tab_title(texts, session), 36);
    // U+2022: egui's own font has it (the window title's ● is drawn by the system).
    let marker = if session.doc.is_dirty() {
        "\u{2022} "
    } else {
        ""
    };
    let mut click = None;
    let frame = egui::Frame::new()
        .inner_margin(egui::Margin::symmetric(6, 2))
        .corner_radius(4.0)
        .fill(if current {
            ui.visuals().selection.bg_fill
        } else {
            ui.visuals().faint_bg_color
        });
    let response = frame
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let label = ui
                    .add(egui::Label::new(format!("{marker}{title}")).sense(Sense::click()))
                    .on_hover_text(session.path.as_deref().map_or_else(
                        || texts.get("title-untitled"),
                        |path| path.display().to_string(),
                    ));
                let name = texts.get_with("tab-name", &[("title", title.clone().into())]);
                label.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::Button, true, current, &name)
                });
                if label.clicked() {
                    click = Some(TabClick::Show(index));
                }
                if label.middle_clicked() {
                    click = Some(TabClick::Close(index));
                }
                let close = ui.small_button("×").on_hover_text(texts.get("tab-close"));
                let name = texts.get_with("tab-close-named", &[("title", title.clone().into())]);
                close.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                if close.clicked() {
                    click = Some(TabClick::Close(index));
                }
            });
        })
        .response;
    if response.middle_clicked() {
        click = Some(TabClick::Close(index));
    }
    click
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_long_title_keeps_its_start_and_end() {
        assert_eq!(super::shortened("Bakery", 36), "Bakery");
        let long = "Customer Journey Map – Ist-Zustand – Wettbewerber";
        let short = super::shortened(long, 36);
        assert!(short.chars().count() <= 36, "{short}");
        assert!(short.starts_with("Customer Journey") && short.ends_with("– Wettbewerber"));
    }
}
