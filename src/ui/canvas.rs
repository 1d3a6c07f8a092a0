//! The map canvas: the shared painter inside egui's `Scene` (pan and zoom), and cards that can
//! be dragged to another place. The canvas never changes the map: it returns [`Action`]s.

use std::collections::BTreeSet;

use egui::emath::TSTransform;
use egui::{DragAndDrop, Id, Pos2, Rect, Role, Scene, Sense, Ui, Vec2, WidgetInfo};

use super::Action;
use super::connections::{arrow_at, handle_ui, paint_selected_arrow};
use super::header_drag::HeaderDrags;
use super::headers::{RenameEnd, RenameTarget, headers_ui, rename_ui as rename_target_ui};
use super::palette::PaletteItem;
use crate::edit::{Edit, GroupOwner, Slot};
use crate::i18n::{self, Texts};
use crate::layout::{MapLayout, curve};
use crate::model::{Card, CardId, Connection, LaneId, LaneKind, Map, StageId, Touchpoint};
use crate::{paint, theme};

/// How far the view zooms: from a tenth (a whole wall-sized map) to four times.
const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.1..=4.0;
/// One zoom step of the keyboard commands.
const ZOOM_STEP: f32 = 1.25;

/// View state of the canvas: what part of the map is shown, and a drag under way. Kept out of
/// the document and out of undo.
#[derive(Debug, Default)]
pub struct Canvas {
    /// The part of the map shown, in map coordinates; `None` until the first frame fits the map.
    scene_rect: Option<Rect>,
    /// Size of the canvas on screen at the last frame, for "100 %".
    screen_size: Vec2,
    drag: Option<CardDrag>,
    /// Map coordinates → screen coordinates, as the scene drew the last frame.
    screen_from_map: TSTransform,
    /// The selected cards.
    selection: BTreeSet<CardId>,
    /// The emotion point being dragged, whether Esc cancelled the drag, and its undo group.
    emotion_drag: Option<(LaneId, StageId, bool, GroupOwner)>,
    /// A title being renamed in place, and the text typed so far.
    renaming: Option<(RenameTarget, String)>,
    /// The selected blueprint arrow.
    selected_connection: Option<Connection>,
    /// Where a Shift-drag rubber band started, in map coordinates.
    band_start: Option<Pos2>,
    /// Stage and lane headers being moved or resized.
    header_drags: HeaderDrags,
}

/// A card drag under way.
#[derive(Debug)]
struct CardDrag {
    cards: Vec<CardId>,
    /// Set by Esc: the drag is over for us even while the mouse button is still down.
    cancelled: bool,
    /// The drag's undo group.
    owner: GroupOwner,
}

impl Canvas {
    /// Shows the whole map at the next frame.
    pub fn fit(&mut self) {
        self.scene_rect = None;
    }

    /// Zooms by `factor` (> 1 zooms in) around the centre of the view.
    pub fn zoom_by(&mut self, factor: f32) {
        if let Some(rect) = &mut self.scene_rect {
            *rect = Rect::from_center_size(rect.center(), rect.size() / factor);
        }
    }

    /// Zooms in one step.
    pub fn zoom_in(&mut self) {
        self.zoom_by(ZOOM_STEP);
    }

    /// Zooms out one step.
    pub fn zoom_out(&mut self) {
        self.zoom_by(1.0 / ZOOM_STEP);
    }

    /// One map point per screen point, keeping the centre.
    pub fn zoom_reset(&mut self) {
        if let Some(rect) = &mut self.scene_rect
            && self.screen_size.min_elem() > 0.0
        {
            *rect = Rect::from_center_size(rect.center(), self.screen_size);
        }
    }

    /// The part of the map shown, in map coordinates.
    pub fn scene_rect(&self) -> Option<Rect> {
        self.scene_rect
    }

    /// Map coordinates → screen coordinates at the last frame. (The accessibility tree reports
    /// the canvas's widgets in map coordinates; this places them on screen.)
    pub fn screen_from_map(&self) -> TSTransform {
        self.screen_from_map
    }

