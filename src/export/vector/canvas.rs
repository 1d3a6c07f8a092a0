//! What a vector format must be able to draw. The walk over egui's shapes (`shapes.rs`) speaks
//! only this small vocabulary, and the SVG and PDF writers each implement it, so the two formats
//! draw the same picture from the same decisions and cannot drift apart.

use std::ops::Range;

use egui::{Color32, Pos2, Rect};

/// One drawing step of a [`Path`], in map points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Segment {
    MoveTo(Pos2),
    LineTo(Pos2),
    QuadTo(Pos2, Pos2),
    CubicTo(Pos2, Pos2, Pos2),
    Close,
}

/// An outline: one or more sub-paths, filled by the non-zero rule.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Path {
    pub segments: Vec<Segment>,
}

impl Path {
    /// A polyline through `points`, closed or open.
    pub fn polyline(points: &[Pos2], closed: bool) -> Self {
        let mut path = Self::default();
        path.add_polyline(points, closed);
        path
    }

    /// Appends a sub-path through `points`.
    pub fn add_polyline(&mut self, points: &[Pos2], closed: bool) {
        let mut points = points.iter();
        let Some(first) = points.next() else {
            return;
        };
        self.segments.push(Segment::MoveTo(*first));
        self.segments
            .extend(points.map(|point| Segment::LineTo(*point)));
        if closed {
            self.segments.push(Segment::Close);
        }
    }

    /// Whether there is nothing to draw, or a coordinate is not a number (such a path would make
    /// a writer produce a broken file).
    pub fn is_unusable(&self) -> bool {
        self.segments.len() < 2
            || self.segments.iter().any(|segment| {
                let points: &[Pos2] = match segment {
                    Segment::MoveTo(a) | Segment::LineTo(a) => &[*a],
                    Segment::QuadTo(a, b) => &[*a, *b],
                    Segment::CubicTo(a, b, c) => &[*a, *b, *c],
                    Segment::Close => &[],
                };
                points
                    .iter()
                    .any(|point| !point.x.is_finite() || !point.y.is_finite())
            })
    }

    /// Moves every point by `transform`.
    pub fn map_points(&mut self, transform: impl Fn(Pos2) -> Pos2) {
        for segment in &mut self.segments {
            match segment {
                Segment::MoveTo(a) | Segment::LineTo(a) => *a = transform(*a),
                Segment::QuadTo(a, b) => {
                    *a = transform(*a);
                    *b = transform(*b);
                }
                Segment::CubicTo(a, b, c) => {
                    *a = transform(*a);
                    *b = transform(*b);
                    *c = transform(*c);
                }
                Segment::Close => {}
            }
        }
    }
}

/// How a line is drawn. Ends are cut square at the end point (egui draws no caps) and corners
/// are mitred, as egui's tessellator does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Line {
    /// Width in map points.
    pub width: f32,
    /// Premultiplied, as egui keeps colours.
    pub color: Color32,
}

/// A picture placed on the map: `transform` takes the picture's texture coordinates (0..1 across
/// its width and its height, as egui's uv) to map points, and only the part inside `clip` shows.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct ImageDraw {
    /// Index into the pictures the export was given.
    pub image: usize,
    /// `[a, b, c, d, e, f]`: `x' = a·x + c·y + e`, `y' = b·x + d·y + f`.
    pub transform: [f32; 6],
    /// The outline the picture is cut to, in map points.
    pub clip: Path,
    /// Opacity from the shape's tint, 0..=1.
    pub opacity: f32,
}

/// A glyph placed on the map.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct PlacedGlyph {
    /// Glyph id in the run's face.
    pub id: u16,
    /// The glyph's origin on the baseline, in map points.
    pub pos: Pos2,
    /// How far the pen moves after this glyph, in map points.
    pub advance: f32,
    /// The bytes of [`GlyphRun::text`] this glyph stands for (a ligature covers several
    /// characters; the glyphs of one cluster share a range).
    pub text: Range<usize>,
}

