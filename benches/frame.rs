//! One whole editor frame, as eframe runs it, for maps of growing size next to an empty canvas.
//!
//! The real [`EditorApp`] runs without a window: a long-lived `egui::Context`, the app built with
//! `EditorApp::new(&ctx, map, None)` and eframe's own windowless `Frame`
//! (`eframe::Frame::_new_kittest()`, the one `egui_kittest` drives apps with). One iteration is
//! what eframe's native loop does on the CPU for one repaint, minus the GL upload and draw calls:
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
//! - `editor_frame/N`: the map as the editor opens it, fitted into the canvas (the scene's zoom
//!   stops at 10 %, so of a tall map only the middle part is in view).
//! - `editor_frame_zoomed/{100%,text}/N`: after Ctrl+1 (100 %), and after Ctrl+1 and as many
//!   Ctrl+− as still draw card text (41 %: the most text in view).
//! - `editor_frame_parts/{pass,tessellate}/N`: the opening frame's two parts alone — the egui
//!   pass, and the tessellation of a stored pass's shapes.
//!
//! Before measuring, warm-up frames fill the editor's layout cache (laid out once per document
//! revision), the font atlas and egui's galley cache, so an iteration is a steady frame that
//! lays out nothing anew. AccessKit is off, as in the editor until a screen reader asks for it.
//! What each size draws (zoom, cards in view, shapes, vertices) is printed before its run.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use egui::epaint::Primitive;
use egui::{
    ClippedPrimitive, Context, Event, FullOutput, Id, Key, Modifiers, Pos2, RawInput, Rect, Vec2,
    ViewportId,
};
use journeymap::model::Lang;
use journeymap::model::sample::synthetic_map;
use journeymap::ui::EditorApp;

/// The window, in points (= pixels here).
const WINDOW: Vec2 = Vec2::new(1600.0, 1000.0);
/// Where the pointer hovers: over the canvas, between the palette and the inspector.
const POINTER: Pos2 = Pos2::new(800.0, 520.0);
/// Card counts measured; 0 is the empty canvas.
const SIZES: [usize; 4] = [0, 200, 2_000, 10_000];
/// Frames run before measuring.
const WARM_UP_FRAMES: usize = 10;

/// How the map is shown.
#[derive(Clone, Copy, Debug)]
enum View {
    /// As the editor opens a map: fitted into the canvas.
    Fit,
    /// Ctrl+1: one map point per screen point.
    Actual,
    /// Ctrl+1, then Ctrl+− as often as card text still shows: the farthest zoom with text.
    FarthestWithText,
}

/// How many Ctrl+− steps (each 1 / 1.25) from 100 % still show card text.
fn zoom_outs_keeping_text() -> usize {
    let min = journeymap::paint::View::MIN_ZOOM_WITH_CARD_TEXT;
    (1..20).take_while(|&n| 1.25_f32.powi(-n) >= min).count()
}

/// An editor on `synthetic_map(cards)` in a windowless eframe frame.
struct Editor {
    ctx: Context,
    app: EditorApp,
    frame: eframe::Frame,
    time: f64,
}

impl Editor {
    fn new(cards: usize, view: View) -> Self {
        let ctx = Context::default();
        let mut app = EditorApp::new(&ctx, synthetic_map(cards), None);
        app.set_lang(Lang::En);
        let mut editor = Self {
            ctx,
            app,
            frame: eframe::Frame::_new_kittest(),
            time: 0.0,
        };
        // The first frame fits the map and measures the canvas; zoom commands need both.
        editor.pass(Vec::new());
        let zoom_outs = match view {
            View::Fit => None,
            View::Actual => Some(0),
            View::FarthestWithText => Some(zoom_outs_keeping_text()),
        };
        if let Some(zoom_outs) = zoom_outs {
            editor.pass(vec![command_key(Key::Num1)]);
            for _ in 0..zoom_outs {
                editor.pass(vec![command_key(Key::Minus)]);
            }
        }
        for _ in 0..WARM_UP_FRAMES {
            editor.frame();
        }
        editor
    }

    /// What the window hands egui for one frame: its size, the pointer over the canvas, and
    /// `keys`.
    fn input(&mut self, keys: Vec<Event>) -> RawInput {
        self.time += 1.0 / 60.0;
        let mut events = vec![Event::PointerMoved(POINTER)];
        events.extend(keys);
        let mut input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, WINDOW)),
            max_texture_side: Some(8192),
            time: Some(self.time),
            predicted_dt: 1.0 / 60.0,
            focused: true,
            events,
            ..RawInput::default()
        };
        if let Some(viewport) = input.viewports.get_mut(&ViewportId::ROOT) {
            viewport.native_pixels_per_point = Some(1.0);
            viewport.inner_rect = Some(Rect::from_min_size(Pos2::ZERO, WINDOW));
            viewport.focused = Some(true);
        }
        input
    }

    /// One egui pass over the app, as eframe's native integration runs it.
    fn pass(&mut self, keys: Vec<Event>) -> FullOutput {
        let input = self.input(keys);
        let Self {
            ctx, app, frame, ..
        } = self;
        let mut output = ctx.run_ui(input, |ui| {
            eframe::App::logic(app, ui.ctx(), frame);
            eframe::App::ui(app, ui, frame);
        });
        // The painter would upload these; a steady frame has none.
        output.textures_delta.clear();
        output
    }

    /// One whole frame: the pass and its tessellation.
    fn frame(&mut self) -> Vec<ClippedPrimitive> {
        let output = self.pass(Vec::new());
        self.ctx.tessellate(output.shapes, output.pixels_per_point)
    }

    /// Prints what a steady frame draws, so the timings can be read against it.
    fn describe(&mut self, name: &str) {
        let output = self.pass(Vec::new());
        let shapes = output.shapes.len();
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        let (vertices, indices) =
            primitives
                .iter()
                .fold((0, 0), |(v, i), primitive| match &primitive.primitive {
                    Primitive::Mesh(mesh) => (v + mesh.vertices.len(), i + mesh.indices.len()),
                    Primitive::Callback(_) => (v, i),
                });
        let zoom = self.app.canvas().screen_from_map().scaling;
        let layout = self.app.layout(&self.ctx);
        // Cards in view are the ones the canvas made widgets of (the id `ui::canvas` gives them).
        let in_view = layout
            .cards
            .iter()
            .filter(|card| {
                let id = Id::unique(("journeymap-card", card.id));
                self.ctx.read_response(id).is_some()
            })
            .count();
        eprintln!(
            "{name}: map {:.0} × {:.0} pt at zoom {:.0} %, {in_view} cards in view; {shapes} \
             clipped shapes → {} primitives, {vertices} vertices, {} triangles",
            layout.size.x,
            layout.size.y,
            zoom * 100.0,
            primitives.len(),
            indices / 3
        );
    }
}

/// A key press with the command modifier (Ctrl here).
fn command_key(key: Key) -> Event {
    Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::COMMAND,
    }
}

/// The whole frame, as the editor opens the map: egui pass running the editor + tessellation.
fn editor_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("editor_frame");
    group.sample_size(30);
    for cards in SIZES {
        let mut editor = Editor::new(cards, View::Fit);
        editor.describe(&format!("editor_frame/{cards}"));
        group.bench_with_input(BenchmarkId::from_parameter(cards), &cards, |b, _| {
            b.iter(|| editor.frame());
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
                b.iter(|| editor.frame());
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
    editor_frame_parts
);
criterion_main!(benches);
