//! Direct manipulation of the grid: drag a stage header or lane label to reorder, drag a
//! column's or row's edge to resize it, and fold a lane with the button on its label.
//!
//! Reordering shows where the header will land and moves it once, on release: the layout stays
//! still under the pointer while the user aims, even when columns differ in width. Resizing is
//! live, inside the gesture's undo group, so the cards reflow as the edge moves and the whole
//! drag is one undo step. Esc cancels either. The gesture tracker runs both.

use egui::{CursorIcon, Id, Pos2, Rangef, Rect, Response, Role, Sense, Stroke, Ui};
use egui_material_icons::icons::{ICON_CHEVRON_RIGHT, ICON_EXPAND_MORE};

use super::Frame;
use super::gesture::{GestureKey, GestureTracker, Outcome, Phase, Start};
use crate::edit::Edit;
use crate::layout::MapLayout;
use crate::model::{LANE_HEIGHTS, LaneId, LaneKind, Map, STAGE_WIDTHS, StageId};
use crate::theme;
use crate::ui::Action;

/// Half the thickness of the strip along an edge that grabs it.
const EDGE_GRAB: f32 = 4.0;
/// Side of a lane's fold button.
const FOLD_BUTTON: f32 = 22.0;

/// A stage or lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Header {
    /// A column.
    Stage(StageId),
    /// A row.
    Lane(LaneId),
}

/// Starts, follows and ends a reorder drag on a header's response: a bar shows where the
/// header will land, and it moves there on release, as one undo step.
pub(super) fn reorder_ui(
    ui: &Ui,
    response: &Response,
    header: Header,
    frame: &Frame<'_>,
    gestures: &mut GestureTracker,
    actions: &mut Vec<Action>,
) {
    let key = GestureKey::Reorder(header);
    let Some(phase) = gestures.drive(ui, response, key, Start::OnDrag, actions) else {
        return;
    };
    if phase == Phase::Cancelled {
        return;
    }
    let (map, layout) = (frame.map, frame.layout);
    let pointer = super::pointer_in_map(ui);
    let target = pointer.and_then(|pointer| Target::find(header, pointer, map, layout));
    ui.ctx().set_cursor_icon(CursorIcon::Grabbing);
    if let Some(target) = &target {
        target.paint(ui, response.rect);
    }
    if phase == Phase::Released {
        if let Some(target) = target
            && target.index != target.from
        {
            let edit = match header {
                Header::Stage(id) => Edit::MoveStage {
                    id,
                    index: target.index,
                },
                Header::Lane(id) => Edit::MoveLane {
                    id,
                    index: target.index,
                },
            };
            actions.push(Action::Edit(Box::new(edit)));
        }
        gestures.finish(Outcome::Commit, actions);
    }
}

/// The grab strips on the right edge of every stage header and the bottom edge of every lane
/// label. Registered after the headers so they win where they overlap.
pub(super) fn edges_ui(
    ui: &Ui,
    frame: &Frame<'_>,
    gestures: &mut GestureTracker,
    actions: &mut Vec<Action>,
) {
    let (map, layout, texts) = (frame.map, frame.layout, frame.texts);
    for (stage, geometry) in map.stages.iter().zip(&layout.stages) {
        let strip = Rect::from_x_y_ranges(
            Rangef::new(
                geometry.header.right() - EDGE_GRAB,
                geometry.header.right() + EDGE_GRAB,
            ),
            geometry.header.y_range(),
        );
        let name = || {
            texts.get_with(
                "canvas-stage-width",
                &[("stage", stage.title.as_str().into())],
            )
        };
        let response = edge_response(ui, strip, Header::Stage(stage.id), name)
            .on_hover_cursor(CursorIcon::ResizeHorizontal);
        resize_ui(
            ui,
            &response,
            Header::Stage(stage.id),
            frame,
            gestures,
            actions,
        );
    }
    for (lane, geometry) in map.lanes.iter().zip(&layout.lanes) {
        if lane.collapsed || matches!(lane.kind, LaneKind::Divider(_)) {
            continue;
        }
        let strip = Rect::from_x_y_ranges(
            geometry.label.x_range(),
            Rangef::new(
                geometry.rect.bottom() - EDGE_GRAB,
                geometry.rect.bottom() + EDGE_GRAB,
            ),
        );
        let name = || {
            texts.get_with(
                "canvas-lane-height",
                &[("lane", lane.title.as_str().into())],
            )
        };
        let response = edge_response(ui, strip, Header::Lane(lane.id), name)
            .on_hover_cursor(CursorIcon::ResizeVertical);
        resize_ui(
            ui,
            &response,
            Header::Lane(lane.id),
            frame,
            gestures,
            actions,
        );
    }
}

