//! The room's state on the server: who joined with which key, the view the editor published,
//! and the limits that keep both bounded.
//!
//! Everything here is plain synchronous code behind one mutex, held only for table look-ups
//! (never across an await, never while waiting for the editor): the channel to the editor is
//! bounded and only ever tried, so a busy editor makes the server answer "busy", never hang.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{SyncSender, TrySendError};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::{Notify, watch};

use super::limits::{AddressRates, IdMemory, JoinGuard, SEND_BURST, SEND_PER_SECOND, TokenBucket};
use super::protocol::{Join, JoinSecret, Submission};
use super::server::Arrival;
use super::tokens;
use super::view::RoomView;
use crate::edit::room::{MAX_PARTICIPANTS, RoomEdit};
use crate::model::ParticipantId;

/// Event streams one participant may hold (a phone with the page open in a few tabs).
pub const STREAMS_PER_PARTICIPANT: usize = 3;

/// Event streams the room holds at most.
pub const MAX_STREAMS: usize = 1_000;

/// How recently a participant must have asked for something to count as present.
const PRESENT_FOR: Duration = Duration::from_mins(1);

/// A view as published, with what is derived from it once (the common part's JSON) and what is
/// derived lazily per participant (their whole JSON).
pub struct Published {
    /// Counts publications that changed something; phones ignore answers older than what they
    /// have.
    pub revision: u64,
    /// The view.
    pub view: RoomView,
    /// Whether the room has closed (the last publication).
    pub closed: bool,
    common_members: String,
    rendered: Mutex<HashMap<ParticipantId, Arc<str>>>,
}

impl Published {
    fn new(revision: u64, view: RoomView, closed: bool) -> Self {
        Self {
            revision,
            common_members: view.common_members(),
            view,
            closed,
            rendered: Mutex::new(HashMap::new()),
        }
    }

    /// `participant`'s view as JSON, serialised once per publication.
    pub fn json_for(&self, participant: ParticipantId, joined_as: &str) -> Arc<str> {
        let mut rendered = self.rendered.lock().unwrap_or_else(PoisonError::into_inner);
        Arc::clone(rendered.entry(participant).or_insert_with(|| {
            self.view
                .participant_json(self.revision, &self.common_members, participant, joined_as)
                .into()
        }))
    }
}

/// One participant's session.
struct Session {
    /// The name they joined with or last gave, shown until the editor's view has them.
    name: String,
    ids: IdMemory,
    sends: TokenBucket,
    last_seen: Instant,
    streams: usize,
}

/// What a request is answered with when the room refuses it.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Unknown key, or the room closed.
    NotInRoom,
    /// Wrong token or code.
    WrongCode,
    /// Too many wrong codes: wait this long.
    TooManyTries(Duration),
    /// Too many requests or submissions.
    SlowDown,
    /// Too many event streams.
    TooManyStreams,
    /// The channel to the editor is full (or the editor is gone): try again.
    Busy,
    /// [`MAX_PARTICIPANTS`] joined already.
    Full,
    /// The operating system gave no randomness for a key.
    NoRandomness,
}

/// What the room answers a send with.
#[derive(Debug, PartialEq, Eq)]
pub enum Sent {
    /// Queued for the editor.
    Queued,
    /// Sent before under the same id; not queued again.
    Duplicate,
}

#[derive(Default)]
struct Tables {
    sessions: HashMap<ParticipantId, Session>,
    keys: HashMap<String, ParticipantId>,
    next_participant: u32,
    rates: AddressRates,
    streams: usize,
}

/// The state the server's tasks share.
pub struct Shared {
    pub token: String,
    pub code: String,
    /// The names besides addresses requests may be sent to (see `host`).
    pub names: Vec<String>,
    arrivals: SyncSender<Arrival>,
    wake: Arc<dyn Fn() + Send + Sync>,
    tables: Mutex<Tables>,
    guard: Mutex<JoinGuard>,
    closed: AtomicBool,
    /// The latest publication; event streams watch it.
    published: watch::Sender<Arc<Published>>,
    /// The view the editor handed over last, waiting for [`Self::take_incoming`].
    incoming: Mutex<Option<RoomView>>,
    /// Rung when a view arrives.
    pub incoming_ready: Notify,
    /// Rung when the last event stream ends.
    pub streams_done: Notify,
}

