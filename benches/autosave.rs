//! One autosave: the recovery copy of a map written atomically (map file and description, each
//! fsynced). It runs on the editor's thread, a few seconds after a change, so its time is a
//! pause the user could feel.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use journeymap::model::sample::synthetic_map;
use journeymap::recovery::RecoveryStore;

fn autosave(c: &mut Criterion) {
    let mut group = c.benchmark_group("autosave");
    group.sample_size(30);
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path());
    let slot = store.claim().unwrap();
    for cards in [200, 2_000, 10_000] {
        let map = synthetic_map(cards);
        group.bench_with_input(BenchmarkId::from_parameter(cards), &map, |b, map| {
            b.iter(|| slot.write(map, None).unwrap());
        });
    }
    group.finish();
}

criterion_group!(benches, autosave);
criterion_main!(benches);
