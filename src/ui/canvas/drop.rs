//! Where dragged things land: the slot under the pointer, the line that shows it, and what a
//! touchpoint dragged out of the palette becomes.
//!
//! The rule for the palette: in a touchpoint lane it becomes a touchpoint card of its channel;
//! in a text lane (pain points, thoughts, actions …) it becomes a note of that lane carrying the
//! touchpoint's name, because a pain point about the hotline is a pain point, not a touchpoint.
//! While dragging, the label beside the landing line says which of the two it will be.

use egui::{Align2, DragAndDrop, Pos2, Rect, Stroke, Ui};

use super::Frame;
use super::view::View;
use crate::edit::Slot;
use crate::layout::{MapLayout, TextStyle};
use crate::model::{CardId, LaneKind, Map};
use crate::ui::{Action, PaletteItem};
use crate::{paint, theme};

/// A palette touchpoint held over a card lane of the canvas.
pub(super) struct PaletteDrop {
    slot: Slot,
    item: PaletteItem,
    /// Whether it lands as a touchpoint (a touchpoint lane) or as a note (a text lane).
    as_touchpoint: bool,
}

/// The palette touchpoint being dragged over a card lane, if one is.
pub(super) fn palette_drop(
    ui: &Ui,
    map: &Map,
    layout: &MapLayout,
    view: &View,
    canvas: Rect,
) -> Option<PaletteDrop> {
    let item = DragAndDrop::payload::<PaletteItem>(ui.ctx())?;
    let pointer = ui.input(|input| input.pointer.latest_pos())?;
    if !canvas.contains(pointer) {
        return None;
    }
    let slot = slot_at(map, layout, view.screen_from_map().inverse() * pointer, &[])?;
    let as_touchpoint = map
        .lane(slot.lane)
        .is_some_and(|lane| matches!(lane.kind, LaneKind::Touchpoints));
    Some(PaletteDrop {
        slot,
        item: (*item).clone(),
        as_touchpoint,
    })
}

impl PaletteDrop {
    /// The cell lit up, the line where the card will go, and what it will be.
    pub(super) fn paint(&self, ui: &Ui, frame: &Frame<'_>) {
        let Some(cell) = highlight_cell(ui, frame.layout, self.slot) else {
            return;
        };
        if paint_insertion(ui, frame.map, frame.layout, self.slot, &[]).is_none() {
            return;
        }
        let message = if self.as_touchpoint {
            "canvas-drop-as-touchpoint"
        } else {
            "canvas-drop-as-note"
        };
        let text = frame
            .texts
            .get_with(message, &[("name", self.item.title.as_str().into())]);
        // At the bottom of the cell: the dragged entry itself hangs under the pointer.
        let room = cell.shrink(theme::CELL_PADDING);
        let galley = ui.painter().layout(
            text,
            paint::font_id(TextStyle::Small),
            theme::TEXT_ON_DARK,
            room.width(),
        );
        let label = Align2::CENTER_BOTTOM.align_size_within_rect(galley.size(), room);
        ui.painter()
            .rect_filled(label.expand(4.0), 4.0, theme::DROP_TARGET);
        ui.painter().galley(label.min, galley, theme::TEXT_ON_DARK);
    }

    /// Creates the card where the touchpoint was released; released anywhere else, the drag
    /// just ends.
    pub(super) fn release(self, ui: &Ui, actions: &mut Vec<Action>) {
        if !ui.input(|input| input.pointer.any_released()) {
            return;
        }
        if DragAndDrop::take_payload::<PaletteItem>(ui.ctx()).is_none() {
            return;
        }
        actions.push(Action::AddFromPalette {
            item: self.item,
            slot: self.slot,
        });
    }
}

