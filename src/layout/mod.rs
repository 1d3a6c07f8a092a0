//! Document → geometry: where the title band, every stage, lane, card, emotion point and arrow
//! of a map go, in map coordinates (points, origin at the picture's top-left corner).
//!
//! Pure: the same map and text measurements give the same layout, with no UI context, so the
//! editor canvas and every export share it and tests can check it directly.

mod arrows;
mod cards;
pub mod curve;
mod measure;
mod personas;
mod room_curve;
mod title;

use std::collections::BTreeMap;

use egui::{Pos2, Rangef, Rect, Vec2, pos2, vec2};

pub use measure::{FixedWidthMeasure, TextMeasure, TextStyle};
pub use personas::{PersonaKey, PersonaKeyEntry, RoomKeyEntry, persona_names};
pub use room_curve::{RoomCurveLayout, RoomPoint};

use crate::model::{
    CardId, EvidenceLevel, LaneId, LaneKind, Map, Ownership, PersonaId, PhaseId, StageId,
};
use crate::theme;

/// The geometry of a whole map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapLayout {
    /// Size of the whole picture, margins included.
    pub size: Vec2,
    /// The title band with the map's title, goal, persona and legend.
    pub title: TitleLayout,
    /// The band of phases above the stage headers: one segment per phase, left to right.
    /// Empty on a map without phases, which is laid out exactly as before phases existed.
    pub phases: Vec<PhaseBand>,
    /// Columns, in map order.
    pub stages: Vec<StageLayout>,
    /// Rows, in map order.
    pub lanes: Vec<LaneLayout>,
    /// Cards, in the order of `Map::cards`.
    pub cards: Vec<CardLayout>,
    /// One curve per persona and emotion lane that is not collapsed; in each lane the first
    /// persona's last, so it is drawn on top.
    pub curves: Vec<CurveLayout>,
    /// The room's curve in each unfolded emotion lane, when participants scored a stage.
    pub room_curves: Vec<RoomCurveLayout>,
    /// For a map of several personas or a room that scored, the key in each unfolded emotion
    /// lane's label.
    pub persona_keys: Vec<PersonaKey>,
    /// The cells of collapsed lanes that hide cards, with how many.
    pub folded: Vec<FoldedCell>,
    /// One arrow per blueprint connection whose ends both exist.
    pub arrows: Vec<ArrowLayout>,
}

/// Where the title band and its texts go.
#[derive(Clone, Debug, PartialEq)]
pub struct TitleLayout {
    /// The band's box.
    pub rect: Rect,
    /// The persona's box inside the band, if the map has a persona.
    pub persona: Option<Rect>,
    /// The persona photo's square inside the persona box, if the persona names a photo.
    pub photo: Option<Rect>,
    /// On a map of several personas, the square before each persona's name in the box, in
    /// the colour of its curve.
    pub persona_swatches: Vec<PersonaSwatch>,
    /// The texts of the band, composed and placed.
    pub texts: Vec<PlacedText>,
    /// The legend, if the map has touchpoints: one swatch and label per media ownership, then,
    /// if any touchpoint has an evidence level, one dot and label per level.
    pub legend: Vec<LegendEntry>,
}

/// A square in the colour of a persona's curve.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PersonaSwatch {
    /// The persona's place among the map's personas ([`crate::theme::persona_color`]).
    pub colour: usize,
    /// The square.
    pub rect: Rect,
}

/// A composed text at its place.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedText {
    /// What to write.
    pub text: String,
    /// In which style.
    pub style: TextStyle,
    /// The box it wraps in (its width is the wrap width).
    pub rect: Rect,
    /// Secondary text is drawn muted.
    pub muted: bool,
}

/// One entry of the legend.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    /// What the entry explains.
    pub mark: LegendMark,
    /// The square its swatch or dot is drawn in.
    pub swatch: Rect,
    /// The label.
    pub label: PlacedText,
}

/// What a legend entry explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LegendMark {
    /// A media ownership: the colour of the card edge and icon.
    Media(Ownership),
    /// An evidence level: the dot at the card's top-right corner.
    Evidence(EvidenceLevel),
}

/// The traffic-light dot of a touchpoint's evidence level.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EvidenceMark {
    /// The dot's centre, near the card's top-right corner.
    pub center: Pos2,
    /// The level it shows.
    pub level: EvidenceLevel,
}

