//! Mermaid export: the map as a `journey` diagram, for a README, a wiki or an issue, where
//! GitHub and GitLab draw it.
//!
//! - The title → `title` (and `accTitle`, which screen readers announce); the goal → `accDescr`.
//! - Stages in no phase before the first phase come first, outside any section; each phase → a
//!   `section`. Mermaid cannot end a section without starting another, so stages in no phase
//!   after a phase go under a section without a name (`section #160;`, drawn as a blank band),
//!   which the importer reads as "no phase".
//! - Each stage → a task. Mermaid holds one score per task, shared by the task's actors, so a
//!   stage becomes one task per distinct score with the personas who gave it as actors (the
//!   first persona's group first); the importer reads consecutive tasks of one name, scored by
//!   different personas, as one stage. A stage no one scored is written with the neutral score
//!   3 under the comment `%% journeymap: unscored` (Mermaid needs a score, the importer leaves
//!   the stage unscored); a stage named like the one before it gets `%% journeymap: new stage`.
//! - Personas → actors: their names, made unique, and "Persona 2" for one without a name. A map
//!   with one persona that has no name writes no actors.
//! - `:`, `;`, `#`, `%`, braces, `<` (and `,` in actor names) are written as numbered entity
//!   codes (`#58;` …), line breaks as `#10;` (Mermaid shows a space, the importer a line
//!   break; Mermaid 11 shows `<br>` in a journey as written), and a title that begins like a keyword
//!   (`Title page`) with its first letter coded, so Mermaid shows every text as written and the
//!   importer reads it back the same.
//!
//! Only the first emotion lane is written; cards, touchpoints and other lanes have no place in
//! a Mermaid journey.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::{ExportError, Exporter};
use crate::import::mermaid::{NEW_STAGE_MARK, UNSCORED_MARK, escape, persona_name};
use crate::model::{LaneKind, Map, PersonaId, StageId};

/// Exports a map as a Mermaid `journey` diagram (`.mmd`).
#[derive(Clone, Copy, Debug, Default)]
pub struct MermaidExporter;

impl Exporter for MermaidExporter {
    fn extension(&self) -> &'static str {
        "mmd"
    }

    fn export(&self, map: &Map) -> Result<Vec<u8>, ExportError> {
        Ok(to_mermaid(map).into_bytes())
    }
}

/// The score Mermaid shows for an emotion: 1 (very bad) to 5 (very good).
fn mermaid_score(emotion: i8) -> i8 {
    emotion.clamp(crate::model::EMOTION_MIN, crate::model::EMOTION_MAX) + 3
}

/// The diagram's text.
pub fn to_mermaid(map: &Map) -> String {
    let mut out = String::from("journey\n");
    let title = escape(&map.title, false);
    if !title.is_empty() {
        let _ = writeln!(out, "    title {title}");
        let _ = writeln!(out, "    accTitle: {title}");
    }
    let goal = escape(&map.goal, false);
    if !goal.is_empty() {
        let _ = writeln!(out, "    accDescr: {goal}");
    }
    let actors = actor_names(map);
    let curves = curves(map);
    let mut in_section = false;
    let mut previous: Option<(&str, Option<crate::model::PhaseId>, bool)> = None;
    for run in map.phase_runs() {
        match run.phase.and_then(|id| map.phase(id)) {
            Some(phase) => {
                let _ = writeln!(out, "    section {}", section_name(&phase.title));
                in_section = true;
            }
            None if in_section => {
                let _ = writeln!(out, "    %% stages in no phase\n    section #160;");
            }
            None => {}
        }
        let indent = if in_section { "        " } else { "    " };
        for stage in map.stages.get(run.stages.clone()).unwrap_or_default() {
            let name = task_name(&stage.title);
            let groups = groups(stage.id, &curves, actors.len());
            let same_as_before = previous.is_some_and(|(before, phase, scored)| {
                before == stage.title && phase == run.phase && scored && !groups.is_empty()
            });
            if same_as_before {
                let _ = writeln!(out, "{indent}%% {NEW_STAGE_MARK}");
            }
            if groups.is_empty() {
                let _ = writeln!(out, "{indent}%% {UNSCORED_MARK}\n{indent}{name}: 3");
            }
            for (score, personas) in &groups {
                let names: Vec<&str> = personas
                    .iter()
                    .filter_map(|index| actors.get(*index))
                    .filter(|name| !name.is_empty())
                    .map(String::as_str)
                    .collect();
                if names.is_empty() {
                    let _ = writeln!(out, "{indent}{name}: {score}");
                } else {
                    let _ = writeln!(out, "{indent}{name}: {score}: {}", names.join(", "));
                }
            }
            previous = Some((&stage.title, run.phase, !groups.is_empty()));
        }
    }
    out
}

/// A section's name; one without visible text gets a no-break space, so it is still a section.
fn section_name(title: &str) -> String {
    let name = escape(title, false);
    if name.is_empty() {
        "#160;".to_owned()
    } else {
        name
    }
}

/// A task's name; Mermaid needs at least one character.
fn task_name(title: &str) -> String {
    let name = escape(title, false);
    if name.is_empty() {
        "#160;".to_owned()
    } else {
        name
    }
}

/// Each persona's actor name, in the order of [`Map::personas`], escaped: unique, and one
/// without a name called "Persona N". A lone persona without a name has none (the importer
/// then calls it "Customer").
fn actor_names(map: &Map) -> Vec<String> {
    if !map.has_several_personas() && map.persona.name.trim().is_empty() {
        return vec![String::new()];
    }
    let mut names: Vec<String> = Vec::new();
    for (index, persona) in map.personas().enumerate() {
        let base = match persona.name.trim() {
            "" => persona_name(map.lang, index + 1),
            name => name.to_owned(),
        };
        let mut name = base.clone();
        let mut number = 2;
        while names.contains(&name) {
            name = format!("{base} ({number})");
            number += 1;
        }
        names.push(name);
    }
    names.iter().map(|name| escape(name, true)).collect()
}

/// Each persona's curve (by position among the personas) from the first emotion lane.
fn curves(map: &Map) -> Vec<BTreeMap<StageId, i8>> {
    let Some(LaneKind::Emotion { scores, personas }) = map
        .lanes
        .iter()
        .map(|lane| &lane.kind)
        .find(|kind| matches!(kind, LaneKind::Emotion { .. }))
    else {
        return Vec::new();
    };
    map.personas()
        .map(|persona| {
            if persona.id == PersonaId::FIRST {
                scores.clone()
            } else {
                personas.get(&persona.id).cloned().unwrap_or_default()
            }
        })
        .collect()
}

/// The stage's scores as (Mermaid score, personas who gave it), in the order of each score's
/// first persona.
fn groups(
    stage: StageId,
    curves: &[BTreeMap<StageId, i8>],
    actors: usize,
) -> Vec<(i8, Vec<usize>)> {
    let mut groups: Vec<(i8, Vec<usize>)> = Vec::new();
    for (index, curve) in curves.iter().enumerate().take(actors) {
        let Some(emotion) = curve.get(&stage) else {
            continue;
        };
        let score = mermaid_score(*emotion);
        match groups.iter_mut().find(|(s, _)| *s == score) {
            Some((_, personas)) => personas.push(index),
            None => groups.push((score, vec![index])),
        }
    }
    groups
}
