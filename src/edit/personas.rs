//! The edits of a map's personas: adding one, changing what it says, removing it with its
//! curves.

use super::apply::EditError;
use crate::model::{Limits, MAX_PERSONAS, Map, Persona, PersonaId};

pub(super) fn add(map: &mut Map, persona: &Persona) -> Result<(), EditError> {
    if persona.id.is_first() || map.persona_by_id(persona.id).is_some() {
        return Err(EditError::IdInUse(persona.id.0));
    }
    if map.personas().count() >= MAX_PERSONAS {
        return Err(EditError::Full {
            what: "personas",
            max: MAX_PERSONAS,
        });
    }
    let persona = checked(persona, map)?;
    map.other_personas.push(persona);
    Ok(())
}

pub(super) fn set(map: &mut Map, persona: &Persona) -> Result<(), EditError> {
    let persona = checked(persona, map)?;
    let slot = if persona.id.is_first() {
        &mut map.persona
    } else {
        map.other_personas
            .iter_mut()
            .find(|other| other.id == persona.id)
            .ok_or(EditError::UnknownPersona(persona.id))?
    };
    *slot = persona;
    Ok(())
}

/// Removes a persona and its curve from every emotion lane. The first persona makes way for
/// the next one, whose curves become the lanes' first: a map always has a first persona, and
/// its curve is where a map of one persona keeps its scores.
pub(super) fn remove(map: &mut Map, id: PersonaId) -> Result<(), EditError> {
    if map.persona_by_id(id).is_none() {
        return Err(EditError::UnknownPersona(id));
    }
    if id.is_first() {
        if map.other_personas.is_empty() {
            map.persona = Persona::default();
            for lane in &mut map.lanes {
                lane.kind
                    .curves_mut()
                    .for_each(std::collections::BTreeMap::clear);
            }
            return Ok(());
        }
        let mut next = map.other_personas.remove(0);
        let next_id = next.id;
        next.id = PersonaId::FIRST;
        map.persona = next;
        for lane in &mut map.lanes {
            if let crate::model::LaneKind::Emotion { scores, personas } = &mut lane.kind {
                *scores = personas.remove(&next_id).unwrap_or_default();
            }
        }
    } else {
        map.other_personas.retain(|persona| persona.id != id);
        for lane in &mut map.lanes {
            if let crate::model::LaneKind::Emotion { personas, .. } = &mut lane.kind {
                personas.remove(&id);
            }
        }
    }
    Ok(())
}

/// `persona` with its texts cleaned, or why a map could not hold it: the same rules as a
/// file's, checked on a map holding only this persona.
fn checked(persona: &Persona, map: &Map) -> Result<Persona, EditError> {
    let mut info = Map::empty(map.kind, map.lang);
    if persona.id.is_first() {
        info.persona = persona.clone();
    } else {
        info.other_personas.push(persona.clone());
    }
    info.clean_texts();
    info.validate(&Limits::default())
        .map_err(EditError::Invalid)?;
    Ok(if persona.id.is_first() {
        info.persona
    } else {
        info.other_personas.remove(0)
    })
}

#[cfg(test)]
mod tests {
    use super::super::{Document, Edit};
    use super::EditError;
    use crate::model::{
        Lane, LaneId, LaneKind, Lang, MAX_PERSONAS, Map, MapKind, Persona, PersonaId, Stage,
        StageId,
    };

    const LANE: LaneId = LaneId(1);

    /// Two stages and an emotion lane; the first persona, Ana, rated stage 1 with +1.
    fn map() -> Map {
        let mut map = Map::empty(MapKind::CurrentState, Lang::En);
        map.persona.name = "Ana".into();
        map.stages = vec![Stage::new(StageId(1), "A"), Stage::new(StageId(2), "B")];
        let mut emotions = LaneKind::emotion();
        if let LaneKind::Emotion { scores, .. } = &mut emotions {
            scores.insert(StageId(1), 1);
        }
        map.lanes = vec![Lane::new(LANE, "Feelings", emotions)];
        map
    }

    fn named(id: u32, name: &str) -> Persona {
        Persona {
            name: name.into(),
            ..Persona::with_id(PersonaId(id))
        }
    }

    fn score(doc: &Document, persona: u32, stage: u32) -> Option<i8> {
        doc.map().lanes[0]
            .kind
            .score(PersonaId(persona), StageId(stage))
    }

    fn set_score(doc: &mut Document, persona: u32, stage: u32, score: i8) {
        doc.apply(&Edit::SetEmotion {
            lane: LANE,
            persona: PersonaId(persona),
            stage: StageId(stage),
            score: Some(score),
        })
        .unwrap();
    }

