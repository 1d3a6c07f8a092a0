//! The SVG writer: plain SVG 1.1 that browsers, Inkscape and `LibreOffice` read alike.
//!
//! Text is drawn as outlines, each glyph defined once in `<defs>` and placed with `<use>`, so it
//! looks the same where the fonts are not installed. Its words are kept as an invisible
//! `<text>` over the outlines, each row a `<tspan>` stretched to the row's width: a browser's
//! find-in-page then finds and highlights the words where they are, text can be selected and
//! copied, and screen readers read it, which a `<title>` would not give. Being invisible
//! (`fill-opacity="0"`), it never shows in a font the viewer substitutes.
//!
//! Written by hand: the format needs a dozen elements and one escape function, and a writer
//! crate would add nothing but a dependency.

use std::collections::HashMap;
use std::fmt::Write as _;

use base64::Engine as _;
use egui::{Color32, Rect, Vec2};
use image::RgbaImage;

use super::canvas::{Canvas, GlyphRun, ImageDraw, Line, Path, Segment, TextBlock, straight};
use super::text::FontBook;
use crate::export::xml_escape::text as escape;

/// Writes an SVG picture of `size` map points.
pub(super) struct SvgWriter<'i> {
    size: Vec2,
    images: &'i [&'i RgbaImage],
    body: String,
    /// `<clipPath>` definitions.
    clips: String,
    /// Clip rectangles defined so far, by their corners' bits.
    clip_ids: HashMap<[u32; 4], usize>,
    /// Clip paths of pictures defined so far.
    path_clips: usize,
    /// The clip group open in `body`, if any.
    open_clip: Option<usize>,
    /// Glyphs used, in order of first use: `(face, glyph id)`.
    glyphs: Vec<(usize, u16)>,
    glyph_ids: HashMap<(usize, u16), usize>,
    /// Font units per em of each face.
    units_per_em: Vec<f32>,
}

impl<'i> SvgWriter<'i> {
    pub fn new(size: Vec2, images: &'i [&'i RgbaImage]) -> Self {
        Self {
            size,
            images,
            body: String::new(),
            clips: String::new(),
            clip_ids: HashMap::new(),
            path_clips: 0,
            open_clip: None,
            glyphs: Vec::new(),
            glyph_ids: HashMap::new(),
            units_per_em: Vec::new(),
        }
    }

    /// The finished file: the header, the title, the definitions (glyph outlines from
    /// `fonts`, clips) and the drawing.
    pub fn finish(mut self, title: &str, fonts: &FontBook<'_>) -> Vec<u8> {
        self.close_clip();
        let (width, height) = (num(self.size.x), num(self.size.y));
        let mut out = String::with_capacity(self.body.len() + self.clips.len() + 4096);
        out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" \
             version=\"1.1\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">"
        );
        let _ = writeln!(out, "<title>{}</title>", escape(title));
        out.push_str("<defs>\n");
        for (index, (face, id)) in self.glyphs.iter().enumerate() {
            let outline = fonts.outline(*face, *id);
            let _ = writeln!(
                out,
                "<path id=\"g{index}\" d=\"{}\"/>",
                path_data(&outline, 1)
            );
        }
        out.push_str(&self.clips);
        out.push_str("</defs>\n");
        out.push_str(&self.body);
        out.push_str("</svg>\n");
        out.into_bytes()
    }

    fn close_clip(&mut self) {
        if self.open_clip.take().is_some() {
            self.body.push_str("</g>\n");
        }
    }

    /// The index of a glyph's definition.
    fn glyph(&mut self, face: usize, id: u16) -> usize {
        *self.glyph_ids.entry((face, id)).or_insert_with(|| {
            self.glyphs.push((face, id));
            self.glyphs.len() - 1
        })
    }

    /// A run's glyphs as `<use>` of their outlines, in a group scaled from font units.
    fn run_outlines(&mut self, run: &GlyphRun, scale: f32) {
        let Some(first) = run.glyphs.first() else {
            return;
        };
        let origin = first.pos;
        let _ = write!(
            self.body,
            "<g{} transform=\"matrix({k} 0 0 {k} {} {})\">",
            fill_attributes(run.color),
            num(origin.x),
            num(origin.y),
            k = num_fine(scale),
        );
        for glyph in &run.glyphs {
            let index = self.glyph(run.face, glyph.id);
            let offset = (glyph.pos - origin) / scale;
            let _ = write!(self.body, "<use xlink:href=\"#g{index}\"");
            if offset.x != 0.0 {
                let _ = write!(self.body, " x=\"{}\"", num_with(offset.x, 1));
            }
            if offset.y.abs() >= 0.05 {
                let _ = write!(self.body, " y=\"{}\"", num_with(offset.y, 1));
            }
            self.body.push_str("/>");
        }
        self.body.push_str("</g>\n");
    }
}

