//! The title slide in the map's look: the map's background, a band across the top in the colour
//! of its stage headers naming the kind of map, the title large and left-aligned beneath, an
//! accent rule, the subtitle (the goal), and at the foot each persona beside a swatch in the
//! colour of its emotion curve.
//!
//! The title and subtitle stay the layout's placeholders, placed and coloured on the slide, so
//! a team can still retype them as on any title slide; the band, the rule and the persona lines
//! are ordinary shapes and text boxes, movable and editable in `PowerPoint`.

use std::fmt::Write;

use super::master::{Rect, SUBTITLE_SIZE, TITLE_SIZE, placeholder};
use super::slides::{SUBTITLE_SIZES, TITLE_SIZES, fitting_size, slide_with_background};
use super::xml;
use super::{Rgb, TitleDesign};

/// EMU per inch.
const INCH: u64 = 914_400;
/// The margin at the slide's sides and foot.
const MARGIN: u64 = INCH * 6 / 10;
/// The band's height.
const BAND: u64 = INCH;
/// Room per persona line.
const PERSONA_LINE: u64 = INCH * 42 / 100;
/// The persona swatch's side.
const SWATCH: u64 = INCH * 22 / 100;
/// The persona lines' largest size, in hundredths of a point.
const PERSONA_SIZE: u32 = 1800;

fn hex([r, g, b]: Rgb) -> String {
    format!("{r:02X}{g:02X}{b:02X}")
}

fn solid(color: Rgb) -> String {
    format!(
        "<a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill>",
        hex(color)
    )
}

fn xfrm(rect: Rect) -> String {
    format!(
        "<a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm>",
        rect.x, rect.y, rect.cx, rect.cy
    )
}

/// A paragraph of one run: `size` in hundredths of a point, `bold`, in `color`, aligned left.
fn run(text: &str, size: u32, color: Rgb, extra: &str) -> String {
    let text = xml::text(text);
    format!(
        "<a:p><a:pPr algn=\"l\"/><a:r><a:rPr sz=\"{size}\"{extra} dirty=\"0\">{}</a:rPr>\
         <a:t>{text}</a:t></a:r><a:endParaRPr sz=\"{size}\" dirty=\"0\"/></a:p>",
        solid(color)
    )
}

/// A shape that is not a placeholder: `geometry` a preset (`rect`, `ellipse`), filled with
/// `fill`, and with `text` (paragraphs) when it has any.
fn shape(id: u32, name: &str, rect: Rect, geometry: &str, fill: Rgb, text: &str) -> String {
    let body = if text.is_empty() {
        String::new()
    } else {
        format!("<p:txBody>{text}</p:txBody>")
    };
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{}\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>\
         <p:spPr>{}<a:prstGeom prst=\"{geometry}\"><a:avLst/></a:prstGeom>{}<a:ln><a:noFill/></a:ln></p:spPr>\
         {body}</p:sp>",
        xml::attr(name),
        xfrm(rect),
        solid(fill)
    )
}

/// A text box without fill: one line of text, anchored in the middle, not wrapped.
fn text_box(id: u32, name: &str, rect: Rect, paragraphs: &str) -> String {
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>\
         <p:spPr>{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>\
         <p:txBody><a:bodyPr wrap=\"square\" lIns=\"0\" rIns=\"0\" anchor=\"ctr\"><a:normAutofit/></a:bodyPr>\
         <a:lstStyle/>{paragraphs}</p:txBody></p:sp>",
        xml::attr(name),
        xfrm(rect)
    )
}

/// Where everything goes on a slide of `size` with `personas` persona lines.
struct Frame {
    band: Rect,
    title: Rect,
    rule: Rect,
    subtitle: Rect,
    /// The first persona line; the others follow below it.
    personas: Rect,
}

