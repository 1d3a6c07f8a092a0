//! The marks of what a workshop room produced: the dot badge on voted cards and the room's
//! curve in the emotion lanes.
//!
//! Both must be told apart at a glance from what the map already draws: the badge's deep
//! magenta is none of the media, evidence, emotion or persona colours, and the room's curve is
//! ink-dark and dashed with hollow rings where every persona's curve is solid with faces.

use egui::Color32;

/// The dot badge's fill: the colour of a sticky voting dot. White digits on it are above
/// 6:1, legible on a washed-out projector and in greyscale print.
pub const DOT_FILL: Color32 = Color32::from_rgb(0xB0, 0x14, 0x5A);
/// The digits on the badge.
pub const DOT_TEXT: Color32 = Color32::WHITE;
/// The ring around the badge, lifting it off the card's edge and the lane behind it.
pub const DOT_RING: Color32 = Color32::WHITE;
/// Width of that ring.
pub const DOT_RING_WIDTH: f32 = 1.5;
/// The badge's height, in points: a little more than a card title's line, so the count reads
/// from the back of the room.
pub const DOT_HEIGHT: f32 = 22.0;
/// The size of its digits, in points.
pub const DOT_TEXT_SIZE: f32 = 14.0;
/// How far the badge reaches into the card from its right edge: the card's padding, so it
/// never covers text.
pub const DOT_REACH: f32 = crate::theme::CARD_PADDING;
/// How far the badge's bottom sits above the card's bottom edge.
pub const DOT_LIFT: f32 = 3.0;
/// The smallest height on screen, in points, of the badge on a zoomed-out map (the overview),
/// where it grows with the titles so the count stays readable.
pub const DOT_MIN_ON_SCREEN: f32 = 15.0;

/// The room's curve: its dashed mean line, its rings and its key.
pub const ROOM_INK: Color32 = Color32::from_rgb(0x24, 0x24, 0x24);
/// The band of one standard deviation around the room's mean: the ink, faint (about 16 %), so
/// the personas' curves stay on top of it.
pub const ROOM_BAND: Color32 = Color32::from_rgba_premultiplied(0x06, 0x06, 0x06, 0x2A);
/// The band's edges, a little darker than its fill, so it keeps its shape on a bright beamer.
pub const ROOM_BAND_EDGE: Color32 = Color32::from_rgba_premultiplied(0x0E, 0x0E, 0x0E, 0x60);
/// Width of the room's mean line.
pub const ROOM_LINE_WIDTH: f32 = 2.5;
/// Length of a dash of the mean line, and of the gap after it.
pub const ROOM_DASH: [f32; 2] = [9.0, 5.0];
/// How much wider than a persona's marker the room's ring is: a persona's face at the same
/// score shows inside it.
pub const ROOM_RING_GROWTH: f32 = 4.0;
/// Width of the ring.
pub const ROOM_RING_WIDTH: f32 = 2.5;
