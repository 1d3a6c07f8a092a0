use egui::Rect;

use super::*;
use crate::model::{Card, Connection, Lane, Lang, MapKind, Stage, TextRole};

fn map_with(cards: &[(u32, u32, u32, &str)]) -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::En);
    map.title = "Test".into();
    map.stages = (1..=3)
        .map(|id| Stage::new(StageId(id), format!("Stage {id}")))
        .collect();
    map.lanes = vec![
        Lane::new(LaneId(1), "Actions", LaneKind::Text(TextRole::Actions)),
        Lane::new(
            LaneId(2),
            "Emotions",
            LaneKind::Emotion {
                personas: std::collections::BTreeMap::new(),
                scores: [(StageId(3), -2), (StageId(1), 2), (StageId(2), 0)].into(),
            },
        ),
        Lane::new(LaneId(3), "Backstage", LaneKind::Text(TextRole::Backstage)),
    ];
    map.cards = cards
        .iter()
        .map(|&(id, lane, stage, title)| Card::new(CardId(id), LaneId(lane), StageId(stage), title))
        .collect();
    map
}

fn layout(map: &Map) -> MapLayout {
    MapLayout::compute(map, &mut FixedWidthMeasure::default())
}

#[test]
fn cards_of_a_cell_stack_in_document_order_without_overlap() {
    let map = map_with(&[
        (1, 1, 2, "first"),
        (2, 3, 1, "other"),
        (3, 1, 2, "second"),
        (4, 1, 2, "third"),
    ]);
    let layout = layout(&map);
    let cell: Vec<&CardLayout> = layout
        .cards
        .iter()
        .filter(|c| [1, 3, 4].contains(&c.id.0))
        .collect();
    for pair in cell.windows(2) {
        assert!(
            pair[0].rect.bottom() < pair[1].rect.top(),
            "{:?} overlaps {:?}",
            pair[0].id,
            pair[1].id
        );
    }
    for (geometry, card) in layout.cards.iter().zip(&map.cards) {
        assert_eq!(geometry.id, card.id, "layout keeps document order");
    }
}

#[test]
fn every_card_lies_inside_its_lane_and_stage() {
    let long = "a long card title that wraps over several lines of the card ".repeat(3);
    let map = map_with(&[(1, 1, 1, "short"), (2, 1, 1, &long), (3, 3, 3, &long)]);
    let layout = layout(&map);
    for geometry in &layout.cards {
        let card = &map.cards[geometry.index];
        let lane = layout.lanes.iter().find(|l| l.id == card.lane).unwrap();
        let stage = layout.stages.iter().find(|s| s.id == card.stage).unwrap();
        assert!(
            lane.body.contains_rect(geometry.rect),
            "card {} leaves its lane",
            card.id
        );
        assert!(
            stage.column.contains_rect(geometry.rect),
            "card {} leaves its stage",
            card.id
        );
        assert!(
            geometry.rect.contains_rect(geometry.title),
            "title leaves card {}",
            card.id
        );
    }
    let tall = layout.cards[1].rect.height();
    assert!(
        tall > layout.cards[0].rect.height() * 2.0,
        "long titles make tall cards"
    );
    assert!(layout.lanes[0].rect.height() >= layout.cards[0].rect.height() + tall);
}

#[test]
fn lanes_follow_each_other_and_the_picture_holds_everything() {
    let map = map_with(&[(1, 3, 2, "x")]);
    let layout = layout(&map);
    for pair in layout.lanes.windows(2) {
        assert!((pair[0].rect.bottom() - pair[1].rect.top()).abs() < 1e-3);
    }
    let whole = Rect::from_min_size(Pos2::ZERO, layout.size);
    assert!(whole.contains_rect(layout.title.rect));
    assert!(whole.contains_rect(layout.lanes.last().unwrap().rect));
    assert!(layout.stages[0].header.bottom() <= layout.lanes[0].rect.top() + 1e-3);
    assert!(layout.lanes[1].rect.height() >= crate::theme::EMOTION_LANE_HEIGHT);
}

#[test]
fn emotion_markers_sit_at_stage_centres_higher_for_better_scores() {
    let layout = layout(&map_with(&[]));
    let curve = &layout.curves[0];
    let stages: Vec<StageId> = curve.points.iter().map(|p| p.stage).collect();
    assert_eq!(
        stages,
        [StageId(1), StageId(2), StageId(3)],
        "left to right"
    );
    for point in &curve.points {
        let stage = layout.stages.iter().find(|s| s.id == point.stage).unwrap();
        assert!((point.pos.x - stage.header.center().x).abs() < 1e-3);
    }
    let [best, neutral, worst] = [0, 1, 2].map(|i| curve.points[i].pos.y);
    assert!(best < neutral && neutral < worst);
    assert!((neutral - curve.neutral_y).abs() < 1e-3);
    let lane = &layout.lanes[1].body;
    assert!(
        curve.path.iter().all(|p| lane.contains(*p)),
        "the curve stays in its lane"
    );
}

#[test]
fn arrows_leave_and_enter_on_facing_sides() {
    let mut map = map_with(&[
        (1, 1, 1, "customer"),
        (2, 3, 1, "backstage"),
        (3, 3, 2, "next"),
    ]);
    map.connections = vec![
        Connection {
            from: CardId(1),
            to: CardId(2),
        },
        Connection {
            from: CardId(2),
            to: CardId(3),
        },
        Connection {
            from: CardId(3),
            to: CardId(3),
        },
    ];
    let layout = layout(&map);
    assert_eq!(layout.arrows.len(), 2, "a self-connection draws no arrow");
    let rect = |id: u32| layout.cards.iter().find(|c| c.id.0 == id).unwrap().rect;
    let down = &layout.arrows[0].points;
    assert_eq!(down.first(), Some(&rect(1).center_bottom()));
    assert_eq!(down.last(), Some(&rect(2).center_top()));
    let across = &layout.arrows[1].points;
    assert_eq!(across.first(), Some(&rect(2).right_center()));
    assert_eq!(across.last(), Some(&rect(3).left_center()));
}

