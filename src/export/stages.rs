//! A run of a map's stages, and the part of the map they hold: "only Purchase to Retention"
//! for a slide, and the pieces a wide map is split into on a series of slides.

use crate::model::{CardId, Map};

/// Consecutive stages of a map, by position, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StageRange {
    /// The first stage shown.
    pub first: usize,
    /// The last stage shown.
    pub last: usize,
}

impl StageRange {
    /// Every stage of `map`; `None` for a map without stages.
    pub fn all(map: &Map) -> Option<Self> {
        let last = map.stages.len().checked_sub(1)?;
        Some(Self { first: 0, last })
    }

    /// How many stages.
    pub fn count(self) -> usize {
        self.last + 1 - self.first
    }

    /// Whether this is every stage of `map`.
    pub fn is_all(self, map: &Map) -> bool {
        Self::all(map) == Some(self)
    }

    /// The range `spec` names on `map`: `FROM..TO`, `FROM..`, `..TO` or a single stage, each
    /// end a stage's title (in any case) or its number counted from 1. The error says what the
    /// map's stages are, so the next try can succeed.
    pub fn parse(spec: &str, map: &Map) -> Result<Self, String> {
        let all = Self::all(map).ok_or_else(|| "the map has no stages".to_owned())?;
        let (from, to) = match spec.split_once("..") {
            Some((from, to)) => (from.trim(), to.trim()),
            None => (spec.trim(), spec.trim()),
        };
        let first = if from.is_empty() {
            all.first
        } else {
            stage_index(from, map)?
        };
        let last = if to.is_empty() {
            all.last
        } else {
            stage_index(to, map)?
        };
        if first > last {
            return Err(format!(
                "\"{}\" comes after \"{}\" on the map; name the earlier stage first",
                map.stages[first].title, map.stages[last].title
            ));
        }
        Ok(Self { first, last })
    }

    /// The titles of the first and last stage, for messages and file names.
    pub fn titles(self, map: &Map) -> (String, String) {
        let title = |index: usize| {
            map.stages
                .get(index)
                .map(|stage| stage.title.trim().to_owned())
                .unwrap_or_default()
        };
        (title(self.first), title(self.last))
    }
}

fn stage_index(name: &str, map: &Map) -> Result<usize, String> {
    if let Ok(number) = name.parse::<usize>() {
        return match number {
            1.. if number <= map.stages.len() => Ok(number - 1),
            _ => Err(format!(
                "the map has stages 1 to {}, not {number}",
                map.stages.len()
            )),
        };
    }
    let wanted = name.to_lowercase();
    map.stages
        .iter()
        .position(|stage| stage.title.trim().to_lowercase() == wanted)
        .ok_or_else(|| {
            let names = map
                .stages
                .iter()
                .map(|stage| format!("\"{}\"", stage.title.trim()))
                .collect::<Vec<_>>()
                .join(", ");
            format!("the map has no stage \"{name}\"; its stages are {names}")
        })
}

/// The part of `map` in `range`: its stages, the cards in them, the arrows between those
/// cards and the emotion scores of those stages. Lanes, personas, title and goal stay.
pub fn slice(map: &Map, range: StageRange) -> Map {
    let mut part = map.clone();
    if range.is_all(map) {
        return part;
    }
    let last = range.last.min(map.stages.len().saturating_sub(1));
    part.stages = map.stages[range.first.min(last)..=last].to_vec();
    let kept: std::collections::BTreeSet<_> = part.stages.iter().map(|stage| stage.id).collect();
    part.cards.retain(|card| kept.contains(&card.stage));
    let cards: std::collections::BTreeSet<CardId> = part.cards.iter().map(|card| card.id).collect();
    part.connections
        .retain(|arrow| cards.contains(&arrow.from) && cards.contains(&arrow.to));
    for lane in &mut part.lanes {
        for scores in lane.kind.curves_mut() {
            scores.retain(|stage, _| kept.contains(stage));
        }
    }
    part
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lang, MapKind};

    fn map() -> Map {
        crate::file::template(MapKind::CurrentState, Lang::En).expect("template")
    }

    #[test]
    fn ranges_are_named_by_title_or_number() {
        let map = map();
        let titles: Vec<_> = map.stages.iter().map(|s| s.title.clone()).collect();
        assert!(titles.len() >= 4, "{titles:?}");
        let spec = format!("{}..{}", titles[1].to_uppercase(), titles[2]);
        assert_eq!(
            StageRange::parse(&spec, &map),
            Ok(StageRange { first: 1, last: 2 })
        );
        assert_eq!(
            StageRange::parse("2..", &map),
            Ok(StageRange {
                first: 1,
                last: titles.len() - 1
            })
        );
        assert_eq!(
            StageRange::parse(&titles[3], &map),
            Ok(StageRange { first: 3, last: 3 })
        );
        assert_eq!(
            StageRange::parse("..1", &map),
            Ok(StageRange { first: 0, last: 0 })
        );
    }

    #[test]
    fn a_bad_range_says_what_the_stages_are() {
        let map = map();
        let error = StageRange::parse("Kauf..", &map).unwrap_err();
        assert!(error.contains(&map.stages[0].title), "{error}");
        let error = StageRange::parse("3..2", &map).unwrap_err();
        assert!(error.contains("name the earlier stage first"), "{error}");
        let error = StageRange::parse("99", &map).unwrap_err();
        assert!(error.contains("not 99"), "{error}");
    }

    #[test]
    fn a_slice_keeps_only_its_stages_cards_arrows_and_scores() {
        let map = crate::file::load(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/examples/fitness-studio-current-state.ron"
        )))
        .expect("example");
        let range = StageRange { first: 1, last: 2 };
        let part = slice(&map, range);
        assert_eq!(part.stages, map.stages[1..=2].to_vec());
        let kept: Vec<_> = part.stages.iter().map(|s| s.id).collect();
        assert!(!part.cards.is_empty());
        assert!(part.cards.iter().all(|card| kept.contains(&card.stage)));
        let expected = map
            .cards
            .iter()
            .filter(|card| kept.contains(&card.stage))
            .count();
        assert_eq!(part.cards.len(), expected);
        for arrow in &part.connections {
            assert!(part.card(arrow.from).is_some() && part.card(arrow.to).is_some());
        }
        for lane in &part.lanes {
            for (_, scores) in lane.kind.curves() {
                assert!(scores.keys().all(|stage| kept.contains(stage)));
            }
        }
        assert_eq!(part.lanes.len(), map.lanes.len());
        assert_eq!(part.title, map.title);
        assert_eq!(slice(&map, StageRange::all(&map).unwrap()), map);
    }
}
