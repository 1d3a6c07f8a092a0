//! The priority matrix as a picture: importance (up) against performance (right) on the 1–5
//! scales, the four quadrants named and tinted, a dot per rated touchpoint in its media's
//! colour. One painter for the analysis panel and the exported PNG, like the map itself.

use std::collections::BTreeMap;
use std::sync::Arc;

use egui::{Align2, FontId, Galley, Painter, Pos2, Rect, Stroke, StrokeKind, pos2, vec2};

use super::matrix_labels::{label_galley, place_labels};

use crate::analysis::{Dot, PriorityMatrix, Quadrant};
use crate::i18n::{self, tr};
use crate::model::{CardId, Lang, Ownership, RATINGS};
use crate::theme;

/// How the matrix is drawn.
#[derive(Clone, Copy, Debug, Default)]
pub struct MatrixStyle {
    /// Write each touchpoint's title beside its dot, whole (the exported picture); on screen
    /// the name shows on hover instead.
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

/// Where the rating pair `importance`, `performance` sits when the matrix is painted into
/// `rect`: the true value, which a dot (or the middle of a stack of dots) marks.
pub fn rating_point(rect: Rect, importance: u8, performance: u8) -> Pos2 {
    spot(plot_rect(rect), importance, performance)
}

/// How far the dot `index` of a stack of `size` sits below (or, negative, above) the stack's
/// point: the stack is a column centred on the point, `gap` from dot to dot, so its middle is
/// the true value and each dot keeps a line of its own for its label.
pub fn stack_offset(index: usize, size: usize, gap: f32) -> f32 {
    if size <= 1 {
        return 0.0;
    }
    (index as f32 - (size as f32 - 1.0) / 2.0) * gap
}

/// The gap between stacked dots when there are no labels to make room for: a little more than
/// a dot, closer where many share a cell, so the column stays inside it.
fn compact_gap(plot: Rect, size: usize) -> f32 {
    let cell = plot.height() / 5.0;
    (cell * 0.9 / size.max(1) as f32).min(2.0 * DOT_RADIUS + 4.0)
}

/// Where a dot is drawn without labels (the panel): at its ratings; several with the same
/// ratings in a column centred on that point.
pub fn dot_position(plot: Rect, dot: &Dot) -> Pos2 {
    let gap = compact_gap(plot, dot.stack_size);
    spot(plot, dot.importance, dot.performance)
        + vec2(0.0, stack_offset(dot.stack_index, dot.stack_size, gap))
}

/// Where each dot of `matrix` goes when the matrix is painted into `rect` without labels.
pub fn dot_positions(rect: Rect, matrix: &PriorityMatrix) -> Vec<(CardId, Pos2)> {
    let plot = plot_rect(rect);
    matrix
        .dots
        .iter()
        .map(|dot| (dot.card, dot_position(plot, dot)))
        .collect()
}

/// Where the dots go in a labelled matrix, with each dot's label laid out: a stack's dots are
/// spaced by its tallest label, so the labels beside a column do not run into each other, as far
/// as the cell has room.
fn labelled_dots(
    painter: &Painter,
    plot: Rect,
    matrix: &PriorityMatrix,
) -> Vec<(Pos2, Arc<Galley>)> {
    let cell = plot.width() / 5.0;
    let width = cell - DOT_RADIUS - 8.0;
    let galleys: Vec<Arc<Galley>> = matrix
        .dots
        .iter()
        .map(|dot| label_galley(painter, &dot.title, width))
        .collect();
    let mut tallest: BTreeMap<(u8, u8), f32> = BTreeMap::new();
    for (dot, galley) in matrix.dots.iter().zip(&galleys) {
        let entry = tallest
            .entry((dot.importance, dot.performance))
            .or_default();
        *entry = entry.max(galley.size().y);
    }
    matrix
        .dots
        .iter()
        .zip(galleys)
        .map(|(dot, galley)| {
            let size = dot.stack_size;
            let room = if size > 1 {
                cell * 0.9 / (size - 1) as f32
            } else {
                0.0
            };
            let label = tallest
                .get(&(dot.importance, dot.performance))
                .copied()
                .unwrap_or_default();
            let gap = (label + 3.0).min(room).max(compact_gap(plot, size));
            let at = spot(plot, dot.importance, dot.performance)
                + vec2(0.0, stack_offset(dot.stack_index, size, gap));
            (at, galley)
        })
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
    let names = paint_quadrants(painter, plot, matrix, lang);
    paint_axes(painter, plot, lang);
    let dots: Vec<(Pos2, Option<Arc<Galley>>)> = if style.labels {
        labelled_dots(painter, plot, matrix)
            .into_iter()
            .map(|(at, galley)| (at, Some(galley)))
            .collect()
    } else {
        matrix
            .dots
            .iter()
            .map(|dot| (dot_position(plot, dot), None))
            .collect()
    };
    let mut placed = Vec::with_capacity(matrix.dots.len());
    for (dot, (at, _)) in matrix.dots.iter().zip(&dots) {
        let at = *at;
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
        placed.push((dot.card, at));
    }
    if style.labels {
        let labels: Vec<(Pos2, f32, egui::Vec2)> = dots
            .iter()
            .filter_map(|(at, galley)| Some((*at, DOT_RADIUS, galley.as_ref()?.size())))
            .collect();
        let spots = place_labels(&labels, &names, rect.shrink(2.0));
        for ((_, galley), spot) in dots.into_iter().zip(spots) {
            let Some(galley) = galley else {
                continue;
            };
            painter.rect_filled(spot.expand(1.5), 2.0, theme::LABEL_BACKING);
            painter.galley(spot.min, galley, theme::TEXT);
        }
    }
    placed
}

/// Tints and names the quadrants; returns where the names went, for the labels to avoid.
fn paint_quadrants(
    painter: &Painter,
    plot: Rect,
    matrix: &PriorityMatrix,
    lang: Lang,
) -> Vec<Rect> {
    let middle = spot(plot, 3, 3);
    // The crosshair runs through the middle of the 3s: a 3 belongs above and to the right.
    let cross = pos2(
        middle.x - plot.width() / 10.0,
        middle.y + plot.height() / 10.0,
    );
    let mut names = Vec::with_capacity(4);
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
        names.push(painter.text(
            corner.0,
            corner.1,
            name,
            FontId::proportional(theme::font::SMALL),
            theme::quadrant_text(quadrant),
        ));
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
    names
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Ownership;

    fn dot(card: u32, title: &str, ratings: (u8, u8), stack: (usize, usize)) -> Dot {
        let (importance, performance) = ratings;
        Dot {
            card: CardId(card),
            title: title.to_owned(),
            importance,
            performance,
            ownership: Ownership::Owned,
            quadrant: crate::analysis::quadrant(importance, performance),
            stack_index: stack.0,
            stack_size: stack.1,
        }
    }

    fn matrix(dots: Vec<Dot>) -> PriorityMatrix {
        let mut counts = [0; 4];
        for dot in &dots {
            counts[dot.quadrant.index()] += 1;
        }
        PriorityMatrix {
            dots,
            not_rated: Vec::new(),
            counts,
        }
    }

    /// What `paint_matrix` hands egui: the dots' centres and the laid-out texts.
    fn painted(
        rect: Rect,
        matrix: &PriorityMatrix,
        labels: bool,
    ) -> (Vec<(CardId, Pos2)>, Vec<Arc<Galley>>) {
        let (placed, texts) = painted_at(rect, matrix, labels);
        (
            placed,
            texts.into_iter().map(|(_, galley)| galley).collect(),
        )
    }

    /// The laid-out texts of a painted matrix, each with where it went.
    type Texts = Vec<(Rect, Arc<Galley>)>;

    /// Like [`painted`], with where each text went.
    fn painted_at(
        rect: Rect,
        matrix: &PriorityMatrix,
        labels: bool,
    ) -> (Vec<(CardId, Pos2)>, Texts) {
        let ctx = egui::Context::default();
        crate::paint::install_fonts(&ctx);
        let mut placed = Vec::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let painter = ui.ctx().layer_painter(egui::LayerId::background());
            placed = paint_matrix(
                &painter,
                rect,
                matrix,
                Lang::En,
                MatrixStyle {
                    labels,
                    ..MatrixStyle::default()
                },
            );
        });
        let galleys = output
            .shapes
            .iter()
            .filter_map(|clipped| match &clipped.shape {
                egui::Shape::Text(text) => Some((
                    text.galley.rect.translate(text.pos.to_vec2()),
                    text.galley.clone(),
                )),
                _ => None,
            })
            .collect();
        output.textures_delta.clear();
        (placed, galleys)
    }

    #[test]
    fn a_stack_of_dots_is_centred_on_its_ratings() {
        let rect = Rect::from_min_size(pos2(10.0, 20.0), vec2(688.0, matrix_height(688.0)));
        for size in 1..=6 {
            let dots: Vec<Dot> = (0..size)
                .map(|index| dot(index as u32 + 1, "Touchpoint", (4, 2), (index, size)))
                .collect();
            let matrix = matrix(dots);
            let point = rating_point(rect, 4, 2);
            for labels in [false, true] {
                let (placed, _) = painted(rect, &matrix, labels);
                let positions: Vec<Pos2> = if labels {
                    placed.iter().map(|(_, at)| *at).collect()
                } else {
                    dot_positions(rect, &matrix)
                        .iter()
                        .map(|(_, at)| *at)
                        .collect()
                };
                assert_eq!(positions.len(), size);
                let centroid = positions
                    .iter()
                    .fold(Pos2::ZERO, |sum, at| sum + at.to_vec2())
                    / size as f32;
                assert!(
                    centroid.distance(point) < 0.01,
                    "{size} dots, labels {labels}: centred at {centroid:?}, the value is at {point:?}"
                );
                // Every dot of the stack is on the value's vertical line, in its own place.
                for (index, at) in positions.iter().enumerate() {
                    assert!((at.x - point.x).abs() < 0.01, "{at:?} vs {point:?}");
                    for other in &positions[index + 1..] {
                        assert!(at.distance(*other) >= DOT_RADIUS, "{positions:?}");
                    }
                }
            }
        }
        // A lone dot is exactly on its value, in the middle of its fifth of each axis.
        let plot = plot_rect(rect);
        let lone = dot(1, "Alone", (1, 5), (0, 1));
        let at = dot_position(plot, &lone);
        assert!((at.x - (plot.left() + plot.width() * 0.9)).abs() < 0.01);
        assert!((at.y - (plot.bottom() - plot.height() * 0.1)).abs() < 0.01);
    }

    #[test]
    fn labels_keep_every_word_whole() {
        let titles = [
            "Business listing on maps",
            "Sales conversation / consultation",
            "Recommendation by a friend",
            "Kundenzufriedenheitsbefragung nach dem Kauf",
            "Newsletter",
            "Online shop checkout with PayPal and invoice",
        ];
        let mut dots = Vec::new();
        for (index, title) in titles.iter().enumerate() {
            // Four share a point, two stand alone, one of them at the right edge.
            let (ratings, stack) = match index {
                0..=3 => ((4, 2), (index, 4)),
                4 => ((2, 4), (0, 1)),
                _ => ((5, 5), (0, 1)),
            };
            dots.push(dot(index as u32 + 1, title, ratings, stack));
        }
        let matrix = matrix(dots);
        let rect = Rect::from_min_size(pos2(16.0, 48.0), vec2(688.0, matrix_height(688.0)));
        let (_, galleys) = painted(rect, &matrix, true);
        for title in titles {
            let galley = galleys
                .iter()
                .find(|galley| galley.job.text == title)
                .unwrap_or_else(|| panic!("no label says {title:?} in full"));
            let words: Vec<&str> = title.split_whitespace().collect();
            let mut seen: Vec<String> = Vec::new();
            for row in &galley.rows {
                let line: String = row.row.glyphs.iter().map(|glyph| glyph.chr).collect();
                seen.extend(line.split_whitespace().map(str::to_owned));
            }
            assert_eq!(seen, words, "{title:?} is laid out as {seen:?}");
            assert!(!galley.elided, "{title:?} is cut");
        }
    }

    /// The exported matrix of the fitness example (21 rated touchpoints, several sharing a
    /// cell): no label covers another label or a dot, and every label lies inside the picture.
    #[test]
    fn the_labels_of_a_real_map_stay_clear_of_each_other_and_of_the_dots() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/examples/fitness-studio-current-state.ron"
        );
        let map = crate::file::load(std::path::Path::new(path)).expect("the example");
        let matrix = crate::analysis::priority_matrix(&map);
        let rect = Rect::from_min_size(pos2(16.0, 48.0), vec2(688.0, matrix_height(688.0)));
        let (dots, texts) = painted_at(rect, &matrix, true);
        let labels: Vec<Rect> = matrix
            .dots
            .iter()
            .map(|dot| {
                texts
                    .iter()
                    .find(|(_, galley)| galley.job.text == dot.title)
                    .map_or_else(|| panic!("no label for {:?}", dot.title), |(at, _)| *at)
            })
            .collect();
        for (index, label) in labels.iter().enumerate() {
            assert!(rect.contains_rect(*label), "{label:?} leaves the picture");
            for other in &labels[index + 1..] {
                assert!(
                    !label.shrink(0.5).intersects(*other),
                    "{label:?} and {other:?} overlap"
                );
            }
            for (_, at) in &dots {
                let dot = Rect::from_center_size(*at, vec2(2.0, 2.0) * DOT_RADIUS);
                assert!(!label.shrink(0.5).intersects(dot), "{label:?} covers a dot");
            }
        }
    }
}
