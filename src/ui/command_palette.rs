//! The command palette (Ctrl+K): type a few letters of what you want to do, in either language
//! or in everyday words ("drucken" finds the PDF export), and Enter runs it. Every command the
//! editor has is there, with its shortcut, so the palette also teaches the keys; one that cannot
//! run now is listed greyed with the reason, so a user learns what to do first.

use egui::{Align, Context, Key, Layout, Modal, RichText, ScrollArea, Sense, TextEdit, UiBuilder};

use super::commands::{Command, Focus, Situation, announce_shortcut, shortcut_text};
use super::{find, menus};
use crate::i18n::{self, Texts};
use crate::model::Lang;

/// How many matches are listed at once.
const SHOWN: usize = 12;
/// The height of a listed command that can run, with its spacing.
const ROW_HEIGHT: f32 = 28.0;
/// The height of a greyed command, whose reason is written under its name.
const GREYED_ROW_HEIGHT: f32 = 46.0;
/// The list never grows taller than this; it scrolls.
const MAX_LIST_HEIGHT: f32 = 360.0;
/// Space between a row's edge and its texts.
const ROW_PADDING: f32 = 8.0;

/// The open palette.
#[derive(Debug)]
pub struct CommandPalette {
    query: String,
    /// The highlighted match, moved with ↑ and ↓.
    chosen: usize,
    /// What the command will act on: the selection when the palette was opened.
    focus: Focus,
}

/// What the user did in the palette.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaletteOutcome {
    /// Still choosing.
    Open,
    /// Closed without choosing.
    Closed,
    /// Run this command on this focus.
    Run(Command, Focus),
}

/// A listed command.
struct Match {
    command: Command,
    /// Its name in the editor's language.
    name: String,
    /// Why it cannot run now; `None` when it can.
    reason: Option<String>,
}

/// Everything a command is found by, folded: its name in both languages and its keywords in
/// both, so a German word finds it in an English editor and the other way round.
fn haystack(texts: &Texts, situation: &Situation<'_>, command: Command) -> String {
    let mut haystack = menus::label(texts, situation, command, false);
    for lang in Lang::ALL {
        let texts = i18n::texts(lang);
        haystack.push(' ');
        haystack.push_str(&texts.get(command.label_id()));
        if let Some(keywords) = texts.attribute(command.label_id(), "keywords") {
            haystack.push(' ');
            haystack.push_str(&keywords);
        }
    }
    find::fold(&haystack)
}

/// `command` as the palette lists it in `situation`.
fn listed(texts: &Texts, situation: &Situation<'_>, command: Command) -> Match {
    Match {
        command,
        name: menus::label(texts, situation, command, false),
        reason: command
            .unavailable_reason(situation)
            .map(|reason| texts.get(reason)),
    }
}

/// The commands the palette offers: all but itself.
fn offered() -> impl Iterator<Item = Command> {
    Command::ALL
        .iter()
        .copied()
        .filter(|command| *command != Command::CommandPalette)
}

impl CommandPalette {
    /// A palette for commands on `focus`.
    pub fn new(focus: Focus) -> Self {
        Self {
            query: String::new(),
            chosen: 0,
            focus,
        }
    }

    /// The commands matching what was typed: every word typed appears in a name or keyword
    /// (any order, any case, umlauts or not). Those that can run come first, in table order.
    fn matches(&self, texts: &Texts, situation: &Situation<'_>) -> Vec<Match> {
        let words = find::words(&self.query);
        let mut matches: Vec<Match> = offered()
            .filter(|&command| find::matches(&words, &haystack(texts, situation, command)))
            .map(|command| listed(texts, situation, command))
            .collect();
        matches.sort_by_key(|listed| listed.reason.is_some());
        matches
    }

    /// The command closest to what was typed, offered when nothing matched.
    fn nearest(&self, texts: &Texts, situation: &Situation<'_>) -> Option<Match> {
        let words = find::words(&self.query);
        let commands: Vec<Command> = offered().collect();
        let haystacks: Vec<String> = commands
            .iter()
            .map(|&command| haystack(texts, situation, command))
            .collect();
        let index = find::nearest(&words, haystacks.iter().map(String::as_str))?;
        let command = *commands.get(index)?;
        Some(listed(texts, situation, command))
    }

