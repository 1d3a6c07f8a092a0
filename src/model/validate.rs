//! Checks that a map is internally consistent and of a sane size.
//!
//! Everything that reads a map from outside (a file, a paste) runs [`Map::validate`] before the
//! map reaches the editor or the painter, so those can trust ids and sizes and never panic.

use std::collections::BTreeSet;

use thiserror::Error;

use super::{
    CardId, EMOTION_MAX, EMOTION_MIN, LANE_HEIGHTS, LaneId, Map, PersonaId, PhaseId, STAGE_WIDTHS,
    StageId,
};

/// Upper bounds on what a map may contain. Far above any real workshop map, low enough that a
/// hostile or broken file cannot make the program allocate or draw without end.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Columns.
    pub stages: usize,
    /// Rows.
    pub lanes: usize,
    /// Cards.
    pub cards: usize,
    /// Arrows between cards.
    pub connections: usize,
    /// Characters in any one text field.
    pub text_chars: usize,
    /// Entries in any one persona list.
    pub list_items: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            stages: 100,
            lanes: 100,
            cards: 20_000,
            connections: 20_000,
            text_chars: 20_000,
            list_items: super::persona::MAX_LIST_ITEMS,
        }
    }
}

/// What is wrong with a map. Messages name the offending item so the user can find it.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ValidationError {
    /// Two stages share an id.
    #[error("two stages have the id {0}; every stage needs its own id")]
    DuplicateStage(StageId),
    /// Two phases share an id.
    #[error("two phases have the id {0}; every phase needs its own id")]
    DuplicatePhase(PhaseId),
    /// A stage names a phase that does not exist.
    #[error("stage {stage} is in phase {phase}, but there is no phase with that id")]
    UnknownPhase {
        /// The stage.
        stage: StageId,
        /// The missing phase.
        phase: PhaseId,
    },
    /// The stages of one phase do not stand side by side.
    #[error("the stages of phase {0} are not side by side; a phase groups neighbouring stages")]
    PhaseApart(PhaseId),
    /// What the room produced is inconsistent: a number used twice, no dots, a score off the
    /// scale, dots per person off their range.
    #[error("the room's {0} are inconsistent (a number used twice or a value off its range)")]
    RoomRecord(Counted),
    /// Two lanes share an id.
    #[error("two lanes have the id {0}; every lane needs its own id")]
    DuplicateLane(LaneId),
    /// Two cards share an id.
    #[error("two cards have the id {0}; every card needs its own id")]
    DuplicateCard(CardId),
    /// A card names a lane that does not exist.
    #[error("card {card} is in lane {lane}, but there is no lane with that id")]
    UnknownLane {
        /// The card.
        card: CardId,
        /// The missing lane.
        lane: LaneId,
    },
    /// A card names a stage that does not exist.
    #[error("card {card} is in stage {stage}, but there is no stage with that id")]
    UnknownStage {
        /// The card.
        card: CardId,
        /// The missing stage.
        stage: StageId,
    },
    /// A card sits in a divider or emotion lane.
    #[error("card {card} is in lane {lane} (\"{title}\"), which cannot hold cards")]
    LaneHoldsNoCards {
        /// The card.
        card: CardId,
        /// The lane.
        lane: LaneId,
        /// The lane's title.
        title: String,
    },
    /// A connection names a card that does not exist.
    #[error("a connection refers to card {0}, but there is no card with that id")]
    UnknownConnectionEnd(CardId),
    /// An arrow from a card to itself.
    #[error("a connection joins card {0} to itself; an arrow joins two different cards")]
    SelfConnection(CardId),
    /// The same arrow twice.
    #[error("the connection from card {from} to card {to} is there twice; keep one")]
    DuplicateConnection {
        /// Where it starts.
        from: CardId,
        /// Where it points.
        to: CardId,
    },
    /// The first persona carries an id; only the others have one.
    #[error(
        "the first persona has the id {0}; only the other personas have ids (remove `id` from `persona`)"
    )]
    FirstPersonaId(PersonaId),
    /// Two personas share an id.
    #[error("two personas have the id {0}; every other persona needs its own id, from 1 up")]
    DuplicatePersona(PersonaId),
    /// An emotion lane holds a curve for a persona the map does not have.
    #[error("emotion lane {lane} has scores for persona {persona}, but there is no such persona")]
    ScoresForUnknownPersona {
        /// The emotion lane.
        lane: LaneId,
        /// The missing persona.
        persona: PersonaId,
    },
    /// An emotion score names a stage that does not exist.
    #[error("emotion lane {lane} has a score for stage {stage}, but there is no such stage")]
    ScoreForUnknownStage {
        /// The emotion lane.
        lane: LaneId,
        /// The missing stage.
        stage: StageId,
    },
    /// An emotion score is off the scale.
    #[error(
        "emotion lane {lane} scores stage {stage} as {score}; scores go from {EMOTION_MIN} to +{EMOTION_MAX}"
    )]
    ScoreOutOfRange {
        /// The emotion lane.
        lane: LaneId,
        /// The stage.
        stage: StageId,
        /// The bad score.
        score: i8,
    },
    /// A stage width off [`STAGE_WIDTHS`] (or not a number).
    #[error(
        "stage {stage} is {width} points wide; a stage is {} to {} points wide",
        STAGE_WIDTHS.start(),
        STAGE_WIDTHS.end()
    )]
    StageWidth {
        /// The stage.
        stage: StageId,
        /// The width as written in the file.
        width: String,
    },
    /// A lane height off [`LANE_HEIGHTS`] (or not a number).
    #[error(
        "lane {lane} is {height} points high; a lane is {} to {} points high",
        LANE_HEIGHTS.start(),
        LANE_HEIGHTS.end()
    )]
    LaneHeight {
        /// The lane.
        lane: LaneId,
        /// The height as written in the file.
        height: String,
    },
    /// More items than [`Limits`] allow.
    #[error("the map has {count} {what}; journeymap opens at most {max}")]
    TooMany {
        /// What there are too many of.
        what: Counted,
        /// How many there are.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// A text longer than [`Limits::text_chars`].
    #[error("{what} is {chars} characters long; journeymap allows at most {max}")]
    TextTooLong {
        /// Which text.
        what: TextField,
        /// Its length in characters.
        chars: usize,
        /// The limit.
        max: usize,
    },
    /// A touchpoint rating outside [`super::RATINGS`].
    #[error("card {card} has {kind} {value}; ratings go from 1 to 5")]
    RatingOutOfRange {
        /// The card.
        card: CardId,
        /// Which rating.
        kind: super::RatingKind,
        /// The rating found.
        value: u8,
    },
    /// A metric whose value is not a number (infinite or NaN).
    #[error("the metric \"{name}\" of card {card} is not a number")]
    MetricNotANumber {
        /// The card.
        card: CardId,
        /// The metric's name.
        name: String,
    },
    /// A checklist question listed twice.
    #[error("the customer question {0:?} is listed twice; keep one")]
    DuplicateQuestion(super::StandardQuestion),
    /// A limit for touchpoints per stage outside [`super::MAX_TOUCHPOINTS_PER_STAGE`].
    #[error("the map allows {0} touchpoints per stage; the limit goes from 1 to 99")]
    TouchpointsPerStage(u32),
    /// The persona photo path leaves the map's folder.
    #[error(
        "the persona photo path \"{0}\" must be relative to the map's folder and stay inside it"
    )]
    PhotoOutsideFolder(String),
}

