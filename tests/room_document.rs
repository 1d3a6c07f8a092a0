//! What the room sends lands in the document outside the facilitator's undo history, is
//! checked against what the room allows, and the facilitator's decisions about notes undo as
//! one step each.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use journeymap::edit::room::{RoomApplied, RoomEdit, RoomRefusal};
use journeymap::edit::{Document, Edit, GroupOwner, Slot};
use journeymap::model::{
    Card, CardId, LaneKind, Map, MapKind, NoteState, ParticipantId, RoomMode, RoomNoteId,
    RoomSettings,
};

fn workshop() -> (
    Document,
    journeymap::model::LaneId,
    journeymap::model::StageId,
) {
    let map: Map =
        journeymap::file::template(MapKind::CurrentState, journeymap::model::Lang::De).unwrap();
    let lane = map
        .lanes
        .iter()
        .find(|lane| matches!(lane.kind, LaneKind::Text(_)))
        .unwrap()
        .id;
    let stage = map.stages[1].id;
    let mut doc = Document::new(map);
    doc.apply_room(&RoomEdit::Join {
        participant: ParticipantId(1),
        name: "Änne".into(),
    })
    .unwrap();
    (doc, lane, stage)
}

fn note(
    doc: &mut Document,
    lane: journeymap::model::LaneId,
    stage: journeymap::model::StageId,
    text: &str,
) -> RoomNoteId {
    match doc
        .apply_room(&RoomEdit::Note {
            participant: ParticipantId(1),
            lane,
            stage,
            text: text.into(),
        })
        .unwrap()
    {
        RoomApplied::Note(id) => id,
        RoomApplied::Done => panic!("a note gets a number"),
    }
}

#[test]
fn a_note_from_the_room_is_unsaved_work_but_no_undo_step() {
    let (mut doc, lane, stage) = workshop();
    doc.mark_saved();
    let before = doc.revision();
    note(&mut doc, lane, stage, "Brötchen um 7:30 aus");
    assert!(doc.is_dirty());
    assert_ne!(doc.revision(), before);
    assert_eq!(
        doc.undo_label(),
        None,
        "the facilitator has nothing to undo"
    );
    assert_eq!(doc.map().room.inbox().count(), 1);
}

#[test]
fn undoing_the_facilitators_step_keeps_what_the_room_sent_meanwhile() {
    let (mut doc, lane, stage) = workshop();
    let first = note(&mut doc, lane, stage, "Erste Notiz");
    let card = Card::new(doc.map().next_card_id(), lane, stage, "Erste Notiz");
    let id = card.id;
    doc.apply(&Edit::TakeNotes {
        notes: vec![first],
        card: Box::new(card),
        slot: Slot {
            lane,
            stage,
            before: None,
        },
    })
    .unwrap();
    assert_eq!(
        doc.map().room.note(first).unwrap().state,
        NoteState::Taken(id)
    );
    let second = note(&mut doc, lane, stage, "Zweite Notiz");

    assert!(doc.undo());
    assert!(doc.map().card(id).is_none(), "the card goes");
    assert_eq!(
        doc.map().room.note(first).unwrap().state,
        NoteState::Waiting,
        "the note is back in the inbox"
    );
    assert!(
        doc.map().room.note(second).is_some(),
        "the later note stays"
    );
    assert!(doc.redo());
    assert_eq!(
        doc.map().room.note(first).unwrap().state,
        NoteState::Taken(id)
    );
    assert!(doc.map().room.note(second).is_some());
}

#[test]
fn a_note_arriving_during_a_cancelled_drag_is_not_lost() {
    let (mut doc, lane, stage) = workshop();
    let owner = GroupOwner::new();
    doc.begin(owner).unwrap();
    note(&mut doc, lane, stage, "Während des Ziehens");
    doc.cancel(owner).unwrap();
    assert_eq!(doc.map().room.inbox().count(), 1);
}

#[test]
fn only_ones_own_waiting_note_can_be_changed() {
    let (mut doc, lane, stage) = workshop();
    doc.apply_room(&RoomEdit::Join {
        participant: ParticipantId(2),
        name: String::new(),
    })
    .unwrap();
    let id = note(&mut doc, lane, stage, "Meins");
    let theirs = RoomEdit::ChangeNote {
        participant: ParticipantId(2),
        note: id,
        lane,
        stage,
        text: "Gekapert".into(),
    };
    assert_eq!(doc.apply_room(&theirs), Err(RoomRefusal::NotYours(id)));
    doc.apply(&Edit::RejectNotes(vec![id])).unwrap();
    let mine_but_decided = RoomEdit::WithdrawNote {
        participant: ParticipantId(1),
        note: id,
    };
    assert_eq!(
        doc.apply_room(&mine_but_decided),
        Err(RoomRefusal::NotYours(id))
    );
    assert_eq!(doc.map().room.note(id).unwrap().text, "Meins");
}

#[test]
fn dots_are_limited_per_person_and_only_while_voting() {
    let (mut doc, lane, stage) = workshop();
    let card = Card::new(CardId(900), lane, stage, "Lange Schlange");
    doc.apply(&Edit::AddCards {
        cards: vec![card],
        slot: Slot {
            lane,
            stage,
            before: None,
        },
    })
    .unwrap();
    let dots = |count| RoomEdit::SetDots {
        participant: ParticipantId(1),
        card: CardId(900),
        count,
    };
    assert_eq!(doc.apply_room(&dots(1)), Err(RoomRefusal::WrongMode));
    doc.apply_room(&RoomEdit::Settings(RoomSettings {
        mode: RoomMode::Vote,
        dots: 3,
        ..RoomSettings::default()
    }))
    .unwrap();
    doc.apply_room(&dots(3)).unwrap();
    assert_eq!(doc.apply_room(&dots(4)), Err(RoomRefusal::TooManyDots(3)));
    assert_eq!(doc.map().room.dots_on(CardId(900)), 3);
    doc.apply_room(&dots(0)).unwrap();
    assert_eq!(doc.map().room.dots_on(CardId(900)), 0);
}

#[test]
fn notes_go_only_into_open_lanes_and_stages() {
    let (mut doc, lane, stage) = workshop();
    let other_stage = doc.map().stages[0].id;
    doc.apply_room(&RoomEdit::Settings(RoomSettings {
        note_stages: vec![stage],
        ..RoomSettings::default()
    }))
    .unwrap();
    let closed = RoomEdit::Note {
        participant: ParticipantId(1),
        lane,
        stage: other_stage,
        text: "Zu früh".into(),
    };
    assert_eq!(doc.apply_room(&closed), Err(RoomRefusal::Closed));
    let empty = RoomEdit::Note {
        participant: ParticipantId(1),
        lane,
        stage,
        text: "   ".into(),
    };
    assert_eq!(doc.apply_room(&empty), Err(RoomRefusal::BadText));
    let stranger = RoomEdit::Note {
        participant: ParticipantId(7),
        lane,
        stage,
        text: "Hallo".into(),
    };
    assert_eq!(
        doc.apply_room(&stranger),
        Err(RoomRefusal::Stranger(ParticipantId(7)))
    );
    assert_eq!(doc.map().room.notes.len(), 0);
}
