use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read};

use quick_xml::XmlVersion;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;

use super::slides::{fit_picture, wrapped_lines};
use super::*;
use crate::export::png::encode_png;

/// A PNG of `width` × `height` pixels in one colour.
fn png(width: u32, height: u32, colour: [u8; 4]) -> Vec<u8> {
    let image = image::RgbaImage::from_pixel(width, height, image::Rgba(colour));
    encode_png(&image).expect("encodes")
}

fn picture(title: &str, width: u32, height: u32, colour: [u8; 4]) -> DeckSlide {
    DeckSlide {
        png: png(width, height, colour),
        width_px: width,
        height_px: height,
        title: title.to_owned(),
        notes: Vec::new(),
    }
}

fn sample_deck() -> Deck {
    Deck {
        title: "Customer journey".to_owned(),
        subtitle_lines: vec![
            "Goal: fewer drop-outs".to_owned(),
            "Persona: Sarah, 34".to_owned(),
        ],
        slides: vec![
            DeckSlide {
                notes: vec![
                    "Awareness".to_owned(),
                    "Pain points: nobody knows the studio <yet> & \"why\"".to_owned(),
                    String::new(),
                ],
                ..picture("Journey (1 / 2)", 32, 18, [200, 30, 30, 255])
            },
            picture("Journey (2 / 2)", 16, 9, [30, 30, 200, 255]),
        ],
        aspect: DeckAspect::Wide16x9,
        design: Some(design()),
    }
}

fn design() -> TitleDesign {
    TitleDesign {
        background: [0xFA, 0xFA, 0xF7],
        band: [0x2E, 0x4A, 0x6B],
        on_band: [0xFF, 0xFF, 0xFF],
        text: [0x1F, 0x23, 0x28],
        muted: [0x55, 0x5D, 0x66],
        band_text: "Current state".to_owned(),
        personas: vec![
            ("Sarah, 34 — Project manager".to_owned(), [0x3A, 0x4A, 0x5C]),
            ("Murat, 52 & <Co>".to_owned(), [0x1E, 0x64, 0xC8]),
        ],
    }
}

/// The parts of a written deck by name, in zip order.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    (0..archive.len())
        .map(|index| {
            let mut file = archive.by_index(index).expect("an entry");
            let mut content = Vec::new();
            file.read_to_end(&mut content).expect("readable");
            (file.name().expect("a name").into_owned(), content)
        })
        .collect()
}

/// Whether a part's name ends in `.extension`; `_rels/.rels` counts as a `.rels` part, as it
/// does for the content types.
fn has_extension(name: &str, extension: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, found)| found == extension)
}

fn part_map(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    unzip(bytes).into_iter().collect()
}

fn text_of<'a>(parts: &'a BTreeMap<String, Vec<u8>>, name: &str) -> &'a str {
    std::str::from_utf8(parts.get(name).unwrap_or_else(|| panic!("no part {name}"))).expect("UTF-8")
}

/// An element as read: its qualified name, attributes (references resolved) and the text
/// directly inside it.
#[derive(Debug)]
struct Element {
    name: String,
    attributes: BTreeMap<String, String>,
    text: String,
}

impl Element {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.get(name).map(String::as_str)
    }
}