impl Canvas for SvgWriter<'_> {
    fn clip(&mut self, rect: Option<Rect>) {
        let id = rect.map(|rect| {
            let key = [rect.min.x, rect.min.y, rect.max.x, rect.max.y].map(f32::to_bits);
            let next = self.clip_ids.len();
            let id = *self.clip_ids.entry(key).or_insert(next);
            if id == next {
                let _ = writeln!(
                    self.clips,
                    "<clipPath id=\"c{id}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>",
                    num(rect.min.x),
                    num(rect.min.y),
                    num(rect.width()),
                    num(rect.height())
                );
            }
            id
        });
        if id == self.open_clip {
            return;
        }
        self.close_clip();
        if let Some(id) = id {
            let _ = writeln!(self.body, "<g clip-path=\"url(#c{id})\">");
            self.open_clip = Some(id);
        }
    }

    fn fill(&mut self, path: &Path, color: Color32) {
        let _ = writeln!(
            self.body,
            "<path d=\"{}\"{}/>",
            path_data(path, 2),
            fill_attributes(color)
        );
    }

    fn stroke(&mut self, path: &Path, line: Line) {
        let ([r, g, b], opacity) = straight(line.color);
        let _ = write!(
            self.body,
            "<path d=\"{}\" fill=\"none\" stroke=\"#{r:02x}{g:02x}{b:02x}\" stroke-width=\"{}\"",
            path_data(path, 2),
            num(line.width)
        );
        if opacity < 1.0 {
            let _ = write!(self.body, " stroke-opacity=\"{}\"", num(opacity));
        }
        self.body.push_str("/>\n");
    }

    #[allow(
        clippy::many_single_char_names,
        reason = "an affine matrix's six entries are a to f, as SVG names them"
    )]
    fn image(&mut self, draw: &ImageDraw) {
        let Some(image) = self.images.get(draw.image) else {
            return;
        };
        let Ok(png) = crate::export::png::encode_png(image) else {
            return;
        };
        let id = self.path_clips;
        self.path_clips += 1;
        let _ = writeln!(
            self.clips,
            "<clipPath id=\"p{id}\"><path d=\"{}\"/></clipPath>",
            path_data(&draw.clip, 2)
        );
        // The picture is `width` × `height` pixels; the transform takes its unit square.
        let [a, b, c, d, e, f] = draw.transform;
        let (width, height) = (image.width() as f32, image.height() as f32);
        let [a, b, c, d, e, f] = [a / width, b / width, c / height, d / height, e, f].map(num_fine);
        let _ = write!(
            self.body,
            "<g clip-path=\"url(#p{id})\"><image width=\"{}\" height=\"{}\" preserveAspectRatio=\"none\" \
             transform=\"matrix({a} {b} {c} {d} {e} {f})\"",
            image.width(),
            image.height()
        );
        if draw.opacity < 1.0 {
            let _ = write!(self.body, " opacity=\"{}\"", num(draw.opacity));
        }
        let _ = writeln!(
            self.body,
            " xlink:href=\"data:image/png;base64,{}\"/></g>",
            base64::engine::general_purpose::STANDARD.encode(png)
        );
    }

    fn text(&mut self, block: &TextBlock) {
        self.body.push_str("<g");
        if let Some((pivot, angle)) = block.rotation {
            let _ = write!(
                self.body,
                " transform=\"rotate({} {} {})\"",
                num(angle.to_degrees()),
                num(pivot.x),
                num(pivot.y)
            );
        }
        self.body.push_str(">\n");
        for run in &block.runs {
            let units_per_em = self.units_per_em(run);
            self.run_outlines(run, run.size / units_per_em);
        }
        let words: Vec<&GlyphRun> = block
            .runs
            .iter()
            .filter(|run| run.is_text && !run.text.trim().is_empty())
            .collect();
        if !words.is_empty() {
            self.body.push_str(
                "<text fill-opacity=\"0\" font-family=\"Ubuntu, sans-serif\" xml:space=\"preserve\">",
            );
            for run in words {
                let (Some(first), Some(last)) = (run.glyphs.first(), run.glyphs.last()) else {
                    continue;
                };
                let width = last.pos.x + last.advance - first.pos.x;
                let _ = write!(
                    self.body,
                    "<tspan x=\"{}\" y=\"{}\" font-size=\"{}\"",
                    num(first.pos.x),
                    num(first.pos.y),
                    num(run.size)
                );
                if width > 0.0 {
                    let _ = write!(
                        self.body,
                        " textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\"",
                        num(width)
                    );
                }
                let _ = write!(self.body, ">{}</tspan>", escape(&run.text));
            }
            self.body.push_str("</text>\n");
        }
        self.body.push_str("</g>\n");
    }
}

