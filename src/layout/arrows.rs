//! Blueprint arrows between cards.

use std::collections::BTreeMap;

use egui::{Pos2, Rect, vec2};

use super::{ArrowLayout, CardLayout};
use crate::model::{CardId, Map};

/// One arrow per connection whose two cards are laid out; each leaves and enters its cards on
/// the sides that face each other, so arrows stay attached wherever the cards move.
pub(super) fn layout_arrows(map: &Map, cards: &[CardLayout]) -> Vec<ArrowLayout> {
    let rects: BTreeMap<CardId, Rect> = cards.iter().map(|card| (card.id, card.rect)).collect();
    map.connections
        .iter()
        .filter_map(|connection| {
            let from = *rects.get(&connection.from)?;
            let to = *rects.get(&connection.to)?;
            (connection.from != connection.to).then(|| ArrowLayout {
                from: connection.from,
                to: connection.to,
                bezier: bezier_between(from, to),
            })
        })
        .collect()
}

/// A cubic Bézier from the side of `from` facing `to` to the side of `to` facing `from`.
pub fn bezier_between(from: Rect, to: Rect) -> [Pos2; 4] {
    let vertical = to.min.y >= from.max.y || from.min.y >= to.max.y;
    if vertical {
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
