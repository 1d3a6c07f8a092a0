//! The PNG export, checked on real pixels: colours at laid-out positions, sizes, transparency,
//! determinism and text that stays inside its card.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::{Color32, Pos2, pos2};
use journeymap::export::png::PngExporter;
use journeymap::export::raster::Canvas;
use journeymap::export::{ExportError, Exporter, RenderOptions, render_map};
use journeymap::layout::MapLayout;
use journeymap::model::{
    Card, CardId, Channel, Connection, DividerLine, Lane, LaneId, LaneKind, Lang, Map, MapKind,
    Stage, StageId, TextRole, Touchpoint,
};
use journeymap::theme;

fn lane(id: u32, title: &str, kind: LaneKind) -> Lane {
    Lane::new(LaneId(id), title, kind)
}

fn card(id: u32, lane: u32, stage: u32, title: &str) -> Card {
    Card::new(CardId(id), LaneId(lane), StageId(stage), title)
}

/// A small blueprint with every kind of lane.
fn sample_map() -> Map {
    let mut map = Map::empty(MapKind::ServiceBlueprint, Lang::De);
    map.title = "Bäckerei Sonnenkorn – Grüße".into();
    map.goal = "Weniger Abbrüche im Bestellprozess".into();
    map.persona.name = "Jana".into();
    map.persona.quote = "Ich will nur schnell bestellen.".into();
    map.stages = ["Aufmerksamkeit", "Kauf", "Bindung"]
        .iter()
        .zip(1..)
        .map(|(title, id)| Stage::new(StageId(id), *title))
        .collect();
    map.lanes = vec![
        lane(1, "Kundenaktionen", LaneKind::Text(TextRole::Actions)),
        lane(2, "Touchpoints", LaneKind::Touchpoints),
        lane(
            3,
            "Interaktionslinie",
            LaneKind::Divider(DividerLine::Interaction),
        ),
        lane(
            4,
            "Emotionen",
            LaneKind::Emotion {
                personas: std::collections::BTreeMap::new(),
                scores: [(StageId(1), 1), (StageId(2), -2), (StageId(3), 2)].into(),
            },
        ),
        lane(5, "Backstage", LaneKind::Text(TextRole::Backstage)),
    ];
    map.cards = vec![
        card(1, 1, 1, "Sieht Plakat an der Haltestelle"),
        card(2, 1, 2, "Bestellt Brötchen online"),
        card(3, 5, 2, "Backstube plant Menge"),
    ];
    let mut website = card(4, 2, 2, "Online-Shop");
    website.touchpoint = Some(Touchpoint::of(Channel::ShopCheckout));
    map.cards.push(website);
    map.connections = vec![Connection {
        from: CardId(2),
        to: CardId(3),
    }];
    map
}

fn render(map: &Map, scale: f32, transparent: bool) -> (MapLayout, Canvas) {
    render_map(map, RenderOptions { scale, transparent }).unwrap()
}

/// The pixel under a point of the map, as straight RGBA.
fn pixel_at(canvas: &Canvas, pos_in_map: Pos2, scale: f32) -> Color32 {
    let [r, g, b, a] = canvas.pixel((pos_in_map.x * scale) as u32, (pos_in_map.y * scale) as u32);
    Color32::from_rgba_premultiplied(r, g, b, a)
}

fn assert_close(actual: Color32, expected: Color32, what: &str) {
    let diff = actual
        .to_array()
        .iter()
        .zip(expected.to_array())
        .map(|(a, b)| a.abs_diff(b))
        .max()
        .unwrap_or(0);
    assert!(diff <= 3, "{what}: expected {expected:?}, found {actual:?}");
}

#[test]
fn image_size_is_layout_size_times_scale() {
    let map = sample_map();
    for scale in [1.0, 2.0, 3.0] {
        let (layout, canvas) = render(&map, scale, false);
        assert_eq!(
            canvas.width(),
            (layout.size.x * scale) as u32,
            "width at {scale}×"
        );
        assert_eq!(
            canvas.height(),
            (layout.size.y * scale) as u32,
            "height at {scale}×"
        );
    }
}

