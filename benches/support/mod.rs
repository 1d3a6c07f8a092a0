//! The real editor without a window, frame by frame, for the benchmarks.
//!
//! A long-lived `egui::Context`, the app built with `EditorApp::new(&ctx, map, None)` and
//! eframe's own windowless `Frame` (`eframe::Frame::_new_kittest()`, the one `egui_kittest` drives
//! apps with). One frame is what eframe's native loop does on the CPU for one repaint, minus the
//! GL upload and draw calls: the egui pass running the app, and the tessellation of its shapes.
#![allow(dead_code, reason = "each benchmark uses a different part")]

use egui::epaint::Primitive;
use egui::{
    ClippedPrimitive, Context, Event, FullOutput, Id, Key, Modifiers, PointerButton, Pos2,
    RawInput, Rect, Vec2, ViewportId,
};
use journeymap::model::sample::synthetic_map;
use journeymap::model::{Channel, EvidenceLevel, LaneId, Lang, Map, Metric, Touchpoint};
use journeymap::ui::EditorApp;

/// The window, in points (= pixels here).
pub const WINDOW: Vec2 = Vec2::new(1600.0, 1000.0);
/// Where the pointer hovers by default: over the canvas, between the palette and the inspector.
pub const POINTER: Pos2 = Pos2::new(800.0, 520.0);
/// Frames run before measuring.
pub const WARM_UP_FRAMES: usize = 10;

/// How the map is shown.
#[derive(Clone, Copy, Debug)]
pub enum View {
    /// As the editor opens a map.
    Opened,
    /// Ctrl+0: the whole map fitted into the canvas.
    Fit,
    /// Ctrl+1: one map point per screen point.
    Actual,
    /// Ctrl+1, then Ctrl+− as often as card text still shows: the farthest zoom with text.
    FarthestWithText,
    /// Ctrl+1, then Ctrl+− as often as the shortest card still shows its title in the
    /// overview: the most overview titles in view.
    DensestOverview,
}

/// How many Ctrl+− steps (each 1 / 1.25) from 100 % still show card text.
fn zoom_outs_keeping_text() -> usize {
    let min = journeymap::paint::View::MIN_ZOOM_WITH_CARD_TEXT;
    (1..20).take_while(|&n| 1.25_f32.powi(-n) >= min).count()
}

/// The real editor in a windowless eframe frame.
pub struct Editor {
    pub ctx: Context,
    pub app: EditorApp,
    frame: eframe::Frame,
    time: f64,
    /// Where the pointer is.
    pub pointer: Pos2,
}

impl Editor {
    pub fn new(cards: usize, view: View) -> Self {
        Self::with_map(synthetic_map(cards), view)
    }

    /// An editor on `map` in a windowless eframe frame.
    pub fn with_map(map: Map, view: View) -> Self {
        let ctx = Context::default();
        let mut app = EditorApp::new(&ctx, map, None);
        app.set_lang(Lang::En);
        let mut editor = Self {
            ctx,
            app,
            frame: eframe::Frame::_new_kittest(),
            time: 0.0,
            pointer: POINTER,
        };
        // The first frames place the map and measure the canvas; zoom commands need both.
        for _ in 0..3 {
            editor.pass(Vec::new());
        }
        match view {
            View::Opened => {}
            View::Fit => {
                editor.pass(vec![command_key(Key::Num0)]);
            }
            View::Actual | View::FarthestWithText | View::DensestOverview => {
                editor.pass(vec![command_key(Key::Num1)]);
                let zoom_outs = match view {
                    View::FarthestWithText => zoom_outs_keeping_text(),
                    View::DensestOverview => editor.zoom_outs_keeping_titles(),
                    _ => 0,
                };
                for _ in 0..zoom_outs {
                    editor.pass(vec![command_key(Key::Minus)]);
                }
            }
        }
        for _ in 0..WARM_UP_FRAMES {
            editor.frame(Vec::new());
        }
        editor
    }

