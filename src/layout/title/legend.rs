//! The legend of the title band: what the colour of a touchpoint's edge means (its media), and,
//! once any touchpoint has an evidence level, what the dot at its corner means.

use egui::{Pos2, Rect, pos2, vec2};

use super::{GAP, Placer};
use crate::labels;
use crate::layout::{LegendEntry, LegendMark, PlacedText, TextStyle};
use crate::model::{EvidenceLevel, Map, Ownership};
use crate::theme;

/// Space between a swatch and its label.
const SWATCH_GAP: f32 = 4.0;
/// Space between two entries of a row, and between two groups side by side.
const ENTRY_GAP: f32 = 16.0;
/// Space between the media group and the evidence group when they share a row.
const GROUP_GAP: f32 = 32.0;

/// One group of the legend: a heading above a row of entries.
struct Group {
    heading: String,
    entries: Vec<(LegendMark, String)>,
}

/// The legend, from `top_left` across `width`: the media group, and the evidence group beside
/// it where it fits, else below it. Returns the entries and the bottom.
pub(super) fn layout_legend(
    placer: &mut Placer<'_>,
    map: &Map,
    top_left: Pos2,
    width: f32,
) -> (Vec<LegendEntry>, f32) {
    let media = Group {
        heading: labels::legend(map.lang),
        entries: [
            Ownership::Owned,
            Ownership::Paid,
            Ownership::Earned,
            Ownership::Shared,
            Ownership::Managed,
        ]
        .into_iter()
        .map(|ownership| {
            (
                LegendMark::Media(ownership),
                labels::ownership(ownership, map.lang),
            )
        })
        .collect(),
    };
    let mut entries = Vec::new();
    let (media_right, mut bottom) = place_group(placer, &media, top_left, width, &mut entries);
    let has_evidence = map.cards.iter().any(|card| {
        card.touchpoint
            .as_ref()
            .is_some_and(|touchpoint| touchpoint.evidence.is_some())
    });
    if has_evidence {
        let evidence = Group {
            heading: labels::evidence_legend(map.lang),
            entries: EvidenceLevel::ALL
                .into_iter()
                .map(|level| {
                    (
                        LegendMark::Evidence(level),
                        labels::evidence(level, map.lang),
                    )
                })
                .collect(),
        };
        let right_edge = top_left.x + width;
        let beside = media_right + GROUP_GAP;
        let start = if beside + group_width(placer, &evidence) <= right_edge {
            pos2(beside, top_left.y)
        } else {
            pos2(top_left.x, bottom + GAP)
        };
        let (_, evidence_bottom) =
            place_group(placer, &evidence, start, right_edge - start.x, &mut entries);
        bottom = bottom.max(evidence_bottom);
    }
    (entries, bottom)
}

/// The width a group needs: its heading or its row, whichever is wider.
fn group_width(placer: &mut Placer<'_>, group: &Group) -> f32 {
    let heading = placer
        .measure
        .measure(&group.heading, TextStyle::Small, f32::INFINITY)
        .x;
    let row: f32 = group
        .entries
        .iter()
        .map(|(mark, name)| {
            let label = placer
                .measure
                .measure(name, TextStyle::Small, f32::INFINITY)
                .x;
            swatch_side(*mark) + SWATCH_GAP + label + 1.0 + ENTRY_GAP
        })
        .sum::<f32>()
        - ENTRY_GAP;
    heading.max(row)
}

/// Places a group's heading and its row of swatches and labels from `top_left`. Returns the
/// right edge of its row and its bottom.
fn place_group(
    placer: &mut Placer<'_>,
    group: &Group,
    top_left: Pos2,
    width: f32,
    entries: &mut Vec<LegendEntry>,
) -> (f32, f32) {
    let row_top = placer.place(
        group.heading.clone(),
        TextStyle::Small,
        top_left,
        width,
        true,
    ) + GAP / 2.0;
    let mut x = top_left.x;
    let mut right = x;
    let mut bottom = row_top;
    for (mark, name) in &group.entries {
        let size = placer
            .measure
            .measure(name, TextStyle::Small, f32::INFINITY);
        let swatch = swatch_side(*mark);
        let swatch_rect = Rect::from_min_size(
            pos2(x, row_top + (size.y - swatch) / 2.0),
            vec2(swatch, swatch),
        );
        let label_rect = Rect::from_min_size(
            pos2(x + swatch + SWATCH_GAP, row_top),
            vec2(size.x + 1.0, size.y),
        );
        entries.push(LegendEntry {
            mark: *mark,
            swatch: swatch_rect,
            label: PlacedText {
                text: name.clone(),
                style: TextStyle::Small,
                rect: label_rect,
                muted: false,
            },
        });
        right = label_rect.right();
        x = right + ENTRY_GAP;
        bottom = bottom.max(label_rect.bottom());
    }
    (right, bottom)
}

/// The side of an entry's swatch: a square as tall as the text for a media colour, and the
/// evidence dot as large as on the cards.
fn swatch_side(mark: LegendMark) -> f32 {
    match mark {
        LegendMark::Media(_) => theme::font::SMALL,
        LegendMark::Evidence(_) => 2.0 * theme::EVIDENCE_MARK_RADIUS,
    }
}
