//! Reading the values of a cell back: numbers in either language, our export's formula guard,
//! and the names of channels, facets and evidence levels in English and German.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::headers::normalise;
use crate::i18n::{self, tr};
use crate::model::{Channel, EvidenceLevel, Lang, Ownership, PurchasePhase, Setting};

/// A text without the `'` our CSV export (and careful spreadsheet users) put before a text that
/// begins like a formula, so `'=Hotline` reads `=Hotline` again.
pub fn uninert(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
}

/// A number as written in a table of `lang`: `2.5`, `2,5` (German), `1.234,5` or `1,234.5`
/// (thousands marks), with spaces around; `None` for anything else, or a figure not finite.
pub fn number(text: &str, lang: Lang) -> Option<f64> {
    let text: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    if text.is_empty() || text.len() > 64 {
        return None;
    }
    let plain = match (text.rfind(','), text.rfind('.')) {
        // Both marks: the last one is the decimal mark.
        (Some(comma), Some(point)) if comma > point => text.replace('.', "").replace(',', "."),
        (Some(_), None)
            if lang == Lang::De || text.matches(',').count() == 1 && !thousands(&text) =>
        {
            text.replace(',', ".")
        }
        // Thousands marks only.
        (Some(_), _) => text.replace(',', ""),
        _ => text,
    };
    let value: f64 = plain.parse().ok()?;
    value.is_finite().then_some(value)
}

/// Whether a number with one comma looks like English thousands ("1,234").
fn thousands(text: &str) -> bool {
    text.split_once(',')
        .is_some_and(|(_, after)| after.len() == 3 && after.bytes().all(|b| b.is_ascii_digit()))
}

/// Every name (normalised) of every value, in both languages, then the `extra` words: built
/// once per kind of value, since formatting the names is far slower than looking one up.
fn names<T: Copy>(
    all: &[T],
    id: impl Fn(T) -> &'static str,
    extra: &[(&str, T)],
) -> HashMap<String, T> {
    let mut names = HashMap::new();
    for lang in Lang::ALL {
        for &value in all {
            names
                .entry(normalise(&tr(lang, id(value))))
                .or_insert(value);
        }
    }
    for &(name, value) in extra {
        names.entry(name.to_owned()).or_insert(value);
    }
    names
}

/// Looks `text` up among `names`.
fn named<T: Copy>(text: &str, names: &HashMap<String, T>) -> Option<T> {
    names.get(&normalise(text)).copied()
}

/// The channel named `text` (as the palette names it, in either language).
pub fn channel(text: &str) -> Option<Channel> {
    static NAMES: OnceLock<HashMap<String, Channel>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        names(
            &Channel::ALL,
            i18n::channel_id,
            &[("email", Channel::FollowUpEmail)],
        )
    });
    named(text, names)
}

/// Online or offline.
pub fn setting(text: &str) -> Option<Setting> {
    static NAMES: OnceLock<HashMap<String, Setting>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        names(
            &Setting::ALL,
            i18n::setting_id,
            &[("online", Setting::Online), ("offline", Setting::Offline)],
        )
    });
    named(text, names)
}

/// The media ownership named `text`.
pub fn ownership(text: &str) -> Option<Ownership> {
    static NAMES: OnceLock<HashMap<String, Ownership>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        names(
            &Ownership::ALL,
            i18n::ownership_id,
            &[
                ("owned", Ownership::Owned),
                ("paid", Ownership::Paid),
                ("earned", Ownership::Earned),
                ("shared", Ownership::Shared),
                ("managed", Ownership::Managed),
            ],
        )
    });
    named(text, names)
}

/// The purchase phase named `text`.
pub fn purchase_phase(text: &str) -> Option<PurchasePhase> {
    static NAMES: OnceLock<HashMap<String, PurchasePhase>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        names(
            &PurchasePhase::ALL,
            i18n::phase_id,
            &[
                ("before", PurchasePhase::PrePurchase),
                ("vorher", PurchasePhase::PrePurchase),
                ("prepurchase", PurchasePhase::PrePurchase),
                ("purchase", PurchasePhase::Purchase),
                ("kauf", PurchasePhase::Purchase),
                ("after", PurchasePhase::PostPurchase),
                ("nachher", PurchasePhase::PostPurchase),
                ("postpurchase", PurchasePhase::PostPurchase),
            ],
        )
    });
    named(text, names)
}

/// The evidence level named `text`.
pub fn evidence(text: &str) -> Option<EvidenceLevel> {
    static NAMES: OnceLock<HashMap<String, EvidenceLevel>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        names(
            &EvidenceLevel::ALL,
            i18n::evidence_id,
            &[
                ("assumption", EvidenceLevel::Assumption),
                ("annahme", EvidenceLevel::Assumption),
                ("backed", EvidenceLevel::Backed),
                ("belegt", EvidenceLevel::Backed),
            ],
        )
    });
    named(text, names)
}

/// A rating 1–5 (`"4"`, `"4.0"`, `"4,0"`); `Err` with nothing for any other text.
pub fn rating(text: &str) -> Result<u8, ()> {
    let value = number(text, Lang::De).ok_or(())?;
    if value.fract() == 0.0 && (1.0..=5.0).contains(&value) {
        Ok(value as u8)
    } else {
        Err(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_in_either_language() {
        assert_eq!(number("2,5", Lang::De), Some(2.5));
        assert_eq!(number("2.5", Lang::En), Some(2.5));
        assert_eq!(number("1.234,5", Lang::De), Some(1234.5));
        assert_eq!(number("1,234.5", Lang::En), Some(1234.5));
        assert_eq!(number("1,234", Lang::En), Some(1234.0));
        assert_eq!(number("0,25", Lang::En), Some(0.25));
        assert_eq!(number("-3", Lang::En), Some(-3.0));
        assert_eq!(number("abc", Lang::En), None);
        assert_eq!(number("inf", Lang::En), None);
        assert_eq!(number("NaN", Lang::En), None);
    }

    #[test]
    fn the_formula_guard_is_taken_off() {
        assert_eq!(uninert("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(uninert("'-minus"), "-minus");
        assert_eq!(uninert("'quoted'"), "'quoted'");
    }

    #[test]
    fn names_read_in_both_languages() {
        for lang in Lang::ALL {
            for channel in Channel::ALL {
                assert_eq!(
                    super::channel(&tr(lang, i18n::channel_id(channel))),
                    Some(channel)
                );
            }
            for level in EvidenceLevel::ALL {
                assert_eq!(evidence(&tr(lang, i18n::evidence_id(level))), Some(level));
            }
            for phase in PurchasePhase::ALL {
                assert_eq!(
                    purchase_phase(&tr(lang, i18n::phase_id(phase))),
                    Some(phase)
                );
            }
            for owned in Ownership::ALL {
                assert_eq!(ownership(&tr(lang, i18n::ownership_id(owned))), Some(owned));
            }
        }
    }

    #[test]
    fn ratings_are_whole_numbers_from_1_to_5() {
        assert_eq!(rating("4"), Ok(4));
        assert_eq!(rating("5,0"), Ok(5));
        assert_eq!(rating("6"), Err(()));
        assert_eq!(rating("2.5"), Err(()));
        assert_eq!(rating("good"), Err(()));
    }
}
