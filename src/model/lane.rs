//! Lanes: the rows of a map, and what each kind of row holds.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::ids::{LaneId, PersonaId, StageId};

/// A row of the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lane {
    /// Stable id; cards refer to it.
    pub id: LaneId,
    /// The label shown at the left of the row (or on the line, for dividers).
    pub title: String,
    /// What the row holds.
    pub kind: LaneKind,
    /// The row's height in points, when the user dragged its edge; `None` fits the content.
    /// For card lanes it is the least height (cards never overflow their lane). Within
    /// [`super::LANE_HEIGHTS`]; dividers have a fixed height and ignore it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<f32>,
    /// Folded to a thin strip that shows only the label and how many cards each cell holds, so a
    /// workshop can focus on the lanes under discussion. The picture is exported as shown.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub collapsed: bool,
}

impl Lane {
    /// A lane of this kind.
    pub fn new(id: LaneId, title: impl Into<String>, kind: LaneKind) -> Self {
        Self {
            id,
            title: title.into(),
            kind,
            height: None,
            collapsed: false,
        }
    }

    /// Whether cards may be placed in this lane (dividers and the emotion curve hold none).
    pub fn holds_cards(&self) -> bool {
        matches!(self.kind, LaneKind::Text(_) | LaneKind::Touchpoints)
    }
}

/// What a lane holds. The variants are kept few and semantic: the painter colours by them, the
/// templates are built from them, and later analysis (touchpoint density per stage) counts them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum LaneKind {
    /// Free-text cards; the role says what they are and picks their colour.
    Text(TextRole),
    /// Touchpoint cards, each with a channel and the facets of touchpoint management.
    Touchpoints,
    /// The emotion curve: at most one score per stage, on the [`EMOTION_MIN`]..=[`EMOTION_MAX`]
    /// scale. Stages without a score are skipped by the curve.
    Emotion {
        /// The first persona's score per stage.
        #[serde(deserialize_with = "scores_once_each")]
        scores: BTreeMap<StageId, i8>,
        /// The other personas' scores per stage, by persona id: one curve each, drawn in the
        /// same lane so a room sees where target groups feel differently.
        #[serde(
            default,
            skip_serializing_if = "BTreeMap::is_empty",
            deserialize_with = "curves_once_each"
        )]
        personas: BTreeMap<PersonaId, BTreeMap<StageId, i8>>,
    },
    /// One of the service blueprint's horizontal lines. It holds no cards; its title is drawn on
    /// the line.
    Divider(DividerLine),
}

/// Reads the scores of an emotion lane, refusing a stage scored twice: a plain map would keep
/// the last score silently, and the file's reader would never learn which one counts.
fn scores_once_each<'de, D>(deserializer: D) -> Result<BTreeMap<StageId, i8>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Scores;
    impl<'de> serde::de::Visitor<'de> for Scores {
        type Value = BTreeMap<StageId, i8>;

        fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            formatter.write_str("scores per stage, such as {1: 2, 2: -1}")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut scores = BTreeMap::new();
            while let Some((stage, score)) = map.next_entry::<StageId, i8>()? {
                if scores.insert(stage, score).is_some() {
                    return Err(serde::de::Error::custom(super::ReadRefusal::ScoredTwice {
                        stage,
                    }));
                }
            }
            Ok(scores)
        }
    }
    deserializer.deserialize_map(Scores)
}

/// One curve of the other personas, read with [`scores_once_each`].
struct Curve(BTreeMap<StageId, i8>);

impl<'de> Deserialize<'de> for Curve {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        scores_once_each(deserializer).map(Curve)
    }
}

