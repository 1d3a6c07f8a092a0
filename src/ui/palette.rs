//! The touchpoint palette: the starter touchpoints grouped by kind of channel, with a search
//! box, and a field for a touchpoint of one's own. Entries are dragged onto the canvas, or
//! clicked (or chosen with Tab and Enter) to add them to the stage of the selected card.
//!
//! An entry stays where it is while it is dragged, dimmed, and a copy follows the pointer: the
//! list never reflows under the user's hand.

use egui::{Button, DragAndDrop, Id, LayerId, Order, RichText, Sense, Ui};

use super::find;
use crate::i18n::{self, Texts};
use crate::model::{Channel, ChannelCategory, Lang, Setting};
use crate::paint::channel_icon;

/// What is being dragged out of the palette: a channel and the title the new card gets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaletteItem {
    /// The channel.
    pub channel: Channel,
    /// The card title.
    pub title: String,
    /// Online or offline, when the user said (or the palette guessed) it for a touchpoint of
    /// their own; `None` takes the channel's usual setting.
    pub setting: Option<Setting>,
}

/// The palette's own state: the search text and the custom touchpoint's name.
#[derive(Debug, Default)]
pub struct Palette {
    search: String,
    custom: String,
    /// Online or offline as the user chose it for their own touchpoint; `None` while the
    /// palette's guess from the name stands.
    custom_setting: Option<Setting>,
}

/// Everything a channel is found by, folded: its name and keywords in both languages, so
/// "consult" finds the sales conversation and "whatsapp" the messenger chat in either editor.
fn haystack(channel: Channel) -> String {
    let id = i18n::channel_id(channel);
    let mut haystack = String::new();
    for lang in Lang::ALL {
        let texts = i18n::texts(lang);
        haystack.push_str(&texts.get(id));
        haystack.push(' ');
        if let Some(keywords) = texts.attribute(id, "keywords") {
            haystack.push_str(&keywords);
            haystack.push(' ');
        }
    }
    find::fold(&haystack)
}

impl Palette {
    /// Shows the palette; returns the entry clicked, to be added to the selected card's stage.
    pub fn ui(&mut self, ui: &mut Ui, texts: &Texts) -> Option<PaletteItem> {
        let mut clicked = None;
        ui.heading(texts.get("palette-title"));
        ui.label(RichText::new(texts.get("palette-drag-hint")).weak());
        let search_hint = texts.get("palette-search");
        ui.add(
            egui::TextEdit::singleline(&mut self.search)
                .hint_text(&search_hint)
                .desired_width(f32::INFINITY),
        )
        .accessible_name(search_hint);
        ui.add_space(4.0);
        clicked = clicked.or(self.custom_ui(ui, texts));
        ui.separator();
        let words = find::words(&self.search);
        let found: Vec<Channel> = Channel::ALL
            .into_iter()
            .filter(|&channel| channel != Channel::Custom)
            .filter(|&channel| find::matches(&words, &haystack(channel)))
            .collect();
        let listed = egui::ScrollArea::vertical().show(ui, |ui| {
            let mut clicked = None;
            if found.is_empty() {
                clicked = self.nothing_found_ui(ui, texts);
            }
            let mut category = None;
            for channel in found {
                if category != Some(channel.category()) {
                    category = Some(channel.category());
                    category_heading(ui, texts, channel.category());
                }
                let name = texts.get(i18n::channel_id(channel));
                let item = PaletteItem {
                    channel,
                    title: name.clone(),
                    setting: None,
                };
                clicked = clicked.or(entry_ui(ui, item, &name));
            }
            clicked
        });
        clicked.or(listed.inner)
    }

    /// The search found no channel: it says so, and offers what was typed as the user's own
    /// touchpoint, online or offline as its name suggests.
    fn nothing_found_ui(&self, ui: &mut Ui, texts: &Texts) -> Option<PaletteItem> {
        let typed = self.search.trim();
        ui.add_space(6.0);
        ui.label(texts.get_with("palette-nothing-found", &[("query", typed.into())]));
        let item = PaletteItem {
            channel: Channel::Custom,
            title: typed.to_owned(),
            setting: Some(Setting::guess(typed)),
        };
        let offer = texts.get_with("palette-add-as-own", &[("name", typed.into())]);
        entry_ui(ui, item, &offer)
    }

