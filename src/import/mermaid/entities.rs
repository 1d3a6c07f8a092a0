//! Mermaid's entity codes, the way a diagram writes characters its grammar would take as syntax.
//!
//! Before parsing, Mermaid hides every `#name;` and `#123;` from the lexer (its `encodeEntities`),
//! and after drawing it turns them into HTML entities (`&name;`, `&#123;`) that the browser shows
//! as characters. So `#58;` is how a task name holds a `:`, `#59;` a `;`, `#35;` a `#` and `#44;`
//! an actor's `,`, and `#10;` a line break (which Mermaid shows as a space). Mermaid 11 shows a
//! `<br>` in a journey's texts as those four characters, so it is left as it is.
//!
//! The importer hides entities the same way, with two private-use characters of the same length
//! as `#` and `;`, so columns in error messages still match the file.

use super::source::is_space;

/// Stands for the `#` that opens an entity while the lexer runs.
pub const OPEN: char = '\u{E000}';
/// Stands for the `;` that closes an entity while the lexer runs.
pub const CLOSE: char = '\u{E001}';

/// Hides `#name;` entities (name of ASCII letters, digits and `_`, as Mermaid's `#\w+;`) from
/// the lexer. The text keeps its length in characters.
pub fn hide(text: &str) -> String {
    // The two stand-ins typed in a file would pass for hidden entities: they become U+FFFD.
    let chars: Vec<char> = text
        .chars()
        .map(|c| {
            if c == OPEN || c == CLOSE {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect();
    let mut out = String::with_capacity(text.len());
    let mut index = 0;
    while let Some(&c) = chars.get(index) {
        if c == '#' {
            let name_len = chars
                .get(index + 1..)
                .unwrap_or_default()
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == '_')
                .count();
            if name_len > 0 && chars.get(index + 1 + name_len) == Some(&';') {
                out.push(OPEN);
                out.extend(chars.get(index + 1..=index + name_len).unwrap_or_default());
                out.push(CLOSE);
                index += name_len + 2;
                continue;
            }
        }
        out.push(c);
        index += 1;
    }
    out
}

/// The text as Mermaid shows it: hidden entities decoded as a browser decodes Mermaid's HTML
/// entities.
pub fn show(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start]);
        let after = &rest[start + OPEN.len_utf8()..];
        let Some(end) = after.find(CLOSE) else {
            out.push_str(&rest[start..]);
            rest = "";
            break;
        };
        out.push_str(&decode(&after[..end]));
        rest = &after[end + CLOSE.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// One entity's name or number as the browser shows it.
fn decode(name: &str) -> String {
    let digits = name.strip_prefix('+').unwrap_or(name);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        // `&#123;`: a code point; browsers show U+FFFD for none or an invalid one.
        let code = digits.parse::<u32>().ok().and_then(char::from_u32);
        return match code {
            Some(c) if c != '\0' => c.to_string(),
            _ => '\u{FFFD}'.to_string(),
        };
    }
    match named(name) {
        Some(c) => c.to_string(),
        // An unknown name stays as the browser shows it: the text of the entity.
        None => format!("&{name};"),
    }
}

/// The HTML entities a diagram is likely to use for the characters around its syntax.
fn named(name: &str) -> Option<char> {
    Some(match name {
        "colon" => ':',
        "semi" => ';',
        "comma" => ',',
        "num" => '#',
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "percnt" => '%',
        "excl" => '!',
        "quest" => '?',
        "period" => '.',
        "sol" => '/',
        "bsol" => '\\',
        "lpar" => '(',
        "rpar" => ')',
        "lbrace" | "lcub" => '{',
        "rbrace" | "rcub" => '}',
        "lsqb" | "lbrack" => '[',
        "rsqb" | "rbrack" => ']',
        "vert" | "verbar" => '|',
        "ast" => '*',
        "plus" => '+',
        "equals" => '=',
        "dollar" => '$',
        "commat" => '@',
        "hyphen" | "dash" => '‐',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "euro" => '€',
        "copy" => '©',
        "auml" => 'ä',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "Auml" => 'Ä',
        "Ouml" => 'Ö',
        "Uuml" => 'Ü',
        "szlig" => 'ß',
        "bdquo" => '„',
        "ldquo" => '“',
        "rdquo" => '”',
        _ => return None,
    })
}

/// A text written so Mermaid shows it as it is and reads it back the same: the characters its
/// grammar gives a meaning (`:` `;` `#` `%` braces `<`, and `,` where `in_list`) as numbered
/// entities, and so line breaks and spaces the lexer would trim, and a first word Mermaid would read as a keyword with its first letter
/// coded. Numbered entities, because Mermaid's own SVG keeps `&#58;` valid XML where a named
/// one would not be.
pub fn escape(text: &str, in_list: bool) -> String {
    let text = text.trim();
    let mut out = String::with_capacity(text.len() + 8);
    for (index, c) in text.chars().enumerate() {
        let keyword_start = index == 0 && starts_with_keyword(text);
        match c {
            ':' | ';' | '#' | '%' | '{' | '}' | '<' | OPEN | CLOSE => push_code(&mut out, c),
            ',' if in_list => push_code(&mut out, c),
            '\r' => {}
            // Spaces other than the plain one would be trimmed by the lexer at a text's ends.
            c if keyword_start || c.is_control() || (is_space(c) && c != ' ') => {
                push_code(&mut out, c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Writes `c` as a numbered entity.
fn push_code(out: &mut String, c: char) {
    use std::fmt::Write as _;
    let _ = write!(out, "#{};", u32::from(c));
}

/// Whether a text begins with a word the lexer takes as a keyword.
fn starts_with_keyword(text: &str) -> bool {
    ["journey", "title", "section", "acctitle", "accdescr"]
        .iter()
        .any(|word| {
            text.get(..word.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(word))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_decode_as_the_browser_shows_them() {
        assert_eq!(
            show(&hide("Kasse#58; bar#59; #35;1#44; ok")),
            "Kasse: bar; #1, ok"
        );
        assert_eq!(show(&hide("a#colon;b#semi;c#num;")), "a:b;c#");
        assert_eq!(show(&hide("#foo; #0;")), "&foo; \u{FFFD}");
        assert_eq!(show(&hide("one#10;two<br>three")), "one\ntwo<br>three");
        assert_eq!(show("a <b> c"), "a <b> c");
    }

    #[test]
    fn hiding_keeps_the_length_and_leaves_lone_hashes() {
        let text = "x #58; #1 #;";
        assert_eq!(hide(text).chars().count(), text.chars().count());
        assert!(hide("#1 #").contains('#'));
    }

    #[test]
    fn escaped_texts_come_back_as_written() {
        for text in [
            "Kasse: Zahlung, bar; #1",
            "50% off",
            "Title page",
            "a\nb",
            "{x} <y>",
            "\u{E000}a#59;\u{E001}",
            "a\u{feff}",
        ] {
            assert_eq!(show(&hide(&escape(text, false))), text, "{text}");
            assert_eq!(show(&hide(&escape(text, true))), text);
        }
        assert_eq!(escape("Title page", false), "#84;itle page");
    }
}
