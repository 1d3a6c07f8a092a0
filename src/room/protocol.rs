//! What phones send, decoded from bytes without any I/O.
//!
//! Every request body passes through [`decode_join`] or [`decode_send`] before the server looks
//! at it, so the whole of the room's input surface is two pure functions that a fuzzer can drive
//! (`fuzz/fuzz_targets/room_request.rs`). They refuse anything that is not exactly the expected
//! shape, and they check the limits a phone can check too (text lengths, score range), so a
//! refusal reaches the phone at once instead of vanishing in the editor.

use serde::Deserialize;
use thiserror::Error;

use crate::edit::room::RoomEdit;
use crate::model::{
    CardId, DOTS_RANGE, EMOTION_MAX, EMOTION_MIN, LaneId, MAX_NAME_CHARS, MAX_NOTE_CHARS,
    ParticipantId, RoomNoteId, StageId,
};

/// The shortest submission id a phone may use: enough randomness that two phones' ids never
/// meet in one participant's memory (ids are remembered per participant anyway).
pub const MIN_ID_CHARS: usize = 8;

/// The longest submission id.
pub const MAX_ID_CHARS: usize = 64;

/// The join code's length in digits.
pub const CODE_DIGITS: usize = 6;

/// The longest join token or code accepted before comparing: a real one is far shorter.
const MAX_SECRET_CHARS: usize = 128;

/// Why a request body was refused. Each becomes a 400 answer with the variant's
/// [`DecodeError::code`] as detail, which the page may show.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, or not the expected shape (unknown or missing fields, wrong types).
    #[error("the request is not understood")]
    Malformed,
    /// Both or neither of a join token and a join code.
    #[error("give a join token or a code")]
    NoSecret,
    /// A submission id that is too short, too long or has other characters than
    /// `A-Z a-z 0-9 _ -`.
    #[error("the submission id is not valid")]
    BadId,
    /// An empty note.
    #[error("the note is empty")]
    EmptyText,
    /// A note or name over its limit.
    #[error("the text is too long")]
    TooLong,
    /// A score or dot count off its range.
    #[error("the number is out of range")]
    OutOfRange,
}

impl DecodeError {
    /// A short machine-readable name, sent to the phone as `detail`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Malformed => "malformed",
            Self::NoSecret => "no-secret",
            Self::BadId => "bad-id",
            Self::EmptyText => "empty-text",
            Self::TooLong => "too-long",
            Self::OutOfRange => "out-of-range",
        }
    }
}

/// How a phone proves it was invited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JoinSecret {
    /// The long token from the QR code's link.
    Token(String),
    /// The six digits typed by hand.
    Code(String),
}

/// A request to join the room.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Join {
    /// The token or code.
    pub secret: JoinSecret,
    /// The name to be shown, trimmed; empty for the anonymous.
    pub name: String,
}

/// One thing a participant does, as sent with its submission id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Submission {
    /// Chosen by the phone; the same id sent again is the same submission (a retry).
    pub id: String,
    /// What to do.
    pub action: Action,
}

/// What a participant asks for. Everything names the map's things by their ids; the editor
/// checks that they exist and are open.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Action {
    /// A new note for a cell.
    Note {
        /// The lane.
        lane: LaneId,
        /// The stage.
        stage: StageId,
        /// What it says.
        text: String,
    },
    /// A new text or place for one's own waiting note.
    Change {
        /// Which note.
        note: RoomNoteId,
        /// The lane.
        lane: LaneId,
        /// The stage.
        stage: StageId,
        /// What it says now.
        text: String,
    },
    /// Taking back one's own waiting note.
    Withdraw {
        /// Which note.
        note: RoomNoteId,
    },
    /// How many of one's dots lie on a card.
    Dots {
        /// The card.
        card: CardId,
        /// The dots on it (0 takes them off).
        count: u8,
    },
    /// One's score of a stage, or none.
    Feel {
        /// The stage.
        stage: StageId,
        /// From −2 to +2; `null` (or missing) clears it.
        #[serde(default)]
        score: Option<i8>,
    },
    /// A new name (empty for anonymous).
    Name {
        /// The name.
        name: String,
    },
}

