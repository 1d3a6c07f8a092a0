//! The one walk over egui's shapes: every shape the painter produced becomes fills, strokes,
//! pictures and glyph runs on a [`Canvas`], whichever format that is.
//!
//! egui's tessellator is the reference: strokes of rectangles and circles sit inside, on or
//! outside the outline as it places them, a blurred rectangle (the card shadow) fades over the
//! same band, text is drawn where egui laid it out. What a tessellator does for the pixel grid
//! (snapping lines to pixel centres, feathering edges for anti-aliasing) is left to the viewer:
//! a vector picture has no pixels.

use egui::emath::{Rot2, TSTransform};
use egui::epaint::{
    self, BandShape, CircleShape, ClippedShape, ColorMode, CornerRadiusF32, EllipseShape, Mesh,
    PathShape, PathStroke, RectShape, Shape, StrokeKind, TextureId,
};
use egui::{Color32, Pos2, Rect, Stroke, Vec2, pos2, vec2};

use super::canvas::{Canvas, ImageDraw, Line, Path, Segment, affine_between};
use super::geometry::{
    Radii as _, average, bounds_of, counter_clockwise, ellipse_path, rotated, rounded_rect,
};
use super::text::FontBook;

/// Layers that stand in for a blurred edge: a soft shadow is drawn as this many nested shapes,
/// each a little more opaque towards the middle, which both formats draw alike (PDF has no blur).
const BLUR_LAYERS: usize = 4;

/// Draws `shapes` on a `canvas` of `size` map points; `images` are the pictures loaded into the
/// painter's context, by texture.
pub(super) fn draw(
    shapes: &[ClippedShape],
    size: Vec2,
    images: &[TextureId],
    fonts: &FontBook<'_>,
    canvas: &mut impl Canvas,
) {
    let screen = Rect::from_min_size(Pos2::ZERO, size);
    let mut walk = Walk {
        images,
        fonts,
        canvas,
        clip: screen,
    };
    for ClippedShape {
        clip_rect,
        shape,
        transform_after_tessellation,
    } in shapes
    {
        let clip = clip_rect.intersect(screen);
        if !clip.is_positive() {
            continue;
        }
        walk.clip = clip;
        walk.canvas
            .clip((!clip.contains_rect(screen)).then_some(clip));
        if *transform_after_tessellation == TSTransform::IDENTITY {
            walk.shape(shape);
        } else {
            let mut shape = shape.clone();
            shape.transform(*transform_after_tessellation);
            walk.shape(&shape);
        }
    }
}

struct Walk<'w, 'f, C> {
    images: &'w [TextureId],
    fonts: &'w FontBook<'f>,
    canvas: &'w mut C,
    /// The clip of the shape being drawn, for culling what cannot show.
    clip: Rect,
}

impl<C: Canvas> Walk<'_, '_, C> {
    fn shape(&mut self, shape: &Shape) {
        // What lies wholly outside the clip would not show; leaving it out keeps files small.
        if !matches!(shape, Shape::Vec(_)) && !shape.visual_bounding_rect().intersects(self.clip) {
            return;
        }
        match shape {
            Shape::Noop | Shape::Callback(_) => {}
            Shape::Vec(shapes) => {
                for shape in shapes {
                    self.shape(shape);
                }
            }
            Shape::Circle(circle) => self.circle(circle),
            Shape::Ellipse(ellipse) => self.ellipse(ellipse),
            Shape::LineSegment { points, stroke } => {
                self.stroke(&Path::polyline(points, false), *stroke);
            }
            Shape::Path(path) => self.path(path),
            Shape::Band(band) => self.band(band),
            Shape::Rect(rect) => self.rect(rect),
            Shape::Text(text) => self.text(text),
            Shape::Mesh(mesh) => self.mesh(mesh),
            Shape::QuadraticBezier(curve) => {
                let [a, b, c] = curve.points;
                let mut path = Path {
                    segments: vec![Segment::MoveTo(a), Segment::QuadTo(b, c)],
                };
                self.curve(&mut path, curve.closed, curve.fill, &curve.stroke);
            }
            Shape::CubicBezier(curve) => {
                let [a, b, c, d] = curve.points;
                let mut path = Path {
                    segments: vec![Segment::MoveTo(a), Segment::CubicTo(b, c, d)],
                };
                self.curve(&mut path, curve.closed, curve.fill, &curve.stroke);
            }
        }
    }

    fn fill(&mut self, path: &Path, color: Color32) {
        if color.a() > 0 && !path.is_unusable() {
            self.canvas.fill(path, color);
        }
    }

