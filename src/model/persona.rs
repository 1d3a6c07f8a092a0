//! The persona: the fictional buyer, built from real customer data, whose journey the map shows.

use serde::{Deserialize, Serialize};

/// Who the journey is about. Every field may be empty while a team is still interviewing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Persona {
    /// A first name (and optionally an age) the team can talk about.
    pub name: String,
    /// Role or situation, e.g. "owner of a small bakery, 42".
    pub role: String,
    /// What the person wants to achieve.
    pub goals: Vec<String>,
    /// What the person needs from the business.
    pub needs: Vec<String>,
    /// What annoys or blocks the person today.
    pub frustrations: Vec<String>,
    /// A typical sentence the person said in an interview.
    pub quote: String,
    /// Path of a photo, relative to the map file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub photo: Option<String>,
}

impl Persona {
    /// Whether nothing has been filled in yet.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}