/// Reads the other personas' curves, refusing a persona listed twice for the same reason as
/// [`scores_once_each`].
fn curves_once_each<'de, D>(
    deserializer: D,
) -> Result<BTreeMap<PersonaId, BTreeMap<StageId, i8>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Curves;
    impl<'de> serde::de::Visitor<'de> for Curves {
        type Value = BTreeMap<PersonaId, BTreeMap<StageId, i8>>;

        fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            formatter.write_str("scores per persona, such as {2: {1: 2, 2: -1}}")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut curves = BTreeMap::new();
            while let Some((persona, Curve(scores))) = map.next_entry::<PersonaId, Curve>()? {
                if curves.insert(persona, scores).is_some() {
                    return Err(serde::de::Error::custom(super::ReadRefusal::CurveTwice {
                        persona,
                    }));
                }
            }
            Ok(curves)
        }
    }
    deserializer.deserialize_map(Curves)
}

impl LaneKind {
    /// An emotion lane with no scores yet.
    pub fn emotion() -> Self {
        Self::Emotion {
            scores: BTreeMap::new(),
            personas: BTreeMap::new(),
        }
    }

    /// The scores of `persona`, if this is an emotion lane and the persona has any.
    pub fn scores_of(&self, persona: PersonaId) -> Option<&BTreeMap<StageId, i8>> {
        match self {
            Self::Emotion { scores, .. } if persona.is_first() => Some(scores),
            Self::Emotion { personas, .. } => personas.get(&persona),
            _ => None,
        }
    }

    /// The score `persona` gave `stage`, if this is an emotion lane.
    pub fn score(&self, persona: PersonaId, stage: StageId) -> Option<i8> {
        self.scores_of(persona)?.get(&stage).copied()
    }

    /// Every curve of an emotion lane with its persona, the first persona's first; nothing for
    /// other lanes.
    pub fn curves(&self) -> impl Iterator<Item = (PersonaId, &BTreeMap<StageId, i8>)> {
        let (first, others) = match self {
            Self::Emotion { scores, personas } => (Some(scores), Some(personas)),
            _ => (None, None),
        };
        first
            .map(|scores| (PersonaId::FIRST, scores))
            .into_iter()
            .chain(
                others
                    .into_iter()
                    .flatten()
                    .map(|(&id, scores)| (id, scores)),
            )
    }

    /// Every curve's scores, mutable; nothing for other lanes.
    pub fn curves_mut(&mut self) -> impl Iterator<Item = &mut BTreeMap<StageId, i8>> {
        let (first, others) = match self {
            Self::Emotion { scores, personas } => (Some(scores), Some(personas)),
            _ => (None, None),
        };
        first
            .into_iter()
            .chain(others.into_iter().flat_map(|curves| curves.values_mut()))
    }
}

/// Lowest emotion score: very negative.
///
/// The scale is −2 (very negative) … 0 (neutral) … +2 (very positive), the five-point scale
/// journey-mapping tools such as Smaply use. Five steps are what workshop participants can tell
/// apart when they rate a moment; finer scales invite false precision.
pub const EMOTION_MIN: i8 = -2;
/// Highest emotion score: very positive. See [`EMOTION_MIN`].
pub const EMOTION_MAX: i8 = 2;

/// The meaning of a text lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum TextRole {
    /// What the customer does.
    Actions,
    /// What the customer thinks, often as quotes.
    Thoughts,
    /// What goes wrong or annoys.
    PainPoints,
    /// Where the business could do better.
    Opportunities,
    /// Goals and KPIs (future state).
    Goals,
    /// Ideas to reach the future state.
    Ideas,
    /// What the person does during the day (day in the life).
    Activities,
    /// Needs that are met.
    NeedsMet,
    /// Needs that are not met.
    NeedsUnmet,
    /// Physical evidence the customer sees (blueprint).
    Evidence,
    /// Frontstage actions of employees the customer sees (blueprint).
    Frontstage,
    /// Backstage actions the customer does not see (blueprint).
    Backstage,
    /// Support processes and systems (blueprint).
    Support,
    /// Anything else.
    Notes,
}

/// The three lines of a service blueprint, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DividerLine {
    /// Between the customer's actions and the frontstage.
    Interaction,
    /// Between what the customer sees and what happens backstage.
    Visibility,
    /// Between backstage and the support processes.
    InternalInteraction,
}
