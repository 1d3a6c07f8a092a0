//! Reading one cell into a touchpoint detail (a rating, a facet, a figure …), and the small
//! readings the plan shares.

use super::columns::Field;
use super::unplaced::Reason;
use super::values::{self, number, uninert};
use crate::export::csv::QUOTE_SEPARATOR;
use crate::model::{EMOTION_MAX, EMOTION_MIN, Metric, Touchpoint};

/// A row's cells joined, for a message about the whole row.
pub(super) fn row_text(cells: &[String]) -> String {
    cells
        .iter()
        .map(|cell| cell.trim())
        .filter(|cell| !cell.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// An emotion score −2 to 2 ("+1", "-2", "0").
pub(super) fn emotion(text: &str) -> Option<i8> {
    let value = number(text, crate::model::Lang::De)?;
    (value.fract() == 0.0 && (f64::from(EMOTION_MIN)..=f64::from(EMOTION_MAX)).contains(&value))
        .then_some(value as i8)
}

/// Sets one touchpoint detail from a cell's text; the reason when the text is no such value.
pub(super) fn fill(
    details: &mut Touchpoint,
    field: &Field,
    text: &str,
    lang: crate::model::Lang,
) -> Option<Reason> {
    let text = uninert(text);
    match field {
        Field::Setting => match values::setting(text) {
            Some(setting) => details.setting = setting,
            None => return Some(Reason::Setting),
        },
        Field::Media => match values::ownership(text) {
            Some(ownership) => details.ownership = ownership,
            None => return Some(Reason::Media),
        },
        Field::PurchasePhase => match values::purchase_phase(text) {
            Some(phase) => details.phase = Some(phase),
            None => return Some(Reason::PurchasePhase),
        },
        Field::Importance => match values::rating(text) {
            Ok(rating) => details.importance = Some(rating),
            Err(()) => return Some(Reason::Rating),
        },
        Field::Performance => match values::rating(text) {
            Ok(rating) => details.performance = Some(rating),
            Err(()) => return Some(Reason::Rating),
        },
        Field::Evidence => match values::evidence(text) {
            Some(level) => details.evidence = Some(level),
            None => return Some(Reason::Evidence),
        },
        Field::Owner => append(&mut details.owner, text),
        Field::Strengths => append(&mut details.strengths, text),
        Field::Weaknesses => append(&mut details.weaknesses, text),
        Field::Quotes => details.quotes.extend(
            text.split(QUOTE_SEPARATOR)
                .map(str::trim)
                .filter(|quote| !quote.is_empty())
                .map(str::to_owned),
        ),
        Field::Metric { name, unit } => match number(text, lang) {
            Some(value) => details
                .metrics
                .push(Metric::new(name.clone(), value, unit.clone())),
            None => return Some(Reason::Metric),
        },
        _ => {}
    }
    None
}

fn append(to: &mut String, text: &str) {
    if !to.is_empty() {
        to.push('\n');
    }
    to.push_str(text);
}