    fn stroke(&mut self, path: &Path, stroke: Stroke) {
        if stroke.width > 0.0
            && stroke.width.is_finite()
            && stroke.color.a() > 0
            && !path.is_unusable()
        {
            self.canvas.stroke(
                path,
                Line {
                    width: stroke.width,
                    color: stroke.color,
                },
            );
        }
    }

    /// A filled circle, its stroke outside the radius as egui draws it.
    fn circle(&mut self, circle: &CircleShape) {
        let CircleShape {
            center,
            radius,
            fill,
            stroke,
        } = *circle;
        if radius <= 0.0 {
            return;
        }
        self.fill(&ellipse_path(center, Vec2::splat(radius), 0.0), fill);
        let outside = Vec2::splat(radius + stroke.width * 0.5);
        self.stroke(&ellipse_path(center, outside, 0.0), stroke);
    }

    fn ellipse(&mut self, ellipse: &EllipseShape) {
        let EllipseShape {
            center,
            radius,
            fill,
            stroke,
            angle,
        } = *ellipse;
        if radius.min_elem() <= 0.0 {
            return;
        }
        self.fill(&ellipse_path(center, radius, angle), fill);
        let outside = radius + Vec2::splat(stroke.width * 0.5);
        self.stroke(&ellipse_path(center, outside, angle), stroke);
    }

    fn path(&mut self, shape: &PathShape) {
        if shape.points.len() < 2 {
            return;
        }
        let mut path = Path::polyline(&shape.points, shape.closed);
        self.curve(&mut path, shape.closed, shape.fill, &shape.stroke);
    }

    /// A path egui fills (when closed) and strokes with a [`PathStroke`]. A stroke inside or
    /// outside a closed path is drawn on it: offsetting outlines is beyond this walk, and the
    /// painter strokes its closed paths nowhere.
    fn curve(&mut self, path: &mut Path, closed: bool, fill: Color32, stroke: &PathStroke) {
        if closed {
            if !matches!(path.segments.last(), Some(Segment::Close)) {
                path.segments.push(Segment::Close);
            }
            self.fill(path, fill);
        }
        let color = match &stroke.color {
            ColorMode::Solid(color) => *color,
            // A colour that varies along the path: the colour at its middle.
            ColorMode::UV(color_at) => {
                let bounds = bounds_of(path);
                color_at(bounds, bounds.center())
            }
        };
        self.stroke(path, Stroke::new(stroke.width, color));
    }

    fn band(&mut self, band: &BandShape) {
        let rotation = Rot2::from_angle(band.angle);
        let inset = match band.stroke_kind {
            StrokeKind::Inside => band.stroke.width,
            StrokeKind::Middle => 0.5 * band.stroke.width,
            StrokeKind::Outside => 0.0,
        };
        for run in band
            .points
            .split(|point| !(point.is_finite() && point.y.min <= point.y.max))
            .filter(|run| run.len() >= 2)
        {
            let edge = |x: f32, y: f32| (rotation * vec2(x, y)).to_pos2();
            let shrink = |y: egui::Rangef| {
                let half = ((y.span() - 2.0 * inset).max(0.0)) * 0.5;
                (y.center() - half, y.center() + half)
            };
            let points: Vec<Pos2> = run
                .iter()
                .map(|point| edge(point.x, shrink(point.y).0))
                .chain(
                    run.iter()
                        .rev()
                        .map(|point| edge(point.x, shrink(point.y).1)),
                )
                .collect();
            self.fill(&Path::polyline(&points, true), band.fill);
            let outside: Vec<Pos2> = run
                .iter()
                .map(|point| edge(point.x, shrink(point.y).0 - band.stroke.width * 0.5))
                .chain(
                    run.iter()
                        .rev()
                        .map(|point| edge(point.x, shrink(point.y).1 + band.stroke.width * 0.5)),
                )
                .collect();
            self.stroke(&Path::polyline(&outside, true), band.stroke);
        }
    }

