//! The vector exports draw the picture of the PNG export: every bundled example map is
//! exported as PNG at scale 1, as SVG (rasterised with `resvg`) and as PDF (rasterised with
//! Poppler's `pdftoppm -r 72`, so 1 PDF point is 1 pixel), and each raster is compared with the
//! PNG on real pixels.
//!
//! **Measure.** Over the red, green and blue channels of the two opaque pictures:
//! - the mean absolute difference per channel, over all pixels, at most [`MAX_MEAN`] levels;
//! - a pixel is *off* when no pixel of the other picture within one pixel of it (3 × 3) matches
//!   it within [`TOLERANCE`] levels in every channel, checked both ways round. The one pixel
//!   forgives edges that anti-aliasing puts half a pixel apart; the tolerance forgives the
//!   weight of text, which egui draws hinted and darkened and the viewers draw from the plain
//!   outlines: up to about 120 levels on thin stems. At least [`MIN_CLOSE`] of all pixels must
//!   not be off;
//! - and no 8 × 8 tile may hold more than [`MAX_TILE_OFF`] off pixels, so that a missing card
//!   or a changed letter, tiny against the whole map, still fails.
//!
//! Measured (November 2026, resvg 0.49, Poppler 22.12): mean 2.38–2.64, close 100.000 %, at
//! most 2 off pixels in a tile, for every example as SVG and as PDF, with and without a photo.
//! The negative check proves the thresholds tight: against the PNG of the same map with a card
//! removed (19 off pixels in a tile), two lanes swapped (56), a title's first word changed (14),
//! or one letter of a title changed (6), the comparison fails.
//!
//! `pdftotext` finds every card title in the PDF; Poppler missing fails the test with a hint to
//! run `bash scripts/install-packages`.
//!
//! On failure the pictures and a diff (red: off) are written under
//! `target/tmp/vector_fidelity/`; `VECTOR_FIDELITY_DUMP=1` writes them on success too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use image::{Rgba, RgbaImage};
use journeymap::export::vector::{PageSize, map_pdf, map_svg};
use journeymap::export::{RenderOptions, render_map_with_photo};
use journeymap::model::Map;

/// Largest mean absolute difference per channel, in levels of 255.
const MAX_MEAN: f64 = 3.5;
/// A channel within this many levels of a neighbour's counts as the same.
const TOLERANCE: u8 = 128;
/// Least share of pixels that must not be off.
const MIN_CLOSE: f64 = 0.9999;
/// Most off pixels in any [`TILE`] × [`TILE`] tile.
const MAX_TILE_OFF: usize = 4;
/// The side of a tile, in pixels.
const TILE: usize = 8;

/// How far apart two pictures are.
struct Fidelity {
    mean: f64,
    close: f64,
    /// Off pixels in the worst tile.
    worst_tile: usize,
    off: Vec<bool>,
}

impl std::fmt::Debug for Fidelity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "mean {:.3}, close {:.3} %, {} off pixels in the worst tile",
            self.mean,
            self.close * 100.0,
            self.worst_tile
        )
    }
}

impl Fidelity {
    fn passes(&self) -> bool {
        self.mean <= MAX_MEAN && self.close >= MIN_CLOSE && self.worst_tile <= MAX_TILE_OFF
    }
}

fn measure(expected: &RgbaImage, actual: &RgbaImage) -> Fidelity {
    assert_eq!(expected.dimensions(), actual.dimensions(), "picture sizes");
    let (width, height) = (expected.width() as usize, expected.height() as usize);
    let (e, a) = (expected.as_raw(), actual.as_raw());
    let pixels = width * height;
    let at = |image: &'_ [u8], x: usize, y: usize| -> [u8; 3] {
        let i = (y * width + x) * 4;
        [image[i], image[i + 1], image[i + 2]]
    };
    let matches = |p: [u8; 3], q: [u8; 3]| (0..3).all(|c| p[c].abs_diff(q[c]) <= TOLERANCE);
    // Whether the pixel of `this` at (x, y) matches some pixel of `other` within one pixel.
    let near = |this: &[u8], other: &[u8], x: usize, y: usize| {
        let pixel = at(this, x, y);
        (y.saturating_sub(1)..=(y + 1).min(height - 1)).any(|oy| {
            (x.saturating_sub(1)..=(x + 1).min(width - 1))
                .any(|ox| matches(pixel, at(other, ox, oy)))
        })
    };
    let mut sum = 0u64;
    let mut off = vec![false; pixels];
    for y in 0..height {
        for x in 0..width {
            let (p, q) = (at(e, x, y), at(a, x, y));
            sum += (0..3).map(|c| u64::from(p[c].abs_diff(q[c]))).sum::<u64>();
            // Pixels that match where they are match both ways; only the others need looking
            // around.
            off[y * width + x] = !matches(p, q) && (!near(e, a, x, y) || !near(a, e, x, y));
        }
    }
    let mean = sum as f64 / (pixels * 3) as f64;
    let close = 1.0 - off.iter().filter(|&&off| off).count() as f64 / pixels as f64;
    let mut worst_tile = 0;
    for tile_y in (0..height).step_by(TILE) {
        for tile_x in (0..width).step_by(TILE) {
            let count = (tile_y..(tile_y + TILE).min(height))
                .flat_map(|y| (tile_x..(tile_x + TILE).min(width)).map(move |x| (x, y)))
                .filter(|&(x, y)| off[y * width + x])
                .count();
            worst_tile = worst_tile.max(count);
        }
    }
    Fidelity {
        mean,
        close,
        worst_tile,
        off,
    }
}

