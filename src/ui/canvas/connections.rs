//! Blueprint connections on the canvas: drag from a selected card's handle to another card to
//! connect them; click an arrow to select it.

use egui::{Id, Pos2, Rect, Role, Sense, Stroke, Ui};

use super::gesture::{GestureKey, GestureTracker, Outcome, Phase, Start};
use crate::edit::Edit;
use crate::layout::MapLayout;
use crate::model::{CardId, Connection};
use crate::theme;
use crate::ui::Action;

/// Radius of the connection handle under a selected card: 16 points across at 100 %, easy to
/// hit with a touchpad.
const HANDLE_RADIUS: f32 = 8.0;
/// The handle reacts this far around its circle.
const HANDLE_GRAB: f32 = 14.0;
/// How close to an arrow a click must be to select it.
const PICK_DISTANCE: f32 = 6.0;

/// Where the handle of a card with this box sits: the middle of its bottom edge.
pub fn handle_center(card: Rect) -> Pos2 {
    card.center_bottom()
}

/// Shows the handle of `card`; while it is dragged, draws a line to the pointer, lights up the
/// card under the pointer that the arrow would point to, and on release over it connects the
/// two.
pub(super) fn handle_ui(
    ui: &Ui,
    layout: &MapLayout,
    card: CardId,
    name: &str,
    gestures: &mut GestureTracker,
    actions: &mut Vec<Action>,
) {
    let Some(geometry) = layout.cards.iter().find(|geometry| geometry.id == card) else {
        return;
    };
    let center = handle_center(geometry.rect);
    let rect = Rect::from_center_size(center, egui::Vec2::splat(HANDLE_GRAB * 2.0));
    let response = ui.interact(rect, Id::unique(("journeymap-handle", card)), Sense::drag());
    super::a11y::describe(ui, &response, Role::Button, || name.to_owned());
    let painter = ui.painter();
    let hovered = response.hovered() || response.dragged();
    painter.circle(
        center,
        if hovered {
            HANDLE_RADIUS + 2.0
        } else {
            HANDLE_RADIUS
        },
        theme::SELECTION,
        Stroke::new(2.0, theme::TEXT_ON_DARK),
    );
    let key = GestureKey::Connect(card);
    let Some(phase) = gestures.drive(ui, &response, key, Start::OnDrag, actions) else {
        return;
    };
    if phase == Phase::Cancelled {
        return;
    }
    let Some(pointer) = super::pointer_in_map(ui) else {
        return;
    };
    let target = layout.card_at(pointer).filter(|target| target.id != card);
    if let Some(target) = target {
        painter.rect(
            target.rect.expand(3.0),
            theme::CORNER_RADIUS + 3.0,
            theme::DROP_TARGET_FILL,
            Stroke::new(3.0, theme::DROP_TARGET),
            egui::StrokeKind::Outside,
        );
    }
    painter.line_segment(
        [center, pointer],
        Stroke::new(theme::ARROW_WIDTH * 1.5, theme::SELECTION),
    );
    painter.circle_filled(pointer, 4.0, theme::SELECTION);
    if phase == Phase::Released {
        if let Some(target) = target {
            actions.push(Action::Edit(Box::new(Edit::Connect(Connection {
                from: card,
                to: target.id,
            }))));
        }
        gestures.finish(Outcome::Commit, actions);
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
