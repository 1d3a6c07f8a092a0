//! "Compare with…": which map to compare the shown one with — another open tab, or a map file
//! (which may be the shown map's own file, to see the unsaved changes against it). A path field
//! that always works, plus the system's file chooser where there is one, like the file dialog.

use std::path::PathBuf;

use egui::{Context, Key, Modal, Modifiers};

use crate::i18n::Texts;

/// The open "Compare with…" question.
#[derive(Debug, Default)]
pub struct Picker {
    path: String,
    /// Whether the path field was given the keyboard: once, when the question opens, so a
    /// path can be typed at once and the tab buttons still take clicks.
    focused: bool,
}

/// What the user picked.
pub enum Picked {
    /// Still deciding.
    Open,
    /// The open map of this tab.
    Tab(usize),
    /// The map in this file.
    File(PathBuf),
    /// Nothing: the question was closed.
    Cancelled,
}

impl Picker {
    /// Asks with what to compare the map titled `title`; `tabs` are the other open maps, as
    /// (tab index, title).
    pub fn ui(
        &mut self,
        ctx: &Context,
        texts: &Texts,
        title: &str,
        tabs: &[(usize, String)],
    ) -> Picked {
        let (enter, escape) = ctx.input_mut(|input| {
            (
                input.consume_key(Modifiers::NONE, Key::Enter),
                input.consume_key(Modifiers::NONE, Key::Escape),
            )
        });
        if escape {
            return Picked::Cancelled;
        }
        let mut picked = Picked::Open;
        let modal = Modal::new(egui::Id::unique("journeymap-compare-picker")).show(ctx, |ui| {
            ui.set_min_width(460.0);
            ui.heading(texts.get_with("compare-pick-title", &[("title", title.into())]));
            ui.add_space(6.0);
            ui.label(texts.get("compare-pick-tabs"));
            if tabs.is_empty() {
                ui.label(egui::RichText::new(texts.get("compare-pick-no-tabs")).weak());
            }
            for (index, title) in tabs {
                if ui.button(title).clicked() {
                    picked = Picked::Tab(*index);
                }
            }
            ui.add_space(8.0);
            ui.label(texts.get("compare-pick-file"));
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.path)
                        .desired_width(f32::INFINITY)
                        .hint_text("~/maps/journey-future-state.ron"),
                )
                .accessible_name(texts.get("compare-pick-path"));
            if !self.focused {
                field.request_focus();
                self.focused = true;
            }
            ui.horizontal(|ui| {
                if ui.button(texts.get("dialog-browse")).clicked()
                    && let Some(path) = rfd::FileDialog::new()
                        .add_filter("journeymap", &["ron"])
                        .pick_file()
                {
                    self.path = path.display().to_string();
                }
                let has_path = !self.path.trim().is_empty();
                let compare = ui.add_enabled(
                    has_path,
                    egui::Button::new(texts.get("compare-pick-compare")),
                );
                if (compare.clicked() || enter) && has_path {
                    picked = Picked::File(expand_home(self.path.trim()));
                }
                if ui.button(texts.get("dialog-cancel")).clicked() {
                    picked = Picked::Cancelled;
                }
            });
        });
        if modal.should_close() && matches!(picked, Picked::Open) {
            picked = Picked::Cancelled;
        }
        picked
    }
}

/// `~/x` → the home folder's `x`.
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), directories::BaseDirs::new()) {
        (Some(rest), Some(dirs)) => dirs.home_dir().join(rest),
        _ => PathBuf::from(path),
    }
}