    /// The selected cards, in id order.
    pub fn selection(&self) -> Vec<CardId> {
        self.selection.iter().copied().collect()
    }

    /// Selects exactly these cards.
    pub fn select(&mut self, cards: impl IntoIterator<Item = CardId>) {
        self.selection = cards.into_iter().collect();
    }

    /// Whether a card is being dragged.
    pub fn is_dragging(&self) -> bool {
        self.drag.as_ref().is_some_and(|drag| !drag.cancelled)
    }

    /// Draws the map (with the persona's `photo`, if loaded) and handles card drags; returns
    /// what the user asked for.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        texts: &Texts,
        map: &Map,
        layout: &MapLayout,
        photo: Option<paint::Photo>,
    ) -> Vec<Action> {
        let mut actions = Vec::new();
        let canvas_on_screen = ui.available_rect_before_wrap();
        self.screen_size = canvas_on_screen.size();
        let whole_map = Rect::from_min_size(Pos2::ZERO, layout.size);
        let mut scene_rect = self.scene_rect.unwrap_or(whole_map);
        let palette_target = self.palette_target(ui, map, layout, canvas_on_screen);
        // Cards deleted (or undone away), or folded away in a collapsed lane, leave the selection.
        self.selection.retain(|id| {
            map.card(*id)
                .and_then(|card| map.lane(card.lane))
                .is_some_and(|lane| !lane.collapsed)
        });
        let mut card_clicked = false;
        let scene = Scene::new()
            .zoom_range(ZOOM_RANGE)
            .max_inner_size(layout.size.max(Vec2::splat(1.0)))
            .show(ui, &mut scene_rect, |ui| {
                let visible = ui.clip_rect();
                self.screen_from_map = ui
                    .ctx()
                    .layer_transform_to_global(ui.layer_id())
                    .unwrap_or(TSTransform::IDENTITY);
                paint::paint_background(ui.painter(), layout);
                let view = paint::View {
                    visible,
                    zoom: self.screen_from_map.scaling,
                    photo,
                };
                paint::paint_map(ui.painter(), map, layout, view);
                if let Some(slot) = palette_target {
                    highlight_cell(ui, layout, slot);
                }
                self.rubber_band_ui(ui, layout, visible);
                card_clicked = self.cards_ui(ui, map, layout, visible, &mut actions);
                self.emotion_ui(ui, map, layout, &mut actions);
                let drags = &mut self.header_drags;
                if let Some(target) = headers_ui(ui, texts, map, layout, drags, &mut actions) {
                    self.start_rename(map, target);
                }
                self.rename_ui(ui, texts, map, layout, &mut actions);
                self.paint_selection(ui, layout);
                self.connections_ui(ui, texts, layout, &mut actions);
            });
        if card_clicked {
            self.selected_connection = None;
        } else if scene.response.clicked() {
            self.selection.clear();
            let pointer = ui.input(|input| input.pointer.interact_pos());
            self.selected_connection =
                pointer.and_then(|pos| arrow_at(layout, self.screen_from_map.inverse() * pos));
        }
        if let Some(connection) = &self.selected_connection
            && !map.connections.contains(connection)
        {
            self.selected_connection = None;
        }
        self.scene_rect = Some(scene_rect);
        drop_from_palette(ui, map, palette_target, &mut actions);
        actions
    }

    /// Emotion lanes: pressing or dragging in a stage's cell sets that stage's score to the
    /// height of the pointer, and the curve follows live; the whole drag is one undo step.
    fn emotion_ui(&mut self, ui: &Ui, map: &Map, layout: &MapLayout, actions: &mut Vec<Action>) {
        let texts = i18n::texts(map.lang);
        for (geometry, lane) in layout.lanes.iter().zip(&map.lanes) {
            let LaneKind::Emotion { scores } = &lane.kind else {
                continue;
            };
            if lane.collapsed {
                continue;
            }
            for (stage_geometry, stage) in layout.stages.iter().zip(&map.stages) {
                let cell =
                    Rect::from_x_y_ranges(stage_geometry.column.x_range(), geometry.body.y_range());
                let id = Id::unique(("journeymap-emotion", lane.id, stage.id));
                let response = ui.interact(cell, id, Sense::click_and_drag());
                response.widget_info(|| {
                    let name =
                        texts.get_with("canvas-emotion", &[("stage", stage.title.clone().into())]);
                    WidgetInfo::labeled(Role::Slider, true, name)
                });
                super::a11y::place_on_screen(ui, &response);
                let pressed = response.drag_started() || response.clicked();
                if pressed {
                    let owner = GroupOwner::new();
                    self.emotion_drag = Some((lane.id, stage.id, false, owner));
                    actions.push(Action::Begin(owner));
                }
                let Some((drag_lane, drag_stage, cancelled, owner)) = &mut self.emotion_drag else {
                    continue;
                };
                if (*drag_lane, *drag_stage) != (lane.id, stage.id) {
                    continue;
                }
                if !*cancelled && ui.input(|input| input.key_pressed(egui::Key::Escape)) {
                    *cancelled = true;
                    actions.push(Action::Cancel(*owner));
                }
                let pointer = pointer_in_map(ui);
                if !*cancelled && let Some(pointer) = pointer {
                    let score = curve::score_at(geometry.body, pointer.y);
                    if scores.get(&stage.id) != Some(&score) {
                        actions.push(Action::Edit(Box::new(Edit::SetEmotion {
                            lane: lane.id,
                            stage: stage.id,
                            score: Some(score),
                        })));
                    }
                }
                if response.drag_stopped()
                    || response.clicked()
                    || !ui.input(|i| i.pointer.any_down())
                {
                    if !*cancelled {
                        actions.push(Action::Commit(*owner));
                    }
                    self.emotion_drag = None;
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
        let response = ui.interact(visible, Id::unique("journeymap-rubber-band"), Sense::drag());
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
            RenameTarget::Card(id) => map.card(id).map(|card| card.title.clone()),
            RenameTarget::Stage(id) => map.stage(id).map(|stage| stage.title.clone()),
            RenameTarget::Lane(id) => map.lane(id).map(|lane| lane.title.clone()),
        };
        self.renaming = title.map(|title| (target, title));
    }

    /// The in-place title editor, over the thing being renamed.
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
            RenameTarget::Card(id) => layout
                .cards
                .iter()
                .find(|card| card.id == id)
                .map(|card| card.rect.shrink(4.0)),
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
        };
        let Some(rect) = rect else {
            self.renaming = None;
            return;
        };
        let target = *target;
        let title = match rename_target_ui(ui, rect, text, &texts.get("canvas-rename")) {
            RenameEnd::Typing => return,
            RenameEnd::Cancelled => {
                self.renaming = None;
                return;
            }
            RenameEnd::Done(title) => title,
        };
        self.renaming = None;
        let edit = match target {
            RenameTarget::Card(id) => map.card(id).map(|card| {
                let mut card = card.clone();
                card.title = title;
                Edit::UpdateCard(card)
            }),
            RenameTarget::Stage(id) => {
                (!title.is_empty()).then_some(Edit::RenameStage { id, title })
            }
            RenameTarget::Lane(id) => (!title.is_empty()).then_some(Edit::RenameLane { id, title }),
        };
        if let Some(edit) = edit {
            actions.push(Action::Edit(Box::new(edit)));
        }
    }

    /// The selected arrow, if any.
    pub fn selected_connection(&self) -> Option<&Connection> {
        self.selected_connection.as_ref()
    }

    /// Forgets the selected arrow (after it was deleted).
    pub fn clear_selected_connection(&mut self) {
        self.selected_connection = None;
    }

    /// The connection handle of a single selected card, and the selected arrow's highlight.
    fn connections_ui(
        &mut self,
        ui: &Ui,
        texts: &Texts,
        layout: &MapLayout,
        actions: &mut Vec<Action>,
    ) {
        if let Some(connection) = &self.selected_connection {
            paint_selected_arrow(ui, layout, connection);
        }
        if self.drag.is_some() {
            return;
        }
        if let [card] = self.selection()[..] {
            let pointer = pointer_in_map(ui);
            handle_ui(
                ui,
                layout,
                card,
                pointer,
                &texts.get("canvas-connect"),
                actions,
            );
        }
    }

    /// Outlines the selected cards.
    fn paint_selection(&self, ui: &Ui, layout: &MapLayout) {
        for geometry in layout
            .cards
            .iter()
            .filter(|card| self.selection.contains(&card.id))
        {
            ui.painter().rect_stroke(
                geometry.rect.expand(2.0),
                theme::CORNER_RADIUS + 2.0,
                egui::Stroke::new(2.5, theme::SELECTION),
                egui::StrokeKind::Outside,
            );
        }
    }

    /// Card clicks (selection) and drags (moves); returns whether a card was clicked.
    fn cards_ui(
        &mut self,
        ui: &Ui,
        map: &Map,
        layout: &MapLayout,
        visible: Rect,
        actions: &mut Vec<Action>,
    ) -> bool {
        let mut clicked = None;
        let dragged: &[CardId] = self.drag.as_ref().map_or(&[], |drag| &drag.cards);
        let mut started = None;
        let mut stopped = false;
        for geometry in &layout.cards {
            let is_dragged = dragged.contains(&geometry.id);
            if geometry.hidden || (!is_dragged && !visible.intersects(geometry.rect)) {
                continue;
            }
            let Some(card) = map.cards.get(geometry.index) else {
                continue;
            };
            let response =
                ui.interact(geometry.rect, card_id(geometry.id), Sense::click_and_drag());
            super::a11y::describe(ui, &response, Role::Button, || card.title.clone());
            if response.drag_started() {
                started = Some(geometry.id);
            }
            if response.clicked() {
                clicked = Some(geometry.id);
            }
            if response.double_clicked() {
                self.renaming = Some((RenameTarget::Card(geometry.id), card.title.clone()));
            }
            if response.drag_stopped() && is_dragged {
                stopped = true;
            }
        }
        if let Some(id) = clicked {
            let toggle = ui.input(|input| input.modifiers.shift || input.modifiers.command);
            if !toggle {
                self.selection.clear();
                self.selection.insert(id);
            } else if !self.selection.remove(&id) {
                self.selection.insert(id);
            }
        }
        if let Some(id) = started {
            // Dragging a selected card drags the whole selection, in document order.
            let cards = if self.selection.contains(&id) {
                map.cards
                    .iter()
                    .filter(|card| self.selection.contains(&card.id))
                    .map(|card| card.id)
                    .collect()
            } else {
                self.selection = BTreeSet::from([id]);
                vec![id]
            };
            let owner = GroupOwner::new();
            self.drag = Some(CardDrag {
                cards,
                cancelled: false,
                owner,
            });
            actions.push(Action::Begin(owner));
        }
        let Some(drag) = &mut self.drag else {
            return clicked.is_some();
        };
        // Esc ends the drag for egui too, in this very frame: check it before the release.
        if !drag.cancelled && ui.input(|input| input.key_pressed(egui::Key::Escape)) {
            drag.cancelled = true;
            actions.push(Action::Cancel(drag.owner));
        }
        let pointer = pointer_in_map(ui);
        let target = pointer.and_then(|pos| slot_at(map, layout, pos, &drag.cards));
        if !drag.cancelled
            && let Some(slot) = target
            && !is_already_at(map, &drag.cards, slot)
        {
            actions.push(Action::Edit(Box::new(Edit::MoveCards {
                ids: drag.cards.clone(),
                slot,
            })));
        }
        if stopped || !ui.input(|input| input.pointer.any_down()) {
            if !drag.cancelled {
                actions.push(if target.is_some() {
                    Action::Commit(drag.owner)
                } else {
                    // Dropped outside every card lane: the card goes back.
                    Action::Cancel(drag.owner)
                });
            }
            self.drag = None;
        }
        clicked.is_some()
    }
}

