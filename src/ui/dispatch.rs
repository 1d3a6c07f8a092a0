//! The one place where what the user asked for happens: the frame's actions are carried out
//! here, in order, and every command of the command table is run here, whether it came from
//! the menu bar, a context menu, the keyboard or the command palette.

use std::collections::VecDeque;

use egui::{Context, Event, ViewportCommand};

use super::canvas::{move_edit, neighbour};
use super::clipboard;
use super::command_palette::CommandPalette;
use super::commands::{Command, Focus};
use super::file_dialog::Purpose;
use super::new_map::NewMapDialog;
use super::shell::{EditorApp, Presenting};
use super::status::Cause;
use super::{Action, PaletteItem};
use crate::edit::{Edit, Slot, paste_text};
use crate::i18n;
use crate::model::{Card, Limits, Map, PersonaId, Relation, Stage};

impl EditorApp {
    /// The frame's keys: the commands whose shortcuts were pressed, and cut, copy and paste.
    pub(super) fn keyboard(&mut self, ctx: &Context, actions: &mut Vec<Action>) {
        let canvas_busy = self
            .session
            .as_ref()
            .is_some_and(|session| session.canvas.is_busy());
        let typing = ctx.egui_wants_keyboard_input() || canvas_busy;
        let situation = self.situation();
        let focus = situation.focus;
        for command in Command::pressed(ctx, &situation, typing) {
            actions.push(Action::Run(command, focus));
        }
        if typing || self.session.is_none() {
            return;
        }
        let events = ctx.input(|input| input.events.clone());
        for event in events {
            match event {
                Event::Copy if Command::Copy.enabled(&situation) => {
                    actions.push(Action::Run(Command::Copy, focus));
                }
                Event::Cut if Command::Cut.enabled(&situation) => {
                    actions.push(Action::Run(Command::Cut, focus));
                }
                Event::Paste(text) => actions.push(Action::Paste(text)),
                _ => {}
            }
        }
    }

    /// Carries out the frame's actions: the one place the map changes. A command may lead to
    /// more actions (adding a card opens its undo group); they run right after it.
    pub(super) fn handle(&mut self, ctx: &Context, actions: Vec<Action>) {
        let mut queue: VecDeque<Action> = actions.into();
        while let Some(action) = queue.pop_front() {
            let follow_up = self.carry_out(ctx, action);
            for action in follow_up.into_iter().rev() {
                queue.push_front(action);
            }
        }
    }

    fn carry_out(&mut self, ctx: &Context, action: Action) -> Vec<Action> {
        if let Action::Run(command, focus) = action {
            return self.run_command(ctx, command, focus);
        }
        if let Action::Paste(text) = &action {
            // The place Edit ▸ Paste or a cell's menu asked for, if that was just now.
            let asked = self.session.as_mut().and_then(|session| {
                session
                    .paste_focus
                    .take()
                    .filter(|(_, pass)| ctx.cumulative_pass_nr() <= pass + PASTE_WAIT_PASSES)
                    .map(|(focus, _)| focus)
            });
            self.paste_at(text, asked);
            return Vec::new();
        }
        let Some(session) = &mut self.session else {
            return Vec::new();
        };
        let doc = &mut session.doc;
        let result = match action {
            Action::Begin(owner) => doc.begin(owner),
            Action::Commit(owner) => doc.commit(owner),
            Action::Cancel(owner) => doc.cancel(owner),
            Action::Edit(edit) => {
                session.apply(&edit);
                Ok(())
            }
            Action::AddFromPalette { item, slot } => {
                add_from_palette(session, &item, slot);
                Ok(())
            }
            Action::Run(..) | Action::Paste(_) => Ok(()),
        };
        if let Err(error) = result {
            // A gesture that lost track of its group: never the user's doing.
            log::warn!("undo group: {error}");
        }
        Vec::new()
    }

