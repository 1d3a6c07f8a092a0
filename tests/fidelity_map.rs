//! The exported PNG is the picture the editor shows: the same map, painted by the shared
//! painter, rendered once by egui's own GPU renderer (egui-wgpu through `egui_kittest`, on Mesa's
//! software Vulkan/GL when there is no GPU) and once by the export's CPU rasteriser.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui_kittest::Harness;
use journeymap::export::{RenderOptions, render_map};
use journeymap::file;
use journeymap::layout::MapLayout;
use journeymap::paint::{self, EguiMeasure};

/// A pixel differs if a channel is off by more than this (of 255).
const TOLERANCE: u8 = 8;
/// At most this share of pixels may differ. Measured: none do (the largest channel difference
/// is 1, PSNR above 100 dB); the budget leaves room for another Mesa version's rounding.
const BUDGET: f64 = 0.0001;

fn assert_export_matches_gpu(example: &str, scale: f32) {
    let path = format!("{}/assets/examples/{example}", env!("CARGO_MANIFEST_DIR"));
    let map = file::load(path.as_ref()).unwrap();
    let (layout, canvas) = render_map(
        &map,
        RenderOptions {
            scale,
            transparent: false,
        },
    )
    .unwrap();
    let exported = canvas.into_premultiplied_image();

    let size = layout.size;
    let gpu_map = map.clone();
    let mut harness = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(scale)
        .with_context_setup(paint::install_fonts)
        .wgpu()
        .build_ui(move |ui| {
            let layout = MapLayout::compute(&gpu_map, &mut EguiMeasure(ui.ctx()));
            let painter = ui.painter();
            paint::paint_background(painter, &layout);
            paint::paint_map(painter, &gpu_map, &layout, paint::View::WHOLE);
        });
    harness.run();
    let gpu = harness
        .render()
        .expect("the wgpu renderer runs (Mesa's lavapipe/llvmpipe without a GPU)");

    let result = common::compare(&gpu, &exported, TOLERANCE);
    let share = result.differing as f64 / result.total as f64;
    println!(
        "{example} at {scale}×: {result:?}, {:.4} % differ",
        share * 100.0
    );
    if share > BUDGET {
        let dir = common::write_failure_images(
            &format!("fidelity_map_{example}"),
            &gpu,
            &exported,
            TOLERANCE,
        );
        panic!(
            "{example}: {} of {} pixels differ by more than {TOLERANCE} ({:.3} %, PSNR {:.1} dB); see {}",
            result.differing,
            result.total,
            share * 100.0,
            result.psnr,
            dir.display()
        );
    }
}

#[test]
fn a_current_state_map_exports_as_the_gpu_draws_it() {
    assert_export_matches_gpu("fitness-studio-current-state.ron", 1.0);
}

#[test]
fn a_blueprint_at_twice_the_scale_exports_as_the_gpu_draws_it() {
    assert_export_matches_gpu("sanitaer-reparaturtermin-service-blueprint.ron", 2.0);
}
