//! Random sequences of edits, transactions, undo and redo against a reference model of the
//! history: whatever a user does, undo must walk back through exactly the maps they saw, a
//! refused edit must change nothing, and every map reached must be valid and survive a save.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use journeymap::edit::{Document, Edit, EditError, GroupError, GroupOwner, MAX_UNDO, Slot};
use journeymap::file::{from_ron, to_ron};
use journeymap::model::{
    Card, CardId, Channel, Connection, Lane, LaneId, LaneKind, Lang, Limits, Map, MapKind, Persona,
    PersonaId, Phase, PhaseColour, PhaseId, Stage, StageId, TextRole, Touchpoint,
    sample::synthetic_map,
};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// Starting maps
// ---------------------------------------------------------------------------------------------

/// Three stages; actions (1), emotions (2), backstage (3); cards 1, 2 in (1, 1), 3 in (3, 2);
/// an arrow 1 → 3.
fn small_map() -> Map {
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

/// A map whose ids sit at the top of the `u32` range, as a hand-edited file may have them.
fn map_with_huge_ids() -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::De);
    map.stages = vec![
        Stage::new(StageId(u32::MAX), "Ende"),
        Stage::new(StageId(0), "Anfang"),
    ];
    map.lanes = vec![
        Lane::new(
            LaneId(u32::MAX),
            "Aktionen",
            LaneKind::Text(TextRole::Actions),
        ),
        Lane::new(
            LaneId(u32::MAX - 1),
            "Gefühle",
            LaneKind::Emotion {
                personas: std::collections::BTreeMap::new(),
                scores: [(StageId(u32::MAX), -2)].into(),
            },
        ),
    ];
    map.cards = vec![Card::new(
        CardId(u32::MAX),
        LaneId(u32::MAX),
        StageId(0),
        "ganz hinten",
    )];
    map
}

fn start_map() -> impl Strategy<Value = Map> {
    prop_oneof![
        3 => (0..MapKind::ALL.len(), prop::bool::ANY).prop_map(|(kind, german)| {
            let lang = if german { Lang::De } else { Lang::En };
            journeymap::file::template(MapKind::ALL[kind], lang).unwrap()
        }),
        2 => (0usize..40).prop_map(synthetic_map),
        2 => Just(small_map()),
        1 => Just(map_with_huge_ids()),
        1 => Just(Map::empty(MapKind::FutureState, Lang::En)),
    ]
}

// ---------------------------------------------------------------------------------------------
// Operations: edits whose targets are picked from the map as it is when they run
// ---------------------------------------------------------------------------------------------

/// Which of the things that exist an operation means; resolved modulo their number, so a
/// sequence keeps hitting real cards, lanes and stages as the map changes under it.
type Pick = usize;

#[derive(Clone, Debug)]
enum Op {
    AddCards {
        lane: Pick,
        stage: Pick,
        before: Option<Pick>,
        titles: Vec<String>,
        touchpoint: Option<Pick>,
    },
    MoveCards {
        cards: Vec<Pick>,
        lane: Pick,
        stage: Pick,
        before: Option<Pick>,
    },
    UpdateCard {
        card: Pick,
        title: String,
        notes: String,
        touchpoint: Option<Pick>,
    },
    DeleteCards(Vec<Pick>),
    AddStage {
        index: usize,
        title: String,
    },
    RenameStage(Pick, String),
    MoveStage(Pick, usize),
    DeleteStage(Pick),
    AddLane {
        index: usize,
        kind: Pick,
        title: String,
    },
    RenameLane(Pick, String),
    MoveLane(Pick, usize),
    DeleteLane(Pick),
    /// A width from far below to far above the allowed range, or none.
    ResizeStage(Pick, Option<f32>),
    ResizeLane(Pick, Option<f32>),
    CollapseLane(Pick, bool),
    SetEmotion {
        lane: Pick,
        persona: Pick,
        stage: Pick,
        score: Option<i8>,
    },
    AddPersona(Persona),
    SetPersona(Pick, Persona),
    RemovePersona(Pick),
    Connect(Pick, Pick),
    Disconnect(Pick),
    SetInfo {
        title: String,
        goal: String,
        persona: Persona,
    },
    /// A phase over `len` stages from the picked one (past the end: refused or shorter).
    AddPhase {
        stage: Pick,
        len: usize,
        title: String,
    },
    /// One of the other phase edits (picked by `kind`) on the picked stage's phase, or the
    /// picked phase, with the picked neighbour or colour.
    PhaseEdit {
        kind: Pick,
        stage: Pick,
        other: Pick,
        title: String,
    },
    /// An edit naming things that do not exist: it must be refused.
    Dangling(Pick, u32),
    Begin,
    Commit,
    Cancel,
    Undo,
    Redo,
    /// Saves to RON text, loads it back, and marks the document saved.
    Save,
}