    /// Runs `command` on `focus`; returns the actions it leads to.
    #[allow(clippy::too_many_lines, reason = "one arm per command")]
    fn run_command(&mut self, ctx: &Context, command: Command, focus: Focus) -> Vec<Action> {
        let mut follow_up = Vec::new();
        // Only the command palette's own key leaves a comparison open; any other command (a
        // new or opened map, quitting) goes back to the editor first.
        if !matches!(
            command,
            Command::CommandPalette
                | Command::SetAppearance(_)
                | Command::About
                | Command::KeyboardShortcuts
        ) {
            self.end_comparison();
        }
        match command {
            // A new or opened map gets a tab of its own: the open maps stay as they are.
            Command::New => self.new_map = Some(NewMapDialog::new(self.lang)),
            Command::Open => self.ask_for_file(Purpose::Open),
            Command::Import => self.ask_for_file(Purpose::Import),
            Command::CloseMap => self.close_tab_asking(self.current_tab()),
            Command::StartFutureState => self.start_derived(Relation::FutureStateOf),
            Command::StartCompetitor => self.start_derived(Relation::CompetitorOf),
            Command::CompareWith => self.ask_what_to_compare(),
            Command::NextMap => self.step_tab(1),
            Command::PreviousMap => self.step_tab(-1),
            Command::Save => self.save(),
            Command::SaveAs => self.ask_for_file(Purpose::SaveAs),
            Command::SaveAsTemplate => {
                if let Some(session) = &self.session {
                    self.templates.ask_to_save(session.doc.map());
                }
            }
            Command::Export(kind) => self.ask_for_export(kind),
            Command::CopyImage => self.copy_image(ctx),
            Command::MapInfo => self.info_open = self.session.is_some(),
            Command::ChoosePhoto => self.ask_for_photo(),
            Command::Quit => ctx.send_viewport_cmd(ViewportCommand::Close),
            Command::CommandPalette => {
                self.command_palette = Some(CommandPalette::new(focus));
            }
            Command::TogglePalette => self.panels.palette = !self.panels.palette,
            Command::ToggleInspector => self.panels.inspector = !self.panels.inspector,
            Command::ToggleAnalysis => self.panels.analysis = !self.panels.analysis,
            Command::ToggleRoom => self.panels.room = !self.panels.room,
            Command::OpenRoom => self.open_room(ctx),
            Command::CloseRoom => self.close_room(),
            Command::SetAppearance(appearance) => {
                self.appearance = appearance;
                ctx.set_theme(appearance.preference());
            }
            Command::About => self.help = Some(super::help::Help::About),
            Command::KeyboardShortcuts => self.help = Some(super::help::Help::Shortcuts),
            Command::Present => self.start_presentation(ctx),
            Command::EndPresentation => self.end_presentation(ctx),
            _ => self.run_on_map(ctx, command, focus, &mut follow_up),
        }
        follow_up
    }

