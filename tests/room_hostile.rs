//! The room's server against what a careless or hostile client sends: broken and oversized
//! bodies, wrong types, other origins, stolen or missing keys, replays, floods of requests
//! and of idle connections. Every answer is a clear error, nothing reaches the editor, and the
//! room keeps working for real participants. All over loopback, bounded in count and time.
#![cfg(feature = "room")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod room_support;

use std::io::{Read, Write};
use std::net::{Ipv4Addr, TcpStream};
use std::time::{Duration, Instant};

use journeymap::edit::room::RoomEdit;
use journeymap::model::{MAX_NAME_CHARS, MAX_NOTE_CHARS};
use room_support::{DEADLINE, Phone, get, open_room, post, raw, request, workshop_map};
use serde_json::json;

#[test]
fn broken_json_and_wrong_shapes_are_bad_requests() {
    let (server, editor) = open_room(workshop_map());
    let phone = Phone::join(&server, "");
    let bodies: [&[u8]; 14] = [
        b"",
        b"{",
        b"null",
        b"[]",
        b"\xff\xfe{}",
        br#"{"id":"abcdefgh"}"#,
        br#"{"id":"abcdefgh","do":{}}"#,
        br#"{"id":"abcdefgh","do":{"note":{"lane":"1","stage":2,"text":"x"}}}"#,
        br#"{"id":"abcdefgh","do":{"note":{"lane":1.5,"stage":2,"text":"x"}}}"#,
        br#"{"id":"abcdefgh","do":{"note":{"lane":4294967296,"stage":2,"text":"x"}}}"#,
        br#"{"id":12345678,"do":{"withdraw":{"note":1}}}"#,
        br#"{"id":"abcdefgh","do":{"dots":{"card":1,"count":-1}}}"#,
        br#"{"id":"abcdefgh","do":{"withdraw":{"note":1},"note":{"lane":1,"stage":1,"text":"x"}}}"#,
        br#"{"id":"abcdefgh","do":{"withdraw":{"note":1}},"participant":99}"#,
    ];
    for body in bodies {
        let reply = request(
            server.port(),
            "POST",
            "/api/send",
            &[("X-Room-Key", &phone.key)],
            Some(body),
        );
        assert_eq!(reply.status, 400, "{}", String::from_utf8_lossy(body));
        assert_eq!(reply.json()["error"], "bad-request");
    }
    let deep = "[".repeat(1_000) + &"]".repeat(1_000);
    let reply = post(server.port(), "/api/send", Some(&phone.key), &deep);
    assert_eq!(reply.status, 400);
    for body in ["{}", r#"{"token":1}"#, r#"{"code":"1","token":"2"}"#, "x"] {
        assert_eq!(
            post(server.port(), "/api/join", None, body).status,
            400,
            "{body}"
        );
    }
    // Only the join came through.
    assert!(matches!(
        editor.arrivals.try_recv().map(|a| a.edit),
        Ok(RoomEdit::Join { .. })
    ));
    assert!(editor.nothing_waiting());
}

#[test]
fn huge_bodies_are_refused_without_reading_them() {
    let (server, editor) = open_room(workshop_map());
    let phone = Phone::join(&server, "");
    let huge = vec![b'a'; 1024 * 1024];
    let started = Instant::now();
    let reply = request(
        server.port(),
        "POST",
        "/api/send",
        &[("X-Room-Key", &phone.key)],
        Some(&huge),
    );
    assert_eq!(reply.status, 413);
    assert_eq!(reply.json()["error"], "too-large");
    let reply = request(server.port(), "POST", "/api/join", &[], Some(&huge));
    assert_eq!(reply.status, 413);

    // The same without a declared length: the server stops reading at its limit.
    let mut stream = TcpStream::connect((Ipv4Addr::LOCALHOST, server.port())).unwrap();
    stream.set_read_timeout(Some(DEADLINE)).unwrap();
    let head = format!(
        "POST /api/send HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Room-Key: {}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
        phone.key
    );
    stream.write_all(head.as_bytes()).unwrap();
    for _ in 0..64 {
        let chunk = format!("{:x}\r\n{}\r\n", 16 * 1024, "a".repeat(16 * 1024));
        if stream.write_all(chunk.as_bytes()).is_err() {
            break; // the server answered and closed: fine
        }
    }
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(started.elapsed() < DEADLINE);
    let _ = editor.arrivals.try_recv();
    assert!(editor.nothing_waiting());
}

