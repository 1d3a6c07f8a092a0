//! What each column of a table means: the [`Shape`] of the table, and in a list which
//! [`Field`] of a card each column fills. [`guess`] proposes it from the header row; the paste
//! preview lets the user change it.
//!
//! Headers are recognised in English and German, ignoring case, spaces and punctuation, with
//! the words people use besides ours ("Step", "Schritt", "Zeile", "Bemerkung" …), and every
//! header our own CSV export writes. "Phase" needs care: a German table calls a stage "Phase"
//! (and a group of stages "Abschnitt"), an English one calls a group of stages a phase; the
//! other headers of the row tell the language.

use super::Table;
use super::headers::{header_lang, recognise};
use super::values::{number, uninert};
use crate::i18n::{self, tr};
use crate::model::Lang;

/// How the table's cells become cards.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Shape {
    /// First row: stage names; first column: lane names; each line of a cell: a card.
    Grid,
    /// One card per row; [`Layout::fields`] says what each column holds.
    #[default]
    List,
}

/// What a column of a list fills on its card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field {
    /// Nothing: the column is left out.
    Ignore,
    /// The stage (column) the card goes in; found by title or made.
    Stage,
    /// The phase (group of stages) the stage belongs to.
    Phase,
    /// The lane (row) the card goes in; found by title or made.
    Lane,
    /// The card's title.
    Title,
    /// The card's notes; several columns are joined, each under its header.
    Notes,
    /// The touchpoint's channel.
    Channel,
    /// Online or offline.
    Setting,
    /// Owned, paid, earned, shared or managed media.
    Media,
    /// Before, during or after the purchase.
    PurchasePhase,
    /// How much the touchpoint matters, 1–5.
    Importance,
    /// How well it works, 1–5.
    Performance,
    /// How well what the map says is backed.
    Evidence,
    /// Who looks after it.
    Owner,
    /// What works well.
    Strengths,
    /// What works badly.
    Weaknesses,
    /// Customers' words, several joined by " | ".
    Quotes,
    /// The emotion at the card's stage, −2 to 2, for the first emotion lane.
    Emotion,
    /// A measured figure of the touchpoint.
    Metric {
        /// What was measured.
        name: String,
        /// Its unit, may be empty.
        unit: String,
    },
}

impl Field {
    /// Every field but [`Field::Metric`], in the order the column pickers list them.
    pub const FIXED: [Self; 18] = [
        Self::Ignore,
        Self::Stage,
        Self::Phase,
        Self::Lane,
        Self::Title,
        Self::Notes,
        Self::Channel,
        Self::Setting,
        Self::Media,
        Self::PurchasePhase,
        Self::Importance,
        Self::Performance,
        Self::Evidence,
        Self::Owner,
        Self::Strengths,
        Self::Weaknesses,
        Self::Quotes,
        Self::Emotion,
    ];

    /// Whether the field only means something on a touchpoint, so a row that fills it is one.
    pub fn is_touchpoint_detail(&self) -> bool {
        matches!(
            self,
            Self::Channel
                | Self::Setting
                | Self::Media
                | Self::PurchasePhase
                | Self::Importance
                | Self::Performance
                | Self::Evidence
                | Self::Owner
                | Self::Strengths
                | Self::Weaknesses
                | Self::Quotes
                | Self::Metric { .. }
        )
    }
}

/// How a table is read: its shape, whether its first row is headers, and in a list what each
/// column holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Grid or list.
    pub shape: Shape,
    /// Whether the first row names the columns (a list) rather than holding a card. A grid's
    /// first row always names the stages.
    pub has_header: bool,
    /// A list's field per column, left to right; columns past the end are left out. Unused in
    /// a grid.
    pub fields: Vec<Field>,
    /// The language of the table's numbers: German tables write decimal commas.
    pub lang: Lang,
}

