//! The legend of the heat colouring: what colours the touchpoint cards and which colour means
//! how much, in the empty corner above the lane labels, so the picture explains itself on a
//! slide.

use egui::{Align2, FontId, Painter, Rect, Stroke, pos2, vec2};

use crate::analysis::{Heat, HeatMeasure};
use crate::i18n::{self, tr};
use crate::layout::MapLayout;
use crate::model::Map;
use crate::theme;

/// How a measure is called on the map, in the map's language.
pub fn measure_name(measure: &HeatMeasure, map: &Map) -> String {
    match measure {
        HeatMeasure::Rating(kind) => {
            let name = tr(map.lang, i18n::rating_id(*kind));
            let mut chars = name.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        }
        HeatMeasure::Metric(name) => name.clone(),
    }
}

/// A value as the legend shows it: whole numbers without decimals, others with up to two.
fn shown(value: f64, unit: &str) -> String {
    let mut text = if (value - value.round()).abs() < 1e-9 {
        format!("{value:.0}")
    } else {
        let text = format!("{value:.2}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    };
    if !unit.is_empty() {
        text.push(' ');
        text.push_str(unit);
    }
    text
}

/// Paints the legend of `heat` above the lane labels.
pub(super) fn paint_heat_legend(painter: &Painter, map: &Map, layout: &MapLayout, heat: &Heat) {
    let (Some(lane), Some(stage)) = (layout.lanes.first(), layout.stages.first()) else {
        return;
    };
    let corner =
        Rect::from_x_y_ranges(lane.label.x_range(), stage.header.y_range()).shrink2(vec2(6.0, 2.0));
    let font = FontId::proportional(theme::font::SMALL);
    painter.text(
        corner.left_top(),
        Align2::LEFT_TOP,
        measure_name(&heat.measure, map),
        font.clone(),
        theme::TEXT,
    );
    let bar = Rect::from_min_size(
        pos2(corner.left(), corner.bottom() - 16.0),
        vec2(corner.width(), 7.0),
    );
    let steps = 24;
    for step in 0..steps {
        let t = step as f32 / (steps - 1) as f32;
        let x0 = bar.left() + bar.width() * step as f32 / steps as f32;
        let x1 = bar.left() + bar.width() * (step + 1) as f32 / steps as f32;
        painter.rect_filled(
            Rect::from_x_y_ranges(x0..=x1, bar.y_range()),
            0.0,
            theme::heat_color(t),
        );
    }
    painter.rect_stroke(
        bar,
        0.0,
        Stroke::new(0.5, theme::OUTLINE),
        egui::StrokeKind::Outside,
    );
    if heat.values.is_empty() {
        return;
    }
    painter.text(
        bar.left_bottom() + vec2(0.0, 1.0),
        Align2::LEFT_TOP,
        shown(heat.min, &heat.unit),
        FontId::proportional(9.0),
        theme::TEXT_MUTED,
    );
    painter.text(
        bar.right_bottom() + vec2(0.0, 1.0),
        Align2::RIGHT_TOP,
        shown(heat.max, &heat.unit),
        FontId::proportional(9.0),
        theme::TEXT_MUTED,
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn legend_values_drop_needless_decimals() {
        assert_eq!(super::shown(4.0, ""), "4");
        assert_eq!(super::shown(38.5, "%"), "38.5 %");
        assert_eq!(super::shown(0.126, "€"), "0.13 €");
    }
}
