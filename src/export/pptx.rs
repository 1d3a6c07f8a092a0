//! A `PowerPoint` deck of a map: a title slide with real, editable text, then one slide per
//! picture.
//!
//! Journey maps are presented in workshops and steering meetings, and there the slides are
//! what gets shown and passed on. Pictures keep the map exactly as the editor draws it; the
//! title slide is text so a team can retitle it or add a line without going back to the map.
//!
//! The file has to open in Microsoft `PowerPoint` without its "found a problem with content …
//! repair" prompt, which appears for far smaller slips than a generic Office Open XML
//! reader tolerates: a content type missing for a part, a relationship to a part that is not
//! there, a theme without its format scheme, ids out of their ranges. So every part a
//! presentation saved by `PowerPoint` itself has is written here too, kept small (one master,
//! a title layout, a blank layout, one theme), and the tests check the package's consistency
//! part by part; `tests/pptx_libreoffice.rs` has `LibreOffice` open and render what comes out.
//!
//! The same deck always gives the same bytes: no clock is read, the zip entries carry a fixed
//! timestamp and come in a fixed order. So an export can be compared, cached or checked into a
//! repository without spurious changes.

mod master;
mod notes;
mod package;
mod slides;
mod theme;
mod title_design;
mod xml;

#[cfg(test)]
mod tests;

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::ExportError;

/// One picture slide of a deck.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeckSlide {
    /// The picture, PNG-encoded.
    pub png: Vec<u8>,
    /// The picture's width in pixels, as in the PNG.
    pub width_px: u32,
    /// The picture's height in pixels, as in the PNG.
    pub height_px: u32,
    /// Alt text / slide title for accessibility (e.g. "Customer journey — Awareness to Purchase
    /// (2 / 4)"): what a screen reader says for the picture, and its name in `PowerPoint`'s
    /// selection pane.
    pub title: String,
    /// The speaker notes, one paragraph each; none for a slide without notes.
    pub notes: Vec<String>,
}

/// What a deck shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deck {
    /// The title slide's title, and the document title in the file's properties.
    pub title: String,
    /// The title slide's subtitle, one paragraph each (e.g. "Goal: …", "Persona: Sarah, 34 — …").
    pub subtitle_lines: Vec<String>,
    /// The picture slides, in order, after the title slide.
    pub slides: Vec<DeckSlide>,
    /// The slides' shape.
    pub aspect: DeckAspect,
    /// The title slide's look in the colours of the map; `None` leaves it to the layout (dark
    /// text on white, centred).
    pub design: Option<TitleDesign>,
}

/// A colour as red, green and blue.
pub type Rgb = [u8; 3];

/// The title slide in the look of the map it introduces: its background, a band in the colour
/// of its stage headers naming the kind of map, the title and subtitle left-aligned beneath
/// with an accent rule, and each persona with a swatch of its curve's colour.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TitleDesign {
    /// The slide's background.
    pub background: Rgb,
    /// The band across the top.
    pub band: Rgb,
    /// Text on the band.
    pub on_band: Rgb,
    /// The title.
    pub text: Rgb,
    /// The subtitle.
    pub muted: Rgb,
    /// What the band says (the kind of map).
    pub band_text: String,
    /// The personas, each a line of text and its colour, at the foot of the slide.
    pub personas: Vec<(String, Rgb)>,
}

/// The shape of a deck's slides.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DeckAspect {
    /// 16:9, `PowerPoint`'s default since 2013 and the shape of today's screens and projectors.
    #[default]
    Wide16x9,
    /// 4:3, for older projectors and templates.
    Standard4x3,
}

impl DeckAspect {
    /// The slide size in EMU (English Metric Units, 914 400 to the inch), width then height,
    /// exactly as `PowerPoint` sizes its own 16:9 and 4:3 slides (13.333 × 7.5 in and
    /// 10 × 7.5 in). Pictures meant to fill a slide should have this aspect ratio.
    pub fn size_emu(self) -> (u32, u32) {
        match self {
            Self::Wide16x9 => (12_192_000, 6_858_000),
            Self::Standard4x3 => (9_144_000, 6_858_000),
        }
    }
}

/// The eight bytes every PNG file begins with.
const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// Writes `deck` as a `.pptx` file and returns its bytes.
///
/// The title slide comes first, then one slide per [`DeckSlide`]; an empty slide list gives a
/// deck of the title slide alone. Texts are written as given. A picture that is not a PNG of
/// the stated size is refused rather than written: `PowerPoint` would show a broken picture, or
/// place it with the wrong shape.
pub fn write_deck(deck: &Deck) -> Result<Vec<u8>, ExportError> {
    for (index, slide) in deck.slides.iter().enumerate() {
        check_picture(slide).map_err(|problem| {
            ExportError::Encode(format!(
                "slide {} of the deck ({}): {problem}",
                index + 2,
                slide.title
            ))
        })?;
    }
    let parts = package::parts(deck);
    zip_parts(&parts)
        .map_err(|error| ExportError::Encode(format!("could not write the deck: {error}")))
}

/// Why a picture cannot go into a deck, if it cannot.
fn check_picture(slide: &DeckSlide) -> Result<(), String> {
    if slide.width_px == 0 || slide.height_px == 0 {
        return Err(format!(
            "the picture is {} × {} pixels; it needs at least one pixel each way",
            slide.width_px, slide.height_px
        ));
    }
    // The PNG signature, then the IHDR chunk: length (4 bytes), "IHDR", width, height.
    if slide.png.len() < 24
        || !slide.png.starts_with(PNG_SIGNATURE)
        || &slide.png[12..16] != b"IHDR"
    {
        return Err("the picture is not a PNG".to_owned());
    }
    let be = |at: usize| {
        u32::from_be_bytes([
            slide.png[at],
            slide.png[at + 1],
            slide.png[at + 2],
            slide.png[at + 3],
        ])
    };
    let (width, height) = (be(16), be(20));
    if (width, height) != (slide.width_px, slide.height_px) {
        return Err(format!(
            "the PNG is {width} × {height} pixels, but the slide says {} × {}",
            slide.width_px, slide.height_px
        ));
    }
    Ok(())
}

/// A file inside the package.
struct Part<'a> {
    /// Its name in the zip, without a leading slash.
    name: String,
    /// Its bytes.
    bytes: std::borrow::Cow<'a, [u8]>,
    /// Whether it goes into the zip as it is rather than deflated: pictures, which are
    /// compressed already.
    stored: bool,
}

impl Part<'_> {
    fn xml(name: impl Into<String>, xml: String) -> Part<'static> {
        Part {
            name: name.into(),
            bytes: std::borrow::Cow::Owned(xml.into_bytes()),
            stored: false,
        }
    }
}

/// Zips the parts in the order given. XML is deflated (it shrinks to a tenth); PNGs are stored
/// as they are, since deflating them again gains nothing and costs most of the time a deck of
/// large pictures takes. Every entry gets the zip format's earliest timestamp (1980-01-01), so
/// the bytes depend on the deck alone.
fn zip_parts(parts: &[Part<'_>]) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let xml = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default());
    let stored = xml.compression_method(CompressionMethod::Stored);
    for part in parts {
        let options = if part.stored { stored } else { xml };
        zip.start_file(part.name.as_str(), options)?;
        zip.write_all(&part.bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}