/// What a map may hold only so many of (see [`Limits`]). Named by the message, in English here
/// and in the user's language by the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    /// Columns.
    Stages,
    /// Groups of columns.
    Phases,
    /// Rows.
    Lanes,
    /// Cards.
    Cards,
    /// Arrows between cards.
    Connections,
    /// The personas.
    Personas,
    /// The persona's goals.
    PersonaGoals,
    /// The persona's needs.
    PersonaNeeds,
    /// The persona's frustrations.
    PersonaFrustrations,
    /// The metrics of one touchpoint.
    Metrics,
    /// The customer quotes of one touchpoint.
    Quotes,
    /// Customer questions.
    Questions,
    /// People who joined the room.
    RoomParticipants,
    /// Notes the room sent.
    RoomNotes,
    /// Dots the room voted.
    RoomDots,
    /// Scores the room gave the stages.
    RoomFeelings,
}

impl std::fmt::Display for Counted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Stages => "stages",
            Self::Phases => "phases",
            Self::Lanes => "lanes",
            Self::Cards => "cards",
            Self::Connections => "connections",
            Self::Personas => "personas",
            Self::PersonaGoals => "persona goals",
            Self::PersonaNeeds => "persona needs",
            Self::PersonaFrustrations => "persona frustrations",
            Self::Metrics => "metrics on one touchpoint",
            Self::Quotes => "customer quotes on one touchpoint",
            Self::Questions => "customer questions",
            Self::RoomParticipants => "participants of the room",
            Self::RoomNotes => "notes from the room",
            Self::RoomDots => "dots voted in the room",
            Self::RoomFeelings => "scores of the stages from the room",
        })
    }
}

