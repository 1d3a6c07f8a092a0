//! Plain text pasted onto the map: one card per line. A list typed in a mail, a document or a
//! notes app becomes cards without retyping; bullets and numbering are dropped because on a
//! card they are noise. Lines of a spreadsheet block keep every cell, joined by " · ", so
//! nothing pasted is lost.

use thiserror::Error;

use super::{Edit, Slot};
use crate::model::{CardId, Channel, Limits, Map, Setting};

/// Most lines one paste adds: more is a mistake (a whole file), not a list of cards.
pub const MAX_LINES: usize = 5_000;

/// Most bytes one paste reads, for the same reason.
pub const MAX_BYTES: usize = 1_000_000;

/// What joins the cells of a spreadsheet row on one card.
const CELL_SEPARATOR: &str = " · ";

/// Why a paste is refused as a whole; nothing of it is added.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum Refusal {
    /// More than [`MAX_BYTES`].
    #[error("the pasted text has {bytes} bytes, more than {MAX_BYTES}")]
    TooLarge {
        /// The text's size.
        bytes: usize,
    },
    /// More than [`MAX_LINES`] non-empty lines.
    #[error("the pasted text has {lines} lines, more than {MAX_LINES}")]
    TooManyLines {
        /// Non-empty lines in the text.
        lines: usize,
    },
    /// A line longer than a card's text may be.
    #[error("line {line} has {chars} characters, more than a card holds ({max})")]
    LineTooLong {
        /// The line's number in the pasted text, from 1.
        line: usize,
        /// Its length.
        chars: usize,
        /// The most a card holds.
        max: usize,
    },
}

/// The card titles in pasted `text`: one per non-empty line, trimmed, without a leading
/// bullet ("- ", "* ", "• ", "1. "), a tab-separated row's cells joined by " · ".
///
/// # Errors
/// A text too large, with too many lines, or with a line longer than a card holds.
pub fn titles(text: &str) -> Result<Vec<String>, Refusal> {
    if text.len() > MAX_BYTES {
        return Err(Refusal::TooLarge { bytes: text.len() });
    }
    let max = Limits::default().text_chars;
    let mut titles = Vec::new();
    // `\r\n` (Windows) and a lone `\r` (old Mac text) both end a line; the empty piece between
    // `\r` and `\n` is skipped like any blank line, but line numbers count real lines.
    for (number, line) in text.split('\n').enumerate() {
        for piece in line.split('\r') {
            let title = title_of(piece);
            if title.is_empty() {
                continue;
            }
            if titles.len() == MAX_LINES {
                let lines = text
                    .split(['\n', '\r'])
                    .filter(|line| !title_of(line).is_empty())
                    .count();
                return Err(Refusal::TooManyLines { lines });
            }
            // Bytes bound characters from above: count only long lines.
            if title.len() > max {
                let chars = title.chars().count();
                if chars > max {
                    return Err(Refusal::LineTooLong {
                        line: number + 1,
                        chars,
                        max,
                    });
                }
            }
            titles.push(title);
        }
    }
    Ok(titles)
}

/// One line as a card title; empty when the line says nothing.
fn title_of(line: &str) -> String {
    if line.contains('\t') {
        return line
            .split('\t')
            .map(|cell| strip_bullet(cell.trim()))
            .filter(|cell| !cell.is_empty())
            .collect::<Vec<_>>()
            .join(CELL_SEPARATOR);
    }
    strip_bullet(line.trim()).to_owned()
}

/// `line` without a list mark at its start: "-", "*", "•", "–" or a number with "." or ")",
/// each followed by a space. A mark alone ("-") or a number without a space ("3.5 stars") stays.
fn strip_bullet(line: &str) -> &str {
    let rest = line.strip_prefix(['-', '*', '•', '–']).or_else(|| {
        let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        (1..=3)
            .contains(&digits)
            .then(|| line[digits..].strip_prefix(['.', ')']))
            .flatten()
    });
    match rest {
        Some(rest) if rest.starts_with(char::is_whitespace) => rest.trim_start(),
        _ => line,
    }
}

