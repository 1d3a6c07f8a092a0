//! The slides themselves: the title slide and the picture slides.

use std::fmt::Write;

use super::master::{
    Rect, SHAPE_TREE_START, SUBTITLE_SIZE, TITLE_SIZE, placeholder, subtitle_box, title_box,
};
use super::xml::{self, DECLARATION, pml_namespaces};
use super::{DeckSlide, TitleDesign};

/// EMU per point.
const EMU_PER_POINT: f64 = 12_700.0;

/// A text box's insets, left plus right and top plus bottom (`PowerPoint`'s 0.1 and 0.05 inch).
const INSETS_X: u64 = 2 * 91_440;
const INSETS_Y: u64 = 2 * 45_720;

/// Sizes the title slide steps down through, in hundredths of a point, largest first.
pub(super) const TITLE_SIZES: &[u32] = &[
    TITLE_SIZE, 5400, 4800, 4400, 4000, 3600, 3200, 2800, 2400, 2000,
];
/// See [`TITLE_SIZES`].
pub(super) const SUBTITLE_SIZES: &[u32] =
    &[SUBTITLE_SIZE, 2200, 2000, 1800, 1600, 1400, 1200, 1000];

/// A slide's frame: the shape tree, then "use the master's colours".
fn slide(name: Option<&str>, shapes: &str) -> String {
    slide_with_background(name, "", shapes)
}

/// A slide's frame with a background of its own (`p:bg`, or nothing for the master's).
pub(super) fn slide_with_background(name: Option<&str>, background: &str, shapes: &str) -> String {
    let name = name.map_or_else(String::new, |name| format!(" name=\"{}\"", xml::attr(name)));
    format!(
        "{DECLARATION}<p:sld {}><p:cSld{name}>{background}<p:spTree>{SHAPE_TREE_START}{shapes}</p:spTree></p:cSld>\
         <p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>",
        pml_namespaces()
    )
}

/// The title slide: the title and subtitle placeholders of the title layout, filled in. They
/// carry no position or style of their own, so they stay tied to the layout; only the font size
/// is set where the text would not fit at the layout's size.
pub fn title_slide(
    size: (u32, u32),
    title: &str,
    subtitle_lines: &[String],
    design: Option<&TitleDesign>,
) -> String {
    if let Some(design) = design {
        return super::title_design::title_slide(size, title, subtitle_lines, design);
    }
    let title_lines = [title];
    // Calibri Light's line is about 1.22 em; titles are set at 90 % line spacing.
    let title_size = fitting_size(&title_lines, title_box(size), TITLE_SIZES, 1.1, 0.0);
    let subtitle: Vec<&str> = subtitle_lines.iter().map(String::as_str).collect();
    // Body text is set at 90 % too, with 10 pt before each paragraph.
    let subtitle_size = fitting_size(&subtitle, subtitle_box(size), SUBTITLE_SIZES, 1.1, 10.0);

    let title_paragraph = paragraph(title, (title_size != TITLE_SIZE).then_some(title_size));
    let subtitle_size = (subtitle_size != SUBTITLE_SIZE).then_some(subtitle_size);
    let mut subtitle_paragraphs: String = subtitle_lines
        .iter()
        .map(|line| paragraph(line, subtitle_size))
        .collect();
    if subtitle_paragraphs.is_empty() {
        // A text body needs a paragraph; an empty one leaves the placeholder's prompt.
        subtitle_paragraphs = paragraph("", None);
    }
    let title = placeholder(
        2,
        "Title 1",
        "<p:ph type=\"ctrTitle\"/>",
        "",
        "<a:bodyPr/>",
        "",
        &title_paragraph,
    );
    let subtitle = placeholder(
        3,
        "Subtitle 2",
        "<p:ph type=\"subTitle\" idx=\"1\"/>",
        "",
        "<a:bodyPr/>",
        "",
        &subtitle_paragraphs,
    );
    slide(None, &format!("{title}{subtitle}"))
}

/// One paragraph of text; line breaks inside it become `a:br`, as a line break typed with
/// Shift+Enter would. `size` is in hundredths of a point, `None` for the layout's. No language
/// is set: the deck does not know it, and a wrong one would have `PowerPoint` underline every
/// German word as misspelt; without one, the editing language applies.
fn paragraph(text: &str, size: Option<u32>) -> String {
    let properties = size.map_or_else(String::new, |size| format!(" sz=\"{size}\""));
    let mut out = "<a:p>".to_owned();
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    for (index, line) in normalised.split('\n').enumerate() {
        if index > 0 {
            let _ = write!(out, "<a:br><a:rPr{properties}/></a:br>");
        }
        let line = xml::text(line);
        if !line.is_empty() {
            let _ = write!(
                out,
                "<a:r><a:rPr{properties} dirty=\"0\"/><a:t>{line}</a:t></a:r>"
            );
        }
    }
    let _ = write!(out, "<a:endParaRPr{properties} dirty=\"0\"/></a:p>");
    out
}

