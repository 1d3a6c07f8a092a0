//! The traffic-light dot of a touchpoint's evidence level: on the card, in the legend, and in the
//! inspector's choice of level, drawn by one function so the three always look alike.

use egui::{Painter, Pos2};

use crate::model::EvidenceLevel;
use crate::theme;

/// Paints the mark of `level` centred at `center`, `radius` to the outside of its outline: a dark
/// hairline, a white ring, and the level's colour inside.
pub fn paint_evidence_mark(painter: &Painter, center: Pos2, radius: f32, level: EvidenceLevel) {
    painter.circle_filled(center, radius, theme::EVIDENCE_OUTLINE);
    painter.circle_filled(
        center,
        radius - theme::EVIDENCE_MARK_OUTLINE,
        theme::EVIDENCE_RING,
    );
    painter.circle_filled(
        center,
        radius - theme::EVIDENCE_MARK_OUTLINE - theme::EVIDENCE_MARK_RING,
        theme::evidence_color(level),
    );
}
