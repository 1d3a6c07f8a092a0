//! Where the map is on screen, and the rule that nothing but the user moves it.
//!
//! egui's `Scene` fits a rectangle of the map into the canvas. Handed the same rectangle while
//! the canvas changes size (a panel opens, the status bar grows), it would zoom and shift the
//! map under the user's pointer. So the view keeps the map → screen transform itself and hands
//! the scene the rectangle that keeps it: opening the inspector only covers part of the map.
//! Likewise, when the title band grows (the legend appears with the first touchpoint), the grid
//! is held where it was, unless that would push a title band seen whole off the top: then the
//! band stays whole and the grid moves down (`keep_title_band_in_view`). The view is placed anew only when a map is opened or the user asks
//! (Ctrl+0 fits the whole map, Ctrl+1 is 100 %).

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Vec2};

use crate::layout::MapLayout;

/// How far the view zooms: from a tenth (a whole wall-sized map) to four times.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.1..=4.0;
/// One zoom step of the keyboard commands.
const ZOOM_STEP: f32 = 1.25;
/// The smallest zoom a map opens at: card titles are 14 points, about 10 screen pixels here, so
/// they can be read on a laptop. A map that only fits smaller opens fitting its width at this
/// zoom, at its top left, and the rest is a scroll away.
pub const OPENING_MIN_ZOOM: f32 = 0.7;
/// Opening and fitting never enlarge the map: above 100 % egui's text turns blurry.
const FIT_MAX_ZOOM: f32 = 1.0;
/// A window settles its panels in its first frames; a map being opened is placed anew in each
/// of them, so it opens placed for the canvas it will really have.
const SETTLING_FRAMES: u32 = 3;

/// How the view is to be placed at the next frame.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Placement {
    /// As a map opens: the whole map if it can be read that way, else its width at a readable
    /// zoom.
    Opening,
    /// The whole map, however small (Ctrl+0).
    Fit,
    /// Kept as it is.
    Kept(TSTransform),
}

/// The map's place on screen. View state: never saved, never undone.
#[derive(Clone, Debug)]
pub struct View {
    placement: Placement,
    /// The canvas on screen at the last frame.
    canvas: Rect,
    /// The grid's top-left corner in map coordinates at the last frame, to hold the grid still
    /// when the title band above it changes height.
    anchor: Option<Pos2>,
    /// Frames drawn since the map was opened, up to [`SETTLING_FRAMES`].
    frames: u32,
    /// Whether the map is still where opening placed it: nobody panned, zoomed or moved it.
    /// Until then it follows the window to its final size (a window manager may maximise a new
    /// window a moment after it opens); a side panel opening still moves nothing.
    untouched: bool,
    /// The window's size at the last frame.
    window: Vec2,
    /// The lane-label column's width and the stage-header row's height, in map points: pinned
    /// to the canvas's left and top edges when scrolled, they cover what lies under them.
    pinned: Vec2,
}

impl Default for View {
    fn default() -> Self {
        Self {
            placement: Placement::Opening,
            canvas: Rect::NOTHING,
            anchor: None,
            frames: 0,
            untouched: true,
            window: Vec2::ZERO,
            pinned: Vec2::ZERO,
        }
    }
}

impl View {
    /// Map coordinates → screen coordinates, as the last frame drew the map (identity before
    /// the first frame).
    pub fn screen_from_map(&self) -> TSTransform {
        match self.placement {
            Placement::Kept(transform) => transform,
            Placement::Opening | Placement::Fit => TSTransform::IDENTITY,
        }
    }

    /// The part of the map in view at the last frame, in map coordinates.
    pub fn visible_in_map(&self) -> Option<Rect> {
        match self.placement {
            Placement::Kept(transform) if self.canvas.is_positive() => {
                Some(transform.inverse() * self.canvas)
            }
            _ => None,
        }
    }

    /// The canvas on screen at the last frame.
    pub fn canvas(&self) -> Rect {
        self.canvas
    }

    /// Fits the whole map at the next frame.
    pub fn fit(&mut self) {
        self.placement = Placement::Fit;
    }

    /// Zooms by `factor` (> 1 zooms in), keeping the middle of the canvas still.
    pub fn zoom_by(&mut self, factor: f32) {
        let center = self.canvas.center();
        self.zoom_around(center, |zoom| zoom * factor);
    }