/// Glyphs of one face, size and colour, in drawing order.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct GlyphRun {
    /// Index into the font book's faces.
    pub face: usize,
    /// The em size in points, the face's scale tweak applied.
    pub size: f32,
    /// Premultiplied, as egui keeps colours.
    pub color: Color32,
    /// Words (`true`) or symbols of an icon font (`false`): symbols are drawn as outlines only,
    /// so that copied or searched text does not fill with private-use characters.
    pub is_text: bool,
    /// The characters the glyphs stand for.
    pub text: String,
    pub glyphs: Vec<PlacedGlyph>,
}

/// The text of one egui text shape: its glyph runs, row by row.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct TextBlock {
    pub runs: Vec<GlyphRun>,
    /// Rotation in radians (clockwise) around a point, for rotated text shapes.
    pub rotation: Option<(Pos2, f32)>,
}

/// A vector format the shape walk draws into.
pub(super) trait Canvas {
    /// Clips what follows to `rect`, or not at all. Called before every shape; a writer keeps
    /// the clip it already has when nothing changes.
    fn clip(&mut self, rect: Option<Rect>);

    /// Fills `path` by the non-zero rule.
    fn fill(&mut self, path: &Path, color: Color32);

    /// Strokes `path` along its centre.
    fn stroke(&mut self, path: &Path, line: Line);

    /// Draws a picture.
    fn image(&mut self, image: &ImageDraw);

    /// Draws text: every run's glyphs, and keeps its words as words where the format can.
    fn text(&mut self, text: &TextBlock);
}

/// A colour as straight (not premultiplied) sRGB and an opacity 0..=1, what SVG and PDF take.
pub(super) fn straight(color: Color32) -> ([u8; 3], f32) {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    ([r, g, b], f32::from(a) / 255.0)
}

/// The affine transform taking triangle `from` onto triangle `to`, as `[a, b, c, d, e, f]`
/// (see [`ImageDraw::transform`]); `None` when `from` is degenerate.
#[allow(
    clippy::many_single_char_names,
    reason = "an affine matrix's six entries are a to f, as SVG and PDF name them"
)]
pub(super) fn affine_between(from: [Pos2; 3], to: [Pos2; 3]) -> Option<[f32; 6]> {
    let (u1, u2) = (from[1] - from[0], from[2] - from[0]);
    let (v1, v2) = (to[1] - to[0], to[2] - to[0]);
    let det = u1.x * u2.y - u2.x * u1.y;
    if det.abs() < 1e-12 || !det.is_finite() {
        return None;
    }
    // M·u1 = v1 and M·u2 = v2, solved for the 2×2 matrix M = [[a, c], [b, d]].
    let a = (v1.x * u2.y - v2.x * u1.y) / det;
    let c = (v2.x * u1.x - v1.x * u2.x) / det;
    let b = (v1.y * u2.y - v2.y * u1.y) / det;
    let d = (v2.y * u1.x - v1.y * u2.x) / det;
    let e = to[0].x - a * from[0].x - c * from[0].y;
    let f = to[0].y - b * from[0].x - d * from[0].y;
    let matrix = [a, b, c, d, e, f];
    matrix.iter().all(|v| v.is_finite()).then_some(matrix)
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    #[test]
    #[allow(
        clippy::many_single_char_names,
        reason = "an affine matrix's six entries are a to f"
    )]
    fn the_affine_map_takes_each_corner_where_it_belongs() {
        let from = [pos2(0.0, 0.0), pos2(10.0, 0.0), pos2(0.0, 20.0)];
        let to = [pos2(5.0, 5.0), pos2(5.0, 25.0), pos2(-35.0, 5.0)];
        let [a, b, c, d, e, f] = affine_between(from, to).unwrap_or_default();
        for (p, q) in from.iter().zip(to) {
            let mapped = pos2(a * p.x + c * p.y + e, b * p.x + d * p.y + f);
            assert!(
                (mapped - q).length() < 1e-4,
                "{p:?} went to {mapped:?}, not {q:?}"
            );
        }
        assert!(affine_between([pos2(0.0, 0.0); 3], to).is_none());
    }
}
