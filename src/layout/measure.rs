//! How layout learns the size of text without depending on a UI.

use egui::Vec2;

use crate::theme::font;

/// The text styles of the map picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextStyle {
    /// The map title.
    Title,
    /// Stage headers, lane labels, persona name.
    Heading,
    /// Card titles, goal, quote.
    Body,
    /// Notes, facets, persona lists, legend.
    Small,
}

impl TextStyle {
    /// Font size in points.
    pub fn size(self) -> f32 {
        match self {
            Self::Title => font::TITLE,
            Self::Heading => font::HEADING,
            Self::Body => font::BODY,
            Self::Small => font::SMALL,
        }
    }
}

/// Measures wrapped text. The painter must lay text out with the same style and wrap width, so
/// the box layout made room for is exactly the box the text fills.
pub trait TextMeasure {
    /// Size in points of `text` in `style`, wrapped at `wrap_width` points.
    fn measure(&mut self, text: &str, style: TextStyle, wrap_width: f32) -> Vec2;
}

/// Measures as if every character were `char_width_em` of the font size wide and lines
/// `line_height_em` tall. For tests and benchmarks of layout that must not depend on fonts.
#[derive(Clone, Copy, Debug)]
pub struct FixedWidthMeasure {
    /// Advance of one character, in ems.
    pub char_width_em: f32,
    /// Height of one line, in ems.
    pub line_height_em: f32,
}

impl Default for FixedWidthMeasure {
    fn default() -> Self {
        Self {
            char_width_em: 0.55,
            line_height_em: 1.3,
        }
    }
}

impl TextMeasure for FixedWidthMeasure {
    fn measure(&mut self, text: &str, style: TextStyle, wrap_width: f32) -> Vec2 {
        let char_width = self.char_width_em * style.size();
        let per_line = (wrap_width / char_width).floor().max(1.0) as usize;
        let mut lines = 0;
        let mut widest = 0;
        for paragraph in text.split('\n') {
            let chars = paragraph.chars().count();
            lines += chars.div_ceil(per_line).max(1);
            widest = widest.max(chars.min(per_line));
        }
        Vec2::new(
            widest as f32 * char_width,
            lines as f32 * self.line_height_em * style.size(),
        )
    }
}