    /// Zooms in one step.
    pub fn zoom_in(&mut self) {
        self.zoom_by(ZOOM_STEP);
    }

    /// Zooms out one step.
    pub fn zoom_out(&mut self) {
        self.zoom_by(1.0 / ZOOM_STEP);
    }

    /// One map point per screen point, keeping the middle of the canvas still.
    pub fn zoom_reset(&mut self) {
        let center = self.canvas.center();
        self.zoom_around(center, |_| 1.0);
    }

    fn zoom_around(&mut self, pos_on_screen: Pos2, zoom: impl FnOnce(f32) -> f32) {
        let Placement::Kept(transform) = self.placement else {
            return;
        };
        self.untouched = false;
        let pos_in_map = transform.inverse() * pos_on_screen;
        let scaling = zoom(transform.scaling).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        self.placement = Placement::Kept(TSTransform::new(
            pos_on_screen.to_vec2() - pos_in_map.to_vec2() * scaling,
            scaling,
        ));
    }

    /// Moves the map by `delta` screen points.
    pub fn pan(&mut self, delta: Vec2) {
        if let Placement::Kept(mut transform) = self.placement {
            self.untouched = false;
            transform.translation += delta;
            self.placement = Placement::Kept(transform);
        }
    }

    /// Shows `rect_in_map` at `zoom`, its centre at the middle of the canvas.
    pub fn center_on(&mut self, rect_in_map: Rect, zoom: f32) {
        self.untouched = false;
        let scaling = zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        self.placement = Placement::Kept(TSTransform::new(
            self.canvas.center().to_vec2() - rect_in_map.center().to_vec2() * scaling,
            scaling,
        ));
    }

    /// Keeps a map `map_width` wide across the whole canvas: its left edge not right of the
    /// canvas's and its right edge not left of it (centred when it is narrower), so stepping to
    /// the last stage of a presentation leaves no part of the screen empty.
    pub fn keep_map_across(&mut self, map_width: f32) {
        let Placement::Kept(mut transform) = self.placement else {
            return;
        };
        let width = map_width * transform.scaling;
        transform.translation.x = if width >= self.canvas.width() {
            transform
                .translation
                .x
                .clamp(self.canvas.right() - width, self.canvas.left())
        } else {
            self.canvas.center().x - width / 2.0
        };
        self.placement = Placement::Kept(transform);
    }

    /// Moves the view as little as needed for `rect_in_map` to be on the canvas and clear of
    /// the pinned lane labels and stage headers, zooming in first if it is smaller than
    /// `min_zoom` (a card being typed into must be readable).
    pub fn reveal(&mut self, rect_in_map: Rect, min_zoom: f32) {
        let Placement::Kept(mut transform) = self.placement else {
            return;
        };
        if !self.canvas.is_positive() {
            return;
        }
        // The scene hands back its zoom recomputed from a rectangle: allow its rounding.
        if transform.scaling < min_zoom * 0.99 {
            self.center_on(rect_in_map, min_zoom);
            return;
        }
        let on_screen = transform * rect_in_map;
        let mut room = self.canvas.shrink(12.0);
        room.min += self.pinned * transform.scaling;
        let mut shift = Vec2::ZERO;
        // The card's top-left corner wins when it is larger than the canvas.
        if on_screen.right() > room.right() {
            shift.x = room.right() - on_screen.right();
        }
        if on_screen.left() + shift.x < room.left() {
            shift.x = room.left() - on_screen.left();
        }
        if on_screen.bottom() > room.bottom() {
            shift.y = room.bottom() - on_screen.bottom();
        }
        if on_screen.top() + shift.y < room.top() {
            shift.y = room.top() - on_screen.top();
        }
        if shift != Vec2::ZERO {
            self.untouched = false;
        }
        transform.translation += shift;
        self.placement = Placement::Kept(transform);
    }

