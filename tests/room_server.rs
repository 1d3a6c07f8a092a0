//! The room's server as phones use it: joining, sending, seeing one's own view, live updates
//! and closing, over loopback with an editor loop that applies what arrives.
#![cfg(feature = "room")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod room_support;

use std::net::{Ipv4Addr, TcpStream};

use journeymap::edit::room::RoomEdit;
use journeymap::model::{
    CardId, LaneId, Participant, ParticipantId, RoomMode, RoomNoteId, RoomSettings, StageId,
};
use journeymap::room::{DEFAULT_PORT, OpenError, RoomOptions, RoomServer, RoomView};
use room_support::{
    Events, Phone, assert_security_headers, get, open_room, post, raw, workshop_map,
};
use serde_json::json;

fn p(n: u32) -> ParticipantId {
    ParticipantId(n)
}

#[test]
fn a_phone_joins_with_the_token_and_another_with_the_code() {
    let (server, mut editor) = open_room(workshop_map());
    assert_eq!(server.token().len(), 32);
    assert!(server.code().len() == 6 && server.code().bytes().all(|b| b.is_ascii_digit()));

    let anna = Phone::join(&server, "Anna");
    assert_eq!(anna.participant, 1);
    assert!(anna.key.len() >= 32 && anna.key.bytes().all(|b| b.is_ascii_hexdigit()));
    let body = json!({ "code": server.code(), "name": "" }).to_string();
    let reply = post(server.port(), "/api/join", None, &body);
    assert_eq!(reply.status, 200, "{}", reply.text());
    assert_eq!(reply.json()["participant"], 2);

    assert_eq!(
        editor.apply(&server, 2),
        [
            RoomEdit::Join {
                participant: p(1),
                name: "Anna".into()
            },
            RoomEdit::Join {
                participant: p(2),
                name: String::new()
            },
        ]
    );
    assert_eq!(editor.doc.map().room.participants.len(), 2);
    assert!(editor.wakes.load(std::sync::atomic::Ordering::SeqCst) >= 2);
    assert_eq!(server.people(), 2);
    let view = anna.view_until(|v| v["me"]["name"] == "Anna");
    assert_eq!(view["title"], "Train journey");
    assert_eq!(view["mode"], "collect");
    assert_eq!(view["direct"], false, "notes go to the inbox");
    editor.settings(
        &server,
        RoomSettings {
            direct: true,
            ..RoomSettings::default()
        },
    );
    anna.view_until(|v| v["direct"] == true);
}

#[test]
fn numbers_continue_after_the_participants_the_map_already_has() {
    let mut map = workshop_map();
    map.room.participants.push(Participant {
        id: p(41),
        name: "Earlier".into(),
    });
    let (server, mut editor) = open_room(map);
    let phone = Phone::join(&server, "");
    assert_eq!(phone.participant, 42);
    assert_eq!(
        editor.next(&server),
        RoomEdit::Join {
            participant: p(42),
            name: String::new()
        }
    );
}

#[test]
fn a_wrong_token_or_code_lets_no_one_in() {
    let (server, editor) = open_room(workshop_map());
    for body in [
        json!({ "token": "0".repeat(32) }),
        json!({ "token": format!("{}x", server.token()) }),
        json!({ "code": if server.code() == "000000" { "000001" } else { "000000" } }),
    ] {
        let reply = post(server.port(), "/api/join", None, &body.to_string());
        assert_eq!(reply.status, 403, "{body}");
        assert_eq!(reply.json(), json!({ "error": "wrong-code" }));
    }
    assert!(editor.nothing_waiting());
}

#[test]
fn guessing_the_code_is_stopped_after_a_few_tries() {
    let (server, _editor) = open_room(workshop_map());
    let wrong = if server.code() == "999999" {
        "999998"
    } else {
        "999999"
    };
    let body = json!({ "code": wrong }).to_string();
    for _ in 0..4 {
        assert_eq!(post(server.port(), "/api/join", None, &body).status, 403);
    }
    let locked = post(server.port(), "/api/join", None, &body);
    assert_eq!(locked.status, 429);
    assert_eq!(locked.json()["error"], "too-many-tries");
    assert!(locked.json()["retry_after"].as_u64().unwrap() > 0);
    assert!(locked.header("retry-after").is_some());
    // Even the right code waits now; the link's token still works.
    let right = json!({ "code": server.code() }).to_string();
    assert_eq!(post(server.port(), "/api/join", None, &right).status, 429);
    Phone::join(&server, "");
}

