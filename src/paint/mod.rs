//! Geometry → egui shapes: the one painter of the map picture, used by the editor canvas and by
//! every export, so what a facilitator sees is what goes on the slide.

mod cards;
pub mod compare;
mod dots;
mod emotion;
mod evidence;
mod heat;
mod icons;
mod lanes;
pub mod matrix;
mod matrix_labels;
mod overview;
mod phases;
mod pinned;
mod room_curve;
mod title;

use egui::{Color32, Context, FontFamily, FontId, Painter, Rect, Vec2};

use crate::layout::{MapLayout, TextMeasure, TextStyle};
use crate::model::Map;
use crate::theme;

pub use evidence::paint_evidence_mark;
pub use heat::measure_name as heat_measure_name;
pub use icons::channel_icon;
pub use overview::{card_height_for_a_line, text_zoom};
pub use pinned::paint_pinned_headers;

/// Makes the fonts the map needs (the icon font) available in `ctx`. Call once per context.
pub fn install_fonts(ctx: &Context) {
    egui_material_icons::initialize(ctx);
}

/// The font of a text style.
pub fn font_id(style: TextStyle) -> FontId {
    FontId::new(style.size(), FontFamily::Proportional)
}

/// Measures text with an egui context's fonts, exactly as [`paint_map`] will lay it out.
pub struct EguiMeasure<'a>(pub &'a Context);

impl TextMeasure for EguiMeasure<'_> {
    fn measure(&mut self, text: &str, style: TextStyle, wrap_width: f32) -> Vec2 {
        self.0
            .fonts_mut(|fonts| {
                fonts.layout(text.to_owned(), font_id(style), theme::TEXT, wrap_width)
            })
            .size()
    }
}

/// Text sizes measured before, by text, style and wrap width, so laying out a map again after
/// one card changed measures that card alone. Belongs to one screen scale: sizes measured at
/// another scale differ by rounding, so the owner clears it when the scale changes.
///
/// Keyed by a 64-bit hash of the text and its style and width rather than by the text itself, so
/// a lookup allocates nothing; two texts sharing a hash (odds far below one in a billion at the
/// limits of a map) would share a size, never crash.
#[derive(Debug, Default)]
pub struct MeasureCache {
    sizes: std::collections::HashMap<u64, Vec2>,
}

impl MeasureCache {
    /// The most sizes kept; past it the cache starts over (a map holds far fewer texts).
    const MAX_ENTRIES: usize = 200_000;

    /// Forgets every size (the screen's scale changed).
    pub fn clear(&mut self) {
        self.sizes.clear();
    }
}

/// Measures with an egui context's fonts like [`EguiMeasure`], remembering every size in a
/// [`MeasureCache`].
pub struct CachedMeasure<'a> {
    /// The fonts.
    pub ctx: &'a Context,
    /// What was measured before.
    pub cache: &'a mut MeasureCache,
}

impl TextMeasure for CachedMeasure<'_> {
    fn measure(&mut self, text: &str, style: TextStyle, wrap_width: f32) -> Vec2 {
        let key = egui::epaint::util::hash((text, style, wrap_width.to_bits()));
        if let Some(size) = self.cache.sizes.get(&key) {
            return *size;
        }
        let size = EguiMeasure(self.ctx).measure(text, style, wrap_width);
        if self.cache.sizes.len() >= MeasureCache::MAX_ENTRIES {
            self.cache.sizes.clear();
        }
        self.cache.sizes.insert(key, size);
        size
    }
}

/// Fills the whole picture with the background colour. Separate from [`paint_map`] so an export
/// can leave the background transparent for placing the map on a coloured slide.
pub fn paint_background(painter: &Painter, layout: &MapLayout) {
    let whole = Rect::from_min_size(egui::Pos2::ZERO, layout.size);
    painter.rect_filled(whole, 0.0, theme::BACKGROUND);
}

/// What part of the map is seen, and how large.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View<'a> {
    /// The part of the map in view, in map coordinates.
    pub visible: Rect,
    /// Screen points per map point.
    pub zoom: f32,
    /// The persona photo, loaded into the painter's context; without it the photo's square
    /// shows a placeholder.
    pub photo: Option<Photo>,
    /// The card being typed into on screen: its title is the editor's, not painted here.
    pub editing: Option<crate::model::CardId>,
    /// Heat colouring of the touchpoint cards by a rating or metric, with its legend.
    pub heat: Option<&'a crate::analysis::Heat>,
    /// The cards a facet filter picked: the others are dimmed.
    pub highlight: Option<&'a std::collections::BTreeSet<crate::model::CardId>>,
}

/// A picture loaded as a texture.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Photo {
    /// The texture.
    pub texture: egui::TextureId,
    /// Its size in pixels, for cropping it to a square.
    pub size: Vec2,
}

