//! Accessibility of the canvas's widgets.
//!
//! egui reports a widget's bounds in its layer's coordinates. The canvas's layer is the map,
//! which the scene moves and scales, so without help a screen reader or magnifier would be told
//! that a card sits where it sits on the *map*: at zoom 40 % that is a different place on
//! screen. Each canvas widget is therefore described here, with its bounds put on screen.

use egui::{Response, Role, Ui, WidgetInfo};

/// Names the widget (`role`, `label`) and gives its bounds on screen. `label` is only called
/// when assistive technology is listening: the canvas describes every header and card each
/// frame, and formatting their names for nobody would be wasted.
pub fn describe(ui: &Ui, response: &Response, role: Role, label: impl Fn() -> String) {
    response.widget_info(|| WidgetInfo::labeled(role, true, label()));
    place_on_screen(ui, response);
}

/// Gives the widget's accessibility bounds in screen coordinates.
pub fn place_on_screen(ui: &Ui, response: &Response) {
    let Some(to_screen) = ui.ctx().layer_transform_to_global(ui.layer_id()) else {
        return;
    };
    let rect = to_screen * response.rect;
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_bounds(egui::accesskit::Rect {
            x0: rect.min.x.into(),
            y0: rect.min.y.into(),
            x1: rect.max.x.into(),
            y1: rect.max.y.into(),
        });
    });
}
