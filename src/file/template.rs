//! The templates: a new map of each kind, in each language, with that kind's default stages and
//! lanes. They ship as readable RON files under `assets/templates/` and are compiled in, so
//! `journeymap new` works from any folder.

use super::{FormatError, from_ron};
use crate::model::{Lang, Map, MapKind};

/// The template file for a kind and language.
fn template_source(kind: MapKind, lang: Lang) -> &'static str {
    macro_rules! file {
        ($name:literal) => {
            include_str!(concat!("../../assets/templates/", $name))
        };
    }
    match (kind, lang) {
        (MapKind::CurrentState, Lang::En) => file!("current-state.en.ron"),
        (MapKind::CurrentState, Lang::De) => file!("current-state.de.ron"),
        (MapKind::DayInTheLife, Lang::En) => file!("day-in-the-life.en.ron"),
        (MapKind::DayInTheLife, Lang::De) => file!("day-in-the-life.de.ron"),
        (MapKind::FutureState, Lang::En) => file!("future-state.en.ron"),
        (MapKind::FutureState, Lang::De) => file!("future-state.de.ron"),
        (MapKind::ServiceBlueprint, Lang::En) => file!("service-blueprint.en.ron"),
        (MapKind::ServiceBlueprint, Lang::De) => file!("service-blueprint.de.ron"),
    }
}

/// A new, empty map of `kind` with its default stages and lanes in `lang`.
///
/// Fails only if a shipped template is broken, which the test suite rules out.
pub fn template(kind: MapKind, lang: Lang) -> Result<Map, FormatError> {
    from_ron(template_source(kind, lang).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_opens_with_its_kind_and_language() {
        for kind in MapKind::ALL {
            for lang in Lang::ALL {
                let map = template(kind, lang)
                    .unwrap_or_else(|error| panic!("{kind:?} {lang:?}: {error}"));
                assert_eq!((map.kind, map.lang), (kind, lang));
                assert!(!map.stages.is_empty() && !map.lanes.is_empty());
                assert!(map.cards.is_empty());
            }
        }
    }
}