fn frame((cx, cy): (u32, u32), personas: usize) -> Frame {
    let (cx, cy) = (u64::from(cx), u64::from(cy));
    let width = cx.saturating_sub(2 * MARGIN).max(INCH);
    let title = Rect {
        x: MARGIN,
        y: BAND + INCH / 2,
        cx: width,
        cy: INCH * 19 / 10,
    };
    let rule = Rect {
        x: MARGIN + INCH / 10,
        y: title.y + title.cy + INCH / 8,
        cx: INCH * 6 / 5,
        cy: INCH * 8 / 100,
    };
    let subtitle_y = rule.y + rule.cy + INCH / 8;
    let personas_height = PERSONA_LINE * personas as u64;
    let personas_y = cy
        .saturating_sub(MARGIN + personas_height)
        .max(subtitle_y + INCH / 2);
    Frame {
        band: Rect {
            x: 0,
            y: 0,
            cx,
            cy: BAND,
        },
        title,
        rule,
        subtitle: Rect {
            x: MARGIN,
            y: subtitle_y,
            cx: width,
            cy: personas_y
                .saturating_sub(subtitle_y + INCH / 8)
                .max(INCH / 2),
        },
        personas: Rect {
            x: MARGIN,
            y: personas_y,
            cx: width,
            cy: PERSONA_LINE,
        },
    }
}

/// The designed title slide.
pub fn title_slide(
    size: (u32, u32),
    title: &str,
    subtitle_lines: &[String],
    design: &TitleDesign,
) -> String {
    let frame = frame(size, design.personas.len());
    let title_size = fitting_size(&[title], frame.title, TITLE_SIZES, 1.1, 0.0).min(TITLE_SIZE);
    let subtitle: Vec<&str> = subtitle_lines.iter().map(String::as_str).collect();
    let subtitle_size =
        fitting_size(&subtitle, frame.subtitle, SUBTITLE_SIZES, 1.1, 10.0).min(SUBTITLE_SIZE);

    let mut shapes = shape(
        4,
        "Band",
        frame.band,
        "rect",
        design.band,
        &format!(
            "<a:bodyPr lIns=\"{MARGIN}\" rIns=\"{MARGIN}\" anchor=\"ctr\"/><a:lstStyle/>{}",
            run(
                &design.band_text,
                2000,
                design.on_band,
                " b=\"1\" cap=\"all\" spc=\"300\""
            )
        ),
    );
    shapes.push_str(&placeholder(
        2,
        "Title 1",
        "<p:ph type=\"ctrTitle\"/>",
        &xfrm(frame.title),
        "<a:bodyPr anchor=\"b\"><a:normAutofit/></a:bodyPr>",
        "",
        &run(title, title_size, design.text, " b=\"1\""),
    ));
    shapes.push_str(&shape(5, "Rule", frame.rule, "rect", design.band, ""));
    let mut paragraphs: String = subtitle_lines
        .iter()
        .map(|line| run(line, subtitle_size, design.muted, ""))
        .collect();
    if paragraphs.is_empty() {
        paragraphs.push_str("<a:p><a:endParaRPr dirty=\"0\"/></a:p>");
    }
    shapes.push_str(&placeholder(
        3,
        "Subtitle 2",
        "<p:ph type=\"subTitle\" idx=\"1\"/>",
        &xfrm(frame.subtitle),
        "<a:bodyPr anchor=\"t\"><a:normAutofit/></a:bodyPr>",
        "",
        &paragraphs,
    ));
    let line_box = Rect {
        x: frame.personas.x + SWATCH * 2,
        cx: frame.personas.cx.saturating_sub(SWATCH * 2),
        ..frame.personas
    };
    let lines: Vec<&str> = design
        .personas
        .iter()
        .map(|(line, _)| line.as_str())
        .collect();
    let sizes = [PERSONA_SIZE, 1600, 1400, 1200, 1000];
    let persona_size = lines
        .iter()
        .map(|line| fitting_size(&[line], line_box, &sizes, 1.2, 0.0))
        .min()
        .unwrap_or(PERSONA_SIZE);
    for (index, (line, color)) in design.personas.iter().enumerate() {
        let y = frame.personas.y + PERSONA_LINE * index as u64;
        let id = 6 + 2 * index as u32;
        let swatch = Rect {
            x: frame.personas.x,
            y: y + (PERSONA_LINE - SWATCH) / 2,
            cx: SWATCH,
            cy: SWATCH,
        };
        let _ = write!(
            shapes,
            "{}{}",
            shape(
                id,
                &format!("Persona colour {}", index + 1),
                swatch,
                "ellipse",
                *color,
                ""
            ),
            text_box(
                id + 1,
                &format!("Persona {}", index + 1),
                Rect { y, ..line_box },
                &run(line, persona_size, design.text, ""),
            )
        );
    }
    let background = format!(
        "<p:bg><p:bgPr>{}<a:effectLst/></p:bgPr></p:bg>",
        solid(design.background)
    );
    slide_with_background(None, &background, &shapes)
}