#[test]
fn arrows_go_around_cards_in_their_way() {
    // Card 2 sits between 1 and 3 in the same column.
    let mut map = map_with(&[
        (1, 1, 1, "top"),
        (2, 1, 1, "in the way"),
        (3, 3, 1, "bottom"),
    ]);
    map.connections = vec![Connection {
        from: CardId(1),
        to: CardId(3),
    }];
    let layout = layout(&map);
    let rect = |id: u32| layout.cards.iter().find(|c| c.id.0 == id).unwrap().rect;
    let points = &layout.arrows[0].points;
    assert_eq!(points.first(), Some(&rect(1).right_center()));
    assert_eq!(points.last(), Some(&rect(3).right_center()));
    for pair in points.windows(2) {
        let segment = Rect::from_two_pos(pair[0], pair[1]).expand(0.5);
        assert!(
            !segment.intersects(rect(2).shrink(1.0)),
            "the arrow crosses card 2"
        );
    }
}

#[test]
fn card_at_finds_the_card_under_a_point() {
    let map = map_with(&[(7, 1, 2, "here")]);
    let layout = layout(&map);
    let rect = layout.cards[0].rect;
    assert_eq!(layout.card_at(rect.center()).map(|c| c.id), Some(CardId(7)));
    assert_eq!(
        layout.card_at(rect.right_bottom() + egui::vec2(1.0, 1.0)),
        None
    );
}

#[test]
fn a_map_without_stages_or_lanes_still_lays_out() {
    let map = Map::empty(MapKind::FutureState, Lang::De);
    let layout = layout(&map);
    assert!(layout.size.x > 0.0 && layout.size.y > 0.0);
    assert!(layout.cards.is_empty() && layout.stages.is_empty());
}

#[test]
fn a_wider_stage_pushes_the_next_ones_right_and_widens_its_cards() {
    let mut map = map_with(&[(1, 1, 1, "first"), (2, 1, 2, "second")]);
    let standard = layout(&map);
    map.stages[0].width = Some(400.0);
    let wide = layout(&map);
    assert_near(wide.stages[0].column.width(), 400.0, "its width");
    assert_near(
        wide.stages[1].column.left(),
        standard.stages[1].column.left() + 400.0 - crate::theme::STAGE_WIDTH,
        "the next column",
    );
    assert_near(
        wide.cards[0].rect.width(),
        standard.cards[0].rect.width() + 400.0 - crate::theme::STAGE_WIDTH,
        "its card",
    );
    assert_near(
        wide.cards[1].rect.width(),
        standard.cards[1].rect.width(),
        "the next card",
    );
    let curve = &wide.curves[0];
    let first = curve.points.iter().find(|p| p.stage == StageId(1)).unwrap();
    assert_near(
        first.pos.x,
        wide.stages[0].column.center().x,
        "markers stay centred",
    );
}

#[test]
fn a_lane_height_is_a_least_height_that_cards_may_exceed() {
    let long = "a long card title that wraps over several lines of the card ".repeat(6);
    let mut map = map_with(&[(1, 1, 1, &long)]);
    map.lanes[0].height = Some(300.0);
    map.lanes[2].height = Some(300.0);
    map.lanes[1].height = Some(90.0);
    let layout = layout(&map);
    assert!(layout.lanes[0].rect.height() >= layout.cards[0].rect.height());
    assert_near(
        layout.lanes[2].rect.height(),
        300.0,
        "empty lane takes its height",
    );
    assert_near(
        layout.lanes[1].rect.height(),
        90.0,
        "emotion lane is as set",
    );
}

#[test]
fn a_collapsed_lane_is_a_strip_whose_cards_and_arrows_are_hidden() {
    let mut map = map_with(&[(1, 1, 1, "first"), (2, 3, 2, "second")]);
    map.connections = vec![Connection {
        from: CardId(1),
        to: CardId(2),
    }];
    map.lanes[0].collapsed = true;
    map.lanes[1].collapsed = true;
    let layout = layout(&map);
    assert_near(
        layout.lanes[0].rect.height(),
        crate::theme::COLLAPSED_LANE_HEIGHT,
        "the strip",
    );
    assert!(layout.cards[0].hidden && !layout.cards[1].hidden);
    assert_eq!(
        layout.cards.len(),
        2,
        "every card keeps its place in the layout"
    );
    assert!(layout.arrows.is_empty(), "no arrow into a folded lane");
    assert!(
        layout.curves.is_empty(),
        "a folded emotion lane has no curve"
    );
    assert!(layout.card_at(layout.cards[0].rect.min).is_none());
    assert_eq!(layout.folded.len(), 1, "one folded cell hides a card");
    assert_eq!(layout.folded[0].cards, 1);
    assert!(layout.lanes[0].body.contains_rect(layout.folded[0].rect));
}

/// Layout sums many small floats; a hundredth of a point is exact enough.
#[track_caller]
fn assert_near(actual: f32, expected: f32, what: &str) {
    assert!(
        (actual - expected).abs() < 0.01,
        "{what}: {actual} is not {expected}"
    );
}
