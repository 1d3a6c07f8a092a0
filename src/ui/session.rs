//! One open map: its document and history, the file it belongs to and what that file looked
//! like, its autosave, its persona photo, its layout and its canvas. Everything that belongs to
//! a map rather than to the editor window, so several can be open side by side.

use std::path::{Path, PathBuf};

use egui::Context;

use super::Canvas;
use super::autosave::Autosave;
use super::commands::Focus;
use super::persona_photo::PhotoCache;
use crate::edit::{Document, Edit};
use crate::file::Fingerprint;
use crate::layout::MapLayout;
use crate::model::Map;
use crate::paint::{CachedMeasure, MeasureCache};
use crate::recovery::Slot;

/// The layout of the document at one revision and scale, reused until either changes, and the
/// text sizes it was made from, reused across revisions.
#[derive(Default)]
struct CachedLayout {
    revision: u64,
    pixels_per_point: f32,
    layout: Option<MapLayout>,
    sizes: MeasureCache,
}

/// An open map.
pub struct MapSession {
    pub(super) doc: Document,
    /// The file it is saved to; `None` until it is saved.
    pub(super) path: Option<PathBuf>,
    /// The file at `path` as last read or written, to notice changes by other programs.
    pub(super) disk: Option<Fingerprint>,
    /// Copies of the unsaved map for crash recovery.
    pub(super) autosave: Autosave,
    /// The persona photo, loaded.
    pub(super) photo: PhotoCache,
    layout: CachedLayout,
    pub(super) canvas: Canvas,
    /// What the analysis panel lays over this map: heat colouring, a facet filter.
    pub(super) looks: Looks,
    /// Where Edit ▸ Paste or a cell's Paste was asked for, and in which pass: the clipboard's
    /// text arrives a frame later, when a right-clicked cell is no longer the focus.
    pub(super) paste_focus: Option<(Focus, u64)>,
    /// The map's room while it is open.
    pub(super) room: Option<super::room::RoomSession>,
    /// The room panel's inbox ticks, drafts and questions.
    pub(super) room_panel: super::room::RoomPanel,
}

/// What the analysis panel lays over a map. View state: never saved, never undone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Looks {
    /// The measure the touchpoint cards are coloured by.
    pub heat: Option<crate::analysis::HeatMeasure>,
    /// The facet value whose cards stand out while the rest are dimmed.
    pub facet: Option<crate::analysis::FacetValue>,
}

impl MapSession {
    /// A map read from `path` (the file as it was read: `disk`), or a new one.
    pub fn new(
        map: Map,
        path: Option<PathBuf>,
        disk: Option<Fingerprint>,
        autosave: Autosave,
    ) -> Self {
        Self {
            doc: Document::new(map),
            path,
            disk,
            autosave,
            photo: PhotoCache::default(),
            layout: CachedLayout::default(),
            canvas: Canvas::default(),
            looks: Looks::default(),
            paste_focus: None,
            room: None,
            room_panel: super::room::RoomPanel::default(),
        }
    }

    /// A map made by an import: no file yet, and unsaved until saved, so closing it asks.
    pub fn imported(map: Map, autosave: Autosave) -> Self {
        Self {
            doc: Document::recovered(map),
            ..Self::new(
                Map::empty(crate::model::MapKind::CurrentState, crate::model::Lang::En),
                None,
                None,
                autosave,
            )
        }
    }

    /// A map brought back from a recovery copy: unsaved until saved, written on in the same
    /// recovery slot.
    pub fn recovered(
        map: Map,
        source: Option<PathBuf>,
        slot: Slot,
        mut autosave: Autosave,
    ) -> Self {
        autosave.adopt(slot);
        Self {
            doc: Document::recovered(map),
            path: source,
            disk: None,
            autosave,
            photo: PhotoCache::default(),
            layout: CachedLayout::default(),
            canvas: Canvas::default(),
            looks: Looks::default(),
            paste_focus: None,
            room: None,
            room_panel: super::room::RoomPanel::default(),
        }
    }

    /// The document being edited.
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The file the map is saved to.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The canvas's view state.
    pub fn canvas(&self) -> &Canvas {
        &self.canvas
    }

    /// The layout the canvas shows, computed when the map or the screen's scale changed.
    pub fn layout(&mut self, ctx: &Context) -> &MapLayout {
        current_layout(&mut self.layout, &self.doc, ctx)
    }

    /// The document, the canvas to draw it on and its layout, side by side for one frame.
    pub(super) fn parts(&mut self, ctx: &Context) -> (&Document, &mut Canvas, &MapLayout) {
        let layout = current_layout(&mut self.layout, &self.doc, ctx);
        (&self.doc, &mut self.canvas, layout)
    }

    /// Applies an edit; a refused one is logged (it means a stale or buggy edit, not the
    /// user's doing). Returns whether it was applied.
    pub fn apply(&mut self, edit: &Edit) -> bool {
        match self.doc.apply(edit) {
            Ok(()) => true,
            Err(error) => {
                log::warn!("edit refused: {error}");
                false
            }
        }
    }

    /// What commands from the menu bar, the keyboard and the command palette act on: the
    /// selected card (with its lane and stage), or the selected emotion point.
    pub fn focus(&self) -> Focus {
        let map = self.doc.map();
        if let [id] = self.canvas.selection()[..]
            && let Some(card) = map.card(id)
        {
            return Focus {
                card: Some(id),
                lane: Some(card.lane),
                stage: Some(card.stage),
                alone: false,
            };
        }
        if let Some((lane, stage)) = self.canvas.selected_score() {
            return Focus {
                card: None,
                lane: Some(lane),
                stage: Some(stage),
                alone: false,
            };
        }
        let stage = self
            .canvas
            .selection()
            .first()
            .and_then(|id| map.card(*id))
            .map(|card| card.stage);
        Focus {
            card: None,
            lane: None,
            stage,
            alone: false,
        }
    }

    /// What the analysis panel lays over this map.
    pub fn looks(&self) -> &Looks {
        &self.looks
    }

    /// Selects `card` and scrolls the map to it (a matrix dot or a list entry was clicked).
    pub(super) fn show_card(&mut self, ctx: &Context, card: crate::model::CardId) {
        let rect = self
            .layout(ctx)
            .cards
            .iter()
            .find(|geometry| geometry.id == card)
            .map(|geometry| geometry.rect);
        self.canvas.select([card]);
        if let Some(rect) = rect {
            self.canvas.reveal(rect);
        }
    }
}

/// The layout of `doc` at the screen's scale: the cached one, or a new one if the map or the
/// scale changed since (measuring again only texts not measured before at this scale).
fn current_layout<'a>(cache: &'a mut CachedLayout, doc: &Document, ctx: &Context) -> &'a MapLayout {
    let pixels_per_point = ctx.pixels_per_point();
    let revision = doc.revision();
    if cache.pixels_per_point.to_bits() != pixels_per_point.to_bits() {
        cache.sizes.clear();
        cache.layout = None;
        cache.pixels_per_point = pixels_per_point;
    }
    if cache.revision != revision {
        cache.layout = None;
        cache.revision = revision;
    }
    let CachedLayout { layout, sizes, .. } = cache;
    layout.get_or_insert_with(|| {
        MapLayout::compute(doc.map(), &mut CachedMeasure { ctx, cache: sizes })
    })
}
