//! `journeymap room` serves a map to phones without a window: notes go straight onto the map,
//! the file is saved after each change with the file as it was kept as a backup, and Ctrl+C
//! closes the room and saves. Everything talks to 127.0.0.1 only.
#![cfg(unix)]
#![cfg(feature = "room")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod room_support;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::Instant;

use journeymap::file;
use journeymap::model::{Lang, MapKind, NoteState};
use room_support::{DEADLINE, get, post};

struct Room {
    child: Child,
    out: BufReader<ChildStdout>,
    port: u16,
    token: String,
}

// The child is waited for in `Room::interrupt`, which every test ends with.
#[allow(clippy::zombie_processes)]
fn open_room(path: &Path, extra: &[&str]) -> Room {
    let mut child = Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args([
            "room",
            path.to_str().unwrap(),
            "--port",
            "0",
            "--bind",
            "127.0.0.1",
        ])
        .args(extra)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    loop {
        line.clear();
        assert_ne!(
            out.read_line(&mut line).unwrap(),
            0,
            "the room said where to join"
        );
        if let Some(rest) = line.strip_prefix("join: http://127.0.0.1:") {
            let (port, rest) = rest.split_once('/').unwrap();
            let token = rest.split_once("#t=").unwrap().1;
            let token = token.split_whitespace().next().unwrap().to_owned();
            return Room {
                child,
                out,
                port: port.parse().unwrap(),
                token,
            };
        }
    }
}

impl Room {
    fn join(&self, name: &str) -> String {
        let body = serde_json::json!({ "token": self.token, "name": name }).to_string();
        let reply = post(self.port, "/api/join", None, &body);
        assert_eq!(reply.status, 200, "{}", reply.text());
        reply.json()["key"].as_str().unwrap().to_owned()
    }

    fn send(&self, key: &str, id: &str, action: &serde_json::Value) {
        let body = serde_json::json!({ "id": id, "do": action }).to_string();
        let reply = post(self.port, "/api/send", Some(key), &body);
        assert_eq!(reply.status, 200, "{}", reply.text());
    }

    /// Ctrl+C; the room closes, saves and says so.
    fn interrupt(mut self) -> String {
        let status = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        assert!(self.child.wait().unwrap().success());
        let mut rest = String::new();
        std::io::Read::read_to_string(&mut self.out, &mut rest).unwrap();
        assert!(
            std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err(),
            "nothing listens after the room closed"
        );
        rest
    }
}

fn map_until(
    path: &Path,
    done: impl Fn(&journeymap::model::Map) -> bool,
) -> journeymap::model::Map {
    let start = Instant::now();
    loop {
        if let Ok(map) = file::load(path)
            && done(&map)
        {
            return map;
        }
        assert!(start.elapsed() < DEADLINE, "the room saved in time");
        std::thread::yield_now();
    }
}

#[test]
fn a_note_from_a_phone_lands_on_the_map_and_is_saved_and_ctrl_c_closes_the_room() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bäckerei.ron");
    file::save(
        &file::template(MapKind::CurrentState, Lang::De).unwrap(),
        &path,
    )
    .unwrap();
    let before = std::fs::read_to_string(&path).unwrap();

    let room = open_room(&path, &[]);
    let key = room.join("Änne");
    let view = get(room.port, "/api/view", Some(&key)).json();
    assert_eq!(
        view["direct"], true,
        "the terminal room has no inbox: the page says so"
    );
    let lane = view["lanes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|lane| lane["notes"] == true)
        .unwrap()["id"]
        .as_u64()
        .unwrap();
    let stage = view["stages"][1]["id"].as_u64().unwrap();
    let text = "Die Brötchen sind um halb acht schon aus – „schon wieder“";
    room.send(
        &key,
        "note-0001",
        &serde_json::json!({ "note": { "lane": lane, "stage": stage, "text": text } }),
    );
    // The same submission again, as a phone that lost the answer sends it: still one card.
    room.send(
        &key,
        "note-0001",
        &serde_json::json!({ "note": { "lane": lane, "stage": stage, "text": text } }),
    );
    let map = map_until(&path, |map| map.cards.iter().any(|card| card.title == text));
    let card = map.cards.iter().find(|card| card.title == text).unwrap();
    assert_eq!(
        (u64::from(card.lane.0), u64::from(card.stage.0)),
        (lane, stage)
    );
    assert_eq!(
        map.cards.iter().filter(|card| card.title == text).count(),
        1
    );
    assert_eq!(map.room.notes[0].state, NoteState::Taken(card.id));
    assert_eq!(map.room.participants[0].name, "Änne");

    let said = room.interrupt();
    assert!(said.contains("room closed"), "{said}");
    assert_eq!(
        std::fs::read_to_string(file::backup_path(&path, 1)).unwrap(),
        before,
        "the map as it was before the room is the backup"
    );
    let reopened = file::load(&path).unwrap();
    assert!(reopened.cards.iter().any(|card| card.title == text));
}

#[test]
fn in_vote_mode_dots_are_saved_within_each_persons_budget() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("votes.ron");
    let mut map = file::template(MapKind::CurrentState, Lang::En).unwrap();
    let lane = map.lanes.iter().find(|lane| lane.holds_cards()).unwrap().id;
    let stage = map.stages[0].id;
    let id = map.next_card_id();
    map.cards
        .push(journeymap::model::Card::new(id, lane, stage, "Long queue"));
    file::save(&map, &path).unwrap();

    let room = open_room(&path, &["--mode", "vote", "--dots", "2"]);
    let key = room.join("");
    room.send(
        &key,
        "dots-0001",
        &serde_json::json!({ "dots": { "card": id.0, "count": 2 } }),
    );
    // Over the budget: refused by the map, nothing changes.
    room.send(
        &key,
        "dots-0002",
        &serde_json::json!({ "dots": { "card": id.0, "count": 3 } }),
    );
    let saved = map_until(&path, |map| map.room.dots_on(id) > 0);
    assert_eq!(saved.room.settings.dots, 2);
    room.interrupt();
    let reopened = file::load(&path).unwrap();
    assert_eq!(reopened.room.dots_on(id), 2);
    assert_eq!(
        reopened.room.settings.mode,
        journeymap::model::RoomMode::Vote
    );
}
