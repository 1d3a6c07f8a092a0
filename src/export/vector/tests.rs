//! The vector exports as files: well-formed, findable, deterministic, on the right page, with
//! every letter drawn by its own glyph, and never breaking on odd maps. How they look against
//! the PNG export is `tests/vector_fidelity.rs`.

use std::path::Path;

use egui::{Color32, FontId, pos2};
use quick_xml::events::Event;

use super::text::FontBook;
use super::*;
use crate::model::{Card, CardId, Lane, LaneId, LaneKind, Lang, MapKind, Stage, StageId, TextRole};

fn example(name: &str) -> Map {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples")
        .join(format!("{name}.ron"));
    crate::file::load(&path).expect("the example loads")
}

/// A small map whose card titles are `titles`, one per stage.
fn map_with_titles(titles: &[&str]) -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::De);
    map.title = "Grüße aus Köln".into();
    map.stages = (1..=titles.len() as u32)
        .map(|id| Stage::new(StageId(id), format!("Phase {id}")))
        .collect();
    map.lanes = vec![Lane::new(
        LaneId(1),
        "Aktivitäten",
        LaneKind::Text(TextRole::Actions),
    )];
    map.cards = titles
        .iter()
        .zip(1..)
        .map(|(title, id)| Card::new(CardId(id), LaneId(1), StageId(id), *title))
        .collect();
    map
}

