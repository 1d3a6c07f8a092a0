//! The map info window: title, goal and persona. Each visit to a field is one undo step.

use egui::{Context, Ui};

use super::Action;
use crate::edit::Edit;
use crate::i18n::Texts;
use crate::model::{Map, Persona};

/// Shows the window while `open`; returns the edits made.
pub fn map_info_ui(ctx: &Context, open: &mut bool, texts: &Texts, map: &Map) -> Vec<Action> {
    let mut actions = Vec::new();
    let mut title = map.title.clone();
    let mut goal = map.goal.clone();
    let mut persona = map.persona.clone();
    let mut close = false;
    egui::Window::new(texts.get("info-title"))
        .open(open)
        .default_width(420.0)
        .show(ctx, |ui| {
            field(
                ui,
                texts.get("info-map-title"),
                &mut title,
                false,
                &mut actions,
            );
            field(ui, texts.get("info-goal"), &mut goal, true, &mut actions);
            ui.separator();
            ui.strong(texts.get("info-persona"));
            photo_ui(ui, texts, &mut persona, &mut actions);
            persona_ui(ui, texts, &mut persona, &mut actions);
            close = ui.button(texts.get("info-close")).clicked();
        });
    if close {
        *open = false;
    }
    if title != map.title || goal != map.goal || persona != map.persona {
        actions.push(Action::Edit(Box::new(Edit::SetInfo {
            title,
            goal,
            persona,
        })));
    }
    actions
}

/// The persona's photo: its file, a button to choose one and one to remove it.
fn photo_ui(ui: &mut Ui, texts: &Texts, persona: &mut Persona, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.label(texts.get("info-persona-photo"));
        match &persona.photo {
            Some(photo) => ui.monospace(photo),
            None => ui.weak(texts.get("info-persona-no-photo")),
        };
    });
    ui.horizontal(|ui| {
        if ui.button(texts.get("cmd-choose-photo")).clicked() {
            actions.push(Action::Run(
                super::Command::ChoosePhoto,
                super::Focus::default(),
            ));
        }
        if ui
            .add_enabled(
                persona.photo.is_some(),
                egui::Button::new(texts.get("info-persona-remove-photo")),
            )
            .clicked()
        {
            persona.photo = None;
        }
    });
}

fn persona_ui(ui: &mut Ui, texts: &Texts, persona: &mut Persona, actions: &mut Vec<Action>) {
    field(
        ui,
        texts.get("info-persona-name"),
        &mut persona.name,
        false,
        actions,
    );
    field(
        ui,
        texts.get("info-persona-role"),
        &mut persona.role,
        false,
        actions,
    );
    field(
        ui,
        texts.get("info-persona-quote"),
        &mut persona.quote,
        true,
        actions,
    );
    for (id, list) in [
        ("info-persona-goals", &mut persona.goals),
        ("info-persona-needs", &mut persona.needs),
        ("info-persona-frustrations", &mut persona.frustrations),
    ] {
        let mut text = list.join("\n");
        field(ui, texts.get(id), &mut text, true, actions);
        let edited: Vec<String> = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect();
        if edited != *list {
            *list = edited;
        }
    }
}

/// A labelled text field whose typing session is one transaction.
fn field(ui: &mut Ui, name: String, text: &mut String, multiline: bool, actions: &mut Vec<Action>) {
    ui.label(&name);
    let edit = if multiline {
        egui::TextEdit::multiline(text).desired_rows(2)
    } else {
        egui::TextEdit::singleline(text)
    };
    let response = ui
        .add(edit.desired_width(f32::INFINITY))
        .accessible_name(name);
    super::typing::track(ui.ctx(), &response, actions);
}
