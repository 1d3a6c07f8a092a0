//! Presenting the map to the room: first a title view (the map's title, its goal and its
//! personas in their colours), then one stage at a time — the stage being discussed framed and
//! the others dimmed; the arrow keys step on and back. The text is sized to the screen, so a
//! card reads the same from the back of the room on a laptop's projector as on a large one. The
//! view the user had while editing is kept aside and comes back when the presentation ends.

use egui::{Align2, Color32, Id, Painter, Rect, RichText, Stroke, Ui, UiBuilder};

use super::view::{View, ZOOM_RANGE};
use crate::i18n::Texts;
use crate::layout::{MapLayout, persona_names};
use crate::model::{Map, StageId};
use crate::theme;

/// What the room sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The title view: title, goal and personas.
    Title,
    /// One stage of the map.
    Stage(StageId),
}

/// A presentation under way.
#[derive(Clone, Debug)]
pub(super) struct Presentation {
    slide: Slide,
    /// The canvas the current stage was placed for; placed once per step (so the presenter can
    /// still scroll to a lane further down), and again when the canvas changes (the window goes
    /// full screen and its text grows a frame or two after the presentation starts).
    placed_for: Option<Rect>,
    /// The editing view, back when the presentation ends.
    saved: View,
    /// When the presentation was first shown (egui's clock), for the hint that fades.
    started: Option<f64>,
}

impl Presentation {
    /// A presentation starting at the title view.
    pub(super) fn new(saved: View) -> Self {
        Self {
            slide: Slide::Title,
            placed_for: None,
            saved,
            started: None,
        }
    }

    /// What is shown.
    pub(super) fn slide(&self) -> Slide {
        self.slide
    }

    /// Moves `step` slides on (negative: back), staying within the title view and the map's
    /// stages; 0 finds a stage again after the current one was deleted.
    pub(super) fn step(&mut self, map: &Map, step: isize) {
        // The title view is slide 0, stage n is slide n + 1.
        let current = match self.slide {
            Slide::Title => 0,
            Slide::Stage(id) => map
                .stages
                .iter()
                .position(|stage| stage.id == id)
                .map_or(1, |index| index as isize + 1),
        };
        let last = map.stages.len() as isize;
        let next = (current + step).clamp(0, last);
        let slide = match next {
            0 => Slide::Title,
            n => map
                .stages
                .get((n - 1) as usize)
                .map_or(Slide::Title, |stage| Slide::Stage(stage.id)),
        };
        if slide != self.slide {
            self.placed_for = None;
        }
        self.slide = slide;
    }

    /// The editing view, to put back.
    pub(super) fn into_saved_view(self) -> View {
        self.saved
    }

    /// Frames the current stage once per step: its column from the header down, at the zoom
    /// that makes a card title a fixed share of the screen's height
    /// ([`theme::PRESENTATION_LINES`]), with the stage in the middle of the screen — or, near
    /// the map's ends, the map's edge at the screen's, so no part of the screen is left empty.
    pub(super) fn place(&mut self, view: &mut View, map: &Map, layout: &MapLayout) {
        if self.placed_for == Some(view.canvas()) {
            return;
        }
        let Slide::Stage(id) = self.slide else {
            return;
        };
        let Some(index) = map.stages.iter().position(|stage| stage.id == id) else {
            return;
        };
        let Some(geometry) = layout.stages.get(index) else {
            return;
        };
        let mut column = geometry.header.union(geometry.column);
        // The band of phases above the headers is shown with the stage: it says where the
        // stage stands in the journey.
        if let Some(band) = layout.phases.first() {
            column.min.y = column.min.y.min(band.rect.top());
        }
        let canvas = view.canvas();
        if !canvas.is_positive() {
            return;
        }
        let zoom = stage_zoom(canvas, column.height() + 2.0 * theme::MARGIN);
        // Show the top of the column when it is taller than the screen.
        let shown_height = canvas.height() / zoom;
        let focus = Rect::from_center_size(
            egui::pos2(
                column.center().x,
                (column.top() - theme::MARGIN + shown_height / 2.0).min(column.center().y),
            ),
            egui::vec2(column.width(), shown_height.min(column.height())),
        );
        view.center_on(focus, zoom);
        view.keep_map_across(layout.size.x);
        self.placed_for = Some(canvas);
    }

