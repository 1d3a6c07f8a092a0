//! Every colour and size of the map picture, in one place; the editor's chrome around it (light
//! and dark) in [`chrome`].
//!
//! The map is drawn for slides and projectors: light background, high-contrast text, pastel
//! sticky-note fills that stay distinguishable on a washed-out beamer. No other module writes a
//! colour literal; sizes are in points (1 point = 1 pixel at export scale 1).

use egui::Color32;

use crate::model::{EvidenceLevel, Ownership, TextRole};

pub mod chrome;
pub mod import;
pub mod room_marks;

/// Outer margin around the whole map.
pub const MARGIN: f32 = 32.0;
/// Width of the column of lane labels at the left.
pub const LABEL_COLUMN_WIDTH: f32 = 180.0;
/// Width of one stage column.
pub const STAGE_WIDTH: f32 = 250.0;
/// Height of the stage header row.
pub const STAGE_HEADER_HEIGHT: f32 = 48.0;
/// Height of the band of phases above the stage headers (only on a map with phases): one line
/// of a heading with room around it.
pub const PHASE_BAND_HEIGHT: f32 = 36.0;
/// Gap between the band of phases and the stage headers below it.
pub const PHASE_BAND_GAP: f32 = 4.0;
/// Thickness of the darker line along the bottom of a phase's band, which keeps neighbouring
/// phases apart where a projector washes the tints out.
pub const PHASE_EDGE_WIDTH: f32 = 3.0;
/// Gap between the title band and the stage headers.
pub const TITLE_GAP: f32 = 24.0;
/// Space between a cell's edge and its cards.
pub const CELL_PADDING: f32 = 10.0;
/// Vertical gap between two cards of one cell.
pub const CARD_GAP: f32 = 8.0;
/// Space between a card's edge and its text.
pub const CARD_PADDING: f32 = 10.0;
/// Size on screen, in points, of a card title on a zoomed-out map (the overview): the smallest
/// text a facilitator reads at arm's length on a laptop. Card text that would come out smaller
/// gives way to the title alone at this size.
pub const OVERVIEW_TEXT: f32 = 10.5;
/// Space around an overview title inside its card, as a share of the title's size: a pixel or
/// two, so a card as tall as a line of text still shows its title.
pub const OVERVIEW_PADDING: f32 = 0.12;
/// The smallest size on screen, in points, at which a card's own text (title 14, notes 12) is
/// still drawn as laid out; below it the overview's titles take over. Just under the zoom a
/// wide map opens at (70 %), so an opened map shows its cards whole.
pub const CARD_TEXT_MIN_ON_SCREEN: f32 = 9.5;
/// Corner radius of cards and headers.
pub const CORNER_RADIUS: f32 = 8.0;
/// Side of a touchpoint card's channel icon.
pub const ICON_SIZE: f32 = 18.0;
/// Space between the icon and the title.
pub const ICON_GAP: f32 = 6.0;
/// Vertical space between the parts of a card (title, notes, facets).
pub const TEXT_GAP: f32 = 4.0;
/// Smallest height of a card lane, even when empty, so an empty lane is still a drop target.
pub const LANE_MIN_HEIGHT: f32 = 72.0;
/// Height of a collapsed lane: one line of its label.
pub const COLLAPSED_LANE_HEIGHT: f32 = 40.0;
/// Height of the emotion curve lane.
pub const EMOTION_LANE_HEIGHT: f32 = 170.0;
/// Height of a blueprint divider lane.
pub const DIVIDER_LANE_HEIGHT: f32 = 34.0;
/// Radius of an emotion marker.
pub const EMOTION_MARKER_RADIUS: f32 = 14.0;
/// Width of the emotion scale (−2 … +2 with faces) at the right of an emotion lane's label.
pub const EMOTION_SCALE_WIDTH: f32 = 44.0;
/// Width of the emotion curve.
pub const EMOTION_LINE_WIDTH: f32 = 3.0;
/// Width of a blueprint arrow.
pub const ARROW_WIDTH: f32 = 1.8;
/// Length of an arrowhead.
pub const ARROWHEAD_LENGTH: f32 = 10.0;
/// Width of the persona box in the title band.
pub const PERSONA_WIDTH: f32 = 560.0;
/// Side of the persona photo's square.
pub const PERSONA_PHOTO_SIZE: f32 = 96.0;
/// Radius of the evidence mark at a touchpoint card's top-right corner, ring and outline
/// included: about a capital letter of the card title, so the room sees it from the back.
pub const EVIDENCE_MARK_RADIUS: f32 = 7.0;
/// How far the evidence mark's centre sits inside the card's top and right edges. Less than its
/// radius: the mark rides on the corner like a badge, in the card's padding and not over its
/// title, so it needs no room of its own and the card does not change size when it appears.
pub const EVIDENCE_MARK_INSET: f32 = 5.0;
/// Width of the white ring around the evidence mark's colour.
pub const EVIDENCE_MARK_RING: f32 = 1.5;
/// Width of the dark hairline around the ring, which keeps the ring visible on white cards.
pub const EVIDENCE_MARK_OUTLINE: f32 = 0.75;

