//! The room in the editor, driven like a user: the notes waiting in a map show in the room
//! panel and are accepted, rejected, edited, merged and accepted all at once, each an undo
//! step; the room opens from the File menu, a phone's note arrives in the inbox, and closing
//! the room stops it listening.
#![cfg(feature = "room")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::{IpAddr, Ipv4Addr, TcpStream};
use std::time::Instant;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use journeymap::model::{LaneId, Map, NoteState, ParticipantId, RoomNote, RoomNoteId, StageId};
use journeymap::ui::EditorApp;

mod editor_support;
use editor_support::{editor, menu, press, small_map, undo};

mod room_support;
use room_support::{DEADLINE, Phone};

const FIXTURE: &str = "tests/fixtures/format-8/baeckerei-room-votes-notes-feelings.ron";
const WAITING: RoomNoteId = RoomNoteId(2);
const LANE: LaneId = LaneId(5);
const STAGE: StageId = StageId(3);
const TEXT: &str = "„Schon wieder keine Dinkelbrötchen“ – Kundin am Telefon";

fn baeckerei() -> Map {
    journeymap::file::load(std::path::Path::new(FIXTURE)).unwrap()
}

/// The bakery with a second note waiting in the same cell, newer than the first.
fn two_waiting() -> Map {
    let mut map = baeckerei();
    map.room.notes.push(RoomNote {
        id: RoomNoteId(4),
        participant: ParticipantId(1),
        lane: LANE,
        stage: STAGE,
        text: "Dinkel ist oft aus".into(),
        state: NoteState::Waiting,
    });
    map
}

fn state_of(harness: &Harness<'_, EditorApp>, note: RoomNoteId) -> NoteState {
    harness
        .state()
        .document()
        .map()
        .room
        .note(note)
        .unwrap()
        .state
}

fn cell_titles(harness: &Harness<'_, EditorApp>) -> Vec<String> {
    harness
        .state()
        .document()
        .map()
        .cards
        .iter()
        .filter(|card| card.lane == LANE && card.stage == STAGE)
        .map(|card| card.title.clone())
        .collect()
}

