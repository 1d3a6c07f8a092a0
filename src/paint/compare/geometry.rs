//! Where the parts of a comparison picture go: the header band, the legend, the two maps side
//! by side and the emotion chart below them. Pure arithmetic on the two maps' sizes, so the
//! exported picture and the editor's comparison view place everything alike.

use egui::emath::TSTransform;
use egui::{Rect, Vec2, pos2, vec2};

/// Space around the picture's content.
pub const MARGIN: f32 = 32.0;
/// Height of the header band: the two titles and the summary line.
const HEADER_HEIGHT: f32 = 150.0;
/// Height of the legend row under the header.
const LEGEND_HEIGHT: f32 = 36.0;
/// Space between the header parts and the maps, and between the maps and the chart.
const SPACING: f32 = 20.0;
/// Space between the two maps, with the dividing line in its middle.
const GAP: f32 = 56.0;
/// Height of the emotion chart, its title, legend and stage names included.
const CHART_HEIGHT: f32 = 420.0;
/// The narrowest picture: room for the header and a readable chart even for two tiny maps.
const MIN_WIDTH: f32 = 960.0;
/// The smallest map scale still worth a picture: below it card texts are a smear.
pub const MIN_MAP_SCALE: f32 = 0.15;

/// The parts of a comparison picture, in picture points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CompareGeometry {
    /// The whole picture.
    pub size: Vec2,
    /// The band with both titles and the summary.
    pub header: Rect,
    /// The row with the colours of the marks.
    pub legend: Rect,
    /// Where map a goes, in picture points.
    pub frame_a: Rect,
    /// Where map b goes.
    pub frame_b: Rect,
    /// Map a's points to picture points.
    pub picture_from_a: TSTransform,
    /// Map b's points to picture points.
    pub picture_from_b: TSTransform,
    /// The emotion chart.
    pub chart: Rect,
    /// Picture points per map point, the same for both maps, so a card of one map is as large
    /// as a card of the other and the two can be compared by eye. Below 1 when the maps had to
    /// be drawn smaller to fit `max_side`.
    pub map_scale: f32,
}

impl CompareGeometry {
    /// The picture for two maps of `size_a` and `size_b` (their layouts' sizes), no side longer
    /// than `max_side` points. `None` if even at [`MIN_MAP_SCALE`] it would not fit.
    pub fn new(size_a: Vec2, size_b: Vec2, max_side: f32) -> Option<Self> {
        let fixed_width = 2.0 * MARGIN + GAP;
        let fixed_height =
            2.0 * MARGIN + HEADER_HEIGHT + LEGEND_HEIGHT + 3.0 * SPACING + CHART_HEIGHT;
        let maps_width = (size_a.x + size_b.x).max(1.0);
        let maps_height = size_a.y.max(size_b.y).max(1.0);
        let fit =
            ((max_side - fixed_width) / maps_width).min((max_side - fixed_height) / maps_height);
        let map_scale = fit.min(1.0);
        // Written so that a NaN anywhere gives no picture rather than a broken one.
        if !(map_scale >= MIN_MAP_SCALE && max_side >= MIN_WIDTH) {
            return None;
        }
        let width = (fixed_width + maps_width * map_scale).max(MIN_WIDTH);
        let inner = width - 2.0 * MARGIN;
        let header = Rect::from_min_size(pos2(MARGIN, MARGIN), vec2(inner, HEADER_HEIGHT));
        let legend = Rect::from_min_size(
            pos2(MARGIN, header.bottom() + SPACING),
            vec2(inner, LEGEND_HEIGHT),
        );
        let top = legend.bottom() + SPACING;
        let frame_a = Rect::from_min_size(pos2(MARGIN, top), size_a * map_scale);
        let frame_b = Rect::from_min_size(pos2(frame_a.right() + GAP, top), size_b * map_scale);
        let chart = Rect::from_min_size(
            pos2(MARGIN, top + maps_height * map_scale + SPACING),
            vec2(inner, CHART_HEIGHT),
        );
        Some(Self {
            size: vec2(width, chart.bottom() + MARGIN),
            header,
            legend,
            frame_a,
            frame_b,
            picture_from_a: TSTransform::new(frame_a.min.to_vec2(), map_scale),
            picture_from_b: TSTransform::new(frame_b.min.to_vec2(), map_scale),
            chart,
            map_scale,
        })
    }

