//! A typing session in a text field as one undo step: the group opens when the field gains the
//! keyboard focus and closes once no field of the session has it, however the focus went (a
//! click elsewhere, Tab, or the field itself disappearing with its card).

use egui::{Context, Id, Response};

use super::Action;
use crate::edit::GroupOwner;

/// The open typing session: its undo group and the field that has the focus.
#[derive(Clone, Copy, Debug)]
struct Session {
    owner: GroupOwner,
    field: Id,
}

fn key() -> Id {
    Id::unique("journeymap-typing-session")
}

/// Call after adding a text field whose edits should form one undo step per visit.
pub fn track(ctx: &Context, field: &Response, actions: &mut Vec<Action>) {
    if !field.has_focus() {
        return;
    }
    let session: Option<Session> = ctx.data(|data| data.get_temp(key()));
    match session {
        Some(session) if session.field == field.id => {}
        other => {
            // Focus moved straight from one field to another: end the first session first.
            if let Some(previous) = other {
                actions.push(Action::Commit(previous.owner));
            }
            let owner = GroupOwner::new();
            actions.push(Action::Begin(owner));
            ctx.data_mut(|data| {
                data.insert_temp(
                    key(),
                    Session {
                        owner,
                        field: field.id,
                    },
                );
            });
        }
    }
}

/// Ends the open typing session now, as its own undo step, even if its field keeps the focus:
/// call before a change that was not typed (a click on a rating, a remove button), so the click
/// never joins the words typed before it. Typing on in the field opens a new session.
pub fn end(ctx: &Context, actions: &mut Vec<Action>) {
    if let Some(session) = ctx.data(|data| data.get_temp::<Session>(key())) {
        actions.push(Action::Commit(session.owner));
        ctx.data_mut(|data| data.remove::<Session>(key()));
    }
}

/// Ends the typing session once its field has lost the focus. Call once a frame, after the
/// fields.
pub fn end_when_unfocused(ctx: &Context, actions: &mut Vec<Action>) {
    let Some(session) = ctx.data(|data| data.get_temp::<Session>(key())) else {
        return;
    };
    if !ctx.memory(|memory| memory.has_focus(session.field)) {
        actions.push(Action::Commit(session.owner));
        ctx.data_mut(|data| data.remove::<Session>(key()));
    }
}
