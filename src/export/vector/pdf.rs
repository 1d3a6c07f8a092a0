//! The PDF writer, on krilla: one page, text as real text in the fonts egui used (embedded as
//! subsets, so it can be selected and searched), the photo as an image.

use std::collections::BTreeMap;
use std::ops::Range;

use egui::{Color32, Rect, Vec2};
use image::RgbaImage;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Size, Transform};
use krilla::image::Image;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId};
use krilla::{Data, Document};

use super::PageSize;
use super::canvas::{Canvas, ImageDraw, Line, Path, Segment, TextBlock, straight};
use super::picture::Picture;
use super::text::FontBook;
use crate::export::ExportError;

/// The largest page side in points that PDF readers are required to handle (200 inches,
/// Acrobat's limit). A larger map is scaled down onto a page of that size.
const MAX_PAGE_SIDE: f32 = 14_400.0;

/// The white space around a map on a paper-sized page: 10 mm.
const MARGIN: f32 = 10.0 * MM;

/// Points per millimetre.
const MM: f32 = 72.0 / 25.4;

/// The page, and the map's scale and offset on it.
pub(super) fn page_geometry(map_size: Vec2, page: PageSize) -> (Vec2, f32, Vec2) {
    let map_size = map_size.max(Vec2::splat(1.0));
    match page.landscape_mm() {
        None => {
            let scale = (MAX_PAGE_SIDE / map_size.max_elem()).min(1.0);
            (
                (map_size * scale).min(Vec2::splat(MAX_PAGE_SIDE)),
                scale,
                Vec2::ZERO,
            )
        }
        Some([width, height]) => {
            let page_size = Vec2::new(width, height) * MM;
            let room = page_size - Vec2::splat(2.0 * MARGIN);
            let scale = (room.x / map_size.x).min(room.y / map_size.y);
            (page_size, scale, (page_size - map_size * scale) * 0.5)
        }
    }
}

/// Writes the picture as a one-page PDF titled `title`, in language `lang` (a BCP 47 code).
pub(super) fn write(
    picture: &Picture<'_>,
    fonts: &FontBook<'_>,
    page: PageSize,
    title: &str,
    lang: &str,
) -> Result<Vec<u8>, ExportError> {
    let (page_size, scale, offset) = page_geometry(picture.size, page);
    let settings = PageSettings::from_wh(page_size.x, page_size.y)
        .ok_or_else(|| ExportError::Encode(format!("no page of {page_size:?} points")))?;
    let mut document = Document::new();
    // No creation date, and krilla derives the document id from the content: the same map
    // gives the same bytes.
    document.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .language(lang.to_owned())
            .creator("journeymap".to_owned()),
    );
    {
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        surface.push_transform(&Transform::from_row(
            scale, 0.0, 0.0, scale, offset.x, offset.y,
        ));
        let mut canvas = PdfCanvas {
            surface: &mut surface,
            fonts,
            pdf_fonts: BTreeMap::new(),
            images: &picture.images,
            pdf_images: Vec::new(),
            clip: None,
        };
        super::shapes::draw(
            &picture.shapes,
            picture.size,
            &picture.textures,
            fonts,
            &mut canvas,
        );
        canvas.clip(None);
        surface.pop();
        surface.finish();
        pdf_page.finish();
    }
    document
        .finish()
        .map_err(|error| ExportError::Encode(format!("PDF: {error:?}")))
}

/// Draws on a krilla surface. Every `push` here is matched by a `pop` (krilla panics otherwise).
struct PdfCanvas<'c, 's, 'f> {
    surface: &'c mut Surface<'s>,
    fonts: &'c FontBook<'f>,
    /// krilla's font for each face, made when first used (`None`: krilla cannot read it).
    pdf_fonts: BTreeMap<usize, Option<Font>>,
    images: &'c [&'c RgbaImage],
    pdf_images: Vec<Option<Image>>,
    /// The clip pushed on the surface, if any.
    clip: Option<Rect>,
}

impl PdfCanvas<'_, '_, '_> {
    fn font(&mut self, face: usize) -> Option<Font> {
        let fonts = self.fonts;
        self.pdf_fonts
            .entry(face)
            .or_insert_with(|| {
                let face = fonts.faces.get(face)?;
                Font::new(Data::from(face.data.font.clone()), face.data.index)
            })
            .clone()
    }

    fn image(&mut self, index: usize) -> Option<Image> {
        if self.pdf_images.len() <= index {
            self.pdf_images.resize(index + 1, None);
        }
        let picture = self.images.get(index)?;
        let slot = self.pdf_images.get_mut(index)?;
        Some(
            slot.get_or_insert_with(|| {
                Image::from_rgba8(picture.as_raw().clone(), picture.width(), picture.height())
            })
            .clone(),
        )
    }
}

