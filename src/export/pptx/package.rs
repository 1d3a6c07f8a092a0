//! The package around the slides: which parts there are, their content types and
//! relationships, the document properties and the presentation part that ties it together.
//!
//! A part that a content type, a relationship or the presentation names but the zip lacks, or
//! the other way round, is what most often makes `PowerPoint` offer a repair; so the list of
//! parts is built once here, and the content types and relationships are derived from the same
//! numbering.

use std::borrow::Cow;

use std::fmt::Write;

use super::xml::{self, DECLARATION, pml_namespaces};
use super::{Deck, DeckAspect, Part, master, notes, slides, theme};

/// Relationship types, as ECMA-376 names them.
const REL_OFFICE_DOCUMENT: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const REL_CORE: &str =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
const REL_EXTENDED: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
const REL_SLIDE_MASTER: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster";
const REL_SLIDE_LAYOUT: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout";
const REL_SLIDE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide";
const REL_THEME: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
const REL_IMAGE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
const REL_PRES_PROPS: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/presProps";
const REL_VIEW_PROPS: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/viewProps";
const REL_NOTES_MASTER: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesMaster";
const REL_NOTES_SLIDE: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide";
const REL_TABLE_STYLES: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/tableStyles";

/// Content types of the parts named one by one.
const CT_PRESENTATION: &str =
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
const CT_SLIDE: &str = "application/vnd.openxmlformats-officedocument.presentationml.slide+xml";
const CT_SLIDE_LAYOUT: &str =
    "application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml";
const CT_SLIDE_MASTER: &str =
    "application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml";
const CT_NOTES_MASTER: &str =
    "application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml";
const CT_NOTES_SLIDE: &str =
    "application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml";
const CT_THEME: &str = "application/vnd.openxmlformats-officedocument.theme+xml";
const CT_PRES_PROPS: &str =
    "application/vnd.openxmlformats-officedocument.presentationml.presProps+xml";
const CT_VIEW_PROPS: &str =
    "application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml";
const CT_TABLE_STYLES: &str =
    "application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml";
const CT_CORE: &str = "application/vnd.openxmlformats-package.core-properties+xml";
const CT_EXTENDED: &str = "application/vnd.openxmlformats-officedocument.extended-properties+xml";

/// The slide master's id: `PowerPoint` wants master and layout ids at 2^31 or above, unique
/// across all of them.
const MASTER_ID: u32 = 2_147_483_648;
/// The first slide's id: slide ids start at 256.
const FIRST_SLIDE_ID: u32 = 256;

/// The slide layouts, in the order of their part numbers.
pub const LAYOUT_TITLE: usize = 1;
/// The layout of the picture slides.
pub const LAYOUT_BLANK: usize = 2;

