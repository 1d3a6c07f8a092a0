//! Frames while a workshop works on a big map: typing a card's text, and dragging a card from
//! stage to stage. Each changes the map every frame, so each frame lays the map out anew — the
//! cost the steady frames of `benches/frame.rs` do not show. Target: ≤ 4 ms median at 2,000
//! cards.
//!
//! - `editor_frame_typing/N`: a card added with Ctrl+Enter is being typed into; each frame types
//!   a letter or takes it back with Backspace, so the card's text (and the map) changes every
//!   frame.
//! - `editor_frame_card_drag/N`: a card is held by the mouse; each frame the pointer moves to the
//!   other of two neighbouring stages, so the card moves (and the map changes) every frame.
//!
//! - `paste_lines/2000`: 1,000 lines of plain text pasted after a selected card of a 2,000-card
//!   map: one card per line, one undo step. Target: ≤ 50 ms median. Each sample is undone and
//!   the card selected again outside the measured time.
//!
//! - `layout/N`: laying the whole map out once, with the editor's text measurement — the part of
//!   each of those frames that grows with the map.
//!
//! The window is 1600 × 1000 points at 100 % zoom, as in `benches/frame.rs`.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

mod support;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use egui::{Event, Key, Modifiers, Pos2, Rect};
use support::{Editor, View, command_key, key_with};

/// Card counts measured.
const SIZES: [usize; 3] = [200, 2_000, 10_000];

fn typing(c: &mut Criterion) {
    let mut group = c.benchmark_group("editor_frame_typing");
    group.sample_size(30);
    for cards in SIZES {
        let mut editor = Editor::new(cards, View::Actual);
        // Nothing selected: Ctrl+Enter adds a card to the first card lane of the first stage.
        editor.frame(vec![command_key(Key::Enter)]);
        for _ in 0..3 {
            editor.frame(Vec::new());
        }
        let card = editor
            .app
            .canvas()
            .editing()
            .expect("Ctrl+Enter opened a new card for typing");
        editor.frame(vec![Event::Text("Guests ask".into())]);
        assert!(
            editor.app.document().in_transaction(),
            "the card's typing is one undo group"
        );
        editor.describe(&format!("editor_frame_typing/{cards}"));
        let mut letter = true;
        group.bench_with_input(BenchmarkId::from_parameter(cards), &cards, |b, _| {
            b.iter(|| {
                let event = if letter {
                    Event::Text("s".into())
                } else {
                    key_with(Key::Backspace, Modifiers::NONE)
                };
                letter = !letter;
                editor.frame(vec![event])
            });
        });
        let title = &editor.app.document().map().card(card).unwrap().title;
        assert!(
            title.starts_with("Guests ask"),
            "typing reached the card: {title}"
        );
    }
    group.finish();
}

fn card_drag(c: &mut Criterion) {
    let mut group = c.benchmark_group("editor_frame_card_drag");
    group.sample_size(30);
    for cards in SIZES {
        let mut editor = Editor::new(cards, View::Actual);
        let (card, from, stops) = drag_plan(&mut editor);
        let stage_before = editor.app.document().map().card(card).unwrap().stage;
        editor.pointer = from;
        editor.frame(Vec::new());
        let press = editor.button(true);
        editor.frame(vec![press]);
        // Past egui's drag threshold, in small steps like a hand.
        for step in 1..=4 {
            editor.pointer = from + (stops[0] - from) * (step as f32 / 4.0);
            editor.frame(Vec::new());
        }
        assert!(editor.app.canvas().is_dragging(), "the card is held");
        let moved_to = editor.app.document().map().card(card).unwrap().stage;
        assert_ne!(moved_to, stage_before, "the held card follows the pointer");
        editor.describe(&format!("editor_frame_card_drag/{cards}"));
        let mut next = 0;
        group.bench_with_input(BenchmarkId::from_parameter(cards), &cards, |b, _| {
            b.iter(|| {
                next = 1 - next;
                editor.pointer = stops[next];
                editor.frame(Vec::new())
            });
        });
        let release = editor.button(false);
        editor.frame(vec![release]);
        assert!(!editor.app.canvas().is_dragging(), "released");
    }
    group.finish();
}

