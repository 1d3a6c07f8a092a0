//! Mermaid journeys in and out at the largest size a map holds.
//!
//! - `mermaid_import/500_tasks`: a 500-task journey (100 stages in 10 sections, each stage
//!   scored differently by 5 actors, so one task per actor) read into a map. Target: ≤ 20 ms.
//! - `mermaid_grammar/500_tasks`: 500 tasks of different names, read by the grammar alone (as a
//!   map it would be refused: more stages than a map holds).
//! - `mermaid_export/500_tasks`: that map written back as a journey.
//!
//! `scripts/bench-mermaid` times the whole command (`journeymap import` + PNG export) beside
//! Mermaid's own CLI on the same file.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;

use criterion::{Criterion, criterion_group, criterion_main};
use journeymap::export::mermaid::to_mermaid;
use journeymap::import::mermaid::{check_grammar, import_text};
use journeymap::model::Lang;

/// 100 stages in 10 sections, each stage one task per actor with its own score: 500 tasks.
pub fn journey_of_500_tasks() -> String {
    let mut text = String::from("journey\n    title Five hundred tasks\n");
    for stage in 0..100 {
        if stage % 10 == 0 {
            writeln!(text, "    section Section {}", stage / 10 + 1).unwrap();
        }
        for actor in 0..5 {
            let score = (stage + actor) % 5 + 1;
            writeln!(text, "        Step {stage}: {score}: Actor {actor}").unwrap();
        }
    }
    text
}

fn benches(c: &mut Criterion) {
    let text = journey_of_500_tasks();
    let import = import_text(&text, Lang::En).unwrap();
    assert_eq!(import.maps[0].stages.len(), 100);
    c.bench_function("mermaid_import/500_tasks", |b| {
        b.iter(|| import_text(std::hint::black_box(&text), Lang::En).unwrap());
    });
    let distinct: String = text
        .lines()
        .enumerate()
        .map(|(line, text)| text.replacen("Step", &format!("Step {line} of"), 1) + "\n")
        .collect();
    assert_eq!(check_grammar(&distinct).unwrap().tasks, 500);
    c.bench_function("mermaid_grammar/500_tasks", |b| {
        b.iter(|| check_grammar(std::hint::black_box(&distinct)).unwrap());
    });
    let map = &import.maps[0];
    c.bench_function("mermaid_export/500_tasks", |b| {
        b.iter(|| to_mermaid(std::hint::black_box(map)));
    });
}

criterion_group!(mermaid, benches);
criterion_main!(mermaid);
