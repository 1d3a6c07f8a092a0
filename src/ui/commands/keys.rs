//! The keys of the commands: which shortcuts each has, which wait while the user types, and
//! which were pressed this frame.

use egui::{Key, KeyboardShortcut, ModifierNames, Modifiers};

use super::{Command, Direction, ExportKind, Situation};
use crate::i18n::Texts;

/// The keys whose names differ between keyboards of different languages, with the message id
/// of each name: a German keyboard says Entf, Einfg, Bild auf and Pos1 where an English one says
/// Delete, Insert, Page Up and Home.
const KEY_NAMES: &[(Key, &str)] = &[
    (Key::Delete, "key-delete"),
    (Key::Insert, "key-insert"),
    (Key::Backspace, "key-backspace"),
    (Key::Enter, "key-enter"),
    (Key::Escape, "key-escape"),
    (Key::Space, "key-space"),
    (Key::Tab, "key-tab"),
    (Key::PageUp, "key-page-up"),
    (Key::PageDown, "key-page-down"),
    (Key::Home, "key-home"),
    (Key::End, "key-end"),
    (Key::ArrowLeft, "key-left"),
    (Key::ArrowRight, "key-right"),
    (Key::ArrowUp, "key-up"),
    (Key::ArrowDown, "key-down"),
];

/// A shortcut as the keyboard in front of the user labels it, in the editor's language
/// ("Strg+Umschalt+Z" in German, "Ctrl+Shift+Z" in English). On a Mac egui's own names are
/// kept (⌘, Option), which Apple uses in every language.
pub fn shortcut_text(ctx: &egui::Context, texts: &Texts, shortcut: KeyboardShortcut) -> String {
    if ctx.os().is_mac() {
        return ctx.format_shortcut(&shortcut);
    }
    format_shortcut(texts, shortcut)
}

/// Tells assistive technology (and the UI tests) the keys of the widget `response` belongs to,
/// which are painted beside its name but are not part of it.
pub fn announce_shortcut(response: &egui::Response, keys: String) {
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_keyboard_shortcut(keys));
}

/// A shortcut named in the editor's language, as on a PC keyboard.
fn format_shortcut(texts: &Texts, shortcut: KeyboardShortcut) -> String {
    let (ctrl, shift, alt) = (
        texts.get("key-ctrl"),
        texts.get("key-shift"),
        texts.get("key-alt"),
    );
    let names = ModifierNames {
        is_short: false,
        alt: &alt,
        ctrl: &ctrl,
        shift: &shift,
        mac_cmd: &ctrl,
        mac_alt: &alt,
        concat: "+",
    };
    let mut text = names.format(&shortcut.modifiers, false);
    if !text.is_empty() {
        text.push('+');
    }
    let key = shortcut.logical_key;
    match KEY_NAMES.iter().find(|(named, _)| *named == key) {
        Some((_, id)) => text.push_str(&texts.get(id)),
        None => text.push_str(key.name()),
    }
    text
}

const fn key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn command(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn command_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const fn alt(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::ALT, key)
}