/// A text of a map, named so the user can find it (see [`ValidationError::TextTooLong`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    /// The map's title.
    Title,
    /// The map's goal.
    Goal,
    /// The persona's name.
    PersonaName,
    /// The persona's role.
    PersonaRole,
    /// The persona's quote.
    PersonaQuote,
    /// An entry of a persona list (goals, needs, frustrations).
    PersonaListEntry,
    /// A stage's title.
    StageTitle(StageId),
    /// A phase's title.
    PhaseTitle(PhaseId),
    /// A lane's title.
    LaneTitle(LaneId),
    /// A card's title.
    CardTitle(CardId),
    /// A card's notes.
    CardNotes(CardId),
    /// What is known about a touchpoint: its owner, strengths, weaknesses, a quote, a metric's
    /// name or unit.
    TouchpointEvidence(CardId),
    /// A customer question or its answer.
    Question,
    /// The note of the map this one was started from.
    Origin,
    /// The title of a stage being added.
    NewStageTitle,
    /// The title of a lane being added.
    NewLaneTitle,
    /// A note the room sent.
    RoomNote(super::RoomNoteId),
    /// The name of someone who joined the room.
    ParticipantName,
}

impl std::fmt::Display for TextField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Title => f.write_str("the title"),
            Self::Goal => f.write_str("the goal"),
            Self::PersonaName => f.write_str("the persona name"),
            Self::PersonaRole => f.write_str("the persona role"),
            Self::PersonaQuote => f.write_str("the persona quote"),
            Self::PersonaListEntry => f.write_str("a persona list entry"),
            Self::StageTitle(stage) => write!(f, "the title of stage {stage}"),
            Self::PhaseTitle(phase) => write!(f, "the title of phase {phase}"),
            Self::LaneTitle(lane) => write!(f, "the title of lane {lane}"),
            Self::CardTitle(card) => write!(f, "the title of card {card}"),
            Self::CardNotes(card) => write!(f, "the notes of card {card}"),
            Self::TouchpointEvidence(card) => write!(f, "what is known about card {card}"),
            Self::Question => f.write_str("a customer question"),
            Self::Origin => f.write_str("the origin of the map"),
            Self::NewStageTitle => f.write_str("the title of the new stage"),
            Self::NewLaneTitle => f.write_str("the title of the new lane"),
            Self::RoomNote(note) => write!(f, "note {note} from the room"),
            Self::ParticipantName => f.write_str("the name of a participant"),
        }
    }
}

