use super::*;
use crate::analysis::test_maps::{TestMap, rate, score, touchpoint};
use crate::model::{EvidenceLevel, Ownership, PurchasePhase, Setting, Stage};

/// Three stages; touchpoints: 1 Website, 2 Newsletter, 3 Hotline, 4 Review portal, 5 Flyer; a
/// note; emotion scores 1, -1, 2.
fn base() -> Map {
    let mut map = TestMap::new(3);
    map.touchpoint(1, "Website", Channel::Website);
    map.touchpoint(1, "Newsletter", Channel::Newsletter);
    map.touchpoint(2, "Hotline", Channel::Hotline);
    map.touchpoint(3, "Review portal", Channel::ReviewPortal);
    map.touchpoint(3, "Flyer", Channel::Flyer);
    map.note(2, "A note is no touchpoint");
    let mut map = map.build();
    for (id, importance, performance) in [(1, 5, 2), (2, 3, 3), (3, 4, 1), (4, 2, 4)] {
        rate(&mut map, CardId(id), Some(importance), Some(performance));
    }
    touchpoint(&mut map, CardId(1)).metrics = vec![
        Metric::new("Visits", 1200.0, "per month"),
        Metric::new("Conversion", 2.5, "%"),
    ];
    score(&mut map, 1, 1);
    score(&mut map, 2, -1);
    score(&mut map, 3, 2);
    map
}

fn card(map: &mut Map, id: u32) -> &mut Card {
    map.cards.iter_mut().find(|c| c.id == CardId(id)).unwrap()
}

#[test]
fn identical_maps_do_not_differ() {
    let comparison = compare(&base(), &base());
    assert_eq!(comparison.pairs.len(), 5);
    assert!(comparison.pairs.iter().all(|pair| pair.a == pair.b));
    assert_eq!(comparison.changed(), 0);
    assert!(comparison.added.is_empty() && comparison.removed.is_empty());
    assert_eq!(comparison.emotion_differs(), 0);
    assert_eq!(comparison.emotion.len(), 3);
    assert_eq!(
        comparison.summary(),
        "0 added, 0 removed, 0 changed touchpoints; emotion differs in 0 stages"
    );
}

#[test]
fn added_and_removed_touchpoints() {
    let a = base();
    let mut b = base();
    b.cards.retain(|c| c.id != CardId(2) && c.id != CardId(4));
    let mut new = TestMap::new(3);
    new.touchpoint(2, "Chatbot", Channel::Chatbot);
    let mut chatbot = new.build().cards.remove(0);
    chatbot.id = CardId(10);
    b.cards.push(chatbot);
    let comparison = compare(&a, &b);
    assert_eq!(comparison.removed, [CardId(2), CardId(4)]);
    assert_eq!(comparison.added, [CardId(10)]);
    assert_eq!(comparison.changed(), 0);
    assert_eq!(
        comparison.summary(),
        "1 added, 2 removed, 0 changed touchpoints; emotion differs in 0 stages"
    );
}

#[test]
fn every_kind_of_change_is_found() {
    let mut a = base();
    // A touchpoint for each kind of change, all alike in a.
    let mut extra = TestMap::new(3);
    for i in 0..10 {
        extra.touchpoint(1, &format!("Touchpoint {i}"), Channel::Poster);
    }
    for (i, mut card) in extra.build().cards.into_iter().enumerate() {
        card.id = CardId(100 + i as u32);
        a.cards.push(card);
    }
    let mut b = a.clone();
    let set = |b: &mut Map, i: u32, f: &dyn Fn(&mut Card)| f(card(b, 100 + i));
    set(&mut b, 0, &|c| {
        c.title = "Renamed poster".into();
    });
    set(&mut b, 1, &|c| {
        c.stage = StageId(2);
    });
    set(&mut b, 2, &|c| {
        c.touchpoint.as_mut().unwrap().channel = Channel::Flyer;
    });
    set(&mut b, 3, &|c| {
        c.touchpoint.as_mut().unwrap().setting = Setting::Online;
    });
    set(&mut b, 4, &|c| {
        c.touchpoint.as_mut().unwrap().ownership = Ownership::Earned;
    });
    set(&mut b, 5, &|c| {
        c.touchpoint.as_mut().unwrap().phase = Some(PurchasePhase::PostPurchase);
    });
    set(&mut b, 6, &|c| {
        c.touchpoint.as_mut().unwrap().importance = Some(4);
    });
    set(&mut b, 7, &|c| {
        c.touchpoint.as_mut().unwrap().performance = Some(1);
    });
    set(&mut b, 8, &|c| {
        c.touchpoint.as_mut().unwrap().evidence = Some(EvidenceLevel::Backed);
    });
    set(&mut b, 9, &|c| {
        c.touchpoint.as_mut().unwrap().metrics = vec![Metric::new("Reach", 5000.0, "")];
    });

    let comparison = compare(&a, &b);
    assert!(comparison.added.is_empty() && comparison.removed.is_empty());
    let changes: Vec<(u32, Vec<Change>)> = comparison
        .pairs
        .iter()
        .filter(|pair| pair.is_changed())
        .map(|pair| (pair.a.0, pair.changes.clone()))
        .collect();
    let expected = [
        Change::Title,
        Change::Stage,
        Change::Channel,
        Change::Setting,
        Change::Ownership,
        Change::Phase,
        Change::Importance,
        Change::Performance,
        Change::Evidence,
        Change::Metrics,
    ]
    .into_iter()
    .enumerate()
    .map(|(i, change)| (100 + i as u32, vec![change]))
    .collect::<Vec<_>>();
    assert_eq!(changes, expected);
    assert_eq!(comparison.changed(), 10);
    assert!(comparison.pairs.iter().all(|pair| pair.a == pair.b));
    assert_eq!(
        comparison.summary(),
        "0 added, 0 removed, 10 changed touchpoints; emotion differs in 0 stages"
    );
}

