//! A read journey becomes a map: sections → phases, tasks → stages with the task as a
//! customer-action card, actors → personas, scores → each persona's emotion curve.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentValue;

use super::entities::show;
use super::error::{MermaidError, Note, Problem};
use super::parser::{Journey, Task};
use crate::i18n::texts;
use crate::model::{
    Card, CardId, Lane, LaneKind, Lang, Limits, MAX_PERSONAS, Map, MapKind, Persona, PersonaId,
    Phase, PhaseColour, PhaseId, Stage, StageId, TextRole,
};

/// One stage to be: the tasks that make it (one, or several of the same name that different
/// personas scored, as journeymap's exporter writes a stage scored differently by each).
struct Step<'a> {
    name: String,
    section: Option<usize>,
    tasks: Vec<&'a Task>,
    scored_by: BTreeSet<usize>,
}

/// The map of a journey, of `kind`, with the kind's lanes in `lang`. `first_line` is the file's
/// line of the diagram, for errors about the whole journey.
pub fn build(
    journey: &Journey,
    kind: MapKind,
    lang: Lang,
    first_line: usize,
) -> Result<(Map, Vec<Note>), MermaidError> {
    let limits = Limits::default();
    let mut notes = journey.notes.clone();
    check_lengths(journey, limits.text_chars)?;
    if journey.tasks.is_empty() {
        return Err(MermaidError::at(first_line, None, Problem::NoTasks));
    }
    let (actors, extra) = actors(journey);
    if !extra.is_empty() {
        notes.push(Note::ExtraActors {
            names: extra,
            max: MAX_PERSONAS,
        });
    }
    let steps = steps(journey, &actors, limits.stages)?;
    let empty_sections: Vec<usize> = journey
        .sections
        .iter()
        .enumerate()
        .filter(|(index, _)| !steps.iter().any(|step| step.section == Some(*index)))
        .map(|(_, section)| section.line)
        .collect();
    if let Some(line) = empty_sections.first() {
        notes.push(Note::EmptySections {
            count: empty_sections.len(),
            line: *line,
        });
    }

    let mut map = crate::file::template(kind, lang)
        .map_err(|error| MermaidError::at(0, None, Problem::Invalid(error.to_string())))?;
    map.stages.clear();
    map.cards.clear();
    map.phases.clear();
    set_texts(&mut map, journey);
    set_personas(&mut map, &actors, lang);

    let card_lane = card_lane(&map.lanes);
    let mut phase_of_section: BTreeMap<usize, PhaseId> = BTreeMap::new();
    let mut scores: BTreeMap<usize, BTreeMap<StageId, i8>> = BTreeMap::new();
    for (index, step) in steps.iter().enumerate() {
        let stage_id = StageId(u32::try_from(index + 1).unwrap_or(u32::MAX));
        let mut stage = Stage::new(stage_id, step.name.clone());
        if let Some(section) = step.section {
            let next = PhaseId(u32::try_from(map.phases.len() + 1).unwrap_or(u32::MAX));
            let id = *phase_of_section.entry(section).or_insert_with(|| {
                let name = journey
                    .sections
                    .get(section)
                    .map(|section| tidy(&section.name))
                    .unwrap_or_default();
                let mut phase = Phase::new(next, name);
                phase.colour = PhaseColour::nth(map.phases.len());
                map.phases.push(phase);
                next
            });
            stage.in_phase = Some(id);
        }
        map.stages.push(stage);
        if let Some(lane) = card_lane {
            let card_id = CardId(u32::try_from(index + 1).unwrap_or(u32::MAX));
            map.cards
                .push(Card::new(card_id, lane, stage_id, step.name.clone()));
        }
        for task in &step.tasks {
            let Some(score) = task.score else { continue };
            for persona in personas_of(task, &actors) {
                scores
                    .entry(persona)
                    .or_default()
                    .insert(stage_id, i8::try_from(score).unwrap_or(3) - 3);
            }
        }
    }
    set_scores(&mut map, scores, &mut notes);
    map.clean_texts();
    map.validate(&limits)
        .map_err(|error| MermaidError::at(0, None, Problem::Invalid(error.to_string())))?;
    Ok((map, notes))
}

