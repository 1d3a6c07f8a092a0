//! Emotion lanes on the canvas: pressing or dragging in a stage's cell sets that stage's score
//! to the height of the pointer (the curve follows live, the whole drag is one undo step) and
//! selects the point; Delete or the point's menu clears it again. On a map of several personas
//! the curve scored is the chosen persona's; a click on a name in the lane's key chooses it.

use egui::{Id, Rect, Role, Sense, Stroke, Ui, WidgetInfo};

use super::gesture::{GestureKey, Outcome, Phase, Start};
use super::{Canvas, Frame, pointer_in_map};
use crate::edit::Edit;
use crate::layout::curve;
use crate::model::{LaneId, LaneKind, Map, PersonaId, StageId};
use crate::theme;
use crate::ui::Action;
use crate::ui::commands::Focus;
use crate::ui::menus;

/// Whether `stage` has a score on the curve of `persona` in the emotion lane `lane`.
pub(super) fn is_scored(map: &Map, lane: LaneId, persona: PersonaId, stage: StageId) -> bool {
    map.lane(lane)
        .is_some_and(|lane| !lane.collapsed && lane.kind.score(persona, stage).is_some())
}

pub(super) fn emotion_ui(
    canvas: &mut Canvas,
    ui: &Ui,
    frame: &Frame<'_>,
    actions: &mut Vec<Action>,
) {
    let (map, layout) = (frame.map, frame.layout);
    let persona = canvas.persona(map);
    let empty = std::collections::BTreeMap::new();
    for (geometry, lane) in layout.lanes.iter().zip(&map.lanes) {
        if !matches!(lane.kind, LaneKind::Emotion { .. }) || lane.collapsed {
            continue;
        }
        let scores = lane.kind.scores_of(persona).unwrap_or(&empty);
        for (stage_geometry, stage) in layout.stages.iter().zip(&map.stages) {
            let cell =
                Rect::from_x_y_ranges(stage_geometry.column.x_range(), geometry.body.y_range());
            let id = Id::unique(("journeymap-emotion", lane.id, stage.id));
            let response = ui.interact(cell, id, Sense::click_and_drag());
            response.widget_info(|| {
                let name = frame
                    .texts
                    .get_with("canvas-emotion", &[("stage", stage.title.clone().into())]);
                let mut info = WidgetInfo::labeled(Role::Slider, true, name);
                info.value = scores.get(&stage.id).map(|&score| f64::from(score));
                info
            });
            super::a11y::place_on_screen(ui, &response);
            let focus = Focus {
                card: None,
                lane: Some(lane.id),
                stage: Some(stage.id),
                alone: false,
            };
            if response.secondary_clicked() && scores.contains_key(&stage.id) {
                canvas.select([]);
                canvas.selected_score = Some((lane.id, stage.id));
            }
            response.context_menu(|ui| {
                menus::context_menu_ui(ui, frame, focus, menus::EMOTION_MENU, actions);
            });
            let key = GestureKey::Emotion(lane.id, stage.id);
            let Some(phase) = canvas
                .gestures
                .drive(ui, &response, key, Start::OnPress, actions)
            else {
                continue;
            };
            if phase == Phase::Started {
                canvas.select([]);
                canvas.selected_score = Some((lane.id, stage.id));
            }
            if matches!(phase, Phase::Started | Phase::Moving | Phase::Released)
                && let Some(pointer) = pointer_in_map(ui)
            {
                let score = curve::score_at(geometry.body, pointer.y);
                if scores.get(&stage.id) != Some(&score) {
                    actions.push(Action::Edit(Box::new(Edit::SetEmotion {
                        lane: lane.id,
                        persona,
                        stage: stage.id,
                        score: Some(score),
                    })));
                }
            }
            if phase == Phase::Released {
                canvas.gestures.finish(Outcome::Commit, actions);
            }
        }
    }
    paint_selected_point(canvas, ui, frame, persona);
}

/// The keys of a map of several personas: a click on a persona's name makes the emotion lanes
/// score its curve. The chosen one is marked, on screen only (the picture shows no choice).
/// Runs after the lane labels' own interactions, so a click on a name reaches the key rather
/// than the label under it.
pub(super) fn persona_key_ui(canvas: &mut Canvas, ui: &Ui, frame: &Frame<'_>) {
    let persona = canvas.persona(frame.map);
    for key in &frame.layout.persona_keys {
        for entry in &key.entries {
            let id = Id::unique(("journeymap-persona-key", key.lane, entry.persona));
            let response = ui
                .interact(entry.rect, id, Sense::click())
                .on_hover_text(frame.texts.get("persona-key-hint"));
            let chosen = entry.persona == persona;
            response.widget_info(|| {
                let label = frame.texts.get_with(
                    "persona-key-entry",
                    &[("name", entry.label.text.clone().into())],
                );
                WidgetInfo::selected(Role::RadioButton, true, chosen, label)
            });
            super::a11y::place_on_screen(ui, &response);
            if response.clicked() {
                canvas.score_persona(entry.persona);
                canvas.selected_score = None;
            }
            if chosen || response.hovered() {
                let stroke = if chosen {
                    Stroke::new(2.0, theme::SELECTION)
                } else {
                    Stroke::new(1.0, theme::HINT)
                };
                ui.painter().rect_stroke(
                    entry.rect.expand(2.0),
                    3.0,
                    stroke,
                    egui::StrokeKind::Outside,
                );
            }
        }
    }
}

/// A ring around the selected emotion point.
fn paint_selected_point(canvas: &Canvas, ui: &Ui, frame: &Frame<'_>, persona: PersonaId) {
    let Some((lane, stage)) = canvas.selected_score else {
        return;
    };
    let point = frame
        .layout
        .curves
        .iter()
        .filter(|curve| curve.lane == lane && curve.persona == persona)
        .flat_map(|curve| &curve.points)
        .find(|point| point.stage == stage);
    if let Some(point) = point {
        ui.painter().circle_stroke(
            point.pos,
            theme::EMOTION_MARKER_RADIUS + 4.0,
            Stroke::new(2.5, theme::SELECTION),
        );
    }
}
