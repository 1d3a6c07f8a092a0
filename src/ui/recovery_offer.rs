//! The window that offers back the maps an editor that crashed (or was killed) left unsaved.

use std::time::{Duration, SystemTime};

use egui::{Align2, Context, RichText};

use crate::i18n::Texts;
use crate::recovery::Leftover;

/// What the user chose for one leftover.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfferChoice {
    /// Open it in place of the current map.
    Restore(usize),
    /// Delete it.
    Discard(usize),
    /// Close the window; the leftovers stay for the next start.
    Later,
}

/// Shows the offer. A restored map opens in a tab of its own, beside whatever is open.
pub fn recovery_offer_ui(
    ctx: &Context,
    texts: &Texts,
    leftovers: &[Leftover],
) -> Option<OfferChoice> {
    let mut choice = None;
    egui::Window::new(texts.get("recovery-title"))
        .collapsible(false)
        .resizable(false)
        .anchor(Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.label(texts.get("recovery-intro"));
            ui.add_space(8.0);
            for (index, leftover) in leftovers.iter().enumerate() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    if let Some(picked) = leftover_ui(ui, texts, index, leftover) {
                        choice = Some(picked);
                    }
                });
            }
            ui.add_space(4.0);
            if ui.button(texts.get("recovery-later")).clicked() {
                choice = Some(OfferChoice::Later);
            }
        });
    choice
}

fn leftover_ui(
    ui: &mut egui::Ui,
    texts: &Texts,
    index: usize,
    leftover: &Leftover,
) -> Option<OfferChoice> {
    let title = if leftover.meta.title.trim().is_empty() {
        texts.get("recovery-untitled")
    } else {
        leftover.meta.title.clone()
    };
    ui.label(RichText::new(title).strong());
    let file = leftover.meta.source.as_ref().map_or_else(
        || texts.get("recovery-never-saved"),
        |path| path.display().to_string(),
    );
    ui.label(RichText::new(format!("{file} · {}", ago(texts, leftover.meta.saved_at))).weak());
    if let Err(error) = &leftover.map {
        ui.colored_label(
            ui.visuals().error_fg_color,
            texts.get_with(
                "recovery-unreadable",
                &[("error", unreadable(texts, error).into())],
            ),
        );
    }
    let mut choice = None;
    ui.horizontal(|ui| {
        let restorable = leftover.map.is_ok();
        if ui
            .add_enabled(restorable, egui::Button::new(texts.get("recovery-restore")))
            .clicked()
        {
            choice = Some(OfferChoice::Restore(index));
        }
        if ui.button(texts.get("recovery-discard")).clicked() {
            choice = Some(OfferChoice::Discard(index));
        }
    });
    choice
}

/// "3 minutes ago" for a time in seconds since 1970.
fn ago(texts: &Texts, saved_at: u64) -> String {
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs();
    let seconds = now.saturating_sub(saved_at);
    let (id, count) = match seconds {
        0..60 => return texts.get("recovery-just-now"),
        60..3600 => ("recovery-minutes-ago", seconds / 60),
        3600..86_400 => ("recovery-hours-ago", seconds / 3600),
        _ => ("recovery-days-ago", seconds / 86_400),
    };
    texts.get_with(id, &[("count", count.into())])
}

/// Why a recovery copy cannot be read, as a clause: the copy is journeymap's own file, so what
/// is wrong inside it is all the user needs to know (not how to repair it).
fn unreadable(texts: &Texts, error: &crate::file::FileError) -> String {
    match error {
        crate::file::FileError::Format { problem, .. } => {
            crate::i18n::files::format_error(texts, problem)
        }
        other => crate::i18n::files::file_error(texts, other),
    }
}
