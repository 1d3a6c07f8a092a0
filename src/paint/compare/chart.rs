//! One emotion chart with both maps' curves: the matched stages along the x axis with their
//! names, −2 … +2 up the y axis with the faces of the map's own scale, map a's curve with round
//! markers and map b's with square ones (two colours and two shapes, so the chart survives a
//! black-and-white print), and the stages scored differently tinted.

use egui::{Align2, FontId, Painter, Pos2, Rect, Shape, Stroke, StrokeKind, pos2, vec2};

use super::super::icons::{emotion_icon, icon_family};
use crate::analysis::StageEmotion;
use crate::i18n::Texts;
use crate::model::{EMOTION_MAX, EMOTION_MIN};
use crate::theme;

/// Room at the chart's left for the scale.
const SCALE_WIDTH: f32 = 80.0;
/// Room at the top for the title and the legend.
const HEAD: f32 = 56.0;
/// Room at the bottom for the stage names.
const FOOT: f32 = 70.0;
/// Radius of a curve's markers.
const MARKER: f32 = 9.0;
/// Width of a curve, a little over the map's own: the chart is read from further away.
const LINE_WIDTH: f32 = 4.0;
/// Size of the chart's title.
const TITLE_SIZE: f32 = 24.0;
/// Size of the stage names, the legend and the scale.
const LABEL_SIZE: f32 = 16.0;
/// How far apart the two markers of one stage sit, so equal scores show both.
const SPREAD: f32 = 9.0;

/// The chart's plot area inside `rect`.
pub fn plot_rect(rect: Rect) -> Rect {
    Rect::from_min_max(
        pos2(rect.left() + SCALE_WIDTH, rect.top() + HEAD + 8.0),
        pos2(rect.right() - 16.0, rect.bottom() - FOOT),
    )
}

/// The x of the middle of stage `index` of `count` in `plot`.
pub fn column_x(plot: Rect, index: usize, count: usize) -> f32 {
    let width = plot.width() / count.max(1) as f32;
    plot.left() + (index as f32 + 0.5) * width
}

/// The y of `score` in `plot`: +2 at the top, −2 at the bottom, with half a step of room.
pub fn score_y(plot: Rect, score: i8) -> f32 {
    let steps = f32::from(EMOTION_MAX - EMOTION_MIN) + 1.0;
    let from_top = f32::from(EMOTION_MAX - score.clamp(EMOTION_MIN, EMOTION_MAX)) + 0.5;
    plot.top() + from_top / steps * plot.height()
}

/// The two curves' names for the legend.
pub struct Curves<'a> {
    /// Map a's title.
    pub a: &'a str,
    /// Map b's title.
    pub b: &'a str,
}

/// Paints the chart into `rect`, its words from `texts` (map a's language).
pub fn paint_emotion_chart(
    painter: &Painter,
    rect: Rect,
    stages: &[StageEmotion],
    curves: &Curves<'_>,
    texts: &Texts,
) {
    painter.rect(
        rect,
        theme::CORNER_RADIUS,
        theme::TITLE_BAND,
        Stroke::new(1.0, theme::OUTLINE),
        StrokeKind::Inside,
    );
    painter.text(
        rect.left_top() + vec2(20.0, 16.0),
        Align2::LEFT_TOP,
        texts.get("compare-emotion-title"),
        FontId::proportional(TITLE_SIZE),
        theme::TEXT,
    );
    paint_legend(painter, rect, curves);
    let plot = plot_rect(rect);
    paint_grid(painter, plot, stages);
    paint_stage_names(painter, plot, stages, texts);
    let scored = stages
        .iter()
        .any(|stage| stage.score_a.is_some() || stage.score_b.is_some());
    if !scored {
        painter.text(
            plot.center(),
            Align2::CENTER_CENTER,
            texts.get("compare-emotion-none"),
            FontId::proportional(LABEL_SIZE + 2.0),
            theme::TEXT_MUTED,
        );
        return;
    }
    let count = stages.len();
    let a: Vec<Option<Pos2>> = stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            s.score_a
                .map(|v| pos2(column_x(plot, i, count) - SPREAD, score_y(plot, v)))
        })
        .collect();
    let b: Vec<Option<Pos2>> = stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            s.score_b
                .map(|v| pos2(column_x(plot, i, count) + SPREAD, score_y(plot, v)))
        })
        .collect();
    paint_curve(painter, &a, theme::COMPARE_CURVE_A, false);
    paint_curve(painter, &b, theme::COMPARE_CURVE_B, true);
}

