//! A map as a slide deck (`.pptx`): a title slide with the title, kind, goal and personas as text
//! the user can edit, then the map's slides (see [`super::slides`]) as pictures.

use super::pptx::{Deck, DeckAspect, DeckSlide, write_deck};
use super::slides::{Aspect, Extras, SlideFormat, render_slides};
use super::stages::StageRange;
use super::{ExportError, Progress};
use crate::i18n::{self, tr};
use crate::model::{Map, Persona};

/// The deck of the stages `range` of `map` (all when `None`) on slides of `format`.
pub fn map_deck(
    map: &Map,
    format: SlideFormat,
    range: Option<StageRange>,
    extras: Extras<'_>,
    progress: &Progress,
) -> Result<Vec<u8>, ExportError> {
    let slides = render_slides(map, format, range, extras, progress)?;
    let title = deck_title(map);
    let slides = slides
        .into_iter()
        .map(|slide| {
            let (first, last) = slide.stages.titles(map);
            let stages = if first == last {
                first
            } else {
                format!("{first} – {last}")
            };
            let name = if slide.count > 1 {
                format!("{title}: {stages} ({} / {})", slide.number, slide.count)
            } else {
                title.clone()
            };
            DeckSlide {
                png: slide.png,
                width_px: slide.size_px[0],
                height_px: slide.size_px[1],
                title: name,
            }
        })
        .collect();
    progress.check()?;
    write_deck(&Deck {
        title,
        subtitle_lines: subtitle_lines(map),
        slides,
        aspect: match format.aspect {
            Aspect::Wide => DeckAspect::Wide16x9,
            Aspect::Standard => DeckAspect::Standard4x3,
        },
    })
}

fn deck_title(map: &Map) -> String {
    let title = map.title.trim();
    if title.is_empty() {
        tr(map.lang, "title-untitled")
    } else {
        title.to_owned()
    }
}

/// The kind of map, its goal and its personas, one line each, in the map's language.
fn subtitle_lines(map: &Map) -> Vec<String> {
    let lang = map.lang;
    let mut lines = vec![tr(lang, i18n::kind_id(map.kind))];
    let goal = map.goal.trim();
    if !goal.is_empty() {
        lines.push(format!("{}: {goal}", tr(lang, "map-goal")));
    }
    let personas: Vec<String> = map
        .personas()
        .enumerate()
        .map(|(index, persona)| persona_line(persona, lang, index + 1))
        .collect();
    if let Some((first, others)) = personas.split_first() {
        if !map.persona.is_empty() || !others.is_empty() {
            lines.push(format!("{}: {first}", tr(lang, "persona-heading")));
        }
        if !others.is_empty() {
            lines.push(format!(
                "{}: {}",
                tr(lang, "persona-others"),
                others.join("; ")
            ));
        }
    }
    lines
}

/// "Sarah, 34 — Project manager", or "Persona 2" for one without name and role.
fn persona_line(persona: &Persona, lang: crate::model::Lang, number: usize) -> String {
    let (name, role) = (persona.name.trim(), persona.role.trim());
    match (name.is_empty(), role.is_empty()) {
        (false, false) => format!("{name} — {role}"),
        (false, true) => name.to_owned(),
        (true, false) => role.to_owned(),
        (true, true) => crate::labels::persona_number(lang, number),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(name: &str) -> Map {
        let path = format!("{}/assets/examples/{name}.ron", env!("CARGO_MANIFEST_DIR"));
        crate::file::load(std::path::Path::new(&path)).expect("example")
    }

    #[test]
    fn the_title_slide_says_kind_goal_and_personas_in_the_maps_language() {
        let map = example("fitness-studio-current-state");
        let lines = subtitle_lines(&map);
        assert_eq!(lines[0], "Current state");
        assert!(lines[1].starts_with("Goal: Find out why"), "{lines:?}");
        assert!(lines[2].starts_with("Persona: Sarah, 34 — "), "{lines:?}");
        assert!(
            lines[3].starts_with("Also on this map: Murat, 52"),
            "{lines:?}"
        );
        let german = example("baeckerei-tag-im-leben");
        let lines = subtitle_lines(&german);
        assert_eq!(
            lines[0],
            tr(crate::model::Lang::De, i18n::kind_id(german.kind))
        );
        assert!(
            lines.iter().any(|line| line.starts_with("Ziel: ")),
            "{lines:?}"
        );
    }

    #[test]
    fn a_map_without_goal_or_persona_has_only_its_kind() {
        let mut map = example("fitness-studio-current-state");
        map.goal.clear();
        map.persona = Persona::default();
        map.other_personas.clear();
        map.title.clear();
        assert_eq!(subtitle_lines(&map), ["Current state"]);
        assert_eq!(deck_title(&map), "Untitled map");
    }

    #[test]
    fn the_deck_holds_the_title_slide_and_one_picture_per_slide() {
        let map = crate::model::sample::synthetic_map(60);
        let bytes = map_deck(
            &map,
            SlideFormat::FULL_HD,
            None,
            Extras::default(),
            &Progress::new(),
        )
        .expect("a deck");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        let names: Vec<String> = zip
            .file_names()
            .map(|name| name.expect("a name").into_owned())
            .collect();
        let slides = names
            .iter()
            .filter(|name| name.starts_with("ppt/slides/slide") && !name.contains("_rels"))
            .count();
        let pictures = names
            .iter()
            .filter(|name| name.starts_with("ppt/media/"))
            .count();
        assert_eq!(pictures, 2, "{names:?}");
        assert_eq!(slides, 3, "title slide and two map slides: {names:?}");
        let mut first = String::new();
        std::io::Read::read_to_string(
            &mut zip.by_name("ppt/slides/slide1.xml").expect("slide 1"),
            &mut first,
        )
        .expect("text");
        assert!(first.contains("Generated map with 60 cards"));
    }
}
