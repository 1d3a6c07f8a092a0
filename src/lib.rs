//! journeymap: a designer for customer-journey maps and service blueprints.
//!
//! Data flows one way: file → model → layout → paint → (screen | PNG).

pub mod file;
pub mod model;
pub mod labels;
pub mod layout;
pub mod theme;
pub mod paint;
pub mod export;
pub mod cli;