impl Map {
    /// Checks ids, references, scores and sizes; returns the first problem found.
    pub fn validate(&self, limits: &Limits) -> Result<(), ValidationError> {
        self.check_counts(limits)?;
        self.check_texts(limits)?;
        self.check_sizes()?;
        let stages = unique(
            self.stages.iter().map(|s| s.id),
            ValidationError::DuplicateStage,
        )?;
        unique(
            self.lanes.iter().map(|l| l.id),
            ValidationError::DuplicateLane,
        )?;
        let cards = unique(
            self.cards.iter().map(|c| c.id),
            ValidationError::DuplicateCard,
        )?;
        for card in &self.cards {
            if !stages.contains(&card.stage) {
                return Err(ValidationError::UnknownStage {
                    card: card.id,
                    stage: card.stage,
                });
            }
            match self.lane(card.lane) {
                None => {
                    return Err(ValidationError::UnknownLane {
                        card: card.id,
                        lane: card.lane,
                    });
                }
                Some(lane) if !lane.holds_cards() => {
                    return Err(ValidationError::LaneHoldsNoCards {
                        card: card.id,
                        lane: lane.id,
                        title: lane.title.clone(),
                    });
                }
                Some(_) => {}
            }
        }
        let mut arrows = BTreeSet::new();
        for connection in &self.connections {
            for end in [connection.from, connection.to] {
                if !cards.contains(&end) {
                    return Err(ValidationError::UnknownConnectionEnd(end));
                }
            }
            // The editor makes neither; a file that has them was edited by hand or elsewhere.
            if connection.from == connection.to {
                return Err(ValidationError::SelfConnection(connection.from));
            }
            if !arrows.insert((connection.from, connection.to)) {
                return Err(ValidationError::DuplicateConnection {
                    from: connection.from,
                    to: connection.to,
                });
            }
        }
        self.check_phases()?;
        self.check_personas()?;
        for lane in &self.lanes {
            for (persona, scores) in lane.kind.curves() {
                if self.persona_by_id(persona).is_none() {
                    return Err(ValidationError::ScoresForUnknownPersona {
                        lane: lane.id,
                        persona,
                    });
                }
                for (&stage, &score) in scores {
                    if !stages.contains(&stage) {
                        return Err(ValidationError::ScoreForUnknownStage {
                            lane: lane.id,
                            stage,
                        });
                    }
                    if !(EMOTION_MIN..=EMOTION_MAX).contains(&score) {
                        return Err(ValidationError::ScoreOutOfRange {
                            lane: lane.id,
                            stage,
                            score,
                        });
                    }
                }
            }
        }
        self.check_evidence()?;
        self.check_room()?;
        for persona in self.personas() {
            if let Some(photo) = &persona.photo
                && !super::Persona::is_contained_photo_path(photo)
            {
                return Err(ValidationError::PhotoOutsideFolder(photo.clone()));
            }
        }
        Ok(())
    }

    /// Each participant and note has a number of its own, a participant votes a card and
    /// scores a stage once, dots are at least one and scores on the scale. The lanes, stages
    /// and cards the room refers to may be gone (deleted after the room sent them): the inbox
    /// shows such notes for the facilitator to place, and gone cards' dots count nowhere.
    fn check_room(&self) -> Result<(), ValidationError> {
        let room = &self.room;
        unique(room.participants.iter().map(|p| p.id), |_| {
            ValidationError::RoomRecord(Counted::RoomParticipants)
        })?;
        unique(room.notes.iter().map(|n| n.id), |_| {
            ValidationError::RoomRecord(Counted::RoomNotes)
        })?;
        unique(room.dots.iter().map(|d| (d.participant, d.card)), |_| {
            ValidationError::RoomRecord(Counted::RoomDots)
        })?;
        unique(
            room.feelings.iter().map(|f| (f.participant, f.stage)),
            |_| ValidationError::RoomRecord(Counted::RoomFeelings),
        )?;
        if room.dots.iter().any(|d| d.count == 0)
            || !super::DOTS_RANGE.contains(&room.settings.dots)
        {
            return Err(ValidationError::RoomRecord(Counted::RoomDots));
        }
        if room
            .feelings
            .iter()
            .any(|f| !(EMOTION_MIN..=EMOTION_MAX).contains(&f.score))
        {
            return Err(ValidationError::RoomRecord(Counted::RoomFeelings));
        }
        Ok(())
    }