/// One edge: a drag resizes live inside the gesture's undo group; a double-click returns to
/// the automatic size.
fn resize_ui(
    ui: &Ui,
    response: &Response,
    header: Header,
    frame: &Frame<'_>,
    gestures: &mut GestureTracker,
    actions: &mut Vec<Action>,
) {
    if response.double_clicked() {
        actions.push(Action::Edit(Box::new(resize_edit(header, None))));
        return;
    }
    let key = GestureKey::Resize(header);
    let Some(phase) = gestures.drive(ui, response, key, Start::OnDrag, actions) else {
        return;
    };
    if phase == Phase::Cancelled {
        return;
    }
    let (map, layout) = (frame.map, frame.layout);
    if let Some(pointer) = super::pointer_in_map(ui) {
        let size = match header {
            Header::Stage(id) => layout
                .stages
                .iter()
                .find(|stage| stage.id == id)
                .map(|stage| {
                    (pointer.x - stage.header.left())
                        .clamp(*STAGE_WIDTHS.start(), *STAGE_WIDTHS.end())
                }),
            Header::Lane(id) => layout.lanes.iter().find(|lane| lane.id == id).map(|lane| {
                (pointer.y - lane.rect.top()).clamp(*LANE_HEIGHTS.start(), *LANE_HEIGHTS.end())
            }),
        };
        let current = match header {
            Header::Stage(id) => map.stage(id).and_then(|stage| stage.width),
            Header::Lane(id) => map.lane(id).and_then(|lane| lane.height),
        };
        if let Some(size) = size.map(f32::round)
            && current != Some(size)
        {
            actions.push(Action::Edit(Box::new(resize_edit(header, Some(size)))));
        }
    }
    if phase == Phase::Released {
        gestures.finish(Outcome::Commit, actions);
    }
}

/// The fold button at the top right of every lane label but dividers'. It shows while the
/// label is hovered, and always on a collapsed lane, whose only way back it is besides the
/// menu.
pub(super) fn fold_buttons_ui(
    ui: &Ui,
    frame: &Frame<'_>,
    gestures: &GestureTracker,
    actions: &mut Vec<Action>,
) {
    if gestures.is_busy() {
        return;
    }
    let (map, layout, texts) = (frame.map, frame.layout, frame.texts);
    let pointer = super::pointer_in_map(ui);
    for (lane, geometry) in map.lanes.iter().zip(&layout.lanes) {
        if matches!(lane.kind, LaneKind::Divider(_)) {
            continue;
        }
        let button = fold_button_rect(geometry.label);
        let (message, icon) = if lane.collapsed {
            ("canvas-lane-expand", ICON_CHEVRON_RIGHT)
        } else {
            ("canvas-lane-collapse", ICON_EXPAND_MORE)
        };
        let name = || texts.get_with(message, &[("lane", lane.title.as_str().into())]);
        let response = ui.interact(
            button,
            Id::unique(("journeymap-fold", lane.id)),
            Sense::click(),
        );
        super::a11y::describe(ui, &response, Role::Button, name);
        let label_hovered = pointer.is_some_and(|pos| geometry.label.contains(pos));
        if lane.collapsed || label_hovered {
            let color = if response.hovered() {
                theme::SELECTION
            } else {
                theme::TEXT_MUTED
            };
            ui.painter().text(
                button.center(),
                egui::Align2::CENTER_CENTER,
                icon.codepoint,
                egui::FontId::new(FOLD_BUTTON - 4.0, icon.font_family()),
                color,
            );
        }
        if response.clicked() {
            actions.push(Action::Edit(Box::new(Edit::CollapseLane {
                id: lane.id,
                collapsed: !lane.collapsed,
            })));
        }
    }
}

