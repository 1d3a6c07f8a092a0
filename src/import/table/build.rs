//! Works a [`Plan`] out of a table, cell by cell: the one place that decides where each piece of
//! a table goes, and lists what has no place.

use std::collections::HashMap;

use super::Table;
use super::columns::{Field, Layout, Shape};
use super::details::{emotion, fill, row_text};
use super::headers::{normalise, recognise};
use super::plan::{NewLane, NewStage, Place, Plan, PlannedCard, PlannedEmotion};
use super::unplaced::{Reason, Unplaced};
use super::values::{self, uninert};
use crate::i18n::tr;
use crate::model::{
    Card, CardId, Channel, LaneId, LaneKind, Limits, Map, Setting, StageId, TextRole, Touchpoint,
    clean_text,
};

/// Lane titles (normalised) that make a new lane a touchpoint lane in a grid.
const TOUCHPOINT_LANES: [&str; 5] = [
    "touchpoints",
    "touchpoint",
    "berührungspunkte",
    "kontaktpunkte",
    "channels",
];

pub(super) struct Builder<'a> {
    map: &'a Map,
    layout: &'a Layout,
    limits: Limits,
    plan: Plan,
    stages: HashMap<String, Place<StageId>>,
    lanes: HashMap<String, Place<LaneId>>,
    /// The phase each new stage was given first, by new-stage index.
    phase_named: HashMap<usize, String>,
    /// The map's stages whose phase a row asked to change, each listed once.
    phase_reported: std::collections::HashSet<StageId>,
}

/// A lane as a card sees it: where, and whether it holds touchpoints.
#[derive(Clone, Copy)]
struct LaneFit {
    place: Place<LaneId>,
    touchpoints: bool,
    holds_cards: bool,
    /// The map's emotion lane of that title, whose cells are scores.
    emotion: Option<LaneId>,
}

impl<'a> Builder<'a> {
    pub(super) fn new(map: &'a Map, layout: &'a Layout, limits: Limits) -> Self {
        let mut stages = HashMap::new();
        for stage in &map.stages {
            stages
                .entry(normalise(&stage.title))
                .or_insert(Place::Existing(stage.id));
        }
        let mut lanes = HashMap::new();
        for lane in &map.lanes {
            lanes
                .entry(normalise(&lane.title))
                .or_insert(Place::Existing(lane.id));
        }
        Self {
            map,
            layout,
            limits,
            plan: Plan::default(),
            stages,
            lanes,
            phase_named: HashMap::new(),
            phase_reported: std::collections::HashSet::new(),
        }
    }

    pub(super) fn build(mut self, table: &Table) -> Plan {
        match self.layout.shape {
            Shape::Grid => self.grid(table),
            Shape::List => self.list(table),
        }
        self.plan
    }

    fn unplaced(&mut self, row: usize, column: usize, text: impl Into<String>, reason: Reason) {
        self.plan.unplaced.push(Unplaced {
            row,
            column,
            text: text.into(),
            reason,
        });
    }

    /// A cell's text as a card keeps it: the formula guard off, invisible characters out, cut
    /// at the map's text limit (the rest listed).
    fn text(&mut self, raw: &str, row: usize, column: usize) -> String {
        let mut text = uninert(raw.trim()).to_owned();
        clean_text(&mut text);
        let max = self.limits.text_chars;
        if text.len() > max
            && let Some((cut, _)) = text.char_indices().nth(max)
        {
            let rest = text.split_off(cut);
            self.unplaced(row, column, rest, Reason::Truncated);
        }
        text
    }

    /// The stage titled `title`, found or made; `None` when the map has no room for another.
    fn stage(&mut self, title: &str, row: usize, column: usize) -> Option<Place<StageId>> {
        let key = normalise(title);
        if let Some(place) = self.stages.get(&key) {
            return Some(*place);
        }
        if self.map.stages.len() + self.plan.new_stages.len() >= self.limits.stages {
            self.unplaced(row, column, title, Reason::TooManyStages);
            return None;
        }
        let place = Place::New(self.plan.new_stages.len());
        self.plan.new_stages.push(NewStage {
            title: title.to_owned(),
            phase: None,
        });
        self.stages.insert(key, place);
        Some(place)
    }

    fn lane_fit(&self, place: Place<LaneId>) -> LaneFit {
        let kind = match place {
            Place::Existing(id) => self.map.lane(id).map(|lane| &lane.kind),
            Place::New(i) => self.plan.new_lanes.get(i).map(|lane| &lane.kind),
        };
        LaneFit {
            place,
            touchpoints: matches!(kind, Some(LaneKind::Touchpoints)),
            holds_cards: matches!(kind, Some(LaneKind::Touchpoints | LaneKind::Text(_))),
            emotion: match (place, kind) {
                (Place::Existing(id), Some(LaneKind::Emotion { .. })) => Some(id),
                _ => None,
            },
        }
    }

