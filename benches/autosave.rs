//! Autosave, for maps of 200, 2,000 and 10,000 cards.
//!
//! - `autosave/N`: one write of the recovery copy (map file and description, each written
//!   atomically and fsynced). The writer thread does this, off the editor's thread.
//! - `autosave_frame/due/N`: what the editor's thread spends in the frame in which a copy falls
//!   due: `Autosave::tick` handing a shared snapshot of the map to the writer thread. It should
//!   not grow with the map.
//! - `autosave_frame/change/N`: the frame that notices a change (the snapshot is offered to the
//!   crash hook, the timer starts).
//!
//! The frames run in a real `egui::Context` with a real store and writer thread; only the
//! `tick` call is timed. Between iterations (not timed) the writer is waited for, and the map
//! goes back and forth between two unsaved versions with undo and redo, so every due frame has a
//! revision to hand over and no iteration pays for copying the map. Each iteration therefore
//! costs a real write in wall time although only microseconds are measured: criterion would
//! size its loops from the microseconds and run for hours, so these benchmarks warm up for a
//! millisecond of measured time and take 100 samples of one iteration each (criterion then warns
//! that it cannot finish them in the 1 ms asked for; the warning is expected). Read the median
//! and the samples (`target/criterion/autosave_frame/*/*/new/sample.json`): a due frame takes
//! about 1–2 µs when the writer thread is still awake from its last job, and about 20 µs when
//! the hand-over has to wake it.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use egui::{Context, RawInput};
use journeymap::edit::{Document, Edit};
use journeymap::model::sample::synthetic_map;
use journeymap::recovery::RecoveryStore;
use journeymap::ui::autosave::{AUTOSAVE_SECONDS, Autosave};

const SIZES: [usize; 3] = [200, 2_000, 10_000];

fn autosave(c: &mut Criterion) {
    let mut group = c.benchmark_group("autosave");
    group.sample_size(30);
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path());
    let slot = store.claim().unwrap();
    for cards in SIZES {
        let map = synthetic_map(cards);
        group.bench_with_input(BenchmarkId::from_parameter(cards), &map, |b, map| {
            b.iter(|| slot.write(map, None).unwrap());
        });
    }
    group.finish();
}

/// An editor's autosave and document, driven frame by frame.
struct Editor {
    ctx: Context,
    autosave: Autosave,
    doc: Document,
    time: f64,
    _dir: tempfile::TempDir,
}

impl Editor {
    /// A map of `cards` cards with two unsaved changes, so undo and redo switch between two
    /// unsaved versions without copying the map.
    fn new(cards: usize) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let mut doc = Document::new(synthetic_map(cards));
        let lane = doc.map().lanes[0].id;
        for title in ["Renamed once", "Renamed twice"] {
            doc.apply(&Edit::RenameLane {
                id: lane,
                title: title.into(),
            })
            .unwrap();
        }
        Self {
            ctx: Context::default(),
            autosave: Autosave::new(RecoveryStore::new(dir.path().join("recovery"))),
            doc,
            time: 0.0,
            _dir: dir,
        }
    }

    /// One frame `dt` seconds after the last; returns how long its `tick` took.
    fn frame(&mut self, dt: f64) -> Duration {
        self.time += dt;
        let input = RawInput {
            time: Some(self.time),
            ..RawInput::default()
        };
        let source = Path::new("/maps/journey.ron");
        let mut took = Duration::ZERO;
        self.ctx
            .run_ui(input, |ui| {
                let start = Instant::now();
                let message = self.autosave.tick(ui.ctx(), &self.doc, Some(source));
                took = start.elapsed();
                assert!(message.is_none(), "{message:?}");
            })
            .drop_without_applying_deltas();
        took
    }

    /// Waits for the writer, then switches to the other unsaved version (not timed).
    fn change(&mut self) {
        self.autosave.wait_idle();
        if !self.doc.redo() {
            assert!(self.doc.undo());
        }
    }
}

fn frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("autosave_frame");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(100)
        .warm_up_time(Duration::from_millis(1))
        .measurement_time(Duration::from_millis(1));
    for cards in SIZES {
        let mut editor = Editor::new(cards);
        group.bench_function(BenchmarkId::new("due", cards), |b| {
            b.iter_custom(|iters| {
                let mut due = Duration::ZERO;
                for _ in 0..iters {
                    editor.change();
                    editor.frame(0.1);
                    due += editor.frame(AUTOSAVE_SECONDS + 0.5);
                }
                due
            });
        });
        group.bench_function(BenchmarkId::new("change", cards), |b| {
            b.iter_custom(|iters| {
                let mut change = Duration::ZERO;
                for _ in 0..iters {
                    editor.change();
                    change += editor.frame(0.1);
                    editor.frame(AUTOSAVE_SECONDS + 0.5);
                }
                change
            });
        });
    }
    group.finish();
}

criterion_group!(benches, autosave, frames);
criterion_main!(benches);
