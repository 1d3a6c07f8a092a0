//! A map as a slide deck (`.pptx`): a title slide with the title, kind, goal and personas as text
//! the user can edit, then the map's slides (see [`super::slides`]) as pictures, each with
//! speaker notes, and on request the priority matrix as the last slide.

use super::matrix::matrix_slide_png;
use super::pptx::{Deck, DeckAspect, DeckSlide, TitleDesign, write_deck};
use super::slides::{Aspect, Extras, SlideFormat, render_slides};
use super::stages::StageRange;
use super::{ExportError, Progress};
use crate::analysis::{Quadrant, priority_matrix};
use crate::i18n::{self, tr};
use crate::model::{Lane, LaneKind, Map, Persona, TextRole};
use crate::paint::matrix::quadrant_id;
use crate::theme;

/// The deck of the stages `range` of `map` (all when `None`) on slides of `format`; with
/// `matrix_slide`, the priority matrix follows the map's slides.
///
/// The matrix comes last rather than after the title: a deck walks the journey stage by stage
/// and ends on what to do about it, which is what the matrix says (fix first what matters most
/// and works worst); and the map's slides stay together, numbered 1 / n … n / n, right after
/// the title.
pub fn map_deck(
    map: &Map,
    format: SlideFormat,
    range: Option<StageRange>,
    extras: Extras<'_>,
    matrix_slide: bool,
    progress: &Progress,
) -> Result<Vec<u8>, ExportError> {
    let slides = render_slides(map, format, range, extras, progress)?;
    let title = deck_title(map);
    let mut slides: Vec<DeckSlide> = slides
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
                notes: speaker_notes(map, slide.stages),
                png: slide.png,
                width_px: slide.size_px[0],
                height_px: slide.size_px[1],
                title: name,
            }
        })
        .collect();
    progress.check()?;
    if matrix_slide {
        slides.push(matrix_slide_of(map, &title, format)?);
        progress.check()?;
    }
    write_deck(&Deck {
        title,
        subtitle_lines: goal_line(map).into_iter().collect(),
        design: Some(title_design(map)),
        slides,
        aspect: match format.aspect {
            Aspect::Wide => DeckAspect::Wide16x9,
            Aspect::Standard => DeckAspect::Standard4x3,
        },
    })
}

/// The priority matrix as a slide, its notes naming the touchpoints to fix first.
fn matrix_slide_of(map: &Map, title: &str, format: SlideFormat) -> Result<DeckSlide, ExportError> {
    let (png, [width_px, height_px]) = matrix_slide_png(map, format.height_px)?;
    let lang = map.lang;
    let matrix = priority_matrix(map);
    let mut notes = vec![tr(lang, quadrant_id(Quadrant::FixFirst))];
    notes.extend(
        matrix
            .in_quadrant(Quadrant::FixFirst)
            .map(|dot| format!("– {}", one_line(&dot.title))),
    );
    if notes.len() == 1 {
        notes.push(tr(lang, "deck-notes-nothing-to-fix"));
    }
    Ok(DeckSlide {
        png,
        width_px,
        height_px,
        title: format!("{title}: {}", tr(lang, "matrix-title")),
        notes,
    })
}

