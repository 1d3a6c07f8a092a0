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
    let mut next_id = map.next_card_id().0;
    let mut edits = Vec::new();
    for mut card in clip
        .cards
        .into_iter()
        .take(crate::model::Limits::default().cards)
    {
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
        card.id = CardId(next_id);
        next_id = next_id.saturating_add(1);
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
