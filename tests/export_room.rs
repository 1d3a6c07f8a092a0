//! What the room produced, in the exported picture: the dot badge on voted cards (and on no
//! other), and the room's curve with its band in the emotion lane. Checked on real pixels of
//! the PNG export, and in the SVG export's text.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::{Color32, Pos2, Rect, pos2, vec2};
use journeymap::export::raster::Canvas;
use journeymap::export::{RenderOptions, render_map};
use journeymap::layout::{MapLayout, curve::score_y};
use journeymap::model::{
    Card, CardId, Dots, Feeling, Lane, LaneId, LaneKind, Lang, Map, MapKind, ParticipantId, Stage,
    StageId, TextRole,
};
use journeymap::theme::room_marks;

const SCALE: f32 = 2.0;
const EMOTIONS: LaneId = LaneId(2);

/// Two stages, a lane of pain points (cards 1 and 2 in the first stage, card 3 in the second)
/// and an emotion lane with a persona's score at each stage.
fn map() -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::En);
    map.title = "After the workshop".into();
    map.stages = vec![
        Stage::new(StageId(1), "Consideration"),
        Stage::new(StageId(2), "Purchase"),
        Stage::new(StageId(3), "Retention"),
    ];
    map.lanes = vec![
        Lane::new(
            LaneId(1),
            "Pain points",
            LaneKind::Text(TextRole::PainPoints),
        ),
        Lane::new(
            EMOTIONS,
            "Emotions",
            LaneKind::Emotion {
                personas: std::collections::BTreeMap::new(),
                scores: [(StageId(1), 0), (StageId(2), 0), (StageId(3), 0)].into(),
            },
        ),
    ];
    map.cards = vec![
        Card::new(CardId(1), LaneId(1), StageId(1), "Prices are hidden"),
        Card::new(CardId(2), LaneId(1), StageId(1), "Nobody calls back"),
        Card::new(CardId(3), LaneId(1), StageId(2), "Contract talk drags on"),
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

fn is_close(actual: Color32, expected: Color32, tolerance: u8) -> bool {
    actual
        .to_array()
        .iter()
        .zip(expected.to_array())
        .all(|(a, b)| a.abs_diff(b) <= tolerance)
}

fn pixel_at(canvas: &Canvas, pos_in_map: Pos2) -> Color32 {
    let [r, g, b, a] = canvas.pixel((pos_in_map.x * SCALE) as u32, (pos_in_map.y * SCALE) as u32);
    Color32::from_rgba_premultiplied(r, g, b, a)
}

/// How many pixels of `color` lie in `area` of the map.
fn count_color(canvas: &Canvas, area: Rect, color: Color32) -> usize {
    let mut count = 0;
    for y in (area.top() * SCALE) as u32..((area.bottom() * SCALE) as u32).min(canvas.height()) {
        for x in (area.left() * SCALE) as u32..((area.right() * SCALE) as u32).min(canvas.width()) {
            let [r, g, b, a] = canvas.pixel(x, y);
            if is_close(Color32::from_rgba_premultiplied(r, g, b, a), color, 6) {
                count += 1;
            }
        }
    }
    count
}

/// The bottom-right corner of a card and the gutter beside it: where its badge goes.
fn corner(card: Rect) -> Rect {
    Rect::from_min_max(
        card.right_bottom() + vec2(-12.0, -28.0),
        card.right_bottom() + vec2(20.0, 0.0),
    )
}

fn dots(participant: u32, card: u32, count: u8) -> Dots {
    Dots {
        participant: ParticipantId(participant),
        card: CardId(card),
        count,
    }
}

#[test]
fn a_card_with_dots_has_the_badge_and_a_card_without_has_none() {
    let mut map = map();
    map.room.dots = vec![dots(1, 2, 3), dots(2, 2, 2), dots(1, 3, 1)];
    let (layout, canvas) = render(&map);
    let [first, second, third] = [0, 1, 2].map(|i| layout.cards[i].rect);
    let badge = |card| count_color(&canvas, corner(card), room_marks::DOT_FILL);
    // A badge 22 points high is some 1,400 pixels at 2×, less the digits.
    assert!(badge(second) > 600, "{} badge pixels", badge(second));
    assert!(badge(third) > 600, "{} badge pixels", badge(third));
    assert_eq!(badge(first), 0, "no dots, no badge");
    // The digit is drawn in white on the badge, and the text of the card is left alone.
    let whole = |card: Rect| card.expand(12.0);
    assert!(count_color(&canvas, whole(second), room_marks::DOT_TEXT) > 20);
    let text_box = layout.cards[1].title;
    assert_eq!(count_color(&canvas, text_box, room_marks::DOT_FILL), 0);
    assert_eq!(layout.cards[1].dots, 5);

    // Without any dots the picture is the one it always was.
    let (_, plain) = render(&self::map());
    let (_, voted_away) = render(&{
        let mut map = self::map();
        map.room.dots = vec![dots(1, 99, 3)];
        map
    });
    assert_eq!(plain.pixel(0, 0), voted_away.pixel(0, 0));
    assert!(
        (0..plain.height())
            .all(|y| (0..plain.width()).all(|x| plain.pixel(x, y) == voted_away.pixel(x, y))),
        "dots on a card the map does not have change nothing"
    );
}

fn feel(participant: u32, stage: u32, score: i8) -> Feeling {
    Feeling {
        participant: ParticipantId(participant),
        stage: StageId(stage),
        score,
    }
}

#[test]
fn the_rooms_curve_has_its_band_at_the_stages_it_scored_and_a_key_entry() {
    let mut map = map();
    // Stage 1: a split room (−2, +2, 0: mean 0, spread 1.63); stage 2: all +2; stage 3 unscored.
    map.room.feelings = vec![
        feel(1, 1, -2),
        feel(2, 1, 2),
        feel(3, 1, 0),
        feel(1, 2, 2),
        feel(2, 2, 2),
    ];
    let (layout, canvas) = render(&map);
    let body = layout.lanes[1].body;
    let column = |i: usize| layout.stages[i].column.x_range();
    let room = &layout.room_curves[0];
    assert_eq!(room.points.len(), 2);
    // Just right of the first stage, between +1 and +1.5: inside the band, off the persona's
    // marker, the room's ring and both lines. The band's grey over the lane's background.
    let x = column(0).center() + 40.0;
    let in_band = pixel_at(&canvas, pos2(x, score_y(body, 1) - 6.0));
    let lane_background = pixel_at(
        &canvas,
        pos2(column(2).center() - 40.0, score_y(body, 1) - 6.0),
    );
    assert!(
        !is_close(in_band, lane_background, 8) && in_band.r() < lane_background.r(),
        "band {in_band:?} over background {lane_background:?}"
    );
    // The third stage was not scored: no band there.
    let unscored = pixel_at(
        &canvas,
        pos2(column(2).center() - 40.0, score_y(body, -1) + 6.0),
    );
    assert!(is_close(unscored, lane_background, 3), "{unscored:?}");
    // The room's ring at the second stage, at +2 (the whole room agreed), in ink just outside
    // where a persona's marker would be.
    let ring = room.points[1].pos
        + vec2(
            0.0,
            -(14.0 + room_marks::ROOM_RING_GROWTH + room_marks::ROOM_RING_WIDTH / 2.0),
        );
    assert!(
        is_close(pixel_at(&canvas, ring), room_marks::ROOM_INK, 40),
        "{:?}",
        pixel_at(&canvas, ring)
    );
    let key = layout.persona_key(EMOTIONS).expect("a key for the room");
    assert!(key.entries.is_empty(), "one persona: no persona entries");
    let room_key = key.room.as_ref().unwrap();
    assert_eq!(room_key.label.text, "The room (3)");
    assert!(layout.lanes[1].label.contains_rect(room_key.swatch));
}

#[test]
fn without_room_scores_the_emotion_lane_is_as_before() {
    let (layout, _) = render(&map());
    assert!(layout.room_curves.is_empty());
    assert!(layout.persona_keys.is_empty());
}

#[test]
fn a_german_map_names_the_room_in_german_in_its_svg() {
    let mut map = map();
    map.lang = Lang::De;
    map.room.feelings = vec![feel(1, 1, 1), feel(2, 2, -1)];
    map.room.dots = vec![dots(1, 1, 4)];
    let svg = journeymap::export::vector::map_svg(&map, None, None).unwrap();
    let svg = String::from_utf8(svg).unwrap();
    assert!(svg.contains("Der Raum (2)"), "the key in the SVG's text");
    let fill = format!(
        "#{:02x}{:02x}{:02x}",
        room_marks::DOT_FILL.r(),
        room_marks::DOT_FILL.g(),
        room_marks::DOT_FILL.b()
    );
    assert!(
        svg.to_lowercase().contains(&fill),
        "the badge's fill {fill}"
    );
}