impl Canvas {
    /// Where a touchpoint dragged from the palette would land, if one is being dragged over a
    /// card lane of the canvas.
    fn palette_target(&self, ui: &Ui, map: &Map, layout: &MapLayout, canvas: Rect) -> Option<Slot> {
        if !DragAndDrop::has_payload_of_type::<PaletteItem>(ui.ctx()) {
            return None;
        }
        let pointer = ui.input(|input| input.pointer.latest_pos())?;
        if !canvas.contains(pointer) {
            return None;
        }
        slot_at(map, layout, self.screen_from_map.inverse() * pointer, &[])
    }
}

/// Marks the cell a palette touchpoint would be dropped into.
fn highlight_cell(ui: &Ui, layout: &MapLayout, slot: Slot) {
    let lane = layout.lanes.iter().find(|lane| lane.id == slot.lane);
    let stage = layout.stages.iter().find(|stage| stage.id == slot.stage);
    if let (Some(lane), Some(stage)) = (lane, stage) {
        let cell = Rect::from_x_y_ranges(stage.column.x_range(), lane.body.y_range()).shrink(2.0);
        ui.painter().rect(
            cell,
            theme::CORNER_RADIUS,
            theme::DROP_TARGET_FILL,
            egui::Stroke::new(2.0, theme::DROP_TARGET),
            egui::StrokeKind::Inside,
        );
    }
}

