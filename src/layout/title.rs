//! The title band: kind, title and goal at the left with the legend below, the persona at the
//! right.

use egui::{Pos2, Rect, pos2, vec2};

mod legend;
mod others;

use super::{Band, PersonaSwatch, PlacedText, TextMeasure, TextStyle, TitleLayout};
use crate::labels;
use crate::model::Map;
use crate::theme;

const PADDING: f32 = 20.0;
const GAP: f32 = 8.0;
/// The band is never narrower than this, so a map with one stage still has a readable title.
const MIN_WIDTH: f32 = 640.0;

/// Lays out the band across `grid_width` (or wider, if the persona needs room).
pub(super) fn layout_title(
    map: &Map,
    grid_width: f32,
    measure: &mut dyn TextMeasure,
    band: Band,
) -> TitleLayout {
    let full = band == Band::Full;
    let has_persona = full && (!map.persona.is_empty() || map.has_several_personas());
    let persona_width = if has_persona {
        theme::PERSONA_WIDTH
    } else {
        0.0
    };
    let width = grid_width.max(MIN_WIDTH + persona_width);
    let top_left = pos2(theme::MARGIN + PADDING, theme::MARGIN + PADDING);
    let text_width = width
        - 2.0 * PADDING
        - if has_persona {
            persona_width + PADDING
        } else {
            0.0
        };

    let mut placer = Placer {
        measure,
        texts: Vec::new(),
    };
    let mut bottom = heading(&mut placer, map, top_left, text_width, full);
    let legend = if full && map.cards.iter().any(|card| card.touchpoint.is_some()) {
        let (legend, legend_bottom) =
            legend::layout_legend(&mut placer, map, pos2(top_left.x, bottom + GAP), text_width);
        bottom = legend_bottom;
        legend
    } else {
        Vec::new()
    };
    let mut photo = None;
    let mut persona_swatches = Vec::new();
    let persona = has_persona.then(|| {
        let left = theme::MARGIN + width - PADDING - persona_width;
        let (rect, photo_rect) = persona(
            &mut placer,
            map,
            pos2(left, top_left.y),
            persona_width,
            &mut persona_swatches,
        );
        photo = photo_rect;
        bottom = bottom.max(rect.bottom());
        rect
    });
    TitleLayout {
        rect: Rect::from_min_max(
            pos2(theme::MARGIN, theme::MARGIN),
            pos2(theme::MARGIN + width, bottom + PADDING),
        ),
        persona,
        photo,
        persona_swatches,
        texts: placer.texts,
        legend,
    }
}

/// Kind, title and (with `goal`) the goal, top to bottom. Returns the bottom.
fn heading(placer: &mut Placer<'_>, map: &Map, top_left: Pos2, width: f32, goal: bool) -> f32 {
    let mut y = top_left.y;
    y = placer.place(
        labels::kind(map.kind, map.lang),
        TextStyle::Small,
        pos2(top_left.x, y),
        width,
        true,
    );
    y = placer.place(
        map.title.clone(),
        TextStyle::Title,
        pos2(top_left.x, y + GAP),
        width,
        false,
    );
    if goal && !map.goal.is_empty() {
        let goal = format!("{}: {}", labels::goal(map.lang), map.goal);
        y = placer.place(
            goal,
            TextStyle::Body,
            pos2(top_left.x, y + GAP),
            width,
            false,
        );
    }
    y
}

/// The persona box: name and role, quote, and goals / needs / frustrations side by side; on a
/// map of several personas, each name with the colour of its curve and the others listed
/// below. Returns the box.
fn persona(
    placer: &mut Placer<'_>,
    map: &Map,
    top_left: Pos2,
    width: f32,
    swatches: &mut Vec<PersonaSwatch>,
) -> (Rect, Option<Rect>) {
    let persona = &map.persona;
    let several = map.has_several_personas();
    let photo = persona.photo.is_some().then(|| {
        Rect::from_min_size(
            pos2(top_left.x + PADDING, top_left.y + PADDING),
            vec2(theme::PERSONA_PHOTO_SIZE, theme::PERSONA_PHOTO_SIZE),
        )
    });
    // Name, role and quote stand beside the photo; the lists run below it.
    let beside = photo.map_or(0.0, |photo| photo.width() + PADDING);
    let left = top_left.x + PADDING + beside;
    let inner_width = width - 2.0 * PADDING;
    let mut y = top_left.y + PADDING - GAP;
    let mut heading = match (persona.name.is_empty(), persona.role.is_empty()) {
        (false, false) => format!("{} — {}", persona.name, persona.role),
        (false, true) => persona.name.clone(),
        (true, _) => persona.role.clone(),
    };
    if several && heading.is_empty() {
        heading = labels::persona_number(map.lang, 1);
    }
    if !heading.is_empty() {
        // On a map of several personas a square in the colour of its curve leads the name.
        let swatch_room = if several {
            others::SWATCH + others::SWATCH_GAP
        } else {
            0.0
        };
        let top = y + GAP;
        y = placer.place(
            heading,
            TextStyle::Heading,
            pos2(left + swatch_room, top),
            inner_width - beside - swatch_room,
            false,
        );
        if several {
            let line = placer.line_height(TextStyle::Heading);
            swatches.push(PersonaSwatch {
                colour: 0,
                rect: Rect::from_center_size(
                    pos2(left + others::SWATCH / 2.0, top + line / 2.0),
                    vec2(others::SWATCH, others::SWATCH),
                ),
            });
        }
    }
    if !persona.quote.is_empty() {
        let quote = crate::i18n::quoted(map.lang, &persona.quote);
        y = placer.place(
            quote,
            TextStyle::Body,
            pos2(left, y + GAP),
            inner_width - beside,
            true,
        );
    }
    let left = top_left.x + PADDING;
    if let Some(photo) = photo {
        y = y.max(photo.bottom());
    }
    let lists = [&persona.goals, &persona.needs, &persona.frustrations];
    if lists.iter().any(|list| !list.is_empty()) {
        let column_width = (inner_width - 2.0 * PADDING) / 3.0;
        let top = y + GAP;
        for (column, (heading, items)) in labels::persona_lists(map.lang)
            .into_iter()
            .zip(lists)
            .enumerate()
        {
            let mut text = heading;
            for item in items {
                text.push_str("\n• ");
                text.push_str(item);
            }
            let x = left + column as f32 * (column_width + PADDING);
            y = y.max(placer.place(text, TextStyle::Small, pos2(x, top), column_width, false));
        }
    }
    if several {
        y = others::layout_others(placer, map, (left, y + GAP), inner_width, swatches);
    }
    (
        Rect::from_min_max(top_left, pos2(top_left.x + width, y + PADDING)),
        photo,
    )
}

/// Measures texts and collects them at their places.
struct Placer<'a> {
    measure: &'a mut dyn TextMeasure,
    texts: Vec<PlacedText>,
}

impl Placer<'_> {
    /// Places `text` wrapped at `wrap` with its top-left corner at `top_left`; returns its bottom.
    fn place(
        &mut self,
        text: String,
        style: TextStyle,
        top_left: Pos2,
        wrap: f32,
        muted: bool,
    ) -> f32 {
        let size = self.measure.measure(&text, style, wrap);
        let rect = Rect::from_min_size(top_left, vec2(wrap, size.y));
        self.texts.push(PlacedText {
            text,
            style,
            rect,
            muted,
        });
        rect.bottom()
    }

    /// The height of one line of `style`.
    fn line_height(&mut self, style: TextStyle) -> f32 {
        self.measure.measure("Ag", style, f32::INFINITY).y
    }
}
