//! Stacking cards in their cells and sizing each card to its text.

use std::collections::BTreeMap;

use egui::{Rangef, Rect, pos2, vec2};

use super::{CardLayout, EvidenceMark, TextMeasure, TextStyle};
use crate::labels;
use crate::model::{Card, LaneId, Map, Ownership, PurchasePhase, Setting, StageId, Touchpoint};
use crate::theme;

/// Card indices per lane (map order), per stage (map order), in cell order.
pub(super) fn cells_by_lane(
    map: &Map,
    stage_index: &BTreeMap<StageId, usize>,
) -> Vec<Vec<Vec<usize>>> {
    let lane_index: BTreeMap<LaneId, usize> = map
        .lanes
        .iter()
        .enumerate()
        .map(|(index, lane)| (lane.id, index))
        .collect();
    let mut cells = vec![vec![Vec::new(); map.stages.len()]; map.lanes.len()];
    for (index, card) in map.cards.iter().enumerate() {
        if let (Some(&lane), Some(&stage)) =
            (lane_index.get(&card.lane), stage_index.get(&card.stage))
            && let Some(cell) = cells
                .get_mut(lane)
                .and_then(|row: &mut Vec<Vec<usize>>| row.get_mut(stage))
        {
            cell.push(index);
        }
    }
    cells
}

/// The cards of one lane, placed, and the height the lane needs for them.
pub(super) struct PlacedCards {
    pub cards: Vec<CardLayout>,
    pub height: f32,
}

/// The facet lines of touchpoint cards, composed once per combination of facets: a map has
/// thousands of touchpoints but thirty combinations at most.
#[derive(Default)]
pub(super) struct FacetTexts {
    texts: BTreeMap<(Setting, Ownership, PurchasePhase), String>,
}

impl FacetTexts {
    fn get(
        &mut self,
        touchpoint: &Touchpoint,
        phase: PurchasePhase,
        lang: crate::model::Lang,
    ) -> &str {
        self.texts
            .entry((touchpoint.setting, touchpoint.ownership, phase))
            .or_insert_with(|| labels::facets(touchpoint, phase, lang))
    }
}

/// Places the cards of one lane, whose top is at `top`.
pub(super) fn layout_lane_cards(
    map: &Map,
    cells: &[Vec<usize>],
    top: f32,
    columns: &[Rangef],
    measure: &mut dyn TextMeasure,
    facet_texts: &mut FacetTexts,
) -> PlacedCards {
    let mut placed = Vec::new();
    let mut height: f32 = 0.0;
    for (cell, column) in cells.iter().zip(columns) {
        let left = column.min + theme::CELL_PADDING;
        let width = card_width(column.span());
        let mut y = top + theme::CELL_PADDING;
        for &index in cell {
            let Some(card) = map.cards.get(index) else {
                continue;
            };
            let layout = layout_card(card, index, map, pos2(left, y), width, measure, facet_texts);
            y = layout.rect.bottom() + theme::CARD_GAP;
            placed.push(layout);
        }
        if !cell.is_empty() {
            height = height.max(y - theme::CARD_GAP + theme::CELL_PADDING - top);
        }
    }
    PlacedCards {
        cards: placed,
        height,
    }
}

/// Empty boxes for the cards of a collapsed lane whose top is at `top`: they keep their place
/// in [`super::MapLayout::cards`] without being measured, drawn or hit.
pub(super) fn hide_lane_cards(
    map: &Map,
    cells: &[Vec<usize>],
    top: f32,
    columns: &[Rangef],
) -> Vec<CardLayout> {
    let mut hidden = Vec::new();
    for (cell, column) in cells.iter().zip(columns) {
        let line = Rect::from_min_size(
            pos2(column.min + theme::CELL_PADDING, top),
            vec2(card_width(column.span()), 0.0),
        );
        hidden.extend(cell.iter().filter_map(|&index| {
            Some(CardLayout {
                id: map.cards.get(index)?.id,
                index,
                rect: line,
                icon: None,
                title: line,
                notes: None,
                facets: None,
                evidence: None,
                dots: 0,
                hidden: true,
            })
        }));
    }
    hidden
}

/// Width of the cards of a stage column `column_width` wide: the column less the cell padding.
fn card_width(column_width: f32) -> f32 {
    column_width - 2.0 * theme::CELL_PADDING
}

/// Sizes one card to its content: icon and title, then notes, then the facet line.
fn layout_card(
    card: &Card,
    index: usize,
    map: &Map,
    top_left: egui::Pos2,
    width: f32,
    measure: &mut dyn TextMeasure,
    facet_texts: &mut FacetTexts,
) -> CardLayout {
    let inner_left = top_left.x + theme::CARD_PADDING;
    let inner_width = width - 2.0 * theme::CARD_PADDING;
    let mut y = top_left.y + theme::CARD_PADDING;

    let (icon, title_left) = if card.touchpoint.is_some() {
        let icon = Rect::from_min_size(
            pos2(inner_left, y),
            vec2(theme::ICON_SIZE, theme::ICON_SIZE),
        );
        (Some(icon), inner_left + theme::ICON_SIZE + theme::ICON_GAP)
    } else {
        (None, inner_left)
    };
    let title_width = inner_left + inner_width - title_left;
    let title_height = measure.measure(&card.title, TextStyle::Body, title_width).y;
    let title = Rect::from_min_size(pos2(title_left, y), vec2(title_width, title_height));
    y += title_height.max(if icon.is_some() {
        theme::ICON_SIZE
    } else {
        0.0
    });

    let notes = (!card.notes.is_empty()).then(|| {
        y += theme::TEXT_GAP;
        let height = measure
            .measure(&card.notes, TextStyle::Small, inner_width)
            .y;
        let rect = Rect::from_min_size(pos2(inner_left, y), vec2(inner_width, height));
        y += height;
        rect
    });
    let facets = card.touchpoint.as_ref().map(|touchpoint| {
        y += theme::TEXT_GAP;
        let text = facet_texts.get(touchpoint, map.phase_of(card, touchpoint), map.lang);
        let height = measure.measure(text, TextStyle::Small, inner_width).y;
        let rect = Rect::from_min_size(pos2(inner_left, y), vec2(inner_width, height));
        y += height;
        rect
    });
    y += theme::CARD_PADDING;
    let rect = Rect::from_min_max(top_left, pos2(top_left.x + width, y));
    // Placed over the corner, not in the flow: the card keeps its size when a mark appears.
    let evidence = card
        .touchpoint
        .as_ref()
        .and_then(|touchpoint| touchpoint.evidence)
        .map(|level| EvidenceMark {
            center: rect.right_top()
                + vec2(-theme::EVIDENCE_MARK_INSET, theme::EVIDENCE_MARK_INSET),
            level,
        });
    CardLayout {
        id: card.id,
        index,
        rect,
        icon,
        title,
        notes,
        facets,
        evidence,
        dots: 0,
        hidden: false,
    }
}