/// Texts as users and other programs produce them: plain words, umlauts and emoji, line breaks
/// of every platform, control characters, the characters RON must escape, and now and then one
/// over the length limit.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[a-zA-Z äöüßÄ]{0,12}",
        2 => "\\PC{0,16}",
        2 => ".{0,16}",
        2 => prop::sample::select(vec![
            "\"#",
            "r#\"raw\"#",
            "\\",
            "\\n is not a line break",
            "Windows\r\nline\rbreaks",
            "nul\u{0}bell\u{7}",
            "\u{feff}bom",
            "tab\there",
            "👩‍👩‍👧 family",
            "'apostrophe'",
            "trailing space ",
            "",
        ])
        .prop_map(str::to_owned),
        1 => Just("x".repeat(Limits::default().text_chars + 1)),
        1 => Just("ü".repeat(Limits::default().text_chars)),
    ]
}

fn photo() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        3 => Just(None),
        2 => prop::sample::select(vec!["anna.png", "photos/anna.jpg", "./anna.png"])
            .prop_map(|path| Some(path.to_owned())),
        1 => prop::sample::select(vec![
            "../anna.png",
            "/etc/passwd",
            "",
            "photos/../../anna.png",
            "C:\\Users\\anna.png",
            "C:anna.png",
            "\\\\server\\share\\anna.png",
            "..\\anna.png",
        ])
        .prop_map(|path| Some(path.to_owned())),
    ]
}

fn persona() -> impl Strategy<Value = Persona> {
    let list = prop_oneof![
        8 => prop::collection::vec(text(), 0..3),
        1 => Just(vec!["Ziel".to_owned(); Limits::default().list_items + 1]),
    ];
    (text(), text(), list, text(), photo()).prop_map(|(name, role, goals, quote, photo)| Persona {
        name,
        role,
        needs: goals.iter().rev().cloned().collect(),
        goals,
        frustrations: vec![quote.clone()],
        quote,
        photo,
        ..Persona::default()
    })
}

fn op() -> impl Strategy<Value = Op> {
    let pick = || 0usize..64;
    let index = || 0usize..12;
    prop_oneof![
        4 => (pick(), pick(), prop::option::of(pick()), prop::collection::vec(text(), 1..4),
              prop::option::of(pick()))
            .prop_map(|(lane, stage, before, titles, touchpoint)| Op::AddCards {
                lane, stage, before, titles, touchpoint,
            }),
        4 => (prop::collection::vec(pick(), 0..4), pick(), pick(), prop::option::of(pick()))
            .prop_map(|(cards, lane, stage, before)| Op::MoveCards { cards, lane, stage, before }),
        2 => (pick(), text(), text(), prop::option::of(pick()))
            .prop_map(|(card, title, notes, touchpoint)| Op::UpdateCard {
                card, title, notes, touchpoint,
            }),
        2 => prop::collection::vec(pick(), 0..3).prop_map(Op::DeleteCards),
        1 => (index(), text()).prop_map(|(index, title)| Op::AddStage { index, title }),
        1 => (pick(), text()).prop_map(|(stage, title)| Op::RenameStage(stage, title)),
        1 => (pick(), index()).prop_map(|(stage, index)| Op::MoveStage(stage, index)),
        1 => pick().prop_map(Op::DeleteStage),
        1 => (index(), pick(), text()).prop_map(|(index, kind, title)| Op::AddLane {
            index, kind, title,
        }),
        1 => (pick(), text()).prop_map(|(lane, title)| Op::RenameLane(lane, title)),
        1 => (pick(), index()).prop_map(|(lane, index)| Op::MoveLane(lane, index)),
        1 => pick().prop_map(Op::DeleteLane),
        1 => (pick(), prop::option::of(0.0f32..1500.0))
            .prop_map(|(stage, width)| Op::ResizeStage(stage, width)),
        1 => (pick(), prop::option::of(0.0f32..1500.0))
            .prop_map(|(lane, height)| Op::ResizeLane(lane, height)),
        1 => (pick(), any::<bool>()).prop_map(|(lane, collapsed)| Op::CollapseLane(lane, collapsed)),
        2 => (pick(), pick(), pick(), prop::option::of(-3i8..=3))
            .prop_map(|(lane, persona, stage, score)| Op::SetEmotion {
                lane, persona, stage, score,
            }),
        1 => persona().prop_map(Op::AddPersona),
        1 => (pick(), persona()).prop_map(|(which, persona)| Op::SetPersona(which, persona)),
        1 => pick().prop_map(Op::RemovePersona),
        2 => (pick(), pick()).prop_map(|(from, to)| Op::Connect(from, to)),
        1 => pick().prop_map(Op::Disconnect),
        1 => (text(), text(), persona()).prop_map(|(title, goal, persona)| Op::SetInfo {
            title, goal, persona,
        }),
        2 => (pick(), 1usize..4, text()).prop_map(|(stage, len, title)| Op::AddPhase {
            stage, len, title,
        }),
        3 => (pick(), pick(), pick(), text()).prop_map(|(kind, stage, other, title)| {
            Op::PhaseEdit { kind, stage, other, title }
        }),
        2 => (pick(), prop_oneof![Just(u32::MAX), 1_000u32..2_000]).prop_map(|(kind, id)| {
            Op::Dangling(kind, id)
        }),
        2 => Just(Op::Begin),
        2 => Just(Op::Commit),
        1 => Just(Op::Cancel),
        3 => Just(Op::Undo),
        2 => Just(Op::Redo),
        1 => Just(Op::Save),
    ]
}