/// The largest of `sizes` (hundredths of a point, largest first) at which the paragraphs fit
/// `rect`, or the smallest. An estimate, on purpose: the deck cannot know the fonts of the
/// machine that shows it. Lines are wrapped at word boundaries as a text box does, with an
/// average character taken as 0.55 em: wide for Calibri, about right for the `DejaVu` Sans that
/// stands in for it where Calibri is missing, so text errs on the small side rather than
/// running off the slide. `line_height` is in em, `before` the space before each paragraph in
/// points.
pub(super) fn fitting_size(
    paragraphs: &[&str],
    rect: Rect,
    sizes: &[u32],
    line_height: f64,
    before: f64,
) -> u32 {
    let width = rect.cx.saturating_sub(INSETS_X) as f64;
    let height = rect.cy.saturating_sub(INSETS_Y) as f64;
    let fits = |size: u32| {
        let points = f64::from(size) / 100.0;
        let per_line = (width / (points * EMU_PER_POINT * 0.55)).floor().max(1.0) as usize;
        let lines: usize = paragraphs
            .iter()
            .flat_map(|paragraph| paragraph.lines())
            .map(|line| wrapped_lines(line, per_line))
            .sum();
        let paragraphs = paragraphs.len() as f64;
        lines as f64 * points * line_height * EMU_PER_POINT + paragraphs * before * EMU_PER_POINT
            <= height
    };
    sizes
        .iter()
        .copied()
        .find(|&size| fits(size))
        .or_else(|| sizes.last().copied())
        .unwrap_or(SUBTITLE_SIZE)
}

/// How many lines `text` takes when wrapped at spaces into lines of at most `per_line`
/// characters; a word longer than a line is broken, as a text box breaks it.
pub fn wrapped_lines(text: &str, per_line: usize) -> usize {
    let per_line = per_line.max(1);
    let mut lines = 1;
    let mut used = 0;
    for word in text.split_whitespace() {
        let length = word.chars().count();
        let needed = if used == 0 { length } else { used + 1 + length };
        if needed <= per_line {
            used = needed;
        } else {
            if used > 0 {
                lines += 1;
            }
            lines += (length.max(1) - 1) / per_line;
            used = (length - 1) % per_line + 1;
        }
    }
    lines
}

/// Where a picture of `width` × `height` pixels goes on a slide of `slide` EMU: as large as fits
/// with its aspect ratio kept, centred.
pub fn fit_picture(slide: (u32, u32), width: u32, height: u32) -> Rect {
    let (slide_cx, slide_cy) = (u64::from(slide.0), u64::from(slide.1));
    let (width, height) = (u64::from(width.max(1)), u64::from(height.max(1)));
    // Wider than the slide (or as wide): full width. Otherwise full height. Products of a u32
    // and a slide side stay far below u64's range.
    let (cx, cy) = if width * slide_cy >= height * slide_cx {
        (slide_cx, (slide_cx * height + width / 2) / width)
    } else {
        ((slide_cy * width + height / 2) / height, slide_cy)
    };
    let (cx, cy) = (cx.max(1), cy.max(1));
    Rect {
        x: (slide_cx - cx) / 2,
        y: (slide_cy - cy) / 2,
        cx,
        cy,
    }
}

/// A picture slide: the picture (relationship `rId2`) filling the slide. Its title names the
/// slide and is the picture's name and alternative text, so a screen reader and `PowerPoint`'s
/// accessibility checker have something to go by.
pub fn picture_slide(size: (u32, u32), slide_content: &DeckSlide) -> String {
    let rect = fit_picture(size, slide_content.width_px, slide_content.height_px);
    let title = xml::attr(&slide_content.title);
    let picture = format!(
        "<p:pic><p:nvPicPr><p:cNvPr id=\"2\" name=\"{title}\" descr=\"{title}\"/>\
         <p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>\
         <p:blipFill><a:blip r:embed=\"rId2\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>\
         <p:spPr><a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm>\
         <a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>",
        rect.x, rect.y, rect.cx, rect.cy
    );
    slide(Some(&slide_content.title), &picture)
}