/// A column.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StageLayout {
    /// Which stage.
    pub id: StageId,
    /// The header box.
    pub header: Rect,
    /// The column below the header, across all lanes.
    pub column: Rect,
}

/// A phase's segment of the band above the stage headers, over the phase's stages.
#[derive(Clone, Debug, PartialEq)]
pub struct PhaseBand {
    /// Which phase.
    pub phase: PhaseId,
    /// The segment's box, as wide as its stages together.
    pub rect: Rect,
    /// The positions of its stages in the map.
    pub stages: std::ops::Range<usize>,
}

/// A row.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LaneLayout {
    /// Which lane.
    pub id: LaneId,
    /// The whole row, label included.
    pub rect: Rect,
    /// The label at the left.
    pub label: Rect,
    /// The part of the row under the stages.
    pub body: Rect,
}

/// A cell of a collapsed lane, standing in for the cards it hides.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FoldedCell {
    /// The cell.
    pub rect: Rect,
    /// How many cards it hides.
    pub cards: usize,
}

/// A card and the boxes of its parts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CardLayout {
    /// Which card.
    pub id: CardId,
    /// Its index in `Map::cards`.
    pub index: usize,
    /// The card's box.
    pub rect: Rect,
    /// The channel icon of a touchpoint card.
    pub icon: Option<Rect>,
    /// The title's box.
    pub title: Rect,
    /// The notes' box, if the card has notes.
    pub notes: Option<Rect>,
    /// The facet line's box, for touchpoint cards.
    pub facets: Option<Rect>,
    /// The evidence mark, for touchpoints whose evidence level is stated.
    pub evidence: Option<EvidenceMark>,
    /// The room's dots on the card (0: none), shown as a badge on its bottom-right corner.
    pub dots: u32,
    /// In a collapsed lane: not drawn, not hit, no arrows. Its box is an empty line at the top
    /// of its cell so that geometry stays finite.
    pub hidden: bool,
}

/// An emotion curve.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveLayout {
    /// Which lane.
    pub lane: LaneId,
    /// Whose curve.
    pub persona: PersonaId,
    /// For a map of several personas, the persona's place among them, which picks the
    /// curve's colour; `None` for a map of one, whose curve keeps the plain look.
    pub colour: Option<usize>,
    /// Height of the neutral (0) line.
    pub neutral_y: f32,
    /// Horizontal extent of the lane body.
    pub x_range: egui::Rangef,
    /// One marker per scored stage, left to right.
    pub points: Vec<CurvePoint>,
    /// The smooth line through the markers, as a polyline.
    pub path: Vec<Pos2>,
}

/// One scored stage on an emotion curve.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CurvePoint {
    /// Which stage.
    pub stage: StageId,
    /// The marker's centre.
    pub pos: Pos2,
    /// The score.
    pub score: i8,
}

/// A blueprint arrow.
#[derive(Clone, Debug, PartialEq)]
pub struct ArrowLayout {
    /// Where it starts.
    pub from: CardId,
    /// Where it points.
    pub to: CardId,
    /// The line from the start to the tip, as a polyline.
    pub points: Vec<Pos2>,
}

/// How much of the title band a layout shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Band {
    /// Kind, title, goal, legend and persona: the map on its own.
    #[default]
    Full,
    /// Kind and title only: a slide of a series, whose deck says the rest once.
    Heading,
}

impl MapLayout {
    /// Lays out a whole map.
    pub fn compute(map: &Map, measure: &mut dyn TextMeasure) -> Self {
        Self::compute_with(map, measure, Band::Full)
    }