/// Parses a part completely, failing on anything malformed: unbalanced or mismatched tags,
/// unknown entities, text outside the root, more or fewer than one root element, characters
/// XML forbids. Returns the elements in document order.
fn parse(name: &str, xml: &str) -> Vec<Element> {
    for c in xml.chars() {
        assert!(
            matches!(c, '\t' | '\n' | '\r') || !c.is_control(),
            "{name}: a character XML forbids, {c:?}"
        );
    }
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut elements = Vec::new();
    let mut open: Vec<(usize, String)> = Vec::new();
    let mut roots = 0;
    let element = |start: &quick_xml::events::BytesStart<'_>| {
        let name = String::from_utf8(start.name().as_ref().to_vec()).expect("UTF-8 name");
        let attributes = start
            .attributes()
            .map(|attribute| {
                let attribute = attribute.unwrap_or_else(|e| panic!("{name}: attribute: {e}"));
                let key = String::from_utf8(attribute.key.as_ref().to_vec()).expect("UTF-8");
                let value = attribute
                    .normalized_value(XmlVersion::Explicit1_0)
                    .unwrap_or_else(|e| panic!("{name}: value of {key}: {e}"))
                    .into_owned();
                (key, value)
            })
            .collect::<BTreeMap<_, _>>();
        Element {
            name,
            attributes,
            text: String::new(),
        }
    };
    loop {
        match reader
            .read_event()
            .unwrap_or_else(|e| panic!("{name} is malformed at {}: {e}", reader.buffer_position()))
        {
            Event::Start(start) => {
                if open.is_empty() {
                    roots += 1;
                }
                let element = element(&start);
                open.push((elements.len(), element.name.clone()));
                elements.push(element);
            }
            Event::Empty(start) => {
                if open.is_empty() {
                    roots += 1;
                }
                elements.push(element(&start));
            }
            Event::End(end) => {
                let (_, expected) = open
                    .pop()
                    .unwrap_or_else(|| panic!("{name}: stray end tag"));
                assert_eq!(
                    end.name().as_ref(),
                    expected.as_bytes(),
                    "{name}: mismatched tags"
                );
            }
            Event::Text(text) => {
                let text = text.xml10_content().expect("decodes");
                if let Some(&(index, _)) = open.last() {
                    elements[index].text.push_str(&text);
                } else {
                    assert!(text.trim().is_empty(), "{name}: text outside the root");
                }
            }
            Event::GeneralRef(reference) => {
                let resolved = if let Some(c) = reference.resolve_char_ref().expect("a reference") {
                    c.to_string()
                } else {
                    let entity = reference.decode().expect("decodes");
                    resolve_predefined_entity(&entity)
                        .unwrap_or_else(|| panic!("{name}: unknown entity &{entity};"))
                        .to_owned()
                };
                let &(index, _) = open
                    .last()
                    .unwrap_or_else(|| panic!("{name}: reference outside the root"));
                elements[index].text.push_str(&resolved);
            }
            Event::Decl(_) => {}
            Event::Eof => break,
            other => panic!("{name}: unexpected {other:?}"),
        }
    }
    assert!(open.is_empty(), "{name}: unclosed elements {open:?}");
    assert_eq!(roots, 1, "{name} has {roots} root elements");
    elements
}

fn elements_named<'a>(elements: &'a [Element], name: &str) -> Vec<&'a Element> {
    elements
        .iter()
        .filter(|element| element.name == name)
        .collect()
}

/// The content types: defaults by extension and overrides by part name (without the slash).
fn content_types(
    parts: &BTreeMap<String, Vec<u8>>,
) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
    let elements = parse("[Content_Types].xml", text_of(parts, "[Content_Types].xml"));
    let pick = |element: &str, key: &str| {
        elements_named(&elements, element)
            .into_iter()
            .map(|e| {
                let key = e
                    .attribute(key)
                    .expect("key")
                    .trim_start_matches('/')
                    .to_owned();
                (key, e.attribute("ContentType").expect("type").to_owned())
            })
            .collect::<BTreeMap<_, _>>()
    };
    (pick("Default", "Extension"), pick("Override", "PartName"))
}

#[test]
fn content_types_name_exactly_the_parts_of_the_zip() {
    let parts = part_map(&write_deck(&sample_deck()).expect("writes"));
    let (defaults, overrides) = content_types(&parts);
    assert_eq!(
        defaults.keys().map(String::as_str).collect::<Vec<_>>(),
        ["png", "rels", "xml"]
    );
    for name in overrides.keys() {
        assert!(
            parts.contains_key(name),
            "an override names {name}, which is missing"
        );
    }
    for name in parts.keys().filter(|name| *name != "[Content_Types].xml") {
        let extension = name.rsplit('.').next().expect("an extension");
        if extension == "xml" {
            // A generic `application/xml` would not tell PowerPoint what an XML part is.
            assert!(
                overrides.contains_key(name),
                "{name} has no content type of its own"
            );
        } else {
            assert!(
                defaults.contains_key(extension),
                "{name} has no content type"
            );
        }
    }
    for kind in [
        "presentation.main",
        "slideMaster",
        "slideLayout",
        "slide+",
        "theme",
        "core-properties",
        "extended-properties",
        "presProps",
        "viewProps",
        "tableStyles",
    ] {
        assert!(
            overrides.values().any(|value| value.contains(kind)),
            "no part of type {kind}"
        );
    }
    assert_eq!(
        overrides
            .values()
            .filter(|kind| kind.ends_with("presentationml.slide+xml"))
            .count(),
        3
    );
}

