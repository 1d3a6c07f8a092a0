//! The editor's chrome around the map — panels, menus, dialogs, the start screen — in a light
//! and a dark version.
//!
//! The map itself is always light (it is drawn for slides). The light chrome is made to sit
//! beside it: the panels a quiet blue-grey a step darker than the map's off-white, the accents
//! in the navy of the stage headers, so nothing competes with the map on a projector. The dark
//! chrome is egui's dark theme with the same accents, for a dim room or a user who prefers it.

use egui::{Color32, Stroke, Visuals};

use super::{BACKGROUND, OUTLINE, STAGE_HEADER, TEXT, TEXT_MUTED};

/// Which chrome the editor shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Appearance {
    /// Light or dark as the operating system is set.
    #[default]
    System,
    /// The light chrome.
    Light,
    /// The dark chrome.
    Dark,
}

impl Appearance {
    /// Every choice, in the order the View menu lists them.
    pub const ALL: [Self; 3] = [Self::System, Self::Light, Self::Dark];

    /// The choice as egui takes it.
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Self::System => egui::ThemePreference::System,
            Self::Light => egui::ThemePreference::Light,
            Self::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// Panels, menus and dialogs of the light chrome.
const LIGHT_PANEL: Color32 = Color32::from_rgb(0xEC, 0xEF, 0xF2);
/// Windows and menus of the light chrome: the map's own off-white.
const LIGHT_WINDOW: Color32 = BACKGROUND;
/// Behind text fields and lists in the light chrome.
const LIGHT_FIELD: Color32 = Color32::WHITE;
/// Hovered buttons and rows of the light chrome.
const LIGHT_HOVER: Color32 = Color32::from_rgb(0xDD, 0xE3, 0xEA);
/// Inactive buttons of the light chrome.
const LIGHT_BUTTON: Color32 = Color32::from_rgb(0xE1, 0xE6, 0xEC);
/// Selected items: a light tint of the stage headers' navy.
const LIGHT_SELECTION: Color32 = Color32::from_rgb(0xC8, 0xD7, 0xEA);
/// Links in the light chrome.
const LIGHT_LINK: Color32 = Color32::from_rgb(0x1E, 0x5C, 0xB3);
/// Error messages in the light chrome: a red dark enough to read on the panels (egui's own is
/// a bright red that does not).
const LIGHT_ERROR: Color32 = Color32::from_rgb(0xB0, 0x1C, 0x1C);
/// Error messages in the dark chrome: a light red (egui's pure red is too dark on its panels).
const DARK_ERROR: Color32 = Color32::from_rgb(0xFF, 0x7A, 0x7A);
/// Selected items in the dark chrome: the stage headers' navy, lifted.
const DARK_SELECTION: Color32 = Color32::from_rgb(0x2F, 0x55, 0x82);
/// Links in the dark chrome.
const DARK_LINK: Color32 = Color32::from_rgb(0x8E, 0xB8, 0xF0);

/// The light chrome.
pub fn light() -> Visuals {
    let mut visuals = Visuals::light();
    visuals.panel_fill = LIGHT_PANEL;
    visuals.window_fill = LIGHT_WINDOW;
    visuals.extreme_bg_color = LIGHT_FIELD;
    visuals.faint_bg_color = LIGHT_HOVER;
    visuals.code_bg_color = LIGHT_HOVER;
    visuals.window_stroke = Stroke::new(1.0, OUTLINE);
    visuals.hyperlink_color = LIGHT_LINK;
    visuals.selection.bg_fill = LIGHT_SELECTION;
    visuals.selection.stroke = Stroke::new(1.0, STAGE_HEADER);
    visuals.override_text_color = None;
    visuals.error_fg_color = LIGHT_ERROR;
    let widgets = &mut visuals.widgets;
    widgets.noninteractive.bg_fill = LIGHT_PANEL;
    widgets.noninteractive.weak_bg_fill = LIGHT_PANEL;
    widgets.noninteractive.bg_stroke = Stroke::new(1.0, OUTLINE);
    widgets.noninteractive.fg_stroke = Stroke::new(1.0, TEXT);
    widgets.inactive.bg_fill = LIGHT_BUTTON;
    widgets.inactive.weak_bg_fill = LIGHT_BUTTON;
    widgets.inactive.fg_stroke = Stroke::new(1.0, TEXT);
    widgets.hovered.bg_fill = LIGHT_HOVER;
    widgets.hovered.weak_bg_fill = LIGHT_HOVER;
    widgets.hovered.bg_stroke = Stroke::new(1.0, TEXT_MUTED);
    widgets.active.bg_fill = LIGHT_SELECTION;
    widgets.active.weak_bg_fill = LIGHT_SELECTION;
    widgets.open.weak_bg_fill = LIGHT_HOVER;
    visuals
}

/// The dark chrome.
pub fn dark() -> Visuals {
    let mut visuals = Visuals::dark();
    visuals.hyperlink_color = DARK_LINK;
    visuals.selection.bg_fill = DARK_SELECTION;
    visuals.error_fg_color = DARK_ERROR;
    visuals
}

/// The colour of a status-bar message on the panels: the text colour, not a faded one (a
/// message is there to be read), and for an error the chrome's error red.
pub fn message_colour(visuals: &Visuals, is_error: bool) -> Color32 {
    if is_error {
        visuals.error_fg_color
    } else {
        visuals.text_color()
    }
}

/// Gives `ctx` both chromes and picks one by `appearance`.
pub fn install(ctx: &egui::Context, appearance: Appearance) {
    ctx.set_visuals_of(egui::Theme::Light, light());
    ctx.set_visuals_of(egui::Theme::Dark, dark());
    ctx.set_theme(appearance.preference());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Relative luminance contrast (WCAG) of two opaque colours.
    fn contrast(a: Color32, b: Color32) -> f32 {
        let luminance = |c: Color32| {
            let channel = |v: u8| {
                let v = f32::from(v) / 255.0;
                if v <= 0.039_28 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
        };
        let (l1, l2) = (luminance(a), luminance(b));
        (l1.max(l2) + 0.05) / (l1.min(l2) + 0.05)
    }

    /// Text stays readable on every surface of both chromes (WCAG AA: 4.5 for body text):
    /// labels on panels, windows and fields, a button's text on the button in each state, a
    /// selected item's text on the selection, links on panels, the status bar's messages.
    #[test]
    fn text_reads_on_every_surface_of_both_chromes() {
        for visuals in [light(), dark()] {
            let text = visuals.text_color();
            let widgets = &visuals.widgets;
            let pairs = [
                (text, visuals.panel_fill),
                (text, visuals.window_fill),
                (text, visuals.extreme_bg_color),
                (
                    widgets.inactive.fg_stroke.color,
                    widgets.inactive.weak_bg_fill,
                ),
                (
                    widgets.hovered.fg_stroke.color,
                    widgets.hovered.weak_bg_fill,
                ),
                (widgets.active.fg_stroke.color, widgets.active.weak_bg_fill),
                (visuals.selection.stroke.color, visuals.selection.bg_fill),
                (visuals.hyperlink_color, visuals.panel_fill),
                (message_colour(&visuals, false), visuals.panel_fill),
                (message_colour(&visuals, true), visuals.panel_fill),
            ];
            for (front, back) in pairs {
                assert!(
                    contrast(front, back) >= 4.5,
                    "{front:?} on {back:?}: {:.2}",
                    contrast(front, back)
                );
            }
        }
    }

    #[test]
    fn the_light_chrome_is_light_and_the_dark_one_dark() {
        assert!(!light().dark_mode);
        assert!(dark().dark_mode);
        assert!(
            contrast(light().panel_fill, Color32::BLACK)
                > contrast(dark().panel_fill, Color32::BLACK)
        );
    }
}
