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
use super::slides::{
    SUBTITLE_SIZES, TITLE_SIZES, fitting_size, slide_with_background, wrapped_lines,
};
use super::xml;
use super::{Rgb, TitleDesign};

/// EMU per inch.
const INCH: u64 = 914_400;
/// The margin at the slide's sides and foot.
const MARGIN: u64 = INCH * 6 / 10;
/// The band's height.
const BAND: u64 = INCH;
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

/// A text box without fill, its text wrapped and set from the top. It does not shrink its text
/// to fit: a line more than estimated runs into the margin below rather than turning a
/// persona into fine print.
fn text_box(id: u32, name: &str, rect: Rect, paragraphs: &str) -> String {
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>\
         <p:spPr>{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>\
         <p:txBody><a:bodyPr wrap=\"square\" lIns=\"0\" rIns=\"0\" anchor=\"t\"/>\
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

/// The persona lines' size (hundredths of a point) and the height of each line's slot: the
/// largest size at which every line takes at most two lines of `width` and all the slots fit
/// in `room`, each slot tall enough for the most lines any of them takes.
fn persona_text(lines: &[&str], width: u64, room: u64) -> (u32, u64) {
    let text_width = width.saturating_sub(SWATCH * 2 + 2 * 91_440) as f64;
    let needed = |size: u32| {
        // 0.6 em a character: wide, so the estimate errs towards a smaller size.
        let per_line = (text_width / (f64::from(size) / 100.0 * 12_700.0 * 0.6)).floor();
        lines
            .iter()
            .map(|line| wrapped_lines(line, per_line.max(1.0) as usize))
            .max()
            .unwrap_or(1)
    };
    // A line of text is 1.2 em, and the box has its insets above and below.
    let slot = |size: u32, rows: usize| rows as u64 * u64::from(size) * 127 * 12 / 10 + 91_440;
    let fits = |size: u32| {
        let rows = needed(size);
        rows <= 2 && slot(size, rows) * lines.len() as u64 <= room
    };
    let size = [PERSONA_SIZE, 1600, 1400, 1200, 1000]
        .into_iter()
        .find(|&size| fits(size))
        .unwrap_or(1000);
    (size, slot(size, needed(size).min(2)))
}

/// Where the subtitle starts: under the title and the accent rule.
const SUBTITLE_Y: u64 = BAND + INCH / 2 + INCH * 19 / 10 + INCH / 8 + INCH * 8 / 100 + INCH / 8;

fn frame((cx, cy): (u32, u32), personas: usize, slot: u64) -> Frame {
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
    let subtitle_y = SUBTITLE_Y;
    let personas_height = slot * personas as u64;
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
            cy: slot,
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
    let lines: Vec<&str> = design
        .personas
        .iter()
        .map(|(line, _)| line.as_str())
        .collect();
    // The personas take the room below half an inch of subtitle.
    let room = u64::from(size.1).saturating_sub(MARGIN + SUBTITLE_Y + INCH * 5 / 8);
    let (persona_size, slot) =
        persona_text(&lines, u64::from(size.0).saturating_sub(2 * MARGIN), room);
    let frame = frame(size, design.personas.len(), slot);
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
    // The swatch sits beside the first line of its persona.
    let first_line = u64::from(persona_size) * 127 * 12 / 10;
    for (index, (line, color)) in design.personas.iter().enumerate() {
        let y = frame.personas.y + slot * index as u64;
        let id = 6 + 2 * index as u32;
        let swatch = Rect {
            x: frame.personas.x,
            y: y + 45_720 + first_line.saturating_sub(SWATCH) / 2,
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
