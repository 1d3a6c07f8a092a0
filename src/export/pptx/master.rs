//! The slide master and its two layouts: a title slide and a blank one.
//!
//! A slide's placeholders take their position, font and colour from its layout, and the layout
//! from the master, so the title slide itself needs to say almost nothing and stays editable the
//! way any `PowerPoint` title slide is (a new theme applied to the deck restyles it). The
//! geometry and text styles are `PowerPoint`'s own defaults, scaled to the slide width, so the
//! deck looks familiar when someone adds a slide to it.

use std::fmt::Write;

use super::xml::{DECLARATION, pml_namespaces};

/// A box on the slide, in EMU.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rect {
    /// Left edge.
    pub x: u64,
    /// Top edge.
    pub y: u64,
    /// Width.
    pub cx: u64,
    /// Height.
    pub cy: u64,
}

impl Rect {
    fn xfrm(self) -> String {
        format!(
            "<a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm>",
            self.x, self.y, self.cx, self.cy
        )
    }
}

/// Half an inch: the gap under the subtitle.
const HALF_INCH: u64 = 457_200;

/// The title slide's title: centred, three quarters of the slide wide, its text sitting on the
/// box's lower edge (as in `PowerPoint`'s "Title Slide" layout).
pub fn title_box((cx, _): (u32, u32)) -> Rect {
    let cx = u64::from(cx);
    Rect {
        x: cx / 8,
        y: 1_122_363,
        cx: cx * 3 / 4,
        cy: 2_387_600,
    }
}

/// The title slide's subtitle: under the title, as wide, and down to half an inch above the
/// slide's edge. That is taller than `PowerPoint`'s default box, since a map's title slide
/// carries a few lines (goal, persona, scope) rather than one.
pub fn subtitle_box((cx, cy): (u32, u32)) -> Rect {
    let (cx, cy) = (u64::from(cx), u64::from(cy));
    let y = 3_602_038;
    Rect {
        x: cx / 8,
        y,
        cx: cx * 3 / 4,
        cy: cy.saturating_sub(y + HALF_INCH).max(HALF_INCH),
    }
}

/// The master's title and body boxes: `PowerPoint`'s margins of 11/160 of the slide width.
fn master_boxes((cx, _): (u32, u32)) -> (Rect, Rect) {
    let cx = u64::from(cx);
    let margin = cx * 11 / 160;
    let width = cx - 2 * margin;
    (
        Rect {
            x: margin,
            y: 365_125,
            cx: width,
            cy: 1_325_563,
        },
        Rect {
            x: margin,
            y: 1_825_625,
            cx: width,
            cy: 4_351_338,
        },
    )
}

/// The title layout's font sizes, in hundredths of a point: what the title slide gets unless
/// its text is too long for them.
pub const TITLE_SIZE: u32 = 6000;
/// See [`TITLE_SIZE`].
pub const SUBTITLE_SIZE: u32 = 2400;

/// The empty group every shape tree starts with.
pub const SHAPE_TREE_START: &str = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>\
     <p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/>\
     <a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";

/// A placeholder shape. `ph` is the `p:ph` element, `shape` what goes inside `p:spPr`.
pub fn placeholder(
    id: u32,
    name: &str,
    ph: &str,
    shape: &str,
    body: &str,
    list_style: &str,
    paragraphs: &str,
) -> String {
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{name}\"/>\
         <p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr>\
         <p:spPr>{shape}</p:spPr>\
         <p:txBody>{body}<a:lstStyle>{list_style}</a:lstStyle>{paragraphs}</p:txBody></p:sp>"
    )
}

/// A paragraph of prompt text, as masters and layouts show in empty placeholders.
fn prompt(text: &str, level: u32) -> String {
    let level = if level == 0 {
        String::new()
    } else {
        format!(" lvl=\"{level}\"")
    };
    format!("<a:p><a:pPr{level}/><a:r><a:rPr lang=\"en-US\"/><a:t>{text}</a:t></a:r></a:p>")
}

/// The colour and theme fonts of a run: the text colour, and the major (`mj`, headings) or
/// minor (`mn`, body) font of the theme.
fn run_defaults(size: u32, fonts: &str) -> String {
    format!(
        "<a:defRPr sz=\"{size}\" kern=\"1200\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>\
         <a:latin typeface=\"+{fonts}-lt\"/><a:ea typeface=\"+{fonts}-ea\"/><a:cs typeface=\"+{fonts}-cs\"/></a:defRPr>"
    )
}

/// The paragraph attributes `PowerPoint` sets on every level.
const LEVEL_ATTRIBUTES: &str =
    "algn=\"l\" defTabSz=\"914400\" rtl=\"0\" eaLnBrk=\"1\" latinLnBrk=\"0\" hangingPunct=\"1\"";

/// Nine levels of plain text, 18 pt, no bullets: the presentation's default text style and the
/// master's style for text outside placeholders.
pub fn plain_text_levels() -> String {
    let mut out = "<a:defPPr><a:defRPr lang=\"en-US\"/></a:defPPr>".to_owned();
    for level in 1..=9_u64 {
        let _ = write!(
            out,
            "<a:lvl{level}pPr marL=\"{}\" {LEVEL_ATTRIBUTES}>{}</a:lvl{level}pPr>",
            (level - 1) * HALF_INCH,
            run_defaults(1800, "mn")
        );
    }
    out
}

