//! Structure-aware fuzzing: builds a map from the fuzzer's bytes, checks that every valid map
//! survives save and load unchanged, then damages the saved text in a few places and checks
//! that loading the damaged text never panics.
//!
//! Random bytes rarely get past the first bracket of a map file; starting from a real saved map
//! puts the fuzzer's mutations deep inside the parser and the validator instead.
#![no_main]

use arbitrary::{Result, Unstructured};
use journeymap::file::{from_ron, to_ron};
use journeymap::model::{
    Card, CardId, Channel, Connection, DividerLine, Lane, LaneId, LaneKind, Lang, Limits, Map,
    MapKind, Ownership, Persona, PurchasePhase, Setting, Stage, StageId, TextRole, Touchpoint,
};
use libfuzzer_sys::fuzz_target;

const ROLES: [TextRole; 14] = [
    TextRole::Actions,
    TextRole::Thoughts,
    TextRole::PainPoints,
    TextRole::Opportunities,
    TextRole::Goals,
    TextRole::Ideas,
    TextRole::Activities,
    TextRole::NeedsMet,
    TextRole::NeedsUnmet,
    TextRole::Evidence,
    TextRole::Frontstage,
    TextRole::Backstage,
    TextRole::Support,
    TextRole::Notes,
];

/// Small ids most of the time, so references often hit; now and then any `u32`.
fn id(u: &mut Unstructured) -> Result<u32> {
    if u.ratio(1, 16)? {
        u.arbitrary()
    } else {
        u.int_in_range(0..=12)
    }
}

fn text(u: &mut Unstructured) -> Result<String> {
    let len = u.int_in_range(0..=24)?;
    let mut text = String::new();
    for _ in 0..len {
        text.push(u.arbitrary()?);
    }
    Ok(text)
}

fn lane_kind(u: &mut Unstructured) -> Result<LaneKind> {
    Ok(match u.int_in_range(0..=3)? {
        0 => LaneKind::Text(*u.choose(&ROLES)?),
        1 => LaneKind::Touchpoints,
        2 => {
            let mut scores = std::collections::BTreeMap::new();
            for _ in 0..u.int_in_range(0..=4)? {
                scores.insert(StageId(id(u)?), u.int_in_range(-3..=3)?);
            }
            LaneKind::Emotion { scores }
        }
        _ => LaneKind::Divider(*u.choose(&[
            DividerLine::Interaction,
            DividerLine::Visibility,
            DividerLine::InternalInteraction,
        ])?),
    })
}

fn touchpoint(u: &mut Unstructured) -> Result<Touchpoint> {
    Ok(Touchpoint {
        channel: *u.choose(&Channel::ALL)?,
        setting: *u.choose(&[Setting::Online, Setting::Offline])?,
        ownership: *u.choose(&[
            Ownership::Owned,
            Ownership::Paid,
            Ownership::Earned,
            Ownership::Shared,
            Ownership::Managed,
        ])?,
        phase: *u.choose(&[
            PurchasePhase::PrePurchase,
            PurchasePhase::Purchase,
            PurchasePhase::PostPurchase,
        ])?,
    })
}

fn list(u: &mut Unstructured) -> Result<Vec<String>> {
    (0..u.int_in_range(0..=3)?).map(|_| text(u)).collect()
}

fn map(u: &mut Unstructured) -> Result<Map> {
    let mut map = Map::empty(
        *u.choose(&MapKind::ALL)?,
        *u.choose(&[Lang::En, Lang::De])?,
    );
    map.title = text(u)?;
    map.goal = text(u)?;
    if u.arbitrary()? {
        map.persona = Persona {
            name: text(u)?,
            role: text(u)?,
            goals: list(u)?,
            needs: list(u)?,
            frustrations: list(u)?,
            quote: text(u)?,
            photo: if u.arbitrary()? { Some(text(u)?) } else { None },
        };
    }
    for _ in 0..u.int_in_range(0..=6)? {
        map.stages.push(Stage::new(StageId(id(u)?), text(u)?));
    }
    for _ in 0..u.int_in_range(0..=6)? {
        map.lanes.push(Lane::new(LaneId(id(u)?), text(u)?, lane_kind(u)?));
    }
    for _ in 0..u.int_in_range(0..=12)? {
        let mut card = Card::new(CardId(id(u)?), LaneId(id(u)?), StageId(id(u)?), text(u)?);
        card.notes = text(u)?;
        if u.arbitrary()? {
            card.touchpoint = Some(touchpoint(u)?);
        }
        map.cards.push(card);
    }
    for _ in 0..u.int_in_range(0..=4)? {
        map.connections.push(Connection {
            from: CardId(id(u)?),
            to: CardId(id(u)?),
        });
    }
    Ok(map)
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(mut map) = map(&mut u) else {
        return;
    };
    // Loading cleans texts before validating; do the same so the two can be compared.
    map.clean_texts();
    let text = to_ron(&map).expect("every map serialises");
    match from_ron(text.as_bytes()) {
        Ok(loaded) => assert_eq!(loaded, map, "a map changed through save and load"),
        Err(error) => {
            // Only an invalid map may fail to load, and then for the reason validation gives.
            let invalid = map
                .validate(&Limits::default())
                .expect_err(&format!("a valid map failed to load: {error}\n{text}"));
            assert_eq!(error.to_string(), invalid.to_string());
        }
    }
    // Damage the saved text: overwrite, insert or delete bytes where the fuzzer says.
    let mut bytes = text.into_bytes();
    let Ok(edits) = u.int_in_range(1..=8) else {
        return;
    };
    for _ in 0..edits {
        let (Ok(kind), Ok(at), Ok(byte)) = (
            u.int_in_range(0..=2u8),
            u.int_in_range(0..=bytes.len()),
            u.arbitrary::<u8>(),
        ) else {
            break;
        };
        match kind {
            0 if at < bytes.len() => bytes[at] = byte,
            1 => bytes.insert(at, byte),
            _ if at < bytes.len() => {
                bytes.remove(at);
            }
            _ => {}
        }
    }
    if let Err(error) = from_ron(&bytes) {
        assert!(!error.to_string().trim().is_empty());
    }
});
