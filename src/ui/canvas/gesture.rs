//! One tracker for every press-and-drag gesture on the canvas: moving cards, setting an emotion
//! score, moving or resizing a stage or lane, drawing a blueprint arrow.
//!
//! Each gesture goes through the same steps — start (after egui's drag threshold, or at once on
//! press), follow, Esc, release — and owns one undo group for its whole life: the tracker opens
//! it at the start, and only the tracker ends it, on release (commit) or Esc (cancel). A second
//! gesture cannot start while one runs, so two gestures never share a group.

use egui::{Key, Response, Ui};

use super::header_drag::Header;
use crate::edit::GroupOwner;
use crate::model::{CardId, LaneId, StageId};
use crate::ui::Action;

/// What a gesture acts on; the widget that started it is the one that follows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GestureKey {
    /// Cards dragged by this card (with the rest of the selection).
    Card(CardId),
    /// The emotion score of a stage.
    Emotion(LaneId, StageId),
    /// A stage or lane being moved to another place.
    Reorder(Header),
    /// A stage's or lane's edge being dragged.
    Resize(Header),
    /// An arrow being drawn from this card's handle.
    Connect(CardId),
}

/// When a gesture starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// Once the pointer moved past egui's drag threshold: a click stays a click.
    OnDrag,
    /// As soon as the button goes down on the widget (an emotion score follows the press).
    OnPress,
}

/// What happened to the gesture this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// It started this frame; its group is open.
    Started,
    /// It goes on: follow the pointer.
    Moving,
    /// The button was released: push the final edits, then [`GestureTracker::finish`].
    Released,
    /// Esc ended it (now, or earlier while the button is still down): its changes are undone.
    Cancelled,
}

/// How a released gesture ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Keep its changes as one undo step.
    Commit,
    /// Undo its changes (a card dropped outside every lane goes back).
    Cancel,
}

#[derive(Clone, Copy, Debug)]
struct Active {
    key: GestureKey,
    owner: GroupOwner,
    cancelled: bool,
    /// Whether its widget followed it this frame; a gesture whose widget vanished (its card
    /// deleted by another window's paste, its lane folded) still ends on release.
    seen: bool,
}

/// The gesture under way, if any. View state: never saved, never undone.
#[derive(Debug, Default)]
pub struct GestureTracker {
    active: Option<Active>,
}

impl GestureTracker {
    /// The gesture under way, unless Esc ended it.
    pub fn current(&self) -> Option<GestureKey> {
        self.active
            .filter(|active| !active.cancelled)
            .map(|active| active.key)
    }

    /// Whether any gesture holds the pointer (also one Esc ended, until the button is up).
    pub fn is_busy(&self) -> bool {
        self.active.is_some()
    }

    /// Starts the gesture `key` on `response` when `start` says so and no other gesture runs,
    /// and follows it while it is the one under way. Returns what happened this frame, or
    /// `None` when this widget has no gesture.
    pub fn drive(
        &mut self,
        ui: &Ui,
        response: &Response,
        key: GestureKey,
        start: Start,
        actions: &mut Vec<Action>,
    ) -> Option<Phase> {
        if self.active.is_none() {
            let starting = match start {
                Start::OnDrag => response.drag_started(),
                // A quick click presses and releases within one frame: it starts the gesture
                // too, and the next frame (the button is up) releases it.
                Start::OnPress => {
                    (response.is_pointer_button_down_on()
                        && ui.input(|input| input.pointer.any_pressed()))
                        || response.clicked()
                }
            };
            if !starting {
                return None;
            }
            let owner = GroupOwner::new();
            actions.push(Action::Begin(owner));
            self.active = Some(Active {
                key,
                owner,
                cancelled: false,
                seen: true,
            });
            return Some(Phase::Started);
        }
        let active = self.active.as_mut().filter(|active| active.key == key)?;
        active.seen = true;
        let released = response.drag_stopped() || !ui.input(|input| input.pointer.any_down());
        if active.cancelled {
            if released {
                self.active = None;
            }
            return Some(Phase::Cancelled);
        }
        if ui.input(|input| input.key_pressed(Key::Escape)) {
            active.cancelled = true;
            actions.push(Action::Cancel(active.owner));
            if released {
                self.active = None;
            }
            return Some(Phase::Cancelled);
        }
        Some(if released {
            Phase::Released
        } else {
            Phase::Moving
        })
    }

    /// Ends the released gesture, keeping or undoing its changes.
    pub fn finish(&mut self, outcome: Outcome, actions: &mut Vec<Action>) {
        if let Some(active) = self.active.take()
            && !active.cancelled
        {
            actions.push(match outcome {
                Outcome::Commit => Action::Commit(active.owner),
                Outcome::Cancel => Action::Cancel(active.owner),
            });
        }
    }

    /// Call once a frame after every widget: ends a gesture whose widget is gone once the
    /// button is up (keeping what it did), and readies the next frame.
    pub fn end_frame(&mut self, ui: &Ui, actions: &mut Vec<Action>) {
        let Some(active) = &mut self.active else {
            return;
        };
        let seen = std::mem::replace(&mut active.seen, false);
        if !seen && !ui.input(|input| input.pointer.any_down()) {
            self.finish(Outcome::Commit, actions);
        }
    }
}
