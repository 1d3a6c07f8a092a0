//! Blueprint connections on the canvas: drag from a selected card's handle to another card to
//! connect them; click an arrow to select it.

use egui::{Id, Pos2, Rect, Role, Sense, Stroke, Ui};

use super::Action;
use crate::edit::Edit;
use crate::layout::MapLayout;
use crate::model::{CardId, Connection};
use crate::theme;

/// Radius of the connection handle under a selected card.
const HANDLE_RADIUS: f32 = 7.0;
/// How close to an arrow a click must be to select it.
const PICK_DISTANCE: f32 = 6.0;

/// Where the handle of a card with this box sits: the middle of its bottom edge.
pub fn handle_center(card: Rect) -> Pos2 {
    card.center_bottom()
}

/// Shows the handle of `card`; while it is dragged, draws a line to the pointer and, on
/// release over another card, connects the two. `pointer_in_map` is the pointer in map
/// coordinates.
pub fn handle_ui(
    ui: &Ui,
    layout: &MapLayout,
    card: CardId,
    pointer_in_map: Option<Pos2>,
    name: &str,
    actions: &mut Vec<Action>,
) {
    let Some(geometry) = layout.cards.iter().find(|geometry| geometry.id == card) else {
        return;
    };
    let center = handle_center(geometry.rect);
    let rect = Rect::from_center_size(center, egui::Vec2::splat(HANDLE_RADIUS * 3.0));
    let response = ui.interact(rect, Id::unique(("journeymap-handle", card)), Sense::drag());
    super::a11y::describe(ui, &response, Role::Button, || name.to_owned());
    let painter = ui.painter();
    painter.circle(
        center,
        HANDLE_RADIUS,
        theme::SELECTION,
        Stroke::new(2.0, theme::TEXT_ON_DARK),
    );
    if !(response.dragged() || response.drag_stopped()) {
        return;
    }
    let Some(pointer) = pointer_in_map else {
        return;
    };
    painter.line_segment(
        [center, pointer],
        Stroke::new(theme::ARROW_WIDTH, theme::SELECTION),
    );
    if response.drag_stopped()
        && let Some(target) = layout.card_at(pointer)
        && target.id != card
    {
        actions.push(Action::Edit(Box::new(Edit::Connect(Connection {
            from: card,
            to: target.id,
        }))));
    }
}

/// The arrow nearest to `pos_in_map`, if one is within picking distance.
pub fn arrow_at(layout: &MapLayout, pos_in_map: Pos2) -> Option<Connection> {
    layout
        .arrows
        .iter()
        .filter_map(|arrow| {
            let distance = arrow
                .points
                .windows(2)
                .map(|pair| distance_to_segment(pos_in_map, pair[0], pair[1]))
                .fold(f32::INFINITY, f32::min);
            (distance <= PICK_DISTANCE).then_some((distance, arrow))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, arrow)| Connection {
            from: arrow.from,
            to: arrow.to,
        })
}

/// Draws the selected arrow wider, in the selection colour.
pub fn paint_selected_arrow(ui: &Ui, layout: &MapLayout, connection: &Connection) {
    if let Some(arrow) = layout
        .arrows
        .iter()
        .find(|arrow| arrow.from == connection.from && arrow.to == connection.to)
    {
        ui.painter().add(egui::Shape::line(
            arrow.points.clone(),
            Stroke::new(theme::ARROW_WIDTH * 2.5, theme::SELECTION),
        ));
    }
}

fn distance_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let length_sq = ab.length_sq();
    if length_sq <= f32::EPSILON {
        return p.distance(a);
    }
    let t = ((p - a).dot(ab) / length_sq).clamp(0.0, 1.0);
    p.distance(a + ab * t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    #[test]
    fn distance_to_a_segment_is_to_its_nearest_point() {
        let (a, b) = (pos2(0.0, 0.0), pos2(10.0, 0.0));
        assert!((distance_to_segment(pos2(5.0, 3.0), a, b) - 3.0).abs() < 1e-5);
        assert!((distance_to_segment(pos2(-4.0, 3.0), a, b) - 5.0).abs() < 1e-5);
        assert!((distance_to_segment(pos2(1.0, 1.0), a, a) - 2f32.sqrt()).abs() < 1e-5);
    }
}