    /// The commands that act on the open map.
    #[allow(clippy::too_many_lines, reason = "one arm per command")]
    fn run_on_map(
        &mut self,
        ctx: &Context,
        command: Command,
        focus: Focus,
        follow_up: &mut Vec<Action>,
    ) {
        let Some(session) = &mut self.session else {
            return;
        };
        let map = session.doc.map().clone();
        // Titles the editor gives new stages and lanes are in the map's language, like the rest
        // of its content.
        let map_texts = i18n::texts(map.lang);
        let edit = |edit: Edit| vec![edit];
        let edits: Vec<Edit> = match command {
            Command::Undo => {
                session.doc.undo();
                Vec::new()
            }
            Command::Redo => {
                session.doc.redo();
                Vec::new()
            }
            Command::AddCard => {
                if let Some(slot) = new_card_slot(&map, focus) {
                    session.canvas.add_card(&map, slot, follow_up);
                }
                Vec::new()
            }
            Command::EditCard => {
                let card = focus.card.or_else(|| match *session.canvas.selection() {
                    [one] => Some(one),
                    _ => None,
                });
                if let Some(card) = card {
                    session.canvas.edit_card(&map, card, follow_up);
                }
                Vec::new()
            }
            Command::Copy | Command::Cut => {
                let selection = session.canvas.selection().to_vec();
                if let Some(text) = clipboard::cards_to_text(&map, &selection) {
                    ctx.copy_text(text);
                }
                if command == Command::Cut && !selection.is_empty() {
                    edit(Edit::DeleteCards(selection))
                } else {
                    Vec::new()
                }
            }
            Command::Paste => {
                // The window hands the clipboard's text over as a paste event, as for Ctrl+V.
                ctx.send_viewport_cmd(ViewportCommand::RequestPaste);
                session.paste_focus = Some((focus, ctx.cumulative_pass_nr()));
                Vec::new()
            }
            Command::Duplicate => duplicates(&map, session.canvas.selection())
                .map(|(edit, copies)| {
                    session.canvas.select(copies);
                    vec![edit]
                })
                .unwrap_or_default(),
            Command::Delete => {
                let mut edits = Vec::new();
                if let Some(connection) = session.canvas.selected_connection().cloned() {
                    edits.push(Edit::Disconnect(connection));
                }
                if let Some((lane, stage)) = session.canvas.selected_score() {
                    edits.push(Edit::SetEmotion {
                        lane,
                        persona: session.canvas.persona(&map),
                        stage,
                        score: None,
                    });
                }
                let selection = session.canvas.selection();
                if !selection.is_empty() {
                    edits.push(Edit::DeleteCards(selection.to_vec()));
                }
                session.canvas.clear_selected_marks();
                edits
            }
            Command::SelectAll => {
                let shown: Vec<_> = session
                    .layout(ctx)
                    .cards
                    .iter()
                    .filter(|card| !card.hidden)
                    .map(|card| card.id)
                    .collect();
                session.canvas.select(shown);
                Vec::new()
            }
            Command::SelectNext(direction) => {
                let from = session.canvas.selection().first().copied();
                let layout = session.layout(ctx).clone();
                if let Some(next) = neighbour(&layout, from, direction) {
                    let rect = layout
                        .cards
                        .iter()
                        .find(|card| card.id == next)
                        .map(|card| card.rect);
                    session.canvas.select([next]);
                    if let Some(rect) = rect {
                        session.canvas.reveal(rect);
                    }
                }
                Vec::new()
            }
            Command::MoveCards(direction) => {
                session.canvas.follow_selection();
                move_edit(&map, session.canvas.selection(), direction).map_or_else(Vec::new, edit)
            }
            Command::SetScore(score) => {
                let persona = session.canvas.persona(&map);
                score_edit(&map, focus, persona, Some(score)).map_or_else(Vec::new, |edit| {
                    if let Edit::SetEmotion { lane, stage, .. } = edit {
                        session.canvas.select_score(lane, stage);
                    }
                    vec![edit]
                })
            }
            Command::ClearScore => {
                let persona = session.canvas.persona(&map);
                score_edit(&map, focus, persona, None).map_or_else(Vec::new, edit)
            }
            Command::NextPersona => {
                let ids: Vec<_> = map.personas().map(|persona| persona.id).collect();
                let now = session.canvas.persona(&map);
                let at = ids.iter().position(|&id| id == now).unwrap_or(0);
                session.canvas.score_persona(ids[(at + 1) % ids.len()]);
                Vec::new()
            }
            Command::KeepRoomCurve => {
                let today = jiff::Zoned::now().date();
                let date = [
                    i32::from(today.year()),
                    i32::from(today.month()),
                    i32::from(today.day()),
                ];
                let (name, role) = crate::labels::room_persona(map.lang, date);
                crate::edit::keep_room_curve(&map, name, role).map_or_else(Vec::new, edit)
            }
            Command::AddStageBefore | Command::AddStageAfter => {
                let index = stage_index(&map, focus)
                    .map(|index| index + usize::from(command == Command::AddStageAfter));
                index.map_or_else(Vec::new, |index| {
                    let stage = Stage::new(map.next_stage_id(), map_texts.get("stage-new-title"));
                    edit(Edit::AddStage { stage, index })
                })
            }
            Command::RenameStage => {
                if let Some(id) = focus.stage {
                    session.canvas.rename_stage(&map, id);
                }
                Vec::new()
            }
            Command::MoveStageLeft | Command::MoveStageRight => stage_index(&map, focus)
                .and_then(|index| {
                    let to = if command == Command::MoveStageLeft {
                        index.checked_sub(1)?
                    } else {
                        index + 1
                    };
                    Some(Edit::MoveStage {
                        id: focus.stage?,
                        index: to,
                    })
                })
                .map_or_else(Vec::new, edit),
            Command::ResetStageWidth => focus
                .stage
                .map(|id| Edit::ResizeStage { id, width: None })
                .map_or_else(Vec::new, edit),
            Command::SetStagePhase(phase) => focus
                .stage
                .map(|id| Edit::SetStagePhase { id, phase })
                .map_or_else(Vec::new, edit),
            Command::DeleteStage => focus
                .stage
                .map(Edit::DeleteStage)
                .map_or_else(Vec::new, edit),
            Command::RenamePhase => {
                if let Some(phase) = focus.stage.and_then(|id| map.phase_of_stage(id)) {
                    session.canvas.rename_phase(&map, phase.id);
                }
                Vec::new()
            }
            Command::AddPhase
            | Command::RecolourPhase(_)
            | Command::MergePhase(_)
            | Command::StageIntoPhase(_)
            | Command::StageOutOfPhase
            | Command::SplitPhase
            | Command::RemovePhase => {
                let selection = session.canvas.selection().to_vec();
                let made = super::canvas::phase_edit(&map, command, focus, &selection, map_texts);
                if let Some((id, title)) = made.as_ref().and_then(super::canvas::made_phase) {
                    // The new phase's title is typed at once, like a new card's.
                    session.canvas.rename_new_phase(id, title);
                }
                made.map_or_else(Vec::new, edit)
            }
            Command::AddLane(kind) => lane_index(&map, focus)
                .map(|index| {
                    let lane = crate::model::Lane::new(
                        map.next_lane_id(),
                        map_texts.get(kind.label_id()),
                        kind.kind(),
                    );
                    Edit::AddLane {
                        lane,
                        index: index + 1,
                    }
                })
                .map_or_else(Vec::new, edit),
            Command::RenameLane => {
                if let Some(id) = focus.lane {
                    session.canvas.rename_lane(&map, id);
                }
                Vec::new()
            }
            Command::MoveLaneUp | Command::MoveLaneDown => lane_index(&map, focus)
                .and_then(|index| {
                    let to = if command == Command::MoveLaneUp {
                        index.checked_sub(1)?
                    } else {
                        index + 1
                    };
                    Some(Edit::MoveLane {
                        id: focus.lane?,
                        index: to,
                    })
                })
                .map_or_else(Vec::new, edit),
            Command::FoldLane => focus
                .lane
                .and_then(|id| map.lane(id))
                .map(|lane| Edit::CollapseLane {
                    id: lane.id,
                    collapsed: !lane.collapsed,
                })
                .map_or_else(Vec::new, edit),
            Command::ResetLaneHeight => focus
                .lane
                .map(|id| Edit::ResizeLane { id, height: None })
                .map_or_else(Vec::new, edit),
            Command::DeleteLane => focus.lane.map(Edit::DeleteLane).map_or_else(Vec::new, edit),
            Command::ZoomIn => {
                session.canvas.zoom_in();
                Vec::new()
            }
            Command::ZoomOut => {
                session.canvas.zoom_out();
                Vec::new()
            }
            Command::ZoomFit => {
                session.canvas.fit();
                Vec::new()
            }
            Command::ZoomReset => {
                session.canvas.zoom_reset();
                Vec::new()
            }
            Command::NextStage => {
                match &mut self.presenting {
                    // From the room's join slide on to the title view.
                    Some(presenting) if presenting.joining => presenting.joining = false,
                    _ => session.canvas.step_presentation(&map, 1),
                }
                Vec::new()
            }
            Command::PreviousStage => {
                let on_title =
                    session.canvas.presented_slide() == Some(super::canvas::Slide::Title);
                match &mut self.presenting {
                    // Back from the title view to the room's join slide, for latecomers.
                    Some(presenting) if on_title && session.room.is_some() => {
                        presenting.joining = true;
                    }
                    _ => session.canvas.step_presentation(&map, -1),
                }
                Vec::new()
            }
            Command::ScrollStage(down) => {
                session.canvas.scroll_by_a_third(down);
                Vec::new()
            }
            Command::New
            | Command::Open
            | Command::Import
            | Command::Save
            | Command::SaveAs
            | Command::Export(_)
            | Command::CopyImage
            | Command::MapInfo
            | Command::ChoosePhoto
            | Command::StartFutureState
            | Command::StartCompetitor
            | Command::CompareWith
            | Command::SaveAsTemplate
            | Command::CloseMap
            | Command::NextMap
            | Command::PreviousMap
            | Command::Quit
            | Command::TogglePalette
            | Command::ToggleInspector
            | Command::ToggleAnalysis
            | Command::ToggleRoom
            | Command::OpenRoom
            | Command::CloseRoom
            | Command::Present
            | Command::EndPresentation
            | Command::CommandPalette
            | Command::SetAppearance(_)
            | Command::About
            | Command::KeyboardShortcuts => Vec::new(),
        };
        for edit in edits {
            session.apply(&edit);
        }
    }