/// The name of a field in `lang`, for the column pickers and the preview's headers.
pub fn field_label(field: &Field, lang: Lang) -> String {
    let id = match field {
        Field::Ignore => "table-field-ignore",
        Field::Stage => "csv-stage",
        Field::Phase => "table-field-phase",
        Field::Lane => "csv-lane",
        Field::Title => "csv-title",
        Field::Notes => "csv-notes",
        Field::Channel => "csv-channel",
        Field::Setting => "csv-setting",
        Field::Media => "csv-media",
        Field::PurchasePhase => "csv-phase",
        Field::Importance => "csv-importance",
        Field::Performance => "csv-performance",
        Field::Evidence => "csv-evidence",
        Field::Owner => "csv-owner",
        Field::Strengths => "csv-strengths",
        Field::Weaknesses => "csv-weaknesses",
        Field::Quotes => "csv-quotes",
        Field::Emotion => "table-field-emotion",
        Field::Metric { name, unit } => {
            let figure = if unit.is_empty() {
                name.clone()
            } else {
                format!("{name} ({unit})")
            };
            return i18n::texts(lang).get_with(
                "table-field-metric",
                &[("name", fluent_bundle::FluentValue::from(figure))],
            );
        }
    };
    tr(lang, id)
}

/// "Visits (per month)" → ("Visits", "per month"); "Visits" → ("Visits", "").
fn metric_of(header: &str) -> Field {
    let header = uninert(header).trim();
    let (name, unit) = header
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once(" ("))
        .unwrap_or((header, ""));
    Field::Metric {
        name: name.trim().to_owned(),
        unit: unit.trim().to_owned(),
    }
}

/// Whether every non-empty cell of `column` below the header is a number, and one is.
fn numeric(table: &Table, column: usize, lang: Lang) -> bool {
    let mut any = false;
    for row in table.rows.iter().skip(1) {
        let cell = row.get(column).map_or("", |cell| cell.trim());
        if cell.is_empty() {
            continue;
        }
        if number(cell, lang).is_none() {
            return false;
        }
        any = true;
    }
    any
}

/// Longest text a grid's stage or lane name is taken to be; longer ones are card texts.
const NAME_CHARS: usize = 80;

/// Whether `text` could name a stage or lane: one short line.
fn name_like(text: &str) -> bool {
    !text.contains('\n') && text.chars().count() <= NAME_CHARS
}

/// The layout a table most likely has:
///
/// - a first row in which at least two headers name fields, one of them the stage or the
///   title, is a **list** with those fields; its other columns become metrics when they hold
///   numbers and notes otherwise, so nothing is left out unseen;
/// - a table of at least two rows and columns whose first row and first column are short
///   single lines is a **grid**;
/// - anything else is a list without headers: the first column the titles, the others notes.
pub fn guess(table: &Table) -> Layout {
    let header = table.rows.first().map_or(&[][..], Vec::as_slice);
    let lang = header_lang(header);
    let width = table.width();
    let recognised: Vec<Option<Field>> = (0..width)
        .map(|column| recognise(table.cell(0, column), lang))
        .collect();
    let named = recognised.iter().flatten().count();
    let keyed = recognised
        .iter()
        .flatten()
        .any(|field| matches!(field, Field::Stage | Field::Title));
    if named >= 2 && keyed {
        let fields = recognised
            .into_iter()
            .enumerate()
            .map(|(column, field)| {
                field.unwrap_or_else(|| {
                    let header = table.cell(0, column);
                    if header.trim().is_empty() && !has_content(table, column) {
                        Field::Ignore
                    } else if !header.trim().is_empty() && numeric(table, column, lang) {
                        metric_of(header)
                    } else {
                        Field::Notes
                    }
                })
            })
            .collect();
        return Layout {
            shape: Shape::List,
            has_header: true,
            fields,
            lang,
        };
    }
    let first_row = header.iter().skip(1);
    let first_column = table
        .rows
        .iter()
        .skip(1)
        .map(|row| row.first().map_or("", String::as_str));
    let grid = table.rows.len() >= 2
        && width >= 2
        && header.iter().skip(1).any(|cell| !cell.trim().is_empty())
        && first_row.clone().all(|cell| name_like(cell))
        && first_column.clone().all(name_like);
    if grid {
        return Layout {
            shape: Shape::Grid,
            has_header: true,
            fields: Vec::new(),
            lang,
        };
    }
    let fields = (0..width)
        .map(|column| {
            if column == 0 {
                Field::Title
            } else {
                Field::Notes
            }
        })
        .collect();
    Layout {
        shape: Shape::List,
        has_header: false,
        fields,
        lang,
    }
}

