//! The priority matrix as a PNG of its own, for the slide that says what to fix first: the
//! map's title, the matrix with every dot labelled, the media legend and the touchpoints not
//! yet rated. Drawn by the panel's painter, in the map's language.

use egui::{Align2, FontId, Rect, pos2, vec2};

use super::png::encode_png;
use super::{ExportError, Exporter, RenderOptions, render_picture};
use crate::analysis::priority_matrix;
use crate::i18n::tr;
use crate::model::Map;
use crate::paint::matrix::{MatrixStyle, matrix_height, paint_matrix, paint_ownership_legend};
use crate::theme;

/// Width of the picture, in points: a matrix large enough for labelled dots on a slide.
const WIDTH: f32 = 720.0;
/// Room above the matrix for the title.
const HEAD: f32 = 48.0;
/// Room below it for the legend and the touchpoints not rated.
const FOOT: f32 = 64.0;

/// Exports a map's priority matrix as a PNG picture.
#[derive(Clone, Debug, Default)]
pub struct MatrixExporter {
    /// Scale and background.
    pub options: RenderOptions,
}

impl Exporter for MatrixExporter {
    fn extension(&self) -> &'static str {
        "png"
    }

    fn export(&self, map: &Map) -> Result<Vec<u8>, ExportError> {
        let matrix = priority_matrix(map);
        let chart = matrix_height(WIDTH - 32.0);
        let size = vec2(WIDTH, HEAD + chart + FOOT);
        let transparent = self.options.transparent;
        let canvas = render_picture(size, self.options, |painter| {
            if !transparent {
                painter.rect_filled(
                    Rect::from_min_size(pos2(0.0, 0.0), size),
                    0.0,
                    theme::BACKGROUND,
                );
            }
            painter.text(
                pos2(16.0, 12.0),
                Align2::LEFT_TOP,
                format!("{} – {}", tr(map.lang, "matrix-title"), map.title),
                FontId::proportional(theme::font::TITLE.min(20.0)),
                theme::TEXT,
            );
            let rect = Rect::from_min_size(pos2(16.0, HEAD), vec2(WIDTH - 32.0, chart));
            paint_matrix(
                painter,
                rect,
                &matrix,
                map.lang,
                MatrixStyle {
                    labels: true,
                    ..MatrixStyle::default()
                },
            );
            paint_ownership_legend(painter, pos2(50.0, HEAD + chart + 8.0), map.lang);
            if !matrix.not_rated.is_empty() {
                let titles: Vec<&str> = matrix.not_rated.iter().map(|(_, t)| t.as_str()).collect();
                let text = crate::i18n::texts(map.lang)
                    .get_with("matrix-not-rated", &[("titles", titles.join(", ").into())]);
                let galley = painter.layout(
                    text,
                    FontId::proportional(theme::font::SMALL),
                    theme::TEXT_MUTED,
                    WIDTH - 66.0,
                );
                painter.galley(pos2(50.0, HEAD + chart + 28.0), galley, theme::TEXT_MUTED);
            }
        })?;
        encode_png(&canvas.into_unmultiplied_image())
    }
}
