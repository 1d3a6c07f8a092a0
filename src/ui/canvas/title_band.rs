//! The map's title and goal, edited where they are shown: double-click the title band and type.
//! Enter (or a click elsewhere) keeps both as one change of the map — one undo step — and Esc
//! throws the typing away. Tab goes from the title to the goal.

use egui::{Id, Key, KeyboardShortcut, Modifiers, Rect, Sense, TextEdit, Ui, vec2};

use super::Frame;
use crate::edit::Edit;
use crate::layout::{MapLayout, TextStyle};
use crate::model::Map;
use crate::{paint, theme};

/// Which field takes the keyboard first.
const TITLE_FIELD: &str = "journeymap-title-field";
const GOAL_FIELD: &str = "journeymap-goal-field";

/// How an edit of the title band ended, if it did.
pub(super) enum TitleEnd {
    /// Still typing.
    Typing,
    /// Kept: the change of the map, if anything changed.
    Done(Option<Box<Edit>>),
    /// Thrown away.
    Cancelled,
}

/// The title and goal being typed.
#[derive(Debug)]
pub(super) struct TitleEditor {
    title: String,
    goal: String,
    /// One of the fields has had the keyboard: when neither has it any more, the user clicked
    /// elsewhere, and the typing is kept.
    had_focus: bool,
}

/// Whether the title band was double-clicked this frame. Only a click is sensed, so dragging
/// the band still pans the map.
pub(super) fn double_clicked(ui: &Ui, layout: &MapLayout) -> bool {
    let response = ui.interact(
        layout.title.rect,
        Id::unique("journeymap-title-band"),
        Sense::click(),
    );
    response.double_clicked()
}

impl TitleEditor {
    /// Starts editing `map`'s title and goal.
    pub(super) fn open(map: &Map) -> Self {
        Self {
            title: map.title.clone(),
            goal: map.goal.clone(),
            had_focus: false,
        }
    }

    /// The two fields over the title and goal in the band.
    pub(super) fn ui(&mut self, ui: &mut Ui, frame: &Frame<'_>) -> TitleEnd {
        let (map, layout) = (frame.map, frame.layout);
        let (title_rect, goal_rect) = field_rects(layout);
        let area = title_rect.union(goal_rect).expand(4.0);
        ui.painter()
            .rect_filled(area, theme::CORNER_RADIUS, theme::TITLE_BAND);
        ui.painter().rect_stroke(
            area,
            theme::CORNER_RADIUS,
            egui::Stroke::new(1.5, theme::SELECTION),
            egui::StrokeKind::Outside,
        );
        let title_id = Id::unique(TITLE_FIELD);
        let title = ui.put(
            title_rect,
            TextEdit::singleline(&mut self.title)
                .id(title_id)
                .font(paint::font_id(TextStyle::Title))
                .text_color(theme::TEXT)
                .frame(egui::Frame::NONE)
                .margin(egui::Margin::ZERO)
                .desired_width(title_rect.width()),
        );
        let title = title.accessible_name(frame.texts.get("info-map-title"));
        super::a11y::place_on_screen(ui, &title);
        let goal = ui.put(
            goal_rect,
            TextEdit::multiline(&mut self.goal)
                .id(Id::unique(GOAL_FIELD))
                .font(paint::font_id(TextStyle::Body))
                .text_color(theme::TEXT)
                .hint_text(frame.texts.get("info-goal"))
                .frame(egui::Frame::NONE)
                .margin(egui::Margin::ZERO)
                .desired_rows(2)
                .desired_width(goal_rect.width())
                .return_key(KeyboardShortcut::new(Modifiers::SHIFT, Key::Enter)),
        );
        let goal = goal.accessible_name(frame.texts.get("info-goal"));
        super::a11y::place_on_screen(ui, &goal);
        paint_hint(ui, frame, area);
        if !self.had_focus {
            title.request_focus();
        }
        let focused = title.has_focus() || goal.has_focus();
        let lost = self.had_focus && !focused;
        self.had_focus |= focused;
        let (enter, escape) = ui.input(|input| {
            (
                input.key_pressed(Key::Enter) && !input.modifiers.shift,
                input.key_pressed(Key::Escape),
            )
        });
        if escape {
            TitleEnd::Cancelled
        } else if enter || lost {
            TitleEnd::Done(self.edit(map).map(Box::new))
        } else {
            TitleEnd::Typing
        }
    }

    /// The change of the map the typing makes, if any: a title left empty stays as it was.
    fn edit(&self, map: &Map) -> Option<Edit> {
        let title = match self.title.trim() {
            "" => map.title.clone(),
            typed => typed.to_owned(),
        };
        let goal = self.goal.trim().to_owned();
        (title != map.title || goal != map.goal).then(|| Edit::SetInfo {
            title,
            goal,
            persona: map.persona.clone(),
        })
    }
}

/// Where the title and the goal are typed: over the band's title, and over its goal line (or,
/// on a map without a goal yet, two lines below the title).
fn field_rects(layout: &MapLayout) -> (Rect, Rect) {
    let texts = &layout.title.texts;
    let title = texts
        .iter()
        .find(|text| text.style == TextStyle::Title)
        .map_or_else(
            || {
                let band = layout.title.rect.shrink(20.0);
                Rect::from_min_size(band.min, vec2(band.width(), TextStyle::Title.size() * 1.3))
            },
            |text| text.rect,
        );
    let two_lines = 2.0 * 1.3 * TextStyle::Body.size();
    let goal = texts
        .iter()
        .skip_while(|text| text.style != TextStyle::Title)
        .nth(1)
        .filter(|text| text.style == TextStyle::Body)
        .map_or_else(
            || {
                Rect::from_min_size(
                    title.left_bottom() + vec2(0.0, 8.0),
                    vec2(title.width(), two_lines),
                )
            },
            |text| {
                text.rect.union(Rect::from_min_size(
                    text.rect.min,
                    vec2(text.rect.width(), two_lines),
                ))
            },
        );
    (title, goal)
}

/// "Enter keeps · Esc cancels", muted, under the fields.
fn paint_hint(ui: &Ui, frame: &Frame<'_>, area: Rect) {
    ui.painter().text(
        area.left_bottom() + vec2(0.0, 4.0),
        egui::Align2::LEFT_TOP,
        frame.texts.get("canvas-edit-title-hint"),
        paint::font_id(TextStyle::Small),
        theme::HINT,
    );
}