#[test]
fn stage_headers_and_cards_are_painted_where_layout_put_them() {
    let map = sample_map();
    let scale = 2.0;
    let (layout, canvas) = render(&map, scale, false);
    for stage in &layout.stages {
        // Left of the centred title, inside the header's fill.
        let inside = pos2(stage.header.left() + 8.0, stage.header.center().y);
        assert_close(
            pixel_at(&canvas, inside, scale),
            theme::STAGE_HEADER,
            "stage header",
        );
    }
    for geometry in &layout.cards {
        let card = &map.cards[geometry.index];
        // The bottom-right inside corner of a card holds no text.
        let inside = geometry.rect.right_bottom() - egui::vec2(8.0, 4.0);
        let expected = match map.lane(card.lane).map(|lane| &lane.kind) {
            Some(LaneKind::Text(role)) => theme::text_card_fill(*role),
            _ => theme::TOUCHPOINT_FILL,
        };
        assert_close(pixel_at(&canvas, inside, scale), expected, &card.title);
    }
    let corner = pos2(2.0, 2.0);
    assert_close(
        pixel_at(&canvas, corner, scale),
        theme::BACKGROUND,
        "background",
    );
}

#[test]
fn the_emotion_curve_runs_through_its_markers() {
    let map = sample_map();
    let scale = 2.0;
    let (layout, canvas) = render(&map, scale, false);
    let curve = &layout.curves[0];
    assert_eq!(curve.points.len(), 3);
    // Halfway between the first two markers the line is drawn in the curve colour.
    let middle = curve.path[curve.path.len() / 4];
    assert_close(
        pixel_at(&canvas, middle, scale),
        theme::EMOTION_LINE,
        "emotion line",
    );
    // Far below the curve's lowest point the lane is empty.
    let lane = layout.lanes[3].body;
    let empty = pos2(middle.x, lane.bottom() - 3.0);
    assert_ne!(pixel_at(&canvas, empty, scale), theme::EMOTION_LINE);
}

#[test]
fn transparent_export_leaves_the_margins_clear() {
    let map = sample_map();
    let (layout, canvas) = render(&map, 1.0, true);
    assert_eq!(canvas.pixel(0, 0)[3], 0, "top-left corner");
    assert_eq!(
        canvas.pixel(canvas.width() - 1, canvas.height() - 1)[3],
        0,
        "bottom-right corner"
    );
    // The map itself stays opaque.
    let header = layout.stages[0].header;
    let inside = pos2(header.left() + 8.0, header.center().y);
    assert_eq!(pixel_at(&canvas, inside, 1.0).a(), 255);
    let (_, opaque) = render(&map, 1.0, false);
    assert_eq!(opaque.pixel(0, 0)[3], 255);
}

#[test]
fn long_text_never_spills_out_of_its_card() {
    let mut map = sample_map();
    map.cards[0].title = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen ".repeat(6);
    map.cards[0].notes = "Sehr lange Notiz über Öffnungszeiten und Größen. ".repeat(10);
    let scale = 2.0;
    let (layout, canvas) = render(&map, scale, false);
    let geometry = &layout.cards[0];
    let lane = &layout.lanes[0];
    assert!(
        geometry.rect.height() > 150.0,
        "the card grew with its text"
    );
    // Just outside the card's right and bottom edges only the lane background shows.
    let band = theme::LANE_BANDS[0];
    for t in 1..20 {
        let y = geometry.rect.top() + geometry.rect.height() * t as f32 / 20.0;
        let right = pos2(geometry.rect.right() + 3.0, y);
        assert_close(pixel_at(&canvas, right, scale), band, "right of the card");
    }
    let below = pos2(geometry.rect.center().x, geometry.rect.bottom() + 4.0);
    assert!(below.y < lane.rect.bottom());
    assert_close(pixel_at(&canvas, below, scale), band, "below the card");
}

