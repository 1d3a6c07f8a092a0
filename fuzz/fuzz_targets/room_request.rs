//! Arbitrary bytes as the body of a phone's join or send request: decoding answers every input
//! with a request or an error, never panics, and what it lets through keeps the limits the
//! server promises (ids of the allowed shape, texts within their lengths, scores on the scale).
#![no_main]

use journeymap::model::{DOTS_RANGE, EMOTION_MAX, EMOTION_MIN, MAX_NAME_CHARS, MAX_NOTE_CHARS};
use journeymap::room::protocol::{Action, decode_join, decode_send, valid_id};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(join) = decode_join(bytes) {
        assert!(join.name.chars().count() <= MAX_NAME_CHARS);
        assert_eq!(join.name.trim(), join.name);
    }
    if let Ok(submission) = decode_send(bytes) {
        assert!(valid_id(&submission.id));
        match &submission.action {
            Action::Note { text, .. } | Action::Change { text, .. } => {
                assert!(!text.is_empty() && text.chars().count() <= MAX_NOTE_CHARS);
            }
            Action::Name { name } => assert!(name.chars().count() <= MAX_NAME_CHARS),
            Action::Dots { count, .. } => assert!(*count <= *DOTS_RANGE.end()),
            Action::Feel { score, .. } => {
                assert!(score.is_none_or(|s| (EMOTION_MIN..=EMOTION_MAX).contains(&s)));
            }
            Action::Withdraw { .. } => {}
        }
    }
});
