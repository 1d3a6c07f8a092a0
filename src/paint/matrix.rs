//! The priority matrix as a picture: importance (up) against performance (right) on the 1–5
//! scales, the four quadrants named and tinted, a dot per rated touchpoint in its media's
//! colour. One painter for the analysis panel and the exported PNG, like the map itself.

use egui::{Align2, FontId, Painter, Pos2, Rect, Stroke, StrokeKind, pos2, vec2};

use crate::analysis::{Dot, PriorityMatrix, Quadrant};
use crate::i18n::{self, tr};
use crate::model::{CardId, Lang, Ownership, RATINGS};
use crate::theme;

/// How the matrix is drawn.
#[derive(Clone, Copy, Debug, Default)]
pub struct MatrixStyle {
    /// Write each touchpoint's title beside its dot (the exported picture); on screen the name
    /// shows on hover instead.
    pub labels: bool,
    /// The selected card's dot gets a ring.
    pub selected: Option<CardId>,
    /// The dot under the pointer is drawn larger.
    pub hovered: Option<CardId>,
}

/// Radius of a dot, in points.
pub const DOT_RADIUS: f32 = 6.0;

/// Message id of a quadrant's name.
pub fn quadrant_id(quadrant: Quadrant) -> &'static str {
    match quadrant {
        Quadrant::FixFirst => "matrix-fix-first",
        Quadrant::KeepItUp => "matrix-keep-it-up",
        Quadrant::PossibleOverkill => "matrix-possible-overkill",
        Quadrant::LowPriority => "matrix-low-priority",
    }
}

/// Room above the plot for the name of the vertical axis, which egui cannot turn on its side.
const TOP: f32 = 26.0;

/// The plot's square inside `rect`, leaving room for the axis labels.
fn plot_rect(rect: Rect) -> Rect {
    let left = 34.0;
    let bottom = 34.0;
    let side = (rect.width() - left - 8.0)
        .min(rect.height() - bottom - TOP)
        .max(40.0);
    Rect::from_min_size(pos2(rect.left() + left, rect.top() + TOP), vec2(side, side))
}

/// The height the matrix needs for `width`: a square plot with its axes.
pub fn matrix_height(width: f32) -> f32 {
    width - 44.0 + 56.0 + TOP - 8.0
}

/// Where a rating pair sits in the plot (ratings centred in their fifth of each axis).
fn spot(plot: Rect, importance: u8, performance: u8) -> Pos2 {
    let steps = f32::from(RATINGS.end() - RATINGS.start() + 1);
    let x = (f32::from(performance) - 0.5) / steps;
    let y = (f32::from(importance) - 0.5) / steps;
    pos2(
        plot.left() + x * plot.width(),
        plot.bottom() - y * plot.height(),
    )
}

/// Where a dot is drawn: at its ratings; several with the same ratings are stacked in a
/// column at the left of their cell, so each keeps its own line for its label.
pub fn dot_position(plot: Rect, dot: &Dot) -> Pos2 {
    let centre = spot(plot, dot.importance, dot.performance);
    if dot.stack_size <= 1 {
        return centre;
    }
    let cell = plot.width() / 5.0;
    let gap = (cell * 0.9 / dot.stack_size as f32).min(2.0 * DOT_RADIUS + 4.0);
    let offset = (dot.stack_index as f32 - (dot.stack_size as f32 - 1.0) / 2.0) * gap;
    pos2(centre.x - cell * 0.3, centre.y + offset)
}

/// Where each dot of `matrix` goes when the matrix is painted into `rect`.
pub fn dot_positions(rect: Rect, matrix: &PriorityMatrix) -> Vec<(CardId, Pos2)> {
    let plot = plot_rect(rect);
    matrix
        .dots
        .iter()
        .map(|dot| (dot.card, dot_position(plot, dot)))
        .collect()
}

/// Paints the matrix into `rect`; returns where each dot went (for hover and clicks).
pub fn paint_matrix(
    painter: &Painter,
    rect: Rect,
    matrix: &PriorityMatrix,
    lang: Lang,
    style: MatrixStyle,
) -> Vec<(CardId, Pos2)> {
    // On the map's own background, so the chart reads the same in a dark panel and on a slide.
    painter.rect_filled(rect, 6.0, theme::BACKGROUND);
    let plot = plot_rect(rect);
    paint_quadrants(painter, plot, matrix, lang);
    paint_axes(painter, plot, lang);
    let mut placed = Vec::with_capacity(matrix.dots.len());
    for dot in &matrix.dots {
        let at = dot_position(plot, dot);
        let hovered = style.hovered == Some(dot.card);
        let radius = if hovered {
            DOT_RADIUS + 2.0
        } else {
            DOT_RADIUS
        };
        painter.circle(
            at,
            radius,
            theme::ownership_color(dot.ownership),
            Stroke::new(1.5, theme::TEXT_ON_DARK),
        );
        if style.selected == Some(dot.card) {
            painter.circle_stroke(at, radius + 3.0, Stroke::new(2.5, theme::SELECTION));
        }
        if style.labels {
            paint_label(painter, plot, at, &dot.title, dot.stack_size > 1);
        }
        placed.push((dot.card, at));
    }
    placed
}

