//! The names of the parts of a map, its choices and kinds of values, as message ids.

use super::Texts;
use crate::file::{MAX_LISTED, MapChoice, MapPart, ValueKind};
use crate::model::{Counted, TextField};

/// "`a`, `b` or `c`" in the user's language; long lists end in "and 20 more".
pub(super) fn list(texts: &Texts, names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    if quoted.len() > MAX_LISTED {
        return texts.get_with(
            "file-list-more",
            &[
                ("list", quoted[..MAX_LISTED].join(", ").into()),
                ("more", (quoted.len() - MAX_LISTED).into()),
            ],
        );
    }
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => texts.get_with(
            "file-list-or",
            &[("init", init.join(", ").into()), ("last", last.into())],
        ),
    }
}

/// What may stand in a place instead: "it must be one of …".
pub(super) fn allowed(texts: &Texts, expected: &[&str]) -> String {
    let id = match expected {
        [] => return texts.get("file-allowed-none"),
        [_] => "file-allowed-one",
        _ => "file-allowed-many",
    };
    texts.get_with(id, &[("list", list(texts, expected).into())])
}

/// "the persona", "die Persona" …
pub(super) fn part_id(part: MapPart) -> &'static str {
    match part {
        MapPart::MapFile => "file-part-map-file",
        MapPart::Map => "file-part-map",
        MapPart::Persona => "file-part-persona",
        MapPart::Stage => "file-part-stage",
        MapPart::Lane => "file-part-lane",
        MapPart::Card => "file-part-card",
        MapPart::Touchpoint => "file-part-touchpoint",
        MapPart::Connection => "file-part-connection",
        MapPart::Emotion => "file-part-emotion",
        MapPart::Metric => "file-part-metric",
        MapPart::Question => "file-part-question",
        MapPart::Origin => "file-part-origin",
        MapPart::Unknown => "file-part-unknown",
    }
}

/// "in the persona", "in der Persona" …; "here" for an unnamed part.
pub(super) fn in_part_id(part: MapPart) -> &'static str {
    match part {
        MapPart::MapFile => "file-in-map-file",
        MapPart::Map => "file-in-map",
        MapPart::Persona => "file-in-persona",
        MapPart::Stage => "file-in-stage",
        MapPart::Lane => "file-in-lane",
        MapPart::Card => "file-in-card",
        MapPart::Touchpoint => "file-in-touchpoint",
        MapPart::Connection => "file-in-connection",
        MapPart::Emotion => "file-in-emotion",
        MapPart::Metric => "file-in-metric",
        MapPart::Question => "file-in-question",
        MapPart::Origin => "file-in-origin",
        MapPart::Unknown => "file-in-unknown",
    }
}

pub(super) fn choice_id(choice: MapChoice) -> &'static str {
    match choice {
        MapChoice::MapKind => "file-choice-map-kind",
        MapChoice::Lang => "file-choice-lang",
        MapChoice::LaneKind => "file-choice-lane-kind",
        MapChoice::TextRole => "file-choice-text-role",
        MapChoice::DividerLine => "file-choice-divider-line",
        MapChoice::Channel => "file-choice-channel",
        MapChoice::Setting => "file-choice-setting",
        MapChoice::Ownership => "file-choice-ownership",
        MapChoice::PurchasePhase => "file-choice-purchase-phase",
        MapChoice::EvidenceLevel => "file-choice-evidence",
        MapChoice::StandardQuestion => "file-choice-question",
        MapChoice::Ask => "file-choice-ask",
        MapChoice::Relation => "file-choice-relation",
        MapChoice::Unknown => "file-choice-unknown",
    }
}

pub(super) fn value_id(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::WholeNumber => "file-value-whole-number",
        ValueKind::Number => "file-value-number",
        ValueKind::Text => "file-value-text",
        ValueKind::YesNo => "file-value-yes-no",
        ValueKind::List => "file-value-list",
        ValueKind::Scores => "file-value-scores",
        ValueKind::Optional => "file-value-optional",
        ValueKind::Group => "file-value-group",
        ValueKind::Name => "file-value-name",
        ValueKind::Other => "file-value-other",
    }
}

pub(super) fn counted_id(what: Counted) -> &'static str {
    match what {
        Counted::Stages => "file-counted-stages",
        Counted::Phases => "file-counted-phases",
        Counted::Lanes => "file-counted-lanes",
        Counted::Cards => "file-counted-cards",
        Counted::Connections => "file-counted-connections",
        Counted::Personas => "file-counted-personas",
        Counted::PersonaGoals => "file-counted-persona-goals",
        Counted::PersonaNeeds => "file-counted-persona-needs",
        Counted::PersonaFrustrations => "file-counted-persona-frustrations",
        Counted::Metrics => "file-counted-metrics",
        Counted::Quotes => "file-counted-quotes",
        Counted::Questions => "file-counted-questions",
        Counted::RoomParticipants => "file-counted-room-participants",
        Counted::RoomNotes => "file-counted-room-notes",
        Counted::RoomDots => "file-counted-room-dots",
        Counted::RoomFeelings => "file-counted-room-feelings",
    }
}

/// "the notes of card 5", "die Notizen von Karte 5" …
pub(super) fn text_field(texts: &Texts, field: TextField) -> String {
    let with_id =
        |message: &str, id: u32| texts.get_with(message, &[("id", id.to_string().into())]);
    match field {
        TextField::Title => texts.get("file-text-title"),
        TextField::Goal => texts.get("file-text-goal"),
        TextField::PersonaName => texts.get("file-text-persona-name"),
        TextField::PersonaRole => texts.get("file-text-persona-role"),
        TextField::PersonaQuote => texts.get("file-text-persona-quote"),
        TextField::PersonaListEntry => texts.get("file-text-persona-list-entry"),
        TextField::StageTitle(stage) => with_id("file-text-stage-title", stage.0),
        TextField::PhaseTitle(phase) => with_id("file-text-phase-title", phase.0),
        TextField::LaneTitle(lane) => with_id("file-text-lane-title", lane.0),
        TextField::CardTitle(card) => with_id("file-text-card-title", card.0),
        TextField::CardNotes(card) => with_id("file-text-card-notes", card.0),
        TextField::TouchpointEvidence(card) => with_id("file-text-touchpoint-evidence", card.0),
        TextField::Question => texts.get("file-text-question"),
        TextField::Origin => texts.get("file-text-origin"),
        TextField::NewStageTitle => texts.get("file-text-new-stage-title"),
        TextField::NewLaneTitle => texts.get("file-text-new-lane-title"),
        TextField::RoomNote(note) => with_id("file-text-room-note", note.0),
        TextField::ParticipantName => texts.get("file-text-participant-name"),
    }
}
