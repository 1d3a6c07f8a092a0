//! The customer questions of a map: the interview questions facilitators put to real customers,
//! with the answers the team wrote down, and the team's own questions.

use serde::{Deserialize, Serialize};

/// The questions every touchpoint workshop asks customers (the method's checklist). Their
/// wording comes from the map's language, so a German map asks them in German.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum StandardQuestion {
    /// How did you first hear of us?
    FirstHeard,
    /// How did you find us: a search, an ad, a recommendation?
    FoundUs,
    /// What do you want to achieve?
    Goal,
    /// What do you like on our website, and what should be better?
    Website,
    /// What have you bought from us, and how was it?
    Bought,
    /// What made you buy?
    WhyBought,
    /// Did you ever decide not to buy, and why?
    DidNotBuy,
    /// On a scale of 1 to 10, how easy is our website to find your way around?
    WebsiteEase,
    /// How could we help you buy?
    HelpToBuy,
}

impl StandardQuestion {
    /// The checklist, in the order an interview asks it.
    pub const ALL: [Self; 9] = [
        Self::FirstHeard,
        Self::FoundUs,
        Self::Goal,
        Self::Website,
        Self::Bought,
        Self::WhyBought,
        Self::DidNotBuy,
        Self::WebsiteEase,
        Self::HelpToBuy,
    ];
}

/// What a question asks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ask {
    /// One of the checklist's questions.
    Standard(StandardQuestion),
    /// A question of the team's own, in its own words.
    Own(String),
}

/// A question with what customers answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// The question.
    pub ask: Ask,
    /// The answers, as the team wrote them down (one or several customers).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub answer: String,
    /// Ticked off: asked and answered well enough.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
}

impl Question {
    /// An unanswered question.
    pub fn new(ask: Ask) -> Self {
        Self {
            ask,
            answer: String::new(),
            done: false,
        }
    }

    /// Whether nothing was recorded for it (a checklist question in this state need not be
    /// stored).
    pub fn is_blank(&self) -> bool {
        self.answer.is_empty() && !self.done
    }
}

/// The map this one was started from, so a future state or a competitor's journey can be
/// compared with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Origin {
    /// How this map relates to it.
    pub relation: Relation,
    /// Its title when this map was started.
    pub title: String,
    /// Its file, relative to this map's folder where possible, if it had been saved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

/// How a map relates to the map it was started from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Relation {
    /// The journey as it should run, designed from the current state.
    FutureStateOf,
    /// The strongest competitor's journey, walked with the same stages and questions.
    CompetitorOf,
}
