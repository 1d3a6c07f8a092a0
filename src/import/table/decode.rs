//! Bytes of a text file to text, in whatever encoding the spreadsheet that wrote it used.
//!
//! A German Excel saves "CSV (Trennzeichen-getrennt)" in Windows-1252 and "Unicode-Text" as
//! UTF-16 with a byte-order mark; `LibreOffice` and Google Sheets write UTF-8. A file that was
//! edited in two programs can hold both UTF-8 and Windows-1252. The order of the checks:
//!
//! 1. a byte-order mark names the encoding (UTF-8, UTF-16 LE/BE) — `encoding_rs` reads it;
//! 2. valid UTF-8 is UTF-8;
//! 3. UTF-16 without a mark shows as a zero byte in every other place;
//! 4. text with valid UTF-8 sequences *and* invalid bytes is mixed: the UTF-8 parts stay, the
//!    other bytes are read as Windows-1252 (what a German Excel added);
//! 5. anything else is guessed by `chardetng` (Firefox's detector), Windows-1252 for most
//!    European text.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::message::{Note, TableError};

/// Text read from bytes, and what the user should know about how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte-order mark.
    pub text: String,
    /// Notes on the encoding when it was not plain UTF-8.
    pub notes: Vec<Note>,
}

/// Reads `bytes` as text: a byte-order mark names the encoding; else valid UTF-8 is UTF-8;
/// UTF-16 without a mark shows as zero bytes in every other place; UTF-8 mixed with other
/// bytes keeps its UTF-8 and reads the rest as Windows-1252; anything else is guessed by
/// `chardetng` (Windows-1252 for most European text).
///
/// # Errors
/// [`TableError::NotText`] when the text holds a NUL or another control character no table
/// holds: the file is a picture, an archive or a program, not a table.
pub fn decode(bytes: &[u8]) -> Result<Decoded, TableError> {
    let mut notes = Vec::new();
    let text = if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom..).unwrap_or_default();
        let (text, had_errors) = encoding.decode_without_bom_handling(rest);
        if encoding != UTF_8 {
            notes.push(Note::Encoding {
                name: encoding.name().to_owned(),
            });
        }
        if had_errors {
            notes.push(Note::Replaced {
                count: text.matches('\u{fffd}').count(),
            });
        }
        text.into_owned()
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        text.to_owned()
    } else if let Some(encoding) = utf16_without_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        notes.push(Note::Encoding {
            name: encoding.name().to_owned(),
        });
        text.into_owned()
    } else if has_utf8_sequence(bytes) {
        let (text, bytes) = mixed(bytes);
        notes.push(Note::MixedEncoding { bytes });
        text
    } else {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
        let (text, _, _) = encoding.decode(bytes);
        notes.push(Note::Encoding {
            name: encoding.name().to_owned(),
        });
        text.into_owned()
    };
    if let Some(offset) = text.find(is_binary) {
        return Err(TableError::NotText { offset });
    }
    Ok(Decoded { text, notes })
}

/// Control characters that never stand in a table's text: NUL and the ones before the tab.
/// Other control characters (a form feed, an escape) are dropped later with the rest of a
/// card's invisible characters.
fn is_binary(c: char) -> bool {
    matches!(c, '\0'..='\u{8}')
}

/// UTF-16 without a byte-order mark: a zero byte in most odd (little-endian, for Latin text)
/// or even (big-endian) places.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..bytes.len().min(4096))?;
    let pairs = sample.len() / 2;
    if pairs < 2 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let zero_at = |offset: usize| {
        sample
            .iter()
            .skip(offset)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zero_at(0), zero_at(1));
    if odd * 10 >= pairs * 9 && even == 0 {
        Some(UTF_16LE)
    } else if even * 10 >= pairs * 9 && odd == 0 {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Whether `bytes` hold at least one valid UTF-8 sequence of more than one byte.
fn has_utf8_sequence(bytes: &[u8]) -> bool {
    bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii())
}

/// UTF-8 where it is valid, Windows-1252 for every other byte; and how many bytes that was.
fn mixed(bytes: &[u8]) -> (String, usize) {
    let mut text = String::with_capacity(bytes.len());
    let mut other = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        let invalid = chunk.invalid();
        other += invalid.len();
        let (part, _, _) = WINDOWS_1252.decode(invalid);
        text.push_str(&part);
    }
    (text, other)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_reads_with_its_umlauts() {
        let (bytes, _, _) = WINDOWS_1252.encode("Phase;Titel\nKauf;Bäckerei öffnet für Grüße\n");
        let decoded = decode(&bytes).unwrap();
        assert_eq!(
            decoded.text,
            "Phase;Titel\nKauf;Bäckerei öffnet für Grüße\n"
        );
        assert_eq!(
            decoded.notes,
            vec![Note::Encoding {
                name: "windows-1252".into()
            }]
        );
    }

    #[test]
    fn utf16_with_a_mark_in_either_order_reads() {
        let text = "Stage\tTitle\nKauf\tÄrger über Lieferung\n";
        let mut le = vec![0xff, 0xfe];
        let mut be = vec![0xfe, 0xff];
        for unit in text.encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap().text, text);
        assert_eq!(decode(&be).unwrap().text, text);
    }

    #[test]
    fn utf16_without_a_mark_reads() {
        let text = "Stage\tTitle\nKauf\tBrötchen\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&le).unwrap().text, text);
    }

    #[test]
    fn a_utf8_mark_is_dropped() {
        assert_eq!(decode("\u{feff}a;b".as_bytes()).unwrap().text, "a;b");
    }

    #[test]
    fn mixed_utf8_and_windows_1252_keep_both_umlauts() {
        let mut bytes = "Grüße;".as_bytes().to_vec();
        bytes.extend(WINDOWS_1252.encode("Größe").0.iter());
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.text, "Grüße;Größe");
        assert_eq!(decoded.notes, vec![Note::MixedEncoding { bytes: 2 }]);
    }

    #[test]
    fn a_picture_is_not_text() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert!(matches!(decode(png), Err(TableError::NotText { .. })));
    }
}
