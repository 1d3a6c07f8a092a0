//! Layout + paint + tessellate of maps of growing size, and the PNG export of a 500-card map
//! next to PNG encoding alone of an image of the same size.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use egui::{Context, LayerId, RawInput, Rect, Vec2, ViewportId};
use journeymap::export::png::encode_png;
use journeymap::export::{RenderOptions, render_map};
use journeymap::layout::MapLayout;
use journeymap::model::sample::synthetic_map;
use journeymap::paint::{self, EguiMeasure};

fn input(size: Vec2) -> RawInput {
    let mut input = RawInput {
        screen_rect: Some(Rect::from_min_size(egui::Pos2::ZERO, size)),
        max_texture_side: Some(8192),
        ..RawInput::default()
    };
    if let Some(viewport) = input.viewports.get_mut(&ViewportId::ROOT) {
        viewport.native_pixels_per_point = Some(1.0);
    }
    input
}

/// One pass over a long-lived context, as the editor runs it: layout, paint everything,
/// tessellate.
fn layout_paint_tessellate(c: &mut Criterion) {
    let mut group = c.benchmark_group("layout_paint_tessellate");
    group.sample_size(20);
    for cards in [50, 500, 5_000] {
        let map = synthetic_map(cards);
        let ctx = Context::default();
        paint::install_fonts(&ctx);
        group.bench_with_input(BenchmarkId::from_parameter(cards), &map, |b, map| {
            b.iter(|| {
                let mut output = ctx.run_pass(input(Vec2::new(4000.0, 3000.0)), |ctx| {
                    let layout = MapLayout::compute(map, &mut EguiMeasure(ctx));
                    let painter = ctx.layer_painter(LayerId::background());
                    paint::paint_background(&painter, &layout);
                    paint::paint_map(&painter, map, &layout, paint::View::WHOLE);
                });
                output.textures_delta.clear();
                ctx.tessellate(output.shapes, output.pixels_per_point)
            });
        });
    }
    group.finish();
}

/// The whole export against the encoder alone: the aim is export ≤ 2 × encode.
fn export_vs_encode(c: &mut Criterion) {
    let mut group = c.benchmark_group("export_500_cards_scale_2");
    group.sample_size(10);
    let map = synthetic_map(500);
    let options = RenderOptions {
        scale: 2.0,
        transparent: false,
    };
    let (_, canvas) = render_map(&map, options).unwrap();
    let image = canvas.into_unmultiplied_image();
    eprintln!("export size: {} × {} px", image.width(), image.height());
    group.bench_function("export_png", |b| {
        b.iter(|| {
            let (_, canvas) = render_map(&map, options).unwrap();
            encode_png(&canvas.into_unmultiplied_image()).unwrap()
        });
    });
    group.bench_function("render_only", |b| {
        b.iter(|| render_map(&map, options).unwrap());
    });
    group.bench_function("encode_only", |b| b.iter(|| encode_png(&image).unwrap()));
    group.finish();
}

criterion_group!(benches, layout_paint_tessellate, export_vs_encode);
criterion_main!(benches);