/// A text as the map keeps it: as Mermaid shows it, without control characters (as every text
/// of a map), without spaces at its ends.
fn tidy(raw: &str) -> String {
    let mut text = show(raw);
    crate::model::clean_text(&mut text);
    text.trim().to_owned()
}

/// Refuses a text longer than a map may hold, naming its line, before any work is done with it.
fn check_lengths(journey: &Journey, max: usize) -> Result<(), MermaidError> {
    // Entity codes make the written text longer than the shown one (`#123;` is one `{`), so
    // only a text too long as written is decoded and measured again.
    let too_long = |text: &str| {
        text.len() > max && text.chars().count() > max && tidy(text).chars().count() > max
    };
    let texts = journey
        .title
        .iter()
        .chain(&journey.acc_title)
        .chain(&journey.acc_descr)
        .map(|(text, line)| (text.as_str(), *line))
        .chain(journey.sections.iter().map(|s| (s.name.as_str(), s.line)))
        .chain(journey.tasks.iter().flat_map(|t| {
            std::iter::once(&t.name)
                .chain(&t.actors)
                .map(|a| (a.as_str(), t.line))
        }));
    for (text, line) in texts {
        if too_long(text) {
            return Err(MermaidError::at(line, None, Problem::TooLong { max }));
        }
    }
    Ok(())
}

/// The actors as shown, in order of first appearance: the first [`MAX_PERSONAS`] become
/// personas, the names of the rest are returned apart.
fn actors(journey: &Journey) -> (Vec<String>, Vec<String>) {
    let mut seen: Vec<String> = Vec::new();
    let mut known: BTreeSet<String> = BTreeSet::new();
    for task in &journey.tasks {
        for actor in &task.actors {
            let name = tidy(actor);
            if known.insert(name.clone()) {
                seen.push(name);
            }
        }
    }
    let extra = seen.split_off(seen.len().min(MAX_PERSONAS));
    (seen, extra)
}

/// The personas (positions among the map's personas) a task scores: its actors that became
/// personas, or the first persona when it names none.
fn personas_of(task: &Task, actors: &[String]) -> BTreeSet<usize> {
    if task.actors.is_empty() {
        return BTreeSet::from([0]);
    }
    task.actors
        .iter()
        .filter_map(|actor| {
            let name = tidy(actor);
            actors.iter().position(|known| *known == name)
        })
        .collect()
}

/// Groups the tasks into stages: a task with the same name as the one before it, in the same
/// section, scored by none of the personas that already scored it, is the same stage scored by
/// other people (how the exporter writes a stage the personas scored differently).
fn steps<'a>(
    journey: &'a Journey,
    actors: &[String],
    max: usize,
) -> Result<Vec<Step<'a>>, MermaidError> {
    let mut steps: Vec<Step<'a>> = Vec::new();
    for task in &journey.tasks {
        let name = tidy(&task.name);
        let personas = if task.score.is_some() {
            personas_of(task, actors)
        } else {
            BTreeSet::new()
        };
        if let Some(last) = steps.last_mut()
            && !task.new_stage
            && last.name == name
            && last.section == task.section
            && !personas.is_empty()
            && !last.scored_by.is_empty()
            && last.scored_by.is_disjoint(&personas)
        {
            last.tasks.push(task);
            last.scored_by.extend(personas);
            continue;
        }
        if steps.len() == max {
            return Err(MermaidError::at(
                task.line,
                None,
                Problem::TooManyStages {
                    count: count_stages(journey),
                    max,
                },
            ));
        }
        steps.push(Step {
            name,
            section: task.section,
            tasks: vec![task],
            scored_by: personas,
        });
    }
    Ok(steps)
}

