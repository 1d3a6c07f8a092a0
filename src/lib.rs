//! journeymap: a designer for customer-journey maps and service blueprints.
//!
//! Data flows one way: file → model → layout → paint → (screen | PNG).

pub mod analysis;
pub mod cli;
pub mod edit;
pub mod export;
pub mod file;
pub mod i18n;
pub mod import;
pub mod labels;
pub mod launch;
pub mod layout;
pub mod model;
pub mod paint;
pub mod recovery;
#[cfg(feature = "room")]
pub mod room;
pub mod theme;
pub mod ui;