#[test]
fn german_letters_render_as_their_own_glyphs() {
    let mut with_umlauts = sample_map();
    with_umlauts.title = "Grüße".into();
    let mut without = sample_map();
    without.title = "Gruße".into();
    let (layout, a) = render(&with_umlauts, 2.0, false);
    let (_, b) = render(&without, 2.0, false);
    let title = layout
        .title
        .texts
        .iter()
        .find(|text| text.text == "Grüße")
        .unwrap()
        .rect;
    let differing = (0..a.height())
        .flat_map(|y| (0..a.width()).map(move |x| (x, y)))
        .filter(|&(x, y)| a.pixel(x, y) != b.pixel(x, y))
        .collect::<Vec<_>>();
    assert!(!differing.is_empty(), "ü looks like u");
    for (x, y) in differing {
        let pos = pos2(x as f32 / 2.0, y as f32 / 2.0);
        assert!(
            title.expand(2.0).contains(pos),
            "only the title differs, not {pos:?}"
        );
    }
    // And no glyph fell back to the replacement box.
    let ctx = egui::Context::default();
    ctx.run_ui(egui::RawInput::default(), |_| {})
        .drop_without_applying_deltas();
    let font = journeymap::paint::font_id(journeymap::layout::TextStyle::Body);
    assert!(ctx.fonts_mut(|fonts| fonts.has_glyphs(&font, "äöüÄÖÜß€–„“")));
}

#[test]
fn export_is_deterministic() {
    let map = sample_map();
    let exporter = PngExporter {
        options: RenderOptions {
            scale: 1.0,
            transparent: false,
        },
        photo: None,
        heat: None,
    };
    let first = exporter.export(&map).unwrap();
    let second = exporter.export(&map).unwrap();
    assert!(first == second, "two exports of one map differ");
    let decoded = image::load_from_memory(&first).unwrap();
    assert_eq!(decoded.width(), render(&map, 1.0, false).1.width());
}

#[test]
fn scales_outside_the_offered_range_are_refused() {
    for scale in [0.5, 4.5, f32::NAN] {
        let result = render_map(
            &sample_map(),
            RenderOptions {
                scale,
                transparent: false,
            },
        );
        assert!(matches!(result, Err(ExportError::BadScale(_))), "{scale}");
    }
}

/// With the heat colouring on, a rated touchpoint card is filled with the heat colour of its
/// place between the lowest and highest rating, and a card without a value stays white.
#[test]
fn heat_colouring_fills_touchpoint_cards_by_their_value() {
    use journeymap::analysis::{HeatMeasure, heat};
    use journeymap::model::RatingKind;
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples/fitness-studio-current-state.ron");
    let map = journeymap::file::load(&path).unwrap();
    let heat = heat(&map, &HeatMeasure::Rating(RatingKind::Performance));
    let options = RenderOptions {
        scale: 1.0,
        transparent: false,
    };
    let (layout, canvas) =
        journeymap::export::render_map_with_heat(&map, options, None, Some(&heat)).unwrap();
    let mut rated = 0;
    let mut unrated = 0;
    for (card, touchpoint) in map.touchpoints() {
        let geometry = layout.cards.iter().find(|g| g.id == card.id).unwrap();
        // Below the title and facets, right of the stripe: plain fill.
        let spot = geometry.rect.right_bottom() + egui::vec2(-24.0, -4.0);
        let found = pixel_at(&canvas, spot, 1.0);
        if let Some(fraction) = heat.fraction(card.id) {
            assert_close(found, theme::heat_color(fraction), &card.title);
            rated += 1;
        } else {
            assert!(touchpoint.performance.is_none());
            assert_close(found, theme::TOUCHPOINT_FILL, &card.title);
            unrated += 1;
        }
    }
    assert!(rated > 10 && unrated > 0, "{rated} rated, {unrated} not");
}

/// A second persona gets a curve in its own colour, the lane's key names it beside a sample of
/// that colour, and the persona box shows a square of it.
#[test]
fn every_persona_has_a_curve_and_a_key_in_its_own_colour() {
    use journeymap::model::{Persona, PersonaId};
    let mut map = sample_map();
    map.other_personas = vec![Persona {
        name: "Ömer".into(),
        ..Persona::with_id(PersonaId(1))
    }];
    if let LaneKind::Emotion { personas, .. } = &mut map.lanes[3].kind {
        personas.insert(PersonaId(1), [(StageId(1), -2), (StageId(3), -1)].into());
    }
    let scale = 2.0;
    let (layout, canvas) = render(&map, scale, false);
    let ours: Vec<_> = layout.curves.iter().map(|curve| curve.persona).collect();
    assert_eq!(
        ours,
        [PersonaId(1), PersonaId::FIRST],
        "the first is drawn last"
    );
    let second = theme::persona_color(1);
    let curve = &layout.curves[0];
    let middle = curve.path[curve.path.len() / 2];
    assert_close(pixel_at(&canvas, middle, scale), second, "Ömer's curve");
    let first = &layout.curves[1];
    let middle = first.path[first.path.len() / 4];
    assert_close(
        pixel_at(&canvas, middle, scale),
        theme::persona_color(0),
        "the first persona's curve",
    );

    let key = layout
        .persona_key(LaneId(4))
        .expect("a key in the emotion lane");
    let names: Vec<&str> = key.entries.iter().map(|e| e.label.text.as_str()).collect();
    assert_eq!(names, ["Jana", "Ömer"]);
    let label = layout.lanes[3].label;
    assert!(
        key.entries
            .iter()
            .all(|entry| label.contains_rect(entry.rect))
    );
    let sample = key.entries[1].swatch;
    assert_close(
        pixel_at(&canvas, pos2(sample.left() + 2.0, sample.center().y), scale),
        second,
        "the key's line sample",
    );
    let square = layout.title.persona_swatches[1].rect;
    assert_close(
        pixel_at(&canvas, square.center(), scale),
        second,
        "the persona box's square",
    );
}

