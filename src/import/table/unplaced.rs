//! What a table holds that could not be placed on the map, and why: nothing pasted or imported
//! is dropped without a word.

use fluent_bundle::FluentValue;

use crate::i18n;
use crate::model::Lang;

/// Why a piece of a table was not placed (or not placed whole).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A grid's column has cards but no stage name above them.
    EmptyStage,
    /// A grid's row has cards but no lane name before them.
    EmptyLane,
    /// The lane named holds no cards (an emotion curve or a blueprint line).
    LaneHoldsNoCards {
        /// The lane's title.
        lane: String,
    },
    /// A rating that is not a whole number from 1 to 5.
    Rating,
    /// An emotion that is not a whole number from −2 to 2.
    Emotion,
    /// An emotion, but the map has no emotion lane.
    NoEmotionLane,
    /// A channel name the palette does not have; the card became a touchpoint of its own kind.
    Channel,
    /// Neither online nor offline.
    Setting,
    /// No kind of media ownership.
    Media,
    /// No purchase phase.
    PurchasePhase,
    /// No evidence level.
    Evidence,
    /// A metric's value that is not a number.
    Metric,
    /// A phase for a stage the map already has: pasting does not regroup the map's stages.
    PhaseNotSet,
    /// A stage given two different phases; the first one counts.
    PhaseConflict,
    /// The map has as many stages as it may.
    TooManyStages,
    /// The map has as many lanes as it may.
    TooManyLanes,
    /// The map has as many cards as it may.
    TooManyCards,
    /// A text longer than a card holds: its beginning was placed, this is the rest.
    Truncated,
}

/// A piece of the table that was not placed, with where it was and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unplaced {
    /// The table's row, from 1 (as a spreadsheet numbers them); 0 for the table as a whole.
    pub row: usize,
    /// The table's column, from 1; 0 for the row as a whole.
    pub column: usize,
    /// The text that was not placed.
    pub text: String,
    /// Why.
    pub reason: Reason,
}

impl Unplaced {
    /// Why, in `lang`: "Row 4, column 2: "Anruf" is not a rating from 1 to 5."
    pub fn message(&self, lang: Lang) -> String {
        let texts = i18n::texts(lang);
        let (id, lane) = match &self.reason {
            Reason::EmptyStage => ("unplaced-empty-stage", None),
            Reason::EmptyLane => ("unplaced-empty-lane", None),
            Reason::LaneHoldsNoCards { lane } => ("unplaced-lane-holds-no-cards", Some(lane)),
            Reason::Rating => ("unplaced-rating", None),
            Reason::Emotion => ("unplaced-emotion", None),
            Reason::NoEmotionLane => ("unplaced-no-emotion-lane", None),
            Reason::Channel => ("unplaced-channel", None),
            Reason::Setting => ("unplaced-setting", None),
            Reason::Media => ("unplaced-media", None),
            Reason::PurchasePhase => ("unplaced-purchase-phase", None),
            Reason::Evidence => ("unplaced-evidence", None),
            Reason::Metric => ("unplaced-metric", None),
            Reason::PhaseNotSet => ("unplaced-phase-not-set", None),
            Reason::PhaseConflict => ("unplaced-phase-conflict", None),
            Reason::TooManyStages => ("unplaced-too-many-stages", None),
            Reason::TooManyLanes => ("unplaced-too-many-lanes", None),
            Reason::TooManyCards => ("unplaced-too-many-cards", None),
            Reason::Truncated => ("unplaced-truncated", None),
        };
        let preview = preview(&self.text);
        let why = texts.get_with(
            id,
            &[
                ("text", FluentValue::from(preview)),
                ("lane", FluentValue::from(lane.map_or("", String::as_str))),
                ("chars", FluentValue::from(self.text.chars().count())),
            ],
        );
        let place = match (self.row, self.column) {
            (0, _) => return why,
            (row, 0) => texts.get_with("unplaced-at-row", &[("row", FluentValue::from(row))]),
            (row, column) => texts.get_with(
                "unplaced-at-cell",
                &[
                    ("row", FluentValue::from(row)),
                    ("column", FluentValue::from(column_letter(column - 1))),
                ],
            ),
        };
        format!("{place}: {why}")
    }
}

/// The column letter spreadsheets show: A … Z, AA, AB …
pub fn column_letter(index: usize) -> String {
    let mut letters = Vec::new();
    let mut rest = index + 1;
    while rest > 0 {
        let digit = (rest - 1) % 26;
        // `digit` is below 26.
        letters.push(char::from(b'A' + u8::try_from(digit).unwrap_or(0)));
        rest = (rest - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// The text as a message quotes it: one line of at most 60 characters.
fn preview(text: &str) -> String {
    const MOST: usize = 60;
    let line = text.lines().next().unwrap_or_default().trim();
    let mut preview: String = line.chars().take(MOST).collect();
    if preview.len() < line.len() || text.trim().lines().nth(1).is_some() {
        preview.push('…');
    }
    preview
}

#[cfg(test)]
mod tests {
    use super::column_letter;

    #[test]
    fn columns_are_lettered_as_in_a_spreadsheet() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }
}
