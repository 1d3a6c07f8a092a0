//! The map canvas: the shared painter inside egui's `Scene` (pan and zoom), and everything the
//! user does on the map itself — select, drag, type into cards, score emotions, rename, resize
//! and fold stages and lanes, draw arrows. The canvas never changes the map: it returns
//! [`Action`]s.

pub(super) mod a11y;
mod card_editor;
mod cards;
mod cells;
mod connections;
mod drop;
mod emotion;
mod gesture;
mod header_drag;
mod headers;
mod navigate;
mod phases;
mod presentation;
mod selection;
mod title_band;
mod view;

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Scene, Ui, Vec2};

use self::card_editor::CardEditor;
use self::connections::{arrow_at, paint_selected_arrow};
use self::gesture::GestureTracker;
use self::headers::{RenameEnd, RenameTarget, headers_ui, rename_ui as rename_target_ui};
use self::presentation::Presentation;
use self::selection::Selection;
use self::view::View;
use super::{Action, commands::Situation, sharp_text};
use crate::edit::{Edit, Slot};
use crate::i18n::Texts;
use crate::layout::MapLayout;
use crate::model::{CardId, Connection, LaneId, Map, PersonaId, StageId};
use crate::{paint, theme};

pub use self::drop::slot_at;
pub use self::navigate::{move_edit, neighbour};
pub use self::phases::{made_phase, phase_edit};
pub use self::presentation::Slide;

/// What the canvas needs to draw a frame besides its own state.
pub struct Frame<'a> {
    /// The editor's words.
    pub texts: &'a Texts,
    /// The map.
    pub map: &'a Map,
    /// Its layout.
    pub layout: &'a MapLayout,
    /// The persona photo, loaded.
    pub photo: Option<paint::Photo>,
    /// What commands the context menus may offer (their focus is set by the canvas).
    pub situation: Situation<'a>,
    /// The heat colouring chosen in the analysis panel.
    pub heat: Option<&'a crate::analysis::Heat>,
    /// The cards a facet filter of the analysis panel picked.
    pub highlight: Option<&'a std::collections::BTreeSet<crate::model::CardId>>,
}

/// View state of the canvas: where the map is on screen, what is selected, and what the user
/// is in the middle of. Kept out of the document and out of undo.
#[derive(Debug, Default)]
pub struct Canvas {
    view: View,
    /// The selected cards.
    selection: Selection,
    /// The selected blueprint arrow.
    selected_connection: Option<Connection>,
    /// The selected emotion point: an emotion lane and a stage, on the curve of `persona`.
    selected_score: Option<(LaneId, StageId)>,
    /// The persona whose curve pressing in an emotion lane scores.
    persona: PersonaId,
    /// The press-and-drag gesture under way.
    gestures: GestureTracker,
    /// The cards the card gesture moves.
    moving: Vec<CardId>,
    /// Where a Shift-drag rubber band started, in map coordinates.
    band_start: Option<Pos2>,
    /// A stage or lane title being renamed in place, and the text typed so far.
    renaming: Option<(RenameTarget, String)>,
    /// The card being typed into.
    editor: Option<CardEditor>,
    /// The presentation, while the map is presented.
    presentation: Option<Presentation>,
    /// The map's title and goal being typed in the title band.
    title_editor: Option<title_band::TitleEditor>,
    /// The selected cards were moved from the keyboard: the view follows them at the next
    /// frame, once they are laid out in their new place.
    follow_selection: bool,
}

impl Canvas {
    /// Fits the whole map at the next frame.
    pub fn fit(&mut self) {
        self.view.fit();
    }

    /// Zooms in one step.
    pub fn zoom_in(&mut self) {
        self.view.zoom_in();
    }

    /// Zooms out one step.
    pub fn zoom_out(&mut self) {
        self.view.zoom_out();
    }

    /// One map point per screen point, keeping the centre.
    pub fn zoom_reset(&mut self) {
        self.view.zoom_reset();
    }