/// Marks the cell a palette touchpoint would be dropped into; returns the cell.
fn highlight_cell(ui: &Ui, layout: &MapLayout, slot: Slot) -> Option<Rect> {
    let lane = layout.lanes.iter().find(|lane| lane.id == slot.lane)?;
    let stage = layout.stages.iter().find(|stage| stage.id == slot.stage)?;
    let cell = Rect::from_x_y_ranges(stage.column.x_range(), lane.body.y_range()).shrink(2.0);
    ui.painter().rect(
        cell,
        theme::CORNER_RADIUS,
        theme::DROP_TARGET_FILL,
        Stroke::new(2.0, theme::DROP_TARGET),
        egui::StrokeKind::Inside,
    );
    Some(cell)
}

/// Draws the line where cards dropped at `slot` will sit (between two cards, or under the
/// last), ignoring the `moving` cards; returns its box.
pub(super) fn paint_insertion(
    ui: &Ui,
    map: &Map,
    layout: &MapLayout,
    slot: Slot,
    moving: &[CardId],
) -> Option<Rect> {
    let line = insertion_line(map, layout, slot, moving)?;
    let painter = ui.painter();
    painter.rect_filled(line, 1.5, theme::DROP_TARGET);
    for end in [line.left_center(), line.right_center()] {
        painter.circle_filled(end, 4.0, theme::DROP_TARGET);
    }
    Some(line)
}

/// The landing line of `slot`: just above the card it goes before, or below the cell's last
/// card (or at the top of an empty cell). The moving cards themselves do not count.
pub(super) fn insertion_line(
    map: &Map,
    layout: &MapLayout,
    slot: Slot,
    moving: &[CardId],
) -> Option<Rect> {
    let column = layout
        .stages
        .iter()
        .find(|stage| stage.id == slot.stage)?
        .column;
    let body = layout.lanes.iter().find(|lane| lane.id == slot.lane)?.body;
    // By index, not by id: a search by id for each of thousands of cards would be quadratic.
    let in_cell = |index: usize| {
        map.cards
            .get(index)
            .is_some_and(|card| card.lane == slot.lane && card.stage == slot.stage)
    };
    let cards: Vec<Rect> = layout
        .cards
        .iter()
        .filter(|card| !card.hidden && !moving.contains(&card.id) && in_cell(card.index))
        .map(|card| card.rect)
        .collect();
    let before = slot
        .before
        .and_then(|id| layout.cards.iter().find(|card| card.id == id))
        .map(|card| card.rect);
    let y = match (before, cards.last()) {
        (Some(before), _) => before.top() - theme::CARD_GAP / 2.0,
        (None, Some(last)) => last.bottom() + theme::CARD_GAP / 2.0,
        (None, None) => body.top() + theme::CELL_PADDING / 2.0,
    };
    let x = column.x_range().shrink(theme::CELL_PADDING);
    Some(Rect::from_x_y_ranges(x, y - 1.5..=y + 1.5))
}

/// The slot under `pos_in_map`: the card lane and stage it is in, before the first card (not
/// one of `moving`) whose middle is below it.
pub fn slot_at(map: &Map, layout: &MapLayout, pos_in_map: Pos2, moving: &[CardId]) -> Option<Slot> {
    let (_, lane) = layout
        .lanes
        .iter()
        .zip(&map.lanes)
        .find(|(geometry, _)| geometry.body.y_range().contains(pos_in_map.y))?;
    if !lane.holds_cards() || lane.collapsed {
        return None;
    }
    let stage = layout
        .stages
        .iter()
        .find(|stage| stage.column.x_range().contains(pos_in_map.x))?;
    let before = layout
        .cards
        .iter()
        .filter(|geometry| !moving.contains(&geometry.id))
        .filter(|geometry| {
            map.cards
                .get(geometry.index)
                .is_some_and(|card| card.lane == lane.id && card.stage == stage.id)
        })
        .find(|geometry| geometry.rect.center().y > pos_in_map.y)
        .map(|geometry| geometry.id);
    Some(Slot {
        lane: lane.id,
        stage: stage.id,
        before,
    })
}
