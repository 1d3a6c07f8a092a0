use super::*;
use crate::edit::room::RoomEdit;
use crate::model::{Card, Lane, LaneKind, Lang, MapKind, RoomSettings, Stage, TextRole};

/// Two stages; a text lane, an emotion lane and a touchpoint lane; three cards; two
/// participants with a note, dots and a score each.
fn map() -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::De);
    map.title = "Bahnfahrt".into();
    map.stages = vec![
        Stage::new(StageId(1), "Planen"),
        Stage::new(StageId(2), "Fahren"),
    ];
    map.lanes = vec![
        Lane::new(LaneId(1), "Aktionen", LaneKind::Text(TextRole::Actions)),
        Lane::new(LaneId(2), "Gefühl", LaneKind::emotion()),
        Lane::new(LaneId(3), "Kontaktpunkte", LaneKind::Touchpoints),
    ];
    map.cards = vec![
        Card::new(CardId(1), LaneId(1), StageId(1), "App öffnen"),
        Card::new(CardId(2), LaneId(3), StageId(2), "x".repeat(300)),
        Card::new(CardId(3), LaneId(1), StageId(2), "Zug fährt"),
    ];
    let edits = [
        RoomEdit::Join {
            participant: ParticipantId(1),
            name: "Anna".into(),
        },
        RoomEdit::Join {
            participant: ParticipantId(2),
            name: String::new(),
        },
        RoomEdit::Note {
            participant: ParticipantId(1),
            lane: LaneId(1),
            stage: StageId(1),
            text: "Annas Notiz".into(),
        },
        RoomEdit::Note {
            participant: ParticipantId(2),
            lane: LaneId(1),
            stage: StageId(2),
            text: "Geheim".into(),
        },
        RoomEdit::Settings(RoomSettings {
            mode: RoomMode::Vote,
            ..RoomSettings::default()
        }),
        RoomEdit::SetDots {
            participant: ParticipantId(1),
            card: CardId(1),
            count: 2,
        },
        RoomEdit::SetDots {
            participant: ParticipantId(2),
            card: CardId(3),
            count: 3,
        },
        RoomEdit::Settings(RoomSettings {
            mode: RoomMode::Feel,
            note_lanes: vec![LaneId(3)],
            note_stages: vec![StageId(2)],
            vote_lanes: vec![LaneId(1)],
            ..RoomSettings::default()
        }),
        RoomEdit::SetFeeling {
            participant: ParticipantId(2),
            stage: StageId(1),
            score: Some(-1),
        },
    ];
    for edit in edits {
        edit.apply(&mut map).unwrap();
    }
    map
}

fn json_of(view: &RoomView, participant: u32) -> serde_json::Value {
    let text = view.participant_json(
        7,
        &view.common_members(),
        ParticipantId(participant),
        "Gast",
    );
    serde_json::from_str(&text).unwrap()
}

#[test]
fn a_participant_sees_only_their_own_notes_dots_and_scores() {
    let view = RoomView::of(&map());
    let anna = json_of(&view, 1);
    assert_eq!(anna["revision"], 7);
    assert_eq!(anna["lang"], "de");
    assert_eq!(anna["mode"], "feel");
    assert_eq!(anna["me"]["participant"], 1);
    assert_eq!(anna["me"]["name"], "Anna");
    assert_eq!(anna["me"]["notes"].as_array().unwrap().len(), 1);
    assert_eq!(anna["me"]["notes"][0]["text"], "Annas Notiz");
    assert_eq!(anna["me"]["notes"][0]["state"], "waiting");
    assert_eq!(
        anna["me"]["dots"],
        serde_json::json!([{"card": 1, "count": 2}])
    );
    assert_eq!(anna["me"]["dots_total"], 3);
    assert_eq!(anna["me"]["dots_left"], 1);
    assert_eq!(anna["me"]["feelings"], serde_json::json!([]));
    let text = anna.to_string();
    assert!(!text.contains("Geheim"), "{text}");
    let other = json_of(&view, 2);
    assert_eq!(
        other["me"]["feelings"],
        serde_json::json!([{"stage": 1, "score": -1}])
    );
    assert_eq!(other["me"]["dots_left"], 0);
    assert!(!other.to_string().contains("Annas Notiz"));
}

#[test]
fn someone_the_editor_has_not_seen_yet_gets_an_empty_part() {
    let view = RoomView::of(&map());
    let newcomer = json_of(&view, 9);
    assert_eq!(newcomer["me"]["name"], "Gast");
    assert_eq!(newcomer["me"]["notes"], serde_json::json!([]));
    assert_eq!(newcomer["me"]["dots_left"], 3);
    assert_eq!(view.next_participant, ParticipantId(3));
}

#[test]
fn only_card_lanes_are_listed_with_what_is_open() {
    let view = json_of(&RoomView::of(&map()), 1);
    assert_eq!(
        view["lanes"],
        serde_json::json!([
            {"id": 1, "title": "Aktionen", "notes": false, "votes": true},
            {"id": 3, "title": "Kontaktpunkte", "notes": true, "votes": false},
        ])
    );
    assert_eq!(view["open_stages"], serde_json::json!([2]));
    assert_eq!(
        view["stages"][1],
        serde_json::json!({"id": 2, "title": "Fahren"})
    );
    assert_eq!(view["cards"].as_array().unwrap().len(), 3);
}

#[test]
fn long_titles_are_cut_with_an_ellipsis() {
    let view = json_of(&RoomView::of(&map()), 1);
    let title = view["cards"][1]["title"].as_str().unwrap();
    assert_eq!(title.chars().count(), MAX_TITLE_CHARS);
    assert!(title.ends_with('…'));
    assert_eq!(shortened("kurz"), "kurz");
    assert_eq!(
        shortened(&"ü".repeat(MAX_TITLE_CHARS)),
        "ü".repeat(MAX_TITLE_CHARS)
    );
}

#[test]
fn unchanged_parts_are_shared_with_the_previous_view() {
    let mut map = map();
    let first = RoomView::of(&map);
    let mut same = RoomView::of(&map);
    assert!(!same.adopt_unchanged(&first));
    assert!(Arc::ptr_eq(&same.common, &first.common));
    RoomEdit::SetFeeling {
        participant: ParticipantId(1),
        stage: StageId(2),
        score: Some(2),
    }
    .apply(&mut map)
    .unwrap();
    let mut next = RoomView::of(&map);
    assert!(next.adopt_unchanged(&same));
    assert!(Arc::ptr_eq(&next.common, &same.common));
    assert!(Arc::ptr_eq(
        next.personal(ParticipantId(2)).unwrap(),
        same.personal(ParticipantId(2)).unwrap()
    ));
    assert!(!Arc::ptr_eq(
        next.personal(ParticipantId(1)).unwrap(),
        same.personal(ParticipantId(1)).unwrap()
    ));
}