#[test]
fn overlong_texts_are_refused() {
    let (server, mut editor) = open_room(workshop_map());
    let mut phone = Phone::join(&server, "");
    editor.next(&server);
    let note = "ü".repeat(MAX_NOTE_CHARS + 1);
    let (_, reply) = phone.send(&json!({ "note": { "lane": 1, "stage": 1, "text": note } }));
    assert_eq!(reply.status, 400);
    assert_eq!(
        reply.json(),
        json!({ "error": "bad-request", "detail": "too-long" })
    );
    let name = "n".repeat(MAX_NAME_CHARS + 1);
    let (_, reply) = phone.send(&json!({ "name": { "name": name } }));
    assert_eq!(reply.status, 400);
    let body = json!({ "token": server.token(), "name": name }).to_string();
    assert_eq!(post(server.port(), "/api/join", None, &body).status, 400);
    let (_, reply) = phone.send(&json!({ "note": { "lane": 1, "stage": 1, "text": " \n " } }));
    assert_eq!(reply.json()["detail"], "empty-text");
    let (_, reply) = phone.send(&json!({ "feel": { "stage": 1, "score": 3 } }));
    assert_eq!(reply.json()["detail"], "out-of-range");
    let reply = phone.send_as("no", &json!({ "withdraw": { "note": 1 } }));
    assert_eq!(reply.json()["detail"], "bad-id");
    // A note of exactly the limit goes through.
    let (_, reply) = phone
        .send(&json!({ "note": { "lane": 1, "stage": 1, "text": "ü".repeat(MAX_NOTE_CHARS) } }));
    assert_eq!(reply.status, 200);
    assert!(matches!(editor.next(&server), RoomEdit::Note { .. }));
    assert!(editor.nothing_waiting());
}

#[test]
fn only_json_is_accepted() {
    let (server, editor) = open_room(workshop_map());
    let body = json!({ "token": server.token() }).to_string();
    for content_type in [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/jsonx",
    ] {
        let reply = request(
            server.port(),
            "POST",
            "/api/join",
            &[("Content-Type", content_type)],
            Some(body.as_bytes()),
        );
        assert_eq!(reply.status, 415, "{content_type}");
        assert_eq!(reply.json()["error"], "wrong-content-type");
    }
    let reply = raw(
        server.port(),
        format!("POST /api/join HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{body}", body.len()).as_bytes(),
    )
    .unwrap();
    assert_eq!(reply.status, 415, "no content type at all");
    assert!(editor.nothing_waiting());
}

#[test]
fn a_page_of_another_origin_cannot_post() {
    let (server, editor) = open_room(workshop_map());
    let body = json!({ "token": server.token() }).to_string();
    let own = format!("http://127.0.0.1:{}", server.port());
    for origin in [
        "http://evil.example",
        "null",
        "https://127.0.0.1",
        "http://127.0.0.1:1",
    ] {
        let reply = request(
            server.port(),
            "POST",
            "/api/join",
            &[("Origin", origin)],
            Some(body.as_bytes()),
        );
        assert_eq!(reply.status, 403, "{origin}");
        assert_eq!(reply.json()["error"], "cross-origin");
    }
    assert!(editor.nothing_waiting());
    let reply = request(
        server.port(),
        "POST",
        "/api/join",
        &[("Origin", &own)],
        Some(body.as_bytes()),
    );
    assert_eq!(reply.status, 200);
}

