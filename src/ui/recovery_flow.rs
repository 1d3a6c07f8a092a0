//! Never losing a map in the editor: the open map's recovery copy, and the offer of maps that
//! earlier editors left unsaved.

use egui::Context;

use super::recovery_offer::{OfferChoice, recovery_offer_ui};
use super::session::MapSession;
use super::shell::EditorApp;
use super::status::Cause;
use crate::i18n;
use crate::recovery::Leftover;

impl EditorApp {
    /// Writes each open map's recovery copy when it is due; says so if that fails.
    pub(super) fn autosave_tick(&mut self, ctx: &Context) {
        let mut failed = None;
        for session in self.sessions_mut() {
            if let Some(error) = session
                .autosave
                .tick(ctx, &session.doc, session.path.as_deref())
            {
                failed = Some(error);
            }
        }
        if let Some(error) = failed {
            let texts = i18n::texts(self.lang);
            self.status.error(
                Cause::Recovery,
                texts.get_with("recovery-write-failed", &[("error", error.into())]),
            );
        }
    }

    /// The offer of maps left unsaved, and what the user chose.
    pub(super) fn recovery_offer_ui(&mut self, ctx: &Context) {
        if self.leftovers.is_empty() {
            return;
        }
        let texts = i18n::texts(self.lang);
        // A restored map opens in a tab of its own, so restoring never costs the open maps.
        let choice = recovery_offer_ui(ctx, texts, &self.leftovers);
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
                    let autosave = self.new_autosave();
                    self.add_tab(MapSession::recovered(map, meta.source, slot, autosave));
                    self.status.done(
                        Cause::Recovery,
                        texts.get_with("recovery-restored", &[("title", title.into())]),
                    );
                }
            }
        }
    }
}