    /// Whether the open map has changes that are not saved.
    pub(super) fn has_unsaved_changes(&self) -> bool {
        self.session
            .as_ref()
            .is_some_and(|session| session.doc.is_dirty())
    }

    /// Shows the map to the room: full screen, without the editor's chrome, its text enlarged
    /// for the back row, stage by stage.
    fn start_presentation(&mut self, ctx: &Context) {
        let Some(session) = &mut self.session else {
            return;
        };
        if self.presenting.is_some() {
            return;
        }
        session.canvas.start_presentation();
        let was_fullscreen = ctx.input(|input| input.viewport().fullscreen.unwrap_or(false));
        self.presenting = Some(Presenting {
            zoom_factor: ctx.zoom_factor(),
            was_fullscreen,
            joining: session.room.is_some(),
        });
        ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
        // Text a projector shows legibly at the back of a room: about 1.7× on a 1080p screen.
        let screen_height = ctx
            .input(|input| input.viewport().monitor_size)
            .map_or(1080.0, |size| size.y);
        ctx.set_zoom_factor((screen_height / 640.0).clamp(1.25, 2.5));
    }

    /// Ends the presentation: the window, the zoom and the view are as they were.
    pub(super) fn end_presentation(&mut self, ctx: &Context) {
        let Some(presenting) = self.presenting.take() else {
            return;
        };
        if !presenting.was_fullscreen {
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
        }
        ctx.set_zoom_factor(presenting.zoom_factor);
        if let Some(session) = &mut self.session {
            session.canvas.end_presentation();
        }
    }

