//! The badge that says how many dots the room put on a card.
//!
//! It straddles the card's right edge near its bottom: the inner half lies in the card's
//! padding, so it never covers the title or notes, and the outer half in the gutter between
//! stage columns, where nothing else is drawn. It is drawn at every zoom, like the evidence
//! mark: on a zoomed-out map it grows with the titles, so the room still reads the count.

use egui::{Align2, FontFamily, FontId, Painter, Rect, Stroke, StrokeKind, pos2};

use super::overview::text_zoom;
use crate::theme::room_marks;

/// The badge of a card whose box is `card`, on a view at `zoom` whose cards show their text
/// (`detailed`) or the overview's titles.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct DotBadge {
    /// The badge's height in map points.
    height: f32,
}

impl DotBadge {
    /// The badge's size for a view at `zoom`: its own size where cards show their text, larger
    /// on a zoomed-out map so that it is [`room_marks::DOT_MIN_ON_SCREEN`] high on screen.
    pub(super) fn new(zoom: f32, detailed: bool) -> Self {
        let height = if detailed {
            room_marks::DOT_HEIGHT
        } else {
            (room_marks::DOT_MIN_ON_SCREEN / text_zoom(zoom)).max(room_marks::DOT_HEIGHT)
        };
        Self { height }
    }

    /// How far the badge reaches into a card of `card`'s height from its right edge: what an
    /// overview title keeps clear of.
    pub(super) fn inset(self, card: Rect) -> f32 {
        room_marks::DOT_REACH * self.fitted(card) / room_marks::DOT_HEIGHT
    }

    /// The badge's height on `card`: no taller than the card, so it never reaches the card
    /// below.
    fn fitted(self, card: Rect) -> f32 {
        self.height
            .min(card.height() - room_marks::DOT_LIFT)
            .max(room_marks::DOT_HEIGHT * 0.6)
    }

    /// The badge's box on `card` for a count written as `text_width` points wide at this size.
    fn rect(self, card: Rect, text_width: f32) -> Rect {
        let height = self.fitted(card);
        let width = (text_width + height * 0.6).max(height);
        let scale = height / room_marks::DOT_HEIGHT;
        let bottom = card.bottom() - room_marks::DOT_LIFT * scale;
        // The left end sits in the card's padding, the rest outside its right edge.
        let left = card.right() - room_marks::DOT_REACH * scale;
        Rect::from_min_max(pos2(left, bottom - height), pos2(left + width, bottom))
    }

    /// Paints the badge for `count` dots on `card`.
    pub(super) fn paint(self, painter: &Painter, card: Rect, count: u32) {
        if count == 0 {
            return;
        }
        let text = if count > 999 {
            "999+".to_owned()
        } else {
            count.to_string()
        };
        let scale = self.fitted(card) / room_marks::DOT_HEIGHT;
        let font = FontId::new(room_marks::DOT_TEXT_SIZE * scale, FontFamily::Proportional);
        let galley = painter.layout_no_wrap(text, font, room_marks::DOT_TEXT);
        let rect = self.rect(card, galley.size().x);
        painter.rect(
            rect,
            rect.height() / 2.0,
            room_marks::DOT_FILL,
            Stroke::new(room_marks::DOT_RING_WIDTH * scale, room_marks::DOT_RING),
            StrokeKind::Outside,
        );
        let at = Align2::CENTER_CENTER.anchor_size(rect.center(), galley.size());
        painter.galley(at.min, galley, room_marks::DOT_TEXT);
    }
}

/// The badge's box on `card` at its own size (test support).
#[cfg(test)]
pub(super) fn badge_rect(card: Rect, text_width: f32) -> Rect {
    DotBadge::new(1.0, true).rect(card, text_width)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme;
    use egui::vec2;

    #[test]
    fn the_badge_stays_in_the_cards_padding_and_the_gutter() {
        let card = Rect::from_min_size(pos2(100.0, 50.0), vec2(230.0, 60.0));
        let badge = badge_rect(card, 14.0);
        let text_right = card.right() - theme::CARD_PADDING;
        assert!(
            badge.left() >= text_right - 1e-3,
            "clear of the text: {badge:?}"
        );
        assert!(badge.bottom() < card.bottom() && badge.top() > card.top());
        let gutter = 2.0 * theme::CELL_PADDING;
        assert!(
            badge.right() < card.right() + gutter,
            "short of the next column"
        );
        assert!((badge.height() - room_marks::DOT_HEIGHT).abs() < 1e-3);
    }

    #[test]
    fn a_zoomed_out_badge_grows_but_never_outgrows_its_card() {
        let near = DotBadge::new(1.0, true);
        let far = DotBadge::new(0.25, false);
        let tall = Rect::from_min_size(pos2(0.0, 0.0), vec2(230.0, 200.0));
        assert!(far.inset(tall) > near.inset(tall));
        assert!(far.fitted(tall) * 0.25 >= room_marks::DOT_MIN_ON_SCREEN - 1.0);
        let short = Rect::from_min_size(pos2(0.0, 0.0), vec2(230.0, 37.0));
        assert!(far.fitted(short) <= short.height());
    }
}