/// The speaker notes of a slide showing `stages`: each stage's title, then the cards of its
/// pain point and opportunity lanes under the lane's title, one paragraph each, so a presenter
/// has the points to make at hand while the room looks at the picture. In the map's language;
/// the lanes' titles are the map's own.
fn speaker_notes(map: &Map, stages: StageRange) -> Vec<String> {
    let lang = map.lang;
    let lanes: Vec<&Lane> = map
        .lanes
        .iter()
        .filter(|lane| {
            matches!(
                lane.kind,
                LaneKind::Text(TextRole::PainPoints | TextRole::Opportunities)
            )
        })
        .collect();
    let mut notes = Vec::new();
    for (index, stage) in map
        .stages
        .iter()
        .enumerate()
        .take(stages.last + 1)
        .skip(stages.first)
    {
        // A blank line between stages that list anything; bare stage names follow each other.
        if !notes.is_empty() && !lanes.is_empty() {
            notes.push(String::new());
        }
        let title = one_line(&stage.title);
        notes.push(if title.is_empty() {
            i18n::texts(lang).get_with("deck-notes-stage", &[("number", (index + 1).into())])
        } else {
            title
        });
        let mut any = false;
        for lane in &lanes {
            let cards: Vec<String> = map
                .cards_in(lane.id, stage.id)
                .map(|card| one_line(&card.title))
                .filter(|title| !title.is_empty())
                .collect();
            if cards.is_empty() {
                continue;
            }
            any = true;
            let heading = one_line(&lane.title);
            notes.push(if heading.is_empty() {
                tr(
                    lang,
                    match lane.kind {
                        LaneKind::Text(TextRole::PainPoints) => "lane-new-pain-points",
                        _ => "lane-new-opportunities",
                    },
                )
            } else {
                heading
            });
            notes.extend(cards.into_iter().map(|card| format!("– {card}")));
        }
        if !any && !lanes.is_empty() {
            notes.push(tr(lang, "deck-notes-none"));
        }
    }
    notes
}

/// A title on one line: line breaks typed into a card become spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn deck_title(map: &Map) -> String {
    let title = map.title.trim();
    if title.is_empty() {
        tr(map.lang, "title-untitled")
    } else {
        title.to_owned()
    }
}

/// The title slide's look: the map's background, its stage headers' colour for the band, which
/// names the kind of map, and each persona with the colour of its curve.
fn title_design(map: &Map) -> TitleDesign {
    let rgb = |color: egui::Color32| {
        let [r, g, b, _] = color.to_array();
        [r, g, b]
    };
    let personas = map
        .personas()
        .enumerate()
        .filter(|(_, persona)| !persona.is_empty())
        .map(|(index, persona)| {
            (
                persona_line(persona, map.lang, index + 1),
                rgb(theme::persona_color(index)),
            )
        })
        .collect();
    TitleDesign {
        background: rgb(theme::BACKGROUND),
        band: rgb(theme::STAGE_HEADER),
        on_band: rgb(theme::TEXT_ON_DARK),
        text: rgb(theme::TEXT),
        muted: rgb(theme::TEXT_MUTED),
        band_text: tr(map.lang, i18n::kind_id(map.kind)),
        personas,
    }
}

