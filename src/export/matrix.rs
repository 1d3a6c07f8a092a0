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

/// Where the matrix goes in the picture, in points.
fn chart_rect() -> Rect {
    let width = WIDTH - 32.0;
    Rect::from_min_size(pos2(16.0, HEAD), vec2(width, matrix_height(width)))
}

/// Exports a map's priority matrix as a PNG picture.
#[derive(Clone, Debug, Default)]
pub struct MatrixExporter {
    /// Scale and background.
    pub options: RenderOptions,
}

impl MatrixExporter {
    /// The picture's size in points.
    pub fn size_pts() -> egui::Vec2 {
        vec2(WIDTH, HEAD + chart_rect().height() + FOOT)
    }
}

/// The matrix as the picture of a deck's slide `height_px` pixels high: the PNG and its size in
/// pixels. The picture is as high as the slide (or drawn at scale 1 and shrunk by the deck, on
/// a slide smaller than that); the deck centres it.
pub fn matrix_slide_png(map: &Map, height_px: u32) -> Result<(Vec<u8>, [u32; 2]), ExportError> {
    let size = MatrixExporter::size_pts();
    let exporter = MatrixExporter {
        options: RenderOptions {
            scale: (height_px as f32 / size.y).clamp(1.0, 4.0),
            transparent: false,
        },
    };
    let png = exporter.export(map)?;
    let (width, height) = image::ImageReader::new(std::io::Cursor::new(&png))
        .with_guessed_format()
        .and_then(|reader| reader.into_dimensions().map_err(std::io::Error::other))
        .map_err(|error| ExportError::Encode(format!("the matrix picture: {error}")))?;
    Ok((png, [width, height]))
}

impl Exporter for MatrixExporter {
    fn extension(&self) -> &'static str {
        "png"
    }

    fn export(&self, map: &Map) -> Result<Vec<u8>, ExportError> {
        let matrix = priority_matrix(map);
        let chart = chart_rect().height();
        let size = Self::size_pts();
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
            let rect = chart_rect();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_maps::{TestMap, rate};
    use crate::model::{Channel, Ownership};
    use crate::paint::matrix::rating_point;

    /// The centre of the pixels of `color` (within a few levels, so anti-aliased edges do not
    /// count) above `bottom_px`.
    fn centroid(image: &image::RgbaImage, color: egui::Color32, bottom_px: u32) -> (f32, f32) {
        let [r, g, b, _] = color.to_array();
        let (mut sum_x, mut sum_y, mut count) = (0.0, 0.0, 0.0);
        for (x, y, pixel) in image.enumerate_pixels() {
            let close = pixel.0[..3]
                .iter()
                .zip([r, g, b])
                .all(|(have, want)| have.abs_diff(want) <= 6);
            if close && y < bottom_px {
                sum_x += x as f32;
                sum_y += y as f32;
                count += 1.0;
            }
        }
        assert!(count > 0.0, "no pixel of {color:?}");
        (sum_x / count + 0.5, sum_y / count + 0.5)
    }

    /// On real pixels: three touchpoints rated alike (owned media, blue) are drawn around their
    /// ratings, not beside them, and a lone one (paid, orange) on its own.
    #[test]
    fn the_dots_sit_on_their_values_in_the_exported_picture() {
        let mut map = TestMap::new(2);
        let stacked: Vec<_> = ["Website", "Business listing on maps", "Contact page"]
            .iter()
            .map(|title| map.touchpoint(1, title, Channel::Website))
            .collect();
        let alone = map.touchpoint(2, "Social ad", Channel::SocialAd);
        let mut map = map.build();
        for id in stacked {
            rate(&mut map, id, Some(4), Some(2));
        }
        rate(&mut map, alone, Some(2), Some(4));
        let scale = 2.0;
        let png = MatrixExporter {
            options: RenderOptions {
                scale,
                transparent: false,
            },
        }
        .export(&map)
        .expect("a picture");
        let image = image::load_from_memory(&png).expect("a PNG").to_rgba8();
        // Only the chart: the legend below has a dot of every colour.
        let bottom = (chart_rect().bottom() * scale) as u32;
        for (ownership, ratings) in [(Ownership::Owned, (4, 2)), (Ownership::Paid, (2, 4))] {
            let value = rating_point(chart_rect(), ratings.0, ratings.1) * scale;
            let (x, y) = centroid(&image, theme::ownership_color(ownership), bottom);
            assert!(
                (x - value.x).abs() <= 1.5 && (y - value.y).abs() <= 1.5,
                "{ownership:?} dots rated {ratings:?} are centred at ({x}, {y}); the value is at \
                 {value:?}"
            );
        }
    }
}
