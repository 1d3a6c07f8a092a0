//! Maps too large for one picture at the scale asked for: exported anyway, never refused.
//!
//! A picture is at most [`MAX_SIDE_PX`] a side (16384² RGBA is already 1 GiB). When a map is
//! larger at the chosen scale, a smaller scale that fits is used if it still draws every map
//! point with at least one pixel (text stays readable); otherwise the map is cut into tiles of
//! equal size at the chosen scale, left to right, top to bottom, which print or zoom well.

use egui::{Vec2, vec2};

use super::render::{Content, Placement, pixels, render_placed, with_measure};
use super::{ExportError, MAX_SIDE_PX, Progress, RenderOptions};
use crate::layout::{Band, MapLayout};
use crate::model::Map;
use crate::theme;

/// The result of exporting a map of any size.
pub enum Large {
    /// One picture, at the scale asked for or (`rescaled`) at the largest that fits.
    One {
        /// The pixels, unmultiplied.
        image: image::RgbaImage,
        /// The scale used instead of the one asked for, if the picture had to be smaller.
        rescaled: Option<f32>,
    },
    /// Several pictures that together show the map, left to right, top to bottom.
    Tiles {
        /// The pictures, unmultiplied.
        images: Vec<image::RgbaImage>,
        /// Columns and rows.
        grid: (usize, usize),
        /// The size the whole map would have had in pixels.
        whole_px: (u64, u64),
    },
}

/// Renders the whole of `map` at `options.scale`, or as close to it as a picture allows.
pub fn render_any_size(
    map: &Map,
    options: RenderOptions,
    photo: Option<&image::RgbaImage>,
    heat: Option<&crate::analysis::Heat>,
    progress: &Progress,
) -> Result<Large, ExportError> {
    render_within(map, options, (photo, heat), progress, (MAX_SIDE_PX, true))
}

/// Renders the whole of `map` as one picture at `options.scale`, or at the largest scale at
/// which it fits, however small: for the clipboard, which takes one picture.
pub fn render_fitting(
    map: &Map,
    options: RenderOptions,
    photo: Option<&image::RgbaImage>,
    heat: Option<&crate::analysis::Heat>,
    progress: &Progress,
) -> Result<Large, ExportError> {
    render_within(map, options, (photo, heat), progress, (MAX_SIDE_PX, false))
}