    /// The size the picture would have with both maps at [`MIN_MAP_SCALE`], for saying how far
    /// over the limit it is.
    pub fn smallest_size(size_a: Vec2, size_b: Vec2) -> Vec2 {
        let maps = vec2(size_a.x + size_b.x, size_a.y.max(size_b.y)) * MIN_MAP_SCALE;
        vec2(
            (2.0 * MARGIN + GAP + maps.x).max(MIN_WIDTH),
            2.0 * MARGIN + HEADER_HEIGHT + LEGEND_HEIGHT + 3.0 * SPACING + CHART_HEIGHT + maps.y,
        )
    }

    /// The x of the line between the two maps.
    pub fn divider_x(&self) -> f32 {
        self.frame_a.right() + GAP / 2.0
    }

    /// Whether the maps are drawn smaller than their own size.
    pub fn scaled_down(&self) -> bool {
        self.map_scale < 1.0
    }
}

#[cfg(test)]
#[allow(clippy::float_cmp, reason = "whole numbers, exact in f32")]
mod tests {
    use super::*;

    #[test]
    fn maps_sit_side_by_side_at_full_size_when_there_is_room() {
        let geometry =
            CompareGeometry::new(vec2(1500.0, 900.0), vec2(1200.0, 1100.0), 8192.0).unwrap();
        assert_eq!(geometry.map_scale, 1.0);
        assert!(!geometry.scaled_down());
        assert_eq!(geometry.frame_a.size(), vec2(1500.0, 900.0));
        assert_eq!(geometry.frame_b.size(), vec2(1200.0, 1100.0));
        assert!(geometry.frame_a.right() < geometry.divider_x());
        assert!(geometry.divider_x() < geometry.frame_b.left());
        assert_eq!(
            geometry.frame_a.top(),
            geometry.frame_b.top(),
            "tops aligned"
        );
        assert!(geometry.header.bottom() < geometry.frame_a.top());
        assert!(
            geometry.chart.top() > geometry.frame_b.bottom(),
            "the chart is below the taller map"
        );
        assert!(geometry.chart.bottom() < geometry.size.y);
        assert_eq!(
            geometry.picture_from_b * egui::Pos2::ZERO,
            geometry.frame_b.min
        );
    }

    #[test]
    fn large_maps_are_scaled_down_together_to_fit() {
        let geometry =
            CompareGeometry::new(vec2(6000.0, 2000.0), vec2(5000.0, 2000.0), 8192.0).unwrap();
        assert!(geometry.scaled_down());
        assert!(geometry.size.x <= 8192.0 && geometry.size.y <= 8192.0);
        let a = geometry.frame_a.width() / 6000.0;
        let b = geometry.frame_b.width() / 5000.0;
        assert!((a - b).abs() < 1e-4, "both maps at one scale");
    }

    #[test]
    fn maps_too_large_even_scaled_down_give_no_picture() {
        assert!(
            CompareGeometry::new(vec2(90_000.0, 900.0), vec2(90_000.0, 900.0), 8192.0).is_none()
        );
        let smallest = CompareGeometry::smallest_size(vec2(90_000.0, 900.0), vec2(90_000.0, 900.0));
        assert!(smallest.x > 8192.0);
        assert!(CompareGeometry::new(vec2(10.0, 10.0), vec2(10.0, 10.0), f32::NAN).is_none());
    }

    #[test]
    fn tiny_maps_still_get_a_readable_width() {
        let geometry =
            CompareGeometry::new(vec2(100.0, 100.0), vec2(100.0, 100.0), 8192.0).unwrap();
        assert!(geometry.size.x >= MIN_WIDTH);
    }
}