impl View<'_> {
    /// The whole map at its own size, as an export sees it.
    pub const WHOLE: View<'static> = View {
        visible: Rect::EVERYTHING,
        zoom: 1.0,
        photo: None,
        editing: None,
        heat: None,
        highlight: None,
    };

    /// Whether cards show their whole text (title, notes, facets) as laid out. Below that a
    /// zoomed-out canvas shows each card's title alone at a size that can be read (the
    /// overview): notes a few pixels high are noise, and a title is what finds a card.
    pub fn shows_card_text(&self) -> bool {
        Self::shows_text_at(self.zoom)
    }

    /// Whether cards show their whole text at `zoom` screen points per map point.
    pub fn shows_text_at(zoom: f32) -> bool {
        zoom >= Self::MIN_ZOOM_WITH_CARD_TEXT
    }

    /// The smallest zoom at which cards show their whole text: where a card title (the larger
    /// of a card's texts) is [`theme::CARD_TEXT_MIN_ON_SCREEN`] on screen.
    pub const MIN_ZOOM_WITH_CARD_TEXT: f32 = theme::CARD_TEXT_MIN_ON_SCREEN / theme::font::BODY;
}

/// Paints `map` as laid out in `layout`, in map coordinates. Only what intersects
/// `view.visible` is painted, so the editor does not pay for cards outside the view.
pub fn paint_map(painter: &Painter, map: &Map, layout: &MapLayout, view: View<'_>) {
    let visible = view.visible;
    title::paint_title(painter, layout, view.photo);
    lanes::paint_grid(painter, map, layout, visible, view.zoom);
    phases::paint_phase_band(painter, map, layout, visible, view.zoom);
    // The room's band and mean line lie under the personas' curves, its rings over them: a
    // ring around a persona's face shows where the room agrees with the persona.
    for room in &layout.room_curves {
        room_curve::paint_room_curve(painter, room, visible);
    }
    for curve in &layout.curves {
        emotion::paint_curve(painter, curve, visible);
    }
    for room in &layout.room_curves {
        room_curve::paint_room_rings(painter, room, visible);
    }
    cards::paint_cards(painter, map, layout, view);
    cards::paint_arrows(painter, layout, visible);
    if let Some(heat) = view.heat {
        heat::paint_heat_legend(painter, map, layout, heat);
    }
}

/// Lays out and paints `text` in `rect` (its width is the wrap width), clipped to `clip` so it
/// can never spill out of its box.
pub(crate) fn paint_text(
    painter: &Painter,
    text: &str,
    style: TextStyle,
    rect: Rect,
    color: Color32,
    clip: Rect,
) {
    if text.is_empty() {
        return;
    }
    let galley = painter.layout(text.to_owned(), font_id(style), color, rect.width());
    painter
        .with_clip_rect(clip.intersect(painter.clip_rect()))
        .galley(rect.min, galley, color);
}

/// Test support: what a painter draws as text.
#[cfg(test)]
pub(crate) mod text_rows {
    use egui::{Color32, FontId, Painter};

    /// Runs `paint` on a background painter of a context with the editor's fonts and returns
    /// the rows of text it drew, top to bottom, as laid out.
    pub(crate) fn painted_rows(paint: impl FnOnce(&Painter)) -> Vec<String> {
        let mut paint = Some(paint);
        let ctx = egui::Context::default();
        super::install_fonts(&ctx);
        // Fonts set now are used from the next frame on.
        let mut warm_up = ctx.run_ui(egui::RawInput::default(), |_| {});
        warm_up.textures_delta.clear();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            if let Some(paint) = paint.take() {
                paint(&ui.ctx().layer_painter(egui::LayerId::background()));
            }
        });
        output.textures_delta.clear();
        output
            .shapes
            .iter()
            .filter_map(|clipped| match &clipped.shape {
                egui::Shape::Text(text) => Some(text.galley.rows.iter().map(|row| row.text())),
                _ => None,
            })
            .flatten()
            .collect()
    }

    /// The width of `text`'s widest word in `font`.
    pub(crate) fn widest_word(painter: &Painter, text: &str, font: &FontId) -> f32 {
        text.split_whitespace()
            .map(|word| {
                painter
                    .layout_no_wrap(word.to_owned(), font.clone(), Color32::BLACK)
                    .size()
                    .x
            })
            .fold(0.0, f32::max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_text_is_drawn_only_when_readable() {
        assert!(View::WHOLE.shows_card_text(), "exports always have text");
        let far = View {
            zoom: 0.1,
            ..View::WHOLE
        };
        assert!(!far.shows_card_text());
        let near = View { zoom: 0.7, ..far };
        assert!(near.shows_card_text(), "a map opens at 70 % at the least");
        let smear = View { zoom: 0.5, ..far };
        assert!(
            !smear.shows_card_text(),
            "14-point titles would be 7 pixels high: the overview takes over"
        );
    }
}