/// [`render_any_size`] with pictures at most `max_side` pixels a side.
fn render_within(
    map: &Map,
    options: RenderOptions,
    (photo, heat): (Option<&image::RgbaImage>, Option<&crate::analysis::Heat>),
    progress: &Progress,
    (max_side, tiles): (u32, bool),
) -> Result<Large, ExportError> {
    let size = with_measure(|measure| MapLayout::compute(map, measure).size);
    let (width, height) = pixels(size, options.scale);
    if width.max(height) <= u64::from(max_side) {
        let (_, canvas) = super::render_map_with_heat(map, options, photo, heat)?;
        return Ok(Large::One {
            image: canvas.into_unmultiplied_image(),
            rescaled: None,
        });
    }
    progress.check()?;
    let scale = options.scale;
    let longest = width.max(height) as f32;
    // A little under the limit: the picture's size is rounded up to whole pixels.
    let fitting = scale * (max_side as f32 - 1.0) / longest;
    let content = Content {
        map,
        band: Band::Full,
        photo,
        heat,
    };
    let background = (!options.transparent).then_some(theme::BACKGROUND);
    if fitting >= scale.min(1.0) || !tiles {
        let (_, canvas) = render_placed(content, fitting, |layout| {
            Ok(Placement {
                size: layout.size,
                offset: Vec2::ZERO,
                background,
            })
        })?;
        return Ok(Large::One {
            image: canvas.into_unmultiplied_image(),
            rescaled: Some(fitting),
        });
    }
    let side = u64::from(max_side);
    let grid = (
        width.div_ceil(side) as usize,
        height.div_ceil(side) as usize,
    );
    let map_size = vec2(width as f32, height as f32) / scale;
    let tile = vec2(
        (map_size.x / grid.0 as f32).ceil(),
        (map_size.y / grid.1 as f32).ceil(),
    );
    let count = grid.0 * grid.1;
    let mut images = Vec::with_capacity(count);
    for row in 0..grid.1 {
        for column in 0..grid.0 {
            let origin = vec2(column as f32 * tile.x, row as f32 * tile.y);
            // The last tile of a row or column holds what is left.
            let size = vec2(
                tile.x.min(map_size.x - origin.x),
                tile.y.min(map_size.y - origin.y),
            );
            let (_, canvas) = render_placed(content, scale, |_| {
                Ok(Placement {
                    size,
                    offset: -origin,
                    background,
                })
            })?;
            images.push(canvas.into_unmultiplied_image());
            progress.set(images.len(), count);
            progress.check()?;
        }
    }
    Ok(Large::Tiles {
        images,
        grid,
        whole_px: pixels(map_size, scale),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Card, CardId, LaneKind};

    /// A map whose touchpoint lane holds `count` cards in its first stage: very tall.
    fn tall_map(count: u32) -> Map {
        let mut map = crate::model::sample::synthetic_map(10);
        let lane = map
            .lanes
            .iter()
            .find(|lane| matches!(lane.kind, LaneKind::Text(_)))
            .map(|lane| lane.id)
            .expect("a text lane");
        let stage = map.stages[0].id;
        for id in 0..count {
            map.cards.push(Card::new(
                CardId(10_000 + id),
                lane,
                stage,
                format!("Note {id}"),
            ));
        }
        map
    }

    /// A small picture limit, so the tests stay quick: the rules do not depend on its size.
    const LIMIT: u32 = 3000;

    fn options(scale: f32) -> RenderOptions {
        RenderOptions {
            scale,
            transparent: false,
        }
    }

    #[test]
    fn a_map_that_fits_is_one_picture_at_its_scale() {
        let map = crate::model::sample::synthetic_map(20);
        let Ok(Large::One { image, rescaled }) =
            render_any_size(&map, options(1.0), None, None, &Progress::new())
        else {
            panic!("one picture");
        };
        assert_eq!(rescaled, None);
        let (_, reference) = super::super::render_map(&map, options(1.0)).expect("render");
        assert_eq!(image.dimensions(), (reference.width(), reference.height()));
    }

    #[test]
    fn a_map_a_little_too_large_gets_the_largest_scale_that_fits() {
        // 2744 points wide: too wide at 2×, fits at about 1.1×.
        let map = tall_map(0);
        let Ok(Large::One { image, rescaled }) = render_within(
            &map,
            options(2.0),
            (None, None),
            &Progress::new(),
            (LIMIT, true),
        ) else {
            panic!("one smaller picture");
        };
        let scale = rescaled.expect("rescaled");
        assert!((1.0..2.0).contains(&scale), "{scale}");
        assert!(image.width() <= LIMIT && image.width() > LIMIT - 20);
    }

    #[test]
    fn a_huge_map_is_cut_into_tiles_that_add_up_to_it() {
        let map = tall_map(200);
        let progress = Progress::new();
        let Ok(Large::Tiles {
            images,
            grid,
            whole_px,
        }) = render_within(&map, options(1.0), (None, None), &progress, (LIMIT, true))
        else {
            panic!("tiles");
        };
        assert_eq!(grid.0, 1);
        assert!(grid.1 >= 3, "{grid:?}");
        assert_eq!(images.len(), grid.1);
        assert_eq!(progress.per_mille(), 1000);
        let total: u64 = images.iter().map(|image| u64::from(image.height())).sum();
        assert!(
            total.abs_diff(whole_px.1) <= grid.1 as u64,
            "{total} vs {whole_px:?}"
        );
        for image in &images {
            assert!(image.height() <= LIMIT);
            assert_eq!(u64::from(image.width()), whole_px.0);
        }
        // The tiles join up: the last row of one tile and the first of the next are drawn
        // (cards and lane bands), not blank.
        let background = theme::BACKGROUND.to_array();
        let drawn = |image: &image::RgbaImage, y: u32| {
            (0..image.width()).any(|x| image.get_pixel(x, y).0 != background)
        };
        assert!(drawn(&images[1], 0));
        assert!(drawn(&images[0], images[0].height() - 1));
    }
}