/// A map of one persona looks as it always did: no key, no squares, the plain curve.
#[test]
fn a_map_of_one_persona_has_no_key() {
    let (layout, _) = render(&sample_map(), 1.0, false);
    assert!(layout.persona_keys.is_empty());
    assert!(layout.title.persona_swatches.is_empty());
    assert_eq!(layout.curves[0].colour, None);
}

/// The sample map with its first two stages in a phase "Before the visit"; the third in none.
fn map_with_a_phase() -> Map {
    use journeymap::model::{Phase, PhaseId};
    let mut map = sample_map();
    map.phases = vec![Phase::new(PhaseId(1), "Before the visit")];
    for stage in map.stages.iter_mut().take(2) {
        stage.in_phase = Some(PhaseId(1));
    }
    map
}

#[test]
fn the_phase_band_is_painted_over_its_stages_and_not_over_a_stage_in_no_phase() {
    use journeymap::model::PhaseColour;
    let map = map_with_a_phase();
    assert!(map.stages.len() >= 3, "a stage in no phase");
    let scale = 2.0;
    let (layout, canvas) = render(&map, scale, false);
    let tint = theme::phase_tint(PhaseColour::Sand);
    let first = layout.stages[0].header;
    // Above the first stage's header, left of the centred title: the phase's tint.
    let over_first = pos2(
        first.left() + 8.0,
        first.top() - theme::PHASE_BAND_GAP - 12.0,
    );
    assert_close(
        pixel_at(&canvas, over_first, scale),
        tint,
        "band over the first stage",
    );
    let third = layout.stages[2].header;
    let over_third = pos2(third.center().x, over_first.y);
    assert_close(
        pixel_at(&canvas, over_third, scale),
        theme::BACKGROUND,
        "no band over a stage in no phase",
    );
    // The title is drawn in dark text somewhere across the band's middle.
    let band = layout.phases[0].rect;
    let dark = (0..(band.width() * scale) as u32)
        .map(|x| {
            canvas.pixel(
                (band.left() * scale) as u32 + x,
                (band.center().y * scale) as u32,
            )
        })
        .filter(|[r, g, b, _]| u32::from(*r) + u32::from(*g) + u32::from(*b) < 200)
        .count();
    assert!(
        dark > 10,
        "the phase's title is written on the band ({dark} dark pixels)"
    );

    // Without phases the headers sit where they always did: the band takes no room.
    let (plain, _) = render(&sample_map(), scale, false);
    assert!(plain.phases.is_empty());
    let room = first.top() - plain.stages[0].header.top();
    assert!((room - (theme::PHASE_BAND_HEIGHT + theme::PHASE_BAND_GAP)).abs() < 0.01);
}

#[test]
fn the_svg_export_writes_the_phase_title_as_text() {
    let svg = journeymap::export::vector::map_svg(&map_with_a_phase(), None, None).unwrap();
    let svg = String::from_utf8(svg).unwrap();
    assert!(
        svg.contains(">Before the visit</tspan>"),
        "phase title in the SVG"
    );
    let plain = journeymap::export::vector::map_svg(&sample_map(), None, None).unwrap();
    assert!(
        !String::from_utf8(plain)
            .unwrap()
            .contains("Before the visit")
    );
}
