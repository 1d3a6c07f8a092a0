//! Bringing journeys in from other tools: pure importers that turn bytes or text into a new
//! [`Map`](crate::model::Map) or an [`Edit`](crate::edit::Edit), with what could not be placed
//! listed, never a panic. The editor's paste and File ▸ Import and the command line's `import`
//! are thin callers of these functions, so all three read a file the same way.

pub mod mermaid;
pub mod table;

mod file;

pub use file::{ImportError, ImportOptions, Imported, import_bytes, import_file};