#[test]
fn several_changes_of_one_touchpoint_are_listed_in_order() {
    let a = base();
    let mut b = base();
    let hotline = card(&mut b, 3);
    hotline.stage = StageId(3);
    let touchpoint = hotline.touchpoint.as_mut().unwrap();
    touchpoint.performance = Some(3);
    touchpoint.evidence = Some(EvidenceLevel::Assumption);
    let comparison = compare(&a, &b);
    let pair = comparison.pairs.iter().find(|p| p.a == CardId(3)).unwrap();
    assert_eq!(
        pair.changes,
        [Change::Stage, Change::Performance, Change::Evidence]
    );
    assert_eq!(comparison.changed(), 1);
    assert!(comparison.summary().contains("1 changed touchpoint;"));
}

#[test]
fn metrics_in_another_order_or_case_are_the_same() {
    let a = base();
    let mut b = base();
    touchpoint(&mut b, CardId(1)).metrics = vec![
        Metric::new("conversion ", 2.5, "%"),
        Metric::new("VISITS", 1200.0, "per month"),
    ];
    assert_eq!(compare(&a, &b).changed(), 0);
    touchpoint(&mut b, CardId(1)).metrics[0].unit = "percent".into();
    assert_eq!(compare(&a, &b).pairs[0].changes, [Change::Metrics]);
    touchpoint(&mut b, CardId(1)).metrics.pop();
    assert_eq!(compare(&a, &b).pairs[0].changes, [Change::Metrics]);
}

#[test]
fn touchpoints_with_other_ids_are_matched_by_title_and_channel() {
    let a = base();
    let mut b = base();
    // b was typed anew: other ids, the titles in other case and spacing.
    for (i, card) in b.cards.iter_mut().enumerate() {
        card.id = CardId(50 + i as u32);
        card.title = format!("  {} ", card.title.to_uppercase());
    }
    // The flyer became a poster with the same title: matched by title alone, channel changed.
    touchpoint(&mut b, CardId(54)).channel = Channel::Poster;
    let comparison = compare(&a, &b);
    let pairs: Vec<_> = comparison
        .pairs
        .iter()
        .map(|pair| (pair.a.0, pair.b.0))
        .collect();
    assert_eq!(pairs, [(1, 50), (2, 51), (3, 52), (4, 53), (5, 54)]);
    let flyer = &comparison.pairs[4];
    assert_eq!(flyer.changes, [Change::Title, Change::Channel]);
    assert_eq!(comparison.pairs[0].changes, [Change::Title]);
    assert!(comparison.added.is_empty() && comparison.removed.is_empty());
}

#[test]
fn a_reused_id_does_not_pair_unrelated_touchpoints() {
    let a = base();
    let mut b = base();
    // In b, id 2 is a different touchpoint (other title and channel) and the newsletter has
    // another id.
    let newsletter = card(&mut b, 2);
    newsletter.id = CardId(20);
    let mut map = TestMap::new(3);
    map.touchpoint(1, "Press article", Channel::PressArticle);
    let mut press = map.build().cards.remove(0);
    press.id = CardId(2);
    b.cards.push(press);

    let comparison = compare(&a, &b);
    let newsletter_pair = comparison
        .pairs
        .iter()
        .find(|pair| pair.a == CardId(2))
        .unwrap();
    assert_eq!(newsletter_pair.b, CardId(20));
    assert!(newsletter_pair.changes.is_empty());
    assert_eq!(comparison.added, [CardId(2)]);
    assert!(comparison.removed.is_empty());
}

#[test]
fn the_same_id_with_the_same_channel_pairs_a_renamed_touchpoint() {
    let a = base();
    let mut b = base();
    card(&mut b, 3).title = "Service line".into();
    let comparison = compare(&a, &b);
    let pair = comparison.pairs.iter().find(|p| p.a == CardId(3)).unwrap();
    assert_eq!(
        (pair.b, pair.changes.clone()),
        (CardId(3), vec![Change::Title])
    );
    assert!(comparison.added.is_empty());
}