/// Unused card ids, starting with the one the editor would give a new card.
fn fresh_card_ids(map: &Map) -> impl Iterator<Item = u32> + '_ {
    let first = map.next_card_id().0;
    (first..=u32::MAX)
        .chain(0..first)
        .filter(|&id| map.card(CardId(id)).is_none())
}

/// One of the map's personas; now and then one it does not have (the edit must be refused).
fn any_persona(map: &Map, which: Pick) -> PersonaId {
    let ids: Vec<PersonaId> = map.personas().map(|persona| persona.id).collect();
    if which % 8 == 7 {
        map.next_persona_id()
    } else {
        *pick(&ids, which).unwrap_or(&PersonaId::FIRST)
    }
}

fn pick<T>(items: &[T], pick: Pick) -> Option<&T> {
    items.get(pick % items.len().max(1))
}

/// An id no lane, stage or card of the map has, for edits that must be refused.
fn dangling(map: &Map, near: u32) -> u32 {
    (near..=u32::MAX)
        .chain(0..near)
        .find(|&id| {
            map.stage(StageId(id)).is_none()
                && map.lane(LaneId(id)).is_none()
                && map.card(CardId(id)).is_none()
        })
        .unwrap()
}

/// The edit an operation means on `map`. Things that do not exist (an empty map has no lanes)
/// become ids that do not exist, so the edit is refused like a stale one from the editor.
#[allow(clippy::too_many_lines, reason = "one arm per edit reads best")]
fn resolve(op: &Op, map: &Map) -> Option<Edit> {
    let missing = dangling(map, 900);
    let card_lanes: Vec<LaneId> = map
        .lanes
        .iter()
        .filter(|lane| lane.holds_cards())
        .map(|lane| lane.id)
        .collect();
    let emotion_lanes: Vec<LaneId> = map
        .lanes
        .iter()
        .filter(|lane| matches!(lane.kind, LaneKind::Emotion { .. }))
        .map(|lane| lane.id)
        .collect();
    let stage = |p| pick(&map.stages, p).map_or(StageId(missing), |s| s.id);
    let any_lane = |p| pick(&map.lanes, p).map_or(LaneId(missing), |l| l.id);
    let card_lane = |p| pick(&card_lanes, p).copied().unwrap_or(LaneId(missing));
    let card = |p| pick(&map.cards, p).map_or(CardId(missing), |c| c.id);
    let touchpoint = |p: Option<Pick>| p.map(|p| Touchpoint::of(Channel::ALL[p % 32]));
    // A card of the target cell to insert before; sometimes one from elsewhere (refused).
    let before = |lane: LaneId, stage: StageId, p: Option<Pick>| {
        p.map(|p| {
            let in_cell: Vec<CardId> = map.cards_in(lane, stage).map(|c| c.id).collect();
            if p % 5 == 0 || in_cell.is_empty() {
                card(p)
            } else {
                in_cell[p % in_cell.len()]
            }
        })
    };
    Some(match op {
        Op::AddCards {
            lane,
            stage: s,
            before: b,
            titles,
            touchpoint: t,
        } => {
            let slot_lane = card_lane(*lane);
            let slot_stage = stage(*s);
            let cards = titles
                .iter()
                .zip(fresh_card_ids(map))
                .map(|(title, id)| {
                    let mut card = Card::new(CardId(id), LaneId(7), StageId(7), title.clone());
                    card.notes = title.chars().rev().collect();
                    card.touchpoint = touchpoint(*t);
                    card
                })
                .collect();
            Edit::AddCards {
                cards,
                slot: Slot {
                    lane: slot_lane,
                    stage: slot_stage,
                    before: before(slot_lane, slot_stage, *b),
                },
            }
        }
        Op::MoveCards {
            cards,
            lane,
            stage: s,
            before: b,
        } => {
            let slot_lane = card_lane(*lane);
            let slot_stage = stage(*s);
            Edit::MoveCards {
                ids: cards.iter().map(|&p| card(p)).collect(),
                slot: Slot {
                    lane: slot_lane,
                    stage: slot_stage,
                    before: before(slot_lane, slot_stage, *b),
                },
            }
        }
        Op::UpdateCard {
            card: c,
            title,
            notes,
            touchpoint: t,
        } => {
            let mut updated = map
                .card(card(*c))
                .cloned()
                .unwrap_or_else(|| Card::new(CardId(missing), LaneId(1), StageId(1), ""));
            // The place in an update is ignored: only the content changes.
            updated.lane = LaneId(missing);
            title.clone_into(&mut updated.title);
            notes.clone_into(&mut updated.notes);
            updated.touchpoint = touchpoint(*t);
            Edit::UpdateCard(updated)
        }
        Op::DeleteCards(cards) => Edit::DeleteCards(cards.iter().map(|&p| card(p)).collect()),
        Op::AddStage { index, title } => Edit::AddStage {
            stage: Stage::new(map.next_stage_id(), title.clone()),
            index: *index,
        },
        Op::RenameStage(s, title) => Edit::RenameStage {
            id: stage(*s),
            title: title.clone(),
        },
        Op::MoveStage(s, index) => Edit::MoveStage {
            id: stage(*s),
            index: *index,
        },
        Op::DeleteStage(s) => Edit::DeleteStage(stage(*s)),
        Op::AddLane { index, kind, title } => {
            let kind = match kind % 4 {
                0 => LaneKind::Touchpoints,
                1 => LaneKind::Emotion {
                    personas: std::collections::BTreeMap::new(),
                    scores: map.stages.first().map(|s| (s.id, 2)).into_iter().collect(),
                },
                2 => LaneKind::Divider(journeymap::model::DividerLine::Visibility),
                _ => LaneKind::Text(TextRole::Ideas),
            };
            Edit::AddLane {
                lane: Lane::new(map.next_lane_id(), title.clone(), kind),
                index: *index,
            }
        }
        Op::RenameLane(l, title) => Edit::RenameLane {
            id: any_lane(*l),
            title: title.clone(),
        },
        Op::MoveLane(l, index) => Edit::MoveLane {
            id: any_lane(*l),
            index: *index,
        },
        Op::DeleteLane(l) => Edit::DeleteLane(any_lane(*l)),
        Op::ResizeStage(s, width) => Edit::ResizeStage {
            id: stage(*s),
            width: *width,
        },
        Op::ResizeLane(l, height) => Edit::ResizeLane {
            id: any_lane(*l),
            height: *height,
        },
        Op::CollapseLane(l, collapsed) => Edit::CollapseLane {
            id: any_lane(*l),
            collapsed: *collapsed,
        },
        Op::SetEmotion {
            lane,
            persona,
            stage: s,
            score,
        } => Edit::SetEmotion {
            persona: any_persona(map, *persona),
            // Mostly an emotion lane; now and then any lane (refused unless it is one).
            lane: if lane % 4 == 0 {
                any_lane(*lane)
            } else {
                pick(&emotion_lanes, *lane)
                    .copied()
                    .unwrap_or(LaneId(missing))
            },
            stage: stage(*s),
            score: *score,
        },
        Op::Connect(from, to) => Edit::Connect(Connection {
            from: card(*from),
            to: card(*to),
        }),
        Op::Disconnect(p) => {
            Edit::Disconnect(pick(&map.connections, *p).cloned().unwrap_or(Connection {
                from: card(*p),
                to: CardId(missing),
            }))
        }
        Op::SetInfo {
            title,
            goal,
            persona,
        } => Edit::SetInfo {
            title: title.clone(),
            goal: goal.clone(),
            persona: persona.clone(),
        },
        Op::AddPersona(persona) => Edit::AddPersona(Persona {
            id: map.next_persona_id(),
            ..persona.clone()
        }),
        Op::SetPersona(which, persona) => Edit::SetPersona(Persona {
            id: any_persona(map, *which),
            ..persona.clone()
        }),
        Op::RemovePersona(which) => Edit::RemovePersona(any_persona(map, *which)),
        Op::AddPhase {
            stage: s,
            len,
            title,
        } => {
            let first = pick(&map.stages, *s).map_or(0, |_| s % map.stages.len().max(1));
            let mut phase = Phase::new(map.next_phase_id(), title.clone());
            phase.colour = map.next_phase_colour();
            Edit::AddPhase {
                phase,
                stages: (first..first + len)
                    .map(|index| map.stages.get(index).map_or(StageId(missing), |s| s.id))
                    .collect(),
            }
        }
        Op::PhaseEdit {
            kind,
            stage: s,
            other,
            title,
        } => phase_edit(map, *kind, stage(*s), *other, title, missing),
        Op::Dangling(kind, near) => dangling_edit(map, *kind, dangling(map, *near)),
        Op::Begin | Op::Commit | Op::Cancel | Op::Undo | Op::Redo | Op::Save => return None,
    })
}

