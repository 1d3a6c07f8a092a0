//! The live updates a phone follows: Server-Sent Events, `event: view` with the participant's
//! view whenever it changes, and `event: closed` when the room closes.
//!
//! Updates are coalesced: a stream sends at most one view per [`MIN_INTERVAL`], always the
//! latest, and none at all when nothing this participant sees changed (another person's dots
//! change nothing on my phone). So a busy room costs each phone a few small messages, not one
//! per tap anywhere in the room.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::Stream;
use tokio::sync::watch;
use tokio::time::Instant;

use super::state::{Published, Shared};
use super::view::{Common, Personal};
use crate::model::ParticipantId;

/// The least time between two views on one stream (at most five a second).
pub const MIN_INTERVAL: Duration = Duration::from_millis(200);

/// How often an idle stream sends a comment, so proxies and phones keep it open and a dead
/// phone is noticed.
pub const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// What a stream sent last, by identity: the server shares unchanged parts between views.
type Sent = (Arc<Common>, Option<Arc<Personal>>);

/// Counts the stream in [`Shared`] for as long as it lives, whichever way it ends.
struct Counted {
    shared: Arc<Shared>,
    participant: ParticipantId,
}

impl Drop for Counted {
    fn drop(&mut self) {
        self.shared.close_stream(self.participant);
    }
}

struct Follow {
    counted: Counted,
    joined_as: String,
    published: watch::Receiver<Arc<Published>>,
    sent: Option<Sent>,
    sent_at: Option<Instant>,
    done: bool,
}

/// The event stream of `participant`, already counted by [`Shared::open_stream`].
pub fn follow(
    shared: Arc<Shared>,
    participant: ParticipantId,
    joined_as: String,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let published = shared.watch();
    let state = Follow {
        counted: Counted {
            shared,
            participant,
        },
        joined_as,
        published,
        sent: None,
        sent_at: None,
        done: false,
    };
    let stream = futures_util::stream::unfold(state, |mut state| async move {
        if state.done {
            return None;
        }
        let event = next_event(&mut state).await;
        Some((Ok(event), state))
    });
    Sse::new(stream).keep_alive(KeepAlive::new().interval(KEEP_ALIVE))
}

/// Waits for the next event worth sending.
async fn next_event(state: &mut Follow) -> Event {
    let participant = state.counted.participant;
    loop {
        if let Some(at) = state.sent_at {
            tokio::time::sleep_until(at + MIN_INTERVAL).await;
        }
        let published = state.published.borrow_and_update().clone();
        if published.closed {
            state.done = true;
            return closed();
        }
        let now: Sent = (
            Arc::clone(&published.view.common),
            published.view.personal(participant).cloned(),
        );
        let unchanged = state.sent.as_ref().is_some_and(|(common, personal)| {
            Arc::ptr_eq(common, &now.0)
                && match (personal, &now.1) {
                    (Some(a), Some(b)) => Arc::ptr_eq(a, b),
                    (None, None) => true,
                    _ => false,
                }
        });
        if !unchanged {
            state.sent = Some(now);
            state.sent_at = Some(Instant::now());
            let json = published.json_for(participant, &state.joined_as);
            return Event::default().event("view").data(&*json);
        }
        if state.published.changed().await.is_err() {
            state.done = true;
            return closed();
        }
    }
}

fn closed() -> Event {
    Event::default().event("closed").data("{}")
}