/// Every part of the deck, in the order they go into the zip: content types and package
/// relationships first (a streaming reader meets them before anything they describe), then the
/// presentation, its master, layouts, theme, slides, and the pictures last.
pub fn parts(deck: &Deck) -> Vec<Part<'_>> {
    let size = deck.aspect.size_emu();
    let slide_count = 1 + deck.slides.len();
    let notes_pages = notes_pages(deck);
    let counts = Counts {
        slides: slide_count,
        notes: notes_pages.iter().flatten().count(),
    };
    let mut parts = vec![
        Part::xml("[Content_Types].xml", content_types(counts)),
        Part::xml("_rels/.rels", package_rels()),
        Part::xml("docProps/core.xml", core_properties(&deck.title)),
        Part::xml("docProps/app.xml", app_properties(deck.aspect, counts)),
        Part::xml("ppt/presentation.xml", presentation(size, counts)),
        Part::xml("ppt/_rels/presentation.xml.rels", presentation_rels(counts)),
        Part::xml("ppt/presProps.xml", pres_props()),
        Part::xml("ppt/viewProps.xml", view_props()),
        Part::xml("ppt/tableStyles.xml", table_styles()),
        Part::xml("ppt/theme/theme1.xml", theme::theme()),
        Part::xml(
            "ppt/slideMasters/slideMaster1.xml",
            master::master(size, &[MASTER_ID + 1, MASTER_ID + 2]),
        ),
        Part::xml(
            "ppt/slideMasters/_rels/slideMaster1.xml.rels",
            rels(&[
                (
                    REL_SLIDE_LAYOUT,
                    format!("../slideLayouts/slideLayout{LAYOUT_TITLE}.xml"),
                ),
                (
                    REL_SLIDE_LAYOUT,
                    format!("../slideLayouts/slideLayout{LAYOUT_BLANK}.xml"),
                ),
                (REL_THEME, "../theme/theme1.xml".to_owned()),
            ]),
        ),
    ];
    for (number, layout) in [
        (LAYOUT_TITLE, master::title_layout(size)),
        (LAYOUT_BLANK, master::blank_layout()),
    ] {
        parts.push(Part::xml(
            format!("ppt/slideLayouts/slideLayout{number}.xml"),
            layout,
        ));
        parts.push(Part::xml(
            format!("ppt/slideLayouts/_rels/slideLayout{number}.xml.rels"),
            rels(&[(
                REL_SLIDE_MASTER,
                "../slideMasters/slideMaster1.xml".to_owned(),
            )]),
        ));
    }
    parts.extend(title_slide_parts(deck, size));
    for ((index, slide), notes) in deck.slides.iter().enumerate().zip(&notes_pages) {
        let number = index + 2;
        let image = index + 1;
        parts.push(Part::xml(
            format!("ppt/slides/slide{number}.xml"),
            slides::picture_slide(size, slide),
        ));
        let mut targets = vec![
            (
                REL_SLIDE_LAYOUT,
                format!("../slideLayouts/slideLayout{LAYOUT_BLANK}.xml"),
            ),
            (REL_IMAGE, format!("../media/image{image}.png")),
        ];
        if let Some(page) = notes {
            targets.push((
                REL_NOTES_SLIDE,
                format!("../notesSlides/notesSlide{page}.xml"),
            ));
        }
        parts.push(Part::xml(
            format!("ppt/slides/_rels/slide{number}.xml.rels"),
            rels(&targets),
        ));
    }
    push_notes(&mut parts, deck, &notes_pages);
    for (index, slide) in deck.slides.iter().enumerate() {
        parts.push(Part {
            name: format!("ppt/media/image{}.png", index + 1),
            bytes: Cow::Borrowed(&slide.png),
            stored: true,
        });
    }
    parts
}

/// How many slides (the title slide included) and notes pages a deck has.
#[derive(Clone, Copy)]
struct Counts {
    slides: usize,
    notes: usize,
}

/// The notes master's theme: a theme part of its own, as `PowerPoint` requires.
const NOTES_THEME: usize = 2;

/// The title slide and its relationships.
fn title_slide_parts(deck: &Deck, size: (u32, u32)) -> [Part<'static>; 2] {
    let slide = slides::title_slide(
        size,
        &deck.title,
        &deck.subtitle_lines,
        deck.design.as_ref(),
    );
    [
        Part::xml("ppt/slides/slide1.xml", slide),
        Part::xml(
            "ppt/slides/_rels/slide1.xml.rels",
            rels(&[(
                REL_SLIDE_LAYOUT,
                format!("../slideLayouts/slideLayout{LAYOUT_TITLE}.xml"),
            )]),
        ),
    ]
}

/// The notes pages, numbered from 1 in slide order: for each picture slide, its page if it has
/// notes.
fn notes_pages(deck: &Deck) -> Vec<Option<usize>> {
    let mut count = 0;
    deck.slides
        .iter()
        .map(|slide| {
            (!slide.notes.is_empty()).then(|| {
                count += 1;
                count
            })
        })
        .collect()
}

