//! Importing a table. Target: ≤ 300 ms median for a 10,000-row CSV in our export's shape.
//!
//! - `import_csv/10000`: the CSV export of a map of 10,000 touchpoints (German: `;`, decimal
//!   commas, three metric columns), read from its bytes into a new map: decoding, the
//!   separator sniffed, the layout guessed, every row planned and the map built and checked.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

mod support;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use journeymap::export::csv::to_csv;
use journeymap::import::{ImportOptions, import_bytes};
use journeymap::model::{Lang, MapKind};
use support::touchpoint_map;

const ROWS: usize = 10_000;

fn import_csv(c: &mut Criterion) {
    let mut map = touchpoint_map(ROWS);
    map.lang = Lang::De;
    let csv = to_csv(&map).unwrap();
    let options = ImportOptions {
        kind: MapKind::CurrentState,
        lang: Lang::De,
        shape: None,
    };
    let mut group = c.benchmark_group("import_csv");
    group.sample_size(20);
    group.bench_function(BenchmarkId::from_parameter(ROWS), |b| {
        b.iter(|| import_bytes(&csv, "touchpoints.csv", options).unwrap());
    });
    group.finish();
    let imported = import_bytes(&csv, "touchpoints.csv", options).unwrap();
    assert_eq!(imported.map.touchpoints().count(), ROWS);
    assert!(
        imported.unplaced.is_empty(),
        "{:?}",
        imported.unplaced.first()
    );
}

criterion_group!(benches, import_csv);
criterion_main!(benches);
