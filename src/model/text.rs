//! Cleaning the texts of a map: line breaks made uniform, invisible control characters dropped.

use super::Map;

/// Makes a text safe to store and draw: Windows (`\r\n`) and old Mac (`\r`) line breaks become
/// `\n`; other control characters except tabs are removed. They arrive with pasted text or
/// files from other tools, are invisible on a card, and would make a saved map binary to git.
pub fn clean_text(text: &mut String) {
    let needs_cleaning = text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t');
    if !needs_cleaning {
        return;
    }
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    *text = unified
        .chars()
        .filter(|&c| !c.is_control() || c == '\n' || c == '\t')
        .collect();
}

impl Map {
    /// Applies [`clean_text`] to every text of the map.
    pub fn clean_texts(&mut self) {
        clean_text(&mut self.title);
        clean_text(&mut self.goal);
        for persona in std::iter::once(&mut self.persona).chain(&mut self.other_personas) {
            let lists = persona
                .goals
                .iter_mut()
                .chain(&mut persona.needs)
                .chain(&mut persona.frustrations);
            let singles = [&mut persona.name, &mut persona.role, &mut persona.quote];
            for text in singles.into_iter().chain(lists) {
                clean_text(text);
            }
        }
        for stage in &mut self.stages {
            clean_text(&mut stage.title);
        }
        for phase in &mut self.phases {
            clean_text(&mut phase.title);
        }
        for lane in &mut self.lanes {
            clean_text(&mut lane.title);
        }
        for card in &mut self.cards {
            clean_text(&mut card.title);
            clean_text(&mut card.notes);
            if let Some(touchpoint) = &mut card.touchpoint {
                touchpoint.texts_mut().for_each(clean_text);
            }
        }
        for question in &mut self.questions {
            if let super::Ask::Own(text) = &mut question.ask {
                clean_text(text);
            }
            clean_text(&mut question.answer);
        }
        if let Some(origin) = &mut self.origin {
            clean_text(&mut origin.title);
            if let Some(file) = &mut origin.file {
                clean_text(file);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_are_unified_and_control_characters_dropped() {
        let mut text = "eins\r\nzwei\rdrei\u{0}\u{7}\tvier\nfünf".to_owned();
        clean_text(&mut text);
        assert_eq!(text, "eins\nzwei\ndrei\tvier\nfünf");
    }

    #[test]
    fn clean_text_is_left_alone() {
        let mut text = "Grüße\n\t„Zitat“ it's".to_owned();
        clean_text(&mut text);
        assert_eq!(text, "Grüße\n\t„Zitat“ it's");
    }
}
