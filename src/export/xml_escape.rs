//! Escaping for the XML the exports write by hand (the deck's parts, the SVG): one rule, so a
//! title pasted from anywhere can never break either file.

/// Whether XML 1.0 allows `c` at all. Control characters other than tab, line feed and carriage
/// return, and the non-characters U+FFFE and U+FFFF, make a part malformed — and a malformed
/// part is exactly what sends `PowerPoint` into its repair prompt. A map title pasted from
/// somewhere odd can carry them, so they are dropped instead.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
        || c >= '\u{10000}'
}

/// `value` as element content: `&`, `<` and `>` escaped, characters XML forbids dropped.
/// Quotes need no escaping in content; they are escaped anyway so one rule covers both uses.
pub fn text(value: &str) -> String {
    escape(value, false)
}

/// `value` as an attribute value in double quotes. Besides what [`text`] does, tabs and line
/// breaks become character references: a parser would otherwise normalise them to spaces.
pub fn attr(value: &str) -> String {
    escape(value, true)
}

fn escape(value: &str, in_attribute: bool) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars().filter(|&c| allowed(c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' if in_attribute => out.push_str("&#9;"),
            '\n' if in_attribute => out.push_str("&#10;"),
            '\r' if in_attribute => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}