/// Where a relationship's target is, for a relationships part's name.
fn resolve(rels_name: &str, target: &str) -> String {
    // `dir/_rels/name.rels` describes `dir/name`; targets are relative to `dir`.
    let dir = rels_name.split("_rels/").next().expect("a folder");
    let mut path: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for segment in target.split('/') {
        match segment {
            ".." => {
                path.pop().expect("a target inside the package");
            }
            "." | "" => {}
            segment => path.push(segment),
        }
    }
    path.join("/")
}

#[test]
fn every_relationship_leads_to_a_part_and_every_reference_to_a_relationship() {
    let parts = part_map(&write_deck(&sample_deck()).expect("writes"));
    let mut reached = BTreeSet::new();
    for (name, bytes) in parts.iter().filter(|(name, _)| has_extension(name, "rels")) {
        let elements = parse(name, std::str::from_utf8(bytes).expect("UTF-8"));
        let relationships = elements_named(&elements, "Relationship");
        let ids: BTreeSet<&str> = relationships
            .iter()
            .map(|r| r.attribute("Id").expect("Id"))
            .collect();
        assert_eq!(ids.len(), relationships.len(), "{name}: ids repeat");
        for relationship in &relationships {
            let target = resolve(name, relationship.attribute("Target").expect("Target"));
            assert!(
                parts.contains_key(&target),
                "{name} leads to {target}, which is missing"
            );
            reached.insert(target);
        }
        // Every r:id and r:embed in the described part names one of these relationships.
        let source = name
            .replace("_rels/", "")
            .trim_end_matches(".rels")
            .to_owned();
        if source.is_empty() {
            continue;
        }
        let source_elements = parse(&source, text_of(&parts, &source));
        for element in &source_elements {
            for key in ["r:id", "r:embed"] {
                if let Some(id) = element.attribute(key) {
                    assert!(
                        ids.contains(id),
                        "{source} refers to {id}, which {name} lacks"
                    );
                }
            }
        }
    }
    // Every part but the content types and relationships is reachable.
    for name in parts
        .keys()
        .filter(|name| *name != "[Content_Types].xml" && !has_extension(name, "rels"))
    {
        assert!(reached.contains(name), "nothing leads to {name}");
    }
}

#[test]
fn every_xml_part_parses_completely() {
    let parts = unzip(&write_deck(&sample_deck()).expect("writes"));
    assert_eq!(
        parts[0].0, "[Content_Types].xml",
        "the content types come first"
    );
    let mut count = 0;
    for (name, bytes) in parts.iter().filter(|(name, _)| !has_extension(name, "png")) {
        let xml = std::str::from_utf8(bytes).unwrap_or_else(|_| panic!("{name} is not UTF-8"));
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"));
        assert!(!parse(name, xml).is_empty());
        count += 1;
    }
    // The content types; the package's relationships and two property parts; the presentation,
    // its relationships and three settings parts; the theme; the master and two layouts and
    // three slides, each with its relationships; the notes master with its relationships and
    // theme, and one notes page with its relationships.
    assert_eq!(count, 1 + 3 + 5 + 1 + 2 * (1 + 2 + 3) + 3 + 2);
}

#[test]
fn the_same_deck_gives_the_same_bytes() {
    let first = write_deck(&sample_deck()).expect("writes");
    let second = write_deck(&sample_deck()).expect("writes");
    assert!(first == second, "two exports of one deck differ");
    let mut other = sample_deck();
    other.title.push('!');
    assert_ne!(write_deck(&other).expect("writes"), first);
}

