//! The room's dot vote, ranked: which cards the participants put their dots on, most first.
//!
//! After a round of dot voting the facilitator wants the winners in order, with where each one
//! sits on the map, to decide what to work on first. The panel and the table export read the
//! same ranking, so they agree on the order.

use std::collections::BTreeMap;

use crate::model::{CardId, LaneId, Map, StageId};

/// A card with dots, as the ranking lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VotedCard {
    /// The card.
    pub card: CardId,
    /// Its title.
    pub title: String,
    /// Its stage.
    pub stage: StageId,
    /// Its lane.
    pub lane: LaneId,
    /// All dots on it.
    pub dots: u32,
}

/// The cards of `map` that have dots, most dots first; cards with as many dots keep the order
/// a reader meets them on the map (stage by stage from the left, lane by lane from the top,
/// top to bottom in a cell), so a tie never looks like a ranking. Dots on cards the map no
/// longer has are left out.
pub fn vote_ranking(map: &Map) -> Vec<VotedCard> {
    let totals = map.room.dot_totals();
    if totals.is_empty() {
        return Vec::new();
    }
    let stage_at: BTreeMap<StageId, usize> = map
        .stages
        .iter()
        .enumerate()
        .map(|(i, stage)| (stage.id, i))
        .collect();
    let lane_at: BTreeMap<LaneId, usize> = map
        .lanes
        .iter()
        .enumerate()
        .map(|(i, lane)| (lane.id, i))
        .collect();
    let mut ranked: Vec<((usize, usize, usize), VotedCard)> = map
        .cards
        .iter()
        .enumerate()
        .filter_map(|(index, card)| {
            let dots = totals.get(&card.id).copied().filter(|&dots| dots > 0)?;
            // The document order is the order within a cell.
            let place = (
                stage_at.get(&card.stage).copied().unwrap_or(usize::MAX),
                lane_at.get(&card.lane).copied().unwrap_or(usize::MAX),
                index,
            );
            let voted = VotedCard {
                card: card.id,
                title: card.title.clone(),
                stage: card.stage,
                lane: card.lane,
                dots,
            };
            Some((place, voted))
        })
        .collect();
    ranked.sort_by(|(a_place, a), (b_place, b)| b.dots.cmp(&a.dots).then(a_place.cmp(b_place)));
    ranked.into_iter().map(|(_, voted)| voted).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_maps::TestMap;
    use crate::model::{Channel, Dots, ParticipantId};

    fn vote(map: &mut Map, participant: u32, card: CardId, count: u8) {
        map.room.dots.push(Dots {
            participant: ParticipantId(participant),
            card,
            count,
        });
    }

    fn order(map: &Map) -> Vec<(CardId, u32)> {
        vote_ranking(map).iter().map(|v| (v.card, v.dots)).collect()
    }

    #[test]
    fn the_most_voted_card_comes_first_with_every_participants_dots_added() {
        let mut test = TestMap::new(3);
        let late = test.note(3, "Late note");
        let early = test.touchpoint(1, "Early poster", Channel::Poster);
        let middle = test.note(2, "Middle note");
        let unvoted = test.note(1, "Nobody cares");
        let mut map = test.build();
        vote(&mut map, 1, late, 2);
        vote(&mut map, 2, middle, 1);
        vote(&mut map, 2, early, 1);
        vote(&mut map, 3, middle, 3);
        assert_eq!(order(&map), [(middle, 4), (late, 2), (early, 1)]);
        assert!(vote_ranking(&map).iter().all(|v| v.card != unvoted));
        let first = &vote_ranking(&map)[0];
        assert_eq!(first.title, "Middle note");
        assert_eq!(first.stage, StageId(2));
    }

    #[test]
    fn ties_keep_the_order_of_the_map_not_of_the_file() {
        let mut test = TestMap::new(3);
        // Added to the file right to left; the map reads left to right, top lane first.
        let right = test.note(3, "Right");
        let left_note = test.note(1, "Left note");
        let left_touchpoint = test.touchpoint(1, "Left touchpoint", Channel::Flyer);
        let mut map = test.build();
        for card in [right, left_note, left_touchpoint] {
            vote(&mut map, 1, card, 2);
        }
        assert_eq!(
            order(&map),
            [(left_touchpoint, 2), (left_note, 2), (right, 2)],
            "stage first, then the touchpoint lane above the note lane"
        );
    }

    #[test]
    fn no_dots_or_dots_on_deleted_cards_rank_nothing() {
        let mut test = TestMap::new(1);
        test.note(1, "A note");
        let mut map = test.build();
        assert!(vote_ranking(&map).is_empty());
        vote(&mut map, 1, CardId(99), 3);
        assert!(vote_ranking(&map).is_empty());
    }
}