    /// Pastes clipboard text as one undo step and selects what was pasted: journeymap cards
    /// after the selected card (or into the cards' own lanes and stages); any other text as one
    /// card per line after the selected card.
    pub fn paste(&mut self, text: &str) {
        self.paste_at(text, None);
    }

    /// Pastes `text`; other text than journeymap cards goes after the card or into the cell
    /// `asked` for (else the selected card). The status bar says what happened.
    fn paste_at(&mut self, text: &str, asked: Option<Focus>) {
        let Some(session) = &mut self.session else {
            return;
        };
        if clipboard::is_cards(text) {
            paste(session, text);
            return;
        }
        // A block from a spreadsheet is shown before it changes anything.
        let html = self.clipboard.html();
        if let Some(table) = super::paste_table::spreadsheet_block(text, html.as_deref()) {
            let focus = asked.unwrap_or_else(|| session.focus());
            let slot = lines_slot(session.doc.map(), focus);
            self.preview_paste(super::paste_preview::PastePreview::paste(table, slot));
            return;
        }
        let texts = i18n::texts(self.lang);
        match paste_lines(session, text, asked) {
            Ok(count) => self.status.done(
                Cause::Paste,
                texts.get_with("status-paste-lines-added", &[("count", count.into())]),
            ),
            Err(refusal) => self
                .status
                .error(Cause::Paste, refusal_text(texts, &refusal)),
        }
    }
}

/// Passes in which a paste event still belongs to the Paste command that asked for it.
const PASTE_WAIT_PASSES: u64 = 3;