    /// Lays out a whole map with `band` of its title band.
    pub fn compute_with(map: &Map, measure: &mut dyn TextMeasure, band: Band) -> Self {
        let grid_left = theme::MARGIN + theme::LABEL_COLUMN_WIDTH;
        let columns = stage_columns(map, grid_left);
        let grid_width =
            theme::LABEL_COLUMN_WIDTH + columns.last().map_or(0.0, |last| last.max - grid_left);
        let title = title::layout_title(map, grid_width, measure, band);
        let content_width = title.rect.width().max(grid_width);

        let band_top = title.rect.bottom() + theme::TITLE_GAP;
        let phases = phase_bands(map, band_top, &columns);
        let header_top = if phases.is_empty() {
            band_top
        } else {
            band_top + theme::PHASE_BAND_HEIGHT + theme::PHASE_BAND_GAP
        };
        let header_height = map
            .stages
            .iter()
            .zip(&columns)
            .map(|(stage, column)| {
                let wrap = column.span() - 2.0 * theme::CARD_PADDING;
                measure.measure(&stage.title, TextStyle::Heading, wrap).y
                    + 2.0 * theme::CARD_PADDING
            })
            .fold(theme::STAGE_HEADER_HEIGHT, f32::max);
        let lanes_top = header_top + header_height;

        let stage_index: BTreeMap<StageId, usize> = map
            .stages
            .iter()
            .enumerate()
            .map(|(index, stage)| (stage.id, index))
            .collect();

        let rows = layout_rows(map, lanes_top, grid_width, &stage_index, &columns, measure);
        let Rows {
            lanes,
            mut cards,
            curves,
            room_curves,
            persona_keys,
            folded,
            bottom: y,
        } = rows;

        let stages = map
            .stages
            .iter()
            .zip(&columns)
            .map(|(stage, column)| StageLayout {
                id: stage.id,
                header: Rect::from_x_y_ranges(*column, header_top..=lanes_top),
                column: Rect::from_x_y_ranges(*column, lanes_top..=y),
            })
            .collect();
        let arrows = arrows::layout_arrows(map, &cards, &columns);
        let dots = map.room.dot_totals();
        if !dots.is_empty() {
            for card in &mut cards {
                card.dots = dots.get(&card.id).copied().unwrap_or(0);
            }
        }
        Self {
            // Whole points, so that an export at an integer scale is exactly `size × scale` pixels.
            size: vec2(content_width + 2.0 * theme::MARGIN, y + theme::MARGIN).ceil(),
            title,
            phases,
            stages,
            lanes,
            cards,
            curves,
            room_curves,
            persona_keys,
            folded,
            arrows,
        }
    }

    /// The persona key of the emotion lane `lane`, on a map of several personas.
    pub fn persona_key(&self, lane: LaneId) -> Option<&PersonaKey> {
        self.persona_keys.iter().find(|key| key.lane == lane)
    }

    /// The shown card whose box contains `pos_in_map`, topmost first.
    pub fn card_at(&self, pos_in_map: Pos2) -> Option<&CardLayout> {
        self.cards
            .iter()
            .rev()
            .find(|card| !card.hidden && card.rect.contains(pos_in_map))
    }
}

/// The horizontal extent of every stage column, left to right from `grid_left`: the standard
/// width, or the width the user dragged the column to.
fn stage_columns(map: &Map, grid_left: f32) -> Vec<Rangef> {
    let mut x = grid_left;
    map.stages
        .iter()
        .map(|stage| {
            let width = stage.width.unwrap_or(theme::STAGE_WIDTH);
            let column = Rangef::new(x, x + width);
            x += width;
            column
        })
        .collect()
}

/// The band's segments: one per run of stages in a phase, from `top` down; none when no stage
/// is in a phase.
fn phase_bands(map: &Map, top: f32, columns: &[Rangef]) -> Vec<PhaseBand> {
    map.phase_runs()
        .into_iter()
        .filter_map(|run| {
            let phase = run.phase?;
            let left = columns.get(run.stages.start)?.min;
            let right = columns.get(run.stages.end.checked_sub(1)?)?.max;
            Some(PhaseBand {
                phase,
                rect: Rect::from_x_y_ranges(left..=right, top..=top + theme::PHASE_BAND_HEIGHT),
                stages: run.stages,
            })
        })
        .collect()
}

/// The rows of a map, placed from `top` down.
struct Rows {
    lanes: Vec<LaneLayout>,
    cards: Vec<CardLayout>,
    curves: Vec<CurveLayout>,
    room_curves: Vec<RoomCurveLayout>,
    persona_keys: Vec<PersonaKey>,
    folded: Vec<FoldedCell>,
    bottom: f32,
}

