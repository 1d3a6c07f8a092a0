//! The map info window: title, goal and the personas. Each visit to a field is one undo step.
//!
//! A map may show up to five personas; the window edits one at a time, chosen by its tab. The
//! tab chosen is also the persona whose curve the emotion lanes score, so a facilitator picks
//! "Ben" once and then scores Ben's feelings stage by stage.

use egui::{Context, Ui};

use super::Action;
use crate::edit::Edit;
use crate::i18n::Texts;
use crate::layout::persona_names;
use crate::model::{MAX_PERSONAS, Map, Persona, PersonaId};

/// Shows the window while `open`; `chosen` is the persona shown (and scored), which the
/// window's tabs change. Returns the edits made.
pub fn map_info_ui(
    ctx: &Context,
    open: &mut bool,
    texts: &Texts,
    map: &Map,
    chosen: &mut PersonaId,
) -> Vec<Action> {
    let mut actions = Vec::new();
    let mut title = map.title.clone();
    let mut goal = map.goal.clone();
    let original = map.persona_by_id(*chosen).unwrap_or(&map.persona);
    let mut persona = original.clone();
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
            persona_tabs_ui(ui, texts, map, chosen, &mut actions);
            if persona.id.is_first() {
                photo_ui(ui, texts, &mut persona, &mut actions);
            } else {
                ui.weak(texts.get("persona-photo-first-only"));
            }
            persona_ui(ui, texts, &mut persona, &mut actions);
            close = ui.button(texts.get("info-close")).clicked();
        });
    if close {
        *open = false;
    }
    let first = if persona.id.is_first() {
        persona.clone()
    } else {
        map.persona.clone()
    };
    if title != map.title || goal != map.goal || first != map.persona {
        actions.push(Action::Edit(Box::new(Edit::SetInfo {
            title,
            goal,
            persona: first,
        })));
    }
    if !persona.id.is_first() && persona != *original {
        actions.push(Action::Edit(Box::new(Edit::SetPersona(persona))));
    }
    actions
}

/// One tab per persona, "Add persona" and, on a map of several, "Remove this persona".
fn persona_tabs_ui(
    ui: &mut Ui,
    texts: &Texts,
    map: &Map,
    chosen: &mut PersonaId,
    actions: &mut Vec<Action>,
) {
    let count = map.personas().count();
    ui.horizontal_wrapped(|ui| {
        if map.has_several_personas() {
            for (id, name) in persona_names(map) {
                if ui
                    .add(egui::Button::selectable(*chosen == id, name))
                    .clicked()
                {
                    *chosen = id;
                }
            }
        }
        let add = ui
            .add_enabled(
                count < MAX_PERSONAS,
                egui::Button::new(texts.get("persona-add")),
            )
            .on_disabled_hover_text(
                texts.get_with("persona-limit", &[("max", MAX_PERSONAS.into())]),
            );
        if add.clicked() {
            let id = map.next_persona_id();
            actions.push(Action::Edit(Box::new(Edit::AddPersona(Persona::with_id(
                id,
            )))));
            *chosen = id;
            ui.ctx()
                .data_mut(|data| data.insert_temp(new_persona_flag(), id));
            // Show the new tab and move the keyboard at once, not at the next key: a quick
            // typist's first letters would go nowhere.
            ui.ctx().request_repaint();
        }
        if map.has_several_personas() && ui.button(texts.get("persona-remove")).clicked() {
            actions.push(Action::Edit(Box::new(Edit::RemovePersona(*chosen))));
            *chosen = PersonaId::FIRST;
        }
    });
    if map.has_several_personas() {
        ui.weak(texts.get("persona-curve-hint"));
    }
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
    let label = texts.get("info-persona-name");
    ui.label(&label);
    // An id of its own per persona, so the focus asked for below lands on this field whatever
    // the rows above it (the photo shows for the first persona only).
    let edit = egui::TextEdit::singleline(&mut persona.name)
        .id_salt(("journeymap-persona-name", persona.id))
        .desired_width(f32::INFINITY);
    let name = ui.add(edit).accessible_name(label);
    super::typing::track(ui.ctx(), &name, actions);
    // The persona just added takes the keyboard once its tab shows (the frame after the
    // click, when the edit that adds it has run).
    let flag = new_persona_flag();
    if ui.ctx().data(|data| data.get_temp::<PersonaId>(flag)) == Some(persona.id) {
        ui.ctx().data_mut(|data| data.remove::<PersonaId>(flag));
        name.request_focus();
    }
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
        let field_id = egui::Id::unique(("journeymap-persona-list", id, persona.id));
        list_field(ui, texts.get(id), field_id, list, actions);
    }
}

/// What was typed into a "one per line" list while it has the keyboard, and the list it was
/// read as. The list is read anew at every change, but the text is shown as typed: rebuilt from
/// the list, a space or line break typed at the end would vanish at once.
#[derive(Clone)]
struct ListDraft {
    text: String,
    /// Once the map's list changes otherwise (an undo), the draft is dropped.
    list: Vec<String>,
}

/// A "one per line" list: each non-empty line, trimmed, is an entry. The text is tidied to one
/// entry per line only when the field is left.
fn list_field(
    ui: &mut Ui,
    name: String,
    id: egui::Id,
    list: &mut Vec<String>,
    actions: &mut Vec<Action>,
) {
    let draft_id = id.with("draft");
    let draft: Option<ListDraft> = ui
        .data(|data| data.get_temp(draft_id))
        .filter(|draft: &ListDraft| draft.list == *list);
    let mut text = draft.map_or_else(|| list.join("\n"), |draft| draft.text);
    ui.label(&name);
    let edit = egui::TextEdit::multiline(&mut text)
        .id(id)
        .desired_rows(2)
        .desired_width(f32::INFINITY);
    let response = ui.add(edit).accessible_name(name);
    super::typing::track(ui.ctx(), &response, actions);
    if response.changed() {
        *list = parse_list(&text);
    }
    if response.has_focus() {
        let draft = ListDraft {
            text,
            list: list.clone(),
        };
        ui.data_mut(|data| data.insert_temp(draft_id, draft));
    } else {
        ui.data_mut(|data| data.remove::<ListDraft>(draft_id));
    }
}

/// The entries of a "one per line" text.
fn parse_list(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
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

/// Where the window notes that a persona was just added, so the next frame puts the keyboard
/// into its name field: the facilitator types the name right after "Add persona".
fn new_persona_flag() -> egui::Id {
    egui::Id::unique("journeymap-new-persona")
}
