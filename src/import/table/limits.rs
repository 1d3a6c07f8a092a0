//! How much a table may hold before it is refused as a whole: far above any journey map drawn
//! in a spreadsheet, low enough that a hostile or mistaken file (a database dump, a picture
//! renamed `.csv`) is turned away at once instead of making the program allocate without end.
//! A card's text beyond the map's own limit is cut and the cut listed (see [`super::Reason`]).

/// Most bytes a file or a pasted block may have: 20 MB.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// Most rows a table may have.
pub const MAX_ROWS: usize = 100_000;

/// Most columns a table may have.
pub const MAX_COLUMNS: usize = 1_000;

/// Most cells a spreadsheet's sheet may span (rows × columns of the part that holds
/// anything), checked before its cells are laid out in memory.
pub const MAX_CELLS: usize = 10_000_000;

/// Most line breaks or cells a `rowspan`/`colspan` in copied HTML may stretch over.
pub const MAX_SPAN: usize = 1_000;