    fn rect(&mut self, shape: &RectShape) {
        let RectShape {
            rect,
            corner_radius,
            fill,
            stroke,
            stroke_kind,
            blur_width,
            angle,
            ..
        } = *shape;
        // egui's guard against rectangles of infinite size.
        let rect = Rect::from_min_max(rect.min.max(pos2(-1e7, -1e7)), rect.max.min(pos2(1e7, 1e7)));
        if !rect.is_finite() || !rect.is_positive() {
            return;
        }
        let radius = CornerRadiusF32::from(corner_radius);
        let rotate = |mut path: Path| {
            if angle != 0.0 && angle.is_finite() {
                let (center, rotation) = (rect.center(), Rot2::from_angle(angle));
                path.map_points(|point| center + rotation * (point - center));
            }
            path
        };
        if blur_width > 0.0 && blur_width.is_finite() {
            self.blurred_rect(rect, radius, fill, blur_width, &rotate);
            return;
        }
        let stroke = if stroke.width > 0.0 {
            stroke
        } else {
            Stroke::NONE
        };
        let (outer, outer_radius) = match stroke_kind {
            StrokeKind::Inside => (rect, radius),
            StrokeKind::Middle => (
                rect.expand(stroke.width * 0.5),
                radius.offset(stroke.width * 0.5),
            ),
            StrokeKind::Outside => (rect.expand(stroke.width), radius.offset(stroke.width)),
        };
        // A stroke as wide as the rectangle covers it: egui then fills it in the stroke's colour.
        if !stroke.is_empty() && outer.size().min_elem() <= 2.0 * stroke.width {
            self.fill(&rotate(rounded_rect(outer, outer_radius)), stroke.color);
            return;
        }
        let image = shape.brush.as_ref().and_then(|brush| {
            self.images
                .iter()
                .position(|id| *id == brush.fill_texture_id)
                .map(|index| (index, brush.uv))
        });
        match image {
            Some((index, uv)) => {
                let inner = match stroke_kind {
                    StrokeKind::Inside => rect.shrink(stroke.width),
                    StrokeKind::Middle => rect.shrink(stroke.width * 0.5),
                    StrokeKind::Outside => rect,
                };
                if inner.is_positive() && uv.is_positive() {
                    let clip = rotate(rounded_rect(inner, radius));
                    // The uv rectangle maps onto the rectangle.
                    let scale = vec2(rect.width() / uv.width(), rect.height() / uv.height());
                    let mut transform = [
                        scale.x,
                        0.0,
                        0.0,
                        scale.y,
                        rect.min.x - uv.min.x * scale.x,
                        rect.min.y - uv.min.y * scale.y,
                    ];
                    if angle != 0.0 && angle.is_finite() {
                        transform = rotated(transform, rect.center(), angle);
                    }
                    self.canvas.image(&ImageDraw {
                        image: index,
                        transform,
                        clip,
                        opacity: f32::from(fill.a()) / 255.0,
                    });
                }
            }
            None => self.fill(&rotate(rounded_rect(rect, radius)), fill),
        }
        // The stroke's centre line, half its width in from its outer edge.
        let (line, line_radius) = match stroke_kind {
            StrokeKind::Inside => (
                rect.shrink(stroke.width * 0.5),
                radius.offset(-stroke.width * 0.5),
            ),
            StrokeKind::Middle => (rect, radius),
            StrokeKind::Outside => (
                rect.expand(stroke.width * 0.5),
                radius.offset(stroke.width * 0.5),
            ),
        };
        self.stroke(&rotate(rounded_rect(line, line_radius)), stroke);
    }

    /// egui blurs a rectangle by fading it linearly over `blur` points centred on its edge,
    /// its corners rounded by half the blur more. Nested layers of equal opacity, compounding
    /// to the fill's, follow that ramp in steps of `blur / BLUR_LAYERS`.
    fn blurred_rect(
        &mut self,
        rect: Rect,
        radius: CornerRadiusF32,
        fill: Color32,
        blur: f32,
        rotate: &impl Fn(Path) -> Path,
    ) {
        let blur = blur.min(rect.size().min_elem() - 0.1).max(0.0);
        let radius = radius.offset(blur * 0.5);
        let [r, g, b, a] = fill.to_srgba_unmultiplied();
        if a == 0 {
            return;
        }
        let total = f32::from(a) / 255.0;
        let layer_alpha = 1.0 - (1.0 - total).powf(1.0 / BLUR_LAYERS as f32);
        let layer = Color32::from_rgba_unmultiplied(r, g, b, (layer_alpha * 255.0).round() as u8);
        let step = blur / BLUR_LAYERS as f32;
        for index in 0..BLUR_LAYERS {
            let grow = blur * 0.5 - (index as f32 + 0.5) * step;
            let bounds = rect.expand(grow);
            if bounds.is_positive() {
                self.fill(&rotate(rounded_rect(bounds, radius.offset(grow))), layer);
            }
        }
    }

    fn text(&mut self, shape: &epaint::TextShape) {
        // Backgrounds under the glyphs, underlines and strikethroughs over them: plain coloured
        // quads in each row's mesh, before and after the glyphs' vertices.
        self.text_decorations(shape, true);
        let block = self.fonts.text_block(shape);
        if !block.runs.is_empty() {
            self.canvas.text(&block);
        }
        self.text_decorations(shape, false);
    }

