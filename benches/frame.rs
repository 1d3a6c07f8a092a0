//! One whole editor frame, as eframe runs it, for maps of growing size next to an empty canvas.
//!
//! The real `EditorApp` runs without a window (see `support`). One iteration is what eframe's
//! native loop does on the CPU for one repaint, minus the GL upload and draw calls:
//!
//! 1. `ctx.run_ui(raw_input, |ui| { app.logic(..); app.ui(ui, &mut frame) })`: the whole egui
//!    pass — menu bar, status bar, palette, inspector, and the canvas (egui `Scene` with the
//!    shared painter, card/emotion/header interaction, selection, connections) — plus egui's end
//!    of pass (hit-testing, memory, output);
//! 2. `ctx.tessellate(shapes, pixels_per_point)` of that pass's shapes into meshes.
//!
//! The window is 1600 × 1000 points at 1 pixel per point. Each frame's input moves the pointer to
//! the middle of the canvas (over the map), as when the user hovers; time advances 1/60 s a frame.
//! `N` is the number of cards of `synthetic_map(N)`; 0 is an empty canvas (ten stages, eight
//! lanes, no cards).
//!
//! - `editor_frame/N`: the whole map fitted into the canvas (Ctrl+0; the scene's zoom stops at
//!   10 %, so of a tall map only the middle part is in view).
//! - `editor_frame_zoomed/{100%,text}/N`: after Ctrl+1 (100 %), and after Ctrl+1 and as many
//!   Ctrl+− as still draw whole card text (80 %: the most of it in view).
//! - `editor_frame_overview/{fit,densest}/N`: the overview, where cards show their titles alone
//!   at a readable size: after Ctrl+0, and after Ctrl+1 and as many Ctrl+− as the shortest card
//!   still shows a title line (the most overview titles in view).
//! - `editor_frame_parts/{pass,tessellate}/N`: the opening frame's two parts alone — the egui
//!   pass, and the tessellation of a stored pass's shapes.
//!
//! Before measuring, warm-up frames fill the editor's layout cache (laid out once per document
//! revision), the font atlas and egui's galley cache, so an iteration is a steady frame that
//! lays out nothing anew. AccessKit is off, as in the editor until a screen reader asks for it.
//! What each size draws (zoom, cards in view, shapes, vertices) is printed before its run.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

mod support;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use support::{Editor, View};

/// Card counts measured; 0 is the empty canvas.
const SIZES: [usize; 4] = [0, 200, 2_000, 10_000];

/// The whole frame with the whole map in view: egui pass running the editor + tessellation.
fn editor_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("editor_frame");
    group.sample_size(30);
    for cards in SIZES {
        let mut editor = Editor::new(cards, View::Fit);
        editor.describe(&format!("editor_frame/{cards}"));
        group.bench_with_input(BenchmarkId::from_parameter(cards), &cards, |b, _| {
            b.iter(|| editor.frame(Vec::new()));
        });
    }
    group.finish();
}

/// The whole frame zoomed in: at 100 %, and at the farthest zoom that still draws card text.
fn editor_frame_zoomed(c: &mut Criterion) {
    let mut group = c.benchmark_group("editor_frame_zoomed");
    group.sample_size(20);
    for (name, view) in [("100%", View::Actual), ("text", View::FarthestWithText)] {
        for cards in SIZES {
            let mut editor = Editor::new(cards, view);
            editor.describe(&format!("editor_frame_zoomed/{name}/{cards}"));
            group.bench_with_input(BenchmarkId::new(name, cards), &cards, |b, _| {
                b.iter(|| editor.frame(Vec::new()));
            });
        }
    }
    group.finish();
}

/// The whole frame in the overview: at Ctrl+0, and zoomed out as far as titles still show.
fn editor_frame_overview(c: &mut Criterion) {
    let mut group = c.benchmark_group("editor_frame_overview");
    group.sample_size(20);
    for (name, view) in [("fit", View::Fit), ("densest", View::DensestOverview)] {
        for cards in [2_000, 10_000] {
            let mut editor = Editor::new(cards, view);
            editor.describe(&format!("editor_frame_overview/{name}/{cards}"));
            group.bench_with_input(BenchmarkId::new(name, cards), &cards, |b, _| {
                b.iter(|| editor.frame(Vec::new()));
            });
        }
    }
    group.finish();
}

/// The opening frame in its two parts: the egui pass alone, and the tessellation alone.
fn editor_frame_parts(c: &mut Criterion) {
    let mut group = c.benchmark_group("editor_frame_parts");
    group.sample_size(20);
    for cards in SIZES {
        let mut editor = Editor::new(cards, View::Fit);
        group.bench_with_input(BenchmarkId::new("pass", cards), &cards, |b, _| {
            b.iter(|| editor.pass(Vec::new()));
        });
        let output = editor.pass(Vec::new());
        group.bench_with_input(BenchmarkId::new("tessellate", cards), &cards, |b, _| {
            b.iter(|| {
                editor
                    .ctx
                    .tessellate(output.shapes.clone(), output.pixels_per_point)
            });
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    editor_frame,
    editor_frame_zoomed,
    editor_frame_overview,
    editor_frame_parts
);
criterion_main!(benches);