/// Font sizes, in points.
pub mod font {
    /// The map title.
    pub const TITLE: f32 = 30.0;
    /// Stage headers, lane labels, persona name.
    pub const HEADING: f32 = 16.0;
    /// Card titles, goal.
    pub const BODY: f32 = 14.0;
    /// Notes, facets, persona details.
    pub const SMALL: f32 = 12.0;
}

/// The picture's background.
pub const BACKGROUND: Color32 = Color32::from_rgb(0xFA, 0xFA, 0xF7);
/// Main text.
pub const TEXT: Color32 = Color32::from_rgb(0x1F, 0x23, 0x28);
/// Secondary text: notes, facets, persona details.
pub const TEXT_MUTED: Color32 = Color32::from_rgb(0x55, 0x5D, 0x66);
/// Text on dark fills (stage headers, emotion markers).
pub const TEXT_ON_DARK: Color32 = Color32::WHITE;
/// The title band's fill.
pub const TITLE_BAND: Color32 = Color32::from_rgb(0xFF, 0xFF, 0xFF);
/// Hairlines around boxes.
pub const OUTLINE: Color32 = Color32::from_rgb(0xD5, 0xD8, 0xDC);
/// Stage header fill.
pub const STAGE_HEADER: Color32 = Color32::from_rgb(0x2E, 0x4A, 0x6B);
/// Alternate lane backgrounds, so rows can be followed across a wide map.
pub const LANE_BANDS: [Color32; 2] = [
    Color32::from_rgb(0xFF, 0xFF, 0xFF),
    Color32::from_rgb(0xF1, 0xF3, 0xF5),
];
/// Lane label column fill.
pub const LANE_LABEL: Color32 = Color32::from_rgb(0xE6, 0xEA, 0xEE);
/// The square of a persona photo that could not be loaded.
pub const PHOTO_PLACEHOLDER: Color32 = Color32::from_rgb(0xCF, 0xD6, 0xDE);
/// Vertical lines between stage columns.
pub const GRID: Color32 = Color32::from_rgb(0xDD, 0xE1, 0xE5);
/// The blueprint's divider lines.
pub const DIVIDER: Color32 = Color32::from_rgb(0x8A, 0x6D, 0x3B);
/// The emotion curve.
pub const EMOTION_LINE: Color32 = Color32::from_rgb(0x3A, 0x4A, 0x5C);
/// The curves of a map of several personas, in the order of its personas: the first keeps the
/// plain curve's slate; the others are hues far from the red-to-green of the emotion faces and
/// from each other, so five curves in one lane stay apart on a projector.
pub const PERSONA_COLORS: [Color32; crate::model::MAX_PERSONAS] = [
    EMOTION_LINE,
    Color32::from_rgb(0x1E, 0x64, 0xC8),
    Color32::from_rgb(0x00, 0x83, 0x8F),
    Color32::from_rgb(0x7B, 0x3F, 0xB0),
    Color32::from_rgb(0xAD, 0x14, 0x57),
];

/// The colour of the curve of the persona at `index` among a map's personas.
pub fn persona_color(index: usize) -> Color32 {
    PERSONA_COLORS[index % PERSONA_COLORS.len()]
}
/// The neutral (0) line of the emotion lane.
pub const EMOTION_NEUTRAL: Color32 = Color32::from_rgb(0xB8, 0xBE, 0xC6);
/// Blueprint arrows.
pub const ARROW: Color32 = Color32::from_rgb(0x4A, 0x55, 0x63);
/// Touchpoint card fill (the ownership colour marks its edge and icon).
pub const TOUCHPOINT_FILL: Color32 = Color32::WHITE;

