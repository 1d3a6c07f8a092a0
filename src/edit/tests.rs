use super::*;
use crate::model::{
    Card, CardId, Connection, Lane, LaneId, LaneKind, Lang, Limits, Map, MapKind, Stage, StageId,
    TextRole,
};

/// Three stages; lanes: actions (1), emotions (2), backstage (3); cards 1, 2 in (1, 1), card 3 in
/// (3, 2); an arrow 1 → 3.
fn map() -> Map {
    let mut map = Map::empty(MapKind::ServiceBlueprint, Lang::En);
    map.stages = (1..=3)
        .map(|id| Stage::new(StageId(id), format!("S{id}")))
        .collect();
    map.lanes = vec![
        Lane::new(LaneId(1), "Actions", LaneKind::Text(TextRole::Actions)),
        Lane::new(
            LaneId(2),
            "Emotions",
            LaneKind::Emotion {
                personas: std::collections::BTreeMap::new(),
                scores: [(StageId(1), 1), (StageId(2), -1)].into(),
            },
        ),
        Lane::new(LaneId(3), "Backstage", LaneKind::Text(TextRole::Backstage)),
    ];
    map.cards = vec![
        Card::new(CardId(1), LaneId(1), StageId(1), "one"),
        Card::new(CardId(2), LaneId(1), StageId(1), "two"),
        Card::new(CardId(3), LaneId(3), StageId(2), "three"),
    ];
    map.connections = vec![Connection {
        from: CardId(1),
        to: CardId(3),
    }];
    map
}

fn slot(lane: u32, stage: u32, before: Option<u32>) -> Slot {
    Slot {
        lane: LaneId(lane),
        stage: StageId(stage),
        before: before.map(CardId),
    }
}

fn cell(map: &Map, lane: u32, stage: u32) -> Vec<u32> {
    map.cards_in(LaneId(lane), StageId(stage))
        .map(|card| card.id.0)
        .collect()
}

#[test]
fn cards_are_added_at_the_end_or_before_a_card() {
    let mut doc = Document::new(map());
    let new = |id| Card::new(CardId(id), LaneId(9), StageId(9), format!("new {id}"));
    doc.apply(&Edit::AddCards {
        cards: vec![new(4)],
        slot: slot(1, 1, None),
    })
    .unwrap();
    doc.apply(&Edit::AddCards {
        cards: vec![new(5)],
        slot: slot(1, 1, Some(2)),
    })
    .unwrap();
    assert_eq!(cell(doc.map(), 1, 1), [1, 5, 2, 4]);
    assert_eq!(
        doc.map().card(CardId(4)).unwrap().lane,
        LaneId(1),
        "the slot places the card"
    );
    assert_eq!(doc.undo_label(), Some("edit-add-cards"));
}

#[test]
fn moving_reorders_within_a_cell_and_moves_across_lanes_and_stages() {
    let mut doc = Document::new(map());
    doc.apply(&Edit::MoveCards {
        ids: vec![CardId(2)],
        slot: slot(1, 1, Some(1)),
    })
    .unwrap();
    assert_eq!(cell(doc.map(), 1, 1), [2, 1]);
    doc.apply(&Edit::MoveCards {
        ids: vec![CardId(1), CardId(2)],
        slot: slot(3, 2, Some(3)),
    })
    .unwrap();
    assert_eq!(
        cell(doc.map(), 3, 2),
        [2, 1, 3],
        "moved cards keep their order"
    );
    assert!(cell(doc.map(), 1, 1).is_empty());
    assert_eq!(doc.map().validate(&Limits::default()), Ok(()));
}

#[test]
fn refused_edits_change_nothing() {
    let original = map();
    let mut doc = Document::new(original.clone());
    let refused = [
        Edit::MoveCards {
            ids: vec![CardId(1)],
            slot: slot(2, 1, None),
        },
        Edit::MoveCards {
            ids: vec![CardId(1)],
            slot: slot(1, 1, Some(1)),
        },
        Edit::MoveCards {
            ids: vec![CardId(1), CardId(99)],
            slot: slot(3, 1, None),
        },
        Edit::AddCards {
            cards: vec![Card::new(CardId(3), LaneId(1), StageId(1), "dup")],
            slot: slot(1, 1, None),
        },
        Edit::SetEmotion {
            persona: crate::model::PersonaId::FIRST,
            lane: LaneId(1),
            stage: StageId(1),
            score: Some(1),
        },
        Edit::SetEmotion {
            persona: crate::model::PersonaId::FIRST,
            lane: LaneId(2),
            stage: StageId(1),
            score: Some(5),
        },
        Edit::Connect(Connection {
            from: CardId(2),
            to: CardId(2),
        }),
        Edit::Connect(Connection {
            from: CardId(1),
            to: CardId(3),
        }),
        Edit::Disconnect(Connection {
            from: CardId(3),
            to: CardId(1),
        }),
        Edit::DeleteStage(StageId(7)),
    ];
    for edit in refused {
        assert!(doc.apply(&edit).is_err(), "{edit:?} was accepted");
        assert_eq!(doc.map(), &original, "{edit:?} changed the map");
    }
    assert!(!doc.is_dirty());
    assert_eq!(doc.undo_label(), None);
}

