//! Quotation marks in the language of the text around them: „…“ in German, “…” in English.

use crate::model::Lang;

/// Marks that open or close a quotation in the languages users type in.
const MARKS: [char; 11] = ['"', '\'', '„', '“', '”', '‚', '‘', '’', '«', '»', '‹'];

/// `text` in the quotation marks of `lang`; unchanged when the user already wrote it in marks
/// of their own, so a quote never shows two pairs.
pub fn quoted(lang: Lang, text: &str) -> String {
    let text = text.trim();
    let mut chars = text.chars();
    let (first, last) = (chars.next(), chars.next_back());
    let marked = |c: Option<char>| c.is_some_and(|c| MARKS.contains(&c) || c == '›');
    if marked(first) && marked(last) {
        return text.to_owned();
    }
    match lang {
        Lang::De => format!("„{text}“"),
        Lang::En => format!("“{text}”"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_marks_and_typed_marks_are_kept() {
        assert_eq!(quoted(Lang::De, "Wo ist mein Brot?"), "„Wo ist mein Brot?“");
        assert_eq!(
            quoted(Lang::En, "Where is my bread?"),
            "“Where is my bread?”"
        );
        assert_eq!(quoted(Lang::De, "„Schon zitiert“"), "„Schon zitiert“");
        assert_eq!(quoted(Lang::En, "\"typed\""), "\"typed\"");
        assert_eq!(quoted(Lang::De, "“So”"), "“So”");
        assert_eq!(quoted(Lang::En, "x"), "“x”");
    }

    /// The persona's quote on the map is in the map language's marks, once.
    #[test]
    fn the_persona_quote_on_the_map_takes_the_map_language_s_marks_once() {
        let quote_on_map = |lang, quote: &str| {
            let mut map = crate::model::Map::empty(crate::model::MapKind::CurrentState, lang);
            map.persona.name = "Anna".into();
            map.persona.quote = quote.into();
            let layout = crate::layout::MapLayout::compute(
                &map,
                &mut crate::layout::FixedWidthMeasure::default(),
            );
            layout
                .title
                .texts
                .iter()
                .map(|placed| placed.text.clone())
                .find(|text| text.contains("Brot") || text.contains("bread"))
        };
        assert_eq!(
            quote_on_map(Lang::De, "Frisches Brot vor acht").as_deref(),
            Some("„Frisches Brot vor acht“")
        );
        assert_eq!(
            quote_on_map(Lang::De, "„Frisches Brot vor acht“").as_deref(),
            Some("„Frisches Brot vor acht“")
        );
        assert_eq!(
            quote_on_map(Lang::En, "Fresh bread by eight").as_deref(),
            Some("“Fresh bread by eight”")
        );
    }
}