fn paint_quadrants(painter: &Painter, plot: Rect, matrix: &PriorityMatrix, lang: Lang) {
    let middle = spot(plot, 3, 3);
    // The crosshair runs through the middle of the 3s: a 3 belongs above and to the right.
    let cross = pos2(
        middle.x - plot.width() / 10.0,
        middle.y + plot.height() / 10.0,
    );
    for quadrant in Quadrant::ALL {
        let x = if quadrant.is_strong() {
            cross.x..=plot.right()
        } else {
            plot.left()..=cross.x
        };
        let y = if quadrant.is_important() {
            plot.top()..=cross.y
        } else {
            cross.y..=plot.bottom()
        };
        let area = Rect::from_x_y_ranges(x, y);
        painter.rect_filled(area, 0.0, theme::quadrant_fill(quadrant));
        let corner = match quadrant {
            Quadrant::FixFirst => (area.left_top() + vec2(6.0, 4.0), Align2::LEFT_TOP),
            Quadrant::KeepItUp => (area.right_top() + vec2(-6.0, 4.0), Align2::RIGHT_TOP),
            Quadrant::PossibleOverkill => {
                (area.right_bottom() + vec2(-6.0, -4.0), Align2::RIGHT_BOTTOM)
            }
            Quadrant::LowPriority => (area.left_bottom() + vec2(6.0, -4.0), Align2::LEFT_BOTTOM),
        };
        let name = format!(
            "{} · {}",
            tr(lang, quadrant_id(quadrant)),
            matrix.count(quadrant)
        );
        painter.text(
            corner.0,
            corner.1,
            name,
            FontId::proportional(theme::font::SMALL),
            theme::quadrant_text(quadrant),
        );
    }
    painter.rect_stroke(
        plot,
        0.0,
        Stroke::new(1.0, theme::OUTLINE),
        StrokeKind::Inside,
    );
    painter.line_segment(
        [pos2(cross.x, plot.top()), pos2(cross.x, plot.bottom())],
        Stroke::new(1.0, theme::TEXT_MUTED),
    );
    painter.line_segment(
        [pos2(plot.left(), cross.y), pos2(plot.right(), cross.y)],
        Stroke::new(1.0, theme::TEXT_MUTED),
    );
}

fn paint_axes(painter: &Painter, plot: Rect, lang: Lang) {
    let font = FontId::proportional(theme::font::SMALL);
    for rating in RATINGS {
        let x = spot(plot, 1, rating).x;
        painter.text(
            pos2(x, plot.bottom() + 3.0),
            Align2::CENTER_TOP,
            rating.to_string(),
            font.clone(),
            theme::TEXT_MUTED,
        );
        let y = spot(plot, rating, 1).y;
        painter.text(
            pos2(plot.left() - 4.0, y),
            Align2::RIGHT_CENTER,
            rating.to_string(),
            font.clone(),
            theme::TEXT_MUTED,
        );
    }
    painter.text(
        pos2(plot.center().x, plot.bottom() + 17.0),
        Align2::CENTER_TOP,
        tr(lang, "matrix-performance-axis"),
        font.clone(),
        theme::TEXT,
    );
    // egui draws no rotated text; the vertical axis is named above its top end.
    painter.text(
        pos2(plot.left() - 30.0, plot.top() - 4.0),
        Align2::LEFT_BOTTOM,
        tr(lang, "matrix-importance-axis"),
        font,
        theme::TEXT,
    );
}

/// A touchpoint's title beside its dot, kept inside the dot's cell on a light backing so it
/// reads over the quadrant tints. A lone dot's title may take three lines, so "Sales talk at the
/// counter" reads whole on a slide; a dot stacked with others has one line, the height of its
/// place in the stack. What still does not fit ends in an ellipsis.
fn paint_label(painter: &Painter, plot: Rect, at: Pos2, title: &str, stacked: bool) {
    let cell = plot.width() / 5.0;
    // A lone dot sits in the middle of its cell, a stacked one at its left.
    let room = if stacked { cell * 0.8 } else { cell * 0.5 } - DOT_RADIUS - 6.0;
    let lines = if stacked { 1 } else { 3 };
    let font = FontId::proportional(10.0);
    let layout = |text: String| {
        if lines == 1 {
            painter.layout_no_wrap(text, font.clone(), theme::TEXT)
        } else {
            painter.layout(text, font.clone(), theme::TEXT, room.max(1.0))
        }
    };
    let fits = |galley: &egui::Galley| galley.size().x <= room && galley.rows.len() <= lines;
    let mut chars: Vec<char> = title.chars().collect();
    let mut galley = layout(chars.iter().collect());
    while !fits(&galley) && chars.len() > 1 {
        chars.pop();
        galley = layout(chars.iter().collect::<String>().trim_end().to_owned() + "…");
    }
    let min = pos2(at.x + DOT_RADIUS + 3.0, at.y - galley.size().y / 2.0);
    let backing = Rect::from_min_size(min, galley.size()).expand(1.5);
    painter.rect_filled(backing, 2.0, theme::LABEL_BACKING);
    painter.galley(min, galley, theme::TEXT);
}

/// The ownership colours, as a one-line legend (for the exported picture; the panel lists
/// them itself).
pub fn paint_ownership_legend(painter: &Painter, left_top: Pos2, lang: Lang) -> f32 {
    let font = FontId::proportional(theme::font::SMALL);
    let mut x = left_top.x;
    for ownership in Ownership::ALL {
        painter.circle_filled(
            pos2(x + 5.0, left_top.y + 7.0),
            5.0,
            theme::ownership_color(ownership),
        );
        let rect = painter.text(
            pos2(x + 14.0, left_top.y + 7.0),
            Align2::LEFT_CENTER,
            tr(lang, i18n::ownership_id(ownership)),
            font.clone(),
            theme::TEXT,
        );
        x = rect.right() + 14.0;
    }
    x - left_top.x
}