/// Writes both pictures and a diff (red: off) for looking at a failure; returns the folder.
fn write_failure(
    name: &str,
    expected: &RgbaImage,
    actual: &RgbaImage,
    fidelity: &Fidelity,
) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("vector_fidelity")
        .join(name);
    std::fs::create_dir_all(&dir).unwrap();
    let width = expected.width();
    let diff = RgbaImage::from_fn(width, expected.height(), |x, y| {
        if fidelity.off[(y * width + x) as usize] {
            Rgba([255, 0, 0, 255])
        } else {
            let p = expected.get_pixel(x, y).0;
            let grey = p[0] / 4 + p[1] / 4 + p[2] / 4 + 64;
            Rgba([grey, grey, grey, 255])
        }
    });
    expected.save(dir.join("expected.png")).unwrap();
    actual.save(dir.join("actual.png")).unwrap();
    diff.save(dir.join("diff.png")).unwrap();
    dir
}

fn examples() -> Vec<(String, Map)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no example maps in {}", dir.display());
    paths
        .into_iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, journeymap::file::load(&path).unwrap())
        })
        .collect()
}

/// A photo with detail at every scale: quadrants of colour and a diagonal gradient.
fn photo() -> RgbaImage {
    RgbaImage::from_fn(300, 300, |x, y| {
        let (r, g) = ((x * 255 / 299) as u8, (y * 255 / 299) as u8);
        match (x < 150, y < 150) {
            (true, true) => Rgba([220, 40, 40, 255]),
            (false, false) => Rgba([30, 140, 60, 255]),
            _ => Rgba([r, g, 180, 255]),
        }
    })
}

fn png(map: &Map, photo: Option<&RgbaImage>) -> RgbaImage {
    let (_, canvas) = render_map_with_photo(map, RenderOptions::default(), photo).unwrap();
    canvas.into_unmultiplied_image()
}

fn svg_raster(svg: &[u8], width: u32, height: u32) -> RgbaImage {
    let tree = resvg::usvg::Tree::from_data(svg, &resvg::usvg::Options::default()).unwrap();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height).unwrap();
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    let pixels: Vec<u8> = pixmap
        .pixels()
        .iter()
        .flat_map(|pixel| {
            let color = pixel.demultiply();
            [color.red(), color.green(), color.blue(), color.alpha()]
        })
        .collect();
    RgbaImage::from_raw(width, height, pixels).unwrap()
}