impl Canvas for PdfCanvas<'_, '_, '_> {
    fn clip(&mut self, rect: Option<Rect>) {
        if rect == self.clip {
            return;
        }
        if self.clip.take().is_some() {
            self.surface.pop();
        }
        if let Some(rect) = rect
            && let Some(path) = krilla_path(&Path::polyline(
                &[
                    rect.left_top(),
                    rect.right_top(),
                    rect.right_bottom(),
                    rect.left_bottom(),
                ],
                true,
            ))
        {
            self.surface.push_clip_path(&path, &FillRule::NonZero);
            self.clip = Some(rect);
        }
    }

    fn fill(&mut self, path: &Path, color: Color32) {
        let Some(path) = krilla_path(path) else {
            return;
        };
        self.surface.set_stroke(None);
        self.surface.set_fill(Some(fill(color)));
        self.surface.draw_path(&path);
    }

    fn stroke(&mut self, path: &Path, line: Line) {
        let Some(path) = krilla_path(path) else {
            return;
        };
        let ([r, g, b], opacity) = straight(line.color);
        self.surface.set_fill(None);
        self.surface.set_stroke(Some(Stroke {
            paint: rgb::Color::new(r, g, b).into(),
            width: line.width,
            // SVG's default, so both formats mitre the same corners.
            miter_limit: 4.0,
            line_cap: LineCap::Butt,
            line_join: LineJoin::Miter,
            opacity: normalized(opacity),
            dash: None,
        }));
        self.surface.draw_path(&path);
        self.surface.set_stroke(None);
    }

    #[allow(
        clippy::many_single_char_names,
        reason = "an affine matrix's six entries are a to f, as PDF names them"
    )]
    fn image(&mut self, draw: &ImageDraw) {
        let Some(image) = self.image(draw.image) else {
            return;
        };
        // krilla draws the picture into a box of `size` at the origin: the unit square, which
        // the transform takes onto the map.
        let (Some(clip), Some(size)) = (krilla_path(&draw.clip), Size::from_wh(1.0, 1.0)) else {
            return;
        };
        let [a, b, c, d, e, f] = draw.transform;
        self.surface.push_clip_path(&clip, &FillRule::NonZero);
        self.surface
            .push_transform(&Transform::from_row(a, b, c, d, e, f));
        self.surface.push_opacity(normalized(draw.opacity));
        self.surface.draw_image(image, size);
        self.surface.pop();
        self.surface.pop();
        self.surface.pop();
    }

    fn text(&mut self, block: &TextBlock) {
        if let Some((pivot, angle)) = block.rotation {
            self.surface.push_transform(&Transform::from_rotate_at(
                angle.to_degrees(),
                pivot.x,
                pivot.y,
            ));
        }
        for run in &block.runs {
            let (Some(font), Some(first)) = (self.font(run.face), run.glyphs.first()) else {
                continue;
            };
            let glyphs: Vec<PdfGlyph> = run
                .glyphs
                .iter()
                .zip(run.glyphs.iter().skip(1).map(Some).chain([None]))
                .map(|(glyph, next)| PdfGlyph {
                    id: glyph.id,
                    text: glyph.text.clone(),
                    // The pen goes exactly where the next glyph is, so the PDF keeps egui's
                    // positions rather than the font's advances.
                    advance: next.map_or(glyph.advance, |next| next.pos.x - glyph.pos.x) / run.size,
                    rise: (first.pos.y - glyph.pos.y) / run.size,
                })
                .collect();
            self.surface.set_stroke(None);
            self.surface.set_fill(Some(fill(run.color)));
            self.surface.draw_glyphs(
                Point::from_xy(first.pos.x, first.pos.y),
                &glyphs,
                font,
                &run.text,
                run.size,
                // Icons are drawn as shapes: their private-use code points mean nothing as text.
                !run.is_text,
            );
        }
        if block.rotation.is_some() {
            self.surface.pop();
        }
    }
}

/// A glyph as krilla takes it: distances in ems, which krilla scales by the size it asks for.
struct PdfGlyph {
    id: u16,
    text: Range<usize>,
    advance: f32,
    /// How far above the run's baseline the glyph sits.
    rise: f32,
}

impl krilla::text::Glyph for PdfGlyph {
    fn glyph_id(&self) -> GlyphId {
        GlyphId::new(u32::from(self.id))
    }

    fn text_range(&self) -> Range<usize> {
        self.text.clone()
    }

    fn x_advance(&self, size: f32) -> f32 {
        self.advance * size
    }

    fn x_offset(&self, _size: f32) -> f32 {
        0.0
    }

    fn y_offset(&self, size: f32) -> f32 {
        self.rise * size
    }

    fn y_advance(&self, _size: f32) -> f32 {
        0.0
    }

    fn location(&self) -> Option<krilla::surface::Location> {
        None
    }
}

fn fill(color: Color32) -> Fill {
    let ([r, g, b], opacity) = straight(color);
    Fill {
        paint: rgb::Color::new(r, g, b).into(),
        opacity: normalized(opacity),
        rule: FillRule::NonZero,
    }
}

fn normalized(value: f32) -> NormalizedF32 {
    NormalizedF32::new(value.clamp(0.0, 1.0)).unwrap_or(NormalizedF32::ONE)
}

/// A path as krilla takes it; `None` for one with nothing to draw or a coordinate that is not
/// a number.
fn krilla_path(path: &Path) -> Option<krilla::geom::Path> {
    if path.is_unusable() {
        return None;
    }
    let mut builder = PathBuilder::new();
    for segment in &path.segments {
        match *segment {
            Segment::MoveTo(a) => builder.move_to(a.x, a.y),
            Segment::LineTo(a) => builder.line_to(a.x, a.y),
            Segment::QuadTo(a, b) => builder.quad_to(a.x, a.y, b.x, b.y),
            Segment::CubicTo(a, b, c) => builder.cubic_to(a.x, a.y, b.x, b.y, c.x, c.y),
            Segment::Close => builder.close(),
        }
    }
    builder.finish()
}
