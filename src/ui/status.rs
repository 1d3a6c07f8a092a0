//! The status bar's message. A message belongs to what caused it: an error stays until the
//! user dismisses it or the same kind of action succeeds (a failed save goes once a save
//! works), and a new map starts with none.

use egui::{Button, RichText, Ui};

/// What a message is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    /// Opening a map (or a template, an example, a recovery copy).
    Open,
    /// Saving the map.
    Save,
    /// Exporting a picture.
    Export,
    /// The persona photo.
    Photo,
    /// The recovery copy.
    Recovery,
    /// Pasting text onto the map.
    Paste,
    /// Opening the room.
    #[cfg_attr(
        not(feature = "room"),
        allow(dead_code, reason = "no room in this build")
    )]
    Room,
}

/// A message in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Message {
    text: String,
    is_error: bool,
    cause: Cause,
}

/// The status bar.
#[derive(Debug, Default)]
pub struct StatusLine {
    message: Option<Message>,
}

impl StatusLine {
    /// Says that `cause` went wrong, and what to do.
    pub fn error(&mut self, cause: Cause, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            is_error: true,
            cause,
        });
    }

    /// Says that `cause` went well; an error it left behind goes.
    pub fn done(&mut self, cause: Cause, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            is_error: false,
            cause,
        });
    }

    /// An action of this kind succeeded without anything to say: its old error goes.
    pub fn succeeded(&mut self, cause: Cause) {
        if self
            .message
            .as_ref()
            .is_some_and(|message| message.cause == cause)
        {
            self.message = None;
        }
    }

    /// Forgets every message (a new map is shown).
    pub fn clear(&mut self) {
        self.message = None;
    }

    /// The text shown, if any.
    pub fn text(&self) -> Option<&str> {
        self.message.as_ref().map(|message| message.text.as_str())
    }

    /// The message, wrapped to the window's width, with a button that dismisses it.
    pub fn ui(&mut self, ui: &mut Ui, dismiss_label: &str) {
        let Some(message) = &self.message else {
            return;
        };
        let mut dismissed = false;
        ui.horizontal(|ui| {
            let button = Button::new(
                RichText::new(egui_material_icons::icons::ICON_CLOSE.codepoint)
                    .family(egui_material_icons::icons::ICON_CLOSE.font_family()),
            )
            .frame(false);
            let response = ui.add(button).on_hover_text(dismiss_label);
            response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, dismiss_label));
            dismissed = response.clicked();
            let color = crate::theme::chrome::message_colour(ui.visuals(), message.is_error);
            ui.add(egui::Label::new(RichText::new(&message.text).color(color)).wrap());
        });
        if dismissed {
            self.message = None;
        }
    }
}