/// The notes master, its theme and the notes pages, `notes_pages` numbering them per picture
/// slide.
fn push_notes<'a>(parts: &mut Vec<Part<'a>>, deck: &'a Deck, notes_pages: &[Option<usize>]) {
    if notes_pages.iter().any(Option::is_some) {
        parts.push(Part::xml(
            "ppt/notesMasters/notesMaster1.xml",
            notes::notes_master(),
        ));
        parts.push(Part::xml(
            "ppt/notesMasters/_rels/notesMaster1.xml.rels",
            rels(&[(REL_THEME, format!("../theme/theme{NOTES_THEME}.xml"))]),
        ));
        parts.push(Part::xml(
            format!("ppt/theme/theme{NOTES_THEME}.xml"),
            theme::theme(),
        ));
    }
    for ((index, slide), notes) in deck.slides.iter().enumerate().zip(notes_pages) {
        let Some(page) = notes else {
            continue;
        };
        parts.push(Part::xml(
            format!("ppt/notesSlides/notesSlide{page}.xml"),
            notes::notes_slide(&slide.notes),
        ));
        parts.push(Part::xml(
            format!("ppt/notesSlides/_rels/notesSlide{page}.xml.rels"),
            rels(&[
                (
                    REL_NOTES_MASTER,
                    "../notesMasters/notesMaster1.xml".to_owned(),
                ),
                (REL_SLIDE, format!("../slides/slide{}.xml", index + 2)),
            ]),
        ));
    }
}

/// A relationships part; the relationships get the ids `rId1`, `rId2`, … in the order given,
/// which is what the parts that refer to them count on.
fn rels(targets: &[(&str, String)]) -> String {
    let mut out = format!(
        "{DECLARATION}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    for (index, (kind, target)) in targets.iter().enumerate() {
        let _ = write!(
            out,
            "<Relationship Id=\"rId{}\" Type=\"{kind}\" Target=\"{}\"/>",
            index + 1,
            xml::attr(target)
        );
    }
    out.push_str("</Relationships>");
    out
}

