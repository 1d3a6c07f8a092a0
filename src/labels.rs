//! The few words the map picture itself shows (facet names, persona headings, the legend), in
//! the map's own language. Everything else on the picture is the user's text.

use crate::i18n::{self, tr};
use crate::model::{EvidenceLevel, Lang, MapKind, Ownership, PurchasePhase, Touchpoint};

/// "Online · Paid · Pre-purchase": a touchpoint's facets as one line, with the purchase phase
/// it is in (see [`crate::model::Map::phase_of`]).
pub fn facets(touchpoint: &Touchpoint, phase: PurchasePhase, lang: Lang) -> String {
    format!(
        "{} · {} · {}",
        tr(lang, i18n::setting_id(touchpoint.setting)),
        tr(lang, i18n::ownership_id(touchpoint.ownership)),
        tr(lang, i18n::phase_id(phase))
    )
}

/// Name of a media ownership.
pub fn ownership(ownership: Ownership, lang: Lang) -> String {
    tr(lang, i18n::ownership_id(ownership))
}

/// The kind of map, in capitals for the title band.
pub fn kind(kind: MapKind, lang: Lang) -> String {
    tr(lang, i18n::kind_id(kind)).to_uppercase()
}

/// Heading before the map's goal.
pub fn goal(lang: Lang) -> String {
    tr(lang, "map-goal")
}

/// Headings of the persona's three lists.
pub fn persona_lists(lang: Lang) -> [String; 3] {
    ["persona-goals", "persona-needs", "persona-frustrations"].map(|id| tr(lang, id))
}

/// The name of a persona that has neither name nor role: "Persona 2".
pub fn persona_number(lang: Lang, number: usize) -> String {
    i18n::texts(lang).get_with("persona-number", &[("number", number.into())])
}

/// Heading of the list of the other personas in the persona box.
pub fn other_personas(lang: Lang) -> String {
    tr(lang, "persona-others")
}

/// Heading of the ownership legend.
pub fn legend(lang: Lang) -> String {
    tr(lang, "legend-touchpoint-media")
}

/// Heading of the evidence legend.
pub fn evidence_legend(lang: Lang) -> String {
    tr(lang, "legend-evidence")
}

/// Name of an evidence level.
pub fn evidence(level: EvidenceLevel, lang: Lang) -> String {
    tr(lang, i18n::evidence_id(level))
}

/// The room's curve in an emotion lane's key: "The room (12)", with how many people scored.
pub fn room_curve(lang: Lang, people: usize) -> String {
    i18n::texts(lang).get_with("room-curve-key", &[("count", people.into())])
}

/// The name and role of the persona the room's curve is kept as: "The room", "Workshop, 7 Dec
/// 2026" for a workshop on that day (`[year, month, day]`, the month from 1).
pub fn room_persona(lang: Lang, [year, month, day]: [i32; 3]) -> (String, String) {
    let texts = i18n::texts(lang);
    // The year as text: Fluent would group its digits ("2,026").
    let date = texts.get_with(
        "date-short",
        &[
            ("day", day.into()),
            ("month", month.into()),
            ("year", year.to_string().into()),
        ],
    );
    (
        texts.get("room-persona-name"),
        texts.get_with("room-persona-role", &[("date", date.into())]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kept_room_is_named_with_the_workshops_day_in_the_maps_language() {
        assert_eq!(
            room_persona(Lang::En, [2026, 12, 7]),
            ("The room".into(), "Workshop, 7 Dec 2026".into())
        );
        assert_eq!(
            room_persona(Lang::De, [2026, 3, 17]),
            ("Der Raum".into(), "Workshop, 17. März 2026".into())
        );
    }
}
