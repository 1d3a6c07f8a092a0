//! The few pieces every XML part shares: the declaration, the namespaces and escaping.
//!
//! The parts are written by string building rather than with an XML writer. Almost all of a
//! deck is fixed markup that has to match the schema's element order exactly, and that is far
//! easier to check against ECMA-376 when it reads like the XML it produces. Only a handful of
//! values come from the caller (titles, subtitle lines, picture names); each of them goes through
//! [`text`] or [`attr`] and nothing else, so escaping happens in one place.

/// The declaration Office writes at the top of every part.
pub const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

/// `DrawingML`.
pub const NS_A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
/// Relationship ids inside parts.
pub const NS_R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/// `PresentationML`.
pub const NS_P: &str = "http://schemas.openxmlformats.org/presentationml/2006/main";

/// The three namespace declarations of every `PresentationML` part, as attributes.
pub fn pml_namespaces() -> String {
    format!("xmlns:a=\"{NS_A}\" xmlns:r=\"{NS_R}\" xmlns:p=\"{NS_P}\"")
}

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