#[test]
fn every_kind_of_submission_arrives_as_the_participants_change() {
    let (server, mut editor) = open_room(workshop_map());
    let mut anna = Phone::join(&server, "Anna");
    let mut ben = Phone::join(&server, "Ben");
    editor.apply(&server, 2);

    let (_, reply) =
        anna.send(&json!({ "note": { "lane": 1, "stage": 2, "text": " Too crowded " } }));
    assert_eq!(reply.status, 200, "{}", reply.text());
    assert_eq!(reply.json(), json!({ "ok": true }));
    assert_eq!(
        editor.next(&server),
        RoomEdit::Note {
            participant: p(1),
            lane: LaneId(1),
            stage: StageId(2),
            text: "Too crowded".into()
        }
    );
    let note = editor.doc.map().room.notes[0].id;
    anna.send(&json!({ "change": { "note": note.0, "lane": 3, "stage": 1, "text": "Crowded" } }));
    assert_eq!(
        editor.next(&server),
        RoomEdit::ChangeNote {
            participant: p(1),
            note,
            lane: LaneId(3),
            stage: StageId(1),
            text: "Crowded".into()
        }
    );
    // Ben cannot withdraw Anna's note: the server says who he is, the editor refuses.
    ben.send(&json!({ "withdraw": { "note": note.0 } }));
    assert_eq!(
        editor.next(&server),
        RoomEdit::WithdrawNote {
            participant: p(2),
            note
        }
    );
    assert_eq!(editor.doc.map().room.notes.len(), 1);
    anna.send(&json!({ "withdraw": { "note": note.0 } }));
    assert_eq!(
        editor.next(&server),
        RoomEdit::WithdrawNote {
            participant: p(1),
            note
        }
    );
    assert!(editor.doc.map().room.notes.is_empty());

    editor.settings(
        &server,
        RoomSettings {
            mode: RoomMode::Vote,
            ..RoomSettings::default()
        },
    );
    ben.send(&json!({ "dots": { "card": 3, "count": 2 } }));
    assert_eq!(
        editor.next(&server),
        RoomEdit::SetDots {
            participant: p(2),
            card: CardId(3),
            count: 2
        }
    );
    assert_eq!(editor.doc.map().room.dots_of(p(2)), 2);

    editor.settings(
        &server,
        RoomSettings {
            mode: RoomMode::Feel,
            ..RoomSettings::default()
        },
    );
    ben.send(&json!({ "feel": { "stage": 2, "score": -1 } }));
    ben.send(&json!({ "feel": { "stage": 2, "score": null } }));
    assert_eq!(
        editor.apply(&server, 2),
        [
            RoomEdit::SetFeeling {
                participant: p(2),
                stage: StageId(2),
                score: Some(-1)
            },
            RoomEdit::SetFeeling {
                participant: p(2),
                stage: StageId(2),
                score: None
            },
        ]
    );
    anna.send(&json!({ "name": { "name": "Anna K." } }));
    assert_eq!(
        editor.next(&server),
        RoomEdit::Rename {
            participant: p(1),
            name: "Anna K.".into()
        }
    );
    assert_eq!(
        editor.doc.map().room.participant(p(1)).unwrap().name,
        "Anna K."
    );
}

#[test]
fn a_repeated_submission_is_answered_but_not_forwarded_again() {
    let (server, mut editor) = open_room(workshop_map());
    let mut phone = Phone::join(&server, "");
    editor.next(&server);
    let note = json!({ "note": { "lane": 1, "stage": 1, "text": "Once" } });
    let first = phone.send_as("retry-id-1", &note);
    assert_eq!(first.json(), json!({ "ok": true }));
    let again = phone.send_as("retry-id-1", &note);
    assert_eq!(again.status, 200);
    assert_eq!(again.json(), json!({ "ok": true, "duplicate": true }));
    // The channel is in order: had the retry been forwarded, it would come before this.
    phone.send(&json!({ "note": { "lane": 1, "stage": 1, "text": "Twice" } }));
    let texts: Vec<RoomEdit> = editor.apply(&server, 2);
    assert!(matches!(&texts[0], RoomEdit::Note { text, .. } if text == "Once"));
    assert!(matches!(&texts[1], RoomEdit::Note { text, .. } if text == "Twice"));
    // Another participant may use the same id: ids are per participant.
    let other = Phone::join(&server, "");
    editor.next(&server);
    assert_eq!(
        other.send_as("retry-id-1", &note).json(),
        json!({ "ok": true })
    );
}

