//! The room's inbox: the notes participants sent that wait for the facilitator's decision,
//! newest first. Each can be accepted as a card in the cell it was written for (or, after an
//! edit, with other words or in another cell), rejected, or merged with others into one card;
//! every decision is one undo step. A panel beside the map, never a dialog.

use std::collections::BTreeSet;

use egui::{Role, Ui, WidgetInfo};

use crate::edit::room::RoomEdit;
use crate::edit::{Edit, Slot};
use crate::i18n::Texts;
use crate::model::{CardId, Channel, LaneId, Map, RoomNote, RoomNoteId, StageId};

/// The most notes listed at once; older ones come up as the newer are decided on. A frame
/// stays quick even when a whole conference wrote.
const SHOWN_AT_MOST: usize = 200;

/// What the inbox keeps between frames: the ticked notes and the note being edited.
#[derive(Debug, Default)]
pub struct Inbox {
    /// The notes ticked for merging.
    selected: BTreeSet<RoomNoteId>,
    /// The note being edited before it is accepted.
    draft: Option<Draft>,
}

/// A note's text and place as the facilitator changed them, before accepting.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Draft {
    note: RoomNoteId,
    text: String,
    lane: LaneId,
    stage: StageId,
}

/// What the inbox asks the shell to do.
#[derive(Debug, Default)]
pub struct InboxOutput {
    /// Decisions about notes, each one undo step.
    pub edits: Vec<Edit>,
    /// Changes to the room's settings, outside the undo history.
    pub room: Vec<RoomEdit>,
}

/// Who wrote a note: their name, or "Anonymous" and their number.
pub fn writer(texts: &Texts, map: &Map, note: &RoomNote) -> String {
    map.room
        .participant(note.participant)
        .map(|participant| participant.name.trim())
        .filter(|name| !name.is_empty())
        .map_or_else(
            || texts.get_with("room-anonymous", &[("number", note.participant.0.into())]),
            str::to_owned,
        )
}

/// Where a note is meant to go: "stage · lane", or "place gone" when either was deleted.
pub fn place(texts: &Texts, map: &Map, lane: LaneId, stage: StageId) -> String {
    match (map.stage(stage), open_lane(map, lane)) {
        (Some(stage), Some(lane)) => format!("{} · {}", stage.title, lane.title),
        _ => texts.get("room-place-gone"),
    }
}

fn open_lane(map: &Map, lane: LaneId) -> Option<&crate::model::Lane> {
    map.lane(lane).filter(|lane| lane.holds_cards())
}

/// Whether a card can go into this cell.
fn cell_exists(map: &Map, lane: LaneId, stage: StageId) -> bool {
    map.stage(stage).is_some() && open_lane(map, lane).is_some()
}

/// The edit that takes `notes` onto the map as one card with `title` (and `notes_text`) at
/// the end of the cell, with the card number `id`.
fn take(
    map: &Map,
    id: CardId,
    notes: Vec<RoomNoteId>,
    (lane, stage): (LaneId, StageId),
    title: &str,
    notes_text: String,
) -> Edit {
    let mut card = map.new_card(id, lane, stage, title, Channel::Custom);
    card.notes = notes_text;
    Edit::TakeNotes {
        notes,
        card: Box::new(card),
        slot: Slot {
            lane,
            stage,
            before: None,
        },
    }
}

/// The edit that takes one note onto the map as it was written.
pub fn accept(map: &Map, note: &RoomNote) -> Option<Edit> {
    cell_exists(map, note.lane, note.stage).then(|| {
        take(
            map,
            map.next_card_id(),
            vec![note.id],
            (note.lane, note.stage),
            &note.text,
            String::new(),
        )
    })
}

/// One edit that takes every waiting note whose place still exists onto the map: one undo step.
pub fn accept_all(map: &Map) -> Option<Edit> {
    let first = map.next_card_id().0;
    // Oldest first, so the cards stand in a cell in the order they were written.
    let mut waiting: Vec<&RoomNote> = map.room.inbox().collect();
    waiting.reverse();
    let edits: Vec<Edit> = waiting
        .into_iter()
        .filter(|note| cell_exists(map, note.lane, note.stage))
        .zip(first..)
        .map(|(note, id)| {
            take(
                map,
                CardId(id),
                vec![note.id],
                (note.lane, note.stage),
                &note.text,
                String::new(),
            )
        })
        .collect();
    (!edits.is_empty()).then_some(Edit::Batch(edits))
}