    /// The part of the map shown at the last frame, in map coordinates.
    pub fn scene_rect(&self) -> Option<Rect> {
        self.view.visible_in_map()
    }

    /// Map coordinates → screen coordinates at the last frame. (The accessibility tree reports
    /// the canvas's widgets in map coordinates; this places them on screen.)
    pub fn screen_from_map(&self) -> TSTransform {
        self.view.screen_from_map()
    }

    /// The canvas's place on screen at the last frame.
    pub fn rect_on_screen(&self) -> Rect {
        self.view.canvas()
    }

    /// The selected cards, in id order.
    pub fn selection(&self) -> &[CardId] {
        self.selection.as_slice()
    }

    /// Selects exactly these cards (and nothing else).
    pub fn select(&mut self, cards: impl IntoIterator<Item = CardId>) {
        self.selection = cards.into_iter().collect();
        self.selected_connection = None;
        self.selected_score = None;
    }

    /// The selected arrow, if any.
    pub fn selected_connection(&self) -> Option<&Connection> {
        self.selected_connection.as_ref()
    }

    /// The selected emotion point, if any.
    pub fn selected_score(&self) -> Option<(LaneId, StageId)> {
        self.selected_score
    }

    /// The persona whose curve the emotion lanes score: the one chosen, or the first one when
    /// the chosen one is gone (removed, or undone).
    pub fn persona(&self, map: &Map) -> PersonaId {
        if map.persona_by_id(self.persona).is_some() {
            self.persona
        } else {
            PersonaId::FIRST
        }
    }

    /// Makes the emotion lanes score the curve of `persona`.
    pub fn score_persona(&mut self, persona: PersonaId) {
        self.persona = persona;
    }

    /// Forgets the selected arrow and emotion point (after they were deleted).
    pub fn clear_selected_marks(&mut self) {
        self.selected_connection = None;
        self.selected_score = None;
    }

    /// Whether cards are being dragged.
    pub fn is_dragging(&self) -> bool {
        matches!(self.gestures.current(), Some(gesture::GestureKey::Card(_)))
    }

    /// Whether the user is in the middle of something on the canvas that owns the keyboard or
    /// the pointer: typing into a card or title, or a drag. Commands that act on the map wait.
    pub fn is_busy(&self) -> bool {
        self.editor.is_some()
            || self.renaming.is_some()
            || self.title_editor.is_some()
            || self.gestures.is_busy()
    }

    /// The card being typed into, if any.
    pub fn editing(&self) -> Option<CardId> {
        self.editor.as_ref().map(CardEditor::card)
    }

    /// Starts typing into `card`: its text is edited in place, and each card typed is one undo
    /// step.
    pub fn edit_card(&mut self, map: &Map, card: CardId, actions: &mut Vec<Action>) {
        if let Some(existing) = map.card(card) {
            self.select([card]);
            self.renaming = None;
            self.editor = Some(CardEditor::open(existing, actions));
        }
    }

    /// Adds an empty card at `slot` and starts typing into it; it is created only if
    /// something is typed.
    pub fn add_card(&mut self, map: &Map, slot: Slot, actions: &mut Vec<Action>) {
        self.follow_editor(
            map,
            card_editor::Outcome::Next(slot, String::new()),
            actions,
        );
    }

    /// Starts renaming a stage or lane in place.
    fn rename(&mut self, map: &Map, target: RenameTarget) {
        self.editor = None;
        self.start_rename(map, target);
    }

    /// Starts renaming a stage in place.
    pub fn rename_stage(&mut self, map: &Map, stage: StageId) {
        self.rename(map, RenameTarget::Stage(stage));
    }

    /// Starts renaming a phase in place, in the band.
    pub fn rename_phase(&mut self, map: &Map, phase: crate::model::PhaseId) {
        self.rename(map, RenameTarget::Phase(phase));
    }

