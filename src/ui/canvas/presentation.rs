//! Presenting the map to the room, one stage at a time: the stage being discussed is framed in
//! the middle of the screen and the others are dimmed; the arrow keys step on and back. The
//! view the user had while editing is kept aside and comes back when the presentation ends.

use egui::{Painter, Rect, Stroke};

use super::view::View;
use crate::layout::MapLayout;
use crate::model::{Map, StageId};
use crate::theme;

/// A presentation under way.
#[derive(Clone, Debug)]
pub(super) struct Presentation {
    stage: StageId,
    /// The canvas the current stage was placed for; placed once per step (so the presenter can
    /// still scroll to a lane further down), and again when the canvas changes (the window goes
    /// full screen and its text grows a frame or two after the presentation starts).
    placed_for: Option<Rect>,
    /// The editing view, back when the presentation ends.
    saved: View,
}

impl Presentation {
    /// A presentation starting at `stage`.
    pub(super) fn new(stage: StageId, saved: View) -> Self {
        Self {
            stage,
            placed_for: None,
            saved,
        }
    }

    /// The stage being presented.
    pub(super) fn stage(&self) -> StageId {
        self.stage
    }

    /// Moves `step` stages on (negative: back), staying within the map; 0 finds a stage again
    /// after the current one was deleted.
    pub(super) fn step(&mut self, map: &Map, step: isize) {
        let index = map
            .stages
            .iter()
            .position(|stage| stage.id == self.stage)
            .map_or(0, |index| index as isize + step);
        let last = map.stages.len().saturating_sub(1) as isize;
        if let Some(stage) = map.stages.get(index.clamp(0, last) as usize) {
            if stage.id != self.stage {
                self.placed_for = None;
            }
            self.stage = stage.id;
        }
    }

    /// The editing view, to put back.
    pub(super) fn into_saved_view(self) -> View {
        self.saved
    }

    /// Frames the current stage once per step: its column from the header down, at a zoom that
    /// fills the screen's height with it (at most 100 %; the window is zoomed for the room),
    /// with the stage in the middle of the screen.
    pub(super) fn place(&mut self, view: &mut View, map: &Map, layout: &MapLayout) {
        if self.placed_for == Some(view.canvas()) {
            return;
        }
        let Some(index) = map.stages.iter().position(|stage| stage.id == self.stage) else {
            return;
        };
        let Some(geometry) = layout.stages.get(index) else {
            return;
        };
        let column = geometry.header.union(geometry.column);
        let canvas = view.canvas();
        if !canvas.is_positive() {
            return;
        }
        let zoom = (canvas.height() / (column.height() + 2.0 * theme::MARGIN))
            .clamp(super::view::OPENING_MIN_ZOOM, 1.0);
        // Show the top of the column when it is taller than the screen.
        let shown_height = canvas.height() / zoom;
        let focus = Rect::from_center_size(
            egui::pos2(
                column.center().x,
                (column.top() - theme::MARGIN + shown_height / 2.0).min(column.center().y),
            ),
            egui::vec2(column.width(), shown_height.min(column.height())),
        );
        view.center_on(focus, zoom);
        self.placed_for = Some(canvas);
    }

    /// Dims every stage but the current one and frames the current one.
    pub(super) fn paint(&self, painter: &Painter, layout: &MapLayout, visible: Rect) {
        let top = layout
            .stages
            .first()
            .map_or(0.0, |stage| stage.header.top());
        let bottom = layout.lanes.last().map_or(top, |lane| lane.rect.bottom());
        for geometry in &layout.stages {
            let column = Rect::from_x_y_ranges(geometry.column.x_range(), top..=bottom);
            if !visible.intersects(column) {
                continue;
            }
            if geometry.id == self.stage {
                painter.rect_stroke(
                    column.expand(3.0),
                    theme::CORNER_RADIUS,
                    Stroke::new(4.0, theme::SELECTION),
                    egui::StrokeKind::Outside,
                );
            } else {
                painter.rect_filled(column, 0.0, theme::PRESENTATION_VEIL);
            }
        }
    }
}
