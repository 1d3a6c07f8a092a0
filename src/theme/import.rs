//! Sizes of the paste and import preview: it fits a 1024 × 640 laptop whole, the grid scrolls.

use egui::Color32;

/// Room left around the dialog, in points.
pub const MARGIN: f32 = 120.0;
/// The dialog's narrowest width.
pub const MIN_WIDTH: f32 = 420.0;
/// The dialog's widest width: a wide window shows more of the grid, not longer lines.
pub const MAX_WIDTH: f32 = 1100.0;
/// The share of the window's height the grid of the preview may take.
pub const GRID_SHARE: f32 = 0.36;
/// The grid's least height.
pub const MIN_GRID_HEIGHT: f32 = 120.0;
/// The list of what cannot be placed scrolls beyond this height.
pub const UNPLACED_HEIGHT: f32 = 80.0;
/// Width of a column of the grid; titles longer than this are shortened with "…".
pub const CELL_WIDTH: f32 = 150.0;
/// Card titles a cell of the grid shows before "+ N more".
pub const TITLES_PER_CELL: usize = 3;
/// Width of a column picker of a list.
pub const COLUMN_WIDTH: f32 = 130.0;
/// The "new" mark beside a stage or lane the paste makes: a green that reads on light and dark
/// chrome.
pub const NEW_BADGE: Color32 = Color32::from_rgb(0x2E, 0x8B, 0x57);
/// Text on the "new" mark.
pub const NEW_BADGE_TEXT: Color32 = Color32::WHITE;
