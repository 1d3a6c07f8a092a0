//! The editor's frame on a 2,000-card map while its room takes in what phones send.
//!
//! The real `EditorApp` runs without a window (see `support`), with its room open on loopback
//! as File ▸ Open the room opens it, the room panel showing. A feeder thread plays 100 phones,
//! each joined from its own loopback address (127.0.1.N) and sending one submission a second,
//! spread evenly: 100 a second in all, ten times what a busy workshop of 30 sends at its
//! peak. One iteration is one whole frame as eframe runs it (the egui pass with the editor's
//! logic, which drains, applies and publishes what arrived; then tessellation). While phones
//! send, only the frames that take something in are timed (frames run back to back until the
//! document changes in one): those are the frames that apply, lay out again, publish a view
//! to the phones and draw the change.
//!
//! Each is measured with the whole map in view (`fit`, Ctrl+0) and at 100 % (`100%`, Ctrl+1,
//! where cards show their text):
//! - `room_ingest/{fit,100%}/idle/2000`: the room open, nothing arriving (the baseline).
//! - `…/collect/2000`: notes into the inbox.
//! - `…/direct/2000`: notes straight onto the map, each a new card and undo step (the map
//!   grows by about 100 cards a second while measured).
//! - `…/vote/2000`: dots on cards (each phone moves a dot to and fro).
//! - `…/feel/2000`: stage scores (each phone walks its score through −2…+2).
//!
//! The target (the issue that brought the room) is a frame of at most 8 ms while ingesting.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/room_support/mod.rs"]
mod room_support;
mod support;

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use journeymap::model::sample::synthetic_map;
use journeymap::model::{RoomMode, RoomSettings};
use support::{Editor, View};

const CARDS: usize = 2_000;
const PHONES: usize = 100;
/// Submissions a second from all phones together.
const PER_SECOND: u32 = 100;

#[derive(Clone, Copy, Debug)]
enum Ingest {
    Idle,
    Collect,
    Direct,
    Vote,
    Feel,
}

impl Ingest {
    const ALL: [Ingest; 5] = [
        Ingest::Idle,
        Ingest::Collect,
        Ingest::Direct,
        Ingest::Vote,
        Ingest::Feel,
    ];

    fn name(self) -> &'static str {
        match self {
            Ingest::Idle => "idle",
            Ingest::Collect => "collect",
            Ingest::Direct => "direct",
            Ingest::Vote => "vote",
            Ingest::Feel => "feel",
        }
    }

    fn settings(self) -> RoomSettings {
        RoomSettings {
            mode: match self {
                Ingest::Idle | Ingest::Collect | Ingest::Direct => RoomMode::Collect,
                Ingest::Vote => RoomMode::Vote,
                Ingest::Feel => RoomMode::Feel,
            },
            direct: matches!(self, Ingest::Direct),
            ..RoomSettings::default()
        }
    }
}

/// The phones: joined, then sending until told to stop.
struct Feeder {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<usize>>,
}

impl Feeder {
    /// Joins [`PHONES`] phones to the editor's room and, unless `ingest` is idle, starts
    /// sending. Frames run while the phones join, so the editor takes them in.
    fn start(editor: &mut Editor, ingest: Ingest) -> Feeder {
        let room = editor.app.room().expect("the room is open");
        let (port, token) = (room.port(), room.token().to_owned());
        let map = editor.app.document().map();
        let lane = map.lanes.iter().find(|lane| lane.holds_cards()).unwrap().id;
        let stages: Vec<u32> = map.stages.iter().map(|stage| stage.id.0).collect();
        let cards: Vec<u32> = map.cards.iter().map(|card| card.id.0).collect();
        let keys: Vec<(Ipv4Addr, String)> = (0..PHONES)
            .map(|phone| {
                let from = Ipv4Addr::new(127, 0, 1, u8::try_from(phone + 1).unwrap());
                let body = serde_json::json!({ "token": token, "name": "" }).to_string();
                let reply = room_support::post_from(from, port, "/api/join", None, &body).unwrap();
                assert_eq!(reply.status, 200, "{}", reply.text());
                (from, reply.json()["key"].as_str().unwrap().to_owned())
            })
            .collect();
        let start = Instant::now();
        while editor.app.document().map().room.participants.len() < PHONES {
            assert!(
                start.elapsed() < room_support::DEADLINE,
                "the phones joined"
            );
            editor.frame(Vec::new());
        }
        let stop = Arc::new(AtomicBool::new(false));
        let thread = (!matches!(ingest, Ingest::Idle)).then(|| {
            let stop = Arc::clone(&stop);
            std::thread::spawn(move || {
                let interval = Duration::from_secs(1) / PER_SECOND;
                let began = Instant::now();
                let mut sent = 0_usize;
                while !stop.load(Ordering::Relaxed) {
                    let phone = sent % PHONES;
                    let round = sent / PHONES;
                    let action = match ingest {
                        Ingest::Idle => unreachable!(),
                        Ingest::Collect | Ingest::Direct => serde_json::json!({ "note": {
                            "lane": lane.0,
                            "stage": stages[sent % stages.len()],
                            "text": format!("Notiz {round} von Telefon {phone}: zu lange Wartezeit"),
                        } }),
                        Ingest::Vote => serde_json::json!({ "dots": {
                            "card": cards[(phone * 7) % cards.len()],
                            "count": round % 2 + 1,
                        } }),
                        Ingest::Feel => serde_json::json!({ "feel": {
                            "stage": stages[phone % stages.len()],
                            "score": i64::try_from(round % 5).unwrap() - 2,
                        } }),
                    };
                    let (from, key) = &keys[phone];
                    let body = serde_json::json!({ "id": format!("s-{round:08}"), "do": action })
                        .to_string();
                    let reply =
                        room_support::post_from(*from, port, "/api/send", Some(key), &body)
                            .unwrap();
                    assert!(
                        matches!(reply.status, 200 | 429 | 503),
                        "{}",
                        reply.text()
                    );
                    sent += 1;
                    // Evenly spread: the next one is due at `sent` intervals from the start.
                    let due = began + interval * u32::try_from(sent).unwrap();
                    if let Some(wait) = due.checked_duration_since(Instant::now()) {
                        std::thread::sleep(wait);
                    }
                }
                sent
            })
        });
        Feeder { stop, thread }
    }