    /// Starts renaming a phase that is being made (it is on the map from the next frame),
    /// with the title it is made with.
    pub fn rename_new_phase(&mut self, phase: crate::model::PhaseId, title: String) {
        self.editor = None;
        self.renaming = Some((RenameTarget::Phase(phase), title));
    }

    /// Starts renaming a lane in place.
    pub fn rename_lane(&mut self, map: &Map, lane: LaneId) {
        self.rename(map, RenameTarget::Lane(lane));
    }

    /// Selects an emotion point (and nothing else).
    pub fn select_score(&mut self, lane: LaneId, stage: StageId) {
        self.select([]);
        self.selected_score = Some((lane, stage));
    }

    /// Moves the view as little as needed to show `rect_in_map`.
    pub fn reveal(&mut self, rect_in_map: Rect) {
        self.view.reveal(rect_in_map, 0.0);
    }

    /// Makes the view follow the selected cards at the next frame (they are being moved from
    /// the keyboard and are laid out in their new place then).
    pub fn follow_selection(&mut self) {
        self.follow_selection = true;
    }

    /// Whether the map is being presented.
    pub fn is_presenting(&self) -> bool {
        self.presentation.is_some()
    }

    /// The stage being presented (none on the title view).
    pub fn presented_stage(&self) -> Option<StageId> {
        match self.presented_slide()? {
            Slide::Stage(stage) => Some(stage),
            Slide::Title => None,
        }
    }

    /// What the room sees, while the map is presented.
    pub fn presented_slide(&self) -> Option<Slide> {
        self.presentation.as_ref().map(Presentation::slide)
    }

    /// Starts presenting at the title view; stage 1 follows. (Not at the selected card's stage:
    /// the room is taken through the map from its beginning.)
    pub fn start_presentation(&mut self) {
        self.presentation = Some(Presentation::new(self.view.clone()));
    }

    /// Shows the next (`step` 1) or previous (−1) stage of the presentation.
    pub fn step_presentation(&mut self, map: &Map, step: isize) {
        if let Some(presentation) = &mut self.presentation {
            presentation.step(map, step);
        }
    }

    /// Moves the view a third of the canvas down (or up): more of a tall stage for the room.
    pub fn scroll_by_a_third(&mut self, down: bool) {
        let third = self.view.canvas().height() / 3.0;
        self.view
            .pan(egui::vec2(0.0, if down { -third } else { third }));
    }

    /// Ends the presentation and puts the view back where it was.
    pub fn end_presentation(&mut self) {
        if let Some(presentation) = self.presentation.take() {
            self.view = presentation.into_saved_view();
        }
    }