fn click(harness: &mut Harness<'_, EditorApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

#[test]
fn a_waiting_note_shows_and_accepting_makes_its_card_which_undo_takes_back() {
    let mut harness = editor(baeckerei(), None);
    harness.get_by_label("Select note 2");
    harness.get_by_label_contains("Anonymous 2");
    let before = cell_titles(&harness);

    click(&mut harness, "Accept note 2");
    let after = cell_titles(&harness);
    assert_eq!(after.len(), before.len() + 1);
    assert_eq!(
        after.last().map(String::as_str),
        Some(TEXT),
        "at the end of its cell"
    );
    assert!(matches!(state_of(&harness, WAITING), NoteState::Taken(_)));
    assert!(harness.query_by_label("Accept note 2").is_none());

    undo(&mut harness);
    assert_eq!(state_of(&harness, WAITING), NoteState::Waiting);
    assert_eq!(cell_titles(&harness), before);
    harness.get_by_label("Accept note 2");
}

#[test]
fn a_rejected_note_leaves_the_inbox() {
    let mut harness = editor(baeckerei(), None);
    let before = cell_titles(&harness);
    click(&mut harness, "Reject note 2");
    assert_eq!(state_of(&harness, WAITING), NoteState::Rejected);
    assert_eq!(cell_titles(&harness), before);
    harness.get_by_label("No notes waiting.");
}

#[test]
fn an_edited_note_is_accepted_with_its_new_words() {
    let mut harness = editor(baeckerei(), None);
    click(&mut harness, "Edit note 2");
    harness.get_by_label("Text of note 2").click();
    harness.run();
    harness
        .get_by_label("Text of note 2")
        .type_text(" (Samstag)");
    harness.run();
    click(&mut harness, "Accept note 2");
    let titles = cell_titles(&harness);
    let title = titles.last().unwrap();
    assert!(title.contains("(Samstag)"), "{title}");
    assert!(title.contains("Kundin am Telefon"), "{title}");
    assert!(matches!(state_of(&harness, WAITING), NoteState::Taken(_)));
}

#[test]
fn two_notes_merge_into_one_card() {
    let mut harness = editor(two_waiting(), None);
    let before = cell_titles(&harness);
    click(&mut harness, "Select note 4");
    click(&mut harness, "Select note 2");
    click(&mut harness, "Merge into one card");
    let map = harness.state().document().map();
    let NoteState::Taken(card) = map.room.note(RoomNoteId(4)).unwrap().state else {
        panic!("note 4 is on the map");
    };
    assert_eq!(
        map.room.note(WAITING).unwrap().state,
        NoteState::Taken(card)
    );
    let card = map.card(card).unwrap();
    assert_eq!(
        card.title, "Dinkel ist oft aus",
        "the first note is the title"
    );
    assert_eq!(card.notes, TEXT, "the other note is the card's notes");
    assert_eq!(cell_titles(&harness).len(), before.len() + 1);
}

#[test]
fn accepting_all_is_one_undo_step() {
    let mut harness = editor(two_waiting(), None);
    let before = cell_titles(&harness);
    click(&mut harness, "Accept all");
    assert_eq!(cell_titles(&harness).len(), before.len() + 2);
    assert!(
        harness
            .state()
            .document()
            .map()
            .room
            .inbox()
            .next()
            .is_none()
    );
    undo(&mut harness);
    assert_eq!(cell_titles(&harness), before);
    assert_eq!(harness.state().document().map().room.inbox().count(), 2);
}

/// Runs frames until `done` holds; fails after the room tests' deadline.
fn run_until(harness: &mut Harness<'_, EditorApp>, done: impl Fn(&EditorApp) -> bool) {
    let start = Instant::now();
    while !done(harness.state()) {
        assert!(start.elapsed() < DEADLINE, "waited too long");
        harness.step();
    }
    harness.run();
}

#[test]
fn the_room_opens_from_the_menu_takes_a_phones_note_and_closes() {
    let mut harness = editor(small_map(), None);
    harness
        .state_mut()
        .set_room_address(IpAddr::V4(Ipv4Addr::LOCALHOST), 0);
    menu(&mut harness, "File", "Open the room");
    let (code, port) = {
        let server = harness.state().room().expect("the room is open");
        (server.code().to_owned(), server.port())
    };
    assert_eq!(code.len(), 6);
    harness.get_by_label(&format!("Room code {code}"));

    let mut phone = Phone::join(harness.state().room().unwrap(), "Ada");
    run_until(&mut harness, |app| {
        !app.document().map().room.participants.is_empty()
    });
    let (_, reply) = phone.send(&serde_json::json!({
        "note": { "lane": 1, "stage": 2, "text": "The trial form is too long" }
    }));
    assert_eq!(reply.status, 200, "{}", reply.text());
    run_until(&mut harness, |app| {
        app.document().map().room.inbox().next().is_some()
    });
    harness.get_by_label("Select note 1");
    harness.get_by_label_contains("Ada");

    // The panel has a button of the same name; the menu's entry is the one tried here.
    menu(&mut harness, "View", "Room panel");
    assert!(harness.query_by_label("Select note 1").is_none());
    menu(&mut harness, "File", "Close the room");
    assert!(harness.state().room().is_none());
    let start = Instant::now();
    while TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_ok() {
        assert!(start.elapsed() < DEADLINE, "the room still listens");
        std::thread::yield_now();
    }
}

#[test]
fn presenting_with_the_room_open_starts_with_the_join_slide_and_shows_the_people() {
    let mut harness = editor(small_map(), None);
    harness
        .state_mut()
        .set_room_address(IpAddr::V4(Ipv4Addr::LOCALHOST), 0);
    menu(&mut harness, "File", "Open the room");
    let code = harness.state().room().unwrap().code().to_owned();
    press(&mut harness, Modifiers::NONE, Key::F5);
    assert!(harness.state().is_presenting());
    harness.get_by_label("Scan to join");
    harness.get_by_label(&format!("Room code {code}"));
    harness.get_by_label("0 people in the room");

    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert!(harness.query_by_label("Scan to join").is_none());
    harness.get_by_label("Test journey");
    harness.get_by_label("0 people in the room");
}

/// The editor on the small map with its room open on this computer; the room's port.
fn with_open_room() -> (Harness<'static, EditorApp>, u16) {
    let mut harness = editor(small_map(), None);
    harness
        .state_mut()
        .set_room_address(IpAddr::V4(Ipv4Addr::LOCALHOST), 0);
    menu(&mut harness, "File", "Open the room");
    let port = harness.state().room().expect("the room is open").port();
    (harness, port)
}

#[test]
fn onto_the_map_directly_makes_an_arriving_note_a_card_at_once() {
    let (mut harness, _) = with_open_room();
    click(&mut harness, "Onto the map directly");
    assert!(harness.state().document().map().room.settings.direct);
    assert_eq!(
        harness.state().document().undo_label(),
        None,
        "the room's settings are no undo step"
    );
    let mut phone = Phone::join(harness.state().room().unwrap(), "");
    let (_, reply) = phone.send(&serde_json::json!({
        "note": { "lane": 1, "stage": 2, "text": "Nobody answers the phone" }
    }));
    assert_eq!(reply.status, 200, "{}", reply.text());
    run_until(&mut harness, |app| {
        app.document()
            .map()
            .cards
            .iter()
            .any(|card| card.title == "Nobody answers the phone")
    });
    let map = harness.state().document().map();
    assert!(map.room.inbox().next().is_none());
    let card = map
        .cards
        .iter()
        .find(|card| card.title == "Nobody answers the phone")
        .unwrap();
    assert_eq!((card.lane, card.stage), (LaneId(1), StageId(2)));
    undo(&mut harness);
    assert_eq!(harness.state().document().map().room.inbox().count(), 1);
}

#[test]
fn a_port_in_use_is_said_with_another_to_try() {
    let taken = std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let port = taken.local_addr().unwrap().port();
    let mut harness = editor(small_map(), None);
    harness
        .state_mut()
        .set_room_address(IpAddr::V4(Ipv4Addr::LOCALHOST), port);
    menu(&mut harness, "File", "Open the room");
    assert!(harness.state().room().is_none());
    let status = harness.state().status_text().unwrap().to_owned();
    assert!(
        status.contains(&format!("Port {port} is in use")),
        "{status}"
    );
    drop(taken);
}

#[test]
fn closing_the_maps_tab_closes_its_room() {
    let (mut harness, port) = with_open_room();
    menu(&mut harness, "File", "Close map");
    assert!(harness.state().is_on_start_screen());
    let start = Instant::now();
    while TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_ok() {
        assert!(start.elapsed() < DEADLINE, "the room still listens");
        std::thread::yield_now();
    }
}

#[test]
fn the_first_room_says_how_the_firewall_may_ask_and_the_mode_is_chosen_in_the_panel() {
    let (mut harness, _) = with_open_room();
    harness.get_by_label_contains("Windows may ask");
    click(&mut harness, "Vote");
    let map = harness.state().document().map();
    assert_eq!(map.room.settings.mode, journeymap::model::RoomMode::Vote);
    assert_eq!(harness.state().document().undo_label(), None);
    click(&mut harness, "Clear the votes…");
    harness.get_by_label_contains("cannot be undone");
    click(&mut harness, "Keep them");
    assert!(
        harness
            .query_by_label_contains("cannot be undone")
            .is_none()
    );
}

#[test]
fn stepping_back_from_the_title_view_shows_the_join_slide_again() {
    let (mut harness, _) = with_open_room();
    press(&mut harness, Modifiers::NONE, Key::F5);
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert!(harness.query_by_label("Scan to join").is_none());
    press(&mut harness, Modifiers::NONE, Key::ArrowLeft);
    harness.get_by_label("Scan to join");
}

#[test]
fn a_note_whose_stage_is_gone_says_so_and_waits_to_be_moved() {
    let mut map = baeckerei();
    let note = map
        .room
        .notes
        .iter_mut()
        .find(|note| note.id == WAITING)
        .unwrap();
    note.stage = StageId(999);
    let mut harness = editor(map, None);
    harness.get_by_label_contains("place gone");
    assert!(
        harness
            .get_by_label("Accept note 2")
            .accesskit_node()
            .is_disabled()
    );
    click(&mut harness, "Accept all");
    assert_eq!(state_of(&harness, WAITING), NoteState::Waiting);
}

#[test]
fn the_inbox_speaks_german() {
    let mut harness = editor(baeckerei(), None);
    harness.state_mut().set_lang(journeymap::model::Lang::De);
    harness.run();
    harness.get_by_label_contains("Anonym 2");
    harness.get_by_label("Alle übernehmen");
    click(&mut harness, "Notiz 2 übernehmen");
    assert!(matches!(state_of(&harness, WAITING), NoteState::Taken(_)));
    harness.get_by_label("Keine Notizen warten.");
}

#[test]
fn a_note_moved_to_another_stage_is_accepted_there() {
    let mut harness = editor(baeckerei(), None);
    click(&mut harness, "Edit note 2");
    click(&mut harness, "Stage of note 2");
    // The stage's header on the map has the same name; the popup's choice comes first in the
    // accessibility tree.
    let choices: Vec<_> = harness
        .get_all_by_role_and_label(egui::Role::Button, "Abend")
        .collect();
    assert_eq!(choices.len(), 2);
    choices[0].click();
    harness.run();
    click(&mut harness, "Accept note 2");
    let map = harness.state().document().map();
    let NoteState::Taken(card) = map.room.note(WAITING).unwrap().state else {
        panic!("the note is on the map");
    };
    let card = map.card(card).unwrap();
    assert_eq!((card.lane, card.stage), (LANE, StageId(5)));
    assert_eq!(card.title, TEXT);
}

/// A note a phone sent waits in the inbox when the editor crashes: the recovery copy has it,
/// and restoring brings it back into the inbox, still waiting for a decision.
#[test]
fn a_note_waiting_in_the_inbox_survives_a_crash() {
    let recovery = tempfile::tempdir().unwrap();
    let mut harness = editor_support::editor_recovering(small_map(), None, recovery.path());
    harness
        .state_mut()
        .set_room_address(IpAddr::V4(Ipv4Addr::LOCALHOST), 0);
    menu(&mut harness, "File", "Open the room");
    let mut phone = Phone::join(harness.state().room().unwrap(), "Ada");
    let (_, reply) = phone.send(&serde_json::json!({
        "note": { "lane": 1, "stage": 2, "text": "Nobody answers the hotline" }
    }));
    assert_eq!(reply.status, 200, "{}", reply.text());
    run_until(&mut harness, |app| {
        app.document().map().room.inbox().next().is_some()
    });
    // The copy is written a few seconds after a change, as after any other.
    for _ in 0..(4 * 60) {
        harness.step();
    }
    journeymap::recovery::wait_for_writers();
    let sent = harness.state().document().map().room.clone();
    drop(harness);

    let mut harness = editor_support::start_recovering(recovery.path());
    harness.get_by_label("Restore").click();
    harness.run();
    let room = &harness.state().document().map().room;
    assert_eq!(room, &sent);
    let waiting: Vec<&str> = room.inbox().map(|note| note.text.as_str()).collect();
    assert_eq!(waiting, ["Nobody answers the hotline"]);
    harness.get_by_label("Select note 1");
    harness.get_by_label_contains("Ada");
}

/// Closing a room with no note waiting gives the map its width back; with notes waiting the
/// panel stays, for the facilitator to decide on them.
#[test]
fn closing_the_room_hides_its_panel_unless_notes_wait() {
    let (mut harness, _) = with_open_room();
    harness.get_by_label("Onto the map directly");
    // The panel's own button (the File menu's entry is tried elsewhere).
    click(&mut harness, "Close the room");
    assert!(harness.state().room().is_none());
    assert!(harness.query_by_label("Onto the map directly").is_none());

    let mut harness = editor(baeckerei(), None);
    harness
        .state_mut()
        .set_room_address(IpAddr::V4(Ipv4Addr::LOCALHOST), 0);
    // The panel is open for the waiting note; its own button opens the room.
    click(&mut harness, "Open the room…");
    assert!(harness.state().room().is_some());
    click(&mut harness, "Close the room");
    harness.get_by_label(&format!("Select note {}", WAITING.0));
}

/// On a laptop's 1024 × 640 the room panel beside the palette and the inspector would leave
/// the map a strip: opening the room slides the inspector away, and closing brings it back.
/// On a wide screen the inspector stays.
#[test]
fn on_a_laptop_the_room_takes_the_inspectors_place_while_open() {
    let mut harness = editor_support::editor_sized(small_map(), None, egui::vec2(1024.0, 640.0));
    harness
        .state_mut()
        .set_room_address(IpAddr::V4(Ipv4Addr::LOCALHOST), 0);
    assert_eq!(harness.state().panels_shown(), (true, true));
    menu(&mut harness, "File", "Open the room");
    assert_eq!(harness.state().panels_shown(), (true, false));
    let map = harness.state().canvas().rect_on_screen();
    assert!(map.width() >= 400.0, "the map keeps {} points", map.width());
    click(&mut harness, "Close the room");
    assert_eq!(harness.state().panels_shown(), (true, true));

    let mut harness = editor_support::editor_sized(small_map(), None, egui::vec2(1600.0, 900.0));
    harness
        .state_mut()
        .set_room_address(IpAddr::V4(Ipv4Addr::LOCALHOST), 0);
    menu(&mut harness, "File", "Open the room");
    assert_eq!(harness.state().panels_shown(), (true, true));
}
