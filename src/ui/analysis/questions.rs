//! The customer questions: the method's interview checklist, worded in the map's language,
//! with what customers answered written beside each, and the team's own questions. Ticking a
//! question off or typing an answer changes the map (one undo step per field visit).

use egui::{RichText, Ui};

use crate::edit::Edit;
use crate::i18n::{self, Texts};
use crate::model::{Ask, Map, Question, StandardQuestion};
use crate::ui::Action;
use crate::ui::typing;

/// The checklist followed by the team's own questions, with what the map records for each.
pub fn checklist(map: &Map) -> Vec<Question> {
    let mut questions: Vec<Question> = StandardQuestion::ALL
        .into_iter()
        .map(|standard| {
            map.questions
                .iter()
                .find(|question| question.ask == Ask::Standard(standard))
                .cloned()
                .unwrap_or_else(|| Question::new(Ask::Standard(standard)))
        })
        .collect();
    questions.extend(
        map.questions
            .iter()
            .filter(|question| matches!(question.ask, Ask::Own(_)))
            .cloned(),
    );
    questions
}

/// Whether something was recorded for a question.
fn answered(question: &Question) -> bool {
    question.done || !question.answer.trim().is_empty()
}

/// The questions view.
pub fn questions_ui(ui: &mut Ui, texts: &Texts, map: &Map, actions: &mut Vec<Action>) {
    let words = i18n::texts(map.lang);
    let before = checklist(map);
    let mut questions = before.clone();
    let done = questions.iter().filter(|q| answered(q)).count();
    ui.label(RichText::new(texts.get("questions-hint")).weak());
    ui.label(texts.get_with(
        "questions-progress",
        &[("done", done.into()), ("count", questions.len().into())],
    ));
    ui.add_space(4.0);
    let mut remove = None;
    for (index, question) in questions.iter_mut().enumerate() {
        ui.separator();
        let wording = match &question.ask {
            Ask::Standard(standard) => words.get(i18n::question_id(*standard)),
            Ask::Own(text) => text.clone(),
        };
        ui.horizontal(|ui| {
            ui.checkbox(&mut question.done, "")
                .on_hover_text(texts.get("questions-done"))
                .widget_info(|| {
                    egui::WidgetInfo::selected(
                        egui::Role::CheckBox,
                        true,
                        question.done,
                        texts.get_with(
                            "questions-done-named",
                            &[("question", wording.clone().into())],
                        ),
                    )
                });
            match &mut question.ask {
                Ask::Standard(_) => {
                    ui.add(egui::Label::new(RichText::new(&wording).strong()).wrap());
                }
                Ask::Own(text) => {
                    let response = ui
                        .add(
                            egui::TextEdit::singleline(text)
                                .hint_text(texts.get("questions-own-hint"))
                                .desired_width(ui.available_width() - 28.0),
                        )
                        .accessible_name(texts.get("questions-own"));
                    typing::track(ui.ctx(), &response, actions);
                    let delete = egui_material_icons::icons::ICON_DELETE;
                    let button = ui
                        .small_button(RichText::new(delete.codepoint).family(delete.font_family()))
                        .on_hover_text(texts.get("questions-remove"));
                    let name = texts.get("questions-remove");
                    button
                        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                    if button.clicked() {
                        remove = Some(index);
                    }
                }
            }
        });
        let response = ui
            .add(
                egui::TextEdit::multiline(&mut question.answer)
                    .hint_text(texts.get("questions-answer-hint"))
                    .desired_rows(1)
                    .desired_width(f32::INFINITY),
            )
            .accessible_name(texts.get_with("questions-answer", &[("question", wording.into())]));
        typing::track(ui.ctx(), &response, actions);
    }
    if let Some(index) = remove {
        questions.remove(index);
    }
    ui.separator();
    if ui.button(texts.get("questions-add")).clicked() {
        questions.push(Question::new(Ask::Own(String::new())));
    }
    if questions != before {
        actions.push(Action::Edit(Box::new(Edit::SetQuestions(questions))));
    }
}
