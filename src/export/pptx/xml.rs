//! The few pieces every XML part shares: the declaration, the namespaces and escaping (the
//! export's one escape, shared with the SVG writer).
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

pub use super::super::xml_escape::{attr, text};