/// A phase edit of kind `kind` on the phase of `stage` (a phase that does not exist when the
/// stage is in none, so the edit is refused), with `other` picking a neighbour or colour.
fn phase_edit(
    map: &Map,
    kind: Pick,
    stage: StageId,
    other: Pick,
    title: &str,
    missing: u32,
) -> Edit {
    let own = map
        .phase_of_stage(stage)
        .map_or(PhaseId(missing), |phase| phase.id);
    let some_phase = pick(&map.phases, other).map_or(PhaseId(missing), |phase| phase.id);
    match kind % 7 {
        0 => Edit::RenamePhase {
            id: own,
            title: title.to_owned(),
        },
        1 => Edit::RecolourPhase {
            id: own,
            colour: PhaseColour::nth(other),
        },
        2 => Edit::RemovePhase(own),
        3 => Edit::MergePhases {
            kept: own,
            absorbed: some_phase,
        },
        4 => Edit::SetStageInPhase {
            stage,
            phase: (!other.is_multiple_of(3)).then_some(some_phase),
        },
        5 => Edit::SplitPhase {
            at: stage,
            phase: Phase::new(map.next_phase_id(), title.to_owned()),
        },
        _ => Edit::SetStageInPhase { stage, phase: None },
    }
}

/// An edit that names the missing id `id` somewhere it must exist.
fn dangling_edit(map: &Map, kind: Pick, id: u32) -> Edit {
    let some_card = map.cards.first().map_or(CardId(id), |c| c.id);
    let some_lane = map.lanes.first().map_or(LaneId(id), |l| l.id);
    let some_stage = map.stages.first().map_or(StageId(id), |s| s.id);
    match kind % 12 {
        0 => Edit::MoveCards {
            ids: vec![CardId(id)],
            slot: Slot {
                lane: some_lane,
                stage: some_stage,
                before: None,
            },
        },
        1 => Edit::AddCards {
            cards: vec![Card::new(map.next_card_id(), some_lane, some_stage, "x")],
            slot: Slot {
                lane: LaneId(id),
                stage: some_stage,
                before: None,
            },
        },
        2 => Edit::AddCards {
            cards: vec![Card::new(map.next_card_id(), some_lane, some_stage, "x")],
            slot: Slot {
                lane: some_lane,
                stage: StageId(id),
                before: None,
            },
        },
        3 => Edit::UpdateCard(Card::new(CardId(id), some_lane, some_stage, "x")),
        4 => Edit::DeleteCards(vec![some_card, CardId(id)]),
        5 => Edit::RenameStage {
            id: StageId(id),
            title: "x".into(),
        },
        6 => Edit::MoveLane {
            id: LaneId(id),
            index: 0,
        },
        7 => Edit::DeleteStage(StageId(id)),
        8 => Edit::DeleteLane(LaneId(id)),
        9 => Edit::SetEmotion {
            persona: journeymap::model::PersonaId::FIRST,
            lane: LaneId(id),
            stage: some_stage,
            score: Some(0),
        },
        10 => Edit::Connect(Connection {
            from: some_card,
            to: CardId(id),
        }),
        _ => Edit::AddLane {
            lane: Lane::new(
                map.next_lane_id(),
                "x",
                LaneKind::Emotion {
                    personas: std::collections::BTreeMap::new(),
                    scores: [(StageId(id), 0)].into(),
                },
            ),
            index: 0,
        },
    }
}

