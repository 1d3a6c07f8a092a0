//! CSV export: one row per touchpoint, for the team's own spreadsheet.
//!
//! Spreadsheets are where touchpoint figures get sorted, filtered and charted, and the file must
//! open right with a double-click, in the map's language. A double-clicked CSV gets no import
//! dialog in Excel, which reads it with the settings of the system's locale:
//!
//! - **UTF-8 with a byte-order mark.** Without the mark Excel reads the file in the system's
//!   legacy code page and turns "Bäckerei" into "BÃ¤ckerei"; `LibreOffice` Calc recognises the
//!   mark too.
//! - **Separator and decimal mark of the map's language.** An English Excel splits fields at
//!   `,` and reads `2.5` as a number. A German Excel splits at `;` (its list separator, because
//!   `,` is its decimal mark) and reads `2,5` as a number but `2.5` as a date or text. So an
//!   English map is written with `,` and decimal points, a German map with `;` and decimal
//!   commas.
//! - Texts that hold a separator, a quote or a line break are quoted, so a note of several lines
//!   stays in one cell. Rows end with `\r\n`, as RFC 4180 and Excel have it.
//! - A text that begins like a formula (`=`, `+`, `-`, `@`, a tab or a carriage return) gets a
//!   leading `'`, so a spreadsheet shows it instead of running it: a map may come from anyone,
//!   and `=HYPERLINK(…)` or a DDE call in a card title must not act when the table is opened.

use std::collections::HashMap;

use csv::{Terminator, WriterBuilder};

use super::{ExportError, Exporter};
use crate::i18n::{self, tr};
use crate::model::{Card, Lang, Map, Metric, Touchpoint};

/// The byte-order mark that tells spreadsheets the file is UTF-8.
pub const BOM: &str = "\u{feff}";

/// How customer quotes are joined into one cell.
pub const QUOTE_SEPARATOR: &str = " | ";

/// Exports the touchpoints of a map as a CSV table.
#[derive(Clone, Copy, Debug, Default)]
pub struct CsvExporter;

impl Exporter for CsvExporter {
    fn extension(&self) -> &'static str {
        "csv"
    }

    fn export(&self, map: &Map) -> Result<Vec<u8>, ExportError> {
        to_csv(map)
    }
}

/// The field separator a spreadsheet in `lang`'s locale expects.
pub fn separator(lang: Lang) -> u8 {
    match lang {
        Lang::En => b',',
        Lang::De => b';',
    }
}

/// A number as a spreadsheet in `lang`'s locale reads it: no thousands separators, and the
/// decimal mark of the language. Rust's shortest exact form, so `2.5` stays `2.5` and never
/// becomes `2.4999999`.
pub fn number(value: f64, lang: Lang) -> String {
    let text = value.to_string();
    match lang {
        Lang::En => text,
        Lang::De => text.replace('.', ","),
    }
}

/// The message ids of the fixed columns, in order. The phase (group of stages) comes right
/// after the stage, so a table read back in can rebuild the band of phases.
const HEADERS: [&str; 16] = [
    "csv-stage",
    "csv-group",
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
];

/// The message id of the column of the room's dots, written when the map has any. Reading
/// the table back in ignores it: dots belong to the room, not to the touchpoint.
pub const DOTS_HEADER: &str = "csv-dots";

/// A metric column: every metric with this name (compared as [`Touchpoint::metric`] does) and
/// exactly this unit.
struct MetricColumn {
    /// The name as first spelled, and the unit.
    header: String,
    key: (String, String),
}

fn metric_key(metric: &Metric) -> (String, String) {
    (
        metric.name.trim().to_ascii_lowercase(),
        metric.unit.trim().to_owned(),
    )
}

/// The metric columns of a map, in the order the metrics first appear among `rows`.
fn metric_columns(rows: &[(&Card, &Touchpoint)]) -> Vec<MetricColumn> {
    let mut columns = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (_, touchpoint) in rows {
        for metric in &touchpoint.metrics {
            let key = metric_key(metric);
            if seen.insert(key.clone()) {
                let (name, unit) = (metric.name.trim(), metric.unit.trim());
                let header = if unit.is_empty() {
                    name.to_owned()
                } else {
                    format!("{name} ({unit})")
                };
                columns.push(MetricColumn { header, key });
            }
        }
    }
    columns
}

