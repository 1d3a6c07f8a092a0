//! The four kinds of journey map our users draw.

use serde::{Deserialize, Serialize};

/// Which kind of map a document is. The kind picks the template (default stages and lanes) and
/// is shown in the title band; it does not restrict what a user may add later.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum MapKind {
    /// How the journey runs today. The most used kind.
    CurrentState,
    /// A whole day (or week) of the person, with or without the business in it.
    DayInTheLife,
    /// How the journey should run, tied to goals.
    FutureState,
    /// What happens behind the journey to make it work.
    ServiceBlueprint,
}

impl MapKind {
    /// Every kind, in the order they are offered to users.
    pub const ALL: [Self; 4] = [
        Self::CurrentState,
        Self::DayInTheLife,
        Self::FutureState,
        Self::ServiceBlueprint,
    ];

    /// The name used on the command line and in template file names.
    pub fn slug(self) -> &'static str {
        match self {
            Self::CurrentState => "current-state",
            Self::DayInTheLife => "day-in-the-life",
            Self::FutureState => "future-state",
            Self::ServiceBlueprint => "service-blueprint",
        }
    }

    /// Parses a [`Self::slug`].
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.slug() == slug)
    }
}

/// The language a map was written in. Stored in the file so that labels the program adds to a
/// map (the kind in the title band, names of new lanes) match the language of its content.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// German.
    De,
}

impl Lang {
    /// Every supported language.
    pub const ALL: [Self; 2] = [Self::En, Self::De];

    /// The ISO 639-1 code, as used on the command line and in file names.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
        }
    }

    /// Parses an ISO 639-1 code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|lang| lang.code() == code)
    }
}
