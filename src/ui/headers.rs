//! Stage headers and lane labels on the canvas: double-click renames in place, the context
//! menu adds, moves and deletes stages and lanes.

use egui::{Id, Rect, Role, Sense, Ui};

use super::Action;
use super::header_drag::{Header, HeaderDrags};
use crate::edit::Edit;
use crate::i18n::Texts;
use crate::layout::MapLayout;
use crate::model::{DividerLine, Lane, LaneId, LaneKind, Map, Stage, StageId, TextRole};

/// What is being renamed in place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RenameTarget {
    /// A card's title.
    Card(crate::model::CardId),
    /// A stage header.
    Stage(StageId),
    /// A lane label.
    Lane(LaneId),
}

/// Makes the kind of a new lane.
type NewLaneKind = fn() -> LaneKind;

/// The kinds of lane a user can add, with their message ids.
const NEW_LANES: [(&str, NewLaneKind); 8] = [
    ("lane-new-touchpoints", || LaneKind::Touchpoints),
    ("lane-new-actions", || LaneKind::Text(TextRole::Actions)),
    ("lane-new-thoughts", || LaneKind::Text(TextRole::Thoughts)),
    ("lane-new-pain-points", || {
        LaneKind::Text(TextRole::PainPoints)
    }),
    ("lane-new-opportunities", || {
        LaneKind::Text(TextRole::Opportunities)
    }),
    ("lane-new-notes", || LaneKind::Text(TextRole::Notes)),
    ("lane-new-emotions", || LaneKind::Emotion {
        scores: std::collections::BTreeMap::new(),
    }),
    ("lane-new-divider", || {
        LaneKind::Divider(DividerLine::Visibility)
    }),
];

/// Interactions of stage headers and lane labels: rename, context menu, drag to reorder, edges
/// to resize, fold buttons. Returns a rename to start, if any.
pub fn headers_ui(
    ui: &Ui,
    texts: &Texts,
    map: &Map,
    layout: &MapLayout,
    drags: &mut HeaderDrags,
    actions: &mut Vec<Action>,
) -> Option<RenameTarget> {
    let mut rename = None;
    for (index, (geometry, stage)) in layout.stages.iter().zip(&map.stages).enumerate() {
        let response = header_response(ui, geometry.header, ("stage", stage.id), &stage.title);
        if response.double_clicked() {
            rename = Some(RenameTarget::Stage(stage.id));
        }
        drags.reorder_ui(ui, &response, Header::Stage(stage.id), map, layout, actions);
        response.context_menu(|ui| stage_menu(ui, texts, map, index, stage, actions));
    }
    for (index, (geometry, lane)) in layout.lanes.iter().zip(&map.lanes).enumerate() {
        let response = header_response(ui, geometry.label, ("lane", lane.id), &lane.title);
        if response.double_clicked() {
            rename = Some(RenameTarget::Lane(lane.id));
        }
        drags.reorder_ui(ui, &response, Header::Lane(lane.id), map, layout, actions);
        response.context_menu(|ui| lane_menu(ui, texts, map, index, lane, actions));
    }
    drags.edges_ui(ui, texts, map, layout, actions);
    drags.fold_buttons_ui(ui, texts, map, layout, actions);
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

fn stage_menu(
    ui: &mut Ui,
    texts: &Texts,
    map: &Map,
    index: usize,
    stage: &Stage,
    actions: &mut Vec<Action>,
) {
    let new_stage = || Stage::new(map.next_stage_id(), texts.get("stage-new-title"));
    let mut push = |edit: Edit| actions.push(Action::Edit(Box::new(edit)));
    if ui.button(texts.get("stage-add-before")).clicked() {
        push(Edit::AddStage {
            stage: new_stage(),
            index,
        });
        ui.close();
    }
    if ui.button(texts.get("stage-add-after")).clicked() {
        push(Edit::AddStage {
            stage: new_stage(),
            index: index + 1,
        });
        ui.close();
    }
    if ui
        .add_enabled(index > 0, egui::Button::new(texts.get("stage-move-left")))
        .clicked()
    {
        push(Edit::MoveStage {
            id: stage.id,
            index: index - 1,
        });
        ui.close();
    }
    let last = map.stages.len().saturating_sub(1);
    if ui
        .add_enabled(
            index < last,
            egui::Button::new(texts.get("stage-move-right")),
        )
        .clicked()
    {
        push(Edit::MoveStage {
            id: stage.id,
            index: index + 1,
        });
        ui.close();
    }
    if ui
        .add_enabled(
            stage.width.is_some(),
            egui::Button::new(texts.get("stage-reset-width")),
        )
        .clicked()
    {
        push(Edit::ResizeStage {
            id: stage.id,
            width: None,
        });
        ui.close();
    }
    ui.separator();
    if ui.button(texts.get("stage-delete")).clicked() {
        push(Edit::DeleteStage(stage.id));
        ui.close();
    }
}

fn lane_menu(
    ui: &mut Ui,
    texts: &Texts,
    map: &Map,
    index: usize,
    lane: &Lane,
    actions: &mut Vec<Action>,
) {
    let mut push = |edit: Edit| actions.push(Action::Edit(Box::new(edit)));
    ui.menu_button(texts.get("lane-add-below"), |ui| {
        for (id, kind) in NEW_LANES {
            if ui.button(texts.get(id)).clicked() {
                let lane = Lane::new(map.next_lane_id(), texts.get(id), kind());
                push(Edit::AddLane {
                    lane,
                    index: index + 1,
                });
                ui.close();
            }
        }
    });
    if ui
        .add_enabled(index > 0, egui::Button::new(texts.get("lane-move-up")))
        .clicked()
    {
        push(Edit::MoveLane {
            id: lane.id,
            index: index - 1,
        });
        ui.close();
    }
    let last = map.lanes.len().saturating_sub(1);
    if ui
        .add_enabled(index < last, egui::Button::new(texts.get("lane-move-down")))
        .clicked()
    {
        push(Edit::MoveLane {
            id: lane.id,
            index: index + 1,
        });
        ui.close();
    }
    if !matches!(lane.kind, LaneKind::Divider(_)) {
        let fold = if lane.collapsed {
            "lane-expand"
        } else {
            "lane-collapse"
        };
        if ui.button(texts.get(fold)).clicked() {
            push(Edit::CollapseLane {
                id: lane.id,
                collapsed: !lane.collapsed,
            });
            ui.close();
        }
        if ui
            .add_enabled(
                lane.height.is_some(),
                egui::Button::new(texts.get("lane-reset-height")),
            )
            .clicked()
        {
            push(Edit::ResizeLane {
                id: lane.id,
                height: None,
            });
            ui.close();
        }
    }
    ui.separator();
    if ui.button(texts.get("lane-delete")).clicked() {
        push(Edit::DeleteLane(lane.id));
        ui.close();
    }
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

/// The in-place editor of a title: Enter (without Shift) or clicking elsewhere keeps the text,
/// Esc throws it away.
pub fn rename_ui(ui: &mut Ui, rect: Rect, text: &mut String, name: &str) -> RenameEnd {
    let response = ui.put(
        rect,
        egui::TextEdit::multiline(text)
            .desired_rows(1)
            .return_key(None)
            .desired_width(rect.width()),
    );
    let response = response.accessible_name(name);
    super::a11y::place_on_screen(ui, &response);
    if !response.has_focus() && !response.lost_focus() {
        response.request_focus();
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
