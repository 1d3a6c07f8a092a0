//! The start screen: a new map of one of the four kinds (each with a small preview and what it
//! is for) or of one of the user's own templates, a bundled example, or a recently opened file.

use std::path::PathBuf;

use egui::{Color32, Rect, RichText, Sense, Stroke, Ui, Vec2, pos2, vec2};

use super::recent::RecentMaps;
use crate::file::user_templates::Listed;
use crate::i18n::{self, Texts};
use crate::model::{LaneKind, Lang, Map, MapKind};
use crate::theme;

/// The bundled examples, compiled in so they open from any folder: (file name, contents).
pub const EXAMPLES: [(&str, &str); 4] = [
    (
        "fitness-studio-current-state.ron",
        include_str!("../../assets/examples/fitness-studio-current-state.ron"),
    ),
    (
        "baeckerei-tag-im-leben.ron",
        include_str!("../../assets/examples/baeckerei-tag-im-leben.ron"),
    ),
    (
        "bike-repair-online-booking-future-state.ron",
        include_str!("../../assets/examples/bike-repair-online-booking-future-state.ron"),
    ),
    (
        "sanitaer-reparaturtermin-service-blueprint.ron",
        include_str!("../../assets/examples/sanitaer-reparaturtermin-service-blueprint.ron"),
    ),
];

/// The bundled examples, read once: the start screen is drawn every frame.
fn examples() -> &'static [Map] {
    static EXAMPLE_MAPS: std::sync::OnceLock<Vec<Map>> = std::sync::OnceLock::new();
    EXAMPLE_MAPS.get_or_init(|| {
        EXAMPLES
            .iter()
            .filter_map(|(_, source)| crate::file::from_ron(source.as_bytes()).ok())
            .collect()
    })
}

/// The template of `kind` in `lang`, read once, for the tiles' previews.
fn template(kind: MapKind, lang: Lang) -> Option<&'static Map> {
    type Templates = Vec<((MapKind, Lang), Map)>;
    static TEMPLATES: std::sync::OnceLock<Templates> = std::sync::OnceLock::new();
    TEMPLATES
        .get_or_init(|| {
            MapKind::ALL
                .into_iter()
                .flat_map(|kind| Lang::ALL.into_iter().map(move |lang| (kind, lang)))
                .filter_map(|key| Some((key, crate::file::template(key.0, key.1).ok()?)))
                .collect()
        })
        .iter()
        .find(|(key, _)| *key == (kind, lang))
        .map(|(_, map)| map)
}

/// What the user picked on the start screen.
pub enum StartChoice {
    /// A new map of this kind.
    New(MapKind),
    /// A bundled example (already parsed).
    Example(Box<Map>),
    /// A recent file.
    Recent(PathBuf),
    /// Take this file off the recent maps.
    Forget(PathBuf),
    /// A new map from the user's template in this file.
    Template(PathBuf),
    /// Ask for a new name for the user's template in this file (called so).
    RenameTemplate(PathBuf, String),
    /// Ask whether to delete the user's template in this file (called so).
    DeleteTemplate(PathBuf, String),
}

/// Shows the start screen; returns the user's choice.
pub fn start_ui(
    ui: &mut Ui,
    texts: &Texts,
    lang: Lang,
    recent: &mut RecentMaps,
    templates: &[Listed],
) -> Option<StartChoice> {
    let mut choice = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(24.0);
        ui.heading(RichText::new(texts.get("start-title")).size(26.0));
        ui.label(texts.get("start-subtitle"));
        ui.add_space(16.0);
        ui.strong(texts.get("start-new"));
        // Four columns that share the window's width, so all four kinds fit side by side.
        ui.columns(MapKind::ALL.len(), |columns| {
            for (column, kind) in columns.iter_mut().zip(MapKind::ALL) {
                if kind_tile(column, texts, kind, lang) {
                    choice = Some(StartChoice::New(kind));
                }
            }
        });
        ui.add_space(16.0);
        ui.strong(texts.get("start-templates"));
        if templates.is_empty() {
            ui.label(RichText::new(texts.get("start-templates-none")).weak());
        }
        if let Some(picked) = templates_ui(ui, texts, templates) {
            choice = Some(picked);
        }
        ui.add_space(16.0);
        ui.strong(texts.get("start-examples"));
        // The examples in the editor's language first: a German workshop opens the bakery.
        let (own, other): (Vec<&Map>, Vec<&Map>) =
            examples().iter().partition(|map| map.lang == lang);
        for map in own.into_iter().chain(other) {
            let kind = texts.get(i18n::kind_id(map.kind));
            if ui.link(format!("{} — {kind}", map.title)).clicked() {
                choice = Some(StartChoice::Example(Box::new(map.clone())));
            }
        }
        ui.add_space(16.0);
        ui.strong(texts.get("start-recent"));
        if recent.maps().is_empty() {
            ui.label(RichText::new(texts.get("start-recent-none")).weak());
        }
        if let Some(picked) = recent_ui(ui, texts, recent) {
            choice = Some(picked);
        }
    });
    choice
}

