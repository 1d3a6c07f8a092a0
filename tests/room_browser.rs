//! The participants' page in a real browser: headless Chromium at phone size (390×844),
//! driven over `WebDriver`, opens the join link, writes a German note, votes and scores, and
//! the editor's side receives each as the participant's change. Screenshots of the phone go
//! to `target/room-phone-*.png`. Everything talks to 127.0.0.1 only.
//!
//! `WebDriver` is JSON over HTTP; the few commands used here go through the tests' own HTTP
//! client rather than a `WebDriver` crate, which would add an HTTP stack of its own to every
//! test build.
#![cfg(all(unix, feature = "room"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod room_support;

use std::process::{Child, Command, Stdio};
use std::time::Instant;

use base64::Engine as _;
use journeymap::edit::room::RoomEdit;
use journeymap::model::{RoomMode, RoomSettings};
use room_support::{DEADLINE, open_room, request, workshop_map};
use serde_json::{Value, json};

/// A chromedriver on a free loopback port, stopped when dropped.
struct Driver {
    child: Child,
    port: u16,
    session: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = request(
            self.port,
            "DELETE",
            &format!("/session/{}", self.session),
            &[],
            None,
        );
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    fn start() -> Driver {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect(
                "chromedriver (Debian's chromium-driver; scripts/install-packages installs it)",
            );
        let start = Instant::now();
        while room_support::raw(
            port,
            b"GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        )
        .map_or(true, |reply| reply.status != 200)
        {
            assert!(start.elapsed() < DEADLINE, "chromedriver started");
            std::thread::yield_now();
        }
        let profile = tempfile::tempdir().unwrap().keep();
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=390,844",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic", "--lang=en-US",
                    format!("--user-data-dir={}", profile.display()),
                ],
                "mobileEmulation": { "deviceMetrics": { "width": 390, "height": 844, "pixelRatio": 2.0 } },
            },
        } } });
        let mut driver = Driver {
            child,
            port,
            session: String::new(),
        };
        let value = driver.call("POST", "/session", Some(&capabilities));
        value["sessionId"]
            .as_str()
            .unwrap()
            .clone_into(&mut driver.session);
        driver
    }

    fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        let body = body.map(Value::to_string);
        let reply = request(
            self.port,
            method,
            path,
            &[],
            body.as_deref().map(str::as_bytes),
        );
        let json = reply.json();
        assert_eq!(reply.status, 200, "{method} {path}: {json}");
        json["value"].clone()
    }

    fn session(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        self.call(method, &format!("/session/{}{path}", self.session), body)
    }

    fn script(&self, script: &str) -> Value {
        self.session(
            "POST",
            "/execute/sync",
            Some(&json!({ "script": script, "args": [] })),
        )
    }

    /// Runs `script` until it returns something other than null or false.
    fn until(&self, what: &str, script: &str) -> Value {
        let start = Instant::now();
        loop {
            let value = self.script(script);
            if !(value.is_null() || value == false) {
                return value;
            }
            assert!(start.elapsed() < DEADLINE, "the page shows {what}");
        }
    }

    fn screenshot(&self, name: &str) {
        let data = self.session("GET", "/screenshot", None);
        let png = base64::engine::general_purpose::STANDARD
            .decode(data.as_str().unwrap())
            .unwrap();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
        std::fs::write(dir.join(format!("room-phone-{name}.png")), png).unwrap();
    }
}

#[test]
#[allow(clippy::too_many_lines)]
fn a_phone_joins_writes_a_german_note_votes_and_scores() {
    // A German map on an English phone: the page speaks the map's language throughout, also
    // once the room has closed (and the map's view is gone).
    let mut map = workshop_map();
    map.lang = journeymap::model::Lang::De;
    let (server, mut editor) = open_room(map);
    let url = server
        .join_addresses()
        .into_iter()
        .find(|address| address.loopback)
        .unwrap()
        .join_url;
    let phone = Driver::start();
    phone.session("POST", "/url", Some(&json!({ "url": url })));
    assert!(matches!(editor.next(&server), RoomEdit::Join { .. }));
    phone.until(
        "the note field",
        "return document.querySelector('textarea') !== null",
    );
    phone.screenshot("collect");

    let text = "Äpfel über Straße – „Brötchen“ <b>fett?</b>";
    let field = phone.session(
        "POST",
        "/element",
        Some(&json!({ "using": "css selector", "value": "textarea" })),
    );
    let field = field
        .as_object()
        .unwrap()
        .values()
        .next()
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned();
    phone.session(
        "POST",
        &format!("/element/{field}/value"),
        Some(&json!({ "text": text })),
    );
    phone.script(
        "for (const b of document.querySelectorAll('button')) \
         if (b.textContent.trim() === 'Send' || b.textContent.trim() === 'Senden') { b.click(); return true } \
         return false",
    );
    match editor.next(&server) {
        RoomEdit::Note { text: arrived, .. } => assert_eq!(arrived, text),
        other => panic!("expected the note, got {other:?}"),
    }
    assert_eq!(editor.doc.map().room.inbox().next().unwrap().text, text);
    phone.until(
        "the note as written, not as markup",
        &format!(
            "return [...document.querySelectorAll('*')].some(e => e.children.length === 0 && e.textContent === {}) \
             && document.querySelector('b') === null",
            json!(text)
        ),
    );
    phone.screenshot("note-sent");

    editor.settings(
        &server,
        RoomSettings {
            mode: RoomMode::Vote,
            dots: 3,
            ..RoomSettings::default()
        },
    );
    phone.until(
        "the vote",
        "return document.querySelector('button.round.plus:not([disabled])') !== null",
    );
    phone
        .script("document.querySelector('button.round.plus:not([disabled])').click(); return true");
    match editor.next(&server) {
        RoomEdit::SetDots { count, .. } => assert_eq!(count, 1),
        other => panic!("expected a dot, got {other:?}"),
    }
    phone.screenshot("vote");

    editor.settings(
        &server,
        RoomSettings {
            mode: RoomMode::Feel,
            ..RoomSettings::default()
        },
    );
    phone.until(
        "the scores",
        "return document.querySelector('button.score.s4') !== null",
    );
    phone.script("document.querySelector('button.score.s4').click(); return true");
    match editor.next(&server) {
        RoomEdit::SetFeeling { score, .. } => assert_eq!(score, Some(2)),
        other => panic!("expected a score, got {other:?}"),
    }
    let stage = editor.doc.map().stages[0].id;
    assert!((editor.doc.map().room.feeling_at(stage).unwrap().mean - 2.0).abs() < 1e-6);
    phone.until(
        "the chosen score",
        "return document.querySelector('button.score.s4[aria-pressed=\"true\"]') !== null",
    );
    phone.screenshot("feel");

    server.close();
    phone.until(
        "that the room closed, in the map's language",
        "return document.body.innerText.includes('Der Raum ist geschlossen')",
    );
    phone.screenshot("closed");
}
