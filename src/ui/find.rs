//! Finding commands and touchpoints by what people type: a word matches whatever its case,
//! with or without umlauts ("rückgängig", "ruckgangig" and "rueckgaengig" are one word), and
//! when nothing matches, the closest thing is offered instead of an empty list.

/// `text` reduced to what a search compares: lower case, umlauts and ß spelt out the way a
/// keyboard without them would, then the spelt-out forms folded to the plain vowel.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' | 'à' | 'á' | 'â' => folded.push('a'),
            'ö' | 'ó' | 'ô' => folded.push('o'),
            'ü' | 'ú' | 'û' => folded.push('u'),
            'é' | 'è' | 'ê' => folded.push('e'),
            'ß' => folded.push_str("ss"),
            // Hyphens and the marks of "E-Mail" or "Soll-Zustand" are typed as spaces or not at all.
            '-' | '_' | '/' | '·' | '…' | '(' | ')' | ',' | '„' | '“' | '"' => {
                folded.push(' ');
            }
            c => folded.push(c),
        }
    }
    folded
        .replace("ae", "a")
        .replace("oe", "o")
        .replace("ue", "u")
}

/// The folded words of what was typed.
pub fn words(query: &str) -> Vec<String> {
    fold(query).split_whitespace().map(str::to_owned).collect()
}

/// Whether every typed word appears in `haystack` (already folded), in any order.
pub fn matches(words: &[String], haystack: &str) -> bool {
    words.iter().all(|word| haystack.contains(word.as_str()))
}

/// How close the typed words come to `haystack` (already folded), from 0 (nothing alike) to
/// 1: for each typed word the most similar word of the haystack, averaged. It ranks the
/// nearest thing to offer when nothing matched ("drucen" is close to "drucken").
pub fn closeness(words: &[String], haystack: &str) -> f64 {
    if words.is_empty() {
        return 0.0;
    }
    let total: f64 = words
        .iter()
        .map(|word| {
            haystack
                .split_whitespace()
                .map(|candidate| strsim::jaro_winkler(word, candidate))
                .fold(0.0, f64::max)
        })
        .sum();
    #[allow(clippy::cast_precision_loss, reason = "a handful of words")]
    let count = words.len() as f64;
    total / count
}

/// The index of the haystack closest to the typed words, when any is at all close.
pub fn nearest<'a>(
    words: &[String],
    haystacks: impl IntoIterator<Item = &'a str>,
) -> Option<usize> {
    /// Below this, the "nearest" thing would be a guess that helps nobody.
    const AT_LEAST: f64 = 0.7;
    haystacks
        .into_iter()
        .map(|haystack| closeness(words, haystack))
        .enumerate()
        .filter(|(_, closeness)| *closeness >= AT_LEAST)
        .max_by(|(_, a), (_, b)| a.total_cmp(b))
        .map(|(index, _)| index)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umlauts_and_their_spelt_out_forms_are_one_word() {
        let haystack = fold("Rückgängig: Karte hinzufügen");
        for typed in ["rückgängig", "RUCKGANGIG", "rueckgaengig", "hinzufugen"] {
            assert!(matches(&words(typed), &haystack), "{typed}");
        }
        assert!(matches(&words("e mail"), &fold("E-Mail")));
        assert!(!matches(&words("drucken"), &haystack));
    }

    #[test]
    fn the_nearest_is_the_one_with_the_closest_words() {
        let haystacks = [fold("Speichern"), fold("Drucken PDF"), fold("Öffnen")];
        let nearest = nearest(&words("drucen"), haystacks.iter().map(String::as_str));
        assert_eq!(nearest, Some(1));
        let none = super::nearest(&words("xyzzy"), haystacks.iter().map(String::as_str));
        assert_eq!(none, None);
    }
}