    /// Draws the map (with the persona's `photo`, if loaded) and handles what the user does on
    /// it; returns what the user asked for.
    pub fn ui(&mut self, ui: &mut Ui, frame: &Frame<'_>) -> Vec<Action> {
        let (map, layout) = (frame.map, frame.layout);
        let mut actions = Vec::new();
        self.forget_what_is_gone(map);
        let canvas_on_screen = ui.available_rect_before_wrap();
        // The desk the map lies on, where the map does not reach.
        ui.painter()
            .rect_filled(canvas_on_screen, 0.0, theme::CANVAS_SURROUND);
        let window = ui.ctx().content_rect().size();
        self.follow_moved_selection(layout);
        let mut scene_rect = self.view.scene_rect(canvas_on_screen, window, layout);
        if let Some(presentation) = &mut self.presentation {
            presentation.place(&mut self.view, map, layout);
            scene_rect = self.view.scene_rect(canvas_on_screen, window, layout);
            if presentation.slide() == Slide::Title {
                presentation::title_slide_ui(ui, canvas_on_screen, map);
                presentation.overlay_ui(ui, canvas_on_screen, map, frame.texts);
                return actions;
            }
        }
        let palette_drop = drop::palette_drop(ui, map, layout, &self.view, canvas_on_screen);
        let mut card_clicked = false;
        let mut cell_clicked = false;
        let mut scene = Scene::new()
            .zoom_range(view::ZOOM_RANGE)
            .max_inner_size(layout.size.max(Vec2::splat(1.0)));
        if self.editor.is_some() || self.renaming.is_some() {
            // The scroll wheel pans; no drag pans while text is selected with the mouse.
            scene = scene.drag_pan_buttons(egui::containers::DragPanButtons::MIDDLE);
        }
        let scene_response = scene.show(ui, &mut scene_rect, |ui| {
            let visible = ui.clip_rect();
            let screen_from_map = ui
                .ctx()
                .layer_transform_to_global(ui.layer_id())
                .unwrap_or(TSTransform::IDENTITY);
            self.view.drawn(screen_from_map);
            let first_shape = sharp_text::mark(ui.ctx(), ui.layer_id());
            paint::paint_background(ui.painter(), layout);
            let view = paint::View {
                visible,
                zoom: screen_from_map.scaling,
                photo: frame.photo,
                editing: self.editing(),
                heat: frame.heat,
                highlight: frame.highlight,
            };
            paint::paint_map(ui.painter(), map, layout, view);
            if let Some(presentation) = &self.presentation {
                presentation.paint(ui.painter(), layout, visible);
            }
            self.rubber_band_ui(ui, layout, visible);
            cell_clicked = cells::cells_ui(self, ui, frame, visible, &mut actions);
            card_clicked = cards::cards_ui(self, ui, frame, visible, &mut actions);
            emotion::emotion_ui(self, ui, frame, &mut actions);
            if self.presentation.is_none() {
                let target = headers_ui(ui, frame, &mut self.gestures, &mut actions);
                let phase = phases::phase_band_ui(ui, frame, &mut actions);
                if let Some(target) = target.or(phase) {
                    self.rename(map, target);
                }
            }
            emotion::persona_key_ui(self, ui, frame);
            self.title_band_ui(ui, frame, &mut actions);
            self.rename_ui(ui, frame.texts, map, layout, &mut actions);
            if let Some(editor) = &mut self.editor {
                let outcome = editor.ui(ui, frame, &mut self.view, &mut actions);
                self.follow_editor(map, outcome, &mut actions);
            }
            if self.presentation.is_none() || self.editor.is_some() {
                self.paint_selection(ui, layout);
            }
            self.connections_ui(ui, frame, &mut actions);
            if let Some(drop) = &palette_drop {
                drop.paint(ui, frame);
            }
            self.gestures.end_frame(ui, &mut actions);
            // Over everything on the map, the card being typed into included: what scrolls
            // under the pinned labels and headers is hidden by them.
            paint::paint_pinned_headers(ui.painter(), map, layout, visible, view.zoom);
            sharp_text::sharpen(
                ui.ctx(),
                ui.layer_id(),
                first_shape,
                screen_from_map.scaling,
            );
        });
        if card_clicked {
            self.selected_connection = None;
            self.selected_score = None;
        } else if scene_response.response.clicked() || cell_clicked {
            self.selection.clear();
            self.selected_score = None;
            let pointer = ui.input(|input| input.pointer.interact_pos());
            self.selected_connection = pointer
                .and_then(|pos| arrow_at(layout, self.view.screen_from_map().inverse() * pos));
        }
        if let Some(drop) = palette_drop {
            drop.release(ui, &mut actions);
        }
        if let Some(presentation) = &mut self.presentation {
            presentation.overlay_ui(ui, canvas_on_screen, map, frame.texts);
        }
        actions
    }

    /// Double-clicking the title band edits the map's title and goal in place.
    fn title_band_ui(&mut self, ui: &mut Ui, frame: &Frame<'_>, actions: &mut Vec<Action>) {
        let idle = self.presentation.is_none() && self.editor.is_none() && self.renaming.is_none();
        if idle && self.title_editor.is_none() && title_band::double_clicked(ui, frame.layout) {
            self.title_editor = Some(title_band::TitleEditor::open(frame.map));
        }
        let Some(editor) = &mut self.title_editor else {
            return;
        };
        match editor.ui(ui, frame) {
            title_band::TitleEnd::Typing => {}
            title_band::TitleEnd::Done(edit) => {
                actions.extend(edit.map(Action::Edit));
                self.title_editor = None;
            }
            title_band::TitleEnd::Cancelled => self.title_editor = None,
        }
    }