/// One card from several notes: the first note's text is its title, the others' distinct
/// texts its notes, one a line; it goes into the first note's cell.
pub fn merge(map: &Map, notes: &[&RoomNote]) -> Option<Edit> {
    let first = notes.first()?;
    if !cell_exists(map, first.lane, first.stage) {
        return None;
    }
    let mut lines: Vec<&str> = Vec::new();
    for note in &notes[1..] {
        let text = note.text.trim();
        if text != first.text.trim() && !lines.contains(&text) {
            lines.push(text);
        }
    }
    Some(take(
        map,
        map.next_card_id(),
        notes.iter().map(|note| note.id).collect(),
        (first.lane, first.stage),
        &first.text,
        lines.join("\n"),
    ))
}

/// Gives a widget an accessible name of its own (a button that says "Accept" is "Accept note
/// 3" to a screen reader and to tests).
fn named(response: &egui::Response, kind: Role, name: String) {
    let enabled = response.enabled();
    response.widget_info(move || WidgetInfo::labeled(kind, enabled, &name));
}

impl Inbox {
    /// The inbox panel's content: the waiting notes and what can be done with them.
    pub fn ui(&mut self, ui: &mut Ui, texts: &Texts, map: &Map) -> InboxOutput {
        let mut output = InboxOutput::default();
        let waiting: Vec<&RoomNote> = map.room.inbox().collect();
        self.selected
            .retain(|id| waiting.iter().any(|note| note.id == *id));
        if self
            .draft
            .as_ref()
            .is_some_and(|draft| !waiting.iter().any(|note| note.id == draft.note))
        {
            self.draft = None;
        }

        let mut direct = map.room.settings.direct;
        if ui
            .checkbox(&mut direct, texts.get("room-direct"))
            .on_hover_text(texts.get("room-direct-hint"))
            .changed()
        {
            let mut settings = map.room.settings.clone();
            settings.direct = direct;
            output.room.push(RoomEdit::Settings(settings));
        }
        ui.separator();
        ui.strong(texts.get("room-inbox-title"));
        if waiting.is_empty() {
            ui.weak(texts.get("room-inbox-empty"));
            return output;
        }
        ui.label(texts.get_with("room-inbox-count", &[("count", waiting.len().into())]));
        ui.horizontal_wrapped(|ui| {
            if ui.button(texts.get("room-accept-all")).clicked()
                && let Some(edit) = accept_all(map)
            {
                output.edits.push(edit);
            }
            let chosen: Vec<&RoomNote> = waiting
                .iter()
                .copied()
                .filter(|note| self.selected.contains(&note.id))
                .collect();
            if ui
                .add_enabled(chosen.len() > 1, egui::Button::new(texts.get("room-merge")))
                .clicked()
                && let Some(edit) = merge(map, &chosen)
            {
                output.edits.push(edit);
                self.selected.clear();
            }
        });
        ui.separator();
        for note in waiting.iter().take(SHOWN_AT_MOST) {
            self.note_ui(ui, texts, map, note, &mut output);
            ui.separator();
        }
        if waiting.len() > SHOWN_AT_MOST {
            ui.weak(texts.get_with(
                "room-inbox-more",
                &[("count", (waiting.len() - SHOWN_AT_MOST).into())],
            ));
        }
        output
    }

