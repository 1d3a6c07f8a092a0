//! The priority matrix in the panel: the shared painter at the panel's width, the name of the
//! touchpoint under the pointer, a click selects its card on the map; below, the touchpoints
//! still to be rated, each a link to its card.

use egui::{RichText, Sense, Ui, vec2};

use super::PanelOutput;
use crate::analysis::PriorityMatrix;
use crate::i18n::Texts;
use crate::model::{CardId, Map};
use crate::paint::matrix::{DOT_RADIUS, MatrixStyle, dot_positions, matrix_height, paint_matrix};

pub(super) fn matrix_ui(
    ui: &mut Ui,
    texts: &Texts,
    map: &Map,
    matrix: &PriorityMatrix,
    selected: Option<CardId>,
    output: &mut PanelOutput,
) {
    let width = ui.available_width().clamp(200.0, 640.0);
    let (rect, response) =
        ui.allocate_exact_size(vec2(width, matrix_height(width)), Sense::click());
    let pointer = response.hover_pos();
    let placed = dot_positions(rect, matrix);
    let hovered = pointer.and_then(|pointer| {
        placed
            .iter()
            .filter(|(_, at)| at.distance(pointer) <= DOT_RADIUS + 3.0)
            .min_by(|a, b| a.1.distance(pointer).total_cmp(&b.1.distance(pointer)))
            .map(|(card, _)| *card)
    });
    paint_matrix(
        ui.painter(),
        rect,
        matrix,
        map.lang,
        MatrixStyle {
            labels: false,
            selected,
            hovered,
        },
    );
    for (card, at) in &placed {
        let Some(dot) = matrix.dots.iter().find(|dot| dot.card == *card) else {
            continue;
        };
        // Each dot is a button for assistive technology and for tests.
        let dot_rect = egui::Rect::from_center_size(*at, vec2(2.0, 2.0) * DOT_RADIUS);
        let id = egui::Id::unique(("journeymap-matrix-dot", card.0));
        let dot_response = ui.interact(dot_rect, id, Sense::click());
        let name = texts.get_with(
            "analysis-matrix-dot",
            &[
                ("title", dot.title.clone().into()),
                ("importance", dot.importance.into()),
                ("performance", dot.performance.into()),
            ],
        );
        dot_response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        let dot_response = dot_response.on_hover_text(&name);
        if dot_response.clicked() {
            output.select = Some(*card);
        }
    }
    if response.clicked()
        && let Some(card) = hovered
    {
        output.select = Some(card);
    }
    if matrix.dots.is_empty() {
        ui.label(RichText::new(texts.get("analysis-matrix-empty")).weak());
    }
    if !matrix.not_rated.is_empty() {
        ui.add_space(6.0);
        ui.label(
            RichText::new(texts.get_with(
                "analysis-not-rated",
                &[("count", matrix.not_rated.len().into())],
            ))
            .strong(),
        );
        ui.horizontal_wrapped(|ui| {
            for (card, title) in &matrix.not_rated {
                if ui.link(title).clicked() {
                    output.select = Some(*card);
                }
            }
        });
    }
}
