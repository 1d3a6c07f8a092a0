//! Where a paste's HTML comes from. egui hands Ctrl+V over as text only, but a spreadsheet
//! (Excel, `LibreOffice` Calc, Google Sheets) also puts the copied block on the clipboard as an
//! HTML table, which keeps cells with several lines intact where the text does not. The editor
//! reads that HTML at the moment of the paste; tests hand it over instead.

/// The clipboard's HTML at the moment of a paste.
#[derive(Clone, Debug, Default)]
pub enum ClipboardSource {
    /// No HTML: only the pasted text counts (tests, tools, and until the window is up).
    #[default]
    TextOnly,
    /// The system clipboard.
    System,
    /// This HTML, as if a spreadsheet had put it on the clipboard.
    Html(String),
}

impl ClipboardSource {
    /// The HTML on the clipboard now, if any. Never fails and never waits long: where there is
    /// no clipboard (no display, a headless test) or no HTML on it, this is `None`.
    pub fn html(&self) -> Option<String> {
        match self {
            Self::TextOnly => None,
            Self::Html(html) => Some(html.clone()),
            Self::System => system_html(),
        }
    }
}

/// The system clipboard's HTML. arboard gives up after a few seconds when the program holding
/// the clipboard does not answer; a missing clipboard fails at once.
fn system_html() -> Option<String> {
    let mut clipboard = arboard::Clipboard::new()
        .map_err(|error| log::debug!("no clipboard for HTML: {error}"))
        .ok()?;
    clipboard
        .get()
        .html()
        .map_err(|error| log::debug!("no HTML on the clipboard: {error}"))
        .ok()
        .filter(|html| !html.trim().is_empty())
}

/// Whether `html` holds a table, the only HTML a paste reads.
pub fn has_table(html: &str) -> bool {
    html.to_ascii_lowercase().contains("<table")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_table_counts() {
        assert!(has_table("<html><body><TABLE><tr><td>a</td></tr></TABLE>"));
        assert!(!has_table("<p>a<br>b</p>"));
    }

    #[test]
    fn a_test_source_hands_its_html_over() {
        assert_eq!(ClipboardSource::TextOnly.html(), None);
        assert_eq!(
            ClipboardSource::Html("<table></table>".into()).html(),
            Some("<table></table>".into())
        );
    }
}
