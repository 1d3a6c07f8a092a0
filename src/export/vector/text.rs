//! egui's laid-out text as glyph runs a vector format can draw.
//!
//! egui 0.37 keeps, per glyph, the character, its position and its colour, but not the glyph id
//! or the font face. This module finds them again the way egui found them: each grapheme goes to
//! the first face of its family's fallback chain that has its first character (egui's
//! `Family::resolve`), and the runs of one face are shaped with harfrust, the shaper egui uses,
//! so ligatures ("fi", "ffi" in Ubuntu-Light), marks and emoji sequences come out as the same
//! glyphs egui drew. Positions stay egui's; only the glyph ids come from shaping.
//!
//! The fonts are the context's own [`FontDefinitions`] (egui's defaults plus the Material icons
//! `paint::install_fonts` adds), so the export never depends on fonts installed on the machine.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;

use egui::emath::GuiRounding as _;
use egui::epaint::text::{FontData, FontDefinitions, FontFamily, Galley, Row};
use egui::epaint::{Color32, TextShape};
use egui::{Pos2, Vec2, pos2};
use skrifa::MetadataProvider as _;
use skrifa::charmap::Charmap;
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{FontRef, GlyphId};
use unicode_segmentation::UnicodeSegmentation as _;

use super::canvas::{GlyphRun, Path, PlacedGlyph, Segment, TextBlock};

/// One font face of the context's definitions, parsed.
pub(super) struct Face<'a> {
    /// The file, its face index and egui's tweak for it.
    pub data: &'a FontData,
    font: FontRef<'a>,
    charmap: Charmap<'a>,
    shaper_data: harfrust::ShaperData,
    /// Font units per em.
    pub units_per_em: f32,
    /// One of egui's own fonts, for which egui hides a few characters (see [`ignored_by_egui`]).
    builtin: bool,
}

/// The faces of the context and the fallback chain of each family.
pub(super) struct FontBook<'a> {
    pub faces: Vec<Face<'a>>,
    families: Vec<(FontFamily, Vec<usize>)>,
    /// Which face draws a character of a family, as found before.
    resolved: RefCell<HashMap<(usize, char), Option<usize>>>,
}

impl<'a> FontBook<'a> {
    /// Parses the faces the families use. A face that does not parse is left out of its chain
    /// (egui itself refuses to start with such a font, so this does not happen in practice).
    pub fn new(definitions: &'a FontDefinitions) -> Self {
        let builtin = FontDefinitions::builtin_font_names();
        let mut faces: Vec<Face<'a>> = Vec::new();
        let mut by_name: HashMap<&str, Option<usize>> = HashMap::new();
        let mut families = Vec::new();
        for (family, names) in &definitions.families {
            let mut chain = Vec::new();
            for name in names {
                let index = *by_name.entry(name.as_str()).or_insert_with(|| {
                    let data = definitions.font_data.get(name)?;
                    let face = Face::parse(data, builtin.contains(&name.as_str()))?;
                    faces.push(face);
                    Some(faces.len() - 1)
                });
                if let Some(index) = index
                    && !chain.contains(&index)
                {
                    chain.push(index);
                }
            }
            families.push((family.clone(), chain));
        }
        Self {
            faces,
            families,
            resolved: RefCell::new(HashMap::new()),
        }
    }

    fn family(&self, family: &FontFamily) -> Option<usize> {
        self.families.iter().position(|(name, _)| name == family)
    }

    /// The face egui draws `c` with in `family`: the first of the chain that has it, else the
    /// first of the chain (whose `.notdef` box egui then draws).
    fn face_for(&self, family: usize, c: char) -> Option<usize> {
        if let Some(face) = self.resolved.borrow().get(&(family, c)) {
            return *face;
        }
        let chain = self
            .families
            .get(family)
            .map_or(&[][..], |(_, chain)| chain);
        let face = chain
            .iter()
            .copied()
            .find(|&face| self.faces.get(face).is_some_and(|face| face.has(c)))
            .or_else(|| chain.first().copied());
        self.resolved.borrow_mut().insert((family, c), face);
        face
    }

    /// The outline of a glyph in font units, y pointing down.
    pub fn outline(&self, face: usize, id: u16) -> Path {
        let mut pen = PathPen::default();
        if let Some(glyph) = self
            .faces
            .get(face)
            .and_then(|face| face.font.outline_glyphs().get(GlyphId::new(u32::from(id))))
        {
            // A glyph that does not draw is left empty; the rest of the text still shows.
            let _ = glyph.draw(
                DrawSettings::unhinted(Size::unscaled(), LocationRef::default()),
                &mut pen,
            );
        }
        pen.path
    }

