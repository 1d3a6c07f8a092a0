//! Cards: the notes and touchpoints placed in the cells of a map.

use serde::{Deserialize, Serialize};

use super::channel::{Channel, Ownership, PurchasePhase, Setting};
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
/// independent facets of touchpoint management.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Touchpoint {
    /// The channel, which also gives the icon.
    pub channel: Channel,
    /// Online or offline.
    pub setting: Setting,
    /// Who owns the medium.
    pub ownership: Ownership,
    /// Before, during or after the purchase.
    pub phase: PurchasePhase,
}

impl Touchpoint {
    /// A touchpoint of this channel with the channel's usual facets.
    pub fn of(channel: Channel) -> Self {
        let (setting, ownership, phase) = channel.default_facets();
        Self {
            channel,
            setting,
            ownership,
            phase,
        }
    }
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
