//! Typing into a card in place, as fast as a room talks: Enter keeps the card and opens a new
//! one right below it, Shift+Enter breaks the line, Tab moves on to the same lane in the next
//! stage (Shift+Tab: the previous one), Esc or a click elsewhere ends. A new card left empty is
//! never created; each card typed is one undo step.
//!
//! The editor is the card itself: the text is typed where the card shows its title, in the
//! card's font, size and colours at the current zoom, and the card grows as the text does
//! (the map is updated as the user types, inside the card's undo group).

use egui::{Align2, Event, Id, Key, KeyboardShortcut, Modifiers, Rect, TextEdit, Ui, vec2};

use super::Frame;
use super::view::{OPENING_MIN_ZOOM, View};
use crate::edit::{Edit, GroupOwner, Slot};
use crate::layout::TextStyle;
use crate::model::{Card, CardId, Channel, Map};
use crate::ui::Action;
use crate::{paint, theme};

/// What the editor's last key asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Outcome {
    /// Still typing.
    Typing,
    /// Typing is over.
    Done,
    /// Go on with a new card in this slot, starting with the text typed after the key that
    /// ended this one (a fast typist's next letters arrive in the same frame as the Enter).
    Next(Slot, String),
}

/// How far a card editor has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Its card is not laid out yet (it was added at the end of the last frame).
    Waiting,
    /// The card is laid out and in view; the text field asks for the keyboard focus until it
    /// comes (in the frame of the double-click that opened the editor, egui takes the focus
    /// back from a field that was not under the click).
    Shown,
    /// The text field has had the focus: losing it ends the typing.
    Focused,
}

/// A card being typed into.
#[derive(Debug)]
pub(super) struct CardEditor {
    card: CardId,
    /// The undo group of this card's typing (and, for a new card, of its creation).
    owner: GroupOwner,
    text: String,
    /// The card did not exist before: left empty, it is not created.
    is_new: bool,
    /// How far the editor has come.
    state: State,
    /// Esc pressed before the card was laid out: the editor ends as soon as it can.
    pending_escape: bool,
    /// Where the card was when the view last followed it: the view follows it again when it
    /// grows with the text or moves.
    followed: Option<Rect>,
}

impl CardEditor {
    /// Starts typing into an existing card.
    pub(super) fn open(card: &Card, actions: &mut Vec<Action>) -> Self {
        let owner = GroupOwner::new();
        actions.push(Action::Begin(owner));
        Self {
            card: card.id,
            owner,
            text: card.title.clone(),
            is_new: false,
            state: State::Waiting,
            pending_escape: false,
            followed: None,
        }
    }

    /// Adds an empty card at `slot` (a note of its lane, or a touchpoint in a touchpoint lane)
    /// and starts typing into it.
    /// `typed` is text already typed for it (see [`Outcome::Next`]).
    pub(super) fn open_new(
        map: &Map,
        slot: Slot,
        typed: String,
        actions: &mut Vec<Action>,
    ) -> Option<Self> {
        map.lane(slot.lane).filter(|lane| lane.holds_cards())?;
        map.stage(slot.stage)?;
        let owner = GroupOwner::new();
        let card = map.new_card(
            map.next_card_id(),
            slot.lane,
            slot.stage,
            String::new(),
            Channel::Custom,
        );
        let id = card.id;
        actions.push(Action::Begin(owner));
        actions.push(Action::Edit(Box::new(Edit::AddCards {
            cards: vec![card],
            slot,
        })));
        Some(Self {
            card: id,
            owner,
            text: typed,
            is_new: true,
            state: State::Waiting,
            pending_escape: false,
            followed: None,
        })
    }

    /// The card being typed into.
    pub(super) fn card(&self) -> CardId {
        self.card
    }