// ---------------------------------------------------------------------------------------------
// The reference model of the history
// ---------------------------------------------------------------------------------------------

/// What undo and redo must do, written as plainly as possible: the list of maps the user has
/// seen as undo steps, and where in it the document is.
struct Reference {
    timeline: Vec<Map>,
    at: usize,
    /// The timeline position last saved; `None` once that content can no longer be reached.
    saved: Option<usize>,
    /// The map when the open transaction began.
    transaction: Option<Map>,
}

impl Reference {
    fn new(map: Map) -> Self {
        Self {
            timeline: vec![map],
            at: 0,
            saved: Some(0),
            transaction: None,
        }
    }

    /// A new undo step with `map` as its result.
    fn push(&mut self, map: Map) {
        self.timeline.truncate(self.at + 1);
        if self.saved.is_some_and(|saved| saved > self.at) {
            self.saved = None;
        }
        self.timeline.push(map);
        self.at += 1;
    }

    fn commit(&mut self, now: &Map) {
        if let Some(before) = self.transaction.take()
            && before != *now
        {
            self.push(now.clone());
        }
    }
}

fn assert_valid(map: &Map, context: &str) {
    if let Err(error) = map.validate(&Limits::default()) {
        panic!("{context} left an invalid map: {error}");
    }
}