    /// Shows the selected cards where they were moved from the keyboard.
    fn follow_moved_selection(&mut self, layout: &MapLayout) {
        if !std::mem::take(&mut self.follow_selection) {
            return;
        }
        let moved = layout
            .cards
            .iter()
            .filter(|card| self.selection.contains(card.id))
            .map(|card| card.rect)
            .reduce(Rect::union);
        if let Some(moved) = moved {
            self.view.reveal(moved, 0.0);
        }
    }

    /// Drops from the selection what undo, delete or folding took away.
    fn forget_what_is_gone(&mut self, map: &Map) {
        self.selection.retain(|id| {
            map.card(*id)
                .and_then(|card| map.lane(card.lane))
                .is_some_and(|lane| !lane.collapsed)
        });
        if let Some(connection) = &self.selected_connection
            && !map.connections.contains(connection)
        {
            self.selected_connection = None;
        }
        if let Some((lane, stage)) = self.selected_score
            && !emotion::is_scored(map, lane, self.persona(map), stage)
        {
            self.selected_score = None;
        }
        if let Some(presentation) = &mut self.presentation
            && let Slide::Stage(stage) = presentation.slide()
            && map.stage(stage).is_none()
        {
            presentation.step(map, 0);
        }
    }

    /// Carries out what the card editor's last key asked for.
    fn follow_editor(
        &mut self,
        map: &Map,
        outcome: card_editor::Outcome,
        actions: &mut Vec<Action>,
    ) {
        use card_editor::Outcome;
        match outcome {
            Outcome::Typing => {}
            Outcome::Done => self.editor = None,
            Outcome::Next(slot, typed) => {
                self.renaming = None;
                self.editor = CardEditor::open_new(map, slot, typed, actions);
                if let Some(editor) = &self.editor {
                    self.select([editor.card()]);
                }
            }
        }
    }

    /// Shift-drag on the canvas draws a rubber band; the cards it touches join the selection.
    /// (A plain drag on empty space pans, as in every canvas.)
    fn rubber_band_ui(&mut self, ui: &Ui, layout: &MapLayout, visible: Rect) {
        let shift = ui.input(|input| input.modifiers.shift);
        if !shift && self.band_start.is_none() {
            return;
        }
        // Registered under the cards, so a Shift-click on a card still toggles it.
        let response = ui.interact(
            visible,
            egui::Id::unique("journeymap-rubber-band"),
            egui::Sense::drag(),
        );
        let pointer = pointer_in_map(ui);
        if response.drag_started() {
            self.band_start = pointer;
        }
        let (Some(start), Some(end)) = (self.band_start, pointer) else {
            return;
        };
        let band = Rect::from_two_pos(start, end);
        ui.painter().rect(
            band,
            0.0,
            theme::DROP_TARGET_FILL,
            egui::Stroke::new(1.0, theme::DROP_TARGET),
            egui::StrokeKind::Inside,
        );
        if response.drag_stopped() || !ui.input(|input| input.pointer.any_down()) {
            self.selection.extend(
                layout
                    .cards
                    .iter()
                    .filter(|card| !card.hidden && card.rect.intersects(band))
                    .map(|card| card.id),
            );
            self.band_start = None;
        }
    }

    /// Starts renaming `target` in place with its current title.
    fn start_rename(&mut self, map: &Map, target: RenameTarget) {
        let title = match target {
            RenameTarget::Stage(id) => map.stage(id).map(|stage| stage.title.clone()),
            RenameTarget::Lane(id) => map.lane(id).map(|lane| lane.title.clone()),
            RenameTarget::Phase(id) => map.phase(id).map(|phase| phase.title.clone()),
        };
        self.renaming = title.map(|title| (target, title));
    }