/// Creates a touchpoint card where a palette entry was released; released anywhere else, the
/// drag just ends.
fn drop_from_palette(ui: &Ui, map: &Map, target: Option<Slot>, actions: &mut Vec<Action>) {
    if !ui.input(|input| input.pointer.any_released()) {
        return;
    }
    let Some(slot) = target else {
        return;
    };
    let Some(item) = DragAndDrop::take_payload::<PaletteItem>(ui.ctx()) else {
        return;
    };
    let mut card = Card::new(
        map.next_card_id(),
        slot.lane,
        slot.stage,
        item.title.clone(),
    );
    card.touchpoint = Some(Touchpoint::of(item.channel));
    actions.push(Action::Edit(Box::new(Edit::AddCards {
        cards: vec![card],
        slot,
    })));
}

/// The interaction id of a card, stable while it moves.
fn card_id(id: CardId) -> Id {
    Id::unique(("journeymap-card", id))
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

/// The slot under `pos_in_map`: the card lane and stage it is in, before the first card (not
/// one of `moving`) whose middle is below it.
pub fn slot_at(map: &Map, layout: &MapLayout, pos_in_map: Pos2, moving: &[CardId]) -> Option<Slot> {
    let (_, lane) = layout
        .lanes
        .iter()
        .zip(&map.lanes)
        .find(|(geometry, _)| geometry.body.y_range().contains(pos_in_map.y))?;
    if !lane.holds_cards() || lane.collapsed {
        return None;
    }
    let stage = layout
        .stages
        .iter()
        .find(|stage| stage.column.x_range().contains(pos_in_map.x))?;
    let before = layout
        .cards
        .iter()
        .filter(|geometry| !moving.contains(&geometry.id))
        .filter(|geometry| {
            map.cards
                .get(geometry.index)
                .is_some_and(|card| card.lane == lane.id && card.stage == stage.id)
        })
        .find(|geometry| geometry.rect.center().y > pos_in_map.y)
        .map(|geometry| geometry.id);
    Some(Slot {
        lane: lane.id,
        stage: stage.id,
        before,
    })
}

/// Whether the cards already sit exactly where `slot` would put them.
fn is_already_at(map: &Map, cards: &[CardId], slot: Slot) -> bool {
    let cell: Vec<CardId> = map
        .cards_in(slot.lane, slot.stage)
        .map(|card| card.id)
        .collect();
    let Some(first) = cell.iter().position(|id| cards.contains(id)) else {
        return false;
    };
    let after_moving = cell
        .iter()
        .skip(first)
        .find(|id| !cards.contains(id))
        .copied();
    cell.iter()
        .skip(first)
        .take(cards.len())
        .all(|id| cards.contains(id))
        && after_moving == slot.before
}
