//! Outlines of egui's shapes as paths, and the small geometry the shape walk needs.

use egui::emath::Rot2;
use egui::epaint::CornerRadiusF32;
use egui::{Color32, Pos2, Rect, Vec2, pos2, vec2};

use super::canvas::{Path, Segment};

/// The length of a Bézier control arm for a quarter circle of radius 1.
const KAPPA: f32 = 0.552_284_8;

/// Corner radii of an outline moved outwards or inwards.
pub(super) trait Radii {
    /// Every rounded corner grown by `delta` (shrunk when negative), never below zero; square
    /// corners stay square.
    fn offset(self, delta: f32) -> Self;
}

impl Radii for CornerRadiusF32 {
    fn offset(self, delta: f32) -> Self {
        let grow = |r: f32| if r > 0.0 { (r + delta).max(0.0) } else { 0.0 };
        Self {
            nw: grow(self.nw),
            ne: grow(self.ne),
            sw: grow(self.sw),
            se: grow(self.se),
        }
    }
}

/// A rectangle with rounded corners (quarter circles as cubic Béziers).
pub(super) fn rounded_rect(rect: Rect, radius: CornerRadiusF32) -> Path {
    let limit = rect.size().min_elem() * 0.5;
    let r = |r: f32| r.clamp(0.0, limit.max(0.0));
    let (nw, ne, se, sw) = (r(radius.nw), r(radius.ne), r(radius.se), r(radius.sw));
    let Rect { min, max } = rect;
    let mut segments = vec![Segment::MoveTo(pos2(min.x + nw, min.y))];
    let corner =
        |segments: &mut Vec<Segment>, radius: f32, start: Pos2, end: Pos2, corner: Pos2| {
            segments.push(Segment::LineTo(start));
            if radius > 0.0 {
                segments.push(Segment::CubicTo(
                    start + (corner - start) * KAPPA,
                    end + (corner - end) * KAPPA,
                    end,
                ));
            }
        };
    corner(
        &mut segments,
        ne,
        pos2(max.x - ne, min.y),
        pos2(max.x, min.y + ne),
        pos2(max.x, min.y),
    );
    corner(
        &mut segments,
        se,
        pos2(max.x, max.y - se),
        pos2(max.x - se, max.y),
        max,
    );
    corner(
        &mut segments,
        sw,
        pos2(min.x + sw, max.y),
        pos2(min.x, max.y - sw),
        pos2(min.x, max.y),
    );
    corner(
        &mut segments,
        nw,
        pos2(min.x, min.y + nw),
        pos2(min.x + nw, min.y),
        min,
    );
    segments.push(Segment::Close);
    Path { segments }
}

/// An ellipse of radii `radius` around `center`, turned by `angle` (four cubic Béziers).
pub(super) fn ellipse_path(center: Pos2, radius: Vec2, angle: f32) -> Path {
    let rotation = Rot2::from_angle(angle);
    let at = |x: f32, y: f32| center + rotation * vec2(x * radius.x, y * radius.y);
    let k = KAPPA;
    Path {
        segments: vec![
            Segment::MoveTo(at(1.0, 0.0)),
            Segment::CubicTo(at(1.0, k), at(k, 1.0), at(0.0, 1.0)),
            Segment::CubicTo(at(-k, 1.0), at(-1.0, k), at(-1.0, 0.0)),
            Segment::CubicTo(at(-1.0, -k), at(-k, -1.0), at(0.0, -1.0)),
            Segment::CubicTo(at(k, -1.0), at(1.0, -k), at(1.0, 0.0)),
            Segment::Close,
        ],
    }
}

/// The box around a path's points (control points included).
pub(super) fn bounds_of(path: &Path) -> Rect {
    let mut bounds = Rect::NOTHING;
    for segment in &path.segments {
        match *segment {
            Segment::MoveTo(a) | Segment::LineTo(a) => bounds.extend_with(a),
            Segment::QuadTo(a, b) => {
                bounds.extend_with(a);
                bounds.extend_with(b);
            }
            Segment::CubicTo(a, b, c) => {
                bounds.extend_with(a);
                bounds.extend_with(b);
                bounds.extend_with(c);
            }
            Segment::Close => {}
        }
    }
    bounds
}

/// A triangle's corners in one winding order, so that triangles sharing an edge in one path
/// cancel along it instead of leaving a seam.
pub(super) fn counter_clockwise([a, b, c]: [Pos2; 3]) -> [Pos2; 3] {
    if (b - a).x * (c - a).y - (b - a).y * (c - a).x < 0.0 {
        [a, c, b]
    } else {
        [a, b, c]
    }
}

/// The mean of some premultiplied colours.
pub(super) fn average(colors: &[Color32]) -> Color32 {
    let count = colors.len().max(1) as u32;
    let channel = |i: usize| {
        (colors
            .iter()
            .map(|c| u32::from(c.to_array()[i]))
            .sum::<u32>()
            / count) as u8
    };
    Color32::from_rgba_premultiplied(channel(0), channel(1), channel(2), channel(3))
}

/// `transform` followed by a rotation of `angle` around `center`.
#[allow(
    clippy::many_single_char_names,
    reason = "an affine matrix's six entries are a to f, as SVG and PDF name them"
)]
pub(super) fn rotated([a, b, c, d, e, f]: [f32; 6], center: Pos2, angle: f32) -> [f32; 6] {
    let (sin, cos) = angle.sin_cos();
    // R·(M·p + t − center) + center, with R = [[cos, −sin], [sin, cos]].
    let (e, f) = (e - center.x, f - center.y);
    [
        cos * a - sin * b,
        sin * a + cos * b,
        cos * c - sin * d,
        sin * c + cos * d,
        cos * e - sin * f + center.x,
        sin * e + cos * f + center.y,
    ]
}