    /// Each stage's phase exists, and each phase's stages stand side by side.
    fn check_phases(&self) -> Result<(), ValidationError> {
        let phases = unique(
            self.phases.iter().map(|p| p.id),
            ValidationError::DuplicatePhase,
        )?;
        for stage in &self.stages {
            if let Some(phase) = stage.in_phase
                && !phases.contains(&phase)
            {
                return Err(ValidationError::UnknownPhase {
                    stage: stage.id,
                    phase,
                });
            }
        }
        let mut seen = BTreeSet::new();
        for run in self.phase_runs() {
            if let Some(phase) = run.phase
                && !seen.insert(phase)
            {
                return Err(ValidationError::PhaseApart(phase));
            }
        }
        Ok(())
    }

    /// The first persona has no id of its own; the others have ids of their own.
    fn check_personas(&self) -> Result<(), ValidationError> {
        if !self.persona.id.is_first() {
            return Err(ValidationError::FirstPersonaId(self.persona.id));
        }
        unique(
            self.personas().map(|persona| persona.id),
            ValidationError::DuplicatePersona,
        )?;
        Ok(())
    }

    /// Stage widths and lane heights the user set by dragging; a hostile file could otherwise
    /// make one column a million points wide.
    /// Ratings on their scale, metrics that are numbers, each checklist question once, a
    /// sensible limit of touchpoints per stage.
    fn check_evidence(&self) -> Result<(), ValidationError> {
        for (card, touchpoint) in self.touchpoints() {
            touchpoint.check(card.id)?;
        }
        let mut asked = BTreeSet::new();
        for question in &self.questions {
            if let super::Ask::Standard(standard) = question.ask
                && !asked.insert(standard)
            {
                return Err(ValidationError::DuplicateQuestion(standard));
            }
        }
        if let Some(limit) = self.max_touchpoints_per_stage
            && !super::MAX_TOUCHPOINTS_PER_STAGE.contains(&limit)
        {
            return Err(ValidationError::TouchpointsPerStage(limit));
        }
        Ok(())
    }

    fn check_sizes(&self) -> Result<(), ValidationError> {
        for stage in &self.stages {
            if let Some(width) = stage.width
                && !STAGE_WIDTHS.contains(&width)
            {
                return Err(ValidationError::StageWidth {
                    stage: stage.id,
                    width: width.to_string(),
                });
            }
        }
        for lane in &self.lanes {
            if let Some(height) = lane.height
                && !LANE_HEIGHTS.contains(&height)
            {
                return Err(ValidationError::LaneHeight {
                    lane: lane.id,
                    height: height.to_string(),
                });
            }
        }
        Ok(())
    }