    /// The part of the map to hand egui's `Scene` this frame, for a canvas at `canvas` in a
    /// window of size `window`, showing `layout`: what keeps the map where it was on screen.
    pub fn scene_rect(&mut self, canvas: Rect, window: Vec2, layout: &MapLayout) -> Rect {
        let anchor = grid_anchor(layout);
        if self.frames < SETTLING_FRAMES {
            self.frames += 1;
            if self.canvas != canvas && self.frames > 1 {
                self.placement = Placement::Opening;
            }
        }
        if self.untouched && self.window != window && self.window != Vec2::ZERO {
            self.placement = Placement::Opening;
        }
        self.window = window;
        self.pinned = pinned_size(layout);
        let transform = match self.placement {
            Placement::Opening => opening(canvas, layout.size, smallest_card(layout)),
            Placement::Fit => fit(canvas, layout.size),
            Placement::Kept(mut transform) => {
                let top_was_shown = transform.translation.y >= canvas.top() - 0.5;
                if let Some(before) = self.anchor {
                    // Hold the grid where it was on screen when the band above it changed.
                    transform.translation += (before - anchor) * transform.scaling;
                }
                keep_title_band_in_view(&mut transform, canvas, layout.size.y, top_was_shown);
                transform
            }
        };
        self.placement = Placement::Kept(transform);
        self.canvas = canvas;
        self.anchor = Some(anchor);
        transform.inverse() * canvas
    }

    /// Records where the scene drew the map this frame (the user may have panned or zoomed).
    pub fn drawn(&mut self, screen_from_map: TSTransform) {
        if !(screen_from_map.is_valid() && screen_from_map.scaling > 0.0) {
            return;
        }
        if let Placement::Kept(handed) = self.placement {
            let moved = (handed.translation - screen_from_map.translation).length() > 0.5
                || (handed.scaling / screen_from_map.scaling - 1.0).abs() > 1e-3;
            self.untouched &= !moved;
        }
        self.placement = Placement::Kept(screen_from_map);
    }
}

/// Never cuts the title band off at the top: a map as tall as the canvas or less keeps its top
/// on the canvas, and a map whose top was shown keeps it shown when the band grows (the legend
/// appears with the first touchpoint) rather than holding the grid and pushing the band up.
fn keep_title_band_in_view(
    transform: &mut TSTransform,
    canvas: Rect,
    map_height: f32,
    top_was_shown: bool,
) {
    let fits = map_height * transform.scaling <= canvas.height() + 0.5;
    if (fits || top_was_shown) && transform.translation.y < canvas.top() {
        transform.translation.y = canvas.top();
    }
}

/// The lane-label column's width and the stage-header row's height, in map points.
fn pinned_size(layout: &MapLayout) -> Vec2 {
    Vec2::new(
        layout.lanes.first().map_or(0.0, |lane| lane.label.width()),
        layout
            .stages
            .first()
            .map_or(0.0, |stage| stage.header.height()),
    )
}

/// The top-left corner of the grid (the first stage header), which the view holds still.
fn grid_anchor(layout: &MapLayout) -> Pos2 {
    layout
        .stages
        .first()
        .map(|stage| stage.header.min)
        .or_else(|| layout.lanes.first().map(|lane| lane.rect.min))
        .unwrap_or(Pos2::ZERO)
}

/// The whole map centred in the canvas, at most at 100 %.
fn fit(canvas: Rect, map_size: Vec2) -> TSTransform {
    let size = map_size.max(Vec2::splat(1.0));
    let zoom = (canvas.size() / size)
        .min_elem()
        .clamp(*ZOOM_RANGE.start(), FIT_MAX_ZOOM);
    TSTransform::new(
        canvas.center().to_vec2() - (size / 2.0) * zoom,
        zoom.max(f32::EPSILON),
    )
}

/// A newly opened map: fitted whole when its cards can be read whole that way; else all its
/// lanes from its left edge when every card's title can still be read in the overview at that
/// zoom; else its width fitted at a readable zoom at least, from its top-left corner.
/// `smallest_card` is the height of its shortest card, in map points.
fn opening(canvas: Rect, map_size: Vec2, smallest_card: f32) -> TSTransform {
    let whole = fit(canvas, map_size);
    if whole.scaling >= OPENING_MIN_ZOOM || !canvas.is_positive() {
        return whole;
    }
    let all_lanes = (canvas.height() / map_size.y.max(1.0)).min(FIT_MAX_ZOOM);
    let titles_legible = smallest_card * all_lanes >= crate::paint::card_height_for_a_line();
    if titles_legible && all_lanes >= *ZOOM_RANGE.start() {
        if all_lanes <= whole.scaling * 1.001 {
            return whole;
        }
        return TSTransform::new(canvas.min.to_vec2(), all_lanes);
    }
    let width_zoom = (canvas.width() / map_size.x.max(1.0)).clamp(OPENING_MIN_ZOOM, FIT_MAX_ZOOM);
    TSTransform::new(canvas.min.to_vec2(), width_zoom)
}