    /// Stops sending; how many submissions were sent.
    fn stop(mut self) -> usize {
        self.stop.store(true, Ordering::Relaxed);
        self.thread
            .take()
            .map_or(0, |thread| thread.join().unwrap())
    }
}

trait Ingesting {
    /// Runs frames until one takes in what phones sent (the document changes in it); the time
    /// of that frame alone.
    fn frame_that_takes_something_in(&mut self) -> Duration;
}

/// Frames run, and of them frames that took something in, since the last [`counted`].
static FRAMES: AtomicUsize = AtomicUsize::new(0);
static TAKING: AtomicUsize = AtomicUsize::new(0);

/// The counts of frames run and of frames timed, reset.
fn counted() -> (usize, usize) {
    (
        FRAMES.swap(0, Ordering::Relaxed),
        TAKING.swap(0, Ordering::Relaxed),
    )
}

impl Ingesting for Editor {
    fn frame_that_takes_something_in(&mut self) -> Duration {
        let start = Instant::now();
        loop {
            let revision = self.app.document().revision();
            let began = Instant::now();
            self.frame(Vec::new());
            let took = began.elapsed();
            FRAMES.fetch_add(1, Ordering::Relaxed);
            if self.app.document().revision() != revision {
                TAKING.fetch_add(1, Ordering::Relaxed);
                return took;
            }
            assert!(
                start.elapsed() < room_support::DEADLINE,
                "something arrived"
            );
        }
    }
}

fn room_ingest(c: &mut Criterion) {
    let mut group = c.benchmark_group("room_ingest");
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(6));
    for (view_name, view) in [("fit", View::Fit), ("100%", View::Actual)] {
        for ingest in Ingest::ALL {
            let name = format!("{view_name}/{}", ingest.name());
            let mut map = synthetic_map(CARDS);
            map.room.settings = ingest.settings();
            let mut editor = Editor::with_map(map, view);
            editor
                .app
                .set_room_address(IpAddr::V4(Ipv4Addr::LOCALHOST), 0);
            editor.app.open_room(&editor.ctx.clone());
            editor.frame(Vec::new());
            let feeder = Feeder::start(&mut editor, ingest);
            counted();
            let notes_before = editor.app.document().map().room.notes.len();
            let cards_before = editor.app.document().map().cards.len();
            group.bench_with_input(BenchmarkId::new(&name, CARDS), &CARDS, |b, _| {
                if matches!(ingest, Ingest::Idle) {
                    b.iter(|| editor.frame(Vec::new()));
                } else {
                    b.iter_custom(|iterations| {
                        (0..iterations)
                            .map(|_| editor.frame_that_takes_something_in())
                            .sum()
                    });
                }
            });
            let sent = feeder.stop();
            let (frames, taking) = counted();
            let map = editor.app.document().map();
            let dots: u32 = map.room.dots.iter().map(|d| u32::from(d.count)).sum();
            eprintln!(
                "room_ingest/{name}/{CARDS}: {sent} submissions sent while measured, {taking} \
                 of {frames} frames took something in; notes {notes_before} → {}, cards \
                 {cards_before} → {}, {dots} dots, {} scores",
                map.room.notes.len(),
                map.cards.len(),
                map.room.feelings.len(),
            );
        }
    }
    group.finish();
}

criterion_group!(benches, room_ingest);
criterion_main!(benches);