#[test]
fn stages_are_matched_by_title_when_their_ids_differ() {
    let a = base();
    // b's stages: "stage 3 " (id 7), "Stage 1" (id 8), "New stage" (id 1), so no id lines up with
    // its title; and "Stage 2" is gone.
    let mut b = base();
    b.stages = vec![
        Stage::new(StageId(7), "stage 3 "),
        Stage::new(StageId(8), "Stage 1"),
        Stage::new(StageId(1), "New stage"),
    ];
    let move_to = |map: &mut Map, from: u32, to: u32| {
        for card in map.cards.iter_mut().filter(|c| c.stage == StageId(from)) {
            card.stage = StageId(to);
        }
    };
    move_to(&mut b, 1, 8);
    move_to(&mut b, 3, 7);
    // The hotline (stage 2 in a) lands in the new stage, which takes id 1.
    move_to(&mut b, 2, 1);
    for lane in &mut b.lanes {
        if let LaneKind::Emotion { scores, .. } = &mut lane.kind {
            *scores = [(StageId(7), 2), (StageId(8), 0), (StageId(1), -2)].into();
        }
    }

    let comparison = compare(&a, &b);
    let changed: Vec<_> = comparison
        .pairs
        .iter()
        .filter(|p| p.is_changed())
        .map(|p| (p.a.0, p.changes.clone()))
        .collect();
    // Stage 1 and 3 match by title, so only the hotline moved; "New stage" is not stage 1
    // although it took its id, because stage 1's title matched first.
    assert_eq!(changed, [(3, vec![Change::Stage])]);
    let emotion: Vec<_> = comparison
        .emotion
        .iter()
        .map(|e| (e.a, e.b, e.title.as_str(), e.score_a, e.score_b))
        .collect();
    assert_eq!(
        emotion,
        [
            (
                Some(StageId(3)),
                Some(StageId(7)),
                "stage 3 ",
                Some(2),
                Some(2)
            ),
            (
                Some(StageId(1)),
                Some(StageId(8)),
                "Stage 1",
                Some(1),
                Some(0)
            ),
            (None, Some(StageId(1)), "New stage", None, Some(-2)),
            (Some(StageId(2)), None, "Stage 2", Some(-1), None),
        ]
    );
    assert_eq!(comparison.emotion_differs(), 1);
}

#[test]
fn stages_are_matched_by_id_when_their_titles_differ() {
    let a = base();
    let mut b = base();
    b.stages[1].title = "Consideration".into();
    let comparison = compare(&a, &b);
    assert_eq!(comparison.changed(), 0);
    assert_eq!(comparison.emotion[1].a, Some(StageId(2)));
    assert_eq!(comparison.emotion[1].title, "Consideration");
}

#[test]
fn emotion_differences_count_a_missing_score() {
    let a = base();
    let mut b = base();
    score(&mut b, 1, -2);
    for lane in &mut b.lanes {
        if let LaneKind::Emotion { scores, .. } = &mut lane.kind {
            scores.remove(&StageId(3));
        }
    }
    let comparison = compare(&a, &b);
    let scores: Vec<_> = comparison
        .emotion
        .iter()
        .map(|e| (e.score_a, e.score_b, e.differs()))
        .collect();
    assert_eq!(
        scores,
        [
            (Some(1), Some(-2), true),
            (Some(-1), Some(-1), false),
            (Some(2), None, true),
        ]
    );
    assert_eq!(comparison.emotion_differs(), 2);
    assert_eq!(
        comparison.summary(),
        "0 added, 0 removed, 0 changed touchpoints; emotion differs in 2 stages"
    );

    // A map without an emotion lane has no scores at all.
    let mut no_lane = base();
    no_lane
        .lanes
        .retain(|lane| !matches!(lane.kind, LaneKind::Emotion { .. }));
    let comparison = compare(&a, &no_lane);
    assert_eq!(comparison.emotion_differs(), 3);
    assert!(comparison.emotion.iter().all(|e| e.score_b.is_none()));
    assert!(
        comparison
            .summary()
            .ends_with("emotion differs in 3 stages")
    );
}

#[test]
fn one_stage_differing_is_said_in_the_singular() {
    let a = base();
    let mut b = base();
    score(&mut b, 2, 0);
    assert_eq!(
        compare(&a, &b).summary(),
        "0 added, 0 removed, 0 changed touchpoints; emotion differs in 1 stage"
    );
}

#[test]
fn titles_are_normalised_for_matching() {
    assert_eq!(normalise("  Online   Shop\t"), "online shop");
    assert_eq!(normalise("ÜBER uns"), "über uns");
    assert_eq!(normalise(""), "");
}
