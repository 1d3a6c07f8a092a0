//! Importers: journeys written in other tools' formats, turned into maps.
//!
//! Each importer is pure — text or bytes in, a [`crate::model::Map`] (or edits) and notes out —
//! so the editor, the command line and the fuzzers call the same functions, and no input can
//! make them panic.

pub mod mermaid;
