//! The key in each emotion lane's label that says which curve is whose: on a map of several
//! personas one entry per persona, in the colour of its curve; and the room's curve, when
//! participants scored the stages.

use egui::{Rect, pos2, vec2};

use super::{PlacedText, TextMeasure, TextStyle};
use crate::labels;
use crate::model::{Lane, Map, PersonaId};
use crate::theme;

/// The key of one emotion lane: one entry per persona, below the lane's title.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonaKey {
    /// The emotion lane.
    pub lane: crate::model::LaneId,
    /// One entry per persona, in the map's order; none on a map of one persona.
    pub entries: Vec<PersonaKeyEntry>,
    /// The room's curve, when participants scored a stage; after the personas.
    pub room: Option<RoomKeyEntry>,
}

/// The room's curve in a key.
#[derive(Clone, Debug, PartialEq)]
pub struct RoomKeyEntry {
    /// Where the sample of its line and marker is drawn.
    pub swatch: Rect,
    /// "The room (12)": how many participants scored.
    pub label: PlacedText,
}

/// One persona in a key.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonaKeyEntry {
    /// Whose curve.
    pub persona: PersonaId,
    /// Its place among the map's personas: what picks its colour ([`theme::persona_color`]).
    pub colour: usize,
    /// Where the sample of its line is drawn.
    pub swatch: Rect,
    /// The persona's name.
    pub label: PlacedText,
    /// The whole entry: swatch and label, what a click in the editor picks.
    pub rect: Rect,
}

impl PersonaKey {
    /// The key moved by `offset`, for a label drawn elsewhere (pinned to the view's edge).
    #[must_use]
    pub fn moved(&self, offset: egui::Vec2) -> Self {
        let mut key = self.clone();
        for entry in &mut key.entries {
            entry.swatch = entry.swatch.translate(offset);
            entry.label.rect = entry.label.rect.translate(offset);
            entry.rect = entry.rect.translate(offset);
        }
        if let Some(room) = &mut key.room {
            room.swatch = room.swatch.translate(offset);
            room.label.rect = room.label.rect.translate(offset);
        }
        key
    }
}

/// Width of the line sample at the left of an entry.
const SWATCH_WIDTH: f32 = 18.0;
const SWATCH_GAP: f32 = 6.0;
/// Space between the title and the key, and between entries.
const GAP: f32 = 2.0;

/// The names of the map's personas as the key and the persona box show them: a name, a role,
/// or "Persona 2".
pub fn persona_names(map: &Map) -> Vec<(PersonaId, String)> {
    map.personas()
        .enumerate()
        .map(|(index, persona)| {
            let name = persona.display_name(|| labels::persona_number(map.lang, index + 1));
            (persona.id, name)
        })
        .collect()
}

/// How many lines the key of `map` has: one per persona on a map of several, and one for the
/// room's curve.
fn key_lines(map: &Map) -> usize {
    let personas = if map.has_several_personas() {
        map.personas().count()
    } else {
        0
    };
    personas + usize::from(crate::analysis::room_scorers(map) > 0)
}

/// The height the key of `map` needs in an emotion lane's label; 0 for a map of one persona
/// whose room scored nothing.
pub(super) fn key_height(map: &Map, measure: &mut dyn TextMeasure) -> f32 {
    let lines = key_lines(map);
    if lines == 0 {
        return 0.0;
    }
    let line = measure.measure("Ag", TextStyle::Small, f32::INFINITY).y;
    GAP + lines as f32 * (line + GAP)
}

/// The wrap width of a key's names.
fn label_width() -> f32 {
    theme::LABEL_COLUMN_WIDTH
        - 2.0 * theme::CARD_PADDING
        - theme::EMOTION_SCALE_WIDTH
        - SWATCH_WIDTH
        - SWATCH_GAP
}

/// The key of `lane`, placed at the bottom of its label (`label`), or `None` for a map of one
/// persona whose room scored nothing. Names that are too long are cut to one line with an
/// ellipsis.
pub(super) fn layout_key(
    map: &Map,
    lane: &Lane,
    label: Rect,
    measure: &mut dyn TextMeasure,
) -> Option<PersonaKey> {
    if key_lines(map) == 0 {
        return None;
    }
    let line = measure.measure("Ag", TextStyle::Small, f32::INFINITY).y;
    let left = label.left() + theme::CARD_PADDING;
    let mut top = label.bottom() - theme::CARD_PADDING - key_height(map, measure) + GAP;
    let names = if map.has_several_personas() {
        persona_names(map)
    } else {
        Vec::new()
    };
    let entries = names
        .into_iter()
        .enumerate()
        .map(|(colour, (persona, name))| {
            let swatch = Rect::from_min_size(pos2(left, top), vec2(SWATCH_WIDTH, line));
            let text_rect = Rect::from_min_size(
                pos2(swatch.right() + SWATCH_GAP, top),
                vec2(label_width(), line),
            );
            let entry = PersonaKeyEntry {
                persona,
                colour,
                swatch,
                label: PlacedText {
                    text: one_line(&name, measure),
                    style: TextStyle::Small,
                    rect: text_rect,
                    muted: false,
                },
                rect: swatch.union(text_rect),
            };
            top += line + GAP;
            entry
        })
        .collect();
    let scorers = crate::analysis::room_scorers(map);
    let room = (scorers > 0).then(|| {
        let swatch = Rect::from_min_size(pos2(left, top), vec2(SWATCH_WIDTH, line));
        RoomKeyEntry {
            swatch,
            label: PlacedText {
                text: one_line(&labels::room_curve(map.lang, scorers), measure),
                style: TextStyle::Small,
                rect: Rect::from_min_size(
                    pos2(swatch.right() + SWATCH_GAP, top),
                    vec2(label_width(), line),
                ),
                muted: false,
            },
        }
    });
    Some(PersonaKey {
        lane: lane.id,
        entries,
        room,
    })
}

/// `text` cut to what fits on one line of the key, with an ellipsis where it was cut.
fn one_line(text: &str, measure: &mut dyn TextMeasure) -> String {
    let width = label_width();
    let fits = |text: &str, measure: &mut dyn TextMeasure| {
        measure.measure(text, TextStyle::Small, f32::INFINITY).x <= width
    };
    if fits(text, measure) {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut low, mut high) = (0, chars.len());
    while low < high {
        let middle = (low + high).div_ceil(2);
        let candidate: String = chars[..middle].iter().collect::<String>() + "…";
        if fits(&candidate, measure) {
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    chars[..low]
        .iter()
        .collect::<String>()
        .trim_end()
        .to_owned()
        + "…"
}
