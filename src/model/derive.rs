//! New journeys started from a map: its future state, or the strongest competitor's journey
//! walked against it. Both keep the map's stages, lanes and card ids, so the comparison can
//! pair what belongs together, and name the map they came from.

use super::{Map, MapKind, Origin, Relation};

impl Map {
    /// A copy of this map to become `relation` of it, titled `title`; `file` is this map's file
    /// as the new one should name it (relative to where it will be saved, when known).
    ///
    /// A future state keeps everything — the team redesigns the journey from what it knows.
    /// A competitor's journey keeps the stages and the touchpoints with their facets and how
    /// much each matters to the customer; what was observed at our business (performance,
    /// evidence, metrics, strengths, weaknesses, quotes, notes, the other lanes' cards, the
    /// emotion curve, the answers) is left for the walk through the competitor's process.
    #[must_use]
    pub fn derived(&self, relation: Relation, title: String, file: Option<String>) -> Map {
        let mut map = self.clone();
        map.title = title;
        map.origin = Some(Origin {
            relation,
            title: self.title.clone(),
            file,
        });
        match relation {
            Relation::FutureStateOf => map.kind = MapKind::FutureState,
            Relation::CompetitorOf => {
                map.cards.retain(|card| card.touchpoint.is_some());
                for card in &mut map.cards {
                    card.notes.clear();
                    if let Some(touchpoint) = &mut card.touchpoint {
                        touchpoint.performance = None;
                        touchpoint.evidence = None;
                        touchpoint.metrics.clear();
                        touchpoint.strengths.clear();
                        touchpoint.weaknesses.clear();
                        touchpoint.quotes.clear();
                    }
                }
                let kept: std::collections::BTreeSet<_> =
                    map.cards.iter().map(|card| card.id).collect();
                map.connections
                    .retain(|c| kept.contains(&c.from) && kept.contains(&c.to));
                for lane in &mut map.lanes {
                    if let super::LaneKind::Emotion { scores, personas } = &mut lane.kind {
                        scores.clear();
                        personas.clear();
                    }
                }
                for question in &mut map.questions {
                    question.answer.clear();
                    question.done = false;
                }
                map.questions
                    .retain(|question| matches!(question.ask, super::Ask::Own(_)));
            }
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Relation, sample};

    #[test]
    fn a_competitors_journey_keeps_stages_and_touchpoints_but_not_what_was_observed() {
        let mut map = sample::synthetic_map(60);
        for card in &mut map.cards {
            if let Some(touchpoint) = &mut card.touchpoint {
                touchpoint.importance = Some(4);
                touchpoint.performance = Some(2);
            }
        }
        let copy = map.derived(Relation::CompetitorOf, "Rival".into(), None);
        assert!(copy.lanes.iter().all(|lane| match &lane.kind {
            crate::model::LaneKind::Emotion { scores, personas } =>
                scores.is_empty() && personas.is_empty(),
            _ => true,
        }));
        assert_eq!(copy.stages, map.stages);
        assert_eq!(copy.title, "Rival");
        assert_eq!(copy.origin.as_ref().unwrap().title, map.title);
        let touchpoints = map.cards.iter().filter(|c| c.touchpoint.is_some()).count();
        assert_eq!(copy.cards.len(), touchpoints);
        for card in &copy.cards {
            let touchpoint = card.touchpoint.as_ref().unwrap();
            assert_eq!(
                (touchpoint.importance, touchpoint.performance),
                (Some(4), None)
            );
            assert!(
                map.card(card.id).is_some(),
                "ids are kept for the comparison"
            );
        }
        copy.validate(&crate::model::Limits::default()).unwrap();
        let future = map.derived(Relation::FutureStateOf, "Soll".into(), Some("a.ron".into()));
        assert_eq!(future.kind, crate::model::MapKind::FutureState);
        assert_eq!(future.cards, map.cards);
    }
}