    fn custom_ui(&mut self, ui: &mut Ui, texts: &Texts) -> Option<PaletteItem> {
        let custom_hint = texts.get("palette-custom");
        ui.add(
            egui::TextEdit::singleline(&mut self.custom)
                .hint_text(&custom_hint)
                .desired_width(f32::INFINITY),
        )
        .accessible_name(custom_hint);
        let title = self.custom.trim().to_owned();
        if title.is_empty() {
            self.custom_setting = None;
            ui.label(texts.get("palette-custom-hint"));
            return None;
        }
        let guessed = Setting::guess(&title);
        let mut setting = self.custom_setting.unwrap_or(guessed);
        ui.horizontal(|ui| {
            for choice in Setting::ALL {
                let chosen =
                    ui.radio_value(&mut setting, choice, texts.get(i18n::setting_id(choice)));
                if chosen.clicked() {
                    self.custom_setting = Some(choice);
                }
            }
        });
        if self.custom_setting.is_none() {
            ui.label(RichText::new(texts.get("palette-custom-guessed")).weak());
        }
        let item = PaletteItem {
            channel: Channel::Custom,
            title: title.clone(),
            setting: Some(setting),
        };
        entry_ui(ui, item, &title)
    }
}

fn category_heading(ui: &mut Ui, texts: &Texts, category: ChannelCategory) {
    ui.add_space(6.0);
    ui.label(RichText::new(texts.get(i18n::category_id(category))).strong());
}

/// One entry: icon and `title` (the item's own title, or an offer such as "Add … as your own
/// touchpoint"). Dragged, it carries its touchpoint to the canvas; clicked, it is returned.
fn entry_ui(ui: &mut Ui, item: PaletteItem, title: &str) -> Option<PaletteItem> {
    let channel = item.channel;
    let id = Id::unique(("journeymap-palette", channel, title));
    let dragged = ui.ctx().is_being_dragged(id);
    let icon = RichText::new(channel_icon(channel))
        .family(egui::FontFamily::Name(
            egui_material_icons::FONT_FAMILY.into(),
        ))
        .size(16.0);
    let mut label = RichText::new(title);
    if dragged {
        label = label.weak();
    }
    let response = ui.push_id(id, |ui| {
        ui.add(
            Button::new((icon.clone(), label))
                .frame(false)
                .sense(Sense::click_and_drag()),
        )
    });
    let response = response.inner;
    // The icon is a glyph of the icon font; assistive technology gets the name alone.
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, title));
    if response.drag_started() {
        DragAndDrop::set_payload(ui.ctx(), item.clone());
    }
    if response.dragged()
        && let Some(pointer) = ui.ctx().pointer_interact_pos()
    {
        // The copy under the pointer, above everything, like a card picked up.
        let painter = ui
            .ctx()
            .layer_painter(LayerId::new(Order::Tooltip, id.with("ghost")));
        let galley = painter.layout_no_wrap(
            title.to_owned(),
            egui::FontId::new(15.0, egui::FontFamily::Proportional),
            ui.visuals().strong_text_color(),
        );
        let icon_width = 22.0;
        let rect = egui::Align2::LEFT_CENTER
            .anchor_size(
                pointer + egui::vec2(14.0, 0.0),
                galley.size() + egui::vec2(icon_width, 0.0),
            )
            .expand(6.0);
        painter.rect_filled(rect, 6.0, ui.visuals().window_fill);
        painter.text(
            rect.left_center() + egui::vec2(6.0 + icon_width / 2.0, 0.0),
            egui::Align2::CENTER_CENTER,
            channel_icon(channel),
            egui::FontId::new(
                16.0,
                egui::FontFamily::Name(egui_material_icons::FONT_FAMILY.into()),
            ),
            ui.visuals().strong_text_color(),
        );
        painter.galley(
            rect.min + egui::vec2(6.0 + icon_width, 6.0),
            galley,
            ui.visuals().text_color(),
        );
        ui.ctx().set_cursor_icon(egui::CursorIcon::Grabbing);
    }
    response.clicked().then_some(item)
}