#[test]
fn deleting_a_stage_takes_its_cards_scores_and_arrows_and_undo_brings_them_back() {
    let original = map();
    let mut doc = Document::new(original.clone());
    doc.apply(&Edit::DeleteStage(StageId(2))).unwrap();
    let map = doc.map();
    assert!(map.card(CardId(3)).is_none());
    assert!(map.connections.is_empty());
    let LaneKind::Emotion { scores, .. } = &map.lanes[1].kind else {
        unreachable!()
    };
    assert!(!scores.contains_key(&StageId(2)));
    assert_eq!(map.validate(&Limits::default()), Ok(()));
    assert!(doc.undo());
    assert_eq!(doc.map(), &original);
    assert!(doc.redo());
    assert!(doc.map().card(CardId(3)).is_none());
}

#[test]
fn a_transaction_is_one_undo_step_and_cancel_restores() {
    let owner = GroupOwner::new();
    let original = map();
    let mut doc = Document::new(original.clone());
    doc.begin(owner).unwrap();
    for score in [-2, -1, 0, 2] {
        doc.apply(&Edit::SetEmotion {
            persona: crate::model::PersonaId::FIRST,
            lane: LaneId(2),
            stage: StageId(3),
            score: Some(score),
        })
        .unwrap();
    }
    doc.commit(owner).unwrap();
    assert_eq!(doc.undo_label(), Some("edit-set-emotion"));
    assert!(doc.undo());
    assert_eq!(doc.map(), &original, "one undo takes back the whole drag");
    assert!(!doc.undo(), "it was a single step");

    doc.begin(owner).unwrap();
    doc.apply(&Edit::MoveCards {
        ids: vec![CardId(1)],
        slot: slot(3, 3, None),
    })
    .unwrap();
    assert!(doc.is_dirty());
    doc.cancel(owner).unwrap();
    assert_eq!(doc.map(), &original);
    assert!(!doc.is_dirty(), "a cancelled drag leaves no unsaved change");
    assert_eq!(
        doc.redo_label(),
        Some("edit-set-emotion"),
        "and keeps the redo history"
    );
}

#[test]
fn a_transaction_that_ends_where_it_started_records_nothing() {
    let owner = GroupOwner::new();
    let mut doc = Document::new(map());
    doc.begin(owner).unwrap();
    doc.apply(&Edit::MoveCards {
        ids: vec![CardId(1)],
        slot: slot(3, 3, None),
    })
    .unwrap();
    doc.apply(&Edit::MoveCards {
        ids: vec![CardId(1)],
        slot: slot(1, 1, Some(2)),
    })
    .unwrap();
    doc.commit(owner).unwrap();
    assert_eq!(doc.undo_label(), None);
    assert!(!doc.is_dirty());
}

#[test]
fn the_unsaved_flag_follows_undo_redo_and_save() {
    let mut doc = Document::new(map());
    assert!(!doc.is_dirty());
    doc.apply(&Edit::RenameStage {
        id: StageId(1),
        title: "Aufmerksamkeit".into(),
    })
    .unwrap();
    assert!(doc.is_dirty());
    doc.undo();
    assert!(!doc.is_dirty(), "back at the opened content");
    doc.redo();
    doc.mark_saved();
    assert!(!doc.is_dirty());
    doc.undo();
    assert!(doc.is_dirty(), "the saved file has the rename");
    let revision = doc.revision();
    doc.redo();
    assert_ne!(doc.revision(), revision, "views see every change");
}

#[test]
fn history_is_bounded() {
    let mut doc = Document::new(map());
    for i in 0..history::MAX_UNDO + 20 {
        doc.apply(&Edit::RenameStage {
            id: StageId(1),
            title: format!("{i}"),
        })
        .unwrap();
    }
    let mut steps = 0;
    while doc.undo() {
        steps += 1;
    }
    assert_eq!(steps, history::MAX_UNDO);
}

#[test]
fn texts_from_edits_are_cleaned() {
    let mut doc = Document::new(map());
    doc.apply(&Edit::RenameLane {
        id: LaneId(1),
        title: "Kunden\r\naktionen\u{0}".into(),
    })
    .unwrap();
    assert_eq!(doc.map().lanes[0].title, "Kunden\naktionen");
}

