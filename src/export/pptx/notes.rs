//! Speaker notes: the notes master and one notes page per slide that has notes.
//!
//! A presenter in a workshop talks through the map stage by stage; the notes under each slide
//! hold what to say (its stages' pain points and opportunities), visible in `PowerPoint`'s
//! presenter view and printed on the notes pages, not on the projector.
//!
//! `PowerPoint` shows notes only through a notes master, which needs a theme of its own; each
//! notes page relates to the master and to its slide, and the slide back to its notes page.
//! The geometry is `PowerPoint`'s own for its portrait notes page (7.5 × 10 in).

use std::fmt::Write;

use super::master::{SHAPE_TREE_START, placeholder};
use super::xml::{self, DECLARATION, pml_namespaces};

/// The slide's picture on a notes page: the upper part, an inch from the sides.
const SLIDE_IMAGE: (u64, u64, u64, u64) = (685_800, 1_143_000, 5_486_400, 3_086_100);
/// The notes text below it.
const NOTES_BODY: (u64, u64, u64, u64) = (685_800, 4_400_550, 5_486_400, 3_600_450);

fn xfrm((x, y, cx, cy): (u64, u64, u64, u64)) -> String {
    format!(
        "<a:xfrm><a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm>\
         <a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
    )
}

/// The slide picture placeholder of a notes master (`ph` with its index) or page.
fn slide_image(ph: &str, shape: &str) -> String {
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image Placeholder 1\"/>\
         <p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr>\
         <p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr>{shape}</p:spPr></p:sp>"
    )
}

/// Plain 12 pt text for the notes, left-aligned, at every level.
fn notes_style() -> String {
    let mut out = String::new();
    for level in 1..=9_u64 {
        let _ = write!(
            out,
            "<a:lvl{level}pPr marL=\"{}\" algn=\"l\" defTabSz=\"914400\" rtl=\"0\" eaLnBrk=\"1\" \
             latinLnBrk=\"0\" hangingPunct=\"1\"><a:defRPr sz=\"1200\" kern=\"1200\">\
             <a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>\
             <a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/>\
             </a:defRPr></a:lvl{level}pPr>",
            (level - 1) * 457_200
        );
    }
    out
}

/// The notes master: where the slide picture and the notes go on a notes page, and their text
/// style. Its theme is related as `rId1`.
pub fn notes_master() -> String {
    let picture = slide_image(
        "<p:ph type=\"sldImg\" idx=\"2\"/>",
        &format!(
            "{}<a:noFill/><a:ln w=\"12700\"><a:solidFill><a:prstClr val=\"black\"/></a:solidFill></a:ln>",
            xfrm(SLIDE_IMAGE)
        ),
    );
    let body = placeholder(
        3,
        "Notes Placeholder 2",
        "<p:ph type=\"body\" sz=\"quarter\" idx=\"3\"/>",
        &xfrm(NOTES_BODY),
        "<a:bodyPr vert=\"horz\" lIns=\"91440\" tIns=\"45720\" rIns=\"91440\" bIns=\"45720\" rtlCol=\"0\"/>",
        "",
        "<a:p><a:pPr lvl=\"0\"/><a:r><a:rPr lang=\"en-US\"/><a:t>Click to edit Master text styles</a:t></a:r></a:p>",
    );
    format!(
        "{DECLARATION}<p:notesMaster {}>\
         <p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>\
         <p:spTree>{SHAPE_TREE_START}{picture}{body}</p:spTree></p:cSld>\
         <p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" \
         accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>\
         <p:notesStyle>{}</p:notesStyle></p:notesMaster>",
        pml_namespaces(),
        notes_style()
    )
}

/// A notes page: the slide's picture and `paragraphs` as the notes, one paragraph each. The
/// placeholders carry no geometry, so they follow the notes master.
pub fn notes_slide(paragraphs: &[String]) -> String {
    let mut text = String::new();
    for paragraph in paragraphs {
        let line = xml::text(paragraph);
        if line.is_empty() {
            text.push_str("<a:p><a:endParaRPr dirty=\"0\"/></a:p>");
        } else {
            let _ = write!(
                text,
                "<a:p><a:r><a:rPr dirty=\"0\"/><a:t>{line}</a:t></a:r></a:p>"
            );
        }
    }
    if text.is_empty() {
        text.push_str("<a:p><a:endParaRPr dirty=\"0\"/></a:p>");
    }
    let body = placeholder(
        3,
        "Notes Placeholder 2",
        "<p:ph type=\"body\" idx=\"1\"/>",
        "",
        "<a:bodyPr/>",
        "",
        &text,
    );
    format!(
        "{DECLARATION}<p:notes {}><p:cSld><p:spTree>{SHAPE_TREE_START}{}{body}</p:spTree></p:cSld>\
         <p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>",
        pml_namespaces(),
        slide_image("<p:ph type=\"sldImg\"/>", "")
    )
}
