//! The overview a facilitator reads on a laptop: every bundled example opened at 1024 × 640
//! with both side panels, zoomed to the whole map (Ctrl+0), rendered by egui's own GPU renderer
//! (egui-wgpu through `egui_kittest`, on Mesa's software renderer without a GPU). Every card
//! tall enough on screen for a line of text shows its title in letters that can be read, not a
//! blank block.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::{Key, Modifiers, Rect};
use egui_kittest::Harness;
use image::RgbaImage;
use journeymap::file;
use journeymap::model::Lang;
use journeymap::ui::EditorApp;

/// The laptop of a workshop.
const WINDOW: egui::Vec2 = egui::Vec2::new(1024.0, 640.0);
/// A card this tall on screen (points = pixels here) holds a line of the overview's titles.
const ONE_LINE: f32 = 14.0;
/// Letters of about 10 points have strokes inked over this many rows of pixels at least (a
/// capital or an ascender to the baseline); text of 5 or 6 points, or none, has fewer.
const LEGIBLE_ROWS: usize = 6;

fn example(name: &str) -> Harness<'static, EditorApp> {
    let path = format!("{}/assets/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    let map = file::load(path.as_ref()).unwrap();
    let mut harness = Harness::builder()
        .with_size(WINDOW)
        .with_step_dt(1.0 / 60.0)
        .wgpu()
        .build_eframe(move |cc| {
            let mut app = EditorApp::new(&cc.egui_ctx, map, None);
            app.set_lang(Lang::En);
            app
        });
    harness.run();
    assert_eq!(harness.state().panels_shown(), (true, true), "both panels");
    harness
}

/// Whether a pixel is ink of the cards' text (dark on the light card fills).
fn is_ink(image: &RgbaImage, x: u32, y: u32) -> bool {
    image
        .get_pixel_checked(x, y)
        .is_some_and(|pixel| pixel.0[..3].iter().all(|&channel| channel < 160))
}

/// The longest run of pixel rows with ink in the middle of `card` (clear of the ownership
/// stripe at the left and the evidence dot at the top right).
fn inked_rows(image: &RgbaImage, card: Rect) -> usize {
    let left = (card.left() + card.width() * 0.2).ceil() as u32;
    let right = (card.left() + card.width() * 0.75).floor() as u32;
    let (top, bottom) = (
        card.top().ceil() as u32 + 1,
        card.bottom().floor() as u32 - 1,
    );
    let (mut longest, mut run) = (0, 0);
    for y in top..bottom {
        if (left..right).any(|x| is_ink(image, x, y)) {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    longest
}

fn assert_overview_is_legible(name: &str) {
    let mut harness = example(name);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    harness.run();
    let image = harness.render().expect("the wgpu renderer runs");
    if let Ok(dir) = std::env::var("OVERVIEW_SHOTS") {
        image.save(format!("{dir}/{name}.png")).unwrap();
    }
    let canvas = harness.state().canvas().rect_on_screen();
    let to_screen = harness.state().canvas().screen_from_map();
    let ctx = harness.ctx.clone();
    let layout = harness.state_mut().layout(&ctx);
    let mut checked = 0;
    let mut blank = Vec::new();
    for card in layout.cards.iter().filter(|card| !card.hidden) {
        let on_screen = to_screen * card.rect;
        if on_screen.height() < ONE_LINE || !canvas.contains_rect(on_screen) {
            continue;
        }
        checked += 1;
        let rows = inked_rows(&image, on_screen);
        if rows < LEGIBLE_ROWS {
            blank.push((card.id, rows));
        }
    }
    println!(
        "{name}: zoom {:.2}, {checked} cards checked",
        to_screen.scaling
    );
    assert!(checked > 10, "{name}: only {checked} cards on screen");
    assert!(
        blank.is_empty(),
        "{name}: cards without a legible title (card, inked rows): {blank:?}"
    );
}

#[test]
fn the_whole_fitness_map_shows_every_card_title_on_a_laptop() {
    assert_overview_is_legible("fitness-studio-current-state.ron");
}

#[test]
fn the_whole_bakery_map_shows_every_card_title_on_a_laptop() {
    assert_overview_is_legible("baeckerei-tag-im-leben.ron");
}

#[test]
fn the_whole_bike_repair_map_shows_every_card_title_on_a_laptop() {
    assert_overview_is_legible("bike-repair-online-booking-future-state.ron");
}

#[test]
fn the_whole_service_blueprint_shows_every_card_title_on_a_laptop() {
    assert_overview_is_legible("sanitaer-reparaturtermin-service-blueprint.ron");
}