/// A card in view to drag, where it is, and two points on screen in neighbouring stages of its
/// lane to drag it between.
fn drag_plan(editor: &mut Editor) -> (journeymap::model::CardId, Pos2, [Pos2; 2]) {
    let transform = editor.app.canvas().screen_from_map();
    let canvas = editor.app.canvas().rect_on_screen().shrink(40.0);
    let layout = editor.app.layout(&editor.ctx);
    let map = editor.app.document().map();
    for geometry in &layout.cards {
        let on_screen = transform * geometry.rect;
        let Some(card) = map.cards.get(geometry.index) else {
            continue;
        };
        let stage_at = map.stages.iter().position(|s| s.id == card.stage).unwrap();
        let (Some(here), Some(next)) =
            (layout.stages.get(stage_at), layout.stages.get(stage_at + 1))
        else {
            continue;
        };
        let lane = layout
            .lanes
            .iter()
            .find(|lane| lane.id == card.lane)
            .unwrap();
        let cell = |column: Rect| transform * Pos2::new(column.center().x, lane.body.top() + 12.0);
        let stops = [cell(next.column), cell(here.column)];
        if canvas.contains_rect(on_screen) && stops.iter().all(|stop| canvas.contains(*stop)) {
            return (card.id, on_screen.center(), stops);
        }
    }
    panic!("no card in view with a neighbouring stage in view");
}

fn layout(c: &mut Criterion) {
    let mut group = c.benchmark_group("layout");
    group.sample_size(30);
    for cards in SIZES {
        let editor = Editor::new(cards, View::Actual);
        let map = editor.app.document().map().clone();
        let ctx = editor.ctx.clone();
        group.bench_with_input(BenchmarkId::from_parameter(cards), &map, |b, map| {
            b.iter(|| {
                journeymap::layout::MapLayout::compute(
                    map,
                    &mut journeymap::paint::EguiMeasure(&ctx),
                )
            });
        });
    }
    group.finish();
}

/// Lines pasted per sample.
const PASTED_LINES: usize = 1_000;

fn paste_lines(c: &mut Criterion) {
    let mut group = c.benchmark_group("paste_lines");
    group
        .sample_size(30)
        .warm_up_time(std::time::Duration::from_secs(1));
    let cards = 2_000;
    let mut editor = Editor::new(cards, View::Actual);
    let text = (1..=PASTED_LINES)
        .map(|n| format!("- Pasted step {n}: asks about the opening hours"))
        .collect::<Vec<_>>()
        .join("\r\n");
    let card = card_in_view(&mut editor);
    editor.describe(&format!("paste_lines/{cards}"));
    group.bench_function(BenchmarkId::from_parameter(cards), |b| {
        b.iter_custom(|samples| {
            let mut spent = std::time::Duration::ZERO;
            for _ in 0..samples {
                select(&mut editor, card);
                let start = std::time::Instant::now();
                editor.app.paste(&text);
                spent += start.elapsed();
                let map = editor.app.document().map();
                assert_eq!(map.cards.len(), cards + PASTED_LINES, "every line pasted");
                assert_eq!(editor.app.canvas().selection().len(), PASTED_LINES);
                // Pressed and let go: a key held down would repeat, which undo ignores.
                let release = Event::Key {
                    key: Key::Z,
                    physical_key: None,
                    pressed: false,
                    repeat: false,
                    modifiers: Modifiers::COMMAND,
                };
                editor.frame(vec![command_key(Key::Z), release]);
                assert_eq!(
                    editor.app.document().map().cards.len(),
                    cards,
                    "one undo step takes the paste back"
                );
            }
            spent
        });
    });
    group.finish();
}

/// A card wholly on screen, to select by clicking.
fn card_in_view(editor: &mut Editor) -> journeymap::model::CardId {
    let transform = editor.app.canvas().screen_from_map();
    let canvas = editor.app.canvas().rect_on_screen().shrink(40.0);
    let layout = editor.app.layout(&editor.ctx);
    layout
        .cards
        .iter()
        .find(|card| !card.hidden && canvas.contains_rect(transform * card.rect))
        .map(|card| card.id)
        .expect("a card in view")
}

/// Clicks `card`, so it alone is selected: a moment after the last click, so as not to make a
/// double click that would open the card's text.
fn select(editor: &mut Editor, card: journeymap::model::CardId) {
    for _ in 0..30 {
        editor.pass(Vec::new());
    }
    editor.pointer = editor.card_on_screen(card).expect("laid out").center();
    editor.frame(Vec::new());
    let press = editor.button(true);
    editor.frame(vec![press]);
    let release = editor.button(false);
    editor.frame(vec![release]);
    assert_eq!(
        editor.app.canvas().selection(),
        [card],
        "the card is selected"
    );
}

criterion_group!(benches, typing, card_drag, paste_lines, layout);
criterion_main!(benches);
