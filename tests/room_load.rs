//! A room of 100 phones at once, over loopback, each from its own address: every phone writes
//! 20 notes, puts 5 dots and scores 5 stages, while the editor's side applies what arrives to a
//! 2,000-card map as the window does (drain, apply, publish). While writing, every phone
//! follows its event stream; half of them lose the Wi-Fi halfway: the stream breaks and the
//! answer to the note in flight never comes, so they reconnect, send that note again and go
//! on, and at the end they send their last notes once more, as a phone unsure of its answers
//! does. Everything must arrive exactly once and add up, every phone's stream must show all
//! its notes after the reconnect, and the server's memory must stay bounded. The times from
//! sending to the document are printed (they are measured, not asserted: a test machine's
//! speed is not the product's).
#![cfg(feature = "room")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod room_support;

use std::collections::HashMap;
use std::io::Write;
use std::net::Ipv4Addr;
use std::sync::{Arc, Barrier, Mutex};
use std::time::{Duration, Instant};

use journeymap::edit::room::RoomEdit;
use journeymap::model::{CardId, ParticipantId, RoomMode, RoomSettings, StageId, sample};
use journeymap::room::RoomView;
use room_support::{DEADLINE, Events, connect_from, open_room, post_from};

const PHONES: usize = 100;
const NOTES: usize = 20;
const DOTS: usize = 5;
const SCORES: usize = 5;
/// How many of its last notes a phone that lost its connection sends again.
const RESENT: usize = 5;
/// The note whose answer a phone that loses the Wi-Fi never gets.
const LOST_AT: usize = NOTES / 2;
/// How much the process may grow while the room takes all of it (it grows by about 10 MiB).
const MEMORY_BOUND_KIB: u64 = 128 * 1024;

/// When each submission was sent, by a key both sides can name.
type Sent = Arc<Mutex<HashMap<String, Instant>>>;

fn source(phone: usize) -> Ipv4Addr {
    Ipv4Addr::new(127, 0, 1, u8::try_from(phone + 1).unwrap())
}

/// Sends until the room takes it (a 429 or 503 is retried with the same id, as the page does).
fn send(port: u16, from: Ipv4Addr, key: &str, id: &str, action: &serde_json::Value) {
    let body = serde_json::json!({ "id": id, "do": action }).to_string();
    let start = Instant::now();
    loop {
        let reply = post_from(from, port, "/api/send", Some(key), &body).unwrap();
        match reply.status {
            200 => return,
            429 | 503 => {
                assert!(start.elapsed() < DEADLINE, "the room took {id} in time");
                std::thread::yield_now();
            }
            other => panic!("{id}: {other} {}", reply.text()),
        }
    }
}