impl Command {
    /// The keyboard shortcuts; the first is shown in menus.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        match self {
            Self::New => const { &[command(Key::N)] },
            Self::Open => const { &[command(Key::O)] },
            Self::Save => const { &[command(Key::S)] },
            Self::SaveAs => const { &[command_shift(Key::S)] },
            Self::Export(ExportKind::Picture) => const { &[command(Key::E)] },
            Self::CopyImage => const { &[command_shift(Key::C)] },
            Self::Quit => const { &[command(Key::Q)] },
            Self::CloseMap => const { &[command(Key::W)] },
            Self::NextMap => const { &[command(Key::PageDown), command(Key::Tab)] },
            Self::PreviousMap => const { &[command(Key::PageUp), command_shift(Key::Tab)] },
            Self::Undo => const { &[command(Key::Z)] },
            Self::Redo => const { &[command_shift(Key::Z), command(Key::Y)] },
            Self::AddCard => const { &[command(Key::Enter), key(Key::Insert)] },
            Self::EditCard => const { &[key(Key::Enter), key(Key::F2)] },
            // Cut, copy and paste arrive as their own events (see `clipboard_event`); the keys
            // are listed so menus show them.
            Self::Cut => const { &[command(Key::X)] },
            Self::Copy => const { &[command(Key::C)] },
            Self::Paste => const { &[command(Key::V)] },
            Self::Duplicate => const { &[command(Key::D)] },
            // Delete clears the selected emotion point too; "Clear emotion score" from a menu
            // or the palette may act on a stage whose point is not selected, so it has no key.
            Self::Delete => const { &[key(Key::Delete), key(Key::Backspace)] },
            Self::SelectAll => const { &[command(Key::A)] },
            Self::SelectNext(direction) => match direction {
                Direction::Left => const { &[key(Key::ArrowLeft)] },
                Direction::Right => const { &[key(Key::ArrowRight)] },
                Direction::Up => const { &[key(Key::ArrowUp)] },
                Direction::Down => const { &[key(Key::ArrowDown)] },
            },
            Self::MoveCards(direction) => match direction {
                Direction::Left => const { &[alt(Key::ArrowLeft)] },
                Direction::Right => const { &[alt(Key::ArrowRight)] },
                Direction::Up => const { &[alt(Key::ArrowUp)] },
                Direction::Down => const { &[alt(Key::ArrowDown)] },
            },
            Self::TogglePalette => const { &[command(Key::B)] },
            Self::ToggleInspector => const { &[command(Key::I)] },
            Self::ToggleAnalysis => const { &[command_shift(Key::A)] },
            Self::ZoomIn => const { &[command(Key::Equals), command(Key::Plus)] },
            Self::ZoomOut => const { &[command(Key::Minus)] },
            Self::ZoomFit => const { &[command(Key::Num0)] },
            Self::ZoomReset => const { &[command(Key::Num1)] },
            Self::Present => const { &[key(Key::F5)] },
            Self::NextStage => {
                const { &[key(Key::ArrowRight), key(Key::PageDown), key(Key::Space)] }
            }
            Self::PreviousStage => const { &[key(Key::ArrowLeft), key(Key::PageUp)] },
            Self::ScrollStage(true) => const { &[key(Key::ArrowDown)] },
            Self::ScrollStage(false) => const { &[key(Key::ArrowUp)] },
            Self::EndPresentation => const { &[key(Key::Escape)] },
            Self::CommandPalette => const { &[command(Key::K), command_shift(Key::P)] },
            Self::KeyboardShortcuts => const { &[key(Key::F1)] },
            Self::SetAppearance(_)
            | Self::Import
            | Self::Export(_)
            | Self::About
            | Self::MapInfo
            | Self::ChoosePhoto
            | Self::StartFutureState
            | Self::StartCompetitor
            | Self::CompareWith
            | Self::SaveAsTemplate
            | Self::SetScore(_)
            | Self::ClearScore
            | Self::NextPersona
            | Self::KeepRoomCurve
            | Self::OpenRoom
            | Self::CloseRoom
            | Self::ToggleRoom
            | Self::AddStageBefore
            | Self::AddStageAfter
            | Self::RenameStage
            | Self::MoveStageLeft
            | Self::MoveStageRight
            | Self::ResetStageWidth
            | Self::SetStagePhase(_)
            | Self::DeleteStage
            | Self::AddPhase
            | Self::RenamePhase
            | Self::RecolourPhase(_)
            | Self::MergePhase(_)
            | Self::StageIntoPhase(_)
            | Self::StageOutOfPhase
            | Self::SplitPhase
            | Self::RemovePhase
            | Self::AddLane(_)
            | Self::RenameLane
            | Self::MoveLaneUp
            | Self::MoveLaneDown
            | Self::FoldLane
            | Self::ResetLaneHeight
            | Self::DeleteLane => &[],
        }
    }

    /// Whether the command's keys belong to a text field while one is being typed in: every
    /// command that acts on the map's content or the selection. File, view and window commands
    /// work while typing (Ctrl+S saves what is typed so far).
    pub fn yields_to_typing(self) -> bool {
        !matches!(
            self,
            Self::New
                | Self::Open
                | Self::Import
                | Self::Save
                | Self::SaveAs
                | Self::SaveAsTemplate
                | Self::Export(_)
                | Self::CopyImage
                | Self::Quit
                | Self::CloseMap
                | Self::NextMap
                | Self::PreviousMap
                | Self::TogglePalette
                | Self::ToggleInspector
                | Self::ToggleAnalysis
                | Self::ToggleRoom
                | Self::OpenRoom
                | Self::CloseRoom
                | Self::ZoomIn
                | Self::ZoomOut
                | Self::ZoomFit
                | Self::ZoomReset
                | Self::Present
                | Self::CommandPalette
                | Self::SetAppearance(_)
                | Self::About
                | Self::KeyboardShortcuts
        )
    }

    /// Whether the command is one of cut, copy and paste, whose keys arrive as clipboard
    /// events rather than key presses.
    pub fn is_clipboard(self) -> bool {
        matches!(self, Self::Cut | Self::Copy | Self::Paste)
    }

    /// The commands whose shortcuts were pressed this frame and can run in `situation` (their
    /// key presses are consumed). `typing` says a text field has the keyboard.
    pub fn pressed(ctx: &egui::Context, situation: &Situation<'_>, typing: bool) -> Vec<Self> {
        // Most specific first: egui lets Ctrl+Shift+Z match Ctrl+Z, and Alt+→ match →.
        let mut candidates: Vec<(Self, &KeyboardShortcut)> = Self::ALL
            .iter()
            .filter(|command| !command.is_clipboard())
            .filter(|command| !(typing && command.yields_to_typing()))
            .filter(|command| command.enabled(situation))
            .flat_map(|&command| command.shortcuts().iter().map(move |keys| (command, keys)))
            .collect();
        candidates.sort_by_key(|(_, keys)| std::cmp::Reverse(modifier_count(keys.modifiers)));
        ctx.input_mut(|input| {
            let mut pressed = Vec::new();
            for (command, keys) in candidates {
                if input.consume_shortcut(keys) && !pressed.contains(&command) {
                    pressed.push(command);
                }
            }
            pressed
        })
    }
}

