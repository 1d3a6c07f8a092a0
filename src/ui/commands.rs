//! The one table of editor commands: each has a label and shortcuts, and the menus, the
//! keyboard handling and the tests all read it, so they never disagree.

use egui::{Key, KeyboardShortcut, Modifiers};

/// Something the user can ask the editor to do from a menu or the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Start a new map from a template.
    New,
    /// Open a map file.
    Open,
    /// Save to the map's file (asks for one if it has none).
    Save,
    /// Save to a new file.
    SaveAs,
    /// Export the map as a PNG picture.
    ExportPng,
    /// Edit the title, goal and persona.
    MapInfo,
    /// Choose a picture for the persona.
    ChoosePhoto,
    /// Delete the selected cards.
    Delete,
    /// Duplicate the selected cards.
    Duplicate,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Zoom in.
    ZoomIn,
    /// Zoom out.
    ZoomOut,
    /// Show the whole map.
    ZoomFit,
    /// One point of the map per point of the screen.
    ZoomReset,
}

const fn command(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn command_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

impl Command {
    /// Every command, in the order the keyboard is checked (longer shortcuts first, so
    /// Ctrl+Shift+Z is not taken for Ctrl+Z).
    pub const ALL: [Self; 15] = [
        Self::Redo,
        Self::SaveAs,
        Self::New,
        Self::ExportPng,
        Self::MapInfo,
        Self::ChoosePhoto,
        Self::Open,
        Self::Save,
        Self::Undo,
        Self::Delete,
        Self::Duplicate,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomFit,
        Self::ZoomReset,
    ];

    /// Message id of the command's name.
    pub fn label_id(self) -> &'static str {
        match self {
            Self::New => "cmd-new",
            Self::ExportPng => "cmd-export-png",
            Self::MapInfo => "cmd-map-info",
            Self::ChoosePhoto => "cmd-choose-photo",
            Self::Open => "cmd-open",
            Self::Save => "cmd-save",
            Self::SaveAs => "cmd-save-as",
            Self::Delete => "cmd-delete",
            Self::Duplicate => "cmd-duplicate",
            Self::Undo => "cmd-undo",
            Self::Redo => "cmd-redo",
            Self::ZoomIn => "cmd-zoom-in",
            Self::ZoomOut => "cmd-zoom-out",
            Self::ZoomFit => "cmd-zoom-fit",
            Self::ZoomReset => "cmd-zoom-reset",
        }
    }

    /// Message id of the command's name with what it acts on ("Undo { $what }").
    pub fn named_label_id(self) -> Option<&'static str> {
        match self {
            Self::Undo => Some("cmd-undo-named"),
            Self::Redo => Some("cmd-redo-named"),
            _ => None,
        }
    }

    /// The keyboard shortcuts; the first is shown in menus.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        match self {
            Self::New => const { &[command(Key::N)] },
            Self::ExportPng => const { &[command(Key::E)] },
            Self::MapInfo | Self::ChoosePhoto => &[],
            Self::Open => const { &[command(Key::O)] },
            Self::Save => const { &[command(Key::S)] },
            Self::SaveAs => const { &[command_shift(Key::S)] },
            Self::Delete => const { &[KeyboardShortcut::new(Modifiers::NONE, Key::Delete)] },
            Self::Duplicate => const { &[command(Key::D)] },
            Self::Undo => const { &[command(Key::Z)] },
            Self::Redo => const { &[command_shift(Key::Z), command(Key::Y)] },
            Self::ZoomIn => const { &[command(Key::Equals), command(Key::Plus)] },
            Self::ZoomOut => const { &[command(Key::Minus)] },
            Self::ZoomFit => const { &[command(Key::Num0)] },
            Self::ZoomReset => const { &[command(Key::Num1)] },
        }
    }

    /// Whether the command acts on the canvas's selection, so its keys belong to a text field
    /// while one is being typed in.
    pub fn acts_on_selection(self) -> bool {
        matches!(self, Self::Delete | Self::Duplicate)
    }

    /// The commands whose shortcuts were pressed this frame (the key presses are consumed).
    pub fn pressed(ctx: &egui::Context) -> Vec<Self> {
        let typing = ctx.egui_wants_keyboard_input();
        ctx.input_mut(|input| {
            Self::ALL
                .into_iter()
                .filter(|command| !(typing && command.acts_on_selection()))
                .filter(|command| {
                    command
                        .shortcuts()
                        .iter()
                        .any(|shortcut| input.consume_shortcut(shortcut))
                })
                .collect()
        })
    }
}