/// The one edit that adds a card for each of `titles` at `slot`, in order, and the new cards'
/// ids. In a touchpoint lane they are touchpoints of the user's own kind, online or offline as
/// the title suggests (the user can correct it, as for a touchpoint typed into the palette).
pub fn add_cards(map: &Map, titles: Vec<String>, slot: Slot) -> (Edit, Vec<CardId>) {
    let ids = map.fresh_card_ids(titles.len());
    let cards = ids
        .iter()
        .zip(titles)
        .map(|(&id, title)| {
            let mut card = map.new_card(id, slot.lane, slot.stage, title, Channel::Custom);
            if let Some(touchpoint) = card.touchpoint.as_mut() {
                touchpoint.setting = Setting::guess(&card.title);
            }
            card
        })
        .collect();
    (Edit::AddCards { cards, slot }, ids)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LaneKind, Lang, MapKind};

    fn ok(text: &str) -> Vec<String> {
        titles(text).unwrap()
    }

    #[test]
    fn each_line_is_a_card_trimmed_and_without_its_bullet() {
        let text = "  - Sees a poster \n* Asks a friend\n• Books a trial\n1. Pays\n12) Comes back\n– Tells others";
        assert_eq!(
            ok(text),
            [
                "Sees a poster",
                "Asks a friend",
                "Books a trial",
                "Pays",
                "Comes back",
                "Tells others"
            ]
        );
    }

    #[test]
    fn marks_that_are_part_of_the_text_stay() {
        assert_eq!(
            ok("-\n3.5 stars on Google\n-5 % discount\n2024 visit\n*important*"),
            [
                "-",
                "3.5 stars on Google",
                "-5 % discount",
                "2024 visit",
                "*important*"
            ]
        );
    }

    #[test]
    fn windows_and_old_mac_line_ends_and_blank_lines_make_no_cards() {
        assert_eq!(
            ok("One\r\n\r\n   \r\nTwo\rThree\n\n"),
            ["One", "Two", "Three"]
        );
        assert!(ok("\r\n \n\t\n").is_empty());
    }

    #[test]
    fn a_spreadsheet_row_keeps_every_cell_on_one_card() {
        assert_eq!(
            ok("Stage\tCard\tNote\r\nAware\t\tSaw the ad \t\n"),
            ["Stage · Card · Note", "Aware · Saw the ad"]
        );
    }

    #[test]
    fn a_long_line_stays_whole_up_to_what_a_card_holds() {
        let max = Limits::default().text_chars;
        let long = "ä".repeat(max);
        assert_eq!(ok(&format!("short\n{long}")), ["short".to_owned(), long]);
        let too_long = format!("short\n\n{}", "x".repeat(max + 1));
        assert_eq!(
            titles(&too_long),
            Err(Refusal::LineTooLong {
                line: 3,
                chars: max + 1,
                max
            })
        );
    }

    #[test]
    fn too_many_lines_or_bytes_are_refused_whole() {
        let lines = "card\n".repeat(MAX_LINES);
        assert_eq!(ok(&lines).len(), MAX_LINES);
        assert_eq!(
            titles(&format!("{lines}\n\none more")),
            Err(Refusal::TooManyLines {
                lines: MAX_LINES + 1
            })
        );
        let big = "x".repeat(MAX_BYTES + 1);
        assert_eq!(
            titles(&big),
            Err(Refusal::TooLarge {
                bytes: MAX_BYTES + 1
            })
        );
    }

    #[test]
    fn cards_in_a_touchpoint_lane_are_own_touchpoints_guessed_online_or_offline() {
        let map = crate::file::template(MapKind::CurrentState, Lang::En).unwrap();
        let lane = map
            .lanes
            .iter()
            .find(|lane| matches!(lane.kind, LaneKind::Touchpoints))
            .unwrap()
            .id;
        let slot = Slot {
            lane,
            stage: map.stages[0].id,
            before: None,
        };
        let (edit, ids) = add_cards(
            &map,
            vec!["Bestell-App".into(), "Market stall".into()],
            slot,
        );
        let Edit::AddCards { cards, .. } = edit else {
            panic!("one edit adds the cards");
        };
        assert_eq!(cards.iter().map(|card| card.id).collect::<Vec<_>>(), ids);
        let settings: Vec<_> = cards
            .iter()
            .map(|card| card.touchpoint.as_ref().map(|t| (t.channel, t.setting)))
            .collect();
        assert_eq!(
            settings,
            [
                Some((Channel::Custom, Setting::Online)),
                Some((Channel::Custom, Setting::Offline))
            ]
        );
    }
}