/// The master's text styles: titles in the heading font, body text as bulleted levels getting
/// smaller and further indented, other text plain.
fn text_styles() -> String {
    let title = format!(
        "<a:lvl1pPr {LEVEL_ATTRIBUTES}><a:lnSpc><a:spcPct val=\"90000\"/></a:lnSpc>\
         <a:spcBef><a:spcPct val=\"0\"/></a:spcBef><a:buNone/>{}</a:lvl1pPr>",
        run_defaults(4400, "mj")
    );
    let mut body = String::new();
    for level in 1..=9_u64 {
        let size = match level {
            1 => 2800,
            2 => 2400,
            3 => 2000,
            _ => 1800,
        };
        let before = if level == 1 { 1000 } else { 500 };
        let _ = write!(
            body,
            "<a:lvl{level}pPr marL=\"{}\" indent=\"-228600\" {LEVEL_ATTRIBUTES}>\
             <a:lnSpc><a:spcPct val=\"90000\"/></a:lnSpc><a:spcBef><a:spcPts val=\"{before}\"/></a:spcBef>\
             <a:buFont typeface=\"Arial\" panose=\"020B0604020202020204\" pitchFamily=\"34\" charset=\"0\"/>\
             <a:buChar char=\"•\"/>{}</a:lvl{level}pPr>",
            228_600 + (level - 1) * HALF_INCH,
            run_defaults(size, "mn")
        );
    }
    format!(
        "<p:txStyles><p:titleStyle>{title}</p:titleStyle><p:bodyStyle>{body}</p:bodyStyle>\
         <p:otherStyle>{}</p:otherStyle></p:txStyles>",
        plain_text_levels()
    )
}

/// The slide master: white background, a title and a body placeholder, the colour mapping and
/// the text styles; `layout_ids` are the ids of its layouts, related as `rId1`, `rId2`, ….
pub fn master(size: (u32, u32), layout_ids: &[u32]) -> String {
    let (title, body) = master_boxes(size);
    let geometry = |rect: Rect| {
        format!(
            "{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>",
            rect.xfrm()
        )
    };
    let insets =
        "vert=\"horz\" lIns=\"91440\" tIns=\"45720\" rIns=\"91440\" bIns=\"45720\" rtlCol=\"0\"";
    let title = placeholder(
        2,
        "Title Placeholder 1",
        "<p:ph type=\"title\"/>",
        &geometry(title),
        &format!("<a:bodyPr {insets} anchor=\"ctr\"><a:normAutofit/></a:bodyPr>"),
        "",
        &prompt("Click to edit Master title style", 0),
    );
    let levels = [
        "Click to edit Master text styles",
        "Second level",
        "Third level",
        "Fourth level",
        "Fifth level",
    ];
    let body = placeholder(
        3,
        "Text Placeholder 2",
        "<p:ph type=\"body\" idx=\"1\"/>",
        &geometry(body),
        &format!("<a:bodyPr {insets}><a:normAutofit/></a:bodyPr>"),
        "",
        &levels
            .iter()
            .zip(0..)
            .map(|(text, level)| prompt(text, level))
            .collect::<String>(),
    );
    let mut layouts = String::new();
    for (id, rel) in layout_ids.iter().zip(1..) {
        let _ = write!(layouts, "<p:sldLayoutId id=\"{id}\" r:id=\"rId{rel}\"/>");
    }
    format!(
        "{DECLARATION}<p:sldMaster {}>\
         <p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>\
         <p:spTree>{SHAPE_TREE_START}{title}{body}</p:spTree></p:cSld>\
         <p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" \
         accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>\
         <p:sldLayoutIdLst>{layouts}</p:sldLayoutIdLst>{}</p:sldMaster>",
        pml_namespaces(),
        text_styles()
    )
}

/// The "Title Slide" layout: a large centred title and a centred subtitle without bullets.
pub fn title_layout(size: (u32, u32)) -> String {
    let title = placeholder(
        2,
        "Title 1",
        "<p:ph type=\"ctrTitle\"/>",
        &title_box(size).xfrm(),
        "<a:bodyPr anchor=\"b\"/>",
        &format!("<a:lvl1pPr algn=\"ctr\"><a:defRPr sz=\"{TITLE_SIZE}\"/></a:lvl1pPr>"),
        &prompt("Click to edit Master title style", 0),
    );
    let subtitle = placeholder(
        3,
        "Subtitle 2",
        "<p:ph type=\"subTitle\" idx=\"1\"/>",
        &subtitle_box(size).xfrm(),
        "<a:bodyPr/>",
        &format!(
            "<a:lvl1pPr marL=\"0\" indent=\"0\" algn=\"ctr\"><a:buNone/><a:defRPr sz=\"{SUBTITLE_SIZE}\"/></a:lvl1pPr>"
        ),
        &prompt("Click to edit Master subtitle style", 0),
    );
    layout("title", "Title Slide", &format!("{title}{subtitle}"))
}

/// The "Blank" layout, for the picture slides: nothing on it, so nothing shows around or
/// through a picture.
pub fn blank_layout() -> String {
    layout("blank", "Blank", "")
}

fn layout(kind: &str, name: &str, shapes: &str) -> String {
    format!(
        "{DECLARATION}<p:sldLayout {} type=\"{kind}\" preserve=\"1\">\
         <p:cSld name=\"{name}\"><p:spTree>{SHAPE_TREE_START}{shapes}</p:spTree></p:cSld>\
         <p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>",
        pml_namespaces()
    )
}
