//! Recognising a table's headers: which [`Field`] a column's header names, in English or
//! German, ignoring case, spaces and punctuation, with the words people use besides ours and
//! every header our own CSV export writes; and the language of a header row, which decides
//! what "Phase" means (a stage in German, a group of stages in English).

use std::sync::OnceLock;

use super::columns::Field;
use super::values::uninert;
use crate::i18n::tr;
use crate::model::Lang;

/// A header as compared: lower case, letters and digits only ("Online/offline" → "onlineoffline").
pub(crate) fn normalise(text: &str) -> String {
    uninert(text)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Headers that only a German table has: they make "Phase" a stage.
const GERMAN_ONLY: [&str; 22] = [
    "abschnitt",
    "schritt",
    "zeile",
    "ebene",
    "titel",
    "karte",
    "kanal",
    "notizen",
    "notiz",
    "bemerkung",
    "bemerkungen",
    "medien",
    "kaufphase",
    "wichtigkeit",
    "leistung",
    "beleglage",
    "verantwortlich",
    "stärken",
    "schwächen",
    "kundenzitate",
    "zitate",
    "beschreibung",
];

/// The words (normalised) each field's header may be, besides our export's own.
fn synonyms(field: &Field) -> &'static [&'static str] {
    match field {
        Field::Stage => &[
            "stage",
            "stages",
            "step",
            "steps",
            "journeystage",
            "schritt",
            "schritte",
            "stufe",
            "etappe",
        ],
        Field::Phase => &[
            "abschnitt",
            "abschnitte",
            "section",
            "group",
            "gruppe",
            "phasegroup",
        ],
        Field::Lane => &[
            "lane", "lanes", "row", "swimlane", "zeile", "ebene", "bahn", "layer",
        ],
        Field::Title => &[
            "title",
            "card",
            "touchpoint",
            "text",
            "titel",
            "karte",
            "berührungspunkt",
            "kontaktpunkt",
            "name",
            "item",
        ],
        Field::Notes => &[
            "notes",
            "note",
            "notizen",
            "notiz",
            "bemerkung",
            "bemerkungen",
            "kommentar",
            "kommentare",
            "comment",
            "comments",
            "description",
            "beschreibung",
            "details",
        ],
        Field::Channel => &["channel", "kanal", "channels", "kanäle"],
        Field::Setting => &["onlineoffline", "setting", "online", "umfeld"],
        Field::Media => &[
            "media",
            "medien",
            "ownership",
            "mediatype",
            "medienart",
            "medientyp",
        ],
        Field::PurchasePhase => &["purchasephase", "kaufphase", "buyingphase", "salesphase"],
        Field::Importance => &[
            "importance",
            "wichtigkeit",
            "bedeutung",
            "priority",
            "priorität",
        ],
        Field::Performance => &["performance", "leistung", "satisfaction", "zufriedenheit"],
        Field::Evidence => &["evidence", "beleglage", "belege", "nachweis", "confidence"],
        Field::Owner => &[
            "owner",
            "verantwortlich",
            "zuständig",
            "responsible",
            "zuständigkeit",
        ],
        Field::Strengths => &["strengths", "stärken", "staerken", "strength"],
        Field::Weaknesses => &["weaknesses", "schwächen", "schwaechen", "weakness"],
        Field::Quotes => &[
            "quotes",
            "customerquotes",
            "kundenzitate",
            "zitate",
            "quote",
            "zitat",
        ],
        Field::Emotion => &[
            "emotion",
            "emotions",
            "emotionen",
            "feeling",
            "gefühl",
            "mood",
            "stimmung",
        ],
        Field::Ignore | Field::Metric { .. } => &[],
    }
}

/// The export's message id for a field, whose text in either language is a header too.
fn export_id(field: &Field) -> Option<&'static str> {
    Some(match field {
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
        // "Stage"/"Phase" and the group column are the ambiguous ones, decided by language.
        _ => return None,
    })
}

/// The field a header names, in a header row of `lang`; `None` for a header no field has.
pub(crate) fn recognise(header: &str, lang: Lang) -> Option<Field> {
    static EXPORT_HEADERS: OnceLock<Vec<(String, Field)>> = OnceLock::new();
    let export_headers = EXPORT_HEADERS.get_or_init(|| {
        let mut headers = Vec::new();
        for field in Field::FIXED {
            if let Some(id) = export_id(&field) {
                for lang in Lang::ALL {
                    headers.push((normalise(&tr(lang, id)), field.clone()));
                }
            }
        }
        headers
    });
    let word = normalise(header);
    if word.is_empty() {
        return None;
    }
    // Our export's column of the room's dots: read back, the dots would become a metric of
    // every touchpoint, so the column is left out.
    if Lang::ALL
        .into_iter()
        .any(|lang| normalise(&tr(lang, "csv-dots")) == word)
    {
        return Some(Field::Ignore);
    }
    if word == "phase" || word == "phasen" {
        return Some(match lang {
            Lang::De => Field::Stage,
            Lang::En => Field::Phase,
        });
    }
    Field::FIXED
        .into_iter()
        .skip(1)
        .find(|field| synonyms(field).contains(&word.as_str()))
        .or_else(|| {
            export_headers
                .iter()
                .find(|(header, _)| *header == word)
                .map(|(_, field)| field.clone())
        })
}

/// The language of a header row: German if any header is a German-only word.
pub(crate) fn header_lang(headers: &[String]) -> Lang {
    if headers
        .iter()
        .any(|header| GERMAN_ONLY.contains(&normalise(header).as_str()))
    {
        Lang::De
    } else {
        Lang::En
    }
}