/// The text of every `<text>` and `<title>` element, failing on anything that is not
/// well-formed XML.
fn svg_texts(svg: &[u8]) -> Vec<String> {
    let mut reader = quick_xml::Reader::from_reader(svg);
    let mut texts = Vec::new();
    let mut inside = 0;
    loop {
        match reader.read_event() {
            Ok(Event::Start(element)) => {
                for attribute in element.attributes() {
                    attribute.expect("a well-formed attribute");
                }
                if matches!(element.name().as_ref(), b"text" | b"title") {
                    if inside == 0 {
                        texts.push(String::new());
                    }
                    inside += 1;
                } else if inside > 0 {
                    inside += 1;
                }
            }
            Ok(Event::End(_)) if inside > 0 => inside -= 1,
            Ok(Event::Empty(element)) => {
                for attribute in element.attributes() {
                    attribute.expect("a well-formed attribute");
                }
            }
            Ok(Event::Text(text)) if inside > 0 => {
                let text = text.decode().expect("UTF-8 text");
                texts.last_mut().expect("an open element").push_str(&text);
            }
            Ok(Event::GeneralRef(reference)) if inside > 0 => {
                let name = reference.decode().expect("UTF-8 reference");
                let c = match name.as_ref() {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    other => panic!("unexpected entity {other}"),
                };
                texts.last_mut().expect("an open element").push(c);
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(error) => panic!(
                "not well-formed XML at byte {}: {error}",
                reader.buffer_position()
            ),
        }
    }
    assert_eq!(inside, 0, "every element is closed");
    texts
}

fn normalized(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The numbers of the page's `/MediaBox`.
fn media_box(pdf: &[u8]) -> [f32; 4] {
    let text = String::from_utf8_lossy(pdf);
    let start = text.find("/MediaBox").expect("a media box") + "/MediaBox".len();
    let start = start + text[start..].find('[').expect("the media box's numbers") + 1;
    let end = start + text[start..].find(']').expect("the end of the media box");
    let numbers: Vec<f32> = text[start..end]
        .split_whitespace()
        .map(|number| number.parse().expect("a number"))
        .collect();
    numbers.try_into().expect("four numbers")
}

#[test]
fn the_svg_is_well_formed_and_every_card_title_can_be_found() {
    let map = example("fitness-studio-current-state");
    let svg = map_svg(&map, None, None).expect("an SVG");
    let texts: Vec<String> = svg_texts(&svg)
        .iter()
        .map(|text| normalized(text))
        .collect();
    assert_eq!(texts.first(), Some(&map.title), "the document title");
    for card in &map.cards {
        let title = normalized(&card.title);
        assert!(
            texts.iter().any(|text| text.contains(&title)),
            "card {title:?} is not findable"
        );
    }
}

#[test]
fn the_same_map_gives_the_same_bytes() {
    let map = example("baeckerei-tag-im-leben");
    let svg = map_svg(&map, None, None).expect("an SVG");
    assert_eq!(svg, map_svg(&map, None, None).expect("an SVG"));
    let pdf = map_pdf(&map, None, None, PageSize::A4).expect("a PDF");
    assert_eq!(pdf, map_pdf(&map, None, None, PageSize::A4).expect("a PDF"));
}

#[test]
fn a4_is_landscape_a4_and_fit_is_the_map_size() {
    let map = example("fitness-studio-current-state");
    let a4 = map_pdf(&map, None, None, PageSize::A4).expect("a PDF");
    let [x0, y0, x1, y1] = media_box(&a4);
    assert!(x0.abs() < 1e-6 && y0.abs() < 1e-6, "the page starts at 0 0");
    assert!(
        (x1 - 841.89).abs() < 0.01 && (y1 - 595.28).abs() < 0.01,
        "A4: {x1} × {y1}"
    );

    let fit = map_pdf(&map, None, None, PageSize::Fit).expect("a PDF");
    let [_, _, width, height] = media_box(&fit);
    let svg = String::from_utf8(map_svg(&map, None, None).expect("an SVG")).expect("UTF-8");
    assert!(
        svg.contains(&format!("viewBox=\"0 0 {width} {height}\"")),
        "the PDF page ({width} × {height}) is the SVG's view box"
    );
}

#[test]
fn paper_pages_fit_the_map_inside_a_margin_and_centre_it() {
    let margin = 10.0 * 72.0 / 25.4;
    for page in [PageSize::A4, PageSize::A3, PageSize::A1, PageSize::A0] {
        for map_size in [egui::vec2(3000.0, 1200.0), egui::vec2(400.0, 900.0)] {
            let (paper, scale, offset) = pdf::page_geometry(map_size, page);
            assert!(paper.x > paper.y, "{page} is landscape");
            let drawn = map_size * scale;
            assert!(offset.min_elem() >= margin - 0.01, "{page}: {offset:?}");
            assert!(
                (offset.x - margin).abs() < 0.01 || (offset.y - margin).abs() < 0.01,
                "{page}: the map fills the room one way"
            );
            assert!(((paper - drawn) * 0.5 - offset).length() < 0.01, "centred");
        }
    }
    // A map beyond what readers show on one page is scaled down onto the largest page.
    let (page, scale, _) = pdf::page_geometry(egui::vec2(40_000.0, 10_000.0), PageSize::Fit);
    assert!(page.x <= 14_400.0 && page.x > 14_399.9, "{page:?}");
    assert!((scale - 0.36).abs() < 1e-6);
}

#[test]
fn page_sizes_have_names_both_ways() {
    for size in PageSize::ALL {
        assert_eq!(size.to_string().parse::<PageSize>(), Ok(size));
    }
    assert_eq!("a3".parse::<PageSize>(), Ok(PageSize::A3));
    assert_eq!(" fit ".parse::<PageSize>(), Ok(PageSize::Fit));
    assert!("Letter".parse::<PageSize>().is_err());
}

/// A context with the map's fonts, laid out once so the fonts are loaded.
fn context() -> egui::Context {
    let ctx = egui::Context::default();
    crate::paint::install_fonts(&ctx);
    let mut output = ctx.run_pass(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    ctx
}

fn text_shape(ctx: &egui::Context, text: &str) -> egui::epaint::TextShape {
    let galley = ctx.fonts_mut(|fonts| {
        fonts.layout_no_wrap(text.to_owned(), FontId::proportional(14.0), Color32::BLACK)
    });
    egui::epaint::TextShape::new(pos2(10.0, 20.0), galley, Color32::BLACK)
}

#[test]
fn umlauts_are_drawn_with_their_own_glyphs_and_kept_as_text() {
    let ctx = context();
    let definitions = ctx.fonts(|fonts| fonts.definitions().clone());
    let book = FontBook::new(&definitions);
    let block = book.text_block(&text_shape(&ctx, "Grüße, Bäckerei Öl"));
    let text: String = block.runs.iter().map(|run| run.text.as_str()).collect();
    assert_eq!(text, "Grüße, Bäckerei Öl");
    let glyphs: Vec<u16> = block
        .runs
        .iter()
        .flat_map(|run| run.glyphs.iter().map(|glyph| glyph.id))
        .collect();
    assert!(
        !glyphs.contains(&0),
        "no letter fell back to .notdef: {glyphs:?}"
    );
    let mut distinct = glyphs.clone();
    distinct.sort_unstable();
    distinct.dedup();
    // G r ü ß e , space B ä c k i Ö l: 14 different glyphs.
    assert_eq!(distinct.len(), 14, "every letter has its own glyph");

    let map = map_with_titles(&["Brötchen für Jürgen", "Straße über Äcker"]);
    let texts = svg_texts(&map_svg(&map, None, None).expect("an SVG"));
    for title in ["Brötchen für Jürgen", "Straße über Äcker"] {
        assert!(texts.iter().any(|text| text.contains(title)), "{title}");
    }
}

#[test]
fn a_ligature_is_one_glyph_standing_for_all_its_letters() {
    let ctx = context();
    // Ubuntu-Light ligates "ffi", "ffl", "fi" and "fl" by default: egui's galley then has a
    // glyph for the first letter and zero-width glyphs for the rest.
    let shape = text_shape(&ctx, "office fit fly");
    let continuations = shape.galley.rows[0]
        .glyphs
        .iter()
        .filter(|glyph| glyph.advance_width == 0.0 && glyph.uv_rect.is_nothing())
        .count();
    assert!(continuations >= 3, "egui shapes ligatures: {continuations}");

    let definitions = ctx.fonts(|fonts| fonts.definitions().clone());
    let book = FontBook::new(&definitions);
    let block = book.text_block(&shape);
    let [run] = block.runs.as_slice() else {
        panic!("one run: {:?}", block.runs);
    };
    assert_eq!(run.text, "office fit fly");
    let covered: Vec<&str> = run
        .glyphs
        .iter()
        .map(|glyph| &run.text[glyph.text.clone()])
        .collect();
    assert!(covered.contains(&"ffi"), "{covered:?}");
    assert!(
        covered.contains(&"fi") && covered.contains(&"fl"),
        "{covered:?}"
    );
    assert_eq!(run.glyphs.len(), "office fit fly".len() - continuations);
    // No two glyphs are drawn on top of each other.
    for pair in run.glyphs.windows(2) {
        assert!(pair[1].pos.x > pair[0].pos.x, "{:?}", run.glyphs);
    }
}

#[test]
fn icons_are_shapes_and_words_are_text() {
    let map = example("fitness-studio-current-state");
    let picture = picture::paint_map(&map, None, None).expect("painted");
    let book = FontBook::new(&picture.fonts);
    let mut runs = Vec::new();
    collect_runs(
        &picture.shapes.iter().map(|s| &s.shape).collect::<Vec<_>>(),
        &book,
        &mut runs,
    );
    let icons = runs.iter().filter(|run| !run.is_text).count();
    let words = runs.iter().filter(|run| run.is_text).count();
    assert!(
        icons >= 20 && words >= 100,
        "{icons} icon runs, {words} word runs"
    );
    for run in runs.iter().filter(|run| !run.is_text) {
        assert!(
            run.text
                .chars()
                .all(|c| ('\u{E000}'..='\u{F8FF}').contains(&c)),
            "{:?}",
            run.text
        );
    }
}

fn collect_runs(shapes: &[&egui::Shape], book: &FontBook<'_>, runs: &mut Vec<canvas::GlyphRun>) {
    for shape in shapes {
        match shape {
            egui::Shape::Text(text) => runs.extend(book.text_block(text).runs),
            egui::Shape::Vec(shapes) => {
                collect_runs(&shapes.iter().collect::<Vec<_>>(), book, runs);
            }
            _ => {}
        }
    }
}

#[test]
fn the_photo_is_embedded_in_both_formats() {
    let mut map = example("fitness-studio-current-state");
    map.persona.photo = Some("sarah.jpg".into());
    let photo = image::RgbaImage::from_pixel(40, 30, image::Rgba([200, 60, 30, 255]));
    let svg = String::from_utf8(map_svg(&map, Some(&photo), None).expect("an SVG")).expect("UTF-8");
    assert_eq!(svg.matches("data:image/png;base64,").count(), 1);
    let pdf = map_pdf(&map, Some(&photo), None, PageSize::Fit).expect("a PDF");
    let pdf: String = String::from_utf8_lossy(&pdf)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    assert!(pdf.contains("/Subtype/Image"), "an image XObject");

    // Without the picture the placeholder is drawn, and nothing is embedded.
    let svg = String::from_utf8(map_svg(&map, None, None).expect("an SVG")).expect("UTF-8");
    assert!(!svg.contains("<image"));
}

#[test]
fn odd_maps_export_without_breaking() {
    let mut strange = map_with_titles(&[
        "👩‍👩‍👧 Familie 🇩🇪 kauft 🍞",
        "שלום עולם مرحبا بالعالم",
        "tab\there\u{0}nul \u{200B}zero-width \r\n newline\u{FFFF}",
        "<script>&amp;\"'</script>",
        "e\u{301}\u{302}\u{303} combining ✓ ∑ 中文 한국어",
    ]);
    strange.title = "\u{1}\u{7}<Title> & \"quotes\"".into();
    strange.persona.name = "Zoë".into();
    strange.persona.photo = Some("missing.png".into());
    strange.cards[0].notes = "x".repeat(5_000);
    let mut heavy = map_with_titles(&["A"; 40]);
    heavy.title = "W".repeat(2_000);
    let maps = [
        Map::empty(MapKind::CurrentState, Lang::En),
        Map::empty(MapKind::ServiceBlueprint, Lang::De),
        strange,
        heavy,
        crate::model::sample::synthetic_map(200),
    ];
    for map in &maps {
        let svg = map_svg(map, None, None).expect("an SVG");
        svg_texts(&svg);
        for page in PageSize::ALL {
            let pdf = map_pdf(map, None, None, page).expect("a PDF");
            assert!(pdf.starts_with(b"%PDF-") && pdf.trim_ascii_end().ends_with(b"%%EOF"));
        }
    }
}

/// What the shape walk asks of a canvas, in words.
#[derive(Default)]
struct Recorder {
    steps: Vec<String>,
}

fn bounds(path: &canvas::Path) -> egui::Rect {
    let mut bounds = egui::Rect::NOTHING;
    for segment in &path.segments {
        if let canvas::Segment::MoveTo(p) | canvas::Segment::LineTo(p) = segment {
            bounds.extend_with(*p);
        }
        if let canvas::Segment::CubicTo(_, _, p) = segment {
            bounds.extend_with(*p);
        }
    }
    bounds
}

impl canvas::Canvas for Recorder {
    fn clip(&mut self, rect: Option<egui::Rect>) {
        self.steps.push(format!("clip {rect:?}"));
    }

    fn fill(&mut self, path: &canvas::Path, color: Color32) {
        let b = bounds(path);
        self.steps.push(format!(
            "fill {:?} {} {} {} {}",
            color.to_array(),
            b.min.x,
            b.min.y,
            b.max.x,
            b.max.y
        ));
    }

    fn stroke(&mut self, path: &canvas::Path, line: canvas::Line) {
        let b = bounds(path);
        self.steps.push(format!(
            "stroke {} {} {} {} {}",
            line.width, b.min.x, b.min.y, b.max.x, b.max.y
        ));
    }

    fn image(&mut self, image: &canvas::ImageDraw) {
        self.steps.push(format!("image {}", image.image));
    }

    fn text(&mut self, text: &canvas::TextBlock) {
        let words: String = text.runs.iter().map(|run| run.text.as_str()).collect();
        self.steps.push(format!("text {words}"));
    }
}

fn walk(shapes: &[egui::epaint::ClippedShape], ctx: &egui::Context) -> Vec<String> {
    let definitions = ctx.fonts(|fonts| fonts.definitions().clone());
    let book = FontBook::new(&definitions);
    let mut recorder = Recorder::default();
    shapes::draw(shapes, egui::vec2(100.0, 100.0), &[], &book, &mut recorder);
    recorder.steps
}

#[test]
fn the_walk_places_strokes_shadows_and_decorations_as_egui_does() {
    use egui::epaint::{ClippedShape, CornerRadius, RectShape, Shadow, Vertex};
    use egui::{Rect, Shape, Stroke, StrokeKind};
    let ctx = context();
    let everything = Rect::from_min_max(pos2(0.0, 0.0), pos2(100.0, 100.0));
    let card = Rect::from_min_max(pos2(10.0, 10.0), pos2(30.0, 20.0));
    let grey = Color32::from_gray(200);
    let mut job = egui::text::LayoutJob::default();
    job.append(
        "Hi",
        0.0,
        egui::TextFormat {
            background: Color32::YELLOW,
            ..egui::TextFormat::simple(FontId::proportional(12.0), Color32::BLACK)
        },
    );
    let galley = ctx.fonts_mut(|fonts| fonts.layout_job(job));
    let mesh = egui::Mesh {
        vertices: [(50.0, 50.0), (60.0, 50.0), (60.0, 60.0), (50.0, 60.0)]
            .map(|(x, y)| Vertex {
                pos: pos2(x, y),
                uv: egui::epaint::WHITE_UV,
                color: Color32::RED,
            })
            .to_vec(),
        indices: vec![0, 1, 2, 0, 2, 3],
        ..egui::Mesh::default()
    };
    let shapes = vec![
        ClippedShape::new(
            everything,
            RectShape::new(
                card,
                0,
                grey,
                Stroke::new(2.0, Color32::BLACK),
                StrokeKind::Inside,
            ),
        ),
        ClippedShape::new(
            everything,
            Shadow {
                offset: [0, 0],
                blur: 4,
                spread: 0,
                color: Color32::from_black_alpha(40),
            }
            .as_shape(card, CornerRadius::ZERO),
        ),
        ClippedShape::new(
            everything,
            Shape::circle_stroke(pos2(70.0, 70.0), 5.0, Stroke::new(2.0, Color32::BLUE)),
        ),
        // Wholly outside its clip: not drawn.
        ClippedShape::new(card, Shape::circle_filled(pos2(80.0, 80.0), 3.0, grey)),
        ClippedShape::new(
            card,
            Shape::galley(pos2(10.0, 10.0), galley, Color32::BLACK),
        ),
        ClippedShape::new(everything, Shape::mesh(mesh)),
    ];
    let steps = walk(&shapes, &ctx);
    let fills = |prefix: &str| steps.iter().filter(|s| s.starts_with(prefix)).count();
    assert_eq!(steps[0], "clip None");
    assert_eq!(steps[1], "fill [200, 200, 200, 255] 10 10 30 20");
    assert_eq!(
        steps[2], "stroke 2 11 11 29 19",
        "an inside stroke, half its width in"
    );
    // The blurred shadow: four nested layers spanning the blur across the edge.
    assert_eq!(fills("fill [0, 0, 0,"), 4, "{steps:?}");
    assert!(
        steps.contains(&"fill [0, 0, 0, 11] 8.5 8.5 31.5 21.5".to_owned()),
        "{steps:?}"
    );
    assert!(
        steps.contains(&"stroke 2 64 64 76 76".to_owned()),
        "a circle's stroke is outside"
    );
    assert!(!steps.iter().any(|s| s.contains(" 77 77 83 83")), "culled");
    let text = steps.iter().position(|s| s == "text Hi").expect("the text");
    assert!(
        steps[text - 1].starts_with("fill [255, 255, 0, 255]"),
        "its background, under it: {steps:?}"
    );
    assert_eq!(
        steps.last().map(String::as_str),
        Some("fill [255, 0, 0, 255] 50 50 60 60")
    );
}