/// The fill of a phase's band: light enough for dark text ([`TEXT`] on each is above 10:1),
/// saturated enough that neighbouring phases still differ on a washed-out projector.
pub fn phase_tint(colour: crate::model::PhaseColour) -> Color32 {
    use crate::model::PhaseColour;
    match colour {
        PhaseColour::Sand => Color32::from_rgb(0xF3, 0xDC, 0xA8),
        PhaseColour::Sky => Color32::from_rgb(0xBD, 0xDA, 0xF4),
        PhaseColour::Mint => Color32::from_rgb(0xC0, 0xE6, 0xC9),
        PhaseColour::Rose => Color32::from_rgb(0xF4, 0xC7, 0xD0),
        PhaseColour::Lilac => Color32::from_rgb(0xDB, 0xCF, 0xF2),
        PhaseColour::Slate => Color32::from_rgb(0xD5, 0xDB, 0xE2),
    }
}

/// The darker line along the bottom of a phase's band, in the tint's hue.
pub fn phase_edge(colour: crate::model::PhaseColour) -> Color32 {
    use crate::model::PhaseColour;
    match colour {
        PhaseColour::Sand => Color32::from_rgb(0xC0, 0x8E, 0x2A),
        PhaseColour::Sky => Color32::from_rgb(0x3B, 0x7B, 0xB8),
        PhaseColour::Mint => Color32::from_rgb(0x3E, 0x95, 0x57),
        PhaseColour::Rose => Color32::from_rgb(0xC0, 0x4A, 0x66),
        PhaseColour::Lilac => Color32::from_rgb(0x7A, 0x5C, 0xB8),
        PhaseColour::Slate => Color32::from_rgb(0x6A, 0x76, 0x84),
    }
}

/// Fill of a text card, by what its lane means.
pub fn text_card_fill(role: TextRole) -> Color32 {
    match role {
        TextRole::Actions | TextRole::Activities => Color32::from_rgb(0xD6, 0xE8, 0xFA),
        TextRole::Thoughts => Color32::from_rgb(0xE8, 0xE0, 0xF7),
        TextRole::PainPoints | TextRole::NeedsUnmet => Color32::from_rgb(0xFA, 0xD4, 0xD0),
        TextRole::Opportunities | TextRole::NeedsMet => Color32::from_rgb(0xD3, 0xF0, 0xD8),
        TextRole::Goals => Color32::from_rgb(0xCF, 0xEE, 0xEA),
        TextRole::Ideas | TextRole::Notes => Color32::from_rgb(0xFC, 0xF0, 0xB8),
        TextRole::Evidence => Color32::from_rgb(0xEE, 0xE6, 0xDA),
        TextRole::Frontstage => Color32::from_rgb(0xD9, 0xEC, 0xF2),
        TextRole::Backstage => Color32::from_rgb(0xE6, 0xE1, 0xF0),
        TextRole::Support => Color32::from_rgb(0xE4, 0xE7, 0xEA),
    }
}

/// The colour that marks a touchpoint's media ownership (card edge, icon, legend).
pub fn ownership_color(ownership: Ownership) -> Color32 {
    match ownership {
        Ownership::Owned => Color32::from_rgb(0x1F, 0x77, 0xB4),
        Ownership::Paid => Color32::from_rgb(0xD6, 0x5F, 0x0E),
        Ownership::Earned => Color32::from_rgb(0x2C, 0x9A, 0x3C),
        Ownership::Shared => Color32::from_rgb(0x9A, 0x3F, 0xB0),
        Ownership::Managed => Color32::from_rgb(0x0E, 0x8C, 0x8C),
    }
}