fn has_content(table: &Table, column: usize) -> bool {
    table
        .rows
        .iter()
        .any(|row| row.get(column).is_some_and(|cell| !cell.trim().is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[&[&str]]) -> Table {
        Table::new(
            rows.iter()
                .map(|row| row.iter().map(|&cell| cell.to_owned()).collect())
                .collect(),
        )
    }

    #[test]
    fn our_english_export_headers_are_a_list_with_every_field() {
        let header: Vec<String> = [
            "csv-stage",
            "csv-lane",
            "csv-title",
            "csv-channel",
            "csv-setting",
            "csv-media",
            "csv-phase",
            "csv-importance",
            "csv-performance",
            "csv-evidence",
            "csv-owner",
            "csv-strengths",
            "csv-weaknesses",
            "csv-quotes",
            "csv-notes",
        ]
        .iter()
        .map(|id| tr(Lang::En, id))
        .chain(["Visits (per month)".to_owned()])
        .collect();
        let mut rows = vec![header];
        rows.push(vec![
            "Awareness".into(),
            "Touchpoints".into(),
            "Poster".into(),
        ]);
        rows[1].resize(15, String::new());
        rows[1].push("12.5".into());
        let layout = guess(&Table::new(rows));
        assert_eq!(layout.shape, Shape::List);
        assert!(layout.has_header);
        assert_eq!(
            layout.fields[..3],
            [Field::Stage, Field::Lane, Field::Title]
        );
        assert_eq!(layout.fields[6], Field::PurchasePhase);
        assert_eq!(layout.fields[14], Field::Notes);
        assert_eq!(
            layout.fields[15],
            Field::Metric {
                name: "Visits".into(),
                unit: "per month".into()
            }
        );
    }

    #[test]
    fn phase_is_a_stage_in_a_german_header_row_and_a_group_in_an_english_one() {
        let german = guess(&table(&[
            &["Phase", "Abschnitt", "Zeile", "Titel"],
            &["a", "b", "c", "d"],
        ]));
        assert_eq!(
            german.fields,
            [Field::Stage, Field::Phase, Field::Lane, Field::Title]
        );
        assert_eq!(german.lang, Lang::De);
        let english = guess(&table(&[
            &["Stage", "Phase", "Lane", "Title"],
            &["a", "b", "c", "d"],
        ]));
        assert_eq!(
            english.fields,
            [Field::Stage, Field::Phase, Field::Lane, Field::Title]
        );
    }

    #[test]
    fn synonyms_are_recognised_whatever_their_case_and_punctuation() {
        let layout = guess(&table(&[
            &[
                "Schritt",
                "ZEILE",
                "Touch-Point",
                "Bemerkung",
                "Kanal:",
                "Sonstiges",
            ],
            &["a", "b", "c", "d", "e", "f"],
        ]));
        assert_eq!(
            layout.fields,
            [
                Field::Stage,
                Field::Lane,
                Field::Title,
                Field::Notes,
                Field::Channel,
                Field::Notes
            ]
        );
    }

    #[test]
    fn stage_names_over_cells_of_several_lines_are_a_grid() {
        let layout = guess(&table(&[
            &["", "Awareness", "Purchase"],
            &["Actions", "Sees ad\nAsks a friend", "Pays"],
            &["Thoughts", "Looks nice", ""],
        ]));
        assert_eq!(layout.shape, Shape::Grid);
    }

    #[test]
    fn every_field_has_a_label_in_both_languages_that_reads_back_as_that_field() {
        for lang in Lang::ALL {
            for field in Field::FIXED {
                let label = field_label(&field, lang);
                assert!(
                    !label.starts_with("csv-") && !label.starts_with("table-"),
                    "{label}"
                );
            }
            let metric = Field::Metric {
                name: "Visits".into(),
                unit: "per month".into(),
            };
            assert!(field_label(&metric, lang).contains("Visits (per month)"));
            // The export's own column names come back as their fields.
            for field in [
                Field::Lane,
                Field::Title,
                Field::Channel,
                Field::Quotes,
                Field::Evidence,
            ] {
                assert_eq!(
                    recognise(&field_label(&field, lang), lang),
                    Some(field.clone())
                );
            }
        }
    }

    #[test]
    fn a_single_column_is_a_list_of_titles() {
        let layout = guess(&table(&[&["Poster"], &["Flyer"]]));
        assert_eq!((layout.shape, layout.has_header), (Shape::List, false));
        assert_eq!(layout.fields, [Field::Title]);
    }
}