    fn check_counts(&self, limits: &Limits) -> Result<(), ValidationError> {
        let counts = [
            (Counted::Stages, self.stages.len(), limits.stages),
            (Counted::Phases, self.phases.len(), limits.stages),
            (Counted::Lanes, self.lanes.len(), limits.lanes),
            (Counted::Cards, self.cards.len(), limits.cards),
            (
                Counted::Connections,
                self.connections.len(),
                limits.connections,
            ),
            (
                Counted::Personas,
                self.personas().count(),
                super::MAX_PERSONAS,
            ),
        ];
        let per_persona = self.personas().flat_map(|persona| {
            [
                (
                    Counted::PersonaGoals,
                    persona.goals.len(),
                    limits.list_items,
                ),
                (
                    Counted::PersonaNeeds,
                    persona.needs.len(),
                    limits.list_items,
                ),
                (
                    Counted::PersonaFrustrations,
                    persona.frustrations.len(),
                    limits.list_items,
                ),
            ]
        });
        let per_touchpoint = self.touchpoints().flat_map(|(_, touchpoint)| {
            [
                (
                    Counted::Metrics,
                    touchpoint.metrics.len(),
                    limits.list_items,
                ),
                (Counted::Quotes, touchpoint.quotes.len(), limits.list_items),
            ]
        });
        let questions = (Counted::Questions, self.questions.len(), limits.list_items);
        let room = [
            (
                Counted::RoomParticipants,
                self.room.participants.len(),
                crate::edit::room::MAX_PARTICIPANTS,
            ),
            (
                Counted::RoomNotes,
                self.room.notes.len(),
                crate::edit::room::MAX_ROOM_NOTES,
            ),
            (Counted::RoomDots, self.room.dots.len(), limits.cards),
            (
                Counted::RoomFeelings,
                self.room.feelings.len(),
                limits.stages * crate::edit::room::MAX_PARTICIPANTS,
            ),
        ];
        for (what, count, max) in counts
            .into_iter()
            .chain(per_persona)
            .chain(per_touchpoint)
            .chain([questions])
            .chain(room)
        {
            if count > max {
                return Err(ValidationError::TooMany { what, count, max });
            }
        }
        Ok(())
    }

    fn check_texts(&self, limits: &Limits) -> Result<(), ValidationError> {
        let check = |what: TextField, text: &str| {
            // Byte length bounds the char count from above: only count chars for long texts.
            if text.len() > limits.text_chars {
                let chars = text.chars().count();
                if chars > limits.text_chars {
                    return Err(ValidationError::TextTooLong {
                        what,
                        chars,
                        max: limits.text_chars,
                    });
                }
            }
            Ok(())
        };
        check(TextField::Title, &self.title)?;
        check(TextField::Goal, &self.goal)?;
        for persona in self.personas() {
            check(TextField::PersonaName, &persona.name)?;
            check(TextField::PersonaRole, &persona.role)?;
            check(TextField::PersonaQuote, &persona.quote)?;
            for text in persona
                .goals
                .iter()
                .chain(&persona.needs)
                .chain(&persona.frustrations)
            {
                check(TextField::PersonaListEntry, text)?;
            }
        }
        for stage in &self.stages {
            check(TextField::StageTitle(stage.id), &stage.title)?;
        }
        for phase in &self.phases {
            check(TextField::PhaseTitle(phase.id), &phase.title)?;
        }
        for lane in &self.lanes {
            check(TextField::LaneTitle(lane.id), &lane.title)?;
        }
        for card in &self.cards {
            check(TextField::CardTitle(card.id), &card.title)?;
            check(TextField::CardNotes(card.id), &card.notes)?;
            if let Some(touchpoint) = &card.touchpoint {
                for text in touchpoint.texts() {
                    check(TextField::TouchpointEvidence(card.id), text)?;
                }
            }
        }
        for question in &self.questions {
            if let super::Ask::Own(text) = &question.ask {
                check(TextField::Question, text)?;
            }
            check(TextField::Question, &question.answer)?;
        }
        if let Some(origin) = &self.origin {
            check(TextField::Origin, &origin.title)?;
            check(TextField::Origin, origin.file.as_deref().unwrap_or(""))?;
        }
        for participant in &self.room.participants {
            check(TextField::ParticipantName, &participant.name)?;
        }
        for note in &self.room.notes {
            check(TextField::RoomNote(note.id), &note.text)?;
        }
        Ok(())
    }
}