fn modifier_count(modifiers: Modifiers) -> u8 {
    u8::from(modifiers.alt)
        + u8::from(modifiers.shift)
        + u8::from(modifiers.command || modifiers.ctrl || modifiers.mac_cmd)
}

#[cfg(test)]
mod tests {
    use super::super::{Focus, Panels};
    use super::*;
    use crate::model::CardId;

    /// No two commands that can run at the same time share a key: the keyboard would do one
    /// of them at random.
    #[test]
    fn no_key_means_two_things_at_once() {
        let map =
            crate::file::template(crate::model::MapKind::CurrentState, crate::model::Lang::En)
                .unwrap();
        let selection = [CardId(1)];
        for presenting in [false, true] {
            let situation = Situation {
                map: Some(&map),
                focus: Focus {
                    card: Some(CardId(1)),
                    lane: map.lanes.first().map(|lane| lane.id),
                    stage: map.stages.get(1).map(|stage| stage.id),
                    alone: false,
                },
                selection: &selection,
                arrow_selected: true,
                undo: Some("edit-move-cards"),
                redo: Some("edit-move-cards"),
                presenting,
                panels: Panels::default(),
                tabs: 3,
                persona: crate::model::PersonaId::FIRST,
                appearance: crate::theme::chrome::Appearance::System,
                room_open: false,
            };
            let mut seen: Vec<(KeyboardShortcut, Command)> = Vec::new();
            for &command in Command::ALL {
                if !command.enabled(&situation) {
                    continue;
                }
                for keys in command.shortcuts() {
                    if let Some((_, other)) = seen.iter().find(|(seen, _)| seen == keys) {
                        panic!("{keys:?} means both {other:?} and {command:?}");
                    }
                    seen.push((*keys, command));
                }
            }
        }
    }

    /// Every key name, in both languages, is drawn by the editor's fonts (a name in glyphs the
    /// fonts lack shows as empty boxes).
    #[test]
    fn every_key_name_has_glyphs() {
        let ctx = egui::Context::default();
        crate::paint::install_fonts(&ctx);
        // Fonts set now are used from the next frame on.
        for _ in 0..2 {
            let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
            output.textures_delta.clear();
        }
        let font = egui::FontId::proportional(14.0);
        for lang in crate::model::Lang::ALL {
            let texts = crate::i18n::texts(lang);
            for (_, id) in KEY_NAMES {
                let name = texts.get(id);
                assert!(
                    ctx.fonts_mut(|fonts| fonts.has_glyphs(&font, &name)),
                    "{lang:?} {id}: {name}"
                );
            }
        }
    }

    #[test]
    fn german_shortcuts_name_the_keys_of_a_german_keyboard() {
        let texts = crate::i18n::texts(crate::model::Lang::De);
        let named = |shortcut| format_shortcut(texts, shortcut);
        assert_eq!(named(command_shift(Key::Z)), "Strg+Umschalt+Z");
        assert_eq!(named(key(Key::Delete)), "Entf");
        assert_eq!(named(key(Key::Insert)), "Einfg");
        assert_eq!(named(command(Key::PageDown)), "Strg+Bild ab");
        assert_eq!(named(key(Key::Home)), "Pos1");
        let english = crate::i18n::texts(crate::model::Lang::En);
        assert_eq!(
            format_shortcut(english, command_shift(Key::Z)),
            "Ctrl+Shift+Z"
        );
    }

    #[test]
    fn all_lists_every_command_once() {
        for (index, command) in Command::ALL.iter().enumerate() {
            assert!(
                !Command::ALL[..index].contains(command),
                "{command:?} is listed twice"
            );
        }
    }
}