fn assert_round_trips(map: &Map) {
    let text = to_ron(map).unwrap();
    match from_ron(text.as_bytes()) {
        Ok(loaded) => assert_eq!(&loaded, map, "the map changed through save and load"),
        Err(error) => panic!("a map reached by editing does not load: {error}\n{text}"),
    }
}

/// Runs `ops` on `start`, checking the document against the reference after every step, then
/// undoes everything and redoes everything.
#[allow(clippy::too_many_lines, reason = "one arm per operation reads best")]
fn run(start: &Map, ops: &[Op]) {
    assert_valid(start, "the starting map");
    let mut doc = Document::new(start.clone());
    let gesture = GroupOwner::new();
    let mut reference = Reference::new(start.clone());
    for (step, op) in ops.iter().enumerate() {
        // Texts at the length limit would drown the message.
        let context: String = format!("step {step} ({op:?})").chars().take(300).collect();
        if let Some(edit) = resolve(op, doc.map()) {
            let before = doc.map().clone();
            let revision = doc.revision();
            let result = doc.apply(&edit);
            if matches!(op, Op::Dangling(..)) {
                assert!(result.is_err(), "{context}: a dangling edit was accepted");
            }
            if let Err(error) = result {
                assert_eq!(
                    doc.map(),
                    &before,
                    "{context}: refused ({error}) but changed"
                );
                assert_eq!(doc.revision(), revision, "{context}: refused but touched");
                assert!(!error.to_string().is_empty());
            } else {
                assert_valid(doc.map(), &context);
                if reference.transaction.is_none() && *doc.map() != before {
                    reference.push(doc.map().clone());
                }
            }
        } else {
            match op {
                Op::Begin => {
                    let opened = doc.begin(gesture);
                    if reference.transaction.is_none() {
                        assert_eq!(opened, Ok(()), "{context}");
                        reference.transaction = Some(doc.map().clone());
                    } else {
                        assert_eq!(opened, Err(GroupError::Busy), "{context}: joined");
                        assert_eq!(doc.begin(GroupOwner::new()), Err(GroupError::Busy));
                    }
                }
                Op::Commit => {
                    assert_eq!(
                        doc.commit(GroupOwner::new()),
                        Err(GroupError::NotOwner),
                        "{context}: a stranger ended the group"
                    );
                    let committed = doc.commit(gesture);
                    assert_eq!(committed.is_ok(), reference.transaction.is_some());
                    reference.commit(doc.map());
                }
                Op::Cancel => {
                    let cancelled = doc.cancel(gesture);
                    assert_eq!(cancelled.is_ok(), reference.transaction.is_some());
                    if let Some(before) = reference.transaction.take() {
                        assert_eq!(doc.map(), &before, "{context}: cancel did not restore");
                    }
                }
                Op::Undo => {
                    let undone = doc.undo();
                    if reference.transaction.is_some() {
                        assert!(!undone, "{context}: undone in the middle of a gesture");
                    } else {
                        assert_eq!(undone, reference.at > 0, "{context}");
                        reference.at = reference.at.saturating_sub(1);
                    }
                }
                Op::Redo => {
                    let redone = doc.redo();
                    if reference.transaction.is_some() {
                        assert!(!redone, "{context}: redone in the middle of a gesture");
                    } else {
                        assert_eq!(
                            redone,
                            reference.at + 1 < reference.timeline.len(),
                            "{context}"
                        );
                        if redone {
                            reference.at += 1;
                        }
                    }
                }
                Op::Save => {
                    assert_round_trips(doc.map());
                    // The editor saves between gestures, never in the middle of a drag.
                    if reference.transaction.is_none() {
                        doc.mark_saved();
                        reference.saved = Some(reference.at);
                    }
                }
                _ => unreachable!("every edit resolves"),
            }
        }
        assert_eq!(doc.in_transaction(), reference.transaction.is_some());
        if !doc.in_transaction() {
            assert_eq!(
                doc.map(),
                &reference.timeline[reference.at],
                "{context}: the document is not where the history says"
            );
            assert_eq!(
                doc.is_dirty(),
                reference.saved != Some(reference.at),
                "{context}: wrong unsaved-changes flag"
            );
        }
    }

    // Commit what is open, then walk the whole history back and forth.
    let _ = doc.commit(gesture);
    reference.commit(doc.map());
    while doc.redo() {}
    let last = doc.map().clone();
    assert_eq!(
        &last,
        reference.timeline.last().unwrap(),
        "redo did not reach the newest map"
    );
    let last_revision = doc.revision();
    assert_round_trips(&last);
    while doc.undo() {
        assert_valid(doc.map(), "undo");
    }
    let steps = reference.timeline.len() - 1;
    if steps <= MAX_UNDO {
        assert_eq!(
            doc.map(),
            start,
            "undoing everything did not give the start"
        );
        if reference.saved == Some(0) {
            assert!(!doc.is_dirty(), "back at the saved map but marked unsaved");
        }
    }
    while doc.redo() {
        assert_valid(doc.map(), "redo");
    }
    assert_eq!(
        doc.map(),
        &last,
        "redoing everything did not give the last map"
    );
    assert_eq!(
        doc.revision(),
        last_revision,
        "redo gave the last map another revision"
    );
    assert!(doc.undo_label().is_some() || steps == 0);
    assert!(doc.redo_label().is_none());
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 96,
        max_shrink_iters: 2_000,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_sequence_of_edits_undoes_redoes_saves_and_stays_valid(
        start in start_map(),
        ops in prop::collection::vec(op(), 1..48),
    ) {
        run(&start, &ops);
    }
}