    /// What the window hands egui for one frame: its size, the pointer, and `events`.
    fn input(&mut self, events: Vec<Event>) -> RawInput {
        self.time += 1.0 / 60.0;
        let mut all = vec![Event::PointerMoved(self.pointer)];
        all.extend(events);
        let mut input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, WINDOW)),
            max_texture_side: Some(8192),
            time: Some(self.time),
            predicted_dt: 1.0 / 60.0,
            focused: true,
            events: all,
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
    pub fn pass(&mut self, events: Vec<Event>) -> FullOutput {
        let input = self.input(events);
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
    pub fn frame(&mut self, events: Vec<Event>) -> Vec<ClippedPrimitive> {
        let output = self.pass(events);
        self.ctx.tessellate(output.shapes, output.pixels_per_point)
    }

    /// The primary button going down or up at the pointer.
    pub fn button(&self, pressed: bool) -> Event {
        Event::PointerButton {
            pos: self.pointer,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        }
    }

    /// Where a card is on screen, by its id.
    pub fn card_on_screen(&mut self, id: journeymap::model::CardId) -> Option<Rect> {
        let transform = self.app.canvas().screen_from_map();
        let layout = self.app.layout(&self.ctx);
        layout
            .cards
            .iter()
            .find(|card| card.id == id)
            .map(|card| transform * card.rect)
    }

    /// How many Ctrl+− steps (each 1 / 1.25) from 100 % keep the map's shortest card tall
    /// enough on screen for a line of the overview's titles.
    fn zoom_outs_keeping_titles(&mut self) -> usize {
        let layout = self.app.layout(&self.ctx);
        let shortest = layout
            .cards
            .iter()
            .filter(|card| !card.hidden)
            .map(|card| card.rect.height())
            .fold(f32::INFINITY, f32::min);
        let line = journeymap::paint::card_height_for_a_line();
        (1..30)
            .take_while(|&n| shortest * 1.25_f32.powi(-n) >= line)
            .count()
    }

    /// Prints what a steady frame draws, so the timings can be read against it.
    pub fn describe(&mut self, name: &str) {
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
pub fn command_key(key: Key) -> Event {
    key_with(key, Modifiers::COMMAND)
}

/// A key press.
pub fn key_with(key: Key, modifiers: Modifiers) -> Event {
    Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers,
    }
}

/// The metrics a touchpoint of [`touchpoint_map`] may carry: name and unit.
pub const METRICS: [(&str, &str); 3] = [
    ("Visits", "per month"),
    ("Conversion", "%"),
    ("Cost per contact", "€"),
];

/// A map of `count` touchpoints, all in the touchpoint lane of `synthetic_map`'s ten stages
/// (evenly spread), of every channel in turn. Nine in ten are rated (on every point of the
/// matrix); every one has an evidence level, an owner and two or three metrics of
/// [`METRICS`].
pub fn touchpoint_map(count: usize) -> Map {
    let mut map = synthetic_map(count);
    map.title = format!("Generated map with {count} touchpoints");
    for (i, card) in map.cards.iter_mut().enumerate() {
        card.lane = LaneId(1);
        let mut touchpoint = Touchpoint::of(Channel::ALL[i % Channel::ALL.len()]);
        if i % 10 != 0 {
            touchpoint.importance = Some(1 + (i % 5) as u8);
            touchpoint.performance = Some(1 + (i / 5 % 5) as u8);
        }
        touchpoint.evidence = Some(EvidenceLevel::ALL[i % EvidenceLevel::ALL.len()]);
        touchpoint.metrics = METRICS
            .iter()
            .take(2 + i % 2)
            .enumerate()
            .map(|(k, (name, unit))| {
                Metric::new(*name, ((i * 37 + k * 11) % 1000) as f64 / 10.0, *unit)
            })
            .collect();
        touchpoint.owner = ["Marketing", "Sales", "Service"][i % 3].into();
        card.touchpoint = Some(touchpoint);
    }
    map
}