    /// The lane titled `title`, found or made (a touchpoint lane if `touchpoints`).
    fn lane(
        &mut self,
        title: &str,
        touchpoints: bool,
        row: usize,
        column: usize,
    ) -> Option<LaneFit> {
        let key = normalise(title);
        if let Some(place) = self.lanes.get(&key) {
            return Some(self.lane_fit(*place));
        }
        if self.map.lanes.len() + self.plan.new_lanes.len() >= self.limits.lanes {
            self.unplaced(row, column, title, Reason::TooManyLanes);
            return None;
        }
        let place = Place::New(self.plan.new_lanes.len());
        let kind = if touchpoints || TOUCHPOINT_LANES.contains(&key.as_str()) {
            LaneKind::Touchpoints
        } else {
            LaneKind::Text(TextRole::Notes)
        };
        self.plan.new_lanes.push(NewLane {
            title: title.to_owned(),
            kind,
        });
        self.lanes.insert(key, place);
        Some(self.lane_fit(place))
    }

    /// Whether the map has room for another card; lists `title` if not.
    fn room_for_card(&mut self, title: &str, row: usize, column: usize) -> bool {
        if self.map.cards.len() + self.plan.cards.len() < self.limits.cards {
            return true;
        }
        self.unplaced(row, column, title, Reason::TooManyCards);
        false
    }

    /// Where a card with no stage named goes when the map has no stage at all: a first stage.
    fn fallback_stage(&mut self) -> Option<Place<StageId>> {
        if self.map.stages.is_empty() {
            let title = tr(self.map.lang, "table-first-stage");
            self.stage(&title, 0, 0)
        } else {
            None
        }
    }

    /// Where a card with no lane named goes when the map has no lane that fits it.
    fn fallback_lane(&mut self, touchpoint: bool) -> Option<LaneFit> {
        let fits = |kind: &LaneKind| {
            if touchpoint {
                matches!(kind, LaneKind::Touchpoints)
            } else {
                matches!(kind, LaneKind::Text(_) | LaneKind::Touchpoints)
            }
        };
        let has = self.map.lanes.iter().any(|lane| fits(&lane.kind))
            || self.plan.new_lanes.iter().any(|lane| fits(&lane.kind));
        if has {
            return None;
        }
        let id = if touchpoint {
            "table-touchpoint-lane"
        } else {
            "table-notes-lane"
        };
        let title = tr(self.map.lang, id);
        self.lane(&title, touchpoint, 0, 0)
    }

    fn grid(&mut self, table: &Table) {
        let width = table.width();
        let mut columns: Vec<Option<Place<StageId>>> = vec![None];
        for column in 1..width {
            let title = self.text(table.cell(0, column), 1, column + 1);
            columns.push(if title.is_empty() {
                None
            } else {
                self.stage(&title, 1, column + 1)
            });
        }
        for (index, cells) in table.rows.iter().enumerate().skip(1) {
            let row = index + 1;
            let lane_title = self.text(cells.first().map_or("", String::as_str), row, 1);
            // Looked up at the row's first card, once.
            let mut lane: Option<Option<LaneFit>> = None;
            for (column, cell) in cells.iter().enumerate().skip(1) {
                let lines: Vec<String> = cell
                    .lines()
                    .map(str::trim)
                    .filter(|line| !line.is_empty())
                    .map(str::to_owned)
                    .collect();
                if lines.is_empty() {
                    continue;
                }
                let stage = columns.get(column).copied().flatten();
                if stage.is_none() {
                    // No name above, or no room for the stage it names (listed once above).
                    let reason = if table.cell(0, column).trim().is_empty() {
                        Reason::EmptyStage
                    } else {
                        Reason::TooManyStages
                    };
                    self.unplaced(row, column + 1, cell.trim(), reason);
                    continue;
                }
                if lane_title.is_empty() {
                    self.unplaced(row, column + 1, cell.trim(), Reason::EmptyLane);
                    continue;
                }
                let found = match lane {
                    Some(found) => found,
                    None => *lane.insert(self.lane(&lane_title, false, row, 1)),
                };
                let Some(fit) = found else {
                    self.unplaced(row, column + 1, cell.trim(), Reason::TooManyLanes);
                    continue;
                };
                if !fit.holds_cards {
                    if let (Some(emotion_lane), [line]) = (fit.emotion, lines.as_slice())
                        && let Some(score) = emotion(line)
                    {
                        self.plan.emotions.push(PlannedEmotion {
                            row,
                            lane: Some(emotion_lane),
                            stage,
                            score,
                        });
                        continue;
                    }
                    self.unplaced(
                        row,
                        column + 1,
                        cell.trim(),
                        Reason::LaneHoldsNoCards {
                            lane: lane_title.clone(),
                        },
                    );
                    continue;
                }
                for line in lines {
                    let title = self.text(&line, row, column + 1);
                    if !self.room_for_card(&title, row, column + 1) {
                        continue;
                    }
                    let card = Self::card(title, fit.touchpoints, None);
                    self.plan.cards.push(PlannedCard {
                        row,
                        stage,
                        lane: Some(fit.place),
                        card,
                    });
                }
            }
        }
    }