/// The scale, the grid lines and the tint behind stages scored differently.
fn paint_grid(painter: &Painter, plot: Rect, stages: &[StageEmotion]) {
    let count = stages.len();
    let column = plot.width() / count.max(1) as f32;
    for (i, stage) in stages.iter().enumerate() {
        if stage.differs() {
            let x = column_x(plot, i, count);
            let band =
                Rect::from_center_size(pos2(x, plot.center().y), vec2(column - 6.0, plot.height()));
            painter.rect_filled(band, 4.0, theme::COMPARE_DIFFERS);
        }
    }
    for score in (EMOTION_MIN..=EMOTION_MAX).rev() {
        let y = score_y(plot, score);
        let stroke = if score == 0 {
            Stroke::new(1.5, theme::EMOTION_NEUTRAL)
        } else {
            Stroke::new(1.0, theme::GRID)
        };
        painter.line_segment([pos2(plot.left(), y), pos2(plot.right(), y)], stroke);
        painter.text(
            pos2(plot.left() - 8.0, y),
            Align2::RIGHT_CENTER,
            emotion_icon(score),
            FontId::new(24.0, icon_family()),
            theme::emotion_color(score),
        );
        // U+2212, a minus as wide as the plus: a hyphen is easily lost on a projector.
        let number = match score {
            1.. => format!("+{score}"),
            0 => "0".to_owned(),
            _ => format!("\u{2212}{}", score.unsigned_abs()),
        };
        painter.text(
            pos2(plot.left() - 38.0, y),
            Align2::RIGHT_CENTER,
            number,
            FontId::proportional(LABEL_SIZE),
            theme::TEXT_MUTED,
        );
    }
    for i in 1..count {
        let x = plot.left() + i as f32 * column;
        painter.line_segment(
            [pos2(x, plot.top()), pos2(x, plot.bottom())],
            Stroke::new(1.0, theme::GRID),
        );
    }
}

/// Each stage's name under its column, and whether only one map has it.
fn paint_stage_names(painter: &Painter, plot: Rect, stages: &[StageEmotion], texts: &Texts) {
    let count = stages.len();
    let column = plot.width() / count.max(1) as f32;
    for (i, stage) in stages.iter().enumerate() {
        let x = column_x(plot, i, count);
        let cell = Rect::from_center_size(
            pos2(x, plot.bottom() + FOOT / 2.0 + 2.0),
            vec2(column - 8.0, FOOT - 4.0),
        );
        let clipped = painter.with_clip_rect(cell.intersect(painter.clip_rect()));
        let only = match (stage.a, stage.b) {
            (Some(_), None) => Some("compare-emotion-only-a"),
            (None, Some(_)) => Some("compare-emotion-only-b"),
            _ => None,
        };
        let galley = painter.layout(
            stage.title.clone(),
            FontId::proportional(LABEL_SIZE),
            theme::TEXT,
            cell.width(),
        );
        let top = pos2(x - galley.size().x / 2.0, cell.top());
        let bottom = top.y + galley.size().y;
        clipped.galley(top, galley, theme::TEXT);
        if let Some(id) = only {
            clipped.text(
                pos2(x, bottom + 2.0),
                Align2::CENTER_TOP,
                texts.get(id),
                FontId::proportional(LABEL_SIZE - 3.0),
                theme::TEXT_MUTED,
            );
        }
    }
}

/// One map's curve: lines between neighbouring scored stages, then the markers.
fn paint_curve(painter: &Painter, points: &[Option<Pos2>], color: egui::Color32, square: bool) {
    for pair in points.windows(2) {
        if let [Some(from), Some(to)] = pair {
            painter.line_segment([*from, *to], Stroke::new(LINE_WIDTH, color));
        }
    }
    for point in points.iter().flatten() {
        paint_marker(painter, *point, color, square);
    }
}

fn paint_marker(painter: &Painter, at: Pos2, color: egui::Color32, square: bool) {
    let ring = Stroke::new(2.0, theme::TEXT_ON_DARK);
    if square {
        let rect = Rect::from_center_size(at, vec2(2.0 * MARKER, 2.0 * MARKER) * 0.9);
        painter.rect(rect, 2.0, color, ring, StrokeKind::Outside);
    } else {
        painter.add(Shape::circle_filled(at, MARKER, color));
        painter.circle_stroke(at, MARKER, ring);
    }
}

/// The two curves' swatches and map titles, at the chart's top right.
fn paint_legend(painter: &Painter, rect: Rect, curves: &Curves<'_>) {
    let font = FontId::proportional(LABEL_SIZE + 2.0);
    let y = rect.top() + 30.0;
    let mut right = rect.right() - 16.0;
    for (title, color, square) in [
        (curves.b, theme::COMPARE_CURVE_B, true),
        (curves.a, theme::COMPARE_CURVE_A, false),
    ] {
        let shown = super::shorten(painter, title, &font, (rect.width() / 3.0).max(120.0));
        let label = painter.text(
            pos2(right, y),
            Align2::RIGHT_CENTER,
            shown,
            font.clone(),
            theme::TEXT,
        );
        let line_end = label.left() - 8.0;
        painter.line_segment(
            [pos2(line_end - 30.0, y), pos2(line_end, y)],
            Stroke::new(LINE_WIDTH, color),
        );
        paint_marker(painter, pos2(line_end - 15.0, y), color, square);
        right = line_end - 54.0;
    }
}

#[cfg(test)]
#[allow(clippy::float_cmp, reason = "whole numbers, exact in f32")]
mod tests {
    use super::*;

    #[test]
    fn plus_two_is_at_the_top_and_stages_spread_evenly() {
        let plot = Rect::from_min_size(pos2(0.0, 0.0), vec2(500.0, 100.0));
        assert_eq!(score_y(plot, 2), 10.0);
        assert_eq!(score_y(plot, 0), 50.0);
        assert_eq!(score_y(plot, -2), 90.0);
        assert_eq!(score_y(plot, 9), score_y(plot, 2), "clamped");
        assert_eq!(column_x(plot, 0, 5), 50.0);
        assert_eq!(column_x(plot, 4, 5), 450.0);
        assert_eq!(
            column_x(plot, 0, 0),
            250.0,
            "no stages: no division by zero"
        );
    }
}