impl Shared {
    pub fn new(
        token: String,
        code: String,
        arrivals: SyncSender<Arrival>,
        wake: Arc<dyn Fn() + Send + Sync>,
        view: RoomView,
    ) -> Self {
        let tables = Tables {
            next_participant: view.next_participant.0.max(1),
            ..Tables::default()
        };
        let (published, _) = watch::channel(Arc::new(Published::new(1, view, false)));
        Self {
            token,
            code,
            names: super::host::own_names(),
            arrivals,
            wake,
            tables: Mutex::new(tables),
            guard: Mutex::new(JoinGuard::new(Instant::now())),
            closed: AtomicBool::new(false),
            published,
            incoming: Mutex::new(None),
            incoming_ready: Notify::new(),
            streams_done: Notify::new(),
        }
    }

    fn tables(&self) -> MutexGuard<'_, Tables> {
        self.tables.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Whether `ip` may make another request.
    pub fn allow_address(&self, ip: IpAddr) -> bool {
        self.tables().rates.allow(ip, Instant::now())
    }

    /// Hands a new view over from the editor's thread: stored, not processed (latest wins).
    pub fn offer(&self, view: RoomView) {
        *self.incoming.lock().unwrap_or_else(PoisonError::into_inner) = Some(view);
        self.incoming_ready.notify_one();
    }

    /// Publishes the view handed over last, if it changes anything a phone sees.
    pub fn take_incoming(&self) {
        let Some(mut view) = self
            .incoming
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
        else {
            return;
        };
        let current = self.published.borrow().clone();
        if current.closed || !view.adopt_unchanged(&current.view) {
            return;
        }
        {
            let mut tables = self.tables();
            tables.next_participant = tables.next_participant.max(view.next_participant.0);
        }
        self.published
            .send_replace(Arc::new(Published::new(current.revision + 1, view, false)));
    }

    /// A receiver of every publication, starting with the current one.
    pub fn watch(&self) -> watch::Receiver<Arc<Published>> {
        self.published.subscribe()
    }

    /// The current publication.
    pub fn current(&self) -> Arc<Published> {
        self.published.borrow().clone()
    }

    /// Ends every session: keys stop working and event streams say `closed`.
    pub fn close(&self) {
        self.closed.store(true, Ordering::SeqCst);
        {
            let mut tables = self.tables();
            tables.sessions.clear();
            tables.keys.clear();
        }
        let current = self.current();
        self.published.send_replace(Arc::new(Published::new(
            current.revision + 1,
            current.view.clone(),
            true,
        )));
    }

    /// Participants with an event stream open or a request in the last minute.
    pub fn people(&self) -> usize {
        let now = Instant::now();
        self.tables()
            .sessions
            .values()
            .filter(|s| s.streams > 0 || now.saturating_duration_since(s.last_seen) < PRESENT_FOR)
            .count()
    }

    /// Event streams open now.
    pub fn streams(&self) -> usize {
        self.tables().streams
    }

