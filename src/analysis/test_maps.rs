//! Small hand-built maps for the analysis tests.

use crate::model::{
    Card, CardId, Channel, Lane, LaneId, LaneKind, Lang, Map, MapKind, Stage, StageId, TextRole,
    Touchpoint,
};

/// The touchpoint lane of a [`TestMap`].
pub const TOUCHPOINTS: LaneId = LaneId(1);
/// Its text lane.
pub const NOTES: LaneId = LaneId(2);
/// Its emotion lane.
pub const EMOTIONS: LaneId = LaneId(3);

/// A current-state map being built: stages "Stage 1" … with ids 1 …, a touchpoint lane, a text
/// lane and an emotion lane without scores.
pub struct TestMap {
    map: Map,
}

impl TestMap {
    pub fn new(stages: u32) -> Self {
        let mut map = Map::empty(MapKind::CurrentState, Lang::En);
        map.title = "Test".into();
        map.stages = (1..=stages)
            .map(|id| Stage::new(StageId(id), format!("Stage {id}")))
            .collect();
        map.lanes = vec![
            Lane::new(TOUCHPOINTS, "Touchpoints", LaneKind::Touchpoints),
            Lane::new(NOTES, "Notes", LaneKind::Text(TextRole::Notes)),
            Lane::new(
                EMOTIONS,
                "Emotions",
                LaneKind::Emotion {
                    personas: std::collections::BTreeMap::new(),
                    scores: std::collections::BTreeMap::new(),
                },
            ),
        ];
        Self { map }
    }

    /// Adds a touchpoint of `channel` with the channel's facets to stage `stage`.
    pub fn touchpoint(&mut self, stage: u32, title: &str, channel: Channel) -> CardId {
        let id = self.map.next_card_id();
        let mut card = Card::new(id, TOUCHPOINTS, StageId(stage), title);
        card.touchpoint = Some(Touchpoint::of(channel));
        self.map.cards.push(card);
        id
    }

    /// Adds a plain note to stage `stage`.
    pub fn note(&mut self, stage: u32, title: &str) -> CardId {
        let id = self.map.next_card_id();
        self.map
            .cards
            .push(Card::new(id, NOTES, StageId(stage), title));
        id
    }

    pub fn build(self) -> Map {
        self.map
    }
}

/// The touchpoint of card `id`.
pub fn touchpoint(map: &mut Map, id: CardId) -> &mut Touchpoint {
    map.cards
        .iter_mut()
        .find(|card| card.id == id)
        .and_then(|card| card.touchpoint.as_mut())
        .unwrap_or_else(|| panic!("card {id} is a touchpoint"))
}

/// Rates the touchpoint of card `id`.
pub fn rate(map: &mut Map, id: CardId, importance: Option<u8>, performance: Option<u8>) {
    let touchpoint = touchpoint(map, id);
    touchpoint.importance = importance;
    touchpoint.performance = performance;
}

/// Scores stage `stage` on the map's first emotion lane.
pub fn score(map: &mut Map, stage: u32, score: i8) {
    for lane in &mut map.lanes {
        if let LaneKind::Emotion { scores, .. } = &mut lane.kind {
            scores.insert(StageId(stage), score);
            return;
        }
    }
    panic!("the map has an emotion lane");
}

/// A participant's score of a stage in the map's room.
pub fn feel(map: &mut Map, participant: u32, stage: u32, score: i8) {
    map.room.feelings.push(crate::model::Feeling {
        participant: crate::model::ParticipantId(participant),
        stage: StageId(stage),
        score,
    });
}