    /// A card for a lane of touchpoints or of notes: a touchpoint of the channel its title
    /// names, or of its own kind (online or offline guessed from the title).
    fn card(title: String, touchpoint: bool, channel: Option<Channel>) -> Card {
        let mut card = Card::new(CardId(0), LaneId(0), StageId(0), title);
        if touchpoint {
            let channel = channel
                .or_else(|| values::channel(&card.title))
                .unwrap_or(Channel::Custom);
            let mut details = Touchpoint::of(channel);
            if channel == Channel::Custom {
                details.setting = Setting::guess(&card.title);
            }
            card.touchpoint = Some(details);
        }
        card
    }

    #[allow(
        clippy::too_many_lines,
        reason = "one row's fields in the order a card needs them"
    )]
    fn list(&mut self, table: &Table) {
        let fields = &self.layout.fields;
        let first = usize::from(self.layout.has_header);
        let detail_columns: Vec<usize> = fields
            .iter()
            .enumerate()
            .filter(|(_, field)| field.is_touchpoint_detail())
            .map(|(i, _)| i)
            .collect();
        let notes_columns: Vec<usize> = fields
            .iter()
            .enumerate()
            .filter(|(_, field)| **field == Field::Notes)
            .map(|(i, _)| i)
            .collect();
        for (index, cells) in table.rows.iter().enumerate().skip(first) {
            let row = index + 1;
            let cell = |column: usize| cells.get(column).map_or("", |c| c.trim());
            if (0..fields.len())
                .all(|c| fields.get(c) == Some(&Field::Ignore) || cell(c).is_empty())
            {
                continue;
            }
            let column_of = |field: &Field| fields.iter().position(|f| f == field);
            let get = |field: &Field| column_of(field).map_or("", cell);
            let is_touchpoint = detail_columns.iter().any(|&c| !cell(c).is_empty());
            let title_column = column_of(&Field::Title).map_or(0, |c| c + 1);
            let title = self.text(get(&Field::Title), row, title_column);
            // Stage.
            let stage_name = self.text(
                get(&Field::Stage),
                row,
                column_of(&Field::Stage).map_or(0, |c| c + 1),
            );
            let stage = if stage_name.is_empty() {
                self.fallback_stage()
            } else {
                match self.stage(
                    &stage_name,
                    row,
                    column_of(&Field::Stage).map_or(0, |c| c + 1),
                ) {
                    Some(place) => Some(place),
                    None => continue,
                }
            };
            if let Some(column) = column_of(&Field::Phase) {
                let phase = self.text(cell(column), row, column + 1);
                if !phase.is_empty() {
                    self.phase(stage, phase, row, column + 1);
                }
            }
            if let Some(column) = column_of(&Field::Emotion) {
                let text = cell(column);
                if !text.is_empty() {
                    self.list_emotion(text, stage, row, column + 1);
                }
            }
            let has_card_content = !title.is_empty()
                || is_touchpoint
                || notes_columns.iter().any(|&c| !cell(c).is_empty());
            if !has_card_content {
                continue;
            }
            // Lane.
            let lane_column = column_of(&Field::Lane).map_or(0, |c| c + 1);
            let lane_name = self.text(get(&Field::Lane), row, lane_column);
            let fit = if lane_name.is_empty() {
                self.fallback_lane(is_touchpoint)
            } else {
                match self.lane(&lane_name, is_touchpoint, row, lane_column) {
                    Some(fit) => Some(fit),
                    None => continue,
                }
            };
            if let Some(fit) = fit
                && !fit.holds_cards
            {
                self.unplaced(
                    row,
                    0,
                    if title.is_empty() {
                        row_text(cells)
                    } else {
                        title
                    },
                    Reason::LaneHoldsNoCards { lane: lane_name },
                );
                continue;
            }
            if !self.room_for_card(&title, row, title_column) {
                continue;
            }
            // A touchpoint may sit in any card lane (a blueprint's evidence lane holds some).
            let touchpoint = is_touchpoint || fit.is_some_and(|fit| fit.touchpoints);
            let channel = self.channel(get(&Field::Channel), row, column_of(&Field::Channel));
            let mut card = Self::card(title, touchpoint, channel);
            card.notes = self.notes(table, cells, &notes_columns, row);
            if let Some(details) = &mut card.touchpoint {
                let stage_phase = match stage {
                    Some(Place::Existing(id)) => self.map.stage(id).and_then(|s| s.phase),
                    _ => None,
                };
                let mut found = Vec::new();
                for (column, field) in fields.iter().enumerate() {
                    let text = cell(column);
                    if text.is_empty() || !field.is_touchpoint_detail() {
                        continue;
                    }
                    if let Some(problem) = fill(details, field, text, self.layout.lang) {
                        found.push((column + 1, text.to_owned(), problem));
                    }
                }
                for (column, text, reason) in found {
                    self.unplaced(row, column, text, reason);
                }
                // A phase equal to the one it would follow is left to follow.
                let follows = stage_phase.unwrap_or_else(|| details.channel.default_facets().2);
                if details.phase == Some(follows) {
                    details.phase = None;
                }
                for text in [
                    &mut details.owner,
                    &mut details.strengths,
                    &mut details.weaknesses,
                ] {
                    clean_text(text);
                }
            }
            self.plan.cards.push(PlannedCard {
                row,
                stage: if stage_name.is_empty() && !self.map.stages.is_empty() {
                    None
                } else {
                    stage
                },
                lane: fit.map(|fit| fit.place),
                card,
            });
        }
    }

    fn channel(&mut self, text: &str, row: usize, column: Option<usize>) -> Option<Channel> {
        if text.is_empty() {
            return None;
        }
        let channel = values::channel(text);
        if channel.is_none() {
            self.unplaced(row, column.map_or(0, |c| c + 1), text, Reason::Channel);
        }
        channel
    }

    /// The notes of a list row: the first notes column as it is, the others under their header.
    fn notes(&mut self, table: &Table, cells: &[String], columns: &[usize], row: usize) -> String {
        let mut parts = Vec::new();
        for (n, &column) in columns.iter().enumerate() {
            let text = cells.get(column).map_or("", |c| c.trim());
            if text.is_empty() {
                continue;
            }
            let text = self.text(text, row, column + 1);
            let header = table.cell(0, column).trim();
            // A notes column of its own stands as it is; any other kept as notes is headed.
            let own = recognise(header, self.layout.lang) == Some(Field::Notes);
            if (n == 0 && own) || !self.layout.has_header || header.is_empty() {
                parts.push(text);
            } else {
                parts.push(format!("{}: {text}", uninert(header)));
            }
        }
        let mut notes = parts.join("\n");
        let max = self.limits.text_chars;
        if let Some((cut, _)) = notes.char_indices().nth(max) {
            let rest = notes.split_off(cut);
            self.unplaced(row, 0, rest, Reason::Truncated);
        }
        notes
    }

    fn phase(&mut self, stage: Option<Place<StageId>>, phase: String, row: usize, column: usize) {
        match stage {
            Some(Place::New(i)) => match self.phase_named.get(&i) {
                Some(named) if *named != phase => {
                    self.unplaced(row, column, phase, Reason::PhaseConflict);
                }
                Some(_) => {}
                None => {
                    if let Some(new) = self.plan.new_stages.get_mut(i) {
                        new.phase = Some(phase.clone());
                    }
                    self.phase_named.insert(i, phase);
                }
            },
            Some(Place::Existing(id)) => {
                let same = self
                    .map
                    .phase_of_stage(id)
                    .is_some_and(|current| normalise(&current.title) == normalise(&phase));
                if !same && self.phase_reported.insert(id) {
                    self.unplaced(row, column, phase, Reason::PhaseNotSet);
                }
            }
            None => {}
        }
    }

    fn list_emotion(
        &mut self,
        text: &str,
        stage: Option<Place<StageId>>,
        row: usize,
        column: usize,
    ) {
        let has_lane = self
            .map
            .lanes
            .iter()
            .any(|lane| matches!(lane.kind, LaneKind::Emotion { .. }));
        match emotion(text) {
            Some(_) if !has_lane => self.unplaced(row, column, text, Reason::NoEmotionLane),
            Some(score) => self.plan.emotions.push(PlannedEmotion {
                row,
                lane: None,
                stage,
                score,
            }),
            None => self.unplaced(row, column, text, Reason::Emotion),
        }
    }
}
