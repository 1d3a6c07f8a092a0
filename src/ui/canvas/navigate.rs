//! The map by keyboard: the arrow keys walk from card to card, Alt+arrows move the selected
//! cards to the neighbouring stage or up and down in their cell.

use crate::edit::{Edit, Slot};
use crate::layout::MapLayout;
use crate::model::{CardId, Map};
use crate::ui::commands::Direction;

/// The card next to `from` in `direction`, as the eye sees it: the nearest shown card whose
/// middle lies that way, preferring ones in line with it. Without `from`, the first card.
pub fn neighbour(layout: &MapLayout, from: Option<CardId>, direction: Direction) -> Option<CardId> {
    let shown = layout.cards.iter().filter(|card| !card.hidden);
    let Some(from) = from.and_then(|id| layout.cards.iter().find(|card| card.id == id)) else {
        return shown
            .min_by(|a, b| {
                (a.rect.top(), a.rect.left())
                    .partial_cmp(&(b.rect.top(), b.rect.left()))
                    .unwrap_or(std::cmp::Ordering::Equal)
            })
            .map(|card| card.id);
    };
    let origin = from.rect.center();
    shown
        .filter(|card| card.id != from.id)
        .filter_map(|card| {
            let offset = card.rect.center() - origin;
            let (along, across) = match direction {
                Direction::Left => (-offset.x, offset.y),
                Direction::Right => (offset.x, offset.y),
                Direction::Up => (-offset.y, offset.x),
                Direction::Down => (offset.y, offset.x),
            };
            // Straying sideways costs more than going far: → stays in its lane.
            (along > 1.0).then_some((along + 3.0 * across.abs(), card.id))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id)
}

/// The edit that moves the selected cards one step in `direction`: to the end of the same
/// lane's cell in the neighbouring stage, or one place up or down in their cell (in cell
/// order, the selection as a block). `None` where they cannot go further.
pub fn move_edit(map: &Map, selection: &[CardId], direction: Direction) -> Option<Edit> {
    let moving: Vec<CardId> = map
        .cards
        .iter()
        .filter(|card| selection.contains(&card.id))
        .map(|card| card.id)
        .collect();
    let first = map.card(*moving.first()?)?;
    let (lane, stage) = (first.lane, first.stage);
    match direction {
        Direction::Left | Direction::Right => {
            let index = map.stages.iter().position(|s| s.id == stage)?;
            let next = match direction {
                Direction::Left => index.checked_sub(1)?,
                _ => index + 1,
            };
            let stage = map.stages.get(next)?.id;
            Some(Edit::MoveCards {
                ids: moving,
                slot: Slot {
                    lane,
                    stage,
                    before: None,
                },
            })
        }
        Direction::Up | Direction::Down => {
            let others: Vec<CardId> = map
                .cards_in(lane, stage)
                .map(|card| card.id)
                .filter(|id| !moving.contains(id))
                .collect();
            // Where the block starts among the other cards of the cell, then one step.
            let at = map
                .cards_in(lane, stage)
                .take_while(|card| card.id != first.id)
                .filter(|card| !moving.contains(&card.id))
                .count();
            let to = match direction {
                Direction::Up => at.checked_sub(1)?,
                _ if at < others.len() => at + 1,
                _ => return None,
            };
            Some(Edit::MoveCards {
                ids: moving,
                slot: Slot {
                    lane,
                    stage,
                    before: others.get(to).copied(),
                },
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::FixedWidthMeasure;
    use crate::model::{Card, LaneId, Lang, MapKind, StageId};

    fn map() -> Map {
        let mut map = crate::file::template(MapKind::CurrentState, Lang::En).unwrap();
        let (lane, s1, s2) = (map.lanes[0].id, map.stages[0].id, map.stages[1].id);
        map.cards = vec![
            Card::new(CardId(1), lane, s1, "one"),
            Card::new(CardId(2), lane, s1, "two"),
            Card::new(CardId(3), lane, s1, "three"),
            Card::new(CardId(4), lane, s2, "four"),
        ];
        map
    }

    fn cell(map: &Map, stage: StageId) -> Vec<u32> {
        map.cards_in(LaneId(1), stage)
            .map(|card| card.id.0)
            .collect()
    }

    #[test]
    fn arrows_walk_to_the_card_that_way() {
        let map = map();
        let layout = MapLayout::compute(&map, &mut FixedWidthMeasure::default());
        assert_eq!(neighbour(&layout, None, Direction::Down), Some(CardId(1)));
        assert_eq!(
            neighbour(&layout, Some(CardId(1)), Direction::Down),
            Some(CardId(2))
        );
        assert_eq!(
            neighbour(&layout, Some(CardId(2)), Direction::Up),
            Some(CardId(1))
        );
        assert_eq!(
            neighbour(&layout, Some(CardId(1)), Direction::Right),
            Some(CardId(4))
        );
        assert_eq!(
            neighbour(&layout, Some(CardId(4)), Direction::Left),
            Some(CardId(1))
        );
        assert_eq!(neighbour(&layout, Some(CardId(1)), Direction::Up), None);
    }

    #[test]
    fn alt_arrows_move_cards_a_step() {
        let mut map = map();
        let (s1, s2) = (map.stages[0].id, map.stages[1].id);
        move_edit(&map, &[CardId(2)], Direction::Up)
            .unwrap()
            .apply(&mut map)
            .unwrap();
        assert_eq!(cell(&map, s1), [2, 1, 3]);
        assert!(
            move_edit(&map, &[CardId(2)], Direction::Up).is_none(),
            "top"
        );
        move_edit(&map, &[CardId(2), CardId(1)], Direction::Down)
            .unwrap()
            .apply(&mut map)
            .unwrap();
        assert_eq!(cell(&map, s1), [3, 2, 1]);
        move_edit(&map, &[CardId(3)], Direction::Right)
            .unwrap()
            .apply(&mut map)
            .unwrap();
        assert_eq!(cell(&map, s2), [4, 3]);
        assert!(move_edit(&map, &[CardId(3)], Direction::Left).is_some());
        let first_stage = Card::new(CardId(9), LaneId(1), s1, "x");
        map.cards.push(first_stage);
        assert!(move_edit(&map, &[CardId(9)], Direction::Left).is_none());
    }
}
