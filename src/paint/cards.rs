//! Paints cards, the room's dots on them and the blueprint arrows between them.

use std::collections::BTreeMap;

use egui::epaint::{CornerRadius, PathShape, Shadow};
use egui::{Align2, FontId, Painter, Rect, Stroke, StrokeKind};

use super::dots::DotBadge;
use super::icons::{channel_icon, icon_family};
use super::overview::OverviewText;
use super::{View, paint_evidence_mark, paint_text};
use crate::labels;
use crate::layout::{MapLayout, TextStyle};
use crate::model::{LaneId, LaneKind, Map, Ownership, PurchasePhase, Setting};
use crate::theme;

/// Width of the ownership stripe at a touchpoint card's left edge.
const STRIPE_WIDTH: f32 = 5.0;

const SHADOW: Shadow = Shadow {
    offset: [0, 1],
    blur: 4,
    spread: 0,
    color: theme::CARD_SHADOW,
};

/// Every card that intersects `visible`.
pub(super) fn paint_cards(painter: &Painter, map: &Map, layout: &MapLayout, view: View<'_>) {
    let visible = view.visible;
    let detailed = view.shows_card_text();
    // Zoomed out: each card's title alone, at a size that can be read.
    let overview = (!detailed).then(|| OverviewText::new(painter, view.zoom));
    let lane_kinds: BTreeMap<LaneId, &LaneKind> =
        map.lanes.iter().map(|lane| (lane.id, &lane.kind)).collect();
    let mut facet_texts = BTreeMap::new();
    let mut dimmed = Vec::new();
    let badge = DotBadge::new(view.zoom, detailed);
    let mut voted = Vec::new();
    for geometry in &layout.cards {
        if geometry.hidden || !visible.intersects(geometry.rect) {
            continue;
        }
        let Some(card) = map.cards.get(geometry.index) else {
            continue;
        };
        let rect = geometry.rect;
        if view
            .highlight
            .is_some_and(|picked| !picked.contains(&card.id))
        {
            dimmed.push(rect);
        }
        let fill = card_fill(lane_kinds.get(&card.lane).copied(), card, view);
        let radius = CornerRadius::same(theme::CORNER_RADIUS as u8);
        if detailed {
            painter.add(SHADOW.as_shape(rect, radius));
        }
        painter.rect(
            rect,
            radius,
            fill,
            Stroke::new(1.0, theme::OUTLINE),
            StrokeKind::Inside,
        );
        if let Some(touchpoint) = &card.touchpoint {
            paint_stripe(
                painter,
                rect,
                radius,
                theme::ownership_color(touchpoint.ownership),
            );
        }
        // Shown at every zoom, like the stripe: the room reads the traffic light from afar.
        if let Some(mark) = geometry.evidence {
            paint_evidence_mark(
                painter,
                mark.center,
                theme::EVIDENCE_MARK_RADIUS,
                mark.level,
            );
        }
        if geometry.dots > 0 {
            voted.push((rect, geometry.dots));
        }
        if let Some(overview) = &overview {
            if view.editing != Some(card.id) {
                let left = if card.touchpoint.is_some() {
                    STRIPE_WIDTH
                } else {
                    0.0
                };
                // The badge reaches into the card: the title keeps clear of it.
                let right = if geometry.dots > 0 {
                    badge.inset(rect)
                } else {
                    0.0
                };
                overview.paint(painter, &card.title, rect, [left, right], theme::TEXT);
            }
            continue;
        }
        paint_card_texts(painter, map, card, geometry, view, &mut facet_texts);
    }
    veil(painter, &dimmed);
    // Over the veil: a facet filter dims cards, never what the room said about them.
    for (rect, dots) in voted {
        badge.paint(painter, rect, dots);
    }
}