/// The traffic light of how well a touchpoint's knowledge is backed. Beyond hue the three differ
/// in lightness (dark red, light amber, middle green: CIE L* 36, 74, 58), so they stay apart
/// for colour-blind people and on a washed-out projector.
pub fn evidence_color(level: EvidenceLevel) -> Color32 {
    match level {
        EvidenceLevel::Assumption => Color32::from_rgb(0xA6, 0x1B, 0x1B),
        EvidenceLevel::PartlyBacked => Color32::from_rgb(0xF2, 0xA9, 0x00),
        EvidenceLevel::Backed => Color32::from_rgb(0x3A, 0x9D, 0x4E),
    }
}
/// The ring around an evidence mark: it lifts the dot off any card fill and off the card edge.
pub const EVIDENCE_RING: Color32 = Color32::WHITE;
/// The hairline around that ring.
pub const EVIDENCE_OUTLINE: Color32 = Color32::from_black_alpha(110);
/// The tint of a priority-matrix quadrant: warm where to act first, green where it works,
/// cool where effort may be wasted, grey for the rest. Light, so dots and labels stay legible.
pub fn quadrant_fill(quadrant: crate::analysis::Quadrant) -> Color32 {
    use crate::analysis::Quadrant;
    match quadrant {
        Quadrant::FixFirst => Color32::from_rgb(0xFB, 0xE3, 0xDF),
        Quadrant::KeepItUp => Color32::from_rgb(0xE2, 0xF1, 0xE0),
        Quadrant::PossibleOverkill => Color32::from_rgb(0xE1, 0xEB, 0xF5),
        Quadrant::LowPriority => Color32::from_rgb(0xEE, 0xEF, 0xF1),
    }
}

/// The name of a priority-matrix quadrant, a darker shade of its tint.
pub fn quadrant_text(quadrant: crate::analysis::Quadrant) -> Color32 {
    use crate::analysis::Quadrant;
    match quadrant {
        Quadrant::FixFirst => Color32::from_rgb(0xA3, 0x2B, 0x1C),
        Quadrant::KeepItUp => Color32::from_rgb(0x2E, 0x6B, 0x2A),
        Quadrant::PossibleOverkill => Color32::from_rgb(0x2B, 0x55, 0x80),
        Quadrant::LowPriority => Color32::from_rgb(0x55, 0x5D, 0x66),
    }
}

/// Over cards a facet filter left out.
pub const DIM_VEIL: Color32 = Color32::from_rgba_premultiplied(0xE4, 0xE4, 0xE2, 0xD0);

/// The heat colours from the lowest value to the highest: pale yellow through orange to a deep
/// orange-red, one hue family so the eye reads more and less, dark text legible on all.
const HEAT_STOPS: [Color32; 3] = [
    Color32::from_rgb(0xFF, 0xF4, 0xC8),
    Color32::from_rgb(0xFC, 0xB5, 0x5E),
    Color32::from_rgb(0xE8, 0x6A, 0x3A),
];

/// The heat colour of a value at `fraction` (0 = lowest, 1 = highest) of its range.
pub fn heat_color(fraction: f32) -> Color32 {
    let fraction = fraction.clamp(0.0, 1.0) * 2.0;
    let (from, to, t) = if fraction <= 1.0 {
        (HEAT_STOPS[0], HEAT_STOPS[1], fraction)
    } else {
        (HEAT_STOPS[1], HEAT_STOPS[2], fraction - 1.0)
    };
    from.lerp_to_gamma(to, t)
}

/// Behind a label written over a chart.
pub const LABEL_BACKING: Color32 = Color32::from_rgba_premultiplied(0xF6, 0xF6, 0xF4, 0xD8);