#[test]
fn resizing_and_folding_are_edits_that_check_their_sizes() {
    let mut map = map();
    Edit::ResizeStage {
        id: StageId(2),
        width: Some(420.0),
    }
    .apply(&mut map)
    .unwrap();
    assert_eq!(map.stages[1].width, Some(420.0));
    Edit::ResizeLane {
        id: LaneId(2),
        height: Some(120.0),
    }
    .apply(&mut map)
    .unwrap();
    Edit::CollapseLane {
        id: LaneId(3),
        collapsed: true,
    }
    .apply(&mut map)
    .unwrap();
    assert!(map.lanes[2].collapsed);
    let before = map.clone();
    for refused in [
        Edit::ResizeStage {
            id: StageId(1),
            width: Some(10.0),
        },
        Edit::ResizeStage {
            id: StageId(1),
            width: Some(f32::NAN),
        },
        Edit::ResizeLane {
            id: LaneId(1),
            height: Some(1e9),
        },
        Edit::ResizeStage {
            id: StageId(9),
            width: None,
        },
        Edit::CollapseLane {
            id: LaneId(9),
            collapsed: true,
        },
    ] {
        assert!(refused.apply(&mut map).is_err(), "{refused:?}");
    }
    assert_eq!(map, before);
    map.validate(&Limits::default()).unwrap();
}

#[test]
fn only_the_owner_of_an_undo_group_ends_it_and_a_second_one_waits() {
    let drag = GroupOwner::new();
    let typing = GroupOwner::new();
    let mut doc = Document::new(map());
    doc.begin(drag).unwrap();
    assert_eq!(
        doc.begin(typing),
        Err(GroupError::Busy),
        "no silent joining"
    );
    doc.apply(&Edit::MoveCards {
        ids: vec![CardId(1)],
        slot: slot(3, 3, None),
    })
    .unwrap();
    assert_eq!(doc.commit(typing), Err(GroupError::NotOwner));
    assert_eq!(doc.cancel(typing), Err(GroupError::NotOwner));
    assert!(doc.in_transaction(), "the drag's group is still open");
    assert!(!doc.undo(), "nothing is undone in the middle of a drag");
    doc.commit(drag).unwrap();
    assert_eq!(doc.commit(drag), Err(GroupError::NotOwner), "ended once");
    assert_eq!(doc.undo_label(), Some("edit-move-cards"));
    doc.begin(typing).unwrap();
    doc.cancel(typing).unwrap();
    assert!(doc.undo());
    assert_eq!(doc.map(), &map());
}

#[test]
fn a_batch_is_one_step_and_all_or_nothing() {
    let mut doc = Document::new(map());
    let card = |id: u32| Card::new(CardId(id), LaneId(1), StageId(1), format!("copy {id}"));
    let batch = Edit::Batch(vec![
        Edit::AddCards {
            cards: vec![card(20)],
            slot: slot(1, 1, None),
        },
        Edit::AddCards {
            cards: vec![card(21)],
            slot: slot(3, 2, None),
        },
    ]);
    doc.apply(&batch).unwrap();
    assert!(doc.map().card(CardId(20)).is_some() && doc.map().card(CardId(21)).is_some());
    assert_eq!(doc.undo_label(), Some("edit-add-cards"));
    assert!(doc.undo());
    assert_eq!(doc.map(), &map(), "one undo takes back the whole batch");

    let refused = Edit::Batch(vec![
        Edit::AddCards {
            cards: vec![card(22)],
            slot: slot(1, 1, None),
        },
        Edit::DeleteStage(StageId(99)),
    ]);
    assert_eq!(
        doc.apply(&refused),
        Err(EditError::UnknownStage(StageId(99)))
    );
    assert_eq!(doc.map(), &map(), "the first half was not kept");
    assert_eq!(
        doc.redo_label(),
        Some("edit-add-cards"),
        "history untouched"
    );
}