// ---------------------------------------------------------------------------------------------
// Cases the properties found, and edges they reach only by luck
// ---------------------------------------------------------------------------------------------

#[test]
fn undo_history_is_bounded_and_keeps_the_newest_steps() {
    let mut doc = Document::new(small_map());
    for i in 0..MAX_UNDO + 20 {
        doc.apply(&Edit::RenameStage {
            id: StageId(1),
            title: format!("step {i}"),
        })
        .unwrap();
    }
    let mut undone = 0;
    while doc.undo() {
        undone += 1;
    }
    assert_eq!(undone, MAX_UNDO);
    assert_eq!(doc.map().stages[0].title, "step 19");
    assert!(
        doc.is_dirty(),
        "the opened map is out of reach, so this is unsaved"
    );
}

#[test]
fn a_refused_edit_inside_a_transaction_keeps_the_transaction_intact() {
    let drag = GroupOwner::new();
    let mut doc = Document::new(small_map());
    doc.begin(drag).unwrap();
    doc.apply(&Edit::MoveStage {
        id: StageId(1),
        index: 2,
    })
    .unwrap();
    let moved = doc.map().clone();
    assert_eq!(
        doc.apply(&Edit::DeleteStage(StageId(99))),
        Err(EditError::UnknownStage(StageId(99)))
    );
    assert_eq!(doc.map(), &moved);
    doc.cancel(drag).unwrap();
    assert_eq!(doc.map(), &small_map());
    assert!(!doc.is_dirty());
    assert!(!doc.undo(), "a cancelled transaction leaves no undo step");
}

/// Found by the property above: a text longer than a file may hold was accepted, so the map
/// saved fine and then refused to open.
#[test]
fn edits_refuse_texts_a_file_could_not_hold() {
    let max = Limits::default().text_chars;
    let too_long = "ä".repeat(max + 1);
    let card = |title: &str| Card::new(CardId(10), LaneId(1), StageId(1), title);
    let edits = [
        Edit::AddCards {
            cards: vec![card(&too_long)],
            slot: Slot {
                lane: LaneId(1),
                stage: StageId(1),
                before: None,
            },
        },
        Edit::UpdateCard({
            let mut card = card("ok");
            card.id = CardId(1);
            card.notes.clone_from(&too_long);
            card
        }),
        Edit::RenameStage {
            id: StageId(1),
            title: too_long.clone(),
        },
        Edit::RenameLane {
            id: LaneId(1),
            title: too_long.clone(),
        },
        Edit::AddStage {
            stage: Stage::new(StageId(10), too_long.clone()),
            index: 0,
        },
        Edit::AddLane {
            lane: Lane::new(LaneId(10), too_long.clone(), LaneKind::Touchpoints),
            index: 0,
        },
        Edit::SetInfo {
            title: too_long.clone(),
            goal: String::new(),
            persona: Persona::default(),
        },
    ];
    for edit in edits {
        let mut doc = Document::new(small_map());
        let error = doc.apply(&edit).unwrap_err();
        assert!(
            matches!(&error, EditError::Invalid(_)),
            "{}: {error:?}",
            edit.label_id()
        );
        assert!(error.to_string().contains(&max.to_string()), "{error}");
        assert_eq!(doc.map(), &small_map());
        assert!(!doc.is_dirty());
    }
}

