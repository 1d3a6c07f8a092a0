//! Vector exports of a map: SVG and PDF.
//!
//! Both draw the picture of the PNG export from the same painter: the map is laid out and
//! painted into an off-screen egui context exactly as for PNG (`picture.rs`), and egui's
//! shapes — rectangles, circles, paths, laid-out text — are translated into vector drawing
//! instead of being tessellated into pixels. One walk over the shapes (`shapes.rs`) speaks to
//! a small [`canvas::Canvas`] trait that the SVG writer (`svg.rs`) and the PDF writer
//! (`pdf.rs`) implement, so the two formats cannot drift apart. Text keeps egui's layout;
//! `text.rs` finds the glyphs and fonts egui used.
//!
//! 1 map point is 1 SVG pixel and 1 PDF point.

mod canvas;
mod geometry;
mod pdf;
mod picture;
mod shapes;
mod svg;
#[cfg(test)]
mod tests;
mod text;

use std::fmt;
use std::str::FromStr;

use image::RgbaImage;

use super::ExportError;
use crate::model::Map;

/// The page a PDF export is laid out on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PageSize {
    /// The map's own size: 1 map point is 1 PDF point (a map larger than 14 400 points, the
    /// largest page readers must show, is scaled down to that).
    #[default]
    Fit,
    /// ISO A4 landscape, the map scaled to fit inside a 10 mm margin and centred.
    A4,
    /// ISO A3 landscape, like [`PageSize::A4`].
    A3,
    /// ISO A1 landscape, like [`PageSize::A4`].
    A1,
    /// ISO A0 landscape, like [`PageSize::A4`].
    A0,
}

impl PageSize {
    /// Every page size, in the order a menu offers them.
    pub const ALL: [Self; 5] = [Self::Fit, Self::A4, Self::A3, Self::A1, Self::A0];

    /// The paper's width and height in millimetres, landscape; `None` for [`PageSize::Fit`].
    pub fn landscape_mm(self) -> Option<[f32; 2]> {
        match self {
            Self::Fit => None,
            Self::A4 => Some([297.0, 210.0]),
            Self::A3 => Some([420.0, 297.0]),
            Self::A1 => Some([841.0, 594.0]),
            Self::A0 => Some([1189.0, 841.0]),
        }
    }

    /// The name used on the command line and in menus.
    pub fn name(self) -> &'static str {
        match self {
            Self::Fit => "Fit",
            Self::A4 => "A4",
            Self::A3 => "A3",
            Self::A1 => "A1",
            Self::A0 => "A0",
        }
    }
}

impl fmt::Display for PageSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A page size name that is none of [`PageSize::ALL`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown page size {0:?}; choose one of Fit, A4, A3, A1, A0")]
pub struct UnknownPageSize(pub String);

impl FromStr for PageSize {
    type Err = UnknownPageSize;

    /// Reads a name as [`PageSize::name`] gives it, in any case.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|size| size.name().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| UnknownPageSize(text.to_owned()))
    }
}

/// The map as an SVG picture, 1 map point to 1 pixel, with `photo` as the persona's photo
/// (prepared, see [`super::prepare_photo`]; without it a persona that names one shows a
/// placeholder) and the cards coloured by `heat` when given. Text is outlined so that it looks
/// the same everywhere, and kept findable as invisible text. The same input gives the same bytes.
pub fn map_svg(
    map: &Map,
    photo: Option<&RgbaImage>,
    heat: Option<&crate::analysis::Heat>,
) -> Result<Vec<u8>, ExportError> {
    let picture = picture::paint_map(map, photo, heat)?;
    let fonts = text::FontBook::new(&picture.fonts);
    Ok(svg::write(&picture, &fonts, &map.title))
}

/// The map as a one-page PDF on `page`, with `photo` and `heat` as for [`map_svg`]. Text is
/// real text in the fonts egui used, embedded as subsets, so it can be selected and searched;
/// the document's title is the map's. The same input gives the same bytes.
pub fn map_pdf(
    map: &Map,
    photo: Option<&RgbaImage>,
    heat: Option<&crate::analysis::Heat>,
    page: PageSize,
) -> Result<Vec<u8>, ExportError> {
    let picture = picture::paint_map(map, photo, heat)?;
    let fonts = text::FontBook::new(&picture.fonts);
    pdf::write(&picture, &fonts, page, &map.title, map.lang.code())
}
