//! The touchpoint palette: the starter touchpoints grouped by kind of channel, with a search
//! box, and a field for a touchpoint of one's own. Entries are dragged onto the canvas, or
//! clicked (or chosen with Tab and Enter) to add them to the stage of the selected card.
//!
//! An entry stays where it is while it is dragged, dimmed, and a copy follows the pointer: the
//! list never reflows under the user's hand.

use egui::{Button, DragAndDrop, Id, LayerId, Order, RichText, Sense, Ui};

use crate::i18n::{self, Texts};
use crate::model::{Channel, ChannelCategory};
use crate::paint::channel_icon;

/// What is being dragged out of the palette: a channel and the title the new card gets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaletteItem {
    /// The channel.
    pub channel: Channel,
    /// The card title.
    pub title: String,
}

/// The palette's own state: the search text and the custom touchpoint's name.
#[derive(Debug, Default)]
pub struct Palette {
    search: String,
    custom: String,
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
        let search = self.search.trim().to_lowercase();
        let listed = egui::ScrollArea::vertical().show(ui, |ui| {
            let mut clicked = None;
            let mut category = None;
            for channel in Channel::ALL {
                if channel == Channel::Custom {
                    continue;
                }
                let name = texts.get(i18n::channel_id(channel));
                if !search.is_empty() && !name.to_lowercase().contains(&search) {
                    continue;
                }
                if category != Some(channel.category()) {
                    category = Some(channel.category());
                    category_heading(ui, texts, channel.category());
                }
                clicked = clicked.or(entry_ui(ui, channel, &name));
            }
            clicked
        });
        clicked.or(listed.inner)
    }

    fn custom_ui(&mut self, ui: &mut Ui, texts: &Texts) -> Option<PaletteItem> {
        let custom_hint = texts.get("palette-custom");
        ui.add(
            egui::TextEdit::singleline(&mut self.custom)
                .hint_text(&custom_hint)
                .desired_width(f32::INFINITY),
        )
        .accessible_name(custom_hint);
        let title = self.custom.trim();
        if title.is_empty() {
            ui.label(
                RichText::new(texts.get("palette-custom-hint"))
                    .weak()
                    .small(),
            );
            None
        } else {
            entry_ui(ui, Channel::Custom, title)
        }
    }
}

fn category_heading(ui: &mut Ui, texts: &Texts, category: ChannelCategory) {
    ui.add_space(6.0);
    ui.label(RichText::new(texts.get(i18n::category_id(category))).strong());
}

/// One entry: icon and name. Dragged, it carries its touchpoint to the canvas; clicked, it is
/// returned.
fn entry_ui(ui: &mut Ui, channel: Channel, title: &str) -> Option<PaletteItem> {
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
    let item = PaletteItem {
        channel,
        title: title.to_owned(),
    };
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