    #[test]
    fn each_persona_scores_its_own_curve() {
        let mut doc = Document::new(map());
        doc.apply(&Edit::AddPersona(named(1, "Ben"))).unwrap();
        set_score(&mut doc, 1, 1, -2);
        set_score(&mut doc, 1, 2, 2);
        assert_eq!(score(&doc, 0, 1), Some(1), "Ana's score stays");
        assert_eq!((score(&doc, 1, 1), score(&doc, 1, 2)), (Some(-2), Some(2)));
        doc.apply(&Edit::SetEmotion {
            lane: LANE,
            persona: PersonaId(1),
            stage: StageId(1),
            score: None,
        })
        .unwrap();
        assert_eq!(score(&doc, 1, 1), None);
        let unknown = Edit::SetEmotion {
            lane: LANE,
            persona: PersonaId(9),
            stage: StageId(1),
            score: Some(0),
        };
        assert_eq!(
            doc.apply(&unknown),
            Err(EditError::UnknownPersona(PersonaId(9)))
        );
    }

    #[test]
    fn deleting_a_stage_takes_it_from_every_curve() {
        let mut doc = Document::new(map());
        doc.apply(&Edit::AddPersona(named(1, "Ben"))).unwrap();
        set_score(&mut doc, 1, 1, -1);
        set_score(&mut doc, 1, 2, 1);
        doc.apply(&Edit::DeleteStage(StageId(1))).unwrap();
        assert_eq!((score(&doc, 0, 1), score(&doc, 1, 1)), (None, None));
        assert_eq!(score(&doc, 1, 2), Some(1));
        assert!(doc.map().validate(&crate::model::Limits::default()).is_ok());
    }

    #[test]
    fn removing_a_persona_takes_its_curve_and_the_first_makes_way_for_the_next() {
        let mut doc = Document::new(map());
        doc.apply(&Edit::AddPersona(named(1, "Ben"))).unwrap();
        doc.apply(&Edit::AddPersona(named(2, "Cem"))).unwrap();
        set_score(&mut doc, 1, 2, -2);
        set_score(&mut doc, 2, 2, 2);

        doc.apply(&Edit::RemovePersona(PersonaId(2))).unwrap();
        assert_eq!(doc.map().other_personas.len(), 1);
        assert_eq!(score(&doc, 2, 2), None, "Cem's curve went with him");

        doc.apply(&Edit::RemovePersona(PersonaId::FIRST)).unwrap();
        assert_eq!(doc.map().persona.name, "Ben");
        assert_eq!(doc.map().persona.id, PersonaId::FIRST);
        assert_eq!(score(&doc, 0, 2), Some(-2), "Ben's curve is the first now");
        assert_eq!(score(&doc, 0, 1), None, "Ana's went with her");
        assert!(!doc.map().has_several_personas());

        doc.undo();
        assert_eq!(doc.map().persona.name, "Ana");
        assert_eq!((score(&doc, 0, 1), score(&doc, 1, 2)), (Some(1), Some(-2)));
    }

    #[test]
    fn personas_are_refused_beyond_five_with_a_used_id_or_unknown() {
        let mut doc = Document::new(map());
        for id in 1..MAX_PERSONAS as u32 {
            doc.apply(&Edit::AddPersona(named(id, "x"))).unwrap();
        }
        assert_eq!(
            doc.apply(&Edit::AddPersona(named(99, "sixth"))),
            Err(EditError::Full {
                what: "personas",
                max: MAX_PERSONAS
            })
        );
        let mut doc = Document::new(map());
        assert_eq!(
            doc.apply(&Edit::AddPersona(named(0, "second first"))),
            Err(EditError::IdInUse(0))
        );
        assert_eq!(
            doc.apply(&Edit::SetPersona(named(4, "nobody"))),
            Err(EditError::UnknownPersona(PersonaId(4)))
        );
        assert_eq!(
            doc.apply(&Edit::RemovePersona(PersonaId(4))),
            Err(EditError::UnknownPersona(PersonaId(4)))
        );
    }

    #[test]
    fn a_persona_edit_cleans_its_texts_and_keeps_its_curve() {
        let mut doc = Document::new(map());
        doc.apply(&Edit::AddPersona(named(1, "Ben"))).unwrap();
        set_score(&mut doc, 1, 1, 2);
        doc.apply(&Edit::SetPersona(named(1, "Be\u{7}rnd\r\n")))
            .unwrap();
        assert_eq!(doc.map().other_personas[0].name, "Bernd\n");
        assert_eq!(score(&doc, 1, 1), Some(2));
    }
}
