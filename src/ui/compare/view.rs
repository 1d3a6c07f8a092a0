//! The comparison in the editor: a bar with the two maps' names, the summary and the way back,
//! and below it the comparison picture — drawn by the same painter as the exported PNG — in
//! egui's `Scene`, to pan and zoom. Read only: the view holds copies of both maps, so nothing
//! done here can reach either document or its undo history. Hovering a marked card says what
//! changed.

use egui::{Key, Modifiers, Rect, Scene, Sense, Ui, Vec2};

use super::super::sharp_text;
use crate::analysis::{Comparison, MarkKind, compare};
use crate::i18n::Texts;
use crate::layout::MapLayout;
use crate::model::Map;
use crate::paint::compare::{
    CompareGeometry, Picture, PlacedMark, Side, change_note, paint_comparison, summary_text,
};
use crate::paint::{EguiMeasure, Photo};

/// The layouts of both maps at one screen scale.
struct Layouts {
    pixels_per_point: f32,
    a: MapLayout,
    b: MapLayout,
}

/// An open comparison.
pub struct CompareView {
    a: Map,
    b: Map,
    /// The tab the other map (the one not shown in the editor) came from, for its persona
    /// photo; `None` for a file.
    pub(super) other_tab: Option<usize>,
    /// Whether the map shown in the editor is b, the "after" or "theirs" (see
    /// [`CompareView::new`]).
    pub(super) shown_is_b: bool,
    comparison: Comparison,
    layouts: Option<Layouts>,
    /// The part of the picture in view; `None` until the first frame shows all of it.
    scene_rect: Option<Rect>,
}

/// The photos of both maps, as loaded by their tabs.
#[derive(Clone, Copy, Default)]
pub struct Photos {
    /// Map a's.
    pub a: Option<Photo>,
    /// Map b's.
    pub b: Option<Photo>,
}

impl CompareView {
    /// A comparison of a copy of the map shown in the editor with a copy of `other` (from tab
    /// `other_tab`, if it came from one).
    ///
    /// The shown map is a, the "before" or "ours", unless it was started from another map
    /// (a future state, a competitor's journey) and `other` was not: then `other` is the
    /// current state or our own journey, and goes first. A facilitator on the future state who
    /// compares with the current state reads the ad they dropped as "removed", not "added".
    pub fn new(shown: Map, other: Map, other_tab: Option<usize>) -> Self {
        let shown_is_b = shown.origin.is_some() && other.origin.is_none();
        let (a, b) = if shown_is_b {
            (other, shown)
        } else {
            (shown, other)
        };
        let comparison = compare(&a, &b);
        Self {
            a,
            b,
            other_tab,
            shown_is_b,
            comparison,
            layouts: None,
            scene_rect: None,
        }
    }

    /// The summary line in `texts`' language.
    pub fn summary(&self, texts: &Texts) -> String {
        summary_text(texts, &self.comparison)
    }

    /// Shows the comparison; returns `true` when the user asked to go back to the editor.
    pub fn ui(&mut self, ui: &mut Ui, texts: &Texts, photos: Photos) -> bool {
        let mut close = ui
            .ctx()
            .input_mut(|input| input.consume_key(Modifiers::NONE, Key::Escape));
        egui::Panel::top("journeymap-compare-bar").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                if ui
                    .button(texts.get("compare-close"))
                    .on_hover_text("Esc")
                    .clicked()
                {
                    close = true;
                }
                ui.strong(texts.get_with(
                    "compare-heading",
                    &[
                        ("a", self.a.title.as_str().into()),
                        ("b", self.b.title.as_str().into()),
                    ],
                ));
            });
            ui.label(self.summary(texts));
            ui.label(
                egui::RichText::new(texts.get("compare-hint"))
                    .weak()
                    .small(),
            );
            ui.add_space(2.0);
        });
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE.fill(crate::theme::CANVAS_SURROUND))
            .show(ui, |ui| self.picture_ui(ui, texts, photos));
        close
    }

    /// The picture in a `Scene`, with a hover text on every marked card.
    fn picture_ui(&mut self, ui: &mut Ui, texts: &Texts, photos: Photos) {
        let ctx = ui.ctx().clone();
        let pixels_per_point = ctx.pixels_per_point();
        if self
            .layouts
            .as_ref()
            .is_none_or(|layouts| layouts.pixels_per_point.to_bits() != pixels_per_point.to_bits())
        {
            self.layouts = Some(Layouts {
                pixels_per_point,
                a: MapLayout::compute(&self.a, &mut EguiMeasure(&ctx)),
                b: MapLayout::compute(&self.b, &mut EguiMeasure(&ctx)),
            });
        }
        let Some(layouts) = &self.layouts else {
            return;
        };
        // On screen there is no pixel limit: both maps at their own size.
        let Some(geometry) = CompareGeometry::new(layouts.a.size, layouts.b.size, f32::INFINITY)
        else {
            return;
        };
        let whole = Rect::from_min_size(egui::Pos2::ZERO, geometry.size);
        let mut scene_rect = self.scene_rect.unwrap_or(whole);
        let picture = Picture {
            a: Side {
                map: &self.a,
                layout: &layouts.a,
                photo: photos.a,
            },
            b: Side {
                map: &self.b,
                layout: &layouts.b,
                photo: photos.b,
            },
            comparison: &self.comparison,
            geometry,
        };
        let (a, b) = (&self.a, &self.b);
        Scene::new()
            .zoom_range(0.05..=2.0)
            .max_inner_size(geometry.size.max(Vec2::splat(1.0)))
            .show(ui, &mut scene_rect, |ui| {
                let zoom = ui
                    .ctx()
                    .layer_transform_to_global(ui.layer_id())
                    .map_or(1.0, |transform| transform.scaling);
                let first_shape = sharp_text::mark(ui.ctx(), ui.layer_id());
                let painted = paint_comparison(ui.painter(), &picture, zoom);
                for (side, map, marks) in [("a", a, &painted.a), ("b", b, &painted.b)] {
                    for placed in marks {
                        mark_hover_ui(ui, texts, side, map, placed);
                    }
                }
                sharp_text::sharpen(ui.ctx(), ui.layer_id(), first_shape, zoom);
            });
        self.scene_rect = Some(scene_rect);
    }
}

/// A marked card answers the pointer (and assistive technology) with what the mark means.
fn mark_hover_ui(ui: &mut Ui, texts: &Texts, side: &str, map: &Map, placed: &PlacedMark) {
    let title = map
        .card(placed.card)
        .map_or_else(String::new, |card| card.title.trim().to_owned());
    let text = hover_text(texts, &title, placed);
    let response = ui.interact(
        placed.rect,
        egui::Id::unique(("journeymap-compare-mark", side, placed.card)),
        Sense::hover(),
    );
    // Described like the canvas's cards, with its bounds on screen rather than in the picture.
    super::super::canvas::a11y::describe(ui, &response, egui::Role::Label, || text.clone());
    response.on_hover_text(text);
}

/// "Website: changed (stage, performance)".
pub fn hover_text(texts: &Texts, title: &str, placed: &PlacedMark) -> String {
    match placed.mark.kind {
        MarkKind::Removed => texts.get_with("compare-hover-removed", &[("title", title.into())]),
        MarkKind::Added => texts.get_with("compare-hover-added", &[("title", title.into())]),
        MarkKind::Changed => texts.get_with(
            "compare-hover-changed",
            &[
                ("title", title.into()),
                ("what", change_note(texts, &placed.mark.changes).into()),
            ],
        ),
    }
}
