//! Copying cards as text, so they paste into this map, another open map, or a text editor.

use serde::{Deserialize, Serialize};

use crate::edit::{Edit, Slot};
use crate::model::{Card, CardId, Map, clean_text};

/// Marks clipboard text as journeymap cards.
const PREFIX: &str = "journeymap cards ";

#[derive(Serialize, Deserialize)]
struct Clip {
    cards: Vec<Card>,
}

/// The cards `ids` of `map` as clipboard text (RON, readable).
pub fn cards_to_text(map: &Map, ids: &[CardId]) -> Option<String> {
    let cards: Vec<Card> = map
        .cards
        .iter()
        .filter(|card| ids.contains(&card.id))
        .cloned()
        .collect();
    if cards.is_empty() {
        return None;
    }
    let ron = ron::ser::to_string_pretty(&Clip { cards }, ron::ser::PrettyConfig::new()).ok()?;
    Some(format!("{PREFIX}{ron}"))
}

/// Whether `text` is journeymap's own cards, rather than text from anywhere else.
pub fn is_cards(text: &str) -> bool {
    text.starts_with(PREFIX)
}

/// The edits that paste clipboard `text` into `map`: at `target` (after a selected card) if
/// given, else each card into its own lane and stage when this map has them, else into the first
/// card lane and stage. Cards get fresh ids. Text that is not journeymap cards pastes nothing.
pub fn paste_edits(map: &Map, text: &str, target: Option<Slot>) -> Vec<(Edit, CardId)> {
    let Some(ron) = text.strip_prefix(PREFIX) else {
        return Vec::new();
    };
    let Ok(clip) = ron::Options::default()
        .with_recursion_limit(16)
        .from_str::<Clip>(ron)
    else {
        return Vec::new();
    };
    let fallback = map
        .lanes
        .iter()
        .find(|lane| lane.holds_cards())
        .zip(map.stages.first())
        .map(|(lane, stage)| (lane.id, stage.id));
    let cards: Vec<Card> = clip
        .cards
        .into_iter()
        .take(crate::model::Limits::default().cards)
        .collect();
    let mut fresh_ids = map.fresh_card_ids(cards.len()).into_iter();
    let mut edits = Vec::new();
    for mut card in cards {
        let own_place = map
            .lane(card.lane)
            .is_some_and(crate::model::Lane::holds_cards)
            && map.stage(card.stage).is_some();
        let slot = match (target, own_place, fallback) {
            (Some(slot), _, _) => slot,
            (None, true, _) => Slot {
                lane: card.lane,
                stage: card.stage,
                before: None,
            },
            (None, false, Some((lane, stage))) => Slot {
                lane,
                stage,
                before: None,
            },
            (None, false, None) => continue,
        };
        let Some(id) = fresh_ids.next() else {
            break;
        };
        card.id = id;
        clean_text(&mut card.title);
        clean_text(&mut card.notes);
        let id = card.id;
        edits.push((
            Edit::AddCards {
                cards: vec![card],
                slot,
            },
            id,
        ));
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lang, MapKind};

    #[test]
    fn pasted_cards_get_unused_ids_even_next_to_the_largest_id() {
        let mut map = crate::file::template(MapKind::CurrentState, Lang::En).unwrap();
        let (lane, stage) = (map.lanes[0].id, map.stages[0].id);
        map.cards = [u32::MAX, 1, 2, 4]
            .into_iter()
            .map(|id| Card::new(CardId(id), lane, stage, format!("card {id}")))
            .collect();
        let text = cards_to_text(&map, &[CardId(1), CardId(2), CardId(4)]).unwrap();
        let edits = paste_edits(&map, &text, None);
        let ids: Vec<u32> = edits.iter().map(|(_, id)| id.0).collect();
        assert_eq!(ids, [3, 5, 6]);
        for (edit, _) in &edits {
            edit.apply(&mut map).unwrap();
        }
        assert_eq!(map.cards.len(), 7);
    }
}
