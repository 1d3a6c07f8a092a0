//! The persona box of a map of several personas: below the first persona, the others, each
//! with the colour of its curve, its name and role, and its quote.

use egui::{Rect, pos2, vec2};

use super::{GAP, Placer};
use crate::labels;
use crate::layout::{PersonaSwatch, TextStyle, persona_names};
use crate::model::Map;

/// The side of a persona's colour square.
pub(super) const SWATCH: f32 = 12.0;
/// Space between a colour square and the name beside it.
pub(super) const SWATCH_GAP: f32 = 6.0;

/// Lists the map's other personas from `top` down between `left` and `left + width`, and puts
/// their colour squares into `swatches`. Returns the bottom.
pub(super) fn layout_others(
    placer: &mut Placer<'_>,
    map: &Map,
    (left, top): (f32, f32),
    width: f32,
    swatches: &mut Vec<PersonaSwatch>,
) -> f32 {
    let mut y = placer.place(
        labels::other_personas(map.lang),
        TextStyle::Small,
        pos2(left, top + GAP),
        width,
        true,
    );
    let names = persona_names(map);
    for (index, (persona, name)) in map
        .other_personas
        .iter()
        .zip(names.iter().skip(1))
        .enumerate()
    {
        let text_left = left + SWATCH + SWATCH_GAP;
        let line = match persona.role.trim() {
            role if role.is_empty() || role == name.1 => name.1.clone(),
            role => format!("{} — {role}", name.1),
        };
        let line_top = y + GAP;
        let bottom = placer.place(
            line,
            TextStyle::Body,
            pos2(text_left, line_top),
            width - SWATCH - SWATCH_GAP,
            false,
        );
        let first_line = placer.line_height(TextStyle::Body);
        swatches.push(PersonaSwatch {
            colour: index + 1,
            rect: Rect::from_center_size(
                pos2(left + SWATCH / 2.0, line_top + first_line / 2.0),
                vec2(SWATCH, SWATCH),
            ),
        });
        y = bottom;
        if !persona.quote.trim().is_empty() {
            y = placer.place(
                crate::i18n::quoted(map.lang, &persona.quote),
                TextStyle::Small,
                pos2(text_left, y + 2.0),
                width - SWATCH - SWATCH_GAP,
                true,
            );
        }
    }
    y
}
