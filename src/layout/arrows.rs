//! Blueprint arrows between cards.

use std::collections::BTreeMap;

use egui::{Pos2, Rect, pos2, vec2};

use super::{ArrowLayout, CardLayout};
use crate::model::{CardId, Map};
use crate::theme;

/// Line segments a curved arrow is sampled into.
const CURVE_SAMPLES: usize = 24;

/// One arrow per connection whose two cards are laid out; each leaves and enters its cards on
/// the sides that face each other, so arrows stay attached wherever the cards move. An arrow
/// whose straight way would run over other cards takes the gutter beside the column instead.
pub(super) fn layout_arrows(
    map: &Map,
    cards: &[CardLayout],
    columns: &[egui::Rangef],
) -> Vec<ArrowLayout> {
    // Cards of collapsed lanes are out of sight, and so are their arrows.
    let rects: BTreeMap<CardId, Rect> = cards
        .iter()
        .filter(|card| !card.hidden)
        .map(|card| (card.id, card.rect))
        .collect();
    // The shown cards of each stage column: an arrow is checked against the cards of the
    // columns it crosses, not against every card of the map.
    let mut by_column: Vec<Vec<&CardLayout>> = vec![Vec::new(); columns.len()];
    for card in cards.iter().filter(|card| !card.hidden) {
        let x = card.rect.center().x;
        if let Some(column) = columns.iter().position(|column| column.contains(x))
            && let Some(list) = by_column.get_mut(column)
        {
            list.push(card);
        }
    }
    map.connections
        .iter()
        .filter_map(|connection| {
            let from = *rects.get(&connection.from)?;
            let to = *rects.get(&connection.to)?;
            if connection.from == connection.to {
                return None;
            }
            let blocked = |path: &[Pos2]| {
                let bounds = Rect::from_points(path).expand2(vec2(1.0, -1.0));
                columns
                    .iter()
                    .zip(&by_column)
                    .filter(|(column, _)| column.intersects(bounds.x_range()))
                    .flat_map(|(_, cards)| cards)
                    .any(|card| {
                        card.id != connection.from
                            && card.id != connection.to
                            && card.rect.intersects(bounds)
                    })
            };
            let direct = direct_path(from, to);
            let points = if is_vertical(from, to) && blocked(&[direct[0], direct[3]]) {
                gutter_path(from, to)
            } else {
                sample_bezier(direct)
            };
            Some(ArrowLayout {
                from: connection.from,
                to: connection.to,
                points,
            })
        })
        .collect()
}

/// Whether one card lies wholly above the other.
fn is_vertical(from: Rect, to: Rect) -> bool {
    to.min.y >= from.max.y || from.min.y >= to.max.y
}

/// Cubic Bézier control points from the side of `from` facing `to` to the side of `to` facing
/// `from`.
pub fn direct_path(from: Rect, to: Rect) -> [Pos2; 4] {
    if is_vertical(from, to) {
        let down = to.min.y >= from.max.y;
        let (start, end) = if down {
            (from.center_bottom(), to.center_top())
        } else {
            (from.center_top(), to.center_bottom())
        };
        let pull = ((end.y - start.y).abs() / 2.0).max(12.0) * if down { 1.0 } else { -1.0 };
        [start, start + vec2(0.0, pull), end - vec2(0.0, pull), end]
    } else {
        let right = to.center().x >= from.center().x;
        let (start, end) = if right {
            (from.right_center(), to.left_center())
        } else {
            (from.left_center(), to.right_center())
        };
        let pull = ((end.x - start.x).abs() / 2.0).max(12.0) * if right { 1.0 } else { -1.0 };
        [start, start + vec2(pull, 0.0), end - vec2(pull, 0.0), end]
    }
}

/// Out of the right side of `from`, along the gutter at the column's edge, into the right side
/// of `to`: cards of one column stack with no room between them for a straight arrow.
fn gutter_path(from: Rect, to: Rect) -> Vec<Pos2> {
    let gutter_x = from.right().max(to.right()) + theme::CELL_PADDING;
    let start = from.right_center();
    let end = to.right_center();
    vec![start, pos2(gutter_x, start.y), pos2(gutter_x, end.y), end]
}

fn sample_bezier([p0, p1, p2, p3]: [Pos2; 4]) -> Vec<Pos2> {
    (0..=CURVE_SAMPLES)
        .map(|step| {
            let t = step as f32 / CURVE_SAMPLES as f32;
            let u = 1.0 - t;
            let point = p0.to_vec2() * (u * u * u)
                + p1.to_vec2() * (3.0 * u * u * t)
                + p2.to_vec2() * (3.0 * u * t * t)
                + p3.to_vec2() * (t * t * t);
            point.to_pos2()
        })
        .collect()
}
