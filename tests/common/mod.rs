//! Helpers shared by the integration tests.
#![allow(dead_code, reason = "each test binary uses a different part")]
#![allow(clippy::expect_used, reason = "test helpers fail the test on error")]

use std::path::{Path, PathBuf};

use image::RgbaImage;

/// How two images of the same size differ.
#[derive(Debug)]
pub struct Comparison {
    /// Pixels with some channel off by more than the tolerance.
    pub differing: usize,
    /// Pixels that differ at all.
    pub changed: usize,
    /// The largest channel difference.
    pub max_delta: u8,
    /// Peak signal-to-noise ratio in dB (infinite for identical images).
    pub psnr: f64,
    /// Pixels in each image.
    pub total: usize,
}

/// Compares two images pixel by pixel; `tolerance` is the largest channel difference that still
/// counts as equal.
pub fn compare(expected: &RgbaImage, actual: &RgbaImage, tolerance: u8) -> Comparison {
    assert_eq!(expected.dimensions(), actual.dimensions(), "image sizes");
    let (mut differing, mut changed, mut max_delta, mut squared) = (0, 0, 0, 0.0_f64);
    for (e, a) in expected.pixels().zip(actual.pixels()) {
        let deltas = e.0.iter().zip(a.0).map(|(&e, a)| e.abs_diff(a));
        let delta = deltas.clone().max().unwrap_or(0);
        squared += deltas.map(|d| f64::from(d).powi(2)).sum::<f64>();
        changed += usize::from(delta > 0);
        differing += usize::from(delta > tolerance);
        max_delta = max_delta.max(delta);
    }
    let total = (expected.width() * expected.height()) as usize;
    let mse = squared / (total * 4) as f64;
    let psnr = if mse == 0.0 {
        f64::INFINITY
    } else {
        10.0 * (255.0_f64 * 255.0 / mse).log10()
    };
    Comparison {
        differing,
        changed,
        max_delta,
        psnr,
        total,
    }
}

/// Writes both images and a diff (red: beyond tolerance, yellow: slightly off) into a folder
/// under the target directory named `name`, and returns it, for looking at a failure.
pub fn write_failure_images(
    name: &str,
    expected: &RgbaImage,
    actual: &RgbaImage,
    tolerance: u8,
) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).expect("create output dir");
    let diff = RgbaImage::from_fn(expected.width(), expected.height(), |x, y| {
        let (e, a) = (expected.get_pixel(x, y).0, actual.get_pixel(x, y).0);
        let delta = e
            .iter()
            .zip(a)
            .map(|(&e, a)| e.abs_diff(a))
            .max()
            .unwrap_or(0);
        let grey = e[0] / 4 + e[1] / 4 + e[2] / 4;
        if delta > tolerance {
            image::Rgba([255, 0, 0, 255])
        } else if delta > 0 {
            image::Rgba([255, 200, 0, 255])
        } else {
            image::Rgba([grey, grey, grey, 255])
        }
    });
    for (file, img) in [
        ("expected.png", expected),
        ("actual.png", actual),
        ("diff.png", &diff),
    ] {
        img.save(dir.join(file)).expect("save image");
    }
    dir
}

/// The names in `dir`, sorted.
pub fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read the folder")
        .map(|entry| {
            entry
                .expect("read a folder entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

/// Fails if a save left a temporary file in `dir`.
pub fn assert_no_temp_files(dir: &Path) {
    let names = entries(dir);
    assert!(
        !names.iter().any(|name| name.starts_with(".journeymap-")
            || Path::new(name).extension().is_some_and(|ext| ext == "tmp")),
        "temporary files left behind in {}: {names:?}",
        dir.display()
    );
}