    /// Shows the palette.
    pub fn ui(
        &mut self,
        ctx: &Context,
        texts: &Texts,
        situation: &Situation<'_>,
    ) -> PaletteOutcome {
        let situation = Situation {
            focus: self.focus,
            ..*situation
        };
        let (up, down, enter, escape) = ctx.input_mut(|input| {
            (
                input.consume_key(egui::Modifiers::NONE, Key::ArrowUp),
                input.consume_key(egui::Modifiers::NONE, Key::ArrowDown),
                input.consume_key(egui::Modifiers::NONE, Key::Enter),
                input.consume_key(egui::Modifiers::NONE, Key::Escape),
            )
        });
        let mut matches = self.matches(texts, &situation);
        let nothing_found = matches.is_empty();
        if nothing_found && let Some(nearest) = self.nearest(texts, &situation) {
            matches.push(nearest);
        }
        if down {
            self.chosen = (self.chosen + 1).min(matches.len().saturating_sub(1));
        }
        if up {
            self.chosen = self.chosen.saturating_sub(1);
        }
        let mut outcome = PaletteOutcome::Open;
        if escape {
            return PaletteOutcome::Closed;
        }
        if enter
            && let Some(listed) = matches.get(self.chosen)
            && listed.reason.is_none()
        {
            return PaletteOutcome::Run(listed.command, self.focus);
        }
        let modal = Modal::new(egui::Id::unique("journeymap-command-palette")).show(ctx, |ui| {
            ui.set_width(460.0);
            let hint = texts.get("palette-commands-hint");
            let field = ui.add(
                TextEdit::singleline(&mut self.query)
                    .hint_text(hint.as_str())
                    .desired_width(f32::INFINITY),
            );
            let field = field.accessible_name(texts.get("palette-commands-field"));
            field.request_focus();
            if field.changed() {
                self.chosen = 0;
            }
            ui.add_space(4.0);
            if nothing_found {
                let query = self.query.trim().to_owned();
                ui.label(texts.get_with("palette-commands-nothing", &[("query", query.into())]));
                if !matches.is_empty() {
                    ui.label(RichText::new(texts.get("palette-commands-nearest")).weak());
                }
            }
            // Tall enough for what matched: a modal sizes to its content, and a scroll area
            // shrinks to its least height unless told.
            let rows_height: f32 = matches
                .iter()
                .map(row_height)
                .sum::<f32>()
                .min(MAX_LIST_HEIGHT);
            ScrollArea::vertical()
                .max_height(MAX_LIST_HEIGHT)
                .min_scrolled_height(rows_height)
                .show(ui, |ui| {
                    for (index, listed) in
                        matches.iter().enumerate().take(SHOWN.max(self.chosen + 1))
                    {
                        if row_ui(ui, texts, listed, index == self.chosen) {
                            outcome = PaletteOutcome::Run(listed.command, self.focus);
                        }
                    }
                });
        });
        if modal.should_close() && outcome == PaletteOutcome::Open {
            outcome = PaletteOutcome::Closed;
        }
        outcome
    }
}

fn row_height(listed: &Match) -> f32 {
    if listed.reason.is_some() {
        GREYED_ROW_HEIGHT
    } else {
        ROW_HEIGHT
    }
}

/// One listed command: its name at the left, its shortcut at the right edge (so names and
/// shortcuts line up in columns whether a row has a shortcut or not), and for a command that
/// cannot run, greyed, the reason under its name. Returns whether it was clicked to run.
fn row_ui(ui: &mut egui::Ui, texts: &Texts, listed: &Match, chosen: bool) -> bool {
    let enabled = listed.reason.is_none();
    let size = egui::vec2(ui.available_width(), row_height(listed) - 4.0);
    let sense = if enabled {
        Sense::click()
    } else {
        Sense::hover()
    };
    let (rect, response) = ui.allocate_exact_size(size, sense);
    let visuals = ui.visuals();
    if chosen {
        ui.painter()
            .rect_filled(rect, 4.0, visuals.selection.bg_fill.gamma_multiply(0.6));
    } else if response.hovered() && enabled {
        ui.painter()
            .rect_filled(rect, 4.0, visuals.widgets.hovered.weak_bg_fill);
    }
    let text_colour = if enabled {
        visuals.strong_text_color()
    } else {
        visuals.weak_text_color()
    };
    let inner = rect.shrink2(egui::vec2(ROW_PADDING, 2.0));
    ui.scope_builder(
        UiBuilder::new()
            .max_rect(inner)
            .layout(Layout::right_to_left(Align::Center)),
        |ui| {
            if let Some(shortcut) = listed.command.shortcuts().first() {
                let keys = shortcut_text(ui.ctx(), texts, *shortcut);
                announce_shortcut(&response, keys.clone());
                ui.add(
                    egui::Label::new(RichText::new(keys).color(text_colour).weak())
                        .selectable(false),
                );
            }
            ui.with_layout(Layout::top_down(Align::Min), |ui| {
                ui.add_space(if enabled { 3.0 } else { 1.0 });
                ui.add(
                    egui::Label::new(RichText::new(&listed.name).color(text_colour))
                        .selectable(false)
                        .truncate(),
                );
                if let Some(reason) = &listed.reason {
                    // The reason is there to be read: the text colour, not the greyed one.
                    let reason_colour = ui.visuals().text_color();
                    ui.add(
                        egui::Label::new(RichText::new(reason).color(reason_colour))
                            .selectable(false)
                            .truncate(),
                    );
                }
            });
        },
    );
    // The shortcut is shown beside the name; assistive technology gets the name.
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::Button, enabled, chosen, listed.name.as_str())
    });
    if chosen {
        response.scroll_to_me(None);
    }
    enabled && response.clicked()
}