    /// The glyph runs of a text shape, in map points.
    pub fn text_block(&self, shape: &TextShape) -> TextBlock {
        let mut block = TextBlock {
            runs: Vec::new(),
            rotation: (shape.angle != 0.0 && shape.angle.is_finite())
                .then_some((shape.pos, shape.angle)),
        };
        if shape.opacity_factor <= 0.0 || shape.galley.is_empty() {
            return block;
        }
        // egui puts every text block on the pixel grid (`round_text_to_pixels`); at one pixel per
        // point that is whole points, so the baselines land where the PNG has them.
        let origin = pos2(shape.pos.x.round(), shape.pos.y.round());
        let sections = Sections::new(&shape.galley);
        let mut runs = Runs::default();
        let mut first_char = 0;
        for placed in &shape.galley.rows {
            let row_origin = origin + placed.pos.to_vec2();
            RowShaper {
                book: self,
                shape,
                row: &placed.row,
                origin: row_origin,
                sections: &sections,
                first_char,
            }
            .shape_into(&mut runs);
            first_char += placed.row.glyphs.len() + usize::from(placed.ends_with_newline);
        }
        block.runs = runs.finish();
        block
    }
}

impl<'a> Face<'a> {
    fn parse(data: &'a FontData, builtin: bool) -> Option<Self> {
        let font = FontRef::from_index(data.bytes(), data.index).ok()?;
        let units_per_em = f32::from(
            font.metrics(Size::unscaled(), LocationRef::default())
                .units_per_em,
        );
        if units_per_em <= 0.0 {
            return None;
        }
        Some(Self {
            data,
            charmap: font.charmap(),
            shaper_data: harfrust::ShaperData::new(&font),
            font,
            units_per_em,
            builtin,
        })
    }

    /// Whether egui would take `c` from this face (`FontFace::glyph_id_resolution`).
    fn has(&self, c: char) -> bool {
        if self.builtin && ignored_by_egui(c) {
            return false;
        }
        match c {
            '\t' | '\u{2009}' | '\u{202F}' => self.has(' '),
            c if invisible(c) => true,
            c => self
                .charmap
                .map(c)
                .is_some_and(|glyph| glyph != GlyphId::NOTDEF),
        }
    }

    /// egui's vertical shift of this face's glyphs at `font_size` (`StyledMetrics::y_offset_in_points`).
    fn y_offset(&self, font_size: f32) -> f32 {
        let tweak = &self.data.tweak;
        (font_size * tweak.scale * tweak.y_offset_factor + tweak.y_offset).round_ui()
    }
}

/// Characters egui never takes from its own fonts (`FontFace::ignore_character`).
fn ignored_by_egui(c: char) -> bool {
    matches!(
        c,
        '\u{534d}' | '\u{5350}' | '\u{E0FF}' | '\u{EFFD}' | '\u{F0FF}' | '\u{F200}'
    )
}

/// Characters egui always draws as nothing (`epaint::text::unicode::invisible_char`).
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\r' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}' | '\u{FEFF}'
    )
}

/// Characters of the Private Use Areas: the code points of icon fonts.
fn private_use(c: char) -> bool {
    matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{FFFFD}' | '\u{100000}'..='\u{10FFFD}')
}

/// Where each section of a layout job starts, in characters, to find a glyph's font and size.
struct Sections<'g> {
    galley: &'g Galley,
    /// `(first char, section index)`, ascending.
    starts: Vec<(usize, usize)>,
}

impl<'g> Sections<'g> {
    fn new(galley: &'g Galley) -> Self {
        let job = &galley.job;
        let starts = if job.sections.len() <= 1 {
            vec![(0, 0)]
        } else {
            job.sections
                .iter()
                .enumerate()
                .map(|(index, section)| {
                    let start = section.byte_range.start.0.min(job.text.len());
                    let chars = job.text.get(..start).map_or(0, |text| text.chars().count());
                    (chars, index)
                })
                .collect()
        };
        Self { galley, starts }
    }

    /// The family and size of the character at `char_index`.
    fn font_of(&self, char_index: usize) -> Option<(&'g FontFamily, f32)> {
        let at = self
            .starts
            .partition_point(|(start, _)| *start <= char_index)
            .saturating_sub(1);
        let section = self.starts.get(at).map_or(0, |(_, section)| *section);
        let format = &self.galley.job.sections.get(section)?.format;
        Some((&format.font_id.family, format.font_id.size))
    }
}

/// Shapes one row of a galley.
struct RowShaper<'b, 'a> {
    book: &'b FontBook<'a>,
    shape: &'b TextShape,
    row: &'b Row,
    /// Top left of the row, in map points.
    origin: Pos2,
    sections: &'b Sections<'b>,
    /// Index of the row's first glyph among the job's characters.
    first_char: usize,
}