/// Why pasted lines were not added.
enum LinesRefused {
    /// No card and no cell to paste into.
    NoPlace,
    /// The text has nothing but blank lines.
    Empty,
    /// The text is too large or has a line too long.
    Text(paste_text::Refusal),
    /// The map has room for only so many more cards.
    NoRoom(usize),
    /// The map refused the cards (never expected: logged).
    Failed,
}

/// Adds a card for each line of `text` after the card or into the cell `asked` for, else
/// after the one selected card, as one undo step; selects them and returns how many.
fn paste_lines(
    session: &mut super::MapSession,
    text: &str,
    asked: Option<Focus>,
) -> Result<usize, LinesRefused> {
    let focus = asked.unwrap_or_else(|| session.focus());
    let map = session.doc.map();
    let slot = lines_slot(map, focus).ok_or(LinesRefused::NoPlace)?;
    let titles = paste_text::titles(text).map_err(LinesRefused::Text)?;
    if titles.is_empty() {
        return Err(LinesRefused::Empty);
    }
    let room = Limits::default().cards.saturating_sub(map.cards.len());
    if titles.len() > room {
        return Err(LinesRefused::NoRoom(room));
    }
    let count = titles.len();
    let (edit, ids) = paste_text::add_cards(map, titles, slot);
    if !session.apply(&edit) {
        return Err(LinesRefused::Failed);
    }
    session.canvas.select(ids);
    Ok(count)
}

/// Where pasted lines go for `focus`: right after the focused card, else at the end of the
/// focused cell if it holds cards and is open; else nowhere (the user is asked to choose).
fn lines_slot(map: &Map, focus: Focus) -> Option<Slot> {
    if let Some(card) = focus.card.and_then(|id| map.card(id)) {
        return Some(Slot {
            lane: card.lane,
            stage: card.stage,
            before: map
                .cards_in(card.lane, card.stage)
                .skip_while(|other| other.id != card.id)
                .nth(1)
                .map(|next| next.id),
        });
    }
    let (lane, stage) = (focus.lane?, focus.stage?);
    let open = map
        .lane(lane)
        .is_some_and(|lane| lane.holds_cards() && !lane.collapsed);
    (open && map.stage(stage).is_some()).then_some(Slot {
        lane,
        stage,
        before: None,
    })
}

/// The status bar's words for pasted lines that were not added.
fn refusal_text(texts: &i18n::Texts, refusal: &LinesRefused) -> String {
    match refusal {
        LinesRefused::NoPlace => texts.get("status-paste-lines-where"),
        LinesRefused::Empty => texts.get("status-paste-lines-empty"),
        LinesRefused::Text(paste_text::Refusal::TooLarge { .. }) => {
            texts.get("status-paste-lines-too-large")
        }
        LinesRefused::Text(paste_text::Refusal::TooManyLines { lines }) => texts.get_with(
            "status-paste-lines-too-many",
            &[
                ("count", (*lines).into()),
                ("max", paste_text::MAX_LINES.into()),
            ],
        ),
        LinesRefused::Text(paste_text::Refusal::LineTooLong { line, chars, max }) => texts
            .get_with(
                "status-paste-lines-too-long",
                &[
                    ("line", (*line).into()),
                    ("chars", (*chars).into()),
                    ("max", (*max).into()),
                ],
            ),
        LinesRefused::NoRoom(room) => {
            texts.get_with("status-paste-lines-no-room", &[("room", (*room).into())])
        }
        LinesRefused::Failed => texts.get("status-paste-lines-failed"),
    }
}

/// Pastes `text` into the open map: see [`EditorApp::paste`].
fn paste(session: &mut super::MapSession, text: &str) {
    let map = session.doc.map();
    let target = match *session.canvas.selection() {
        [one] => map.card(one).map(|card| Slot {
            lane: card.lane,
            stage: card.stage,
            before: map
                .cards_in(card.lane, card.stage)
                .skip_while(|other| other.id != one)
                .nth(1)
                .map(|next| next.id),
        }),
        _ => None,
    };
    let (edits, pasted): (Vec<Edit>, Vec<_>) = clipboard::paste_edits(map, text, target)
        .into_iter()
        .unzip();
    if !edits.is_empty() && session.apply(&Edit::Batch(edits)) {
        session.canvas.select(pasted);
    }
}