#[test]
fn texts_are_escaped_and_read_back_as_given() {
    let title = r#"Bäckerei "Müller" & Söhne <Grüße> 'ÄÖÜß'"#;
    let lines = vec![
        "Ziel: < 5 % Abbrüche & \"schnell\"".to_owned(),
        "Persona: Jörg, 52 — 'Stammkunde'".to_owned(),
    ];
    let picture_title = r#"Reise "A" & <B> — Öffnung (1 / 1)"#;
    let deck = Deck {
        title: title.to_owned(),
        subtitle_lines: lines.clone(),
        slides: vec![picture(picture_title, 8, 8, [0, 0, 0, 255])],
        aspect: DeckAspect::Wide16x9,
        design: None,
    };
    let parts = part_map(&write_deck(&deck).expect("writes"));
    let slide = parse("slide1", text_of(&parts, "ppt/slides/slide1.xml"));
    let texts: Vec<&str> = elements_named(&slide, "a:t")
        .iter()
        .map(|t| t.text.as_str())
        .collect();
    assert_eq!(texts, [title, lines[0].as_str(), lines[1].as_str()]);
    assert!(
        text_of(&parts, "ppt/slides/slide1.xml")
            .contains("Bäckerei &quot;Müller&quot; &amp; Söhne &lt;Grüße&gt;")
    );

    let core = parse("core", text_of(&parts, "docProps/core.xml"));
    assert_eq!(elements_named(&core, "dc:title")[0].text, title);

    let picture_slide = parse("slide2", text_of(&parts, "ppt/slides/slide2.xml"));
    let pictures = elements_named(&picture_slide, "p:cNvPr");
    let picture = pictures
        .iter()
        .find(|e| e.attribute("id") == Some("2"))
        .expect("the picture");
    assert_eq!(picture.attribute("descr"), Some(picture_title));
    assert_eq!(picture.attribute("name"), Some(picture_title));
    assert_eq!(
        elements_named(&picture_slide, "p:cSld")[0].attribute("name"),
        Some(picture_title)
    );
}

#[test]
fn line_breaks_and_forbidden_characters_stay_well_formed() {
    let deck = Deck {
        title: "One\ntwo\r\nthree\u{0}\u{7}\u{1b}\u{fffe}".to_owned(),
        subtitle_lines: vec![String::new(), "tab\there".to_owned()],
        slides: vec![picture("alt\ttext\nnext line\u{b}", 4, 4, [1, 2, 3, 255])],
        aspect: DeckAspect::Wide16x9,
        design: None,
    };
    let parts = part_map(&write_deck(&deck).expect("writes"));
    let slide = parse("slide1", text_of(&parts, "ppt/slides/slide1.xml"));
    let texts: Vec<&str> = elements_named(&slide, "a:t")
        .iter()
        .map(|t| t.text.as_str())
        .collect();
    assert_eq!(texts, ["One", "two", "three", "tab\there"]);
    assert_eq!(elements_named(&slide, "a:br").len(), 2);
    // The empty subtitle line is still a paragraph: two in the subtitle, one in the title.
    assert_eq!(elements_named(&slide, "a:p").len(), 3);
    let picture_slide = parse("slide2", text_of(&parts, "ppt/slides/slide2.xml"));
    let alt = elements_named(&picture_slide, "p:cNvPr")
        .into_iter()
        .find_map(|e| e.attribute("descr").map(str::to_owned))
        .expect("alt text");
    assert_eq!(alt, "alt\ttext\nnext line");
    for (name, bytes) in parts.iter().filter(|(name, _)| !has_extension(name, "png")) {
        parse(name, std::str::from_utf8(bytes).expect("UTF-8"));
    }
}

