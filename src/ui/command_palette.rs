//! The command palette (Ctrl+K): type a few letters of what you want to do, in the editor's
//! language, and Enter runs it. Every command the editor has is there, with its shortcut, so
//! the palette also teaches the keys.

use egui::{Context, Key, Modal, RichText, ScrollArea, TextEdit};

use super::commands::{Command, Focus, Situation};
use super::menus;
use crate::i18n::Texts;

/// How many matches are listed at once.
const SHOWN: usize = 12;
/// The height of one listed command, with its spacing.
const ROW_HEIGHT: f32 = 28.0;
/// The list never grows taller than this; it scrolls.
const MAX_LIST_HEIGHT: f32 = 360.0;

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

impl CommandPalette {
    /// A palette for commands on `focus`.
    pub fn new(focus: Focus) -> Self {
        Self {
            query: String::new(),
            chosen: 0,
            focus,
        }
    }

    /// The commands matching what was typed, with their names: every word typed appears in
    /// the name (in any order, any case).
    fn matches(&self, texts: &Texts, situation: &Situation<'_>) -> Vec<(Command, String)> {
        let words: Vec<String> = self
            .query
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        Command::ALL
            .iter()
            .copied()
            .filter(|command| *command != Command::CommandPalette && command.enabled(situation))
            .map(|command| (command, menus::label(texts, situation, command, false)))
            .filter(|(_, name)| {
                let name = name.to_lowercase();
                words.iter().all(|word| name.contains(word.as_str()))
            })
            .collect()
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
        let matches = self.matches(texts, &situation);
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
        if enter && let Some((command, _)) = matches.get(self.chosen) {
            return PaletteOutcome::Run(*command, self.focus);
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
            if matches.is_empty() {
                ui.label(RichText::new(texts.get("palette-commands-none")).weak());
            }
            // Tall enough for what matched: a modal sizes to its content, and a scroll area
            // shrinks to its least height unless told.
            let rows_height = (matches.len() as f32 * ROW_HEIGHT).min(MAX_LIST_HEIGHT);
            ScrollArea::vertical()
                .max_height(MAX_LIST_HEIGHT)
                .min_scrolled_height(rows_height)
                .show(ui, |ui| {
                    for (index, (command, name)) in
                        matches.iter().enumerate().take(SHOWN.max(self.chosen + 1))
                    {
                        let mut button =
                            egui::Button::selectable(index == self.chosen, name.as_str());
                        if let Some(shortcut) = command.shortcuts().first() {
                            button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
                        }
                        let response =
                            ui.add_sized([ui.available_width(), ROW_HEIGHT - 4.0], button);
                        // The shortcut is shown beside the name; assistive technology gets the name.
                        response.widget_info(|| {
                            egui::WidgetInfo::selected(
                                egui::Role::Button,
                                true,
                                index == self.chosen,
                                name.as_str(),
                            )
                        });
                        if index == self.chosen {
                            response.scroll_to_me(None);
                        }
                        if response.clicked() {
                            outcome = PaletteOutcome::Run(*command, self.focus);
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