/// Sends a submission and breaks the connection before the answer: the room may or may not
/// have taken it, and the phone cannot know.
fn send_and_lose_the_answer(
    port: u16,
    from: Ipv4Addr,
    key: &str,
    id: &str,
    action: &serde_json::Value,
) {
    let body = serde_json::json!({ "id": id, "do": action }).to_string();
    let request = format!(
        "POST /api/send HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Type: application/json\r\nX-Room-Key: {key}\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let mut stream = connect_from(from, port).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

/// How many notes of its own a phone's view lists.
fn own_notes(view: &serde_json::Value) -> usize {
    view["me"]["notes"].as_array().map_or(0, Vec::len)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with("VmRSS:"))
                .and_then(|line| line.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

#[test]
#[allow(clippy::too_many_lines)]
fn a_hundred_phones_at_once_arrive_exactly_once() {
    let map = sample::synthetic_map(2_000);
    let stages: Vec<StageId> = map.stages.iter().map(|stage| stage.id).collect();
    let lane = map.lanes.iter().find(|lane| lane.holds_cards()).unwrap().id;
    let cards: Vec<CardId> = map.cards.iter().map(|card| card.id).collect();
    let (server, mut editor) = open_room(map);
    let port = server.port();
    let rss_before = rss_kib();

    // Everyone joins.
    let keys: Vec<(String, u32)> = (0..PHONES)
        .map(|phone| {
            let body = serde_json::json!({ "token": server.token(), "name": "" }).to_string();
            let reply = post_from(source(phone), port, "/api/join", None, &body).unwrap();
            assert_eq!(reply.status, 200, "{}", reply.text());
            let json = reply.json();
            (
                json["key"].as_str().unwrap().to_owned(),
                u32::try_from(json["participant"].as_u64().unwrap()).unwrap(),
            )
        })
        .collect();
    editor.apply(&server, PHONES);

    let sent: Sent = Arc::default();
    let applied: Arc<Mutex<HashMap<String, Instant>>> = Arc::default();
    let mut latencies = Vec::new();

    for mode in [RoomMode::Collect, RoomMode::Vote, RoomMode::Feel] {
        editor.settings(
            &server,
            RoomSettings {
                mode,
                dots: u8::try_from(DOTS).unwrap(),
                ..RoomSettings::default()
            },
        );
        let expected = match mode {
            RoomMode::Collect => PHONES * NOTES,
            RoomMode::Vote => PHONES * DOTS,
            RoomMode::Feel => PHONES * SCORES,
        };
        let start = Arc::new(Barrier::new(PHONES));
        let phones: Vec<_> = keys
            .iter()
            .cloned()
            .enumerate()
            .map(|(phone, (key, participant))| {
                let sent = Arc::clone(&sent);
                let start = Arc::clone(&start);
                let stages = stages.clone();
                let cards = cards.clone();
                std::thread::spawn(move || {
                    let from = source(phone);
                    start.wait();
                    let mark = |name: String| {
                        sent.lock().unwrap().insert(name, Instant::now());
                    };
                    match mode {
                        RoomMode::Collect => {
                            let mut stream = Events::open_from(from, port, &key);
                            let note_text =
                                |note: usize| format!("Notiz {note} von Telefon {phone} – Brötchen");
                            let note_action = |note: usize| {
                                serde_json::json!({ "note": {
                                    "lane": lane.0,
                                    "stage": stages[note % stages.len()].0,
                                    "text": note_text(note),
                                } })
                            };
                            let send_note = |note: usize| {
                                send(port, from, &key, &format!("note-{note:04}"), &note_action(note));
                            };
                            for note in 0..NOTES {
                                mark(note_text(note));
                                if phone % 2 == 0 && note == LOST_AT {
                                    // The Wi-Fi drops: the stream breaks and the answer to this
                                    // note never comes. Back online, the phone follows the
                                    // room again and sends the note once more.
                                    drop(stream);
                                    send_and_lose_the_answer(
                                        port,
                                        from,
                                        &key,
                                        &format!("note-{note:04}"),
                                        &note_action(note),
                                    );
                                    stream = Events::open_from(from, port, &key);
                                }
                                send_note(note);
                                stream.skip_received();
                            }
                            if phone % 2 == 0 {
                                // The answers to the last notes were lost: send them again.
                                for note in NOTES - RESENT..NOTES {
                                    send_note(note);
                                }
                            }
                            // The stream (the second one, for half of them) shows every note.
                            stream.view_until(|view| own_notes(view) == NOTES);
                        }
                        RoomMode::Vote => {
                            for dot in 0..DOTS {
                                let card = cards[(phone * DOTS + dot) % cards.len()];
                                mark(format!("dots {participant} {}", card.0));
                                send(
                                    port,
                                    from,
                                    &key,
                                    &format!("dots-{dot:04}"),
                                    &serde_json::json!({ "dots": { "card": card.0, "count": 1 } }),
                                );
                            }
                        }
                        RoomMode::Feel => {
                            for score in 0..SCORES {
                                let stage = stages[score % stages.len()];
                                mark(format!("feel {participant} {}", stage.0));
                                let value = i64::try_from(phone % 5).unwrap() - 2;
                                send(
                                    port,
                                    from,
                                    &key,
                                    &format!("feel-{score:04}"),
                                    &serde_json::json!({ "feel": { "stage": stage.0, "score": value } }),
                                );
                            }
                        }
                    }
                })
            })
            .collect();

        // The editor's frames: drain what arrived, apply it, publish once.
        let mut received = 0;
        let began = Instant::now();
        while received < expected {
            assert!(
                began.elapsed() < DEADLINE * 3,
                "{received} of {expected} arrived"
            );
            let Ok(first) = editor.arrivals.recv_timeout(DEADLINE) else {
                panic!("{received} of {expected} arrived");
            };
            for arrival in std::iter::once(first).chain(editor.arrivals.try_iter()) {
                editor.doc.apply_room(&arrival.edit).unwrap();
                let now = Instant::now();
                let name = match &arrival.edit {
                    RoomEdit::Note { text, .. } => text.clone(),
                    RoomEdit::SetDots {
                        participant, card, ..
                    } => format!("dots {} {}", participant.0, card.0),
                    RoomEdit::SetFeeling {
                        participant, stage, ..
                    } => format!("feel {} {}", participant.0, stage.0),
                    other => panic!("unexpected {other:?}"),
                };
                assert!(
                    applied.lock().unwrap().insert(name.clone(), now).is_none(),
                    "{name} arrived twice"
                );
                received += 1;
            }
            server.publish(RoomView::of(editor.doc.map()));
        }
        for phone in phones {
            phone.join().unwrap();
        }
        assert!(
            editor.nothing_waiting(),
            "nothing arrives twice, even what was sent again"
        );
        println!(
            "room load: after {mode:?}, resident memory {} KiB",
            rss_kib()
        );
    }

    let room = &editor.doc.map().room;
    assert_eq!(room.participants.len(), PHONES);
    assert_eq!(room.notes.len(), PHONES * NOTES);
    assert_eq!(
        room.dots.iter().map(|d| u32::from(d.count)).sum::<u32>(),
        u32::try_from(PHONES * DOTS).unwrap()
    );
    assert_eq!(room.feelings.len(), PHONES * SCORES);
    for (_, number) in &keys {
        let participant = ParticipantId(*number);
        assert_eq!(
            room.notes
                .iter()
                .filter(|n| n.participant == participant)
                .count(),
            NOTES
        );
    }

    let sent = sent.lock().unwrap();
    let applied = applied.lock().unwrap();
    for (name, at) in applied.iter() {
        latencies.push(at.saturating_duration_since(sent[name]));
    }
    latencies.sort();
    let grown = rss_kib().saturating_sub(rss_before);
    assert!(
        grown < MEMORY_BOUND_KIB,
        "the process grew by {grown} KiB while the room took it all"
    );
    println!(
        "room load: {} submissions from {PHONES} phones; send → document p50 {:?}, p95 {:?}, max {:?}; resident memory {} → {} KiB",
        latencies.len(),
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.95),
        latencies.last().unwrap(),
        rss_before,
        rss_kib()
    );
    server.close();
}