/// Runs one of Poppler's tools; fails (not skips) when it is not installed.
fn poppler(tool: &str, args: &[&std::ffi::OsStr]) -> std::process::Output {
    match Command::new(tool).args(args).output() {
        Ok(output) => {
            assert!(
                output.status.success(),
                "{tool} failed: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            output
        }
        Err(error) => panic!(
            "cannot run {tool} ({error}): it is in Debian's poppler-utils; run `bash scripts/install-packages`"
        ),
    }
}

fn pdf_raster(pdf: &[u8], dir: &Path) -> RgbaImage {
    let file = dir.join("map.pdf");
    std::fs::write(&file, pdf).unwrap();
    let prefix = dir.join("page");
    poppler(
        "pdftoppm",
        &[
            "-r".as_ref(),
            "72".as_ref(),
            "-png".as_ref(),
            "-singlefile".as_ref(),
            file.as_os_str(),
            prefix.as_os_str(),
        ],
    );
    image::open(dir.join("page.png")).unwrap().to_rgba8()
}

/// The overlap of two pictures whose sizes differ by at most a pixel (a page is rounded to
/// whole pixels up or down).
fn same_size(a: &RgbaImage, b: &RgbaImage) -> (RgbaImage, RgbaImage) {
    assert!(
        a.width().abs_diff(b.width()) <= 1 && a.height().abs_diff(b.height()) <= 1,
        "sizes {:?} and {:?}",
        a.dimensions(),
        b.dimensions()
    );
    let (w, h) = (a.width().min(b.width()), a.height().min(b.height()));
    (
        image::imageops::crop_imm(a, 0, 0, w, h).to_image(),
        image::imageops::crop_imm(b, 0, 0, w, h).to_image(),
    )
}

fn check(name: &str, expected: &RgbaImage, actual: &RgbaImage) -> Fidelity {
    let (expected, actual) = same_size(expected, actual);
    let fidelity = measure(&expected, &actual);
    eprintln!("{name}: {fidelity:?}");
    if !fidelity.passes() || std::env::var_os("VECTOR_FIDELITY_DUMP").is_some() {
        let dir = write_failure(name, &expected, &actual, &fidelity);
        assert!(
            fidelity.passes(),
            "{name} differs from the PNG export: {fidelity:?} (allowed: mean ≤ {MAX_MEAN}, close ≥ {} %, ≤ {MAX_TILE_OFF} off pixels in a tile); see {}",
            MIN_CLOSE * 100.0,
            dir.display()
        );
    }
    fidelity
}

fn normalized(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_example_looks_the_same_as_svg_pdf_and_png() {
    let temp = tempfile::tempdir().unwrap();
    for (name, map) in examples() {
        let reference = png(&map, None);
        let (width, height) = reference.dimensions();

        let svg = map_svg(&map, None, None).unwrap();
        check(
            &format!("{name}/svg"),
            &reference,
            &svg_raster(&svg, width, height),
        );

        let pdf = map_pdf(&map, None, None, PageSize::Fit).unwrap();
        check(
            &format!("{name}/pdf"),
            &reference,
            &pdf_raster(&pdf, temp.path()),
        );

        let file = temp.path().join("map.pdf");
        let text = poppler("pdftotext", &[file.as_os_str(), "-".as_ref()]);
        let text = normalized(&String::from_utf8_lossy(&text.stdout));
        for card in &map.cards {
            assert!(
                text.contains(&normalized(&card.title)),
                "{name}: pdftotext does not find the card {:?}",
                card.title
            );
        }
    }
}

/// The emotion scale reads +2 … −2 on screen; the PDF's text layer must say the same, not
/// "2" and "1", or a search for "−2" finds nothing and a copied scale loses its meaning.
#[test]
fn the_pdf_text_keeps_the_signs_of_the_emotion_scale() {
    let temp = tempfile::tempdir().unwrap();
    let (name, map) = examples()
        .into_iter()
        .find(|(name, _)| name == "fitness-studio-current-state")
        .unwrap();
    let pdf = map_pdf(&map, None, None, PageSize::Fit).unwrap();
    let file = temp.path().join("map.pdf");
    std::fs::write(&file, pdf).unwrap();
    let text = poppler("pdftotext", &[file.as_os_str(), "-".as_ref()]);
    let text = String::from_utf8_lossy(&text.stdout);
    let words: Vec<&str> = text.split_whitespace().collect();
    for score in ["+2", "+1", "0", "\u{2212}1", "\u{2212}2"] {
        assert!(
            words.contains(&score),
            "{name}: pdftotext does not find the scale's {score:?} in {words:?}"
        );
    }
}

#[test]
fn the_persona_photo_is_drawn_where_the_png_has_it() {
    let temp = tempfile::tempdir().unwrap();
    let (name, mut map) = examples().swap_remove(0);
    map.persona.photo = Some("photo.png".into());
    let photo = journeymap::export::prepare_photo(&photo());
    let reference = png(&map, Some(&photo));
    let (width, height) = reference.dimensions();
    let svg = map_svg(&map, Some(&photo), None).unwrap();
    check(
        &format!("{name}-photo/svg"),
        &reference,
        &svg_raster(&svg, width, height),
    );
    let pdf = map_pdf(&map, Some(&photo), None, PageSize::Fit).unwrap();
    check(
        &format!("{name}-photo/pdf"),
        &reference,
        &pdf_raster(&pdf, temp.path()),
    );
}

/// The comparison fails for pictures that are wrong in small ways.
#[test]
fn a_missing_card_a_moved_lane_or_changed_words_fail_the_comparison() {
    let (_, map) = examples()
        .into_iter()
        .find(|(name, _)| name.starts_with("fitness"))
        .unwrap();
    let reference = png(&map, None);
    let (width, height) = reference.dimensions();
    let svg = svg_raster(&map_svg(&map, None, None).unwrap(), width, height);
    assert!(measure(&reference, &svg).passes(), "the SVG itself passes");

    // A card removed where the picture keeps its size (its lane keeps its height).
    let fewer = (0..map.cards.len())
        .rev()
        .map(|index| {
            let mut fewer = map.clone();
            fewer.cards.remove(index);
            fewer
        })
        .find(|fewer| png(fewer, None).dimensions() == (width, height))
        .expect("a card whose removal keeps the picture's size");

    let mut swapped = map.clone();
    swapped.lanes.swap(0, 1);

    let mut letter = map.clone();
    let card = letter.cards.first_mut().unwrap();
    card.title = card.title.replacen(|c: char| c.is_alphabetic(), "X", 1);

    let mut word = map.clone();
    let card = word.cards.first_mut().unwrap();
    card.title = card
        .title
        .split_once(' ')
        .map_or(String::new(), |(_, rest)| format!("Xxxxxx {rest}"));

    for (what, changed) in [
        ("one card fewer", fewer),
        ("lanes swapped", swapped),
        ("a letter changed", letter),
        ("a word changed", word),
    ] {
        let other = png(&changed, None);
        assert_eq!(other.dimensions(), (width, height), "{what}: picture size");
        let fidelity = measure(&other, &svg);
        eprintln!("{what}: {fidelity:?}");
        assert!(
            !fidelity.passes(),
            "the comparison missed: {what} ({fidelity:?})"
        );
    }
}