/// A stretch of a row drawn with one face at one size.
struct Stretch {
    chars: Range<usize>,
    face: usize,
    size: f32,
}

impl RowShaper<'_, '_> {
    fn shape_into(&self, runs: &mut Runs) {
        let glyphs = &self.row.glyphs;
        if glyphs.is_empty() {
            return;
        }
        let text: String = glyphs.iter().map(|glyph| glyph.chr).collect();
        // Byte offset of each character, and the text's length at the end.
        let mut bytes: Vec<usize> = text.char_indices().map(|(byte, _)| byte).collect();
        bytes.push(text.len());
        let xs = self.pen_positions();
        for segment in self.segments(&text, &bytes) {
            self.shape_segment(&text, &bytes, &xs, &segment, runs);
        }
    }

    /// Where egui's pen stood at each glyph. egui snaps each glyph to the pixel grid (and draws
    /// it at a quarter-pixel offset); adding up the exact advances within a row gives back the
    /// positions the font intends, so letters are evenly spaced at any zoom. Where that sum
    /// strays more than a point from egui's position (a tab, justification, a line start),
    /// egui's position wins.
    fn pen_positions(&self) -> Vec<f32> {
        let mut xs = Vec::with_capacity(self.row.glyphs.len());
        let mut previous: Option<(f32, f32)> = None;
        for glyph in &self.row.glyphs {
            let x = match previous {
                Some((x, advance)) if (x + advance - glyph.pos.x).abs() <= 1.0 => x + advance,
                _ => glyph.pos.x,
            };
            xs.push(x);
            previous = Some((x, glyph.advance_width));
        }
        xs
    }

    /// Splits the row into stretches of one face and size, by graphemes as egui does.
    fn segments(&self, text: &str, bytes: &[usize]) -> Vec<Stretch> {
        let mut segments: Vec<Stretch> = Vec::new();
        for (byte, grapheme) in text.grapheme_indices(true) {
            let first = bytes.partition_point(|&start| start < byte);
            let end = first + grapheme.chars().count();
            let Some((family, size)) = self.sections.font_of(self.first_char + first) else {
                continue;
            };
            let Some(face) = self.book.family(family).and_then(|family| {
                grapheme
                    .chars()
                    .next()
                    .and_then(|c| self.book.face_for(family, c))
            }) else {
                continue;
            };
            match segments.last_mut() {
                Some(last)
                    if last.face == face
                        && last.size.to_bits() == size.to_bits()
                        && last.chars.end == first =>
                {
                    last.chars.end = end;
                }
                _ => segments.push(Stretch {
                    chars: first..end,
                    face,
                    size,
                }),
            }
        }
        segments
    }

    fn shape_segment(
        &self,
        text: &str,
        bytes: &[usize],
        xs: &[f32],
        segment: &Stretch,
        runs: &mut Runs,
    ) {
        let Some(face) = self.book.faces.get(segment.face) else {
            return;
        };
        let (Some(&start), Some(&end)) =
            (bytes.get(segment.chars.start), bytes.get(segment.chars.end))
        else {
            return;
        };
        let Some(segment_text) = text.get(start..end) else {
            return;
        };
        let shaper = face.shaper_data.shaper(&face.font).build();
        let mut buffer = harfrust::UnicodeBuffer::new();
        buffer.push_str(segment_text);
        buffer.guess_segment_properties();
        let shaped = shaper.shape(buffer, harfrust::ShapeOptions::new());

        let em = segment.size * face.data.tweak.scale;
        if !(em > 0.0 && em.is_finite()) {
            return;
        }
        let scale = em / face.units_per_em;
        let y_shift = face.y_offset(segment.size);
        // The clusters in text order, to know where each one ends.
        let mut cluster_starts: Vec<usize> = shaped
            .glyph_infos()
            .iter()
            .map(|info| info.cluster as usize)
            .collect();
        cluster_starts.sort_unstable();
        cluster_starts.dedup();

        let mut pen = 0.0;
        let mut current_cluster = None;
        for (info, position) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
            let cluster = info.cluster as usize;
            let cluster_end = cluster_starts
                .get(cluster_starts.partition_point(|&c| c <= cluster))
                .copied()
                .unwrap_or(segment_text.len());
            // The glyph of egui that stands for the cluster's first character.
            let char_index = bytes.partition_point(|&b| b < start + cluster);
            let Some(glyph) = self.row.glyphs.get(char_index) else {
                continue;
            };
            if current_cluster != Some(cluster) {
                current_cluster = Some(cluster);
                pen = xs.get(char_index).copied().unwrap_or(glyph.pos.x);
            }
            let x = pen + position.x_offset as f32 * scale;
            pen += position.x_advance as f32 * scale;
            let id = u16::try_from(info.glyph_id).unwrap_or(0);
            // A character no face has: egui draws the box of `.notdef` where it drew anything
            // at all; control characters it leaves blank.
            if id == 0 && glyph.uv_rect.is_nothing() {
                continue;
            }
            let cluster_text = segment_text.get(cluster..cluster_end).unwrap_or("");
            let placed = Placed {
                id,
                pos: self.origin
                    + Vec2::new(x, glyph.pos.y + y_shift - position.y_offset as f32 * scale),
                advance: position.x_advance as f32 * scale,
                color: self.color_of(char_index),
                is_text: !cluster_text.chars().next().is_some_and(private_use),
                cluster: (self.first_char + char_index, cluster_text),
            };
            runs.add(segment.face, em, &placed);
        }
    }

    /// The colour egui gave the glyph at `char_index`, or `None` for one that draws nothing
    /// (a space takes the colour of its neighbours, so it does not break a run).
    fn color_of(&self, char_index: usize) -> Option<Color32> {
        let glyph = self.row.glyphs.get(char_index)?;
        if glyph.uv_rect.is_nothing() {
            return None;
        }
        let color = self
            .row
            .visuals
            .mesh
            .vertices
            .get(glyph.first_vertex as usize)?
            .color;
        Some(resolve_color(self.shape, color))
    }
}

