//! The `PowerPoint` export, opened by a real presentation program: `LibreOffice` Impress converts
//! a deck to PDF, and poppler's tools read the PDF back — its page count, the title slide's
//! text, and the pixels of the picture slides. A deck that only passes the unit tests' package
//! checks could still be one that no program shows as meant.
//!
//! Needs `soffice` (`libreoffice-impress`) and `pdfinfo`/`pdftotext`/`pdftoppm`
//! (`poppler-utils`), which `scripts/install-packages` installs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use image::codecs::png::PngEncoder;
use image::{ImageEncoder, Rgba, RgbaImage};
use journeymap::export::pptx::{Deck, DeckAspect, DeckSlide, write_deck};

/// How long `LibreOffice` may take to start and convert; a cold start with a new profile takes
/// some seconds on a small machine.
const CONVERSION_DEADLINE: Duration = Duration::from_mins(4);

/// The colours of the synthetic pictures' centre blocks, one per slide.
const CENTRES: [[u8; 3]; 3] = [[220, 40, 40], [30, 150, 60], [40, 70, 210]];

/// A 1920 × 1080 picture: a pale frame, a dark band at the top and a large block of `centre`
/// in the middle, so the slide's centre has a colour no other picture has.
fn synthetic_png(centre: [u8; 3]) -> Vec<u8> {
    let (width, height) = (1920, 1080);
    let image = RgbaImage::from_fn(width, height, |x, y| {
        if y < 120 {
            Rgba([40, 40, 40, 255])
        } else if (320..1600).contains(&x) && (240..960).contains(&y) {
            Rgba([centre[0], centre[1], centre[2], 255])
        } else {
            Rgba([245, 240, 225, 255])
        }
    });
    let mut png = Vec::new();
    PngEncoder::new(&mut png)
        .write_image(
            image.as_raw(),
            width,
            height,
            image::ExtendedColorType::Rgba8,
        )
        .expect("encodes");
    png
}

/// The path of `tool`, or a failure that says how to get it.
fn require(tool: &str, package: &str) -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join(tool))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| {
            panic!(
                "`{tool}` is not installed (Debian package {package}); run `bash scripts/install-packages`"
            )
        })
}