    /// The quads of a text's rows before its glyphs (`under`) or after them.
    fn text_decorations(&mut self, shape: &epaint::TextShape, under: bool) {
        // The text colour override is not the decorations'.
        let decorations = epaint::TextShape {
            override_text_color: None,
            ..shape.clone()
        };
        let origin = pos2(shape.pos.x.round(), shape.pos.y.round());
        let rotation = Rot2::from_angle(shape.angle);
        for row in &shape.galley.rows {
            let visuals = &row.visuals;
            let offset = origin + rotation * row.pos.to_vec2();
            let place = |point: Pos2| offset + rotation * point.to_vec2();
            let glyphs = &visuals.glyph_vertex_range;
            let triangles = visuals
                .mesh
                .indices
                .chunks_exact(3)
                .filter(|triangle| {
                    triangle.iter().all(|&index| {
                        let index = index as usize;
                        if under {
                            index < glyphs.start
                        } else {
                            index >= glyphs.end
                        }
                    })
                })
                .filter_map(|triangle| {
                    let vertex = |i: usize| visuals.mesh.vertices.get(*triangle.get(i)? as usize);
                    let (a, b, c) = (vertex(0)?, vertex(1)?, vertex(2)?);
                    let color = super::text::resolve_color(&decorations, a.color);
                    Some((color, [place(a.pos), place(b.pos), place(c.pos)]))
                });
            self.fill_triangles(triangles);
            if !under && shape.underline != Stroke::NONE && !visuals.mesh.is_empty() {
                let bounds = visuals.mesh_bounds;
                let line = [place(bounds.left_bottom()), place(bounds.right_bottom())];
                self.stroke(&Path::polyline(&line, false), shape.underline);
            }
        }
    }

    /// Fills triangles, one path per colour so that neighbours show no seam between them.
    fn fill_triangles(&mut self, triangles: impl Iterator<Item = (Color32, [Pos2; 3])>) {
        let mut by_color: Vec<(Color32, Path)> = Vec::new();
        for (color, triangle) in triangles {
            let triangle = counter_clockwise(triangle);
            if let Some((_, path)) = by_color.iter_mut().find(|(c, _)| *c == color) {
                path.add_polyline(&triangle, true);
            } else {
                by_color.push((color, Path::polyline(&triangle, true)));
            }
        }
        for (color, path) in by_color {
            self.fill(&path, color);
        }
    }

    /// A mesh: plain-coloured triangles become fills, triangles of a loaded picture become that
    /// picture cut to the triangle. Triangles sampling the font atlas (glyphs placed as a
    /// mesh) are text without its characters: they are left out rather than drawn as a bitmap.
    fn mesh(&mut self, mesh: &Mesh) {
        let triangles = mesh.indices.chunks_exact(3).filter_map(|triangle| {
            let vertex = |i: usize| mesh.vertices.get(*triangle.get(i)? as usize);
            Some([vertex(0)?, vertex(1)?, vertex(2)?])
        });
        if mesh.texture_id == TextureId::default() {
            let plain = triangles
                .filter(|vertices| vertices.iter().all(|v| v.uv == epaint::WHITE_UV))
                .map(|[a, b, c]| (average(&[a.color, b.color, c.color]), [a.pos, b.pos, c.pos]));
            self.fill_triangles(plain);
            return;
        }
        let Some(image) = self.images.iter().position(|id| *id == mesh.texture_id) else {
            return;
        };
        // Neighbouring triangles of one affine map (a quad) are drawn as one cut-out.
        let mut pending: Option<ImageDraw> = None;
        for [a, b, c] in triangles {
            let uv = [a.uv, b.uv, c.uv];
            let Some(transform) = affine_between(uv, [a.pos, b.pos, c.pos]) else {
                continue;
            };
            let triangle = counter_clockwise([a.pos, b.pos, c.pos]);
            let opacity = f32::from(a.color.a()) / 255.0;
            match &mut pending {
                Some(draw)
                    if draw
                        .transform
                        .iter()
                        .zip(transform)
                        .all(|(x, y)| (x - y).abs() <= 1e-3 * x.abs().max(1.0)) =>
                {
                    draw.clip.add_polyline(&triangle, true);
                }
                _ => {
                    if let Some(draw) = pending.take() {
                        self.canvas.image(&draw);
                    }
                    pending = Some(ImageDraw {
                        image,
                        transform,
                        clip: Path::polyline(&triangle, true),
                        opacity,
                    });
                }
            }
        }
        if let Some(draw) = pending {
            self.canvas.image(&draw);
        }
    }
}
