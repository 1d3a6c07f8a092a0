//! Stage headers and lane labels on the canvas: double-click renames in place, the context
//! menu (from the command table) adds, moves, resizes and deletes stages and lanes.

use egui::{Id, Rect, Role, Sense, Ui};

use super::Frame;
use super::gesture::GestureTracker;
use super::header_drag::{self, Header};
use crate::layout::TextStyle;
use crate::model::{LaneId, StageId};
use crate::theme;
use crate::ui::Action;
use crate::ui::commands::Focus;
use crate::ui::menus;

/// What is being renamed in place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RenameTarget {
    /// A stage header.
    Stage(StageId),
    /// A lane label.
    Lane(LaneId),
    /// A phase's segment of the band above the stage headers.
    Phase(crate::model::PhaseId),
}

/// What an in-place title editor looks like: the header, label or band it renames.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    /// White on the stage headers' dark fill.
    Stage,
    /// Dark on the lane labels' grey.
    Lane,
    /// Dark on the phase's tint.
    Phase(crate::model::PhaseColour),
}

/// Interactions of stage headers and lane labels: rename, context menu, drag to reorder, edges
/// to resize, fold buttons. Returns a rename to start, if any.
pub(super) fn headers_ui(
    ui: &Ui,
    frame: &Frame<'_>,
    gestures: &mut GestureTracker,
    actions: &mut Vec<Action>,
) -> Option<RenameTarget> {
    let (map, layout) = (frame.map, frame.layout);
    let mut rename = None;
    for (geometry, stage) in layout.stages.iter().zip(&map.stages) {
        let response = header_response(ui, geometry.header, ("stage", stage.id), &stage.title);
        if response.double_clicked() {
            rename = Some(RenameTarget::Stage(stage.id));
        }
        header_drag::reorder_ui(
            ui,
            &response,
            Header::Stage(stage.id),
            frame,
            gestures,
            actions,
        );
        let focus = Focus {
            stage: Some(stage.id),
            alone: true,
            ..Focus::default()
        };
        response.context_menu(|ui| {
            menus::context_menu_ui(ui, frame, focus, menus::STAGE_MENU, actions);
        });
    }
    for (geometry, lane) in layout.lanes.iter().zip(&map.lanes) {
        let response = header_response(ui, geometry.label, ("lane", lane.id), &lane.title);
        if response.double_clicked() {
            rename = Some(RenameTarget::Lane(lane.id));
        }
        header_drag::reorder_ui(
            ui,
            &response,
            Header::Lane(lane.id),
            frame,
            gestures,
            actions,
        );
        let focus = Focus {
            lane: Some(lane.id),
            ..Focus::default()
        };
        response.context_menu(|ui| {
            menus::context_menu_ui(ui, frame, focus, menus::LANE_MENU, actions);
        });
    }
    header_drag::edges_ui(ui, frame, gestures, actions);
    header_drag::fold_buttons_ui(ui, frame, gestures, actions);
    rename
}

fn header_response(
    ui: &Ui,
    rect: Rect,
    salt: (&str, impl std::hash::Hash + std::fmt::Debug),
    title: &str,
) -> egui::Response {
    let response = ui.interact(
        rect,
        Id::unique(("journeymap-header", salt)),
        Sense::click_and_drag(),
    );
    super::a11y::describe(ui, &response, Role::Button, || title.to_owned());
    response.on_hover_cursor(egui::CursorIcon::Grab)
}

/// How an in-place rename ended, if it did.
pub enum RenameEnd {
    /// Still typing.
    Typing,
    /// Keep this title.
    Done(String),
    /// Throw the typing away.
    Cancelled,
}

/// The in-place editor of a stage, lane or phase title, looking like what it renames: the
/// header's font and colours, over its text. Enter (without Shift) or clicking elsewhere keeps
/// the text, Esc throws it away. With `select_all` the whole text is selected as typing starts.
pub fn rename_ui(
    ui: &mut Ui,
    rect: Rect,
    text: &mut String,
    name: &str,
    look: Look,
    select_all: bool,
) -> RenameEnd {
    let (fill, color) = match look {
        Look::Stage => (theme::STAGE_HEADER, theme::TEXT_ON_DARK),
        Look::Lane => (theme::LANE_LABEL, theme::TEXT),
        Look::Phase(colour) => (theme::phase_tint(colour), theme::TEXT),
    };
    let response = ui.put(
        rect,
        egui::TextEdit::multiline(text)
            .font(crate::paint::font_id(TextStyle::Heading))
            .text_color(color)
            .background_color(fill)
            .frame(egui::Frame::NONE.fill(fill))
            .desired_rows(1)
            .return_key(None)
            .desired_width(rect.width()),
    );
    let response = response.accessible_name(name);
    super::a11y::place_on_screen(ui, &response);
    if !response.has_focus() && !response.lost_focus() {
        response.request_focus();
    }
    if select_all && let Some(mut state) = egui::TextEdit::load_state(ui.ctx(), response.id) {
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::select_all_str(text)));
        state.store(ui.ctx(), response.id);
    }
    let (enter, escape) = ui.input(|input| {
        (
            input.key_pressed(egui::Key::Enter) && !input.modifiers.shift,
            input.key_pressed(egui::Key::Escape),
        )
    });
    if escape {
        RenameEnd::Cancelled
    } else if enter || response.lost_focus() {
        RenameEnd::Done(text.trim().to_owned())
    } else {
        RenameEnd::Typing
    }
}