/// Runs a command to its end and returns its standard output, failing on a non-zero exit.
fn output(command: &mut Command) -> String {
    let output = command.output().expect("starts");
    assert!(
        output.status.success(),
        "{command:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// Converts `deck` to a PDF beside it with `LibreOffice`, in a profile of its own so parallel
/// runs and the user's own `LibreOffice` do not get in each other's way.
fn convert_to_pdf(soffice: &Path, deck: &Path, dir: &Path) -> PathBuf {
    let profile = dir.join("profile");
    let mut child = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir)
        .arg(deck)
        .env("HOME", dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("soffice starts");
    let deadline = Instant::now() + CONVERSION_DEADLINE;
    let status = loop {
        if let Some(status) = child.try_wait().expect("waits") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("LibreOffice did not convert the deck within {CONVERSION_DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    assert!(status.success(), "soffice failed: {status}");
    let pdf = dir.join(deck.with_extension("pdf").file_name().expect("a name"));
    assert!(pdf.is_file(), "LibreOffice wrote no PDF");
    pdf
}

#[test]
fn libreoffice_shows_the_title_slide_and_every_picture() {
    let soffice = require("soffice", "libreoffice-impress");
    let pdfinfo = require("pdfinfo", "poppler-utils");
    let pdftotext = require("pdftotext", "poppler-utils");
    let pdftoppm = require("pdftoppm", "poppler-utils");

    let title = "Bäckerei Sonnenkorn";
    let deck = Deck {
        title: title.to_owned(),
        subtitle_lines: vec![
            "Ziel: weniger Abbrüche".to_owned(),
            "Persona: Jörg, 52 — Stammkunde".to_owned(),
        ],
        slides: CENTRES
            .iter()
            .enumerate()
            .map(|(index, &centre)| DeckSlide {
                png: synthetic_png(centre),
                width_px: 1920,
                height_px: 1080,
                title: format!("Kundenreise ({} / {})", index + 1, CENTRES.len()),
                notes: vec![format!("Phase {}", index + 1)],
            })
            .collect(),
        aspect: DeckAspect::Wide16x9,
        design: None,
    };
    let bytes = write_deck(&deck).expect("writes the deck");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("deck.pptx");
    std::fs::write(&path, &bytes).expect("writes");

    let pdf = convert_to_pdf(&soffice, &path, dir.path());

    let info = output(Command::new(pdfinfo).arg(&pdf));
    let pages: usize = info
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .expect("a page count")
        .trim()
        .parse()
        .expect("a number");
    assert_eq!(pages, 1 + deck.slides.len(), "{info}");

    let text = output(
        Command::new(pdftotext)
            .args(["-f", "1", "-l", "1"])
            .arg(&pdf)
            .arg("-"),
    );
    for expected in [title, "Ziel: weniger Abbrüche", "Persona: Jörg, 52"] {
        assert!(
            text.contains(expected),
            "page 1 lacks {expected:?}: {text:?}"
        );
    }

    for (index, centre) in CENTRES.iter().enumerate() {
        let page = index + 2;
        let prefix = dir.path().join(format!("page{page}"));
        output(
            Command::new(&pdftoppm)
                .args([
                    "-r",
                    "30",
                    "-png",
                    "-singlefile",
                    "-f",
                    &page.to_string(),
                    "-l",
                    &page.to_string(),
                ])
                .arg(&pdf)
                .arg(&prefix),
        );
        let picture = image::open(prefix.with_extension("png"))
            .expect("a page picture")
            .to_rgb8();
        let (width, height) = picture.dimensions();
        // 13.33 × 7.5 in at 30 dpi: 400 × 225 pixels.
        assert!(
            (399..=401).contains(&width) && (224..=226).contains(&height),
            "{width} × {height}"
        );
        let pixel = picture.get_pixel(width / 2, height / 2).0;
        let close = pixel
            .iter()
            .zip(centre)
            .all(|(&got, &want)| got.abs_diff(want) <= 12);
        assert!(close, "page {page}'s centre is {pixel:?}, not {centre:?}");
        // The pale frame reaches the slide's edges: the picture fills the slide.
        let corner = picture.get_pixel(3, height - 4).0;
        assert!(
            corner.iter().all(|&channel| channel > 200),
            "page {page}'s corner is {corner:?}"
        );
    }
}

/// The deck the command line writes of a bundled example: `LibreOffice` opens it, the title
/// slide carries the map's title, goal and persona as text, and the map's slide shows the same
/// picture as the slide PNG of the same map.
#[test]
fn the_command_lines_deck_of_an_example_opens_in_libreoffice() {
    let soffice = require("soffice", "libreoffice-impress");
    let pdftotext = require("pdftotext", "poppler-utils");
    let pdftoppm = require("pdftoppm", "poppler-utils");
    let example = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples/fitness-studio-current-state.ron");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let deck = dir.path().join("fitness.pptx");
    let slide = dir.path().join("fitness.png");
    for (out, extra) in [(&deck, None), (&slide, Some("--slide=16:9"))] {
        output(
            Command::new(env!("CARGO_BIN_EXE_journeymap"))
                .args(["export", "--scale", "1"])
                .args(extra)
                .arg(&example)
                .arg("-o")
                .arg(out),
        );
    }
    let pdf = convert_to_pdf(&soffice, &deck, dir.path());
    let text = output(Command::new(pdftotext).arg(&pdf).arg("-"));
    // pdftotext ends every page with a form feed.
    let pages: Vec<&str> = text.split_terminator('\u{c}').collect();
    assert_eq!(pages.len(), 2, "a title slide and one map slide: {text:?}");
    // Lines break where the slide wraps them.
    let first = pages[0].split_whitespace().collect::<Vec<_>>().join(" ");
    // (The band's "Current state" is letter-spaced, so pdftotext reads it letter by letter.)
    for expected in [
        "Pulse Fitness – becoming a member",
        "Goal: Find out why",
        "Sarah, 34 — Project manager",
        "Murat, 52",
    ] {
        assert!(
            first.contains(expected),
            "page 1 lacks {expected:?}: {first:?}"
        );
    }

    // The title slide is in the map's look: its background, and the band across the top in the
    // colour of the stage headers, with each persona's swatch in the colour of its curve.
    let prefix = dir.path().join("page1");
    output(
        Command::new(&pdftoppm)
            .args(["-r", "72", "-png", "-singlefile", "-f", "1", "-l", "1"])
            .arg(&pdf)
            .arg(&prefix),
    );
    let title = image::open(prefix.with_extension("png"))
        .expect("page 1")
        .to_rgb8();
    let near = |at: (u32, u32), want: [u8; 3]| {
        let got = title.get_pixel(at.0, at.1).0;
        assert!(
            got.iter().zip(want).all(|(g, w)| g.abs_diff(w) <= 6),
            "page 1 at {at:?} is {got:?}, not {want:?}"
        );
    };
    near((title.width() - 20, 10), [0x2E, 0x4A, 0x6B]);
    near((title.width() - 20, title.height() / 2), [0xFA, 0xFA, 0xF7]);
    let swatches: Vec<[u8; 3]> = (0..title.height())
        .map(|y| title.get_pixel(43 + 8, y).0)
        .filter(|pixel| *pixel != [0xFA, 0xFA, 0xF7])
        .collect();
    for curve in [[0x3A, 0x4A, 0x5C], [0x1E, 0x64, 0xC8], [0x00, 0x83, 0x8F]] {
        assert!(
            swatches
                .iter()
                .any(|pixel| pixel.iter().zip(curve).all(|(g, w)| g.abs_diff(w) <= 6)),
            "no persona swatch of {curve:?}"
        );
    }

    let prefix = dir.path().join("page2");
    output(
        Command::new(&pdftoppm)
            .args(["-r", "72", "-png", "-singlefile", "-f", "2", "-l", "2"])
            .arg(&pdf)
            .arg(&prefix),
    );
    let page = image::open(prefix.with_extension("png"))
        .expect("page 2")
        .to_rgb8();
    let reference = image::imageops::resize(
        &image::open(&slide).expect("the slide").to_rgb8(),
        page.width(),
        page.height(),
        image::imageops::FilterType::Triangle,
    );
    // Both are the 1920 × 1080 slide scaled to 960 × 540: they differ only by the two
    // scalers' rounding. A missing lane or card moves the mean by far more than 4 levels.
    let total: u64 = page
        .as_raw()
        .iter()
        .zip(reference.as_raw())
        .map(|(a, b)| u64::from(a.abs_diff(*b)))
        .sum();
    let mean = total as f64 / page.as_raw().len() as f64;
    assert!(
        mean < 4.0,
        "page 2 differs from the slide by {mean:.2} levels on average"
    );
}
