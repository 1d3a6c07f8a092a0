//! A list's column pickers: for each column its letter, its first cell, and what it means
//! (stage, lane, title, notes, channel, a rating …), guessed from the headers and changeable;
//! and whether the first row holds headers.

use egui::{RichText, Ui};

use crate::i18n::Texts;
use crate::import::table::{Field, Layout, Table, column_letter, field_label};
use crate::theme::import as style;

/// The pickers; returns whether a choice changed.
pub fn columns_ui(ui: &mut Ui, texts: &Texts, table: &Table, layout: &mut Layout) -> bool {
    let lang = texts.lang();
    let mut changed = ui
        .checkbox(&mut layout.has_header, texts.get("paste-preview-header"))
        .changed();
    let width = table.width();
    if layout.fields.len() < width {
        layout.fields.resize(width, Field::Ignore);
    }
    egui::ScrollArea::horizontal()
        .id_salt("journeymap-paste-columns")
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                for (index, field) in layout.fields.iter_mut().enumerate().take(width) {
                    ui.vertical(|ui| {
                        ui.set_width(style::COLUMN_WIDTH);
                        let name = texts.get_with(
                            "paste-preview-column",
                            &[("letter", column_letter(index).into())],
                        );
                        ui.label(RichText::new(&name).strong());
                        let first = table.cell(0, index).lines().next().unwrap_or("");
                        ui.add(egui::Label::new(RichText::new(first).weak().small()).truncate());
                        let before = field.clone();
                        let _ = egui::ComboBox::from_id_salt(("journeymap-paste-column", index))
                            .width(style::COLUMN_WIDTH)
                            .selected_text(field_label(field, lang))
                            .show_ui(ui, |ui| {
                                if matches!(before, Field::Metric { .. }) {
                                    ui.selectable_value(
                                        field,
                                        before.clone(),
                                        field_label(&before, lang),
                                    );
                                }
                                for choice in &Field::FIXED {
                                    ui.selectable_value(
                                        field,
                                        choice.clone(),
                                        field_label(choice, lang),
                                    );
                                }
                            })
                            .response
                            .accessible_name(name);
                        changed |= *field != before;
                    });
                }
            });
        });
    changed
}