    /// Dims every stage but the current one and frames the current one.
    pub(super) fn paint(&self, painter: &Painter, layout: &MapLayout, visible: Rect) {
        let top = layout.phases.first().map_or_else(
            || {
                layout
                    .stages
                    .first()
                    .map_or(0.0, |stage| stage.header.top())
            },
            |band| band.rect.top(),
        );
        let bottom = layout.lanes.last().map_or(top, |lane| lane.rect.bottom());
        for geometry in &layout.stages {
            let column = Rect::from_x_y_ranges(geometry.column.x_range(), top..=bottom);
            if !visible.intersects(column) {
                continue;
            }
            if Slide::Stage(geometry.id) == self.slide {
                painter.rect_stroke(
                    column.expand(3.0),
                    theme::CORNER_RADIUS,
                    Stroke::new(4.0, theme::SELECTION),
                    egui::StrokeKind::Outside,
                );
            } else {
                painter.rect_filled(column, 0.0, theme::PRESENTATION_VEIL);
            }
        }
    }

    /// Over the canvas: where the presentation is ("2 / 5") and, for its first seconds, how to
    /// step on and leave it, fading away.
    pub(super) fn overlay_ui(&mut self, ui: &Ui, canvas: Rect, map: &Map, texts: &Texts) {
        let now = ui.input(|input| input.time);
        let started = *self.started.get_or_insert(now);
        let size = canvas.height() / theme::PRESENTATION_CHROME_LINES;
        if let Slide::Stage(id) = self.slide
            && let Some(index) = map.stages.iter().position(|stage| stage.id == id)
        {
            let counter = texts.get_with(
                "present-counter",
                &[
                    ("current", (index + 1).into()),
                    ("total", map.stages.len().into()),
                ],
            );
            chrome_label(
                ui,
                "counter",
                canvas,
                Align2::RIGHT_BOTTOM,
                &counter,
                size,
                1.0,
            );
        }
        let shown_for = now - started;
        let opacity = hint_opacity(shown_for);
        if opacity > 0.0 {
            let hint = texts.get("present-hint");
            chrome_label(
                ui,
                "hint",
                canvas,
                Align2::CENTER_BOTTOM,
                &hint,
                size,
                opacity,
            );
            // Nothing changes until the hint starts fading; then it fades a frame at a time.
            let until_fading = (theme::PRESENTATION_HINT_SECONDS - shown_for).max(0.0);
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(until_fading));
        }
    }
}

/// Screen points per map point that make a card title [`theme::PRESENTATION_LINES`] times
/// smaller than the canvas is high, whatever the screen.
fn room_zoom(canvas: Rect) -> f32 {
    (canvas.height() / (theme::PRESENTATION_LINES * theme::font::BODY))
        .clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end())
}

/// The zoom a stage `column_height` map points tall is shown at: all its lanes on the screen
/// where the text stays large enough for the room, with a card title at most
/// [`theme::PRESENTATION_LINES`] and at least [`theme::PRESENTATION_MOST_LINES`] times smaller
/// than the screen is high. Both bounds and the fit grow with the screen alike, so a stage looks
/// the same on a laptop's projector as on a large screen.
fn stage_zoom(canvas: Rect, column_height: f32) -> f32 {
    // Never so small that cards lose their notes and facets to the overview's titles.
    let smallest = (canvas.height() / (theme::PRESENTATION_MOST_LINES * theme::font::BODY))
        .max(crate::paint::View::MIN_ZOOM_WITH_CARD_TEXT);
    let fit = canvas.height() / column_height.max(1.0);
    fit.clamp(smallest, room_zoom(canvas).max(smallest))
        .clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end())
}

/// How visible the hint is `seconds` after the presentation started: fully for a few seconds,
/// then fading out over one.
fn hint_opacity(seconds: f64) -> f32 {
    let fading = (seconds - theme::PRESENTATION_HINT_SECONDS).clamp(0.0, 1.0);
    #[expect(clippy::cast_possible_truncation, reason = "between 0 and 1")]
    let opacity = (1.0 - fading) as f32;
    opacity
}

/// A line of the presentation's chrome at `align` of the canvas, on a pale plate.
fn chrome_label(
    ui: &Ui,
    name: &str,
    canvas: Rect,
    align: Align2,
    text: &str,
    size: f32,
    opacity: f32,
) {
    let margin = size * 0.8;
    let offset = egui::vec2(-align.x().to_sign() * margin, -align.y().to_sign() * margin);
    egui::Area::new(Id::unique("journeymap-presentation").with(name))
        .order(egui::Order::Foreground)
        .pivot(align)
        .fixed_pos(align.pos_in_rect(&canvas) + offset)
        .interactable(false)
        .show(ui.ctx(), |ui| {
            ui.set_opacity(opacity);
            egui::Frame::new()
                .fill(theme::PRESENTATION_CHROME_FILL)
                .corner_radius(theme::CORNER_RADIUS)
                .inner_margin(egui::Margin::symmetric(
                    (size * 0.6) as i8,
                    (size * 0.3) as i8,
                ))
                .show(ui, |ui| {
                    ui.add(
                        egui::Label::new(RichText::new(text).size(size).color(theme::TEXT))
                            .extend(),
                    );
                });
        });
}

