//! Numbers as people type and read them in their language: "12,5" and "1.234,5" in German,
//! "12.5" and "1,234.5" in English.
//!
//! Reading is forgiving where the meaning is clear: a figure with both separators is read by
//! the last one (the decimal mark), whatever the language, and a lone separator that cannot be
//! a thousands separator ("12.5" typed on a German keyboard) is the decimal mark. Only what
//! stays ambiguous follows the language: "1.234" is 1234 in German and 1.234 in English.

use crate::model::Lang;

/// The decimal mark and the thousands separator of a language.
fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::En => ('.', ','),
        Lang::De => (',', '.'),
    }
}

/// Reads a number typed in `lang`; `None` if it is not one (or too large to hold).
pub fn parse(text: &str, lang: Lang) -> Option<f64> {
    let text = text.trim();
    let (negative, digits) = match text.chars().next()? {
        '-' | '\u{2212}' => (true, &text[text.chars().next()?.len_utf8()..]),
        '+' => (false, &text[1..]),
        _ => (false, text),
    };
    // Spaces and apostrophes group thousands too ("1 234", "1'234"); they carry no meaning.
    let digits: String = digits
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '\u{2019}'))
        .collect();
    if !digits.chars().any(|c| c.is_ascii_digit())
        || !digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let (whole, fraction) = match decimal_mark(&digits, lang)? {
        Marks::Decimal(mark) => digits.rsplit_once(mark)?,
        Marks::Whole => (digits.as_str(), ""),
    };
    let whole: String = if whole.contains(['.', ',']) {
        grouped(whole)?.concat()
    } else {
        whole.to_owned()
    };
    let value: f64 = format!("{whole}.{fraction}")
        .trim_end_matches('.')
        .parse()
        .ok()?;
    let value = if negative { -value } else { value };
    value.is_finite().then_some(value)
}

/// What the separators of a figure are.
enum Marks {
    /// All of them group thousands (or there are none): a whole number.
    Whole,
    /// This one is the decimal mark.
    Decimal(char),
}

/// Which separator of `digits` is the decimal mark; `None` if the separators make no number.
fn decimal_mark(digits: &str, lang: Lang) -> Option<Marks> {
    let (_, own_group) = separators(lang);
    let Some(last) = digits.rfind(['.', ',']) else {
        return Some(Marks::Whole);
    };
    let last = digits[last..].chars().next()?;
    let other = if last == '.' { ',' } else { '.' };
    let count = digits.matches(last).count();
    if digits.contains(other) {
        // Both kinds: the last is the decimal mark, and it comes once, after the groups.
        return (count == 1).then_some(Marks::Decimal(last));
    }
    let groups_fit = grouped(digits).is_some();
    if last == own_group && groups_fit {
        // "1.234" in German, "1,234" in English.
        return Some(Marks::Whole);
    }
    if count == 1 {
        // The language's decimal mark, or the other mark where it cannot group thousands.
        return Some(Marks::Decimal(last));
    }
    // Several of one mark: thousands groups, if they are well formed ("1.234.567" in English
    // too), else nonsense.
    groups_fit.then_some(Marks::Whole)
}

/// The digit groups of a whole number written with thousands separators: one to three digits,
/// then groups of exactly three. `None` if it is not written so.
fn grouped(whole: &str) -> Option<Vec<&str>> {
    let groups: Vec<&str> = whole.split(['.', ',']).collect();
    let (first, rest) = groups.split_first()?;
    let fits = (1..=3).contains(&first.len()) && rest.iter().all(|group| group.len() == 3);
    fits.then_some(groups)
}

/// Writes `value` as `lang` writes it, with its decimal mark and no thousands separators (so
/// it reads back the same in any field), as short as it can be without losing a digit.
pub fn format(value: f64, lang: Lang) -> String {
    let text = if value == 0.0 {
        // No "-0".
        "0".to_owned()
    } else {
        value.to_string()
    };
    let (decimal, _) = separators(lang);
    text.replace('.', &decimal.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_reads_its_own_way_of_writing() {
        assert_eq!(parse("12,5", Lang::De), Some(12.5));
        assert_eq!(parse("12.5", Lang::En), Some(12.5));
        assert_eq!(parse("1.234,5", Lang::De), Some(1234.5));
        assert_eq!(parse("1,234.5", Lang::En), Some(1234.5));
        assert_eq!(parse("1.234", Lang::De), Some(1234.0));
        assert_eq!(parse("1,234", Lang::En), Some(1234.0));
        assert_eq!(parse("1,234", Lang::De), Some(1.234));
        assert_eq!(parse("1.234", Lang::En), Some(1.234));
        assert_eq!(parse("1.234.567,89", Lang::De), Some(1_234_567.89));
        assert_eq!(parse("1,234,567", Lang::En), Some(1_234_567.0));
    }

    #[test]
    fn the_other_languages_writing_is_read_where_it_is_clear() {
        assert_eq!(parse("12.5", Lang::De), Some(12.5), "a German typing a dot");
        assert_eq!(parse("12,5", Lang::En), Some(12.5), "cannot be thousands");
        assert_eq!(parse("1,234.5", Lang::De), Some(1234.5));
        assert_eq!(parse("1.234,5", Lang::En), Some(1234.5));
        assert_eq!(parse("1.234.567", Lang::En), Some(1_234_567.0));
    }

    #[test]
    fn signs_spaces_and_bare_fractions_are_read() {
        assert_eq!(parse("  -3,5 ", Lang::De), Some(-3.5));
        assert_eq!(parse("\u{2212}3.5", Lang::En), Some(-3.5));
        assert_eq!(parse("+7", Lang::En), Some(7.0));
        assert_eq!(parse("1 234,5", Lang::De), Some(1234.5));
        assert_eq!(parse("1'234.5", Lang::En), Some(1234.5));
        assert_eq!(parse(",5", Lang::De), Some(0.5));
        assert_eq!(parse("5.", Lang::En), Some(5.0));
        assert_eq!(parse("0", Lang::De), Some(0.0));
    }

    #[test]
    fn what_is_not_a_number_is_refused() {
        for text in [
            "",
            " ",
            "-",
            "abc",
            "12a",
            "zwölf",
            "1,2,3",
            "1.2.3",
            "1,23.4",
            "12,5,0",
            "1e5",
            "inf",
            "NaN",
            "..",
            "1.234,5.6",
            "--1",
            "12 %",
        ] {
            assert_eq!(parse(text, Lang::De), None, "{text:?} in German");
            assert_eq!(parse(text, Lang::En), None, "{text:?} in English");
        }
        assert_eq!(parse(&"9".repeat(400), Lang::En), None, "too large to hold");
    }

    #[test]
    fn numbers_are_written_in_the_language_and_read_back() {
        assert_eq!(format(12.5, Lang::De), "12,5");
        assert_eq!(format(12.5, Lang::En), "12.5");
        assert_eq!(format(1234.0, Lang::De), "1234");
        assert_eq!(format(-0.0, Lang::En), "0");
        for value in [0.1, 12.5, 1234.5, -3.25, 1e12, 0.000_1, 42.0] {
            for lang in [Lang::De, Lang::En] {
                assert_eq!(parse(&format(value, lang), lang), Some(value), "{value}");
            }
        }
    }
}