#[test]
fn a_wrong_or_missing_key_gets_nothing() {
    let (server, editor) = open_room(workshop_map());
    let phone = Phone::join(&server, "");
    let _ = editor.arrivals.try_recv();
    let send =
        json!({ "id": "abcdefgh", "do": { "note": { "lane": 1, "stage": 1, "text": "x" } } })
            .to_string();
    let wrong = "f".repeat(phone.key.len());
    let almost = format!("{}0", &phone.key[..phone.key.len() - 1]);
    for key in [
        None,
        Some(""),
        Some(wrong.as_str()),
        Some(almost.as_str()),
        Some("../../etc"),
    ] {
        for reply in [
            get(server.port(), "/api/view", key),
            post(server.port(), "/api/send", key, &send),
            get(
                server.port(),
                &format!("/api/events?key={}", key.unwrap_or("")),
                None,
            ),
        ] {
            assert_eq!(reply.status, 401, "{key:?}");
            assert_eq!(reply.json(), json!({ "error": "not-in-room" }));
        }
    }
    // The token is not a key.
    assert_eq!(
        get(server.port(), "/api/view", Some(server.token())).status,
        401
    );
    assert!(editor.nothing_waiting());
}

#[test]
fn replays_of_one_submission_reach_the_editor_once() {
    let (server, mut editor) = open_room(workshop_map());
    let phone = Phone::join(&server, "");
    editor.next(&server);
    let note = json!({ "note": { "lane": 1, "stage": 1, "text": "Only once" } });
    let replies: Vec<u16> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                scope.spawn(|| {
                    (0..5)
                        .map(|_| phone.send_as("the-same-id", &note).status)
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(replies.iter().all(|&s| s == 200), "{replies:?}");
    assert!(matches!(editor.next(&server), RoomEdit::Note { .. }));
    assert!(editor.nothing_waiting());
    assert_eq!(editor.doc.map().room.notes.len(), 1);
}

#[test]
fn a_script_that_floods_is_slowed_down() {
    let (server, editor) = open_room(workshop_map());
    let mut phone = Phone::join(&server, "");
    let mut statuses = Vec::new();
    for _ in 0..500 {
        let (_, reply) = phone.send(&json!({ "dots": { "card": 1, "count": 1 } }));
        statuses.push(reply.status);
        if reply.status == 429 {
            assert_eq!(reply.json()["error"], "slow-down");
            break;
        }
    }
    assert_eq!(
        statuses.last(),
        Some(&429),
        "{} sends went through",
        statuses.len()
    );
    assert!(
        statuses.len() > 50,
        "a person's pace is never slowed: {}",
        statuses.len()
    );
    drop(editor);
}

#[test]
fn a_full_channel_to_the_editor_answers_busy_and_the_phone_may_retry() {
    let (server, editor) = open_room(workshop_map());
    // The editor is gone (its receiver dropped): nothing can be queued.
    drop(editor);
    let body = json!({ "token": server.token() }).to_string();
    let reply = post(server.port(), "/api/join", None, &body);
    assert_eq!(reply.status, 503);
    assert_eq!(reply.json(), json!({ "error": "busy" }));
}

#[test]
fn a_thousand_idle_connections_do_not_stop_the_room() {
    let (server, mut editor) = open_room(workshop_map());
    let started = Instant::now();
    let idle: Vec<TcpStream> = (0..1_000)
        .map(|_| TcpStream::connect((Ipv4Addr::LOCALHOST, server.port())).expect("connects"))
        .collect();
    let opened = started.elapsed();
    let mut phone = Phone::join(&server, "Real");
    editor.next(&server);
    let (_, reply) =
        phone.send(&json!({ "note": { "lane": 1, "stage": 1, "text": "Still here" } }));
    assert_eq!(reply.status, 200);
    assert!(matches!(editor.next(&server), RoomEdit::Note { text, .. } if text == "Still here"));
    let served = started.elapsed();
    assert!(served < DEADLINE, "{served:?}");
    eprintln!(
        "1000 idle connections opened in {opened:?}; a participant joined and sent by {served:?}"
    );
    drop(idle);
}

#[test]
fn a_client_that_never_finishes_its_headers_is_dropped() {
    let (server, _editor) = open_room(workshop_map());
    let mut stream = TcpStream::connect((Ipv4Addr::LOCALHOST, server.port())).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        .unwrap();
    let started = Instant::now();
    let mut buffer = [0; 256];
    // The server closes the connection (EOF, or an error answer first) after its header deadline.
    let read = stream.read(&mut buffer);
    let waited = started.elapsed();
    assert!(matches!(read, Ok(_) | Err(_)));
    assert!(waited < Duration::from_secs(15), "{waited:?}");
    assert!(!String::from_utf8_lossy(&buffer).starts_with("HTTP/1.1 200"));
}

#[test]
fn too_many_event_streams_of_one_participant_are_refused() {
    let (server, _editor) = open_room(workshop_map());
    let phone = Phone::join(&server, "");
    let streams: Vec<_> = (0..3)
        .map(|_| room_support::Events::open(server.port(), &phone.key))
        .collect();
    for stream in &streams {
        assert_eq!(stream.status, 200);
        assert!(stream.next().is_some());
    }
    let reply = get(
        server.port(),
        &format!("/api/events?key={}", phone.key),
        None,
    );
    assert_eq!(reply.status, 429);
    assert_eq!(reply.json()["error"], "too-many-streams");
}

#[test]
fn malformed_http_gets_an_error_not_a_crash() {
    let (server, _editor) = open_room(workshop_map());
    for request in [
        &b"GARBAGE\r\n\r\n"[..],
        b"GET / HTTP/9.9\r\n\r\n",
        b"GET /\x00 HTTP/1.1\r\nHost: x\r\n\r\n",
        b"POST /api/join HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 7\r\nContent-Type: application/json\r\n\r\n{}",
        b"POST /api/join HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n",
    ] {
        // Closed without an answer (an error here) is fine too.
        if let Ok(reply) = raw(server.port(), request) {
            assert!(reply.status >= 400, "{reply:?}");
        }
    }
    let huge_header = format!(
        "GET / HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "a".repeat(64 * 1024)
    );
    if let Ok(reply) = raw(server.port(), huge_header.as_bytes()) {
        assert!(reply.status >= 400);
    }
    // And the room still answers.
    assert_eq!(get(server.port(), "/", None).status, 200);
}

/// A page on the internet that points its own name at the room's address (DNS rebinding)
/// reaches the room with that name in `Host`: nothing is served to it, nothing arrives.
#[test]
fn a_request_to_another_name_is_refused() {
    let (server, mut editor) = open_room(workshop_map());
    let phone = Phone::join(&server, "");
    assert!(matches!(editor.next(&server), RoomEdit::Join { .. }));
    let port = server.port();
    let note = r#"{"id":"rebind01","do":{"note":{"lane":1,"stage":1,"text":"x"}}}"#;
    let send = format!(
        "POST /api/send HTTP/1.1\r\nHost: evil.example:{port}\r\nX-Room-Key: {}\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{}",
        phone.key,
        note.len(),
        note
    );
    for request in [
        format!("GET / HTTP/1.1\r\nHost: evil.example:{port}\r\nConnection: close\r\n\r\n"),
        format!(
            "GET /api/view HTTP/1.1\r\nHost: evil.example:{port}\r\nX-Room-Key: {}\r\nConnection: close\r\n\r\n",
            phone.key
        ),
        "GET / HTTP/1.1\r\nHost: 127.0.0.1.evil.example\r\nConnection: close\r\n\r\n".to_owned(),
        // HTTP/1.0 may leave the name out; the room wants it.
        "GET / HTTP/1.0\r\n\r\n".to_owned(),
        send,
    ] {
        let reply = raw(port, request.as_bytes()).unwrap();
        assert_eq!(reply.status, 421, "{request}");
        assert_eq!(reply.json()["error"], "wrong-host");
        room_support::assert_security_headers(&reply);
    }
    assert!(
        editor.nothing_waiting(),
        "nothing arrived from the other name"
    );
    // The room's own address, and localhost, work.
    for host in [format!("127.0.0.1:{port}"), format!("localhost:{port}")] {
        let request = format!("GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        assert_eq!(raw(port, request.as_bytes()).unwrap().status, 200, "{host}");
    }
}