/// Where a lane label's fold button sits: its top right corner.
pub fn fold_button_rect(label: Rect) -> Rect {
    Rect::from_min_size(
        Pos2::new(label.right() - FOLD_BUTTON - 4.0, label.top() + 4.0),
        egui::vec2(FOLD_BUTTON, FOLD_BUTTON),
    )
}

fn edge_response(ui: &Ui, strip: Rect, header: Header, name: impl Fn() -> String) -> Response {
    let id = match header {
        Header::Stage(id) => Id::unique(("journeymap-stage-edge", id)),
        Header::Lane(id) => Id::unique(("journeymap-lane-edge", id)),
    };
    let response = ui.interact(strip, id, Sense::click_and_drag());
    super::a11y::describe(ui, &response, Role::Splitter, name);
    response
}

fn resize_edit(header: Header, size: Option<f32>) -> Edit {
    match header {
        Header::Stage(id) => Edit::ResizeStage { id, width: size },
        Header::Lane(id) => Edit::ResizeLane { id, height: size },
    }
}

/// Where a dragged header would go.
struct Target {
    /// Its position now.
    from: usize,
    /// Its position after the move, as [`Edit::MoveStage`] and [`Edit::MoveLane`] count.
    index: usize,
    /// The gap between headers it would go into, drawn as a bar.
    bar: Rect,
}

impl Target {
    /// The gap nearest the pointer, among the headers of the dragged one's kind.
    fn find(header: Header, pointer: Pos2, map: &Map, layout: &MapLayout) -> Option<Self> {
        let (from, spans, along): (usize, Vec<Rangef>, f32) = match header {
            Header::Stage(id) => (
                map.stages.iter().position(|stage| stage.id == id)?,
                layout
                    .stages
                    .iter()
                    .map(|stage| stage.header.x_range())
                    .collect(),
                pointer.x,
            ),
            Header::Lane(id) => (
                map.lanes.iter().position(|lane| lane.id == id)?,
                layout
                    .lanes
                    .iter()
                    .map(|lane| lane.rect.y_range())
                    .collect(),
                pointer.y,
            ),
        };
        // The gap before the first header whose middle is past the pointer.
        let gap = spans.iter().filter(|span| span.center() < along).count();
        let index = if gap > from { gap - 1 } else { gap };
        let edge = match (spans.get(gap), spans.last()) {
            (Some(next), _) => next.min,
            (None, Some(last)) => last.max,
            (None, None) => return None,
        };
        let bar = match header {
            Header::Stage(_) => {
                let column = layout.stages.first()?;
                let bottom = layout
                    .lanes
                    .last()
                    .map_or(column.column.bottom(), |lane| lane.rect.bottom());
                Rect::from_x_y_ranges(
                    Rangef::new(edge - 2.0, edge + 2.0),
                    Rangef::new(column.header.top(), bottom),
                )
            }
            Header::Lane(_) => {
                let lane = layout.lanes.first()?;
                Rect::from_x_y_ranges(lane.rect.x_range(), Rangef::new(edge - 2.0, edge + 2.0))
            }
        };
        Some(Self { from, index, bar })
    }

    /// The bar at the gap, and an outline on the header being moved.
    fn paint(&self, ui: &Ui, dragged: Rect) {
        ui.painter().rect_stroke(
            dragged,
            theme::CORNER_RADIUS,
            Stroke::new(2.5, theme::SELECTION),
            egui::StrokeKind::Inside,
        );
        ui.painter().rect_filled(self.bar, 2.0, theme::DROP_TARGET);
    }
}