/// The title view: the map's title, its goal and its personas in the colours of their curves,
/// on the map's background, sized to the screen.
pub(super) fn title_slide_ui(ui: &mut Ui, canvas: Rect, map: &Map) {
    ui.painter().rect_filled(canvas, 0.0, theme::BACKGROUND);
    let unit = canvas.height() / theme::PRESENTATION_LINES;
    let inner = canvas.shrink2(egui::vec2(canvas.width() * 0.1, canvas.height() * 0.18));
    let personas = if map.persona.is_empty() && !map.has_several_personas() {
        Vec::new()
    } else {
        persona_names(map)
    };
    ui.scope_builder(UiBuilder::new().max_rect(inner), |ui| {
        ui.vertical(|ui| {
            ui.spacing_mut().item_spacing.y = unit;
            let kind = crate::i18n::tr(map.lang, crate::i18n::kind_id(map.kind));
            ui.label(RichText::new(kind).size(unit).color(theme::TEXT_MUTED));
            ui.add(
                egui::Label::new(
                    RichText::new(&map.title)
                        .size(unit * theme::PRESENTATION_TITLE_SCALE)
                        .strong()
                        .color(theme::TEXT),
                )
                .wrap(),
            );
            if !map.goal.trim().is_empty() {
                let goal = format!("{}: {}", crate::i18n::tr(map.lang, "map-goal"), map.goal);
                ui.add(
                    egui::Label::new(RichText::new(goal).size(unit * 1.2).color(theme::TEXT))
                        .wrap(),
                );
            }
            for (index, (_, name)) in personas.iter().enumerate() {
                persona_line_ui(ui, name, theme::persona_color(index), unit * 1.2);
            }
        });
    });
}

/// One persona of the title view: a square in its colour, then its name.
fn persona_line_ui(ui: &mut Ui, name: &str, color: Color32, size: f32) {
    ui.horizontal(|ui| {
        let (square, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
        ui.painter()
            .rect_filled(square.shrink(size * 0.1), 3.0, color);
        ui.label(RichText::new(name).size(size).color(theme::TEXT));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_title_is_the_same_share_of_any_screen() {
        let laptop = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(819.0, 512.0));
        let hd = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1136.0, 639.0));
        for canvas in [laptop, hd] {
            let title = theme::font::BODY * room_zoom(canvas);
            let share = title / canvas.height();
            assert!(
                (share - 1.0 / theme::PRESENTATION_LINES).abs() < 1e-4,
                "{share}"
            );
        }
    }

    #[test]
    fn a_stage_shows_all_its_lanes_while_its_text_stays_large_enough() {
        let hd = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1920.0, 1080.0));
        let laptop = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1024.0, 640.0));
        for canvas in [hd, laptop] {
            // A short stage is shown at the room's text size.
            assert!((stage_zoom(canvas, 200.0) - room_zoom(canvas)).abs() < 1e-4);
            // A stage of seven lanes, 600 points tall, fits the screen from header to bottom.
            let zoom = stage_zoom(canvas, 600.0);
            assert!(600.0 * zoom <= canvas.height() + 0.5, "{zoom}");
            assert!(zoom < room_zoom(canvas));
            // A very tall one is not made unreadable: its top is shown at the smallest size,
            // with the cards' whole text.
            let zoom = stage_zoom(canvas, 5_000.0);
            let title = theme::font::BODY * zoom;
            assert!(canvas.height() / title <= theme::PRESENTATION_MOST_LINES + 0.01);
            assert!(crate::paint::View::shows_text_at(zoom));
        }
        // The same share of the screen on both.
        let share = |canvas: Rect| 600.0 * stage_zoom(canvas, 600.0) / canvas.height();
        assert!((share(hd) - share(laptop)).abs() < 1e-4);
    }

    #[test]
    fn the_hint_shows_then_fades_away() {
        assert!((hint_opacity(0.0) - 1.0).abs() < f32::EPSILON);
        let fading = hint_opacity(theme::PRESENTATION_HINT_SECONDS + 0.5);
        assert!(fading > 0.0 && fading < 1.0);
        assert!(hint_opacity(theme::PRESENTATION_HINT_SECONDS + 1.0) <= 0.0);
    }
}
