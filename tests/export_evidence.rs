//! The evidence mark in the exported picture: a traffic-light dot at the top-right corner of a
//! touchpoint whose evidence level is stated, a legend entry for it, and nothing of either where
//! no level is stated. Checked on real pixels of the PNG export.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::{Color32, Pos2, Rect, pos2, vec2};
use journeymap::export::raster::Canvas;
use journeymap::export::{RenderOptions, render_map};
use journeymap::layout::{LegendMark, MapLayout};
use journeymap::model::{
    Card, CardId, Channel, EvidenceLevel, Lane, LaneId, LaneKind, Lang, Map, MapKind, Ownership,
    Stage, StageId, TextRole, Touchpoint,
};
use journeymap::theme;

const SCALE: f32 = 2.0;

/// A small map whose one touchpoint, a review portal (blue edge), has the evidence level `level`.
fn map(level: Option<EvidenceLevel>) -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::En);
    map.title = "Evidence on the slide".into();
    map.stages = vec![
        Stage::new(StageId(1), "Consideration"),
        Stage::new(StageId(2), "Purchase"),
    ];
    map.lanes = vec![
        Lane::new(LaneId(1), "Actions", LaneKind::Text(TextRole::Actions)),
        Lane::new(LaneId(2), "Touchpoints", LaneKind::Touchpoints),
    ];
    let mut portal = Card::new(
        CardId(2),
        LaneId(2),
        StageId(1),
        "Reviews on a portal with a long title that wraps to the right edge",
    );
    let mut touchpoint = Touchpoint::of(Channel::ReviewPortal);
    // Owned, not the portal's usual earned: earned's green edge would blur into the count.
    touchpoint.ownership = Ownership::Owned;
    touchpoint.evidence = level;
    portal.touchpoint = Some(touchpoint);
    map.cards = vec![
        Card::new(CardId(1), LaneId(1), StageId(1), "Reads reviews"),
        portal,
    ];
    map
}

fn render(map: &Map) -> (MapLayout, Canvas) {
    render_map(
        map,
        RenderOptions {
            scale: SCALE,
            transparent: false,
        },
    )
    .unwrap()
}

/// The pixel under a point of the map.
fn pixel_at(canvas: &Canvas, pos_in_map: Pos2) -> Color32 {
    let [r, g, b, a] = canvas.pixel((pos_in_map.x * SCALE) as u32, (pos_in_map.y * SCALE) as u32);
    Color32::from_rgba_premultiplied(r, g, b, a)
}

fn is_close(actual: Color32, expected: Color32) -> bool {
    actual
        .to_array()
        .iter()
        .zip(expected.to_array())
        .all(|(a, b)| a.abs_diff(b) <= 6)
}

/// How many pixels of `color` lie in `area` of the map.
fn count_color(canvas: &Canvas, area: Rect, color: Color32) -> usize {
    let (x0, y0) = ((area.left() * SCALE) as u32, (area.top() * SCALE) as u32);
    let (x1, y1) = (
        (area.right() * SCALE) as u32,
        (area.bottom() * SCALE) as u32,
    );
    let mut count = 0;
    for y in y0..y1.min(canvas.height()) {
        for x in x0..x1.min(canvas.width()) {
            let [r, g, b, a] = canvas.pixel(x, y);
            if is_close(Color32::from_rgba_premultiplied(r, g, b, a), color) {
                count += 1;
            }
        }
    }
    count
}

/// The top-right corner of the touchpoint card: the square the mark sits in, and a little
/// around it.
fn corner(layout: &MapLayout) -> Rect {
    let card = layout.cards[1].rect;
    Rect::from_min_size(card.right_top() + vec2(-20.0, -6.0), vec2(26.0, 26.0))
}

#[test]
fn a_backed_touchpoint_has_the_green_mark_at_its_top_right_corner() {
    let green = theme::evidence_color(EvidenceLevel::Backed);
    let (layout, canvas) = render(&map(Some(EvidenceLevel::Backed)));
    let card = layout.cards[1].rect;
    let center = card.right_top() + vec2(-theme::EVIDENCE_MARK_INSET, theme::EVIDENCE_MARK_INSET);
    assert!(
        is_close(pixel_at(&canvas, center), green),
        "the mark's centre is green: {:?}",
        pixel_at(&canvas, center)
    );
    let dot = count_color(&canvas, corner(&layout), green);
    // A dot of radius 4.75 points is some 280 pixels at 2×.
    assert!(dot > 150, "{dot} green pixels at the corner");
    // Its white ring sets it off the card's edge.
    let ring = center + vec2(0.0, -(theme::EVIDENCE_MARK_RADIUS - 1.5));
    assert!(
        is_close(pixel_at(&canvas, ring), theme::EVIDENCE_RING),
        "white ring: {:?}",
        pixel_at(&canvas, ring)
    );
    // And nowhere else on the card.
    let rest = Rect::from_min_max(card.min, pos2(card.right() - 20.0, card.bottom()));
    assert_eq!(count_color(&canvas, rest, green), 0);
}

#[test]
fn without_an_evidence_level_there_is_no_mark_and_no_legend_for_it() {
    let (layout, canvas) = render(&map(None));
    for level in EvidenceLevel::ALL {
        let color = theme::evidence_color(level);
        assert_eq!(
            count_color(&canvas, corner(&layout), color),
            0,
            "no {level:?} pixels at the corner"
        );
    }
    assert!(layout.cards[1].evidence.is_none());
    assert!(
        layout
            .title
            .legend
            .iter()
            .all(|entry| matches!(entry.mark, LegendMark::Media(_))),
        "the legend explains the media only"
    );
}

#[test]
fn the_legend_shows_each_level_with_its_dot_in_the_maps_language() {
    let mut map = map(Some(EvidenceLevel::PartlyBacked));
    map.lang = Lang::De;
    let (layout, canvas) = render(&map);
    let evidence: Vec<_> = layout
        .title
        .legend
        .iter()
        .filter_map(|entry| match entry.mark {
            LegendMark::Evidence(level) => Some((level, entry)),
            LegendMark::Media(_) => None,
        })
        .collect();
    let levels: Vec<_> = evidence.iter().map(|(level, _)| *level).collect();
    assert_eq!(levels, EvidenceLevel::ALL);
    let names: Vec<_> = evidence
        .iter()
        .map(|(_, entry)| entry.label.text.as_str())
        .collect();
    assert_eq!(
        names,
        ["Annahme", "Teilweise belegt", "Durch Forschung belegt"]
    );
    for (level, entry) in &evidence {
        assert!(
            is_close(
                pixel_at(&canvas, entry.swatch.center()),
                theme::evidence_color(*level)
            ),
            "{level:?} dot in the legend"
        );
        assert!(layout.title.rect.contains_rect(entry.label.rect));
    }
    assert!(
        layout
            .title
            .texts
            .iter()
            .any(|text| text.text == "Belegstufe"),
        "the legend's heading"
    );
}

#[test]
fn the_card_keeps_its_size_and_place_when_the_mark_appears() {
    let measure = || journeymap::layout::FixedWidthMeasure::default();
    let without = MapLayout::compute(&map(None), &mut measure());
    let with = MapLayout::compute(&map(Some(EvidenceLevel::Assumption)), &mut measure());
    let card_in_lane = |layout: &MapLayout| {
        let lane = layout.lanes[1].rect.top();
        layout.cards[1].rect.translate(vec2(0.0, -lane))
    };
    assert_eq!(card_in_lane(&without), card_in_lane(&with));
    assert_eq!(
        without.cards[1].title.size(),
        with.cards[1].title.size(),
        "the title wraps the same"
    );
}
