//! Card titles on a zoomed-out map, the way whiteboard tools show an overview.
//!
//! Below a zoom where a card's own text would be smaller than [`theme::OVERVIEW_TEXT`] on screen,
//! a card shows its title alone, laid out at that on-screen size — as many lines as the card has
//! room for, the last one ellipsised — rather than an unreadable smear or a blank block. A card
//! too short on screen for one such line shows its colours only.
//!
//! The font size in map points is `OVERVIEW_TEXT / zoom` with the zoom rounded to a few steps
//! per octave ([`text_zoom`]), so a zoom gesture reuses a handful of sizes and egui's galley
//! cache keeps every title laid out from one frame to the next.

use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, FontFamily, FontId, Painter, Rect, pos2};

use crate::theme;

/// Zooms are rounded to steps of 1/16 of an octave (about 4 %) before text is laid out at a size
/// that depends on them. Four per cent is below what the eye tells apart in a letter.
const STEPS_PER_OCTAVE: f32 = 16.0;

/// The zoom text is laid out at for a view at `zoom` screen points per map point: `zoom`
/// rounded to one of a few steps per octave (1 for anything that is not a positive number).
pub fn text_zoom(zoom: f32) -> f32 {
    if !zoom.is_finite() || zoom <= 0.0 {
        return 1.0;
    }
    ((zoom.log2() * STEPS_PER_OCTAVE).round() / STEPS_PER_OCTAVE).exp2()
}

/// The height on screen, in points, a card needs to show one line of its title in the overview:
/// the line's letters (about the font's size, descenders included) and a sliver above and below.
pub fn card_height_for_a_line() -> f32 {
    theme::OVERVIEW_TEXT * (1.0 + 2.0 * theme::OVERVIEW_PADDING)
}

/// How the titles of one frame's cards are set: computed once per frame, not per card.
#[derive(Clone, Debug)]
pub(super) struct OverviewText {
    font: FontId,
    /// One line's height, in map points.
    row_height: f32,
    /// Space between the card's edge and its title, in map points.
    padding: f32,
    /// The font's size, in map points: what one line's letters need.
    size: f32,
}

impl OverviewText {
    /// The titles' font for a view at `zoom`.
    pub(super) fn new(painter: &Painter, zoom: f32) -> Self {
        let size = theme::OVERVIEW_TEXT / text_zoom(zoom);
        let font = FontId::new(size, FontFamily::Proportional);
        let row_height = painter.fonts_mut(|fonts| fonts.row_height(&font));
        Self {
            font,
            row_height,
            padding: size * theme::OVERVIEW_PADDING,
            size,
        }
    }

    /// Paints `title` in `card` from its top-left, as many lines as fit (the last ellipsised);
    /// nothing when not even one line fits. `[left, right]` insets keep clear of the ownership
    /// stripe and of the room's dot badge.
    pub(super) fn paint(
        &self,
        painter: &Painter,
        title: &str,
        card: Rect,
        [left_inset, right_inset]: [f32; 2],
        color: Color32,
    ) {
        let inner = Rect::from_min_max(
            pos2(
                card.left() + left_inset + self.padding,
                card.top() + self.padding,
            ),
            pos2(
                card.right() - right_inset - self.padding,
                card.bottom() - self.padding,
            ),
        );
        // A line needs its letters' height; the gap below the last one may fall outside.
        let rows = ((inner.height() - self.size) / self.row_height).floor() + 1.0;
        if title.trim().is_empty() || rows < 1.0 || inner.width() <= 0.0 {
            return;
        }
        let job = |rows: f32| {
            let mut job = LayoutJob::single_section(
                title.trim().to_owned(),
                TextFormat::simple(self.font.clone(), color),
            );
            job.wrap = fitted_wrapping(inner.width(), rows);
            job
        };
        let mut galley = painter.layout_job(job(rows));
        // A word wider than the card would be broken inside ("Kundenaktio / nen"): one line
        // shortened with "…" reads better.
        if breaks_inside_a_word(&galley) {
            galley = painter.layout_job(job(1.0));
        }
        // A card with room for one line shows it in its middle.
        let top = if galley.rows.len() == 1 {
            card.center().y - galley.size().y / 2.0
        } else {
            inner.top()
        };
        painter
            .with_clip_rect(card.intersect(painter.clip_rect()))
            .galley(pos2(inner.left(), top), galley, color);
    }
}

/// Whether `galley` wrapped a line inside a word: a row that ends in a letter or digit
/// followed by a row that starts with one (egui breaks between words where it can).
pub(super) fn breaks_inside_a_word(galley: &egui::Galley) -> bool {
    galley.rows.windows(2).any(|pair| {
        let end = pair[0].glyphs.last().map(|glyph| glyph.chr);
        let start = pair[1].glyphs.first().map(|glyph| glyph.chr);
        !pair[0].ends_with_newline
            && end.is_some_and(char::is_alphanumeric)
            && start.is_some_and(char::is_alphanumeric)
    })
}

/// Wrapping for text `width` points wide in `rows` lines (a positive whole number): the last
/// line ellipsised; one line shows as much of the text as fits ("Einhorn-T…"), not the first
/// word alone, while several lines break between words.
pub(super) fn fitted_wrapping(width: f32, rows: f32) -> TextWrapping {
    TextWrapping {
        max_width: width,
        // At most a card's worth of lines: far fewer than `usize::MAX`.
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a positive whole number of rows, a few dozen at most"
        )]
        max_rows: rows.clamp(1.0, 1_000.0) as usize,
        break_anywhere: rows < 2.0,
        overflow_character: Some('…'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rows `OverviewText::paint` draws for `title` in a card `width_factor` times as wide
    /// as the title's widest word, tall enough for three lines.
    fn card_rows(title: &str, width_factor: f32) -> Vec<String> {
        crate::paint::text_rows::painted_rows(|painter| {
            let overview = OverviewText::new(painter, 1.0);
            let widest = crate::paint::text_rows::widest_word(painter, title, &overview.font);
            let card = Rect::from_min_size(
                pos2(0.0, 0.0),
                egui::vec2(
                    widest * width_factor + 2.0 * overview.padding,
                    3.0 * overview.row_height + 2.0 * overview.padding,
                ),
            );
            overview.paint(painter, title, card, [0.0, 0.0], Color32::BLACK);
        })
    }

    #[test]
    fn a_card_title_is_never_broken_inside_a_word() {
        // Too narrow for its one long word: one line with "…", not "Kundenakti / onen".
        let rows = card_rows("Kundenaktionen am Morgen", 0.6);
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert!(rows[0].ends_with('…'), "{rows:?}");
        // Words that fit wrap between words, over several lines.
        let rows = card_rows("Sieht ein Plakat am Bahnhof", 1.2);
        assert!(rows.len() > 1, "{rows:?}");
        assert!(rows.iter().all(|row| !row.trim().is_empty()), "{rows:?}");
    }

    /// The rounding itself is tested where the canvas uses it (`ui::sharp_text`); here, what
    /// is not a zoom at all.
    #[test]
    #[expect(clippy::float_cmp, reason = "1 is given back exactly")]
    fn what_is_not_a_zoom_lays_text_out_at_its_own_size() {
        for not_a_zoom in [0.0, -2.0, f32::NAN, f32::INFINITY] {
            assert_eq!(text_zoom(not_a_zoom), 1.0, "{not_a_zoom}");
        }
    }
}
