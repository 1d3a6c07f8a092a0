//! Generated maps of any size, for benchmarks and stress tests.

use super::{
    Card, CardId, Channel, Connection, Lane, LaneId, LaneKind, Lang, Map, MapKind, Persona, Stage,
    StageId, TextRole, Touchpoint,
};

/// Stages of a generated map.
const STAGES: u32 = 10;

/// A current-state map with `card_count` cards spread evenly over ten stages and seven card
/// lanes (one of them touchpoints), an emotion lane with a score per stage, a persona and a
/// connection for every tenth card. Card texts vary in length like real sticky notes.
pub fn synthetic_map(card_count: usize) -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::En);
    map.title = format!("Generated map with {card_count} cards");
    map.goal = "Measure how fast journeymap lays out, paints and exports".into();
    map.persona = Persona {
        name: "Alex".into(),
        role: "Benchmark persona".into(),
        goals: vec!["Fast feedback".into()],
        needs: vec!["Readable cards".into()],
        frustrations: vec!["Waiting".into()],
        quote: "Show me the whole journey.".into(),
        photo: None,
        ..Persona::default()
    };
    map.stages = (1..=STAGES)
        .map(|id| Stage::new(StageId(id), format!("Stage {id}")))
        .collect();
    let roles = [
        TextRole::Actions,
        TextRole::Thoughts,
        TextRole::PainPoints,
        TextRole::Opportunities,
        TextRole::Ideas,
        TextRole::Backstage,
    ];
    map.lanes
        .push(Lane::new(LaneId(1), "Touchpoints", LaneKind::Touchpoints));
    for (role, id) in roles.into_iter().zip(2..) {
        map.lanes.push(Lane::new(
            LaneId(id),
            format!("{role:?}"),
            LaneKind::Text(role),
        ));
    }
    map.lanes.push(Lane::new(
        LaneId(100),
        "Emotions",
        LaneKind::Emotion {
            scores: (1..=STAGES)
                .map(|id| (StageId(id), ((id * 7) % 5) as i8 - 2))
                .collect(),
            personas: std::collections::BTreeMap::new(),
        },
    ));
    let words = [
        "Customer", "checks", "opening", "hours", "on", "the", "website", "and", "asks", "a",
        "friend", "about", "prices", "before", "booking",
    ];
    let card_lanes = 1 + roles.len() as u32;
    for i in 0..card_count as u32 {
        let cell = i % (STAGES * card_lanes);
        let lane = cell / STAGES + 1;
        let stage = cell % STAGES + 1;
        let length = 2 + (i as usize * 5) % 12;
        let title = words
            .iter()
            .cycle()
            .skip(i as usize % words.len())
            .take(length);
        let title = title.copied().collect::<Vec<_>>().join(" ");
        let touchpoint =
            (lane == 1).then(|| Touchpoint::of(Channel::ALL[i as usize % Channel::ALL.len()]));
        map.cards.push(Card {
            id: CardId(i + 1),
            lane: LaneId(lane),
            stage: StageId(stage),
            title,
            notes: if i % 4 == 0 {
                "A note with a little more detail.".into()
            } else {
                String::new()
            },
            touchpoint,
        });
        if i % 10 == 9 {
            map.connections.push(Connection {
                from: CardId(i),
                to: CardId(i + 1),
            });
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Limits;

    #[test]
    fn generated_maps_are_valid_and_have_the_asked_size() {
        for count in [0, 1, 50, 500] {
            let map = synthetic_map(count);
            assert_eq!(map.cards.len(), count);
            assert_eq!(map.validate(&Limits::default()), Ok(()));
        }
    }
}