/// "Goal: …" in the map's language, if the map has a goal.
fn goal_line(map: &Map) -> Option<String> {
    let goal = map.goal.trim();
    (!goal.is_empty()).then(|| format!("{}: {goal}", tr(map.lang, "map-goal")))
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
        let design = title_design(&map);
        assert_eq!(design.band_text, "Current state");
        let goal = goal_line(&map).expect("a goal");
        assert!(goal.starts_with("Goal: Find out why"), "{goal}");
        let personas: Vec<&str> = design
            .personas
            .iter()
            .map(|(line, _)| line.as_str())
            .collect();
        assert!(personas[0].starts_with("Sarah, 34 — "), "{personas:?}");
        assert!(personas[1].starts_with("Murat, 52"), "{personas:?}");
        // Each persona in the colour of its curve on the map; the band in the stage headers'.
        for (index, (_, colour)) in design.personas.iter().enumerate() {
            let [r, g, b, _] = theme::persona_color(index).to_array();
            assert_eq!(*colour, [r, g, b]);
        }
        let [r, g, b, _] = theme::STAGE_HEADER.to_array();
        assert_eq!(design.band, [r, g, b]);
        let german = example("baeckerei-tag-im-leben");
        assert_eq!(
            title_design(&german).band_text,
            tr(crate::model::Lang::De, i18n::kind_id(german.kind))
        );
        let goal = goal_line(&german).expect("a goal");
        assert!(goal.starts_with("Ziel: "), "{goal}");
    }

    #[test]
    fn a_map_without_goal_or_persona_has_only_its_kind() {
        let mut map = example("fitness-studio-current-state");
        map.goal.clear();
        map.persona = Persona::default();
        map.other_personas.clear();
        map.title.clear();
        assert_eq!(goal_line(&map), None);
        let design = title_design(&map);
        assert_eq!(design.band_text, "Current state");
        assert!(design.personas.is_empty());
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
            false,
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
        assert!(first.contains("Generated map with 60 cards"), "{first}");
    }

    /// Reads the text paragraphs of a notes page.
    fn paragraphs(xml: &str) -> Vec<String> {
        xml.split("<a:p>")
            .skip(1)
            .map(|paragraph| {
                paragraph
                    .split("<a:t>")
                    .skip(1)
                    .filter_map(|run| run.split("</a:t>").next())
                    .collect::<String>()
            })
            .collect()
    }

    #[test]
    fn each_map_slide_has_notes_listing_its_stages_pain_points_and_opportunities() {
        let map = example("fitness-studio-current-state");
        let all = StageRange::all(&map).expect("stages");
        let notes = speaker_notes(&map, all);
        // Every stage is named, in order.
        let mut at = 0;
        for stage in &map.stages {
            let found = notes[at..]
                .iter()
                .position(|line| *line == stage.title)
                .unwrap_or_else(|| panic!("{:?} missing from {notes:?}", stage.title));
            at += found + 1;
        }
        // Each card of the pain point and opportunity lanes follows its stage, under its lane.
        let first = &notes[..notes.iter().position(String::is_empty).expect("two stages")];
        assert_eq!(first[0], "Awareness");
        assert!(first.contains(&"Pain points".to_owned()), "{first:?}");
        assert!(first.contains(&"Opportunities".to_owned()), "{first:?}");
        assert!(
            first.contains(&"– Keep the Maps listing current".to_owned()),
            "{first:?}"
        );
        let lanes: Vec<_> = map
            .lanes
            .iter()
            .filter(|lane| {
                matches!(
                    lane.kind,
                    LaneKind::Text(TextRole::PainPoints | TextRole::Opportunities)
                )
            })
            .map(|lane| lane.id)
            .collect();
        for card in map.cards.iter().filter(|card| lanes.contains(&card.lane)) {
            assert!(
                notes.contains(&format!("– {}", one_line(&card.title))),
                "{:?} missing from {notes:?}",
                card.title
            );
        }
        // Other lanes stay out.
        let thought = map
            .cards
            .iter()
            .find(|card| !lanes.contains(&card.lane))
            .expect("another card");
        assert!(!notes.iter().any(|line| line.contains(&thought.title)));
        // A slide of one stage lists that stage alone.
        let one = speaker_notes(&map, StageRange { first: 1, last: 1 });
        assert_eq!(one[0], map.stages[1].title);
        assert!(!one.iter().any(String::is_empty), "{one:?}");
        // A stage with nothing noted says so, in the map's language.
        let mut bare = map.clone();
        bare.cards.retain(|card| !lanes.contains(&card.lane));
        bare.stages[0].title.clear();
        bare.lang = crate::model::Lang::De;
        let notes = speaker_notes(&bare, StageRange { first: 0, last: 0 });
        assert_eq!(
            notes,
            ["Phase 1", "Keine Pain Points oder Chancen notiert."]
        );
    }

    #[test]
    fn the_decks_map_slides_carry_their_notes() {
        let map = example("fitness-studio-current-state");
        let bytes = map_deck(
            &map,
            SlideFormat::new(Aspect::Wide, 0.25),
            None,
            Extras::default(),
            false,
            &Progress::new(),
        )
        .expect("a deck");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        let mut read = |name: &str| {
            let mut text = String::new();
            std::io::Read::read_to_string(
                &mut zip.by_name(name).unwrap_or_else(|_| panic!("{name}")),
                &mut text,
            )
            .expect("text");
            text
        };
        let rels = read("ppt/slides/_rels/slide2.xml.rels");
        assert!(
            rels.contains("Target=\"../notesSlides/notesSlide1.xml\""),
            "{rels}"
        );
        let notes = paragraphs(&read("ppt/notesSlides/notesSlide1.xml"));
        let all = StageRange::all(&map).expect("stages");
        assert_eq!(notes, speaker_notes(&map, all));
        assert!(
            read("ppt/notesSlides/_rels/notesSlide1.xml.rels").contains("../slides/slide2.xml")
        );
    }
}
