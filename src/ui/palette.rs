//! The touchpoint palette: the starter touchpoints grouped by kind of channel, with a search
//! box, and a field for a touchpoint of one's own. Entries are dragged onto the canvas.

use egui::{Id, RichText, Ui};

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
    /// Shows the palette.
    pub fn ui(&mut self, ui: &mut Ui, texts: &Texts) {
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
        self.custom_ui(ui, texts);
        ui.separator();
        let search = self.search.trim().to_lowercase();
        egui::ScrollArea::vertical().show(ui, |ui| {
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
                entry_ui(ui, channel, name);
            }
        });
    }

    fn custom_ui(&mut self, ui: &mut Ui, texts: &Texts) {
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
        } else {
            entry_ui(ui, Channel::Custom, title.to_owned());
        }
    }
}

fn category_heading(ui: &mut Ui, texts: &Texts, category: ChannelCategory) {
    ui.add_space(6.0);
    ui.label(RichText::new(texts.get(i18n::category_id(category))).strong());
}

/// One draggable entry: icon and name.
fn entry_ui(ui: &mut Ui, channel: Channel, title: String) {
    let id = Id::unique(("journeymap-palette", channel, &title));
    let item = PaletteItem {
        channel,
        title: title.clone(),
    };
    ui.dnd_drag_source(id, item, |ui| {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(channel_icon(channel))
                    .family(egui::FontFamily::Name(
                        egui_material_icons::FONT_FAMILY.into(),
                    ))
                    .size(16.0),
            );
            ui.label(title);
        });
    });
}