    /// The editor over its card; returns what the user asked for.
    pub(super) fn ui(
        &mut self,
        ui: &mut Ui,
        frame: &Frame<'_>,
        view: &mut View,
        actions: &mut Vec<Action>,
    ) -> Outcome {
        let (map, layout) = (frame.map, frame.layout);
        let geometry = layout.cards.iter().find(|card| card.id == self.card);
        let (Some(geometry), Some(card)) = (geometry, map.card(self.card)) else {
            if self.state != State::Waiting {
                // The card went away under the editor; keep whatever was done.
                actions.push(Action::Commit(self.owner));
                return Outcome::Done;
            }
            // Added at the end of the last frame: it is laid out from the next one. What is
            // typed meanwhile is its text.
            let keys = Keys::take(ui, None);
            self.text.push_str(&keys.text);
            self.pending_escape |= keys.escape;
            return Outcome::Typing;
        };
        let id = editor_id(self.card);
        if self.state == State::Waiting {
            self.state = State::Shown;
        }
        // The text being typed stays in view, clear of the pinned labels, as the card grows.
        if self.followed != Some(geometry.rect) {
            self.followed = Some(geometry.rect);
            view.reveal(geometry.rect, OPENING_MIN_ZOOM);
        }
        if self.state != State::Focused {
            ui.memory_mut(|memory| memory.request_focus(id));
        }
        let mut keys = if ui.memory(|memory| memory.has_focus(id)) {
            Keys::take(ui, Some(id))
        } else {
            Keys::default()
        };
        keys.escape |= std::mem::take(&mut self.pending_escape);
        let response = ui.put(
            geometry.title,
            TextEdit::multiline(&mut self.text)
                .id(id)
                .font(paint::font_id(TextStyle::Body))
                .text_color(theme::TEXT)
                .frame(egui::Frame::NONE)
                .margin(egui::Margin::ZERO)
                .desired_width(geometry.title.width())
                .desired_rows(1)
                .return_key(KeyboardShortcut::new(Modifiers::SHIFT, Key::Enter))
                .event_filter(egui::EventFilter {
                    tab: true,
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    escape: true,
                }),
        );
        let response = response.accessible_name(frame.texts.get("canvas-card-text"));
        super::a11y::place_on_screen(ui, &response);
        if response.changed() {
            let edited = self.typed(card, &self.text);
            actions.push(Action::Edit(Box::new(Edit::UpdateCard(edited))));
        }
        paint_keys_hint(ui, frame, geometry.rect);
        let focused = response.has_focus() || ui.memory(|memory| memory.has_focus(id));
        let lost_focus = self.state == State::Focused && !focused;
        if focused {
            self.state = State::Focused;
        }
        if keys.escape || (lost_focus && !keys.any()) {
            self.finish(card, actions);
            return Outcome::Done;
        }
        let empty = self.text.trim().is_empty();
        if keys.enter {
            self.finish(card, actions);
            if empty {
                // Enter on an empty new card ends the run of cards.
                return Outcome::Done;
            }
            let before = map
                .cards_in(card.lane, card.stage)
                .skip_while(|other| other.id != card.id)
                .nth(1)
                .map(|next| next.id);
            let slot = Slot {
                lane: card.lane,
                stage: card.stage,
                before,
            };
            return Outcome::Next(slot, keys.text);
        }
        if let Some(step) = keys.tab {
            self.finish(card, actions);
            return next_stage(map, card, step)
                .map_or(Outcome::Done, |slot| Outcome::Next(slot, keys.text));
        }
        Outcome::Typing
    }

    /// `card` with `text` as its title. A touchpoint of one's own typed into a new card is
    /// online or offline as its name says ("WhatsApp-Gruppe"), not offline whatever it is.
    fn typed(&self, card: &Card, text: &str) -> Card {
        let mut edited = card.clone();
        text.clone_into(&mut edited.title);
        if let Some(touchpoint) = edited.touchpoint.as_mut()
            && self.is_new
            && touchpoint.channel == Channel::Custom
        {
            touchpoint.setting = crate::model::Setting::guess(text);
        }
        edited
    }

    /// Ends the typing: the card is kept as typed, or, new and still empty, not created.
    fn finish(&self, card: &Card, actions: &mut Vec<Action>) {
        let text = self.text.trim();
        if self.is_new && text.is_empty() {
            actions.push(Action::Cancel(self.owner));
            return;
        }
        if card.title != text {
            actions.push(Action::Edit(Box::new(Edit::UpdateCard(
                self.typed(card, text),
            ))));
        }
        actions.push(Action::Commit(self.owner));
    }
}

/// The editor's text field id for a card.
fn editor_id(card: CardId) -> Id {
    Id::unique(("journeymap-card-editor", card))
}

/// The keys the editor acts on, taken out of the input before the text field sees them.
#[derive(Clone, Debug, Default)]
struct Keys {
    enter: bool,
    escape: bool,
    /// Tab (+1) or Shift+Tab (−1).
    tab: Option<isize>,
    /// Text typed after the first of those keys (or, with no text field yet, all text typed):
    /// it belongs to the next card, not to this one.
    text: String,
}

impl Keys {
    /// Takes the editor's keys out of this frame's input, and the text typed after the first
    /// of them. With no field (`None`) all text is taken.
    fn take(ui: &Ui, field: Option<Id>) -> Self {
        let mut keys = Self::default();
        let mut ended = field.is_none();
        ui.input_mut(|input| {
            input.events.retain(|event| match event {
                Event::Text(text) if ended => {
                    keys.text.push_str(text);
                    false
                }
                Event::Key {
                    key,
                    pressed: true,
                    modifiers,
                    ..
                } => {
                    match key {
                        Key::Enter if !modifiers.shift => keys.enter = true,
                        Key::Escape => keys.escape = true,
                        Key::Tab => keys.tab = Some(if modifiers.shift { -1 } else { 1 }),
                        _ => return true,
                    }
                    ended = true;
                    false
                }
                _ => true,
            });
        });
        keys
    }

    fn any(&self) -> bool {
        self.enter || self.escape || self.tab.is_some()
    }
}