fn content_types(counts: Counts) -> String {
    let mut out = format!(
        "{DECLARATION}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"png\" ContentType=\"image/png\"/>\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    );
    let mut over = |name: &str, kind: &str| {
        let _ = write!(
            out,
            "<Override PartName=\"/{name}\" ContentType=\"{kind}\"/>"
        );
    };
    over("ppt/presentation.xml", CT_PRESENTATION);
    over("ppt/slideMasters/slideMaster1.xml", CT_SLIDE_MASTER);
    for number in [LAYOUT_TITLE, LAYOUT_BLANK] {
        over(
            &format!("ppt/slideLayouts/slideLayout{number}.xml"),
            CT_SLIDE_LAYOUT,
        );
    }
    for number in 1..=counts.slides {
        over(&format!("ppt/slides/slide{number}.xml"), CT_SLIDE);
    }
    over("ppt/theme/theme1.xml", CT_THEME);
    if counts.notes > 0 {
        over("ppt/notesMasters/notesMaster1.xml", CT_NOTES_MASTER);
        over(&format!("ppt/theme/theme{NOTES_THEME}.xml"), CT_THEME);
    }
    for number in 1..=counts.notes {
        over(
            &format!("ppt/notesSlides/notesSlide{number}.xml"),
            CT_NOTES_SLIDE,
        );
    }
    over("ppt/presProps.xml", CT_PRES_PROPS);
    over("ppt/viewProps.xml", CT_VIEW_PROPS);
    over("ppt/tableStyles.xml", CT_TABLE_STYLES);
    over("docProps/core.xml", CT_CORE);
    over("docProps/app.xml", CT_EXTENDED);
    out.push_str("</Types>");
    out
}

fn package_rels() -> String {
    rels(&[
        (REL_OFFICE_DOCUMENT, "ppt/presentation.xml".to_owned()),
        (REL_CORE, "docProps/core.xml".to_owned()),
        (REL_EXTENDED, "docProps/app.xml".to_owned()),
    ])
}

/// The document's title and nothing that changes between runs: no author, no dates (a
/// timestamp would make every export of the same map differ).
fn core_properties(title: &str) -> String {
    format!(
        "{DECLARATION}<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title></cp:coreProperties>",
        xml::text(title)
    )
}

fn app_properties(aspect: DeckAspect, counts: Counts) -> String {
    let Counts { slides, notes } = counts;
    let format = match aspect {
        DeckAspect::Wide16x9 => "Widescreen",
        DeckAspect::Standard4x3 => "On-screen Show (4:3)",
    };
    format!(
        "{DECLARATION}<Properties \
         xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
         xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
         <Application>journeymap</Application>\
         <PresentationFormat>{format}</PresentationFormat>\
         <Slides>{slides}</Slides><Notes>{notes}</Notes></Properties>"
    )
}

/// `presentation.xml`'s relationships: the master first, then the slides, the notes master
/// when there are notes, then the parts `PowerPoint` always has (properties, view, theme,
/// table styles).
fn presentation_rels(counts: Counts) -> String {
    let mut targets = vec![(REL_SLIDE_MASTER, "slideMasters/slideMaster1.xml".to_owned())];
    for number in 1..=counts.slides {
        targets.push((REL_SLIDE, format!("slides/slide{number}.xml")));
    }
    if counts.notes > 0 {
        targets.push((REL_NOTES_MASTER, "notesMasters/notesMaster1.xml".to_owned()));
    }
    targets.push((REL_PRES_PROPS, "presProps.xml".to_owned()));
    targets.push((REL_VIEW_PROPS, "viewProps.xml".to_owned()));
    targets.push((REL_THEME, "theme/theme1.xml".to_owned()));
    targets.push((REL_TABLE_STYLES, "tableStyles.xml".to_owned()));
    rels(&targets)
}

fn presentation(size: (u32, u32), counts: Counts) -> String {
    let (cx, cy) = size;
    let ns = pml_namespaces();
    let mut slide_ids = String::new();
    for index in 0..counts.slides {
        let _ = write!(
            slide_ids,
            "<p:sldId id=\"{}\" r:id=\"rId{}\"/>",
            FIRST_SLIDE_ID as usize + index,
            index + 2
        );
    }
    // `PowerPoint` writes no type for 16:9 (it counts as custom) and `screen4x3` for 4:3.
    let size_type = if cx * 3 == cy * 4 {
        " type=\"screen4x3\""
    } else {
        ""
    };
    // The notes master's relationship comes right after the slides' (see `presentation_rels`).
    let notes_master = if counts.notes > 0 {
        format!(
            "<p:notesMasterIdLst><p:notesMasterId r:id=\"rId{}\"/></p:notesMasterIdLst>",
            counts.slides + 2
        )
    } else {
        String::new()
    };
    format!(
        "{DECLARATION}<p:presentation {ns} saveSubsetFonts=\"1\">\
         <p:sldMasterIdLst><p:sldMasterId id=\"{MASTER_ID}\" r:id=\"rId1\"/></p:sldMasterIdLst>\
         {notes_master}<p:sldIdLst>{slide_ids}</p:sldIdLst>\
         <p:sldSz cx=\"{cx}\" cy=\"{cy}\"{size_type}/>\
         <p:notesSz cx=\"6858000\" cy=\"9144000\"/>\
         <p:defaultTextStyle>{}</p:defaultTextStyle>\
         </p:presentation>",
        master::plain_text_levels()
    )
}

fn pres_props() -> String {
    format!("{DECLARATION}<p:presentationPr {}/>", pml_namespaces())
}

/// The normal view at `PowerPoint`'s own defaults.
fn view_props() -> String {
    format!(
        "{DECLARATION}<p:viewPr {}>\
         <p:normalViewPr><p:restoredLeft sz=\"15620\"/><p:restoredTop sz=\"94660\"/></p:normalViewPr>\
         <p:slideViewPr><p:cSldViewPr><p:cViewPr varScale=\"1\">\
         <p:scale><a:sx n=\"100\" d=\"100\"/><a:sy n=\"100\" d=\"100\"/></p:scale>\
         <p:origin x=\"0\" y=\"0\"/></p:cViewPr><p:guideLst/></p:cSldViewPr></p:slideViewPr>\
         <p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>",
        pml_namespaces()
    )
}

/// No table styles of its own; the default is `PowerPoint`'s "Medium Style 2 – Accent 1".
fn table_styles() -> String {
    format!(
        "{DECLARATION}<a:tblStyleLst xmlns:a=\"{}\" def=\"{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}\"/>",
        xml::NS_A
    )
}