#[test]
fn a_card_update_keeps_its_evidence_cleaned_and_refuses_a_rating_off_the_scale() {
    use crate::model::{Channel, Metric, Touchpoint};
    let mut map = map();
    let mut card = map.card(CardId(1)).unwrap().clone();
    let mut touchpoint = Touchpoint::of(Channel::Website);
    touchpoint.importance = Some(4);
    touchpoint.metrics = vec![Metric::new("Visits\u{7}", 120.0, "")];
    card.touchpoint = Some(touchpoint);
    Edit::UpdateCard(card.clone()).apply(&mut map).unwrap();
    let kept = map.card(CardId(1)).unwrap().touchpoint.clone().unwrap();
    assert_eq!(kept.importance, Some(4));
    assert_eq!(
        kept.metrics[0].name, "Visits",
        "control characters are cleaned"
    );

    let before = map.clone();
    card.touchpoint.as_mut().unwrap().performance = Some(9);
    assert!(Edit::UpdateCard(card.clone()).apply(&mut map).is_err());
    card.touchpoint.as_mut().unwrap().performance = None;
    card.touchpoint.as_mut().unwrap().metrics[0].value = f64::NAN;
    assert!(Edit::UpdateCard(card).apply(&mut map).is_err());
    assert_eq!(map, before, "refused updates change nothing");
}

#[test]
fn questions_are_stored_without_blank_checklist_entries_and_the_stage_limit_is_checked() {
    use crate::model::{Ask, Question, StandardQuestion};
    let mut map = map();
    let mut answered = Question::new(Ask::Standard(StandardQuestion::FirstHeard));
    answered.answer = "A friend".into();
    let blank = Question::new(Ask::Standard(StandardQuestion::Goal));
    let own = Question::new(Ask::Own("Would you pay online?".into()));
    Edit::SetQuestions(vec![answered.clone(), blank, own.clone()])
        .apply(&mut map)
        .unwrap();
    assert_eq!(map.questions, [answered, own]);

    Edit::SetTouchpointsPerStage(Some(4))
        .apply(&mut map)
        .unwrap();
    assert_eq!(map.crowded_above(), 4);
    assert!(
        Edit::SetTouchpointsPerStage(Some(0))
            .apply(&mut map)
            .is_err()
    );
    Edit::SetTouchpointsPerStage(None).apply(&mut map).unwrap();
    assert_eq!(map.crowded_above(), 7);
}

/// A map with a touchpoint lane (4): the website (10) follows stage 1's phase, the newsletter
/// (11) in the same stage had its phase set by hand.
fn map_with_phases() -> Map {
    use crate::model::{Channel, PurchasePhase, Touchpoint};
    let mut map = map();
    map.stages[0].phase = Some(PurchasePhase::PrePurchase);
    map.stages[1].phase = Some(PurchasePhase::Purchase);
    map.lanes
        .push(Lane::new(LaneId(4), "Touchpoints", LaneKind::Touchpoints));
    let mut website = Card::new(CardId(10), LaneId(4), StageId(1), "website");
    website.touchpoint = Some(Touchpoint::of(Channel::Website));
    let mut newsletter = Card::new(CardId(11), LaneId(4), StageId(1), "newsletter");
    newsletter.touchpoint = Some(Touchpoint {
        phase: Some(PurchasePhase::PostPurchase),
        ..Touchpoint::of(Channel::Newsletter)
    });
    map.cards.extend([website, newsletter]);
    map
}

fn phase(map: &Map, id: u32) -> crate::model::PurchasePhase {
    let card = map.card(CardId(id)).unwrap();
    map.phase_of(card, card.touchpoint.as_ref().unwrap())
}

#[test]
fn changing_a_stages_phase_moves_its_following_touchpoints_in_one_undo_step() {
    use crate::model::PurchasePhase::{PostPurchase, PrePurchase, Purchase};
    let mut doc = Document::new(map_with_phases());
    assert_eq!(phase(doc.map(), 10), PrePurchase);
    doc.apply(&Edit::SetStagePhase {
        id: StageId(1),
        phase: Some(Purchase),
    })
    .unwrap();
    assert_eq!(
        phase(doc.map(), 10),
        Purchase,
        "the website follows its stage"
    );
    assert_eq!(phase(doc.map(), 11), PostPurchase, "set by hand, it stays");
    doc.apply(&Edit::SetStagePhase {
        id: StageId(1),
        phase: None,
    })
    .unwrap();
    assert_eq!(
        phase(doc.map(), 10),
        PrePurchase,
        "a stage outside the purchase: the channel's usual phase"
    );
    doc.undo();
    assert_eq!(phase(doc.map(), 10), Purchase, "one step back");
    doc.undo();
    assert_eq!(phase(doc.map(), 10), PrePurchase);
}

#[test]
fn a_touchpoint_moved_to_another_stage_takes_its_phase_unless_set_by_hand() {
    use crate::model::PurchasePhase::{PostPurchase, Purchase};
    let mut doc = Document::new(map_with_phases());
    doc.apply(&Edit::MoveCards {
        ids: vec![CardId(10), CardId(11)],
        slot: slot(4, 2, None),
    })
    .unwrap();
    assert_eq!(phase(doc.map(), 10), Purchase);
    assert_eq!(phase(doc.map(), 11), PostPurchase);
}
