//! The title band: title, kind and goal at the left, the persona at the right, the legend below.

use egui::{Rect, pos2, vec2};

use super::{LegendEntry, PlacedText, TextMeasure, TextStyle, TitleLayout};
use crate::labels;
use crate::model::{Map, Ownership};
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
) -> TitleLayout {
    let has_persona = !map.persona.is_empty();
    let min_width = if has_persona {
        MIN_WIDTH + theme::PERSONA_WIDTH
    } else {
        MIN_WIDTH
    };
    let width = grid_width.max(min_width);
    let left = theme::MARGIN + PADDING;
    let top = theme::MARGIN + PADDING;
    let persona_width = if has_persona {
        theme::PERSONA_WIDTH
    } else {
        0.0
    };
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
    let place = |placer: &mut Placer<'_>,
                 text: String,
                 style: TextStyle,
                 x: f32,
                 y: &mut f32,
                 wrap: f32,
                 muted: bool| {
        placer.place(text, style, pos2(x, *y), wrap, muted);
        *y = placer.bottom() + GAP;
    };
    let mut y = top;
    place(
        &mut placer,
        labels::kind(map.kind, map.lang),
        TextStyle::Small,
        left,
        &mut y,
        text_width,
        true,
    );
    place(
        &mut placer,
        map.title.clone(),
        TextStyle::Title,
        left,
        &mut y,
        text_width,
        false,
    );
    if !map.goal.is_empty() {
        let goal = format!("{}: {}", labels::goal(map.lang), map.goal);
        place(
            &mut placer,
            goal,
            TextStyle::Body,
            left,
            &mut y,
            text_width,
            false,
        );
    }
    let mut legend = Vec::new();
    if map.cards.iter().any(|card| card.touchpoint.is_some()) {
        y += GAP;
        place(
            &mut placer,
            labels::legend(map.lang).to_owned(),
            TextStyle::Small,
            left,
            &mut y,
            text_width,
            true,
        );
        let swatch = theme::font::SMALL;
        let mut x = left;
        let row_top = y - GAP;
        for ownership in [
            Ownership::Owned,
            Ownership::Paid,
            Ownership::Earned,
            Ownership::Shared,
            Ownership::Managed,
        ] {
            let name = labels::ownership(ownership, map.lang).to_owned();
            let size = placer
                .measure
                .measure(&name, TextStyle::Small, f32::INFINITY);
            let swatch_rect = Rect::from_min_size(
                pos2(x, row_top + (size.y - swatch) / 2.0),
                vec2(swatch, swatch),
            );
            let label_rect =
                Rect::from_min_size(pos2(x + swatch + 4.0, row_top), vec2(size.x + 1.0, size.y));
            legend.push(LegendEntry {
                ownership,
                swatch: swatch_rect,
                label: PlacedText {
                    text: name,
                    style: TextStyle::Small,
                    rect: label_rect,
                    muted: false,
                },
            });
            x = label_rect.right() + 16.0;
            y = y.max(label_rect.bottom() + GAP);
        }
    }
    let left_bottom = y - GAP;

    let mut persona = None;
    let mut bottom = left_bottom;
    if has_persona {
        let persona_left = theme::MARGIN + width - PADDING - persona_width;
        let inner_left = persona_left + PADDING;
        let inner_width = persona_width - 2.0 * PADDING;
        let mut y = top + PADDING;
        let p = &map.persona;
        let heading = match (p.name.is_empty(), p.role.is_empty()) {
            (false, false) => format!("{} — {}", p.name, p.role),
            (false, true) => p.name.clone(),
            (true, _) => p.role.clone(),
        };
        if !heading.is_empty() {
            place(
                &mut placer,
                heading,
                TextStyle::Heading,
                inner_left,
                &mut y,
                inner_width,
                false,
            );
        }
        if !p.quote.is_empty() {
            place(
                &mut placer,
                format!("“{}”", p.quote),
                TextStyle::Body,
                inner_left,
                &mut y,
                inner_width,
                true,
            );
        }
        let lists = [&p.goals, &p.needs, &p.frustrations];
        if lists.iter().any(|list| !list.is_empty()) {
            let column_width = (inner_width - 2.0 * PADDING) / 3.0;
            let mut lists_bottom = y;
            for (column, (heading, items)) in labels::persona_lists(map.lang)
                .into_iter()
                .zip(lists)
                .enumerate()
            {
                let x = inner_left + column as f32 * (column_width + PADDING);
                let mut column_y = y;
                let mut text = heading.to_owned();
                for item in items {
                    text.push_str("\n• ");
                    text.push_str(item);
                }
                place(
                    &mut placer,
                    text,
                    TextStyle::Small,
                    x,
                    &mut column_y,
                    column_width,
                    false,
                );
                lists_bottom = lists_bottom.max(column_y);
            }
            y = lists_bottom;
        }
        let persona_bottom = y - GAP + PADDING;
        persona = Some(Rect::from_min_max(
            pos2(persona_left, top),
            pos2(persona_left + persona_width, persona_bottom),
        ));
        bottom = bottom.max(persona_bottom);
    }
    TitleLayout {
        rect: Rect::from_min_max(
            pos2(theme::MARGIN, theme::MARGIN),
            pos2(theme::MARGIN + width, bottom + PADDING),
        ),
        persona,
        texts: placer.texts,
        legend,
    }
}

/// Measures texts and collects them at their places.
struct Placer<'a> {
    measure: &'a mut dyn TextMeasure,
    texts: Vec<PlacedText>,
}

impl Placer<'_> {
    fn place(
        &mut self,
        text: String,
        style: TextStyle,
        top_left: egui::Pos2,
        wrap: f32,
        muted: bool,
    ) {
        let size = self.measure.measure(&text, style, wrap);
        self.texts.push(PlacedText {
            text,
            style,
            rect: Rect::from_min_size(top_left, vec2(wrap, size.y)),
            muted,
        });
    }

    /// Bottom of the text placed last.
    fn bottom(&self) -> f32 {
        self.texts.last().map_or(0.0, |text| text.rect.bottom())
    }
}
