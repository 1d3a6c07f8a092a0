//! The comparison of two maps as one picture: a header with both titles and the summary, the
//! legend of the marks, both maps painted by the map painter side by side at one scale with the
//! removed, added and changed touchpoints marked, and one emotion chart with both curves.
//!
//! One painter for the exported PNG and the editor's comparison view, like the map itself. The
//! maps are painted in their own points and moved and scaled into the picture afterwards, so
//! the map painter needs no notion of a second map. Words are in map a's language.

mod chart;
mod geometry;
mod header;
mod marks;

use egui::emath::TSTransform;
use egui::{FontId, Painter, Rect};

pub use chart::{column_x, score_y};
pub use geometry::{CompareGeometry, MIN_MAP_SCALE};
pub use marks::{PlacedMark, change_id, change_note};

use super::{Photo, View};
use crate::analysis::Comparison;
use crate::i18n::{self, Texts};
use crate::layout::MapLayout;
use crate::model::Map;
use crate::theme;

/// One of the two maps, laid out.
#[derive(Clone, Copy)]
pub struct Side<'a> {
    /// The map.
    pub map: &'a Map,
    /// Its layout, measured with the painter's fonts.
    pub layout: &'a MapLayout,
    /// Its persona photo, if loaded.
    pub photo: Option<Photo>,
}

/// Everything the comparison picture shows.
#[derive(Clone, Copy)]
pub struct Picture<'a> {
    /// The first map ("before", "ours").
    pub a: Side<'a>,
    /// The second map ("after", "theirs").
    pub b: Side<'a>,
    /// How b differs from a.
    pub comparison: &'a Comparison,
    /// Where everything goes.
    pub geometry: CompareGeometry,
}

/// Where the marked cards ended up, for hover texts and tests.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Painted {
    /// Map a's marked cards (removed, changed).
    pub a: Vec<PlacedMark>,
    /// Map b's marked cards (added, changed).
    pub b: Vec<PlacedMark>,
}

/// The summary line in `texts`' language: "1 added, 2 removed, 3 changed touchpoints; emotion
/// differs in 1 stage".
pub fn summary_text(texts: &Texts, comparison: &Comparison) -> String {
    texts.get_with(
        "compare-summary",
        &[
            ("added", comparison.added.len().into()),
            ("removed", comparison.removed.len().into()),
            ("changed", comparison.changed().into()),
            ("stages", comparison.emotion_differs().into()),
        ],
    )
}

/// Where the marks of both maps go in the picture.
pub fn place_marks(picture: &Picture<'_>) -> Painted {
    let marks = picture.comparison.marks();
    Painted {
        a: marks::place_marks(&marks.a, picture.a.layout, picture.geometry.picture_from_a),
        b: marks::place_marks(&marks.b, picture.b.layout, picture.geometry.picture_from_b),
    }
}

/// Paints the whole comparison in picture points; `zoom` is screen points per picture point
/// (1 in an export). Returns where the marked cards are.
pub fn paint_comparison(painter: &Painter, picture: &Picture<'_>, zoom: f32) -> Painted {
    let texts = i18n::texts(picture.a.map.lang);
    let geometry = &picture.geometry;
    painter.rect_filled(
        Rect::from_min_size(egui::Pos2::ZERO, geometry.size),
        0.0,
        theme::BACKGROUND,
    );
    let summary = summary_text(texts, picture.comparison);
    header::paint_header(
        painter,
        geometry,
        &header::Header {
            title_a: &picture.a.map.title,
            title_b: &picture.b.map.title,
            summary: &summary,
        },
        texts,
    );
    header::paint_legend(painter, geometry, texts);
    paint_map_at(painter, picture.a, geometry.picture_from_a, zoom);
    paint_map_at(painter, picture.b, geometry.picture_from_b, zoom);
    let x = geometry.divider_x();
    let top = geometry.frame_a.top().min(geometry.frame_b.top());
    let bottom = geometry.frame_a.bottom().max(geometry.frame_b.bottom());
    painter.line_segment(
        [egui::pos2(x, top), egui::pos2(x, bottom)],
        egui::Stroke::new(2.0, theme::COMPARE_DIVIDER),
    );
    let placed = place_marks(picture);
    marks::paint_marks(painter, &placed.a, texts);
    marks::paint_marks(painter, &placed.b, texts);
    chart::paint_emotion_chart(
        painter,
        geometry.chart,
        &picture.comparison.emotion,
        &chart::Curves {
            a: &picture.a.map.title,
            b: &picture.b.map.title,
        },
        texts,
    );
    placed
}

/// Paints one map with the map painter in its own points, then moves and scales what was
/// painted into the picture by `picture_from_map`.
fn paint_map_at(painter: &Painter, side: Side<'_>, picture_from_map: TSTransform, zoom: f32) {
    let ctx = painter.ctx();
    let layer = painter.layer_id();
    let map_from_picture = picture_from_map.inverse();
    let whole = Rect::from_min_size(egui::Pos2::ZERO, side.layout.size);
    let clip = (map_from_picture * painter.clip_rect()).intersect(whole);
    if !clip.is_positive() {
        return;
    }
    // Set, not `with_clip_rect`: that would intersect the map's clip with the picture's, two
    // rectangles in different coordinates.
    let mut inner = painter.clone();
    inner.set_clip_rect(clip);
    let start = ctx.graphics_mut(|graphics| graphics.entry(layer).next_idx());
    super::paint_background(&inner, side.layout);
    let view = View {
        visible: clip,
        zoom: zoom * picture_from_map.scaling,
        photo: side.photo,
        ..View::WHOLE
    };
    super::paint_map(&inner, side.map, side.layout, view);
    let end = ctx.graphics_mut(|graphics| graphics.entry(layer).next_idx());
    ctx.graphics_mut(|graphics| {
        graphics
            .entry(layer)
            .transform_range(start, end, picture_from_map);
    });
}

/// `text` cut with "…" to fit `width` on one line.
fn shorten(painter: &Painter, text: &str, font: &FontId, width: f32) -> String {
    let fits = |text: &str| {
        painter
            .layout_no_wrap(text.to_owned(), font.clone(), theme::TEXT)
            .size()
            .x
            <= width
    };
    if fits(text) {
        return text.to_owned();
    }
    let mut chars: Vec<char> = text.chars().collect();
    while chars.len() > 1 {
        chars.pop();
        let candidate = format!("{}…", chars.iter().collect::<String>().trim_end());
        if fits(&candidate) {
            return candidate;
        }
    }
    "…".to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    #[test]
    fn the_localised_summary_matches_the_command_lines_in_english() {
        let mut comparison = Comparison::default();
        let english = summary_text(i18n::texts(Lang::En), &comparison);
        assert_eq!(english, comparison.summary());
        comparison.added.push(crate::model::CardId(1));
        comparison.emotion.push(crate::analysis::StageEmotion {
            a: Some(crate::model::StageId(1)),
            b: Some(crate::model::StageId(1)),
            title: "Awareness".into(),
            score_a: Some(1),
            score_b: Some(-1),
        });
        assert_eq!(
            summary_text(i18n::texts(Lang::En), &comparison),
            comparison.summary()
        );
        assert_eq!(
            summary_text(i18n::texts(Lang::De), &comparison),
            "1 hinzugekommen, 0 entfallen, 0 geänderte Touchpoints; Emotion unterschiedlich in 1 Phase"
        );
    }
}