    /// The in-place editor of a stage, lane or phase title, over its header or band.
    fn rename_ui(
        &mut self,
        ui: &mut Ui,
        texts: &Texts,
        map: &Map,
        layout: &MapLayout,
        actions: &mut Vec<Action>,
    ) {
        let Some((target, text)) = &mut self.renaming else {
            return;
        };
        let rect = match *target {
            RenameTarget::Stage(id) => layout
                .stages
                .iter()
                .find(|stage| stage.id == id)
                .map(|stage| stage.header.shrink(4.0)),
            RenameTarget::Lane(id) => layout
                .lanes
                .iter()
                .find(|lane| lane.id == id)
                .map(|lane| lane.label.shrink(4.0)),
            RenameTarget::Phase(id) => layout
                .phases
                .iter()
                .find(|band| band.phase == id)
                .map(|band| band.rect.shrink(2.0)),
        };
        let Some(rect) = rect else {
            self.renaming = None;
            return;
        };
        let target = *target;
        let look = match target {
            RenameTarget::Stage(_) => headers::Look::Stage,
            RenameTarget::Lane(_) => headers::Look::Lane,
            RenameTarget::Phase(id) => {
                headers::Look::Phase(map.phase(id).map(|phase| phase.colour).unwrap_or_default())
            }
        };
        let title = match rename_target_ui(ui, rect, text, &texts.get("canvas-rename"), look) {
            RenameEnd::Typing => return,
            RenameEnd::Cancelled => {
                self.renaming = None;
                return;
            }
            RenameEnd::Done(title) => title,
        };
        self.renaming = None;
        let edit = match target {
            RenameTarget::Stage(id) => {
                (!title.is_empty()).then_some(Edit::RenameStage { id, title })
            }
            RenameTarget::Lane(id) => (!title.is_empty()).then_some(Edit::RenameLane { id, title }),
            RenameTarget::Phase(id) => {
                (!title.is_empty()).then_some(Edit::RenamePhase { id, title })
            }
        };
        if let Some(edit) = edit {
            actions.push(Action::Edit(Box::new(edit)));
        }
    }

    /// The connection handle of a single selected card, and the selected arrow's highlight.
    fn connections_ui(&mut self, ui: &Ui, frame: &Frame<'_>, actions: &mut Vec<Action>) {
        if let Some(connection) = &self.selected_connection {
            paint_selected_arrow(ui, frame.layout, connection);
        }
        if self.is_dragging() || self.editor.is_some() || self.presentation.is_some() {
            return;
        }
        if let [card] = *self.selection() {
            connections::handle_ui(
                ui,
                frame.layout,
                card,
                &frame.texts.get("canvas-connect"),
                &mut self.gestures,
                actions,
            );
        }
    }

    /// Outlines the selected cards.
    fn paint_selection(&self, ui: &Ui, layout: &MapLayout) {
        for geometry in layout
            .cards
            .iter()
            .filter(|card| self.selection.contains(card.id))
        {
            ui.painter().rect_stroke(
                geometry.rect.expand(2.0),
                theme::CORNER_RADIUS + 2.0,
                egui::Stroke::new(2.5, theme::SELECTION),
                egui::StrokeKind::Outside,
            );
        }
    }
}

/// Where the pointer is, in map coordinates.
pub(super) fn pointer_in_map(ui: &Ui) -> Option<Pos2> {
    ui.input(|input| input.pointer.latest_pos())
        .map(|pos| to_map(ui, pos))
}

/// A screen position in map coordinates, through the scene's transform.
fn to_map(ui: &Ui, pos_on_screen: Pos2) -> Pos2 {
    let map_from_screen = ui
        .ctx()
        .layer_transform_from_global(ui.layer_id())
        .unwrap_or(TSTransform::IDENTITY);
    map_from_screen * pos_on_screen
}
