//! The slide exports of the 500-card benchmark map: its slides as 4K PNG pictures, and the
//! slide deck (a title slide and those pictures in a `.pptx`). Target: the deck ≤ 2 s.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use journeymap::export::Progress;
use journeymap::export::deck::map_deck;
use journeymap::export::slides::{Extras, SlideFormat, plan, render_slides};
use journeymap::model::sample::synthetic_map;

fn slides(c: &mut Criterion) {
    let mut group = c.benchmark_group("slides_500_cards_4k");
    group.sample_size(10);
    let map = synthetic_map(500);
    let format = SlideFormat::UHD;
    eprintln!("plan: {:?}", plan(&map, format, None));
    group.bench_function("plan", |b| b.iter(|| plan(&map, format, None)));
    group.bench_function("slides_png", |b| {
        b.iter(|| render_slides(&map, format, None, Extras::default(), &Progress::new()).unwrap());
    });
    group.bench_function("deck_pptx", |b| {
        b.iter(|| {
            map_deck(
                &map,
                format,
                None,
                Extras::default(),
                false,
                &Progress::new(),
            )
            .unwrap()
        });
    });
    group.finish();
}

criterion_group!(benches, slides);
criterion_main!(benches);
