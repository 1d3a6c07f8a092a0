//! The theme: `PowerPoint`'s "Office" colours, fonts and formats.
//!
//! A theme must be complete, not just present. `PowerPoint` repairs a file whose theme lacks
//! any of the twelve scheme colours, the major or minor font, or one of the format scheme's four
//! style lists with at least three entries each (fills, lines, effects, background fills) —
//! even when no shape uses them. The values are the standard Office theme's, so shapes someone
//! adds to the deck look as they would in a new presentation.

use std::fmt::Write;

use super::xml::{DECLARATION, NS_A};

/// The twelve scheme colours: dark and light text and background colours, six accents and the
/// two hyperlink colours.
const COLOURS: &str = "<a:clrScheme name=\"Office\">\
     <a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>\
     <a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>\
     <a:dk2><a:srgbClr val=\"44546A\"/></a:dk2>\
     <a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2>\
     <a:accent1><a:srgbClr val=\"4472C4\"/></a:accent1>\
     <a:accent2><a:srgbClr val=\"ED7D31\"/></a:accent2>\
     <a:accent3><a:srgbClr val=\"A5A5A5\"/></a:accent3>\
     <a:accent4><a:srgbClr val=\"FFC000\"/></a:accent4>\
     <a:accent5><a:srgbClr val=\"5B9BD5\"/></a:accent5>\
     <a:accent6><a:srgbClr val=\"70AD47\"/></a:accent6>\
     <a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink>\
     <a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink>\
     </a:clrScheme>";

/// Headings in Calibri Light, text in Calibri. Where those are missing (`LibreOffice` on Linux)
/// the metric-compatible Carlito or the system's sans-serif stands in.
const FONTS: &str = "<a:fontScheme name=\"Office\">\
     <a:majorFont><a:latin typeface=\"Calibri Light\" panose=\"020F0302020204030204\"/>\
     <a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>\
     <a:minorFont><a:latin typeface=\"Calibri\" panose=\"020F0502020204030204\"/>\
     <a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont>\
     </a:fontScheme>";

/// A colour derived from the placeholder colour (`phClr`, the colour of whatever uses the
/// style) by the given transforms, e.g. `("tint", 67000)`.
fn derived(transforms: &[(&str, u32)]) -> String {
    let mut out = "<a:schemeClr val=\"phClr\">".to_owned();
    for (name, value) in transforms {
        let _ = write!(out, "<a:{name} val=\"{value}\"/>");
    }
    out.push_str("</a:schemeClr>");
    out
}

/// A vertical three-stop gradient of derived colours.
fn gradient(stops: [&[(&str, u32)]; 3]) -> String {
    let mut out = "<a:gradFill rotWithShape=\"1\"><a:gsLst>".to_owned();
    for (transforms, position) in stops.iter().zip([0, 50_000, 100_000]) {
        let _ = write!(
            out,
            "<a:gs pos=\"{position}\">{}</a:gs>",
            derived(transforms)
        );
    }
    out.push_str("</a:gsLst><a:lin ang=\"5400000\" scaled=\"0\"/></a:gradFill>");
    out
}

/// The format scheme: three fills, three line widths, three effects and three background
/// fills, subtle to intense.
fn formats() -> String {
    let solid = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    let fills = format!(
        "{solid}{}{}",
        gradient([
            &[("lumMod", 110_000), ("satMod", 105_000), ("tint", 67_000)],
            &[("lumMod", 105_000), ("satMod", 103_000), ("tint", 73_000)],
            &[("lumMod", 105_000), ("satMod", 109_000), ("tint", 81_000)],
        ]),
        gradient([
            &[("satMod", 103_000), ("lumMod", 102_000), ("tint", 94_000)],
            &[("satMod", 110_000), ("lumMod", 100_000), ("shade", 100_000)],
            &[("lumMod", 99_000), ("satMod", 120_000), ("shade", 78_000)],
        ]),
    );
    let mut lines = String::new();
    for width in [6350, 12_700, 19_050] {
        let _ = write!(
            lines,
            "<a:ln w=\"{width}\" cap=\"flat\" cmpd=\"sng\" algn=\"ctr\">{solid}\
             <a:prstDash val=\"solid\"/><a:miter lim=\"800000\"/></a:ln>"
        );
    }
    let effects = "<a:effectStyle><a:effectLst/></a:effectStyle>\
         <a:effectStyle><a:effectLst/></a:effectStyle>\
         <a:effectStyle><a:effectLst><a:outerShdw blurRad=\"57150\" dist=\"19050\" dir=\"5400000\" \
         algn=\"ctr\" rotWithShape=\"0\"><a:srgbClr val=\"000000\"><a:alpha val=\"63000\"/></a:srgbClr>\
         </a:outerShdw></a:effectLst></a:effectStyle>";
    let backgrounds = format!(
        "{solid}<a:solidFill>{}</a:solidFill>{}",
        derived(&[("tint", 95_000), ("satMod", 170_000)]),
        gradient([
            &[
                ("tint", 93_000),
                ("satMod", 150_000),
                ("shade", 98_000),
                ("lumMod", 102_000)
            ],
            &[
                ("tint", 98_000),
                ("satMod", 130_000),
                ("shade", 90_000),
                ("lumMod", 103_000)
            ],
            &[("shade", 63_000), ("satMod", 120_000)],
        ]),
    );
    format!(
        "<a:fmtScheme name=\"Office\"><a:fillStyleLst>{fills}</a:fillStyleLst>\
         <a:lnStyleLst>{lines}</a:lnStyleLst><a:effectStyleLst>{effects}</a:effectStyleLst>\
         <a:bgFillStyleLst>{backgrounds}</a:bgFillStyleLst></a:fmtScheme>"
    )
}

/// The theme part.
pub fn theme() -> String {
    format!(
        "{DECLARATION}<a:theme xmlns:a=\"{NS_A}\" name=\"Office Theme\"><a:themeElements>\
         {COLOURS}{FONTS}{}</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>",
        formats()
    )
}