#[test]
fn a_text_at_the_limit_fits_and_line_breaks_count_once_cleaned() {
    let max = Limits::default().text_chars;
    let mut doc = Document::new(small_map());
    doc.apply(&Edit::RenameStage {
        id: StageId(1),
        title: "ß".repeat(max),
    })
    .unwrap();
    // Windows line breaks shrink to one character each when cleaned, so this fits.
    let windows = "a\r\n".repeat(max / 2);
    doc.apply(&Edit::RenameLane {
        id: LaneId(1),
        title: windows,
    })
    .unwrap();
    assert_eq!(doc.map().lanes[0].title.chars().count(), max);
    assert_round_trips(doc.map());
}

#[test]
fn edits_refuse_to_grow_a_map_past_its_limits() {
    let limits = Limits::default();
    let mut map = small_map();
    map.stages = (1..=limits.stages as u32)
        .map(|id| Stage::new(StageId(id), "s"))
        .collect();
    let mut doc = Document::new(map.clone());
    assert_eq!(
        doc.apply(&Edit::AddStage {
            stage: Stage::new(map.next_stage_id(), "one too many"),
            index: 0,
        }),
        Err(EditError::Full {
            what: "stages",
            max: limits.stages
        })
    );
    assert_eq!(doc.map(), &map);

    // Pasting more cards than fit adds none of them.
    let first = map.next_card_id().0;
    let cards = (first..)
        .take(limits.cards - map.cards.len() + 1)
        .map(|id| Card::new(CardId(id), LaneId(1), StageId(1), "c"))
        .collect();
    let error = doc
        .apply(&Edit::AddCards {
            cards,
            slot: Slot {
                lane: LaneId(1),
                stage: StageId(1),
                before: None,
            },
        })
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        format!("a map holds at most {} cards", limits.cards)
    );
    assert_eq!(doc.map(), &map);
}

/// Found by the property above: the editor accepted persona details that `from_ron` refuses.
#[test]
fn map_info_obeys_the_same_rules_as_a_file() {
    let bad = [
        Persona {
            photo: Some("../anna.png".into()),
            ..Persona::default()
        },
        Persona {
            photo: Some(String::new()),
            ..Persona::default()
        },
        Persona {
            goals: vec!["g".into(); Limits::default().list_items + 1],
            ..Persona::default()
        },
    ];
    for persona in bad {
        let mut doc = Document::new(small_map());
        let edit = Edit::SetInfo {
            title: "t".into(),
            goal: "g".into(),
            persona: persona.clone(),
        };
        assert!(
            matches!(doc.apply(&edit), Err(EditError::Invalid(_))),
            "{persona:?}"
        );
        assert_eq!(doc.map(), &small_map());
    }
    let mut doc = Document::new(small_map());
    doc.apply(&Edit::SetInfo {
        title: "Titel\r\nzwei".into(),
        goal: "Ziel\u{7}".into(),
        persona: Persona {
            name: "Anna".into(),
            photo: Some("fotos/anna.png".into()),
            ..Persona::default()
        },
    })
    .unwrap();
    assert_eq!(doc.map().title, "Titel\nzwei");
    assert_eq!(doc.map().goal, "Ziel");
    assert_round_trips(doc.map());
}

/// Found by the property above: with a card id of `u32::MAX` in the file, the next id
/// saturated onto that same id, so no card could ever be added again.
#[test]
fn a_map_using_the_largest_ids_still_takes_new_cards_stages_and_lanes() {
    let map = map_with_huge_ids();
    let mut doc = Document::new(map.clone());
    let card = Card::new(map.next_card_id(), LaneId(7), StageId(7), "neu");
    doc.apply(&Edit::AddCards {
        cards: vec![card],
        slot: Slot {
            lane: LaneId(u32::MAX),
            stage: StageId(u32::MAX),
            before: None,
        },
    })
    .unwrap();
    doc.apply(&Edit::AddStage {
        stage: Stage::new(doc.map().next_stage_id(), "neu"),
        index: 0,
    })
    .unwrap();
    doc.apply(&Edit::AddLane {
        lane: Lane::new(doc.map().next_lane_id(), "neu", LaneKind::Touchpoints),
        index: 0,
    })
    .unwrap();
    assert_eq!(doc.map().cards.len(), 2);
    assert_eq!(doc.map().stages.len(), 3);
    assert_eq!(doc.map().lanes.len(), 3);
    assert_round_trips(doc.map());
}
