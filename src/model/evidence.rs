//! What a team knows about a touchpoint, beyond where it sits: how important it is and how
//! well it works (the two axes of the priority matrix), the figures measured on it, how well
//! that knowledge is backed, who looks after it, and what customers said.

use serde::{Deserialize, Serialize};

/// The ratings run from 1 (least) to 5 (most).
pub const RATINGS: std::ops::RangeInclusive<u8> = 1..=5;

/// How well what the map says about a touchpoint is backed (a traffic light on the card).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EvidenceLevel {
    /// The team believes it; nobody checked.
    Assumption,
    /// Some data or a few interviews support it.
    PartlyBacked,
    /// Research (measurements, a survey, enough interviews) backs it.
    Backed,
}

impl EvidenceLevel {
    /// Every level, from the weakest.
    pub const ALL: [Self; 3] = [Self::Assumption, Self::PartlyBacked, Self::Backed];
}

/// One measured figure of a touchpoint: visits, conversion, average rating, cost per contact …
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    /// What was measured.
    pub name: String,
    /// The figure. Always finite.
    pub value: f64,
    /// Its unit ("%", "€", "per month"); may be empty for a plain count.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
}

impl Metric {
    /// A metric of this name, value and unit.
    pub fn new(name: impl Into<String>, value: f64, unit: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            value,
            unit: unit.into(),
        }
    }
}

/// Which rating of a touchpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RatingKind {
    /// How much the touchpoint matters for the journey.
    Importance,
    /// How well it works today (customer satisfaction).
    Performance,
}

impl std::fmt::Display for RatingKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Importance => "importance",
            Self::Performance => "performance",
        })
    }
}