/// The height a lane's label needs for its title (beside the scale, in an emotion lane, with
/// the persona key below it on a map of several personas).
fn label_height(map: &Map, lane: &crate::model::Lane, measure: &mut dyn TextMeasure) -> f32 {
    let emotion = matches!(lane.kind, LaneKind::Emotion { .. });
    let (scale, key) = if emotion {
        (
            theme::EMOTION_SCALE_WIDTH,
            personas::key_height(map, measure),
        )
    } else {
        (0.0, 0.0)
    };
    let label_wrap = theme::LABEL_COLUMN_WIDTH - 2.0 * theme::CARD_PADDING - scale;
    measure
        .measure(&lane.title, TextStyle::Heading, label_wrap)
        .y
        + 2.0 * theme::CARD_PADDING
        + key
}

/// Places every lane and what it holds: cards stacked in their cells, or the emotion curve.
fn layout_rows(
    map: &Map,
    top: f32,
    grid_width: f32,
    stage_index: &BTreeMap<StageId, usize>,
    columns: &[Rangef],
    measure: &mut dyn TextMeasure,
) -> Rows {
    let grid_left = theme::MARGIN + theme::LABEL_COLUMN_WIDTH;
    let mut lanes = Vec::with_capacity(map.lanes.len());
    // Cards are placed lane by lane into their document places, so `cards[i]` is `map.cards[i]`.
    let mut cards: Vec<Option<CardLayout>> = vec![None; map.cards.len()];
    let mut place = |placed: Vec<CardLayout>| {
        for card in placed {
            if let Some(slot) = cards.get_mut(card.index) {
                *slot = Some(card);
            }
        }
    };
    let mut facet_texts = cards::FacetTexts::default();
    let mut curves = Vec::new();
    let mut room_curves = Vec::new();
    let mut persona_keys = Vec::new();
    let mut folded = Vec::new();
    let cells = cards::cells_by_lane(map, stage_index);
    let mut y = top;
    for (lane_index, lane) in map.lanes.iter().enumerate() {
        let label_height = label_height(map, lane, measure);
        let lane_cells = cells.get(lane_index).map_or(&[][..], Vec::as_slice);
        let height = if lane.collapsed && !matches!(lane.kind, LaneKind::Divider(_)) {
            place(cards::hide_lane_cards(map, lane_cells, y, columns));
            theme::COLLAPSED_LANE_HEIGHT
        } else {
            let body_height = match &lane.kind {
                LaneKind::Text(_) | LaneKind::Touchpoints => {
                    let placed = cards::layout_lane_cards(
                        map,
                        lane_cells,
                        y,
                        columns,
                        measure,
                        &mut facet_texts,
                    );
                    let height = placed
                        .height
                        .max(theme::LANE_MIN_HEIGHT)
                        .max(lane.height.unwrap_or(0.0));
                    place(placed.cards);
                    height
                }
                LaneKind::Emotion { .. } => lane.height.unwrap_or(theme::EMOTION_LANE_HEIGHT),
                LaneKind::Divider(_) => theme::DIVIDER_LANE_HEIGHT,
            };
            if matches!(lane.kind, LaneKind::Divider(_)) {
                body_height
            } else {
                body_height.max(label_height)
            }
        };
        let rect = Rect::from_min_size(
            pos2(theme::MARGIN, y),
            vec2(grid_width.max(theme::LABEL_COLUMN_WIDTH), height),
        );
        let label = Rect::from_min_max(rect.min, pos2(grid_left, rect.max.y));
        let body = Rect::from_min_max(pos2(grid_left, rect.min.y), rect.max);
        if lane.collapsed {
            folded.extend(
                lane_cells
                    .iter()
                    .zip(columns)
                    .filter(|(cell, _)| !cell.is_empty())
                    .map(|(cell, column)| FoldedCell {
                        rect: Rect::from_x_y_ranges(*column, body.y_range()),
                        cards: cell.len(),
                    }),
            );
        }
        if matches!(lane.kind, LaneKind::Emotion { .. }) && !lane.collapsed {
            curves.extend(curve::layout_curves(map, lane, body, stage_index, columns));
            room_curves.extend(room_curve::layout_room_curve(
                map,
                lane.id,
                body,
                stage_index,
                columns,
            ));
            persona_keys.extend(personas::layout_key(map, lane, label, measure));
        }
        lanes.push(LaneLayout {
            id: lane.id,
            rect,
            label,
            body,
        });
        y += height;
    }
    Rows {
        lanes,
        cards: cards.into_iter().flatten().collect(),
        curves,
        room_curves,
        persona_keys,
        folded,
        bottom: y,
    }
}

#[cfg(test)]
mod tests;