/// The recent maps, newest first: title, kind and folder; a missing file is marked and can be
/// taken off the list.
fn recent_ui(ui: &mut Ui, texts: &Texts, recent: &mut RecentMaps) -> Option<StartChoice> {
    let mut choice = None;
    let missing = recent.missing().to_vec();
    egui::Grid::new("journeymap-recent")
        .num_columns(4)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            for (map, missing) in recent.maps().iter().zip(missing) {
                let title = if map.title.trim().is_empty() {
                    map.file_name()
                } else {
                    map.title.clone()
                };
                let open = ui
                    .add_enabled(!missing, egui::Link::new(RichText::new(&title).strong()))
                    .on_hover_text(map.path.display().to_string());
                if open.clicked() {
                    choice = Some(StartChoice::Recent(map.path.clone()));
                }
                let kind = map
                    .kind
                    .map(|kind| texts.get(i18n::kind_id(kind)))
                    .unwrap_or_default();
                ui.label(RichText::new(kind).weak());
                if missing {
                    ui.label(
                        RichText::new(
                            texts.get_with(
                                "start-recent-missing",
                                &[("folder", map.folder().into())],
                            ),
                        )
                        .color(ui.visuals().warn_fg_color),
                    );
                } else {
                    ui.label(RichText::new(map.folder()).weak().small());
                }
                let forget = texts.get_with("start-recent-forget", &[("title", title.into())]);
                let button = egui::Button::new(
                    RichText::new(egui_material_icons::icons::ICON_CLOSE.codepoint)
                        .family(egui_material_icons::icons::ICON_CLOSE.font_family()),
                )
                .frame(false);
                let response = ui.add(button).on_hover_text(&forget);
                response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &forget));
                if response.clicked() {
                    choice = Some(StartChoice::Forget(map.path.clone()));
                }
                ui.end_row();
            }
        });
    choice
}

/// The user's templates, by name: each starts a new map, and can be renamed or deleted. A file
/// that cannot be read is greyed, with the reason, and can be deleted.
fn templates_ui(ui: &mut Ui, texts: &Texts, templates: &[Listed]) -> Option<StartChoice> {
    let mut choice = None;
    egui::Grid::new("journeymap-user-templates")
        .num_columns(4)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            for listed in templates {
                let name = &listed.name;
                match &listed.kind {
                    Ok(kind) => {
                        let open = ui
                            .link(RichText::new(name).strong())
                            .on_hover_text(listed.path.display().to_string());
                        if open.clicked() {
                            choice = Some(StartChoice::Template(listed.path.clone()));
                        }
                        ui.label(RichText::new(texts.get(i18n::kind_id(*kind))).weak());
                    }
                    Err(error) => {
                        ui.add_enabled(false, egui::Label::new(RichText::new(name).strong()))
                            .on_disabled_hover_text(listed.path.display().to_string());
                        // Wrapped, so a long reason leaves Delete on screen.
                        ui.vertical(|ui| {
                            ui.set_max_width(theme::START_REASON_WIDTH);
                            ui.add(
                                egui::Label::new(
                                    RichText::new(i18n::files::file_error(texts, error))
                                        .color(ui.visuals().warn_fg_color)
                                        .small(),
                                )
                                .wrap(),
                            );
                        });
                    }
                }
                ui.horizontal(|ui| {
                    if listed.kind.is_ok()
                        && icon_button(
                            ui,
                            egui_material_icons::icons::ICON_EDIT,
                            &texts.get_with("start-template-rename", &[("name", name.into())]),
                        )
                    {
                        choice = Some(StartChoice::RenameTemplate(
                            listed.path.clone(),
                            name.clone(),
                        ));
                    }
                    if icon_button(
                        ui,
                        egui_material_icons::icons::ICON_DELETE,
                        &texts.get_with("start-template-delete", &[("name", name.into())]),
                    ) {
                        choice = Some(StartChoice::DeleteTemplate(
                            listed.path.clone(),
                            name.clone(),
                        ));
                    }
                });
                ui.end_row();
            }
        });
    choice
}