#[test]
fn a_participant_sees_their_own_notes_dots_and_scores_and_no_one_elses() {
    let (server, mut editor) = open_room(workshop_map());
    let mut anna = Phone::join(&server, "Anna");
    let mut ben = Phone::join(&server, "Ben");
    editor.apply(&server, 2);
    anna.send(&json!({ "note": { "lane": 1, "stage": 1, "text": "Anna's secret" } }));
    ben.send(&json!({ "note": { "lane": 3, "stage": 2, "text": "Ben's secret" } }));
    editor.apply(&server, 2);
    editor.settings(
        &server,
        RoomSettings {
            mode: RoomMode::Vote,
            ..RoomSettings::default()
        },
    );
    anna.send(&json!({ "dots": { "card": 1, "count": 3 } }));
    editor.next(&server);

    let view = anna.view_until(|v| v["mode"] == "vote" && v["me"]["dots_left"] == 0);
    assert_eq!(view["me"]["participant"], 1);
    assert_eq!(view["me"]["notes"].as_array().unwrap().len(), 1);
    assert_eq!(view["me"]["notes"][0]["text"], "Anna's secret");
    assert_eq!(view["me"]["notes"][0]["state"], "waiting");
    assert_eq!(view["me"]["dots"], json!([{ "card": 1, "count": 3 }]));
    assert!(!view.to_string().contains("Ben"));

    let view = ben.view_until(|v| v["mode"] == "vote");
    assert_eq!(view["me"]["notes"][0]["text"], "Ben's secret");
    assert_eq!(view["me"]["dots"], json!([]));
    assert_eq!(view["me"]["dots_left"], 3);
    let text = view.to_string();
    assert!(!text.contains("Anna"), "{text}");
    assert_eq!(
        view["lanes"].as_array().unwrap().len(),
        2,
        "only card lanes"
    );
    assert_eq!(view["cards"].as_array().unwrap().len(), 3);
}

#[test]
fn events_bring_each_new_view_and_then_the_rooms_end() {
    let (server, mut editor) = open_room(workshop_map());
    let mut phone = Phone::join(&server, "Anna");
    let events = Events::open(server.port(), &phone.key);
    assert_eq!(events.status, 200);
    assert!(
        events
            .headers
            .iter()
            .any(|(n, v)| n.eq_ignore_ascii_case("content-type")
                && v.starts_with("text/event-stream"))
    );
    let first = events.view_until(|_| true);
    assert_eq!(first["me"]["participant"], 1);

    editor.next(&server);
    phone.send(&json!({ "note": { "lane": 1, "stage": 2, "text": "Live" } }));
    editor.next(&server);
    let view = events.view_until(|v| v["me"]["notes"][0]["text"] == "Live");
    assert!(view["revision"].as_u64() > first["revision"].as_u64());
    assert_eq!(server.people(), 1);

    let port = server.port();
    let key = phone.key.clone();
    server.close();
    let (name, _) = events.next().expect("the closed event");
    assert_eq!(name, "closed");
    assert!(events.ended());
    assert!(
        TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_err(),
        "nothing listens"
    );
    assert!(
        raw(
            port,
            format!("GET /api/view HTTP/1.1\r\nX-Room-Key: {key}\r\n\r\n").as_bytes()
        )
        .is_err()
    );
}

#[test]
fn a_view_that_changes_nothing_sends_nothing() {
    let (server, mut editor) = open_room(workshop_map());
    let mut anna = Phone::join(&server, "Anna");
    let mut ben = Phone::join(&server, "Ben");
    editor.apply(&server, 2);
    let events = Events::open(server.port(), &anna.key);
    events.view_until(|v| v["me"]["name"] == "Anna");
    // Ben's note changes nothing Anna sees; her own note is the next event she gets.
    ben.send(&json!({ "note": { "lane": 1, "stage": 2, "text": "Ben's" } }));
    editor.next(&server);
    anna.send(&json!({ "note": { "lane": 1, "stage": 2, "text": "Anna's" } }));
    editor.next(&server);
    let (name, data) = events.next().expect("an event");
    assert_eq!(name, "view");
    assert!(data.contains("Anna's") && !data.contains("Ben's"), "{data}");
}