    fn note_ui(
        &mut self,
        ui: &mut Ui,
        texts: &Texts,
        map: &Map,
        note: &RoomNote,
        output: &mut InboxOutput,
    ) {
        let number = || -> fluent_bundle::FluentValue<'static> { note.id.0.into() };
        let mut ticked = self.selected.contains(&note.id);
        let tick = ui.checkbox(&mut ticked, note.text.as_str());
        named(
            &tick,
            Role::CheckBox,
            texts.get_with("room-note-select", &[("number", number())]),
        );
        if tick.changed() {
            if ticked {
                self.selected.insert(note.id);
            } else {
                self.selected.remove(&note.id);
            }
        }
        let editing = self
            .draft
            .as_ref()
            .is_some_and(|draft| draft.note == note.id);
        let (lane, stage) = self
            .draft
            .as_ref()
            .filter(|_| editing)
            .map_or((note.lane, note.stage), |draft| (draft.lane, draft.stage));
        ui.weak(format!(
            "{} — {}",
            writer(texts, map, note),
            place(texts, map, lane, stage)
        ));
        if editing && let Some(draft) = &mut self.draft {
            draft_ui(ui, texts, map, draft, note.id);
        }
        ui.horizontal(|ui| {
            let can_accept = cell_exists(map, lane, stage);
            let accept_button =
                ui.add_enabled(can_accept, egui::Button::new(texts.get("room-accept")));
            named(
                &accept_button,
                Role::Button,
                texts.get_with("room-accept-note", &[("number", number())]),
            );
            if accept_button.clicked() {
                let edit = match self.draft.as_ref().filter(|_| editing) {
                    Some(draft) if !draft.text.trim().is_empty() => Some(take(
                        map,
                        map.next_card_id(),
                        vec![note.id],
                        (draft.lane, draft.stage),
                        draft.text.trim(),
                        String::new(),
                    )),
                    Some(_) => None,
                    None => accept(map, note),
                };
                if let Some(edit) = edit {
                    output.edits.push(edit);
                    self.draft = None;
                }
            }
            let reject = ui.button(texts.get("room-reject"));
            named(
                &reject,
                Role::Button,
                texts.get_with("room-reject-note", &[("number", number())]),
            );
            if reject.clicked() {
                output.edits.push(Edit::RejectNotes(vec![note.id]));
            }
            let edit = ui.selectable_label(editing, texts.get("room-edit"));
            named(
                &edit,
                Role::Button,
                texts.get_with("room-edit-note", &[("number", number())]),
            );
            if edit.clicked() {
                self.draft = if editing {
                    None
                } else {
                    Some(Draft {
                        note: note.id,
                        text: note.text.clone(),
                        lane: note.lane,
                        stage: note.stage,
                    })
                };
            }
        });
    }
}

/// The text field and the stage and lane choices of the note being edited.
fn draft_ui(ui: &mut Ui, texts: &Texts, map: &Map, draft: &mut Draft, note: RoomNoteId) {
    let number = || -> fluent_bundle::FluentValue<'static> { note.0.into() };
    let field = ui.add(
        egui::TextEdit::multiline(&mut draft.text)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    );
    named(
        &field,
        Role::TextInput,
        texts.get_with("room-note-text", &[("number", number())]),
    );
    ui.horizontal_wrapped(|ui| {
        let stage_title = map
            .stage(draft.stage)
            .map_or_else(|| texts.get("room-place-gone"), |stage| stage.title.clone());
        let stage_choice = egui::ComboBox::from_id_salt(("room-note-stage", note.0))
            .selected_text(stage_title)
            .show_ui(ui, |ui| {
                for stage in &map.stages {
                    ui.selectable_value(&mut draft.stage, stage.id, stage.title.as_str());
                }
            })
            .response;
        named(
            &stage_choice,
            Role::ComboBox,
            texts.get_with("room-note-stage", &[("number", number())]),
        );
        let lane_title = open_lane(map, draft.lane)
            .map_or_else(|| texts.get("room-place-gone"), |lane| lane.title.clone());
        let lane_choice = egui::ComboBox::from_id_salt(("room-note-lane", note.0))
            .selected_text(lane_title)
            .show_ui(ui, |ui| {
                for lane in map.card_lanes() {
                    ui.selectable_value(&mut draft.lane, lane.id, lane.title.as_str());
                }
            })
            .response;
        named(
            &lane_choice,
            Role::ComboBox,
            texts.get_with("room-note-lane", &[("number", number())]),
        );
    });
}