/// A frameless icon button whose hover text and accessible name is `label`.
fn icon_button(ui: &mut Ui, icon: egui_material_icons::MaterialIcon, label: &str) -> bool {
    let button =
        egui::Button::new(RichText::new(icon.codepoint).family(icon.font_family())).frame(false);
    let response = ui.add(button).on_hover_text(label);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    response.clicked()
}

/// A clickable tile: the kind's name, a sketch of its lanes and what it is for.
fn kind_tile(ui: &mut Ui, texts: &Texts, kind: MapKind, lang: Lang) -> bool {
    let name = texts.get(i18n::kind_id(kind));
    let about = texts.get(i18n::kind_about_id(kind));
    let frame = egui::Frame::group(ui.style()).inner_margin(10.0);
    let response = frame
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.strong(&name);
            if let Some(template) = template(kind, lang) {
                preview(ui, template);
            }
            // Body size in the text colour, ragged right: the columns lay out justified,
            // which would stretch the spaces of a wrapped description.
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                ui.add(
                    egui::Label::new(RichText::new(about).color(ui.visuals().text_color())).wrap(),
                );
            });
        })
        .response;
    let response = ui.interact(response.rect, response.id.with("tile"), Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    response.clicked()
}

/// A small drawing of a template's lanes, in the colours the map will have.
fn preview(ui: &mut Ui, map: &Map) {
    let width = ui.available_width().clamp(120.0, 260.0);
    let (rect, _) = ui.allocate_exact_size(vec2(width, width * 0.42), Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 4.0, theme::BACKGROUND);
    let header = Rect::from_min_size(rect.min, vec2(rect.width(), 10.0));
    painter.rect_filled(header, 2.0, theme::STAGE_HEADER);
    let lanes = map.lanes.len().max(1) as f32;
    let lane_height = (rect.height() - 12.0) / lanes;
    for (index, lane) in map.lanes.iter().enumerate() {
        let top = rect.top() + 12.0 + index as f32 * lane_height;
        let row = Rect::from_min_size(pos2(rect.left(), top), vec2(rect.width(), lane_height));
        match &lane.kind {
            LaneKind::Divider(_) => {
                painter.hline(
                    row.x_range(),
                    row.center().y,
                    Stroke::new(1.0, theme::DIVIDER),
                );
            }
            LaneKind::Emotion { .. } => {
                let points: Vec<_> = (0..=8)
                    .map(|i| {
                        let t = i as f32 / 8.0;
                        pos2(
                            row.left() + t * row.width(),
                            row.center().y + (t * 7.0).sin() * row.height() * 0.3,
                        )
                    })
                    .collect();
                painter.line(points, Stroke::new(1.5, theme::EMOTION_LINE));
            }
            LaneKind::Touchpoints => sticky_notes(&painter, row, theme::TOUCHPOINT_FILL),
            LaneKind::Text(role) => sticky_notes(&painter, row, theme::text_card_fill(*role)),
        }
    }
    painter.rect_stroke(
        rect,
        4.0,
        Stroke::new(1.0, theme::OUTLINE),
        egui::StrokeKind::Inside,
    );
}

fn sticky_notes(painter: &egui::Painter, row: Rect, fill: Color32) {
    let size = Vec2::new(row.width() / 5.0 - 6.0, (row.height() - 3.0).max(1.0));
    for column in 0..5 {
        let min = pos2(
            row.left() + 3.0 + column as f32 * row.width() / 5.0,
            row.top() + 1.5,
        );
        painter.rect(
            Rect::from_min_size(min, size),
            1.5,
            fill,
            Stroke::new(0.5, theme::OUTLINE),
            egui::StrokeKind::Inside,
        );
    }
}