#[test]
fn one_slide_per_picture_after_the_title_slide_each_with_its_picture() {
    let deck = sample_deck();
    let bytes = write_deck(&deck).expect("writes");
    let parts = part_map(&bytes);
    let presentation = parse("presentation", text_of(&parts, "ppt/presentation.xml"));
    let ids: Vec<u64> = elements_named(&presentation, "p:sldId")
        .iter()
        .map(|e| e.attribute("id").expect("id").parse().expect("a number"))
        .collect();
    assert_eq!(ids, [256, 257, 258]);
    let master_ids: Vec<u64> = elements_named(&presentation, "p:sldMasterId")
        .iter()
        .chain(
            elements_named(
                &parse(
                    "master",
                    text_of(&parts, "ppt/slideMasters/slideMaster1.xml"),
                ),
                "p:sldLayoutId",
            )
            .iter(),
        )
        .map(|e| e.attribute("id").expect("id").parse().expect("a number"))
        .collect();
    assert_eq!(master_ids, [2_147_483_648, 2_147_483_649, 2_147_483_650]);

    let size = elements_named(&presentation, "p:sldSz")[0];
    assert_eq!(size.attribute("cx"), Some("12192000"));
    assert_eq!(size.attribute("cy"), Some("6858000"));
    assert_eq!(size.attribute("type"), None);

    for (index, slide) in deck.slides.iter().enumerate() {
        let media = format!("ppt/media/image{}.png", index + 1);
        assert_eq!(parts[&media], slide.png, "{media}");
        let xml = parse(
            "slide",
            text_of(&parts, &format!("ppt/slides/slide{}.xml", index + 2)),
        );
        assert_eq!(elements_named(&xml, "p:pic").len(), 1);
        let ext = elements_named(&xml, "a:ext")
            .into_iter()
            .find(|e| e.attribute("cx") != Some("0"))
            .expect("the picture's size");
        let fitted = fit_picture(deck.aspect.size_emu(), slide.width_px, slide.height_px);
        assert_eq!(ext.attribute("cx"), Some(fitted.cx.to_string().as_str()));
        assert_eq!(ext.attribute("cy"), Some(fitted.cy.to_string().as_str()));
    }
    // 16:9 pictures fill a 16:9 slide.
    assert_eq!(
        fit_picture((12_192_000, 6_858_000), 1920, 1080),
        super::master::Rect {
            x: 0,
            y: 0,
            cx: 12_192_000,
            cy: 6_858_000
        }
    );
    let app = parse("app", text_of(&parts, "docProps/app.xml"));
    assert_eq!(elements_named(&app, "Slides")[0].text, "3");

    // Pictures are stored as they are, the XML deflated.
    let mut archive = zip::ZipArchive::new(Cursor::new(&bytes)).expect("a zip");
    for index in 0..archive.len() {
        let file = archive.by_index(index).expect("an entry");
        let name = file.name().expect("a name").into_owned();
        let expected = if has_extension(&name, "png") {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        assert_eq!(file.compression(), expected, "{name}");
    }
}

#[test]
fn pictures_are_centred_and_scaled_to_fit() {
    // A wide picture on a 4:3 slide: full width, centred vertically.
    let rect = fit_picture((9_144_000, 6_858_000), 1920, 1080);
    assert_eq!((rect.x, rect.cx, rect.cy), (0, 9_144_000, 5_143_500));
    assert_eq!(rect.y, (6_858_000 - 5_143_500) / 2);
    // A tall picture: full height, centred horizontally.
    let rect = fit_picture((12_192_000, 6_858_000), 100, 200);
    assert_eq!((rect.y, rect.cy, rect.cx), (0, 6_858_000, 3_429_000));
    assert_eq!(rect.x, (12_192_000 - 3_429_000) / 2);
    // Extreme shapes stay on the slide with a size of at least one EMU.
    let rect = fit_picture((12_192_000, 6_858_000), u32::MAX, 1);
    assert!(rect.cy >= 1 && rect.cx == 12_192_000);
    let rect = fit_picture((12_192_000, 6_858_000), 1, u32::MAX);
    assert!(rect.cx >= 1 && rect.cy == 6_858_000 && rect.x + rect.cx <= 12_192_000);
}

#[test]
fn a_four_by_three_deck_has_four_by_three_slides() {
    let mut deck = sample_deck();
    deck.aspect = DeckAspect::Standard4x3;
    let parts = part_map(&write_deck(&deck).expect("writes"));
    let presentation = parse("presentation", text_of(&parts, "ppt/presentation.xml"));
    let size = elements_named(&presentation, "p:sldSz")[0];
    assert_eq!(size.attribute("cx"), Some("9144000"));
    assert_eq!(size.attribute("cy"), Some("6858000"));
    assert_eq!(size.attribute("type"), Some("screen4x3"));
    // Master and layout boxes stay on the narrower slide.
    for name in [
        "ppt/slideMasters/slideMaster1.xml",
        "ppt/slideLayouts/slideLayout1.xml",
    ] {
        let xml = parse(name, text_of(&parts, name));
        let offsets = elements_named(&xml, "a:off");
        let extents = elements_named(&xml, "a:ext");
        for (off, ext) in offsets.iter().zip(&extents) {
            let value = |e: &Element, key: &str| {
                e.attribute(key)
                    .expect(key)
                    .parse::<u64>()
                    .expect("a number")
            };
            assert!(value(off, "x") + value(ext, "cx") <= 9_144_000, "{name}");
            assert!(value(off, "y") + value(ext, "cy") <= 6_858_000, "{name}");
        }
    }
}

#[test]
fn without_pictures_the_deck_is_the_title_slide() {
    let mut deck = sample_deck();
    deck.slides.clear();
    let parts = part_map(&write_deck(&deck).expect("writes"));
    assert!(parts.contains_key("ppt/slides/slide1.xml"));
    assert!(!parts.contains_key("ppt/slides/slide2.xml"));
    assert!(!parts.keys().any(|name| name.starts_with("ppt/media/")));
    let presentation = parse("presentation", text_of(&parts, "ppt/presentation.xml"));
    assert_eq!(elements_named(&presentation, "p:sldId").len(), 1);
}

#[test]
fn the_title_slide_uses_the_title_layout_and_the_pictures_the_blank_one() {
    let parts = part_map(&write_deck(&sample_deck()).expect("writes"));
    let layout_of = |slide: u32| {
        let name = format!("ppt/slides/_rels/slide{slide}.xml.rels");
        let rels = parse(&name, text_of(&parts, &name));
        let target = elements_named(&rels, "Relationship")
            .into_iter()
            .find(|r| {
                r.attribute("Type")
                    .is_some_and(|t| t.ends_with("/slideLayout"))
            })
            .and_then(|r| r.attribute("Target"))
            .expect("a layout")
            .to_owned();
        let layout = resolve(&name, &target);
        let xml = parse(&layout, text_of(&parts, &layout));
        xml[0].attribute("type").expect("a layout type").to_owned()
    };
    assert_eq!(layout_of(1), "title");
    assert_eq!(layout_of(2), "blank");
    assert_eq!(layout_of(3), "blank");
    let slide = parse("slide1", text_of(&parts, "ppt/slides/slide1.xml"));
    let placeholders: Vec<&str> = elements_named(&slide, "p:ph")
        .iter()
        .map(|p| p.attribute("type").expect("type"))
        .collect();
    assert_eq!(placeholders, ["ctrTitle", "subTitle"]);
}

#[test]
fn long_titles_get_smaller_text() {
    let size_of = |title: &str, lines: usize| {
        let deck = Deck {
            title: title.to_owned(),
            subtitle_lines: vec![
                "Persona: Sarah, 34 — marketing manager, two children".to_owned();
                lines
            ],
            slides: Vec::new(),
            aspect: DeckAspect::Wide16x9,
            design: None,
        };
        let parts = part_map(&write_deck(&deck).expect("writes"));
        let slide = parse("slide1", text_of(&parts, "ppt/slides/slide1.xml"));
        let sizes: Vec<Option<String>> = elements_named(&slide, "a:rPr")
            .iter()
            .map(|r| r.attribute("sz").map(str::to_owned))
            .collect();
        (sizes[0].clone(), sizes[1].clone())
    };
    // Short texts keep the layout's sizes.
    assert_eq!(size_of("Customer journey", 2), (None, None));
    let (title, subtitle) = size_of(&"Customer journey ".repeat(8), 12);
    let title: u32 = title.expect("a smaller title").parse().expect("a number");
    let subtitle: u32 = subtitle
        .expect("a smaller subtitle")
        .parse()
        .expect("a number");
    assert!(title < 6000 && subtitle < 2400, "{title} {subtitle}");
}

#[test]
fn the_theme_is_complete() {
    let parts = part_map(&write_deck(&sample_deck()).expect("writes"));
    let theme = parse("theme", text_of(&parts, "ppt/theme/theme1.xml"));
    for colour in [
        "a:dk1",
        "a:lt1",
        "a:dk2",
        "a:lt2",
        "a:accent1",
        "a:accent2",
        "a:accent3",
        "a:accent4",
        "a:accent5",
        "a:accent6",
        "a:hlink",
        "a:folHlink",
    ] {
        assert_eq!(elements_named(&theme, colour).len(), 1, "{colour}");
    }
    assert_eq!(elements_named(&theme, "a:majorFont").len(), 1);
    assert_eq!(elements_named(&theme, "a:minorFont").len(), 1);
    // Each list's entries are the children of the list element, which come right after it at
    // the next depth; counting in the raw text is simpler and exact for this flat theme.
    let xml = text_of(&parts, "ppt/theme/theme1.xml");
    let list = |name: &str| {
        let start = xml
            .find(&format!("<a:{name}>"))
            .unwrap_or_else(|| panic!("no {name}"));
        let end = xml.find(&format!("</a:{name}>")).expect("closed");
        &xml[start..end]
    };
    let count_top_level = |inner: &str, tags: &[&str]| {
        tags.iter()
            .map(|tag| {
                inner.matches(&format!("<a:{tag} ")).count()
                    + inner.matches(&format!("<a:{tag}>")).count()
            })
            .sum::<usize>()
    };
    assert_eq!(
        count_top_level(list("fillStyleLst"), &["solidFill", "gradFill"]),
        3
    );
    assert_eq!(count_top_level(list("lnStyleLst"), &["ln"]), 3);
    assert_eq!(count_top_level(list("effectStyleLst"), &["effectStyle"]), 3);
    assert_eq!(
        count_top_level(list("bgFillStyleLst"), &["solidFill", "gradFill"]),
        3
    );
}

#[test]
fn pictures_that_are_not_what_they_say_are_refused() {
    let refused = |slide: DeckSlide| {
        let mut deck = sample_deck();
        deck.slides.insert(1, slide);
        match write_deck(&deck) {
            Err(ExportError::Encode(message)) => message,
            other => panic!("expected an error, got {other:?}"),
        }
    };
    let mut empty = picture("Empty", 4, 4, [0, 0, 0, 255]);
    empty.width_px = 0;
    let message = refused(empty);
    assert!(
        message.contains("slide 3") && message.contains("0 × 4"),
        "{message}"
    );

    let mut zero_height = picture("Flat", 4, 4, [0, 0, 0, 255]);
    zero_height.height_px = 0;
    refused(zero_height);

    let mut wrong_size = picture("Wrong", 4, 4, [0, 0, 0, 255]);
    wrong_size.width_px = 5;
    assert!(refused(wrong_size).contains("4 × 4"));

    let mut not_png = picture("JPEG", 4, 4, [0, 0, 0, 255]);
    not_png.png = b"\xff\xd8\xff\xe0 not a png at all".to_vec();
    assert!(refused(not_png).contains("not a PNG"));

    let mut truncated = picture("Short", 4, 4, [0, 0, 0, 255]);
    truncated.png.truncate(10);
    refused(truncated);
}

#[test]
fn an_empty_deck_is_still_a_valid_presentation() {
    let deck = Deck {
        title: String::new(),
        subtitle_lines: Vec::new(),
        slides: Vec::new(),
        aspect: DeckAspect::Standard4x3,
        design: None,
    };
    let parts = part_map(&write_deck(&deck).expect("writes"));
    for (name, bytes) in &parts {
        parse(name, std::str::from_utf8(bytes).expect("UTF-8"));
    }
    let slide = parse("slide1", text_of(&parts, "ppt/slides/slide1.xml"));
    assert!(elements_named(&slide, "a:t").is_empty());
    // Each placeholder's text body still has its paragraph.
    assert_eq!(elements_named(&slide, "a:p").len(), 2);
}

#[test]
fn text_is_wrapped_at_words_to_estimate_its_height() {
    assert_eq!(wrapped_lines("", 10), 1);
    assert_eq!(wrapped_lines("short", 10), 1);
    assert_eq!(wrapped_lines("two words", 9), 1);
    assert_eq!(wrapped_lines("two words", 8), 2);
    // "Bäckerei Sonnenkorn –" / "Kundenreise" / …: words do not split where characters would.
    assert_eq!(
        wrapped_lines("Bäckerei Sonnenkorn – Kundenreise <Online-Bestellung>", 23),
        3
    );
    // A word longer than a line is broken.
    assert_eq!(wrapped_lines("a 0123456789012345678901234", 10), 4);
    assert_eq!(wrapped_lines("abc", 0), 3);
}

/// The designed title slide: the map's background, the band naming the kind in white on the
/// stage headers' colour, title and subtitle in their placeholders in the map's text colours,
/// and each persona beside a swatch of its own colour, inside the slide.
#[test]
fn the_designed_title_slide_is_in_the_maps_colours() {
    for aspect in [DeckAspect::Wide16x9, DeckAspect::Standard4x3] {
        let deck = Deck {
            aspect,
            ..sample_deck()
        };
        let parts = part_map(&write_deck(&deck).expect("writes"));
        let xml = text_of(&parts, "ppt/slides/slide1.xml");
        let slide = parse("slide1", xml);
        let background = elements_named(&slide, "p:bg");
        assert_eq!(background.len(), 1, "a background of its own");
        assert!(xml.contains("<p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"FAFAF7\"/>"));
        let placeholders: Vec<&str> = elements_named(&slide, "p:ph")
            .iter()
            .map(|p| p.attribute("type").expect("type"))
            .collect();
        assert_eq!(placeholders, ["ctrTitle", "subTitle"], "still editable");
        // The shapes in reading order, each with its text and fill.
        let names: Vec<&str> = elements_named(&slide, "p:cNvPr")
            .iter()
            .map(|p| p.attribute("name").expect("name"))
            .collect();
        assert_eq!(
            names,
            [
                "",
                "Band",
                "Title 1",
                "Rule",
                "Subtitle 2",
                "Persona colour 1",
                "Persona 1",
                "Persona colour 2",
                "Persona 2"
            ]
        );
        let texts: Vec<String> = xml
            .split("<a:t>")
            .skip(1)
            .filter_map(|run| run.split("</a:t>").next())
            .map(str::to_owned)
            .collect();
        assert_eq!(
            texts,
            [
                "Current state",
                "Customer journey",
                "Goal: fewer drop-outs",
                "Persona: Sarah, 34",
                "Sarah, 34 — Project manager",
                "Murat, 52 &amp; &lt;Co&gt;"
            ]
        );
        for colour in ["2E4A6B", "FFFFFF", "1F2328", "555D66", "3A4A5C", "1E64C8"] {
            assert!(
                xml.contains(&format!("<a:srgbClr val=\"{colour}\"/>")),
                "{colour} missing"
            );
        }
        // Every shape lies on the slide, ids unique.
        let (width, height) = aspect.size_emu();
        let offsets = elements_named(&slide, "a:off");
        let extents = elements_named(&slide, "a:ext");
        assert_eq!(offsets.len(), extents.len());
        for (offset, extent) in offsets.iter().zip(&extents).skip(1) {
            let number = |element: &Element, key: &str| -> u64 {
                element
                    .attribute(key)
                    .expect(key)
                    .parse()
                    .expect("a number")
            };
            let right = number(offset, "x") + number(extent, "cx");
            let bottom = number(offset, "y") + number(extent, "cy");
            assert!(
                right <= u64::from(width) && bottom <= u64::from(height),
                "{aspect:?}: a shape ends at {right} × {bottom}"
            );
        }
        let ids: BTreeSet<&str> = elements_named(&slide, "p:cNvPr")
            .iter()
            .map(|p| p.attribute("id").expect("id"))
            .collect();
        assert_eq!(ids.len(), names.len());
    }
}

/// Five personas with long descriptions still fit on a 4:3 title slide, under the subtitle.
#[test]
fn many_personas_fit_on_the_title_slide() {
    let long = "Anna, 38 — Berufstätige Mutter von zwei Kindern (4 und 9), Teilzeit im Büro, \
                wohnt fünf Minuten von der Filiale Hauptstraße";
    for aspect in [DeckAspect::Wide16x9, DeckAspect::Standard4x3] {
        for count in 1..=5 {
            let deck = Deck {
                aspect,
                design: Some(TitleDesign {
                    personas: vec![(long.to_owned(), [1, 2, 3]); count],
                    ..design()
                }),
                ..sample_deck()
            };
            let parts = part_map(&write_deck(&deck).expect("writes"));
            let slide = parse("slide1", text_of(&parts, "ppt/slides/slide1.xml"));
            let (width, height) = aspect.size_emu();
            let number = |element: &Element, key: &str| -> u64 {
                element
                    .attribute(key)
                    .expect(key)
                    .parse()
                    .expect("a number")
            };
            let offsets = elements_named(&slide, "a:off");
            let extents = elements_named(&slide, "a:ext");
            let boxes: Vec<(u64, u64, u64)> = offsets
                .iter()
                .zip(&extents)
                .skip(1)
                .map(|(offset, extent)| {
                    let (x, y) = (number(offset, "x"), number(offset, "y"));
                    (x + number(extent, "cx"), y, y + number(extent, "cy"))
                })
                .collect();
            for (right, _, bottom) in &boxes {
                assert!(
                    *right <= u64::from(width) && *bottom <= u64::from(height),
                    "{aspect:?}, {count} personas: a shape ends at {right} × {bottom}"
                );
            }
            // Band, title, rule, subtitle, then the personas: they start below the subtitle.
            let subtitle_bottom = boxes[3].2;
            assert!(
                boxes[4..].iter().all(|(_, top, _)| *top >= subtitle_bottom),
                "{aspect:?}, {count} personas overlap the subtitle: {boxes:?}"
            );
        }
    }
}