/// How many stages the journey would give (for the message when there are too many): tasks,
/// less those named like the task before them in the same section. Counted on names as
/// written, which is close enough for a message and quick on any size.
fn count_stages(journey: &Journey) -> usize {
    let mut count = 0;
    let mut last: Option<(&str, Option<usize>)> = None;
    for task in &journey.tasks {
        let key = (task.name.as_str(), task.section);
        if last != Some(key) || task.new_stage {
            count += 1;
        }
        last = Some(key);
    }
    count
}

/// Title and goal: the diagram's title (else its accessible title), and its description as the
/// goal; an accessible title that differs from the shown title leads the goal, so it is kept.
fn set_texts(map: &mut Map, journey: &Journey) {
    let title = journey.title.as_ref().map(|(text, _)| tidy(text));
    let acc_title = journey.acc_title.as_ref().map(|(text, _)| tidy(text));
    let descr = journey.acc_descr.as_ref().map(|(text, _)| tidy(text));
    match (&title, &acc_title) {
        (Some(title), _) if !title.is_empty() => map.title.clone_from(title),
        (_, Some(acc)) if !acc.is_empty() => map.title.clone_from(acc),
        _ => {}
    }
    let lead = acc_title.filter(|acc| !acc.is_empty() && *acc != map.title);
    map.goal = match (lead, descr) {
        (Some(lead), Some(descr)) => format!("{lead}\n{descr}"),
        (Some(lead), None) => lead,
        (None, Some(descr)) => descr,
        (None, None) => String::new(),
    };
}

/// The personas from the actors; a journey without actors gets one persona called "Customer".
fn set_personas(map: &mut Map, actors: &[String], lang: Lang) {
    map.other_personas.clear();
    map.persona = Persona {
        name: actors
            .first()
            .cloned()
            .unwrap_or_else(|| texts(lang).get("mermaid-customer")),
        ..Persona::default()
    };
    for (index, name) in actors.iter().enumerate().skip(1) {
        map.other_personas.push(Persona {
            id: PersonaId(u32::try_from(index).unwrap_or(u32::MAX)),
            name: name.clone(),
            ..Persona::default()
        });
    }
}

/// The lane a task's card goes in: customer actions, else the day's activities, else the first
/// lane that holds cards.
fn card_lane(lanes: &[Lane]) -> Option<crate::model::LaneId> {
    let with_role = |role: TextRole| {
        lanes
            .iter()
            .find(|lane| lane.kind == LaneKind::Text(role))
            .map(|lane| lane.id)
    };
    with_role(TextRole::Actions)
        .or_else(|| with_role(TextRole::Activities))
        .or_else(|| lanes.iter().find(|lane| lane.holds_cards()).map(|l| l.id))
}

/// Puts each persona's scores in the first emotion lane.
fn set_scores(
    map: &mut Map,
    mut scores: BTreeMap<usize, BTreeMap<StageId, i8>>,
    notes: &mut Vec<Note>,
) {
    let Some(LaneKind::Emotion {
        scores: first,
        personas,
    }) = map
        .lanes
        .iter_mut()
        .map(|lane| &mut lane.kind)
        .find(|kind| matches!(kind, LaneKind::Emotion { .. }))
    else {
        if !scores.is_empty() {
            notes.push(Note::NoEmotionLane);
        }
        return;
    };
    *first = scores.remove(&0).unwrap_or_default();
    personas.clear();
    for (index, curve) in scores {
        personas.insert(PersonaId(u32::try_from(index).unwrap_or(u32::MAX)), curve);
    }
}

/// The name of the `number`-th persona (from 1) when it has none, in `lang`.
pub fn persona_name(lang: Lang, number: usize) -> String {
    texts(lang).get_with("mermaid-persona", &[("number", FluentValue::from(number))])
}
