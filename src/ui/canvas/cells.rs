//! The cells of card lanes: double-click on empty space adds a card there and opens it for
//! typing, a hovered empty spot says so quietly, and the right-click menu adds or pastes.

use egui::{Align2, Id, Rect, Sense, Ui, pos2};

use super::{Canvas, Frame, drop, pointer_in_map};
use crate::layout::TextStyle;
use crate::ui::Action;
use crate::ui::commands::Focus;
use crate::ui::menus;
use crate::{paint, theme};

/// How much empty space below a cell's cards the hint needs.
const HINT_ROOM: f32 = 22.0;

/// Registered under the cards, so a card's own clicks win where it lies. Returns whether empty
/// space in a cell was clicked (which clears the selection, like a click on the background).
pub(super) fn cells_ui(
    canvas: &mut Canvas,
    ui: &Ui,
    frame: &Frame<'_>,
    visible: Rect,
    actions: &mut Vec<Action>,
) -> bool {
    let mut clicked = false;
    let (map, layout) = (frame.map, frame.layout);
    let pointer = pointer_in_map(ui);
    let quiet = canvas.is_busy() || canvas.is_presenting() || ui.ctx().dragged_id().is_some();
    for (lane, lane_geometry) in map.lanes.iter().zip(&layout.lanes) {
        if !lane.holds_cards() || lane.collapsed || !visible.intersects(lane_geometry.body) {
            continue;
        }
        for (stage, stage_geometry) in map.stages.iter().zip(&layout.stages) {
            let cell = Rect::from_x_y_ranges(
                stage_geometry.column.x_range(),
                lane_geometry.body.y_range(),
            );
            if !visible.intersects(cell) {
                continue;
            }
            let id = Id::unique(("journeymap-cell", lane.id, stage.id));
            let response = ui.interact(cell, id, Sense::click());
            let focus = Focus {
                card: None,
                lane: Some(lane.id),
                stage: Some(stage.id),
                alone: false,
            };
            clicked |= response.clicked();
            response.context_menu(|ui| {
                menus::context_menu_ui(ui, frame, focus, menus::CELL_MENU, actions);
            });
            if response.double_clicked()
                && let Some(slot) = pointer.and_then(|pos| drop::slot_at(map, layout, pos, &[]))
            {
                canvas.add_card(map, slot, actions);
            }
            if !quiet && response.hovered() && layout.card_at(pointer.unwrap_or(cell.min)).is_none()
            {
                paint_hint(ui, frame, cell);
            }
        }
    }
    clicked
}

/// "Double-click to add a card", muted, in the empty space under the cell's cards.
fn paint_hint(ui: &Ui, frame: &Frame<'_>, cell: Rect) {
    let zoom = ui
        .ctx()
        .layer_transform_to_global(ui.layer_id())
        .map_or(1.0, |transform| transform.scaling);
    if !paint::View::shows_text_at(zoom) {
        return;
    }
    let bottom_of_cards = frame
        .layout
        .cards
        .iter()
        .filter(|card| !card.hidden && cell.contains_rect(card.rect))
        .map(|card| card.rect.bottom())
        .fold(cell.top(), f32::max);
    let room = Rect::from_min_max(
        pos2(cell.left() + theme::CELL_PADDING, bottom_of_cards + 2.0),
        pos2(cell.right() - theme::CELL_PADDING, cell.bottom() - 2.0),
    );
    if room.height() < HINT_ROOM {
        return;
    }
    ui.painter().text(
        room.center(),
        Align2::CENTER_CENTER,
        frame.texts.get("canvas-add-card-hint"),
        paint::font_id(TextStyle::Small),
        theme::HINT,
    );
}