impl Action {
    /// The change the editor applies, on behalf of `participant` (the one the server
    /// authenticated, never a number from the request).
    pub fn into_edit(self, participant: ParticipantId) -> RoomEdit {
        match self {
            Self::Note { lane, stage, text } => RoomEdit::Note {
                participant,
                lane,
                stage,
                text,
            },
            Self::Change {
                note,
                lane,
                stage,
                text,
            } => RoomEdit::ChangeNote {
                participant,
                note,
                lane,
                stage,
                text,
            },
            Self::Withdraw { note } => RoomEdit::WithdrawNote { participant, note },
            Self::Dots { card, count } => RoomEdit::SetDots {
                participant,
                card,
                count,
            },
            Self::Feel { stage, score } => RoomEdit::SetFeeling {
                participant,
                stage,
                score,
            },
            Self::Name { name } => RoomEdit::Rename { participant, name },
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JoinBody {
    #[serde(default)]
    token: Option<String>,
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    name: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SendBody {
    id: String,
    #[serde(rename = "do")]
    action: Action,
}

/// Decodes `POST /api/join`: `{"token":"…","name":"…"}` or `{"code":"123456","name":""}`.
pub fn decode_join(body: &[u8]) -> Result<Join, DecodeError> {
    let body: JoinBody = serde_json::from_slice(body).map_err(|_| DecodeError::Malformed)?;
    let secret = match (body.token, body.code) {
        (Some(token), None) => JoinSecret::Token(token),
        (None, Some(code)) => JoinSecret::Code(code.trim().to_owned()),
        _ => return Err(DecodeError::NoSecret),
    };
    let (JoinSecret::Token(text) | JoinSecret::Code(text)) = &secret;
    if text.is_empty() || text.len() > MAX_SECRET_CHARS {
        return Err(DecodeError::NoSecret);
    }
    let name = checked_text(body.name.as_deref().unwrap_or(""), MAX_NAME_CHARS, true)?;
    Ok(Join { secret, name })
}

/// Decodes `POST /api/send`: `{"id":"…","do":{"note":{…}}}` and the other actions.
pub fn decode_send(body: &[u8]) -> Result<Submission, DecodeError> {
    let body: SendBody = serde_json::from_slice(body).map_err(|_| DecodeError::Malformed)?;
    if !valid_id(&body.id) {
        return Err(DecodeError::BadId);
    }
    let action = match body.action {
        Action::Note { lane, stage, text } => Action::Note {
            lane,
            stage,
            text: checked_text(&text, MAX_NOTE_CHARS, false)?,
        },
        Action::Change {
            note,
            lane,
            stage,
            text,
        } => Action::Change {
            note,
            lane,
            stage,
            text: checked_text(&text, MAX_NOTE_CHARS, false)?,
        },
        Action::Name { name } => Action::Name {
            name: checked_text(&name, MAX_NAME_CHARS, true)?,
        },
        Action::Dots { count, .. } if count > *DOTS_RANGE.end() => {
            return Err(DecodeError::OutOfRange);
        }
        Action::Feel {
            score: Some(score), ..
        } if !(EMOTION_MIN..=EMOTION_MAX).contains(&score) => {
            return Err(DecodeError::OutOfRange);
        }
        action => action,
    };
    Ok(Submission {
        id: body.id,
        action,
    })
}

/// Whether `id` is a submission id: 8–64 characters of `A-Z a-z 0-9 _ -`.
pub fn valid_id(id: &str) -> bool {
    (MIN_ID_CHARS..=MAX_ID_CHARS).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// `text` trimmed, or refused when empty (unless allowed) or over `max` characters. The editor
/// cleans and checks again; this only answers the phone early.
fn checked_text(text: &str, max: usize, may_be_empty: bool) -> Result<String, DecodeError> {
    let text = text.trim();
    if text.is_empty() && !may_be_empty {
        return Err(DecodeError::EmptyText);
    }
    if text.chars().count() > max {
        return Err(DecodeError::TooLong);
    }
    Ok(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_decodes() {
        let send =
            decode_send(br#"{"id":"abcdefgh","do":{"note":{"lane":3,"stage":2,"text":" Hi "}}}"#)
                .unwrap();
        assert_eq!(send.id, "abcdefgh");
        assert_eq!(
            send.action,
            Action::Note {
                lane: LaneId(3),
                stage: StageId(2),
                text: "Hi".into()
            }
        );
        let feel =
            decode_send(br#"{"id":"abcdefgh","do":{"feel":{"stage":2,"score":null}}}"#).unwrap();
        assert_eq!(
            feel.action,
            Action::Feel {
                stage: StageId(2),
                score: None
            }
        );
        for body in [
            r#"{"id":"abcdefgh","do":{"change":{"note":5,"lane":3,"stage":2,"text":"x"}}}"#,
            r#"{"id":"abcdefgh","do":{"withdraw":{"note":5}}}"#,
            r#"{"id":"abcdefgh","do":{"dots":{"card":12,"count":2}}}"#,
            r#"{"id":"abcdefgh","do":{"feel":{"stage":2,"score":-2}}}"#,
            r#"{"id":"abcdefgh","do":{"name":{"name":""}}}"#,
        ] {
            assert!(decode_send(body.as_bytes()).is_ok(), "{body}");
        }
    }

    #[test]
    fn wrong_shapes_and_limits_are_refused() {
        let cases: [(&str, DecodeError); 9] = [
            ("", DecodeError::Malformed),
            (r#"{"id":"abcdefgh"}"#, DecodeError::Malformed),
            (
                r#"{"id":"abcdefgh","do":{"note":{"lane":-1,"stage":2,"text":"x"}}}"#,
                DecodeError::Malformed,
            ),
            (
                r#"{"id":"abcdefgh","do":{"withdraw":{"note":5}},"participant":1}"#,
                DecodeError::Malformed,
            ),
            (
                r#"{"id":"short","do":{"withdraw":{"note":5}}}"#,
                DecodeError::BadId,
            ),
            (
                r#"{"id":"abc/defgh","do":{"withdraw":{"note":5}}}"#,
                DecodeError::BadId,
            ),
            (
                r#"{"id":"abcdefgh","do":{"note":{"lane":1,"stage":2,"text":"  "}}}"#,
                DecodeError::EmptyText,
            ),
            (
                r#"{"id":"abcdefgh","do":{"feel":{"stage":2,"score":3}}}"#,
                DecodeError::OutOfRange,
            ),
            (
                r#"{"id":"abcdefgh","do":{"dots":{"card":2,"count":21}}}"#,
                DecodeError::OutOfRange,
            ),
        ];
        for (body, error) in cases {
            assert_eq!(decode_send(body.as_bytes()), Err(error), "{body}");
        }
        let long = "x".repeat(MAX_NOTE_CHARS + 1);
        let body = format!(
            r#"{{"id":"abcdefgh","do":{{"note":{{"lane":1,"stage":2,"text":"{long}"}}}}}}"#
        );
        assert_eq!(decode_send(body.as_bytes()), Err(DecodeError::TooLong));
        let exactly = "ä".repeat(MAX_NOTE_CHARS);
        let body = format!(
            r#"{{"id":"abcdefgh","do":{{"note":{{"lane":1,"stage":2,"text":"{exactly}"}}}}}}"#
        );
        assert!(decode_send(body.as_bytes()).is_ok());
    }

    #[test]
    fn a_join_has_exactly_one_secret() {
        assert_eq!(
            decode_join(br#"{"code":" 123456 ","name":" Anna "}"#).unwrap(),
            Join {
                secret: JoinSecret::Code("123456".into()),
                name: "Anna".into()
            }
        );
        assert!(decode_join(br#"{"token":"abc"}"#).is_ok());
        for body in [
            r#"{"name":"Anna"}"#,
            r#"{"token":"a","code":"1"}"#,
            r#"{"token":""}"#,
        ] {
            assert_eq!(
                decode_join(body.as_bytes()),
                Err(DecodeError::NoSecret),
                "{body}"
            );
        }
        let name = "n".repeat(MAX_NAME_CHARS + 1);
        let body = format!(r#"{{"code":"1","name":"{name}"}}"#);
        assert_eq!(decode_join(body.as_bytes()), Err(DecodeError::TooLong));
    }
}
