//! The comparison of two maps as a PNG, for the slide that shows a workshop what the future
//! state (or the competitor) does differently: both maps side by side with the differences
//! marked, the summary, and both emotion curves in one chart. Drawn by the comparison painter
//! the editor's comparison view uses.

use egui::Vec2;

use super::png::encode_png;
use super::render::MAX_SIDE_PX;
use super::{ExportError, RenderOptions, render_maps};
use crate::analysis::compare;
use crate::model::Map;
use crate::paint::compare::{CompareGeometry, Picture, Side, paint_comparison};

/// A written comparison picture.
#[derive(Clone, Debug)]
pub struct ComparisonPng {
    /// The PNG file's bytes.
    pub bytes: Vec<u8>,
    /// Picture points per map point: below 1 when the maps were drawn smaller to keep the
    /// picture within [`MAX_SIDE_PX`].
    pub map_scale: f32,
}

/// Renders map `b` compared with map `a` at `options.scale` (the background is always painted:
/// the header and chart need it). Deterministic: the same maps give the same bytes.
pub fn comparison_png(
    a: &Map,
    b: &Map,
    options: RenderOptions,
) -> Result<ComparisonPng, ExportError> {
    let comparison = compare(a, b);
    let max_side = MAX_SIDE_PX as f32 / options.scale;
    let (geometry, canvas) = render_maps(
        &[a, b],
        options,
        |layouts| {
            let [layout_a, layout_b] = layouts else {
                return Err(ExportError::Encode("two maps expected".into()));
            };
            match CompareGeometry::new(layout_a.size, layout_b.size, max_side) {
                Some(geometry) => Ok((geometry.size, geometry)),
                None => Err(too_large(
                    CompareGeometry::smallest_size(layout_a.size, layout_b.size),
                    options.scale,
                )),
            }
        },
        |painter, layouts, geometry| {
            if let [layout_a, layout_b] = layouts {
                let picture = Picture {
                    a: Side {
                        map: a,
                        layout: layout_a,
                        photo: None,
                    },
                    b: Side {
                        map: b,
                        layout: layout_b,
                        photo: None,
                    },
                    comparison: &comparison,
                    geometry: *geometry,
                };
                paint_comparison(painter, &picture, 1.0);
            }
        },
    )?;
    Ok(ComparisonPng {
        bytes: encode_png(&canvas.into_unmultiplied_image())?,
        map_scale: geometry.map_scale,
    })
}

fn too_large(size: Vec2, scale: f32) -> ExportError {
    ExportError::TooLarge {
        width: (f64::from(size.x) * f64::from(scale)).ceil() as u64,
        height: (f64::from(size.y) * f64::from(scale)).ceil() as u64,
        max: MAX_SIDE_PX,
    }
}
