//! The analysis views on a big map. Targets: ≤ 2 ms median for the views after an edit, ≤ 50 ms
//! for a comparison, at 2,000 touchpoints.
//!
//! - `analysis_after_edit/2000`: one touchpoint's performance is changed (an `Edit`, as the
//!   inspector makes it), then `analyse` builds every map-wide view and `heat` colours the map by
//!   one metric: what the analysis panel recomputes after each edit.
//! - `compare/2000`: two maps of 2,000 touchpoints, the second a copy with about 10 % changed:
//!   a thirtieth removed, a thirtieth re-rated, a thirtieth added.
//! - `compare_renumbered/2000`: the same, with every id of the copy changed, so touchpoints are
//!   matched by title and channel instead of id (a competitor's map typed from scratch).
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

mod support;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use journeymap::analysis::{HeatMeasure, analyse, compare, heat};
use journeymap::edit::Edit;
use journeymap::model::{CardId, Channel, Map};
use support::{METRICS, touchpoint_map};

const TOUCHPOINTS: usize = 2_000;

fn after_edit(c: &mut Criterion) {
    let mut group = c.benchmark_group("analysis_after_edit");
    let mut map = touchpoint_map(TOUCHPOINTS);
    let measure = HeatMeasure::Metric(METRICS[0].0.to_owned());
    let mut card = map.cards[TOUCHPOINTS / 2].clone();
    let mut step = 0_u8;
    group.bench_function(BenchmarkId::from_parameter(TOUCHPOINTS), |b| {
        b.iter(|| {
            step = step % 5 + 1;
            card.touchpoint.as_mut().unwrap().performance = Some(step);
            Edit::UpdateCard(card.clone()).apply(&mut map).unwrap();
            (analyse(&map), heat(&map, &measure))
        });
    });
    group.finish();
    let analysis = analyse(&map);
    assert_eq!(analysis.channels.total, TOUCHPOINTS);
    assert_eq!(heat(&map, &measure).values.len(), TOUCHPOINTS);
}

/// A copy of `map` with a thirtieth of its touchpoints removed, a thirtieth re-rated and a
/// thirtieth new ones added.
fn changed_copy(map: &Map) -> Map {
    let mut copy = map.clone();
    copy.cards.retain(|card| card.id.0 % 30 != 0);
    for card in copy.cards.iter_mut().filter(|card| card.id.0 % 30 == 10) {
        let touchpoint = card.touchpoint.as_mut().unwrap();
        touchpoint.performance = Some(touchpoint.performance.map_or(3, |p| p % 5 + 1));
    }
    let fresh = copy.fresh_card_ids(map.cards.len() / 30);
    for (i, id) in fresh.into_iter().enumerate() {
        let stage = copy.stages[i % copy.stages.len()].id;
        let lane = copy.lanes[0].id;
        let card = copy.new_card(
            id,
            lane,
            stage,
            format!("New touchpoint {i}"),
            Channel::Chatbot,
        );
        copy.cards.push(card);
    }
    copy
}

fn comparison(c: &mut Criterion) {
    let a = touchpoint_map(TOUCHPOINTS);
    let b = changed_copy(&a);
    let mut renumbered = b.clone();
    for card in &mut renumbered.cards {
        card.id = CardId(card.id.0 + 100_000);
    }
    renumbered.connections.clear();

    let result = compare(&a, &b);
    eprintln!("compare/{TOUCHPOINTS}: {}", result.summary());
    assert_eq!((result.added.len(), result.removed.len()), (66, 66));
    assert_eq!(result.changed(), 67);
    let result = compare(&a, &renumbered);
    eprintln!("compare_renumbered/{TOUCHPOINTS}: {}", result.summary());

    let mut group = c.benchmark_group("compare");
    group.bench_function(BenchmarkId::from_parameter(TOUCHPOINTS), |bench| {
        bench.iter(|| compare(&a, &b));
    });
    group.finish();
    let mut group = c.benchmark_group("compare_renumbered");
    group.bench_function(BenchmarkId::from_parameter(TOUCHPOINTS), |bench| {
        bench.iter(|| compare(&a, &renumbered));
    });
    group.finish();
}

criterion_group!(benches, after_edit, comparison);
criterion_main!(benches);