/// The height of the shortest card shown, in map points; for a map without cards, that of a
/// card with a one-line title.
fn smallest_card(layout: &MapLayout) -> f32 {
    layout
        .cards
        .iter()
        .filter(|card| !card.hidden)
        .map(|card| card.rect.height())
        .reduce(f32::min)
        .unwrap_or(2.0 * crate::theme::CARD_PADDING + 1.2 * crate::theme::font::BODY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{pos2, vec2};

    const WINDOW: Vec2 = Vec2::new(1000.0, 640.0);

    fn canvas() -> Rect {
        Rect::from_min_size(pos2(230.0, 24.0), vec2(500.0, 580.0))
    }

    #[test]
    fn a_wide_map_opens_readable_at_its_top_left_not_shrunk_to_fit() {
        // All its lanes would fit at 24 %: its shortest cards, 9 points high, would show no text.
        let transform = opening(canvas(), vec2(1494.0, 2400.0), 37.0);
        assert!((transform.scaling - OPENING_MIN_ZOOM).abs() < 1e-6);
        assert_eq!(transform * Pos2::ZERO, canvas().min);
    }

    #[test]
    fn a_map_whose_titles_stay_legible_opens_with_all_its_lanes_from_its_left_edge() {
        // 1494 × 1000 in a 500 × 580 canvas: 58 % shows every lane; its shortest card (60
        // points) is 35 points on screen, room for a line of the overview's titles.
        let transform = opening(canvas(), vec2(1494.0, 1000.0), 60.0);
        assert!((transform.scaling - 0.58).abs() < 1e-6, "{transform:?}");
        assert_eq!(transform * Pos2::ZERO, canvas().min);
        let bottom = (transform * Pos2::new(0.0, 1000.0)).y;
        assert!(
            bottom <= canvas().bottom() + 1e-3,
            "the bottom lane is in view"
        );
    }

    #[test]
    fn a_map_that_fits_readably_opens_whole_and_centred() {
        let transform = opening(canvas(), vec2(600.0, 500.0), 37.0);
        assert!(transform.scaling >= OPENING_MIN_ZOOM && transform.scaling <= 1.0);
        let on_screen = transform * Rect::from_min_size(Pos2::ZERO, vec2(600.0, 500.0));
        assert!(canvas().contains_rect(on_screen.shrink(0.01)));
        assert!((on_screen.center() - canvas().center()).length() < 0.01);
    }

    #[test]
    fn a_canvas_that_changes_size_keeps_the_map_where_it_is() {
        let layout_size = vec2(1494.0, 1200.0);
        let mut view = View::default();
        let layout = MapLayout {
            size: layout_size,
            ..crate::layout::MapLayout::compute(
                &crate::model::Map::empty(
                    crate::model::MapKind::CurrentState,
                    crate::model::Lang::En,
                ),
                &mut crate::layout::FixedWidthMeasure::default(),
            )
        };
        for _ in 0..SETTLING_FRAMES {
            view.scene_rect(canvas(), WINDOW, &layout);
        }
        view.zoom_by(1.5);
        let before = view.screen_from_map();
        // The inspector closes: the canvas grows to the right.
        let wider = Rect::from_min_size(canvas().min, vec2(800.0, 580.0));
        let shown = view.scene_rect(wider, WINDOW, &layout);
        assert_eq!(view.screen_from_map(), before);
        assert!((shown.min - before.inverse() * wider.min).length() < 1e-3);
    }

    #[test]
    fn a_window_settling_its_panels_still_opens_the_map_placed_for_its_canvas() {
        let mut view = View::default();
        let layout = MapLayout::compute(
            &crate::model::Map::empty(crate::model::MapKind::CurrentState, crate::model::Lang::En),
            &mut crate::layout::FixedWidthMeasure::default(),
        );
        let first = Rect::from_min_size(pos2(0.0, 24.0), vec2(900.0, 580.0));
        view.scene_rect(first, WINDOW, &layout);
        view.scene_rect(canvas(), WINDOW, &layout);
        assert_eq!(
            view.screen_from_map(),
            opening(canvas(), layout.size, smallest_card(&layout))
        );
    }

    #[test]
    fn an_untouched_map_follows_the_window_to_its_size_a_panned_one_stays() {
        let layout = MapLayout::compute(
            &crate::model::Map::empty(crate::model::MapKind::CurrentState, crate::model::Lang::En),
            &mut crate::layout::FixedWidthMeasure::default(),
        );
        let mut view = View::default();
        for _ in 0..SETTLING_FRAMES {
            view.scene_rect(canvas(), WINDOW, &layout);
        }
        // The window manager maximises the new window.
        let big = Rect::from_min_size(pos2(230.0, 24.0), vec2(1400.0, 900.0));
        view.scene_rect(big, vec2(1900.0, 1000.0), &layout);
        assert_eq!(
            view.screen_from_map(),
            opening(big, layout.size, smallest_card(&layout))
        );
        // Once the user panned, resizing the window moves nothing.
        let panned = TSTransform::new(vec2(-40.0, 40.0), view.screen_from_map().scaling);
        view.drawn(panned);
        view.scene_rect(canvas(), WINDOW, &layout);
        assert_eq!(view.screen_from_map(), panned);
    }

    #[test]
    fn the_title_band_is_not_pushed_above_the_canvas_when_it_grows() {
        let layout = MapLayout::compute(
            &crate::model::Map::empty(crate::model::MapKind::CurrentState, crate::model::Lang::En),
            &mut crate::layout::FixedWidthMeasure::default(),
        );
        let mut view = View::default();
        for _ in 0..SETTLING_FRAMES {
            view.scene_rect(canvas(), WINDOW, &layout);
        }
        view.drawn(TSTransform::new(canvas().min.to_vec2(), 1.0));
        // The legend appears: the band above the grid grows by 40 points.
        let mut taller = layout.clone();
        for stage in &mut taller.stages {
            stage.header = stage.header.translate(vec2(0.0, 40.0));
        }
        taller.size.y += 40.0;
        view.scene_rect(canvas(), WINDOW, &taller);
        let top = (view.screen_from_map() * Pos2::ZERO).y;
        assert!(top >= canvas().top() - 1e-3, "the map's top at {top}");
    }

    #[test]
    fn a_card_under_the_pinned_lane_labels_is_revealed_beside_them() {
        let mut view = View::default();
        let layout = MapLayout::compute(
            &crate::model::sample::synthetic_map(10),
            &mut crate::layout::FixedWidthMeasure::default(),
        );
        view.scene_rect(canvas(), WINDOW, &layout);
        view.placement = Placement::Kept(TSTransform::new(vec2(-400.0, -300.0), 1.0));
        let labels = pinned_size(&layout);
        assert!(labels.x > 50.0, "{labels:?}");
        // Scrolled right: the card's left part lies under the pinned label column.
        let left = 400.0 + canvas().left() + 20.0;
        let card = Rect::from_min_size(pos2(left, 700.0), vec2(230.0, 60.0));
        view.reveal(card, 0.5);
        let on_screen = view.screen_from_map() * card;
        assert!(
            on_screen.left() >= canvas().left() + labels.x,
            "{on_screen:?}"
        );
        assert!(
            on_screen.top() >= canvas().top() + labels.y,
            "{on_screen:?}"
        );
    }

    #[test]
    fn revealing_a_card_below_the_canvas_scrolls_just_enough() {
        let mut view = View::default();
        let layout = crate::layout::MapLayout::compute(
            &crate::model::Map::empty(crate::model::MapKind::CurrentState, crate::model::Lang::En),
            &mut crate::layout::FixedWidthMeasure::default(),
        );
        view.scene_rect(canvas(), WINDOW, &layout);
        view.placement = Placement::Kept(TSTransform::new(canvas().min.to_vec2(), 1.0));
        let card = Rect::from_min_size(pos2(100.0, 700.0), vec2(230.0, 60.0));
        view.reveal(card, 0.5);
        let on_screen = view.screen_from_map() * card;
        assert!(canvas().contains_rect(on_screen));
        assert!((on_screen.bottom() - (canvas().bottom() - 12.0)).abs() < 1e-3);
    }
}
