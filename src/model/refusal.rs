//! What the model's own readers refuse while a file is parsed.
//!
//! serde lets a reader report only text ([`serde::de::Error::custom`]), so the loader cannot
//! match on the cause. Each refusal is therefore written from this enum, and
//! [`ReadRefusal::from_message`] reads the text back, so the loader (and the editor, in German)
//! can word it in its own terms.

use thiserror::Error;

use super::persona::MAX_LIST_ITEMS;
use super::{PersonaId, StageId};

/// A refusal of one of the model's readers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum ReadRefusal {
    /// A persona list has more entries than a map may hold; reading stopped there.
    #[error("a persona list has more than {max} entries; journeymap opens at most {max}")]
    PersonaListTooLong {
        /// The most entries a list may have.
        max: usize,
    },
    /// An emotion lane scores one stage twice.
    #[error("stage {stage} is scored twice in an emotion lane; keep one score")]
    ScoredTwice {
        /// The stage.
        stage: StageId,
    },
    /// An emotion lane holds two curves for one persona.
    #[error("persona {persona} has two curves in an emotion lane; keep one")]
    CurveTwice {
        /// The persona.
        persona: PersonaId,
    },
}

impl ReadRefusal {
    /// The refusal whose message `message` is, if it is one.
    pub fn from_message(message: &str) -> Option<Self> {
        let stage = message
            .strip_prefix("stage ")
            .and_then(|rest| rest.split_once(' '))
            .and_then(|(number, _)| number.parse().ok())
            .map(|stage| Self::ScoredTwice {
                stage: StageId(stage),
            });
        let persona = message
            .strip_prefix("persona ")
            .and_then(|rest| rest.split_once(' '))
            .and_then(|(number, _)| number.parse().ok())
            .map(|persona| Self::CurveTwice {
                persona: PersonaId(persona),
            });
        [
            Some(Self::PersonaListTooLong {
                max: MAX_LIST_ITEMS,
            }),
            stage,
            persona,
        ]
        .into_iter()
        .flatten()
        .find(|refusal| refusal.to_string() == message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_is_read_back_from_its_message() {
        for refusal in [
            ReadRefusal::PersonaListTooLong {
                max: MAX_LIST_ITEMS,
            },
            ReadRefusal::ScoredTwice { stage: StageId(7) },
            ReadRefusal::ScoredTwice {
                stage: StageId(u32::MAX),
            },
            ReadRefusal::CurveTwice {
                persona: PersonaId(2),
            },
        ] {
            assert_eq!(
                ReadRefusal::from_message(&refusal.to_string()),
                Some(refusal)
            );
        }
        for other in [
            "",
            "stage",
            "stage 1",
            "stage x is scored twice",
            "invalid type",
        ] {
            assert_eq!(ReadRefusal::from_message(other), None, "{other}");
        }
    }
}