#[test]
fn every_answer_carries_the_security_headers() {
    let (server, _editor) = open_room(workshop_map());
    let port = server.port();
    let phone = Phone::join(&server, "");
    let replies = [
        get(port, "/", None),
        get(port, "/app.js", None),
        get(port, "/style.css", None),
        get(port, "/nothing", None),
        get(port, "/api/view", None),
        get(port, "/api/view", Some(&phone.key)),
        post(port, "/api/join", None, "{}"),
        post(port, "/api/send", Some(&phone.key), "[]"),
        post(port, "/", None, "{}"),
    ];
    for reply in &replies {
        assert_security_headers(reply);
    }
    assert_eq!(replies[0].status, 200);
    assert!(
        replies[0]
            .header("content-type")
            .unwrap()
            .starts_with("text/html")
    );
    assert!(
        replies[1]
            .header("content-type")
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(
        replies[2]
            .header("content-type")
            .unwrap()
            .starts_with("text/css")
    );
    assert_eq!(replies[3].status, 404);
    assert_eq!(replies[4].status, 401);
    assert_eq!(replies[4].json(), json!({ "error": "not-in-room" }));
    assert_eq!(replies[5].status, 200);
    assert_eq!(replies[6].status, 400);
    assert_eq!(replies[7].status, 400);
    assert_eq!(replies[7].json()["error"], "bad-request");
    assert_eq!(replies[8].status, 405);
}

#[test]
fn only_the_pages_own_files_are_served() {
    let (server, _editor) = open_room(workshop_map());
    for path in [
        "/../Cargo.toml",
        "/..%2fCargo.toml",
        "/%2e%2e/%2e%2e/Cargo.toml",
        "/etc/passwd",
        "/assets/room/app.js",
        "/index.html",
        "/app.js/../Cargo.toml",
        "//etc/passwd",
        "/src/room/mod.rs",
    ] {
        let request =
            format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        let reply = raw(server.port(), request.as_bytes()).unwrap();
        assert!(
            reply.status == 404 || reply.status == 400,
            "{path}: {}",
            reply.status
        );
        let text = reply.text();
        assert!(
            !text.contains("[package]") && !text.contains("root:"),
            "{path}"
        );
    }
}

#[test]
fn a_taken_port_is_reported_as_such() {
    let (server, _editor) = open_room(workshop_map());
    let options = RoomOptions {
        port: server.port(),
        bind: Ipv4Addr::LOCALHOST.into(),
        wake: std::sync::Arc::new(|| {}),
    };
    match RoomServer::open(options, RoomView::of(&workshop_map())) {
        Err(error @ OpenError::PortInUse(port)) => {
            assert_eq!(port, server.port());
            assert!(error.to_string().contains("in use"));
        }
        other => panic!("expected PortInUse, got {other:?}"),
    }
    let defaults = RoomOptions::new(std::sync::Arc::new(|| {}));
    assert_eq!(defaults.port, DEFAULT_PORT);
    assert!(defaults.bind.is_unspecified());
}

#[test]
fn join_addresses_name_the_port_and_the_token() {
    let (server, _editor) = open_room(workshop_map());
    let addresses = server.join_addresses();
    assert_eq!(addresses.len(), 1, "bound to loopback alone");
    let address = &addresses[0];
    assert!(address.loopback);
    assert_eq!(address.base, format!("http://127.0.0.1:{}/", server.port()));
    assert_eq!(
        address.join_url,
        format!("{}#t={}", address.base, server.token())
    );
}

#[test]
fn the_facilitators_decision_about_a_note_reaches_its_writer() {
    let (server, mut editor) = open_room(workshop_map());
    let mut phone = Phone::join(&server, "");
    editor.next(&server);
    phone.send(&json!({ "note": { "lane": 1, "stage": 1, "text": "Take me" } }));
    editor.next(&server);
    // What the inbox does when the facilitator rejects a note: only its state changes.
    let mut map = editor.doc.map().clone();
    map.room.notes[0].state = journeymap::model::NoteState::Rejected;
    server.publish(RoomView::of(&map));
    let view = phone.view_until(|v| v["me"]["notes"][0]["state"] == "rejected");
    assert_eq!(view["me"]["notes"][0]["id"], RoomNoteId(1).0);
}