/// What the tessellator does to a glyph's colour: the override, the fallback for a
/// placeholder, and the opacity.
pub(super) fn resolve_color(shape: &TextShape, color: Color32) -> Color32 {
    let mut color = match shape.override_text_color {
        Some(color) => color,
        None if color == Color32::PLACEHOLDER => shape.fallback_color,
        None => color,
    };
    if shape.opacity_factor < 1.0 {
        color = color.gamma_multiply(shape.opacity_factor);
    }
    color
}

/// A glyph on its way into a run.
struct Placed<'t> {
    id: u16,
    pos: Pos2,
    advance: f32,
    color: Option<Color32>,
    is_text: bool,
    /// The cluster's first character, counted in the whole text, and the cluster's characters.
    cluster: (usize, &'t str),
}

/// Collects the glyphs of a text block into runs.
#[derive(Default)]
struct Runs {
    runs: Vec<GlyphRun>,
    /// The cluster of the last glyph added.
    last_cluster: Option<usize>,
}

impl Runs {
    /// Appends a glyph to the last run when face, size, colour and kind agree, else starts one.
    fn add(&mut self, face: usize, size: f32, glyph: &Placed<'_>) {
        let fits = self.runs.last().is_some_and(|run| {
            run.face == face
                && run.size.to_bits() == size.to_bits()
                && run.is_text == glyph.is_text
                && glyph
                    .color
                    .is_none_or(|color| color == run.color || run.color == Color32::PLACEHOLDER)
        });
        if !fits {
            self.runs.push(GlyphRun {
                face,
                size,
                color: glyph.color.unwrap_or(Color32::PLACEHOLDER),
                is_text: glyph.is_text,
                text: String::new(),
                glyphs: Vec::new(),
            });
            self.last_cluster = None;
        }
        let Some(run) = self.runs.last_mut() else {
            return;
        };
        if run.color == Color32::PLACEHOLDER
            && let Some(color) = glyph.color
        {
            run.color = color;
        }
        // The glyphs of one cluster (a base and its marks) share its characters.
        let text = match run.glyphs.last() {
            Some(last) if self.last_cluster == Some(glyph.cluster.0) => last.text.clone(),
            _ => {
                let start = run.text.len();
                run.text.push_str(glyph.cluster.1);
                start..run.text.len()
            }
        };
        self.last_cluster = Some(glyph.cluster.0);
        run.glyphs.push(PlacedGlyph {
            id: glyph.id,
            pos: glyph.pos,
            advance: glyph.advance,
            text,
        });
    }

    /// The runs, without any whose colour never became known (only blanks).
    fn finish(self) -> Vec<GlyphRun> {
        self.runs
            .into_iter()
            .filter(|run| run.color != Color32::PLACEHOLDER)
            .collect()
    }
}

/// Collects an outline into a [`Path`], flipping y to point down.
#[derive(Default)]
struct PathPen {
    path: Path,
}

impl OutlinePen for PathPen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.path.segments.push(Segment::MoveTo(pos2(x, -y)));
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.path.segments.push(Segment::LineTo(pos2(x, -y)));
    }

    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.path
            .segments
            .push(Segment::QuadTo(pos2(cx0, -cy0), pos2(x, -y)));
    }

    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.path.segments.push(Segment::CubicTo(
            pos2(cx0, -cy0),
            pos2(cx1, -cy1),
            pos2(x, -y),
        ));
    }

    fn close(&mut self) {
        self.path.segments.push(Segment::Close);
    }
}