    /// Lets someone in who knows the token or the code: a new participant number and key, and
    /// a [`RoomEdit::Join`] on its way to the editor.
    pub fn join(&self, ip: IpAddr, join: Join) -> Result<(String, ParticipantId), Refusal> {
        if self.closed.load(Ordering::SeqCst) {
            return Err(Refusal::NotInRoom);
        }
        let now = Instant::now();
        match &join.secret {
            JoinSecret::Token(token) => {
                if !tokens::same_secret(token, &self.token) {
                    return Err(Refusal::WrongCode);
                }
            }
            JoinSecret::Code(code) => {
                let mut guard = self.guard.lock().unwrap_or_else(PoisonError::into_inner);
                guard.check(ip, now).map_err(Refusal::TooManyTries)?;
                if tokens::same_secret(code, &self.code) {
                    guard.right(ip);
                } else {
                    guard.wrong(ip, now).map_err(Refusal::TooManyTries)?;
                    return Err(Refusal::WrongCode);
                }
            }
        }
        let key = tokens::participant_key().map_err(|_| Refusal::NoRandomness)?;
        let participant = {
            let mut tables = self.tables();
            if tables.sessions.len() >= MAX_PARTICIPANTS {
                return Err(Refusal::Full);
            }
            let participant = ParticipantId(tables.next_participant);
            self.queue(RoomEdit::Join {
                participant,
                name: join.name.clone(),
            })?;
            tables.next_participant = tables.next_participant.saturating_add(1);
            tables.keys.insert(key.clone(), participant);
            tables.sessions.insert(
                participant,
                Session {
                    name: join.name,
                    ids: IdMemory::default(),
                    sends: TokenBucket::new(SEND_BURST, SEND_PER_SECOND, now),
                    last_seen: now,
                    streams: 0,
                },
            );
            participant
        };
        (self.wake)();
        Ok((key, participant))
    }

    /// The participant holding `key`, who is thereby present now, and the name they joined as.
    pub fn authenticate(&self, key: &str) -> Result<(ParticipantId, String), Refusal> {
        let mut tables = self.tables();
        let participant = *tables.keys.get(key).ok_or(Refusal::NotInRoom)?;
        let session = tables
            .sessions
            .get_mut(&participant)
            .ok_or(Refusal::NotInRoom)?;
        session.last_seen = Instant::now();
        Ok((participant, session.name.clone()))
    }

    /// Queues what `participant` sent for the editor, unless the same id came before.
    pub fn send(
        &self,
        participant: ParticipantId,
        submission: Submission,
    ) -> Result<Sent, Refusal> {
        let now = Instant::now();
        {
            let mut tables = self.tables();
            let session = tables
                .sessions
                .get_mut(&participant)
                .ok_or(Refusal::NotInRoom)?;
            if session.ids.contains(&submission.id) {
                return Ok(Sent::Duplicate);
            }
            if !session.sends.take(now) {
                return Err(Refusal::SlowDown);
            }
            let edit = submission.action.into_edit(participant);
            if let RoomEdit::Rename { name, .. } = &edit {
                session.name.clone_from(name);
            }
            self.queue(edit)?;
            session.ids.remember(submission.id);
        }
        (self.wake)();
        Ok(Sent::Queued)
    }

    fn queue(&self, edit: RoomEdit) -> Result<(), Refusal> {
        let arrival = Arrival {
            edit,
            received: Instant::now(),
        };
        self.arrivals
            .try_send(arrival)
            .map_err(|error| match error {
                TrySendError::Full(_) | TrySendError::Disconnected(_) => Refusal::Busy,
            })
    }

    /// Counts a new event stream of `participant`, within the limits.
    pub fn open_stream(&self, participant: ParticipantId) -> Result<(), Refusal> {
        let mut tables = self.tables();
        if tables.streams >= MAX_STREAMS {
            return Err(Refusal::Busy);
        }
        let session = tables
            .sessions
            .get_mut(&participant)
            .ok_or(Refusal::NotInRoom)?;
        if session.streams >= STREAMS_PER_PARTICIPANT {
            return Err(Refusal::TooManyStreams);
        }
        session.streams += 1;
        session.last_seen = Instant::now();
        tables.streams += 1;
        Ok(())
    }

    /// Counts an event stream's end.
    pub fn close_stream(&self, participant: ParticipantId) {
        let mut tables = self.tables();
        tables.streams = tables.streams.saturating_sub(1);
        if let Some(session) = tables.sessions.get_mut(&participant) {
            session.streams = session.streams.saturating_sub(1);
            session.last_seen = Instant::now();
        }
        if tables.streams == 0 {
            self.streams_done.notify_waiters();
        }
    }
}
