//! The touchpoint titles beside the dots of the exported priority matrix: wrapped at word
//! boundaries and never cut, each put on the side of its dot where it covers the fewest other
//! labels, dots and quadrant names.
//!
//! A cut title ("Business listing on…") or one broken inside a word ("Sales conversatio / n")
//! makes a slide useless in a workshop: the room has to go back to the map to learn which
//! touchpoint a dot is. So a title gets the lines it needs, and a single word wider than the
//! usual label width widens that label rather than being broken.

use std::sync::Arc;

use egui::{FontId, Galley, Painter, Pos2, Rect, pos2, vec2};

use crate::theme;

/// The font of a label, in points.
pub const LABEL_SIZE: f32 = 10.0;
/// Space between a dot's edge and its label.
const LABEL_GAP: f32 = 3.0;

/// A title laid out for the matrix: wrapped at `width` points, or at its longest word when that
/// is wider, so every word stays on one line.
pub fn label_galley(painter: &Painter, title: &str, width: f32) -> Arc<Galley> {
    let font = FontId::proportional(LABEL_SIZE);
    let widest_word = title
        .split_whitespace()
        .map(|word| {
            painter
                .layout_no_wrap(word.to_owned(), font.clone(), theme::TEXT)
                .size()
                .x
        })
        .fold(0.0_f32, f32::max);
    // A hair of slack, so the longest word is not pushed onto a line of its own by rounding.
    let wrap = width.max(widest_word + 1.0);
    painter.layout(title.trim().to_owned(), font, theme::TEXT, wrap)
}

/// Where the labels go: for each `(dot centre, dot radius, label size)`, in order, the label's
/// rectangle. Each label tries the right of its dot, then the left, below and above, and takes
/// the first place that covers nothing placed before it (other labels), no dot and no
/// `obstacle`, and stays inside `bounds`; where every place covers something, the one that
/// covers least.
pub fn place_labels(
    labels: &[(Pos2, f32, egui::Vec2)],
    obstacles: &[Rect],
    bounds: Rect,
) -> Vec<Rect> {
    let dots: Vec<Rect> = labels
        .iter()
        .map(|(at, radius, _)| Rect::from_center_size(*at, vec2(2.0, 2.0) * *radius))
        .collect();
    let mut placed: Vec<Rect> = Vec::with_capacity(labels.len());
    for (index, (at, radius, size)) in labels.iter().enumerate() {
        let reach = radius + LABEL_GAP;
        let candidates = [
            Rect::from_min_size(pos2(at.x + reach, at.y - size.y / 2.0), *size),
            Rect::from_min_size(pos2(at.x - reach - size.x, at.y - size.y / 2.0), *size),
            Rect::from_min_size(pos2(at.x - size.x / 2.0, at.y + reach), *size),
            Rect::from_min_size(pos2(at.x - size.x / 2.0, at.y - reach - size.y), *size),
        ];
        let cost = |candidate: &Rect| {
            let covered = |others: &mut dyn Iterator<Item = &Rect>| -> f32 {
                others.map(|other| overlap(candidate, other)).sum()
            };
            let outside = candidate.area() - overlap(candidate, &bounds);
            covered(&mut placed.iter())
                + covered(
                    &mut dots
                        .iter()
                        .enumerate()
                        .filter(|(other, _)| *other != index)
                        .map(|(_, dot)| dot),
                )
                + covered(&mut obstacles.iter())
                // Leaving the picture loses words; that is worse than covering a neighbour.
                + 4.0 * outside
        };
        let best = candidates
            .iter()
            .map(|candidate| (cost(candidate), *candidate))
            .find(|(cost, _)| *cost <= 0.0)
            .or_else(|| {
                candidates
                    .iter()
                    .map(|candidate| (cost(candidate), *candidate))
                    .min_by(|a, b| a.0.total_cmp(&b.0))
            })
            .map_or(candidates[0], |(_, rect)| rect);
        placed.push(best);
    }
    placed
}

/// The area two rectangles share.
fn overlap(a: &Rect, b: &Rect) -> f32 {
    let shared = a.intersect(*b);
    if shared.is_positive() {
        shared.area()
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_go_right_then_left_then_below_to_stay_clear() {
        let bounds = Rect::from_min_size(Pos2::ZERO, vec2(400.0, 400.0));
        let size = vec2(60.0, 20.0);
        // Two dots side by side: the first label goes right and covers the second dot's
        // neighbourhood, so the second takes its own right side, clear of the first.
        let placed = place_labels(
            &[
                (pos2(100.0, 100.0), 6.0, size),
                (pos2(100.0, 130.0), 6.0, size),
            ],
            &[],
            bounds,
        );
        assert!(placed[0].min.x > 100.0, "{placed:?}");
        assert!(placed[1].min.x > 100.0, "{placed:?}");
        assert!(!placed[0].intersects(placed[1]), "{placed:?}");
        // A dot at the right edge puts its label to its left, inside the picture.
        let placed = place_labels(&[(pos2(390.0, 100.0), 6.0, size)], &[], bounds);
        assert!(placed[0].max.x < 390.0 && bounds.contains_rect(placed[0]));
        // Two dots on the same spot: the second label does not cover the first.
        let placed = place_labels(
            &[
                (pos2(200.0, 200.0), 6.0, size),
                (pos2(200.0, 200.0), 6.0, size),
            ],
            &[],
            bounds,
        );
        assert!(!placed[0].intersects(placed[1]), "{placed:?}");
    }
}