/// Collects ids, failing on the first one seen twice.
fn unique<T: Ord + Copy>(
    ids: impl Iterator<Item = T>,
    duplicate: impl Fn(T) -> ValidationError,
) -> Result<BTreeSet<T>, ValidationError> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(duplicate(id));
        }
    }
    Ok(seen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Card, Connection, Lane, LaneKind, Lang, MapKind, Stage, TextRole};

    fn small_map() -> Map {
        let mut map = Map::empty(MapKind::CurrentState, Lang::En);
        map.stages.push(Stage::new(StageId(1), "Awareness"));
        map.lanes.push(Lane::new(
            LaneId(1),
            "Actions",
            LaneKind::Text(TextRole::Actions),
        ));
        map.lanes.push(Lane::new(
            LaneId(2),
            "Emotions",
            LaneKind::Emotion {
                personas: std::collections::BTreeMap::new(),
                scores: [(StageId(1), 1)].into(),
            },
        ));
        map.cards.push(Card {
            id: CardId(1),
            lane: LaneId(1),
            stage: StageId(1),
            title: "Sees a poster".into(),
            notes: String::new(),
            touchpoint: None,
        });
        map
    }

    #[test]
    fn a_consistent_map_is_valid() {
        assert_eq!(small_map().validate(&Limits::default()), Ok(()));
    }

    #[test]
    fn duplicate_card_ids_are_named() {
        let mut map = small_map();
        let copy = map.cards[0].clone();
        map.cards.push(copy);
        assert_eq!(
            map.validate(&Limits::default()),
            Err(ValidationError::DuplicateCard(CardId(1)))
        );
    }

    #[test]
    fn dangling_references_are_found() {
        let mut map = small_map();
        map.cards[0].lane = LaneId(9);
        assert!(matches!(
            map.validate(&Limits::default()),
            Err(ValidationError::UnknownLane { .. })
        ));
        let mut map = small_map();
        map.connections.push(Connection {
            from: CardId(1),
            to: CardId(7),
        });
        assert_eq!(
            map.validate(&Limits::default()),
            Err(ValidationError::UnknownConnectionEnd(CardId(7)))
        );
    }

    #[test]
    fn cards_cannot_sit_in_the_emotion_lane() {
        let mut map = small_map();
        map.cards[0].lane = LaneId(2);
        assert!(matches!(
            map.validate(&Limits::default()),
            Err(ValidationError::LaneHoldsNoCards { .. })
        ));
    }

    #[test]
    fn scores_must_be_on_the_scale() {
        let mut map = small_map();
        map.lanes[1].kind = LaneKind::Emotion {
            personas: std::collections::BTreeMap::new(),
            scores: [(StageId(1), 3)].into(),
        };
        assert!(matches!(
            map.validate(&Limits::default()),
            Err(ValidationError::ScoreOutOfRange { score: 3, .. })
        ));
    }

    #[test]
    fn sizes_are_bounded() {
        let mut map = small_map();
        map.title = "x".repeat(30_000);
        assert!(matches!(
            map.validate(&Limits::default()),
            Err(ValidationError::TextTooLong { .. })
        ));
        let limits = Limits {
            cards: 0,
            ..Limits::default()
        };
        assert!(matches!(
            small_map().validate(&limits),
            Err(ValidationError::TooMany {
                what: Counted::Cards,
                ..
            })
        ));
    }

    #[test]
    fn stage_widths_and_lane_heights_stay_in_range() {
        let mut map = small_map();
        map.stages[0].width = Some(300.0);
        map.lanes[0].height = Some(200.0);
        assert_eq!(map.validate(&Limits::default()), Ok(()));
        for width in [f32::NAN, f32::INFINITY, 0.0, -5.0, 1e7] {
            map.stages[0].width = Some(width);
            assert!(matches!(
                map.validate(&Limits::default()),
                Err(ValidationError::StageWidth { .. })
            ));
        }
        map.stages[0].width = None;
        map.lanes[1].height = Some(5.0);
        let message = map.validate(&Limits::default()).unwrap_err().to_string();
        assert!(message.contains("lane 2 is 5 points high"), "{message}");
    }

    #[test]
    fn photo_paths_stay_in_the_folder() {
        for (path, ok) in [
            ("anna.jpg", true),
            ("photos/anna.jpg", true),
            ("../anna.jpg", false),
            ("/etc/passwd", false),
            ("", false),
        ] {
            let mut map = small_map();
            map.persona.photo = Some(path.into());
            assert_eq!(map.validate(&Limits::default()).is_ok(), ok, "{path}");
        }
    }
}