/// Where a new card goes for `focus`: right after the focused card; else at the end of the
/// focused cell; else in the first stage of the first card lane that is not folded.
fn new_card_slot(map: &Map, focus: Focus) -> Option<Slot> {
    if let Some(card) = focus.card.and_then(|id| map.card(id)) {
        let before = map
            .cards_in(card.lane, card.stage)
            .skip_while(|other| other.id != card.id)
            .nth(1)
            .map(|next| next.id);
        return Some(Slot {
            lane: card.lane,
            stage: card.stage,
            before,
        });
    }
    if let (Some(lane), Some(stage)) = (focus.lane, focus.stage)
        && map
            .lane(lane)
            .is_some_and(|lane| lane.holds_cards() && !lane.collapsed)
        && map.stage(stage).is_some()
    {
        return Some(Slot {
            lane,
            stage,
            before: None,
        });
    }
    let lane = map
        .lanes
        .iter()
        .find(|lane| lane.holds_cards() && !lane.collapsed)?;
    let stage = focus
        .stage
        .filter(|stage| map.stage(*stage).is_some())
        .or_else(|| map.stages.first().map(|stage| stage.id))?;
    Some(Slot {
        lane: lane.id,
        stage,
        before: None,
    })
}

/// Copies of the `selection`, each right after its original, as one edit, with the copies'
/// ids.
fn duplicates(
    map: &Map,
    selection: &[crate::model::CardId],
) -> Option<(Edit, Vec<crate::model::CardId>)> {
    let originals: Vec<&Card> = map
        .cards
        .iter()
        .filter(|card| selection.contains(&card.id))
        .collect();
    if originals.is_empty() {
        return None;
    }
    let ids = map.fresh_card_ids(originals.len());
    let edits = originals
        .iter()
        .zip(&ids)
        .map(|(original, &id)| {
            let next_in_cell = map
                .cards_in(original.lane, original.stage)
                .skip_while(|card| card.id != original.id)
                .nth(1)
                .map(|card| card.id);
            let mut copy = (*original).clone();
            copy.id = id;
            Edit::AddCards {
                cards: vec![copy],
                slot: Slot {
                    lane: original.lane,
                    stage: original.stage,
                    before: next_in_cell,
                },
            }
        })
        .collect();
    Some((Edit::Batch(edits), ids))
}

/// The edit that scores (or unscores) the focused stage in the focused emotion lane, on the
/// curve of `persona`.
fn score_edit(map: &Map, focus: Focus, persona: PersonaId, score: Option<i8>) -> Option<Edit> {
    let lane = super::commands::emotion_lane(map, focus)?;
    Some(Edit::SetEmotion {
        lane: lane.id,
        persona,
        stage: map.stage(focus.stage?)?.id,
        score,
    })
}

fn stage_index(map: &Map, focus: Focus) -> Option<usize> {
    let id = focus.stage?;
    map.stages.iter().position(|stage| stage.id == id)
}

fn lane_index(map: &Map, focus: Focus) -> Option<usize> {
    let id = focus.lane?;
    map.lanes.iter().position(|lane| lane.id == id)
}

/// Adds the card a palette touchpoint makes where it was dropped (see the rule in
/// `canvas::drop`), and selects it so the inspector shows its facets.
fn add_from_palette(session: &mut super::MapSession, item: &PaletteItem, slot: Slot) {
    let map = session.doc.map();
    let mut card = map.new_card(
        map.next_card_id(),
        slot.lane,
        slot.stage,
        item.title.clone(),
        item.channel,
    );
    if let (Some(touchpoint), Some(setting)) = (card.touchpoint.as_mut(), item.setting) {
        touchpoint.setting = setting;
    }
    let id = card.id;
    if session.apply(&Edit::AddCards {
        cards: vec![card],
        slot,
    }) {
        session.canvas.select([id]);
    }
}
