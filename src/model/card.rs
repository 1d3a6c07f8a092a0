//! Cards: the notes and touchpoints placed in the cells of a map.

use serde::{Deserialize, Serialize};

use super::channel::{Channel, Ownership, PurchasePhase, Setting};
use super::evidence::{EvidenceLevel, Metric, RatingKind};
use super::ids::{CardId, LaneId, StageId};

/// One card in one (lane, stage) cell.
///
/// Cards of one cell are ordered by their position in [`crate::model::Map::cards`]: the order is
/// implied by the document rather than stored as a number, so two cards can never claim the same
/// place and a saved file lists a cell's cards top to bottom.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// Stable id; connections refer to it.
    pub id: CardId,
    /// The row the card sits in.
    pub lane: LaneId,
    /// The column the card sits in.
    pub stage: StageId,
    /// The text on the card.
    pub title: String,
    /// Longer notes; shown below the title.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Present for touchpoint cards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub touchpoint: Option<Touchpoint>,
}

impl Card {
    /// A plain card with a title in a cell.
    pub fn new(id: CardId, lane: LaneId, stage: StageId, title: impl Into<String>) -> Self {
        Self {
            id,
            lane,
            stage,
            title: title.into(),
            notes: String::new(),
            touchpoint: None,
        }
    }
}

/// What makes a card a touchpoint: where the customer meets the business, classified by the
/// independent facets of touchpoint management, and what the team knows about it (ratings,
/// measured figures, how well that is backed, strengths, weaknesses, customers' words).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Touchpoint {
    /// The channel, which also gives the icon.
    pub channel: Channel,
    /// Online or offline.
    pub setting: Setting,
    /// Who owns the medium.
    pub ownership: Ownership,
    /// Before, during or after the purchase, when the user set it by hand; `None` follows the
    /// card's stage (see [`Touchpoint::phase_in`]), so changing the stage's phase or moving
    /// the card to another stage carries the touchpoint along. Older files (format 5 and
    /// before) stored a phase for every touchpoint; one equal to what it would follow reads as
    /// following.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "phase_field"
    )]
    pub phase: Option<PurchasePhase>,
    /// How much it matters for the journey, 1–5 ([`super::RATINGS`]); `None` until rated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub importance: Option<u8>,
    /// How well it works today, in the customer's eyes, 1–5; `None` until rated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub performance: Option<u8>,
    /// How well what the map says about it is backed; `None` until someone says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<EvidenceLevel>,
    /// Figures measured on it, in the order the team entered them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<Metric>,
    /// The team or department that looks after it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// What works well.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub strengths: String,
    /// What works badly.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub weaknesses: String,
    /// What customers said about it, word for word.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<String>,
}

impl Touchpoint {
    /// A touchpoint of this channel with the channel's usual facets.
    pub fn of(channel: Channel) -> Self {
        let (setting, ownership, _) = channel.default_facets();
        Self {
            channel,
            setting,
            ownership,
            phase: None,
            importance: None,
            performance: None,
            evidence: None,
            metrics: Vec::new(),
            owner: String::new(),
            strengths: String::new(),
            weaknesses: String::new(),
            quotes: Vec::new(),
        }
    }

    /// The phase it is in, in `stage` (the card's stage): the one set by hand, else the
    /// stage's, else the one usual for its channel (a stage outside the purchase, such as an
    /// hour of a day in the life, has no phase to give).
    pub fn phase_in(&self, stage: Option<&super::Stage>) -> PurchasePhase {
        self.phase
            .or_else(|| stage.and_then(|stage| stage.phase))
            .unwrap_or_else(|| self.channel.default_facets().2)
    }

    /// Whether its phase was set by hand rather than following its stage.
    pub fn phase_by_hand(&self) -> bool {
        self.phase.is_some()
    }

    /// One of its two ratings.
    pub fn rating(&self, kind: RatingKind) -> Option<u8> {
        match kind {
            RatingKind::Importance => self.importance,
            RatingKind::Performance => self.performance,
        }
    }

    /// The metric of this name (the first, if several share it), compared without regard to
    /// case or surrounding spaces, as people type names.
    pub fn metric(&self, name: &str) -> Option<&Metric> {
        let name = name.trim();
        self.metrics
            .iter()
            .find(|metric| metric.name.trim().eq_ignore_ascii_case(name))
    }

    /// Its free texts: owner, strengths, weaknesses, quotes, metric names and units.
    pub fn texts(&self) -> impl Iterator<Item = &String> {
        [&self.owner, &self.strengths, &self.weaknesses]
            .into_iter()
            .chain(&self.quotes)
            .chain(
                self.metrics
                    .iter()
                    .flat_map(|metric| [&metric.name, &metric.unit]),
            )
    }

    /// The same, to change (to clean them).
    pub fn texts_mut(&mut self) -> impl Iterator<Item = &mut String> {
        [&mut self.owner, &mut self.strengths, &mut self.weaknesses]
            .into_iter()
            .chain(&mut self.quotes)
            .chain(
                self.metrics
                    .iter_mut()
                    .flat_map(|metric| [&mut metric.name, &mut metric.unit]),
            )
    }

    /// Checks the ratings and metrics of the touchpoint on card `card`.
    pub fn check(&self, card: CardId) -> Result<(), super::ValidationError> {
        for kind in [RatingKind::Importance, RatingKind::Performance] {
            if let Some(value) = self.rating(kind)
                && !super::RATINGS.contains(&value)
            {
                return Err(super::ValidationError::RatingOutOfRange { card, kind, value });
            }
        }
        if let Some(metric) = self.metrics.iter().find(|metric| !metric.value.is_finite()) {
            return Err(super::ValidationError::MetricNotANumber {
                card,
                name: metric.name.clone(),
            });
        }
        Ok(())
    }

    /// Whether the team has recorded anything beyond the facets.
    pub fn has_evidence(&self) -> bool {
        self.importance.is_some()
            || self.performance.is_some()
            || self.evidence.is_some()
            || !self.metrics.is_empty()
            || !self.owner.is_empty()
            || !self.strengths.is_empty()
            || !self.weaknesses.is_empty()
            || !self.quotes.is_empty()
    }
}

/// A touchpoint's phase as a file gives it: `Some(Purchase)` or `None` (format 6), or a bare
/// `Purchase` (format 5 and before, when every touchpoint stored one).
fn phase_field<'de, D>(deserializer: D) -> Result<Option<PurchasePhase>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    // Named like the phase itself, so a misspelt phase is called a purchase phase.
    #[derive(Deserialize)]
    #[serde(rename = "PurchasePhase")]
    enum Written {
        None,
        Some(PurchasePhase),
        PrePurchase,
        Purchase,
        PostPurchase,
    }
    Ok(match Written::deserialize(deserializer)? {
        Written::None => None,
        Written::Some(phase) => Some(phase),
        Written::PrePurchase => Some(PurchasePhase::PrePurchase),
        Written::Purchase => Some(PurchasePhase::Purchase),
        Written::PostPurchase => Some(PurchasePhase::PostPurchase),
    })
}

/// A blueprint connection: an arrow from one card to another (a customer action triggers a
/// frontstage action, which needs a backstage process …).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Connection {
    /// Where the arrow starts.
    pub from: CardId,
    /// Where the arrow points.
    pub to: CardId,
}