/// Emotion marker fill: red for very negative through grey to green for very positive.
pub fn emotion_color(score: i8) -> Color32 {
    match score {
        i8::MIN..=-2 => Color32::from_rgb(0xC6, 0x28, 0x28),
        -1 => Color32::from_rgb(0xEF, 0x6C, 0x00),
        0 => Color32::from_rgb(0x78, 0x86, 0x94),
        1 => Color32::from_rgb(0x7C, 0xB3, 0x42),
        2..=i8::MAX => Color32::from_rgb(0x2E, 0x7D, 0x32),
    }
}
/// The soft shadow under cards.
pub const CARD_SHADOW: Color32 = Color32::from_black_alpha(28);
/// Outline of the cell a dragged touchpoint would land in.
pub const DROP_TARGET: Color32 = Color32::from_rgb(0x1F, 0x77, 0xB4);
/// Fill of that cell.
pub const DROP_TARGET_FILL: Color32 = Color32::from_rgba_premultiplied(0x0F, 0x3B, 0x5A, 0x28);
/// Outline of selected cards.
pub const SELECTION: Color32 = Color32::from_rgb(0xF2, 0x8C, 0x28);
/// The editor's canvas around the map: a quiet grey desk the light map lies on.
pub const CANVAS_SURROUND: Color32 = Color32::from_rgb(0xD9, 0xDC, 0xE0);
/// Quiet hints on the canvas ("double-click to add a card").
pub const HINT: Color32 = Color32::from_rgb(0x8A, 0x93, 0x9C);
/// Behind the key hints under a card being typed into.
pub const HINT_BACKGROUND: Color32 = Color32::from_rgba_premultiplied(0x1F, 0x23, 0x28, 0xD8);
/// Laid over the stages not being presented, so the room looks at one.
pub const PRESENTATION_VEIL: Color32 = Color32::from_rgba_premultiplied(0xB7, 0xB7, 0xB6, 0xC0);
/// While presenting, a card title is this many times smaller than the screen is high: the same
/// share of a laptop's projector as of a large screen, so it reads the same from the back row.
pub const PRESENTATION_LINES: f32 = 36.0;
/// A stage whose lanes would not all fit at that size is shown smaller, so the pain points at
/// the bottom stay on the screen, but a card title stays at least this many times smaller than
/// the screen is high (18 pixels on Full HD).
pub const PRESENTATION_MOST_LINES: f32 = 60.0;
/// The title view's title is this many times a card title's size there.
pub const PRESENTATION_TITLE_SCALE: f32 = 2.6;
/// The presentation's counter and hint are this many times smaller than the screen is high.
pub const PRESENTATION_CHROME_LINES: f32 = 40.0;
/// How long the hint on stepping through and leaving a presentation stays before it fades.
pub const PRESENTATION_HINT_SECONDS: f64 = 4.0;
/// The plate under the presentation's counter and hint.
pub const PRESENTATION_CHROME_FILL: Color32 =
    Color32::from_rgba_premultiplied(0xF0, 0xF0, 0xEE, 0xE0);
/// Lane labels and stage headers pinned to the edge of the canvas carry this shadow line.
pub const PINNED_EDGE: Color32 = Color32::from_rgb(0xB8, 0xBE, 0xC6);

/// Comparison picture: the outline of a touchpoint only the first map has (raspberry red).
/// The three comparison colours differ in hue and lightness from each other and from every
/// other colour of the map (media stripes, evidence dots, emotion faces), so they read as
/// "what the comparison says" and can be told apart on a washed-out projector; each mark also
/// carries a word, for colour-blind readers.
pub const COMPARE_REMOVED: Color32 = Color32::from_rgb(0xC8, 0x1D, 0x57);
/// Comparison picture: the outline of a touchpoint only the second map has (bluish green).
pub const COMPARE_ADDED: Color32 = Color32::from_rgb(0x00, 0x9E, 0x73);
/// Comparison picture: the outline of a touchpoint in both maps that differs (amber).
pub const COMPARE_CHANGED: Color32 = Color32::from_rgb(0xE6, 0x9F, 0x00);

/// The colour that marks a card in a comparison picture, by why it is marked.
pub fn compare_mark_color(kind: crate::analysis::MarkKind) -> Color32 {
    use crate::analysis::MarkKind;
    match kind {
        MarkKind::Removed => COMPARE_REMOVED,
        MarkKind::Added => COMPARE_ADDED,
        MarkKind::Changed => COMPARE_CHANGED,
    }
}

/// The text on a comparison mark's label: white on the dark red and green, dark on the amber
/// (white on amber is too faint to read).
pub fn compare_mark_text(kind: crate::analysis::MarkKind) -> Color32 {
    match kind {
        crate::analysis::MarkKind::Changed => TEXT,
        _ => TEXT_ON_DARK,
    }
}
/// The first map's curve in the comparison's emotion chart (violet).
pub const COMPARE_CURVE_A: Color32 = Color32::from_rgb(0x6A, 0x3D, 0x9A);
/// The second map's curve in the comparison's emotion chart (blue).
pub const COMPARE_CURVE_B: Color32 = Color32::from_rgb(0x00, 0x72, 0xB2);
/// Behind a stage of the emotion chart whose score differs between the maps.
pub const COMPARE_DIFFERS: Color32 = Color32::from_rgb(0xFC, 0xF1, 0xD6);
/// The line between the two maps of a comparison.
pub const COMPARE_DIVIDER: Color32 = Color32::from_rgb(0xB8, 0xBE, 0xC7);
/// How wide the start screen lets the reason a template of the user's cannot be read get before
/// it wraps, so the template's Delete button stays on a laptop's screen.
pub const START_REASON_WIDTH: f32 = 460.0;
