//! The inspector's fields and the undo steps they make. Typing into a field is one step per
//! visit (the `typing` session); a change made otherwise (a click on a rating, an added row)
//! is a step of its own, so it first ends the typing step before it.

use egui::{Id, Response, TextEdit, Ui};

use crate::edit::Edit;
use crate::model::Card;
use crate::ui::{Action, typing};

/// The actions of one frame of the inspector, and whether its change was typed.
#[derive(Default)]
pub(super) struct Form {
    actions: Vec<Action>,
    typed: bool,
}

impl Form {
    /// A multi-line text field named `name` for screen readers (and tests).
    pub fn multiline(&mut self, ui: &mut Ui, text: &mut String, name: String, id: Option<Id>) {
        let mut edit = TextEdit::multiline(text)
            .desired_rows(2)
            .desired_width(f32::INFINITY);
        if let Some(id) = id {
            edit = edit.id(id);
        }
        let response = ui.add(edit).accessible_name(name);
        self.track(ui, &response);
    }

    /// Any text field, named `name` for screen readers (and tests).
    pub fn add(&mut self, ui: &mut Ui, edit: TextEdit<'_>, name: String) -> Response {
        let response = ui.add(edit).accessible_name(name);
        self.track(ui, &response);
        response
    }

    /// Call after adding any field whose typing should be one step per visit.
    pub fn track(&mut self, ui: &Ui, response: &Response) {
        typing::track(ui.ctx(), response, &mut self.actions);
        self.typed |= response.changed();
    }

    /// An edit that was not typed: a step of its own.
    pub fn push_untyped(&mut self, ui: &Ui, edit: Edit) {
        typing::end(ui.ctx(), &mut self.actions);
        self.actions.push(Action::Edit(Box::new(edit)));
    }

    /// The frame's actions, with the card's update if `edited` differs from `card`.
    pub fn finish(mut self, ui: &Ui, card: &Card, edited: Card) -> Vec<Action> {
        if edited != *card {
            if !self.typed {
                typing::end(ui.ctx(), &mut self.actions);
            }
            self.actions
                .push(Action::Edit(Box::new(Edit::UpdateCard(edited))));
        }
        self.actions
    }
}
