//! The vector exports of the 500-card benchmark map (`model::sample::synthetic_map`, as in
//! `benches/render.rs`): SVG and PDF, each end to end (layout, paint, translate, encode). The
//! aim is at most a second each.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use journeymap::export::vector::{PageSize, map_pdf, map_svg};
use journeymap::model::sample::synthetic_map;

fn vector_exports(c: &mut Criterion) {
    let mut group = c.benchmark_group("vector_500_cards");
    group.sample_size(10);
    let map = synthetic_map(500);
    let svg = map_svg(&map, None, None).unwrap();
    let pdf = map_pdf(&map, None, None, PageSize::Fit).unwrap();
    eprintln!("SVG {} kB, PDF {} kB", svg.len() / 1000, pdf.len() / 1000);
    group.bench_function("svg", |b| b.iter(|| map_svg(&map, None, None).unwrap()));
    group.bench_function("pdf", |b| {
        b.iter(|| map_pdf(&map, None, None, PageSize::Fit).unwrap());
    });
    group.finish();
}

criterion_group!(benches, vector_exports);
criterion_main!(benches);