impl SvgWriter<'_> {
    /// Units per em of a run's face; every glyph definition is in font units.
    fn units_per_em(&self, run: &GlyphRun) -> f32 {
        self.units_per_em.get(run.face).copied().unwrap_or(1000.0)
    }
}

/// `fill` (and `fill-opacity`) attributes for a colour.
fn fill_attributes(color: Color32) -> String {
    let ([r, g, b], opacity) = straight(color);
    let mut attributes = format!(" fill=\"#{r:02x}{g:02x}{b:02x}\"");
    if opacity < 1.0 {
        let _ = write!(attributes, " fill-opacity=\"{}\"", num(opacity));
    }
    attributes
}

/// Path data with `decimals` digits after the point.
fn path_data(path: &Path, decimals: u32) -> String {
    let mut data = String::new();
    let n = |v: f32| num_with(v, decimals);
    for segment in &path.segments {
        let _ = match *segment {
            Segment::MoveTo(a) => write!(data, "M{} {}", n(a.x), n(a.y)),
            Segment::LineTo(a) => write!(data, "L{} {}", n(a.x), n(a.y)),
            Segment::QuadTo(a, b) => write!(data, "Q{} {} {} {}", n(a.x), n(a.y), n(b.x), n(b.y)),
            Segment::CubicTo(a, b, c) => write!(
                data,
                "C{} {} {} {} {} {}",
                n(a.x),
                n(a.y),
                n(b.x),
                n(b.y),
                n(c.x),
                n(c.y)
            ),
            Segment::Close => write!(data, "Z"),
        };
    }
    data
}

/// A number for a coordinate or size: at most two decimals, no trailing zeros.
fn num(value: f32) -> String {
    num_with(value, 2)
}

/// A number for a scale factor, where more digits count.
fn num_fine(value: f32) -> String {
    num_with(value, 6)
}

/// `value` with at most `decimals` digits after the point and no trailing zeros; not-a-number
/// becomes 0 so that the file stays well-formed.
fn num_with(value: f32, decimals: u32) -> String {
    if !value.is_finite() {
        return "0".to_owned();
    }
    let text = format!("{:.*}", decimals as usize, value);
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        &text
    };
    match text {
        "-0" | "" => "0".to_owned(),
        text => text.to_owned(),
    }
}

/// Writes `map`'s picture as SVG. See the module documentation.
pub(super) fn write(
    picture: &super::picture::Picture<'_>,
    fonts: &FontBook<'_>,
    title: &str,
) -> Vec<u8> {
    let mut writer = SvgWriter::new(picture.size, &picture.images);
    writer.units_per_em = fonts.faces.iter().map(|face| face.units_per_em).collect();
    super::shapes::draw(
        &picture.shapes,
        picture.size,
        &picture.textures,
        fonts,
        &mut writer,
    );
    writer.finish(title, fonts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_never_odd() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(1.5), "1.5");
        assert_eq!(num(1.234_567), "1.23");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f32::NAN), "0");
        assert_eq!(num_fine(0.005_859_375), "0.005859");
    }

    #[test]
    fn escaping_keeps_markup_out_and_the_file_well_formed() {
        assert_eq!(
            escape("a < b & \"c\" 'd' > e\u{1}"),
            "a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e"
        );
    }
}
