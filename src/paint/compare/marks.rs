//! The comparison's marks on the cards: an outline in the colour of why the card is marked and
//! a label on its lower edge with the word for it ("removed", "new") or what changed ("stage,
//! performance"). Drawn in picture points over the scaled maps, so the outlines and labels stay
//! the same size however small the maps had to be drawn.

use std::collections::BTreeMap;

use egui::emath::TSTransform;
use egui::{FontId, Painter, Rect, Stroke, StrokeKind, pos2, vec2};

use crate::analysis::{Change, Mark, MarkKind};
use crate::i18n::Texts;
use crate::layout::MapLayout;
use crate::model::CardId;
use crate::theme;

/// Width of a mark's outline, in picture points.
const OUTLINE_WIDTH: f32 = 3.0;
/// Size of the label text.
const LABEL_SIZE: f32 = 13.0;

/// A marked card, where the picture shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedMark {
    /// The card, in its own map.
    pub card: CardId,
    /// Why it is marked, and what changed.
    pub mark: Mark,
    /// The card's box in picture points.
    pub rect: Rect,
}

/// Message id of the word for a change.
pub fn change_id(change: Change) -> &'static str {
    match change {
        Change::Title => "compare-change-title",
        Change::Stage => "compare-change-stage",
        Change::Channel => "compare-change-channel",
        Change::Setting => "compare-change-setting",
        Change::Ownership => "compare-change-ownership",
        Change::Phase => "compare-change-phase",
        Change::Importance => "compare-change-importance",
        Change::Performance => "compare-change-performance",
        Change::Evidence => "compare-change-evidence",
        Change::Metrics => "compare-change-metrics",
    }
}

/// What changed, in words: "stage, performance".
pub fn change_note(texts: &Texts, changes: &[Change]) -> String {
    changes
        .iter()
        .map(|change| texts.get(change_id(*change)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The label's words: the kind for a removed or added card, what changed for a changed one.
fn label_words(texts: &Texts, mark: &Mark) -> Vec<String> {
    match mark.kind {
        MarkKind::Removed => vec![texts.get("compare-mark-removed")],
        MarkKind::Added => vec![texts.get("compare-mark-added")],
        MarkKind::Changed => mark
            .changes
            .iter()
            .map(|change| texts.get(change_id(*change)))
            .collect(),
    }
}

/// Where the marked cards of one map are, in picture points (hidden cards are left out).
pub fn place_marks(
    marks: &BTreeMap<CardId, Mark>,
    layout: &MapLayout,
    picture_from_map: TSTransform,
) -> Vec<PlacedMark> {
    layout
        .cards
        .iter()
        .filter(|card| !card.hidden)
        .filter_map(|card| {
            let mark = marks.get(&card.id)?;
            Some(PlacedMark {
                card: card.id,
                mark: mark.clone(),
                rect: picture_from_map * card.rect,
            })
        })
        .collect()
}

/// Paints the outline and label of each mark.
pub fn paint_marks(painter: &Painter, placed: &[PlacedMark], texts: &Texts) {
    for mark in placed {
        let color = theme::compare_mark_color(mark.mark.kind);
        painter.rect_stroke(
            mark.rect.expand(1.0),
            theme::CORNER_RADIUS,
            Stroke::new(OUTLINE_WIDTH, color),
            StrokeKind::Outside,
        );
    }
    // Labels after every outline, so no outline crosses a label.
    for mark in placed {
        paint_label(painter, mark, &label_words(texts, &mark.mark), texts);
    }
}

/// The label on a card's lower edge, as many words as fit in the card's width, then "+N".
fn paint_label(painter: &Painter, mark: &PlacedMark, words: &[String], texts: &Texts) {
    let kind = mark.mark.kind;
    let font = FontId::proportional(LABEL_SIZE);
    let text_color = theme::compare_mark_text(kind);
    let room = (mark.rect.width() - 12.0).max(40.0);
    let mut shown = words.len();
    let mut text = words.join(", ");
    let mut galley = painter.layout_no_wrap(text.clone(), font.clone(), text_color);
    while galley.size().x + 10.0 > room && shown > 1 {
        shown -= 1;
        let more = texts.get_with(
            "compare-more-changes",
            &[("count", (words.len() - shown).into())],
        );
        text = format!("{} {more}", words[..shown].join(", "));
        galley = painter.layout_no_wrap(text.clone(), font.clone(), text_color);
    }
    let size = galley.size() + vec2(10.0, 2.0);
    let min = pos2(mark.rect.left() + 6.0, mark.rect.bottom() - size.y * 0.6);
    let pill = Rect::from_min_size(min, size);
    painter.rect_filled(pill, size.y / 2.0, theme::compare_mark_color(kind));
    painter
        .with_clip_rect(pill.intersect(painter.clip_rect()))
        .galley(min + vec2(5.0, 1.0), galley, text_color);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    #[test]
    fn a_change_note_names_what_changed_in_the_maps_language() {
        let changes = [Change::Stage, Change::Performance];
        assert_eq!(
            change_note(crate::i18n::texts(Lang::En), &changes),
            "stage, performance"
        );
        assert_eq!(
            change_note(crate::i18n::texts(Lang::De), &changes),
            "Phase, Leistung"
        );
    }
}