/// A card's icon, title, notes and facet line as laid out (the map seen close enough).
fn paint_card_texts(
    painter: &Painter,
    map: &Map,
    card: &crate::model::Card,
    geometry: &crate::layout::CardLayout,
    view: View<'_>,
    facet_texts: &mut BTreeMap<(Setting, Ownership, PurchasePhase), String>,
) {
    let rect = geometry.rect;
    if let Some(touchpoint) = &card.touchpoint {
        let accent = theme::ownership_color(touchpoint.ownership);
        if let Some(icon) = geometry.icon {
            painter.text(
                icon.center(),
                Align2::CENTER_CENTER,
                channel_icon(touchpoint.channel),
                FontId::new(theme::ICON_SIZE, icon_family()),
                accent,
            );
        }
        if let Some(facets) = geometry.facets {
            // Thirty combinations at most: look each up once per frame, not once per card.
            let phase = map.phase_of(card, touchpoint);
            let key = (touchpoint.setting, touchpoint.ownership, phase);
            let text = facet_texts
                .entry(key)
                .or_insert_with(|| labels::facets(touchpoint, phase, map.lang));
            paint_text(
                painter,
                text,
                TextStyle::Small,
                facets,
                theme::TEXT_MUTED,
                rect,
            );
        }
    }
    if view.editing != Some(card.id) {
        paint_text(
            painter,
            &card.title,
            TextStyle::Body,
            geometry.title,
            theme::TEXT,
            rect,
        );
    }
    if let Some(notes) = geometry.notes {
        paint_text(
            painter,
            &card.notes,
            TextStyle::Small,
            notes,
            theme::TEXT_MUTED,
            rect,
        );
    }
}

/// The media-ownership stripe down a touchpoint card's left edge.
fn paint_stripe(painter: &Painter, card: Rect, radius: CornerRadius, accent: egui::Color32) {
    let stripe = Rect::from_min_size(card.min, egui::vec2(STRIPE_WIDTH, card.height()));
    let stripe_radius = CornerRadius {
        nw: radius.nw,
        sw: radius.sw,
        ne: 0,
        se: 0,
    };
    painter.rect_filled(stripe, stripe_radius, accent);
}

/// A card's fill: its lane's colour for a note; for a touchpoint, white or its heat colour.
fn card_fill(lane: Option<&LaneKind>, card: &crate::model::Card, view: View<'_>) -> egui::Color32 {
    match lane {
        Some(LaneKind::Text(role)) if card.touchpoint.is_none() => theme::text_card_fill(*role),
        _ => view
            .heat
            .and_then(|heat| heat.fraction(card.id))
            .map_or(theme::TOUCHPOINT_FILL, theme::heat_color),
    }
}

/// Cards outside a facet filter fade behind a veil of the background, so the picked ones
/// stand out while the map keeps its shape.
fn veil(painter: &Painter, cards: &[Rect]) {
    let radius = CornerRadius::same(theme::CORNER_RADIUS as u8);
    for rect in cards {
        painter.rect_filled(rect.expand(1.0), radius, theme::DIM_VEIL);
    }
}

/// Every blueprint arrow that intersects `visible`, on top of the cards.
pub(super) fn paint_arrows(painter: &Painter, layout: &MapLayout, visible: Rect) {
    let stroke = Stroke::new(theme::ARROW_WIDTH, theme::ARROW);
    for arrow in &layout.arrows {
        let (Some(&tip), Some(&before)) = (arrow.points.last(), arrow.points.iter().rev().nth(1))
        else {
            continue;
        };
        if !visible.intersects(Rect::from_points(&arrow.points).expand(theme::ARROWHEAD_LENGTH)) {
            continue;
        }
        let direction = (tip - before).normalized();
        let base = tip - direction * theme::ARROWHEAD_LENGTH;
        // End the line at the arrowhead's base so its end does not poke through the tip.
        let mut line = arrow.points.clone();
        if let Some(last) = line.last_mut() {
            *last = base;
        }
        painter.add(PathShape::line(line, stroke));
        let side = direction.rot90() * (theme::ARROWHEAD_LENGTH * 0.5);
        painter.add(PathShape::convex_polygon(
            vec![tip, base + side, base - side],
            theme::ARROW,
            Stroke::NONE,
        ));
    }
}