/// Where Tab goes from `card`: a new card in the same lane, one stage on (or back); past the
/// last stage, the first stage of the next card lane below (reading order), and before the
/// first, the last stage of the card lane above.
fn next_stage(map: &Map, card: &Card, step: isize) -> Option<Slot> {
    let lanes: Vec<_> = map
        .lanes
        .iter()
        .filter(|lane| lane.holds_cards() && !lane.collapsed)
        .map(|lane| lane.id)
        .collect();
    let stages = map.stages.len() as isize;
    let lane_at = lanes.iter().position(|lane| *lane == card.lane)? as isize;
    let stage_at = map.stages.iter().position(|stage| stage.id == card.stage)? as isize;
    let flat = lane_at * stages + stage_at + step;
    if flat < 0 || flat >= lanes.len() as isize * stages {
        return None;
    }
    let lane = *lanes.get((flat / stages) as usize)?;
    let stage = map.stages.get((flat % stages) as usize)?.id;
    Some(Slot {
        lane,
        stage,
        before: None,
    })
}

/// What the keys do, in small print under the card, at the same size on screen at any zoom,
/// kept inside the visible canvas: moved left from a card near the right edge, and wrapped
/// where the canvas is narrower than the hint (a German hint is long, a laptop screen small).
fn paint_keys_hint(ui: &Ui, frame: &Frame<'_>, card: Rect) {
    let zoom = ui
        .ctx()
        .layer_transform_to_global(ui.layer_id())
        .map_or(1.0, |transform| transform.scaling)
        .max(0.05);
    let font = egui::FontId::new(11.0 / zoom, egui::FontFamily::Proportional);
    let pad = vec2(6.0, 3.0) / zoom;
    let visible = ui.clip_rect().shrink(4.0 / zoom);
    let galley = ui.painter().layout(
        frame.texts.get("canvas-card-keys"),
        font,
        theme::TEXT_ON_DARK,
        (visible.width() - 2.0 * pad.x).max(40.0 / zoom),
    );
    let rect = keys_hint_rect(card, galley.size() + 2.0 * pad, visible, zoom);
    ui.painter()
        .rect_filled(rect, 4.0 / zoom, theme::HINT_BACKGROUND);
    ui.painter()
        .galley(rect.min + pad, galley, theme::TEXT_ON_DARK);
}

/// Where the keys hint of `size` goes: under the card's left edge, moved left as far as it
/// must to end inside `visible` (but never past its left edge).
fn keys_hint_rect(card: Rect, size: egui::Vec2, visible: Rect, zoom: f32) -> Rect {
    let rect = Align2::LEFT_TOP.anchor_size(card.left_bottom() + vec2(0.0, 4.0 / zoom), size);
    let overflow = (rect.right() - visible.right()).max(0.0);
    let room = (rect.left() - visible.left()).max(0.0);
    rect.translate(vec2(-overflow.min(room), 0.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lang, MapKind};

    /// A card near the canvas's right edge keeps its keys hint on screen: the hint moves left
    /// to end inside the canvas, and never past its left edge.
    #[test]
    fn the_keys_hint_stays_inside_the_visible_canvas() {
        let visible = Rect::from_min_max(egui::pos2(210.0, 25.0), egui::pos2(755.0, 620.0));
        let card = Rect::from_min_size(egui::pos2(540.0, 440.0), vec2(160.0, 40.0));
        let hint = keys_hint_rect(card, vec2(390.0, 20.0), visible, 1.0);
        assert!(hint.right() <= visible.right(), "{hint:?}");
        assert!(
            (hint.top() - 484.0).abs() < 1e-3,
            "under the card: {hint:?}"
        );
        let at_left = Rect::from_min_size(egui::pos2(220.0, 440.0), vec2(160.0, 40.0));
        let hint = keys_hint_rect(at_left, vec2(390.0, 20.0), visible, 1.0);
        assert!(
            (hint.left() - 220.0).abs() < 1e-3,
            "stays under the card: {hint:?}"
        );
        let too_wide = keys_hint_rect(card, vec2(700.0, 20.0), visible, 1.0);
        assert!(
            (too_wide.left() - visible.left()).abs() < 1e-3,
            "{too_wide:?}"
        );
    }

    #[test]
    fn tab_walks_the_stages_of_a_lane_then_the_next_lane() {
        let map = crate::file::template(MapKind::CurrentState, Lang::En).unwrap();
        let actions = map.lanes[0].id;
        let touchpoints = map.lanes[1].id;
        let last = map.stages.last().unwrap().id;
        let card = Card::new(CardId(1), actions, map.stages[0].id, "");
        let next = next_stage(&map, &card, 1).unwrap();
        assert_eq!((next.lane, next.stage), (actions, map.stages[1].id));
        assert_eq!(
            next_stage(&map, &card, -1),
            None,
            "nothing before the first"
        );
        let at_end = Card::new(CardId(1), actions, last, "");
        let wrapped = next_stage(&map, &at_end, 1).unwrap();
        assert_eq!(
            (wrapped.lane, wrapped.stage),
            (touchpoints, map.stages[0].id)
        );
        let back = next_stage(
            &map,
            &Card::new(CardId(1), touchpoints, map.stages[0].id, ""),
            -1,
        )
        .unwrap();
        assert_eq!((back.lane, back.stage), (actions, last));
    }
}
