//! Cards on the canvas: click to select (Shift/Ctrl to add), double-click to type into, drag to
//! move (the whole selection, live, as one undo step), right-click for the card's commands.

use egui::{Rect, Role, Sense, Ui};

use super::gesture::{GestureKey, Outcome, Phase, Start};
use super::{Canvas, Frame, drop, pointer_in_map};
use crate::edit::Edit;
use crate::model::{CardId, Map};
use crate::ui::Action;
use crate::ui::commands::Focus;
use crate::ui::menus;

/// Card clicks, double-clicks, context menus and drags; returns whether a card was clicked.
pub(super) fn cards_ui(
    canvas: &mut Canvas,
    ui: &Ui,
    frame: &Frame<'_>,
    visible: Rect,
    actions: &mut Vec<Action>,
) -> bool {
    let (map, layout) = (frame.map, frame.layout);
    let mut clicked = None;
    let mut released = false;
    for geometry in &layout.cards {
        let is_dragged = canvas.moving.contains(&geometry.id);
        if geometry.hidden || (!is_dragged && !visible.intersects(geometry.rect)) {
            continue;
        }
        let Some(card) = map.cards.get(geometry.index) else {
            continue;
        };
        let response = ui.interact(geometry.rect, card_id(geometry.id), Sense::click_and_drag());
        super::a11y::describe(ui, &response, Role::Button, || {
            let title = if card.title.trim().is_empty() {
                frame.texts.get("canvas-card-empty")
            } else {
                card.title.clone()
            };
            // The badge's count, for those who cannot see it: "Title · 5 dots".
            if geometry.dots > 0 {
                let dots = frame
                    .texts
                    .get_with("room-card-dots", &[("count", geometry.dots.into())]);
                format!("{title} · {dots}")
            } else {
                title
            }
        });
        if canvas.editing() == Some(geometry.id) {
            continue;
        }
        if response.clicked() {
            clicked = Some(geometry.id);
        }
        if response.double_clicked() {
            canvas.edit_card(map, geometry.id, actions);
        }
        if response.secondary_clicked() && !canvas.selection.contains(geometry.id) {
            canvas.select([geometry.id]);
        }
        let focus = Focus {
            card: Some(card.id),
            lane: Some(card.lane),
            stage: Some(card.stage),
            alone: false,
        };
        response.context_menu(|ui| {
            menus::context_menu_ui(ui, frame, focus, menus::CARD_MENU, actions);
        });
        let key = GestureKey::Card(geometry.id);
        match canvas
            .gestures
            .drive(ui, &response, key, Start::OnDrag, actions)
        {
            Some(Phase::Started) => {
                // Dragging a selected card drags the whole selection, in document order.
                canvas.moving = if canvas.selection.contains(geometry.id) {
                    map.cards
                        .iter()
                        .filter(|card| canvas.selection.contains(card.id))
                        .map(|card| card.id)
                        .collect()
                } else {
                    canvas.select([geometry.id]);
                    vec![geometry.id]
                };
            }
            Some(Phase::Released) => released = true,
            Some(Phase::Cancelled) => canvas.moving.clear(),
            Some(Phase::Moving) | None => {}
        }
    }
    if let Some(id) = clicked {
        let toggle = ui.input(|input| input.modifiers.shift || input.modifiers.command);
        if !toggle {
            canvas.select([id]);
        } else if !canvas.selection.remove(id) {
            canvas.selection.insert(id);
        }
    }
    follow_drag(canvas, ui, frame, released, actions);
    clicked.is_some()
}

/// Moves the dragged cards to the slot under the pointer, live, and ends the drag on release.
fn follow_drag(
    canvas: &mut Canvas,
    ui: &Ui,
    frame: &Frame<'_>,
    released: bool,
    actions: &mut Vec<Action>,
) {
    if !matches!(canvas.gestures.current(), Some(GestureKey::Card(_))) {
        return;
    }
    let (map, layout) = (frame.map, frame.layout);
    let target = pointer_in_map(ui).and_then(|pos| drop::slot_at(map, layout, pos, &canvas.moving));
    if let Some(slot) = target {
        if !is_already_at(map, &canvas.moving, slot) {
            actions.push(Action::Edit(Box::new(Edit::MoveCards {
                ids: canvas.moving.clone(),
                slot,
            })));
        }
        drop::paint_insertion(ui, map, layout, slot, &canvas.moving);
    }
    if released {
        // Dropped outside every card lane: the cards go back.
        let outcome = if target.is_some() {
            Outcome::Commit
        } else {
            Outcome::Cancel
        };
        canvas.gestures.finish(outcome, actions);
        canvas.moving.clear();
    }
}

/// The interaction id of a card, stable while it moves.
fn card_id(id: CardId) -> egui::Id {
    egui::Id::unique(("journeymap-card", id))
}

/// Whether the cards already sit exactly where `slot` would put them.
fn is_already_at(map: &Map, cards: &[CardId], slot: crate::edit::Slot) -> bool {
    let cell: Vec<CardId> = map
        .cards_in(slot.lane, slot.stage)
        .map(|card| card.id)
        .collect();
    let Some(first) = cell.iter().position(|id| cards.contains(id)) else {
        return false;
    };
    let after_moving = cell
        .iter()
        .skip(first)
        .find(|id| !cards.contains(id))
        .copied();
    cell.iter()
        .skip(first)
        .take(cards.len())
        .all(|id| cards.contains(id))
        && after_moving == slot.before
}