/// The touchpoint cards of `map` in reading order of the map: stage by stage from the left,
/// within a stage lane by lane from the top, within a cell top to bottom. Cards of a stage or
/// lane the map does not have (only a map built in code can have them) come last.
pub fn rows(map: &Map) -> Vec<(&Card, &Touchpoint)> {
    let stage_at: HashMap<_, _> = map
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, i))
        .collect();
    let lane_at: HashMap<_, _> = map
        .lanes
        .iter()
        .enumerate()
        .map(|(i, l)| (l.id, i))
        .collect();
    let mut rows: Vec<_> = map.touchpoints().collect();
    // A stable sort keeps the document order, which is the order within a cell.
    rows.sort_by_key(|(card, _)| {
        (
            stage_at.get(&card.stage).copied().unwrap_or(usize::MAX),
            lane_at.get(&card.lane).copied().unwrap_or(usize::MAX),
        )
    });
    rows
}

/// The CSV table of the touchpoints of `map`, as described in the [module docs](self).
pub fn to_csv(map: &Map) -> Result<Vec<u8>, ExportError> {
    let lang = map.lang;
    let rows = rows(map);
    let columns = metric_columns(&rows);
    // After a dot vote, the room's dots per touchpoint, right after the fixed columns; a map
    // the room never voted on keeps the table it always had.
    let dots = map.room.dot_totals();
    let with_dots = !dots.is_empty();
    let mut bytes = BOM.as_bytes().to_vec();
    let mut writer = WriterBuilder::new()
        .delimiter(separator(lang))
        .terminator(Terminator::CRLF)
        .from_writer(&mut bytes);
    let headers = HEADERS
        .iter()
        .map(|id| tr(lang, id))
        .chain(with_dots.then(|| tr(lang, DOTS_HEADER)))
        .chain(columns.iter().map(|column| inert(column.header.clone())));
    writer.write_record(headers).map_err(table_error)?;

    let stage_titles: HashMap<_, _> = map
        .stages
        .iter()
        .map(|s| (s.id, s.title.as_str()))
        .collect();
    let phase_title = |card: &Card| {
        map.phase_of_stage(card.stage)
            .map(|phase| phase.title.clone())
            .unwrap_or_default()
    };
    let lane_titles: HashMap<_, _> = map.lanes.iter().map(|l| (l.id, l.title.as_str())).collect();
    let rating = |value: Option<u8>| value.map(|v| v.to_string()).unwrap_or_default();
    for (card, touchpoint) in rows {
        let texts = [
            stage_titles
                .get(&card.stage)
                .copied()
                .unwrap_or_default()
                .to_owned(),
            phase_title(card),
            lane_titles
                .get(&card.lane)
                .copied()
                .unwrap_or_default()
                .to_owned(),
            card.title.clone(),
            tr(lang, i18n::channel_id(touchpoint.channel)),
            tr(lang, i18n::setting_id(touchpoint.setting)),
            tr(lang, i18n::ownership_id(touchpoint.ownership)),
            tr(lang, i18n::phase_id(map.phase_of(card, touchpoint))),
            rating(touchpoint.importance),
            rating(touchpoint.performance),
            touchpoint
                .evidence
                .map(|level| tr(lang, i18n::evidence_id(level)))
                .unwrap_or_default(),
            touchpoint.owner.clone(),
            touchpoint.strengths.clone(),
            touchpoint.weaknesses.clone(),
            touchpoint.quotes.join(QUOTE_SEPARATOR),
            card.notes.clone(),
        ];
        let mut record: Vec<String> = texts.into_iter().map(inert).collect();
        if with_dots {
            record.push(dots.get(&card.id).copied().unwrap_or(0).to_string());
        }
        record.extend(columns.iter().map(|column| {
            touchpoint
                .metrics
                .iter()
                .find(|metric| metric_key(metric) == column.key)
                .map(|metric| number(metric.value, lang))
                .unwrap_or_default()
        }));
        writer.write_record(record).map_err(table_error)?;
    }
    writer.flush().map_err(table_error)?;
    drop(writer);
    Ok(bytes)
}

/// `text` as a spreadsheet shows it rather than runs it: with a leading `'` if it begins like a
/// formula. Only texts pass through here; the ratings and metric values are numbers and stay so.
pub fn inert(text: String) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text
    }
}

fn table_error(error: impl std::fmt::Display) -> ExportError {
    ExportError::Table(error.to_string())
}

#[cfg(test)]
mod tests;
