//! The comparison of two maps as a PNG, for the slide that shows a workshop what the future
//! state (or the competitor) does differently: both maps side by side with the differences
//! marked, the summary, and both emotion curves in one chart. Drawn by the comparison painter
//! the editor's comparison view uses.

use egui::Vec2;

use super::png::encode_png;
use super::render::MAX_SIDE_PX;
use super::render::MapWithPhoto;
use super::{ExportError, RenderOptions, render_maps};
use crate::analysis::compare;
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
/// the header and chart need it), each map with its persona photo if given (prepared, see
/// [`super::prepare_photo`]). Deterministic: the same maps give the same bytes.
pub fn comparison_png(
    (a, photo_a): MapWithPhoto<'_>,
    (b, photo_b): MapWithPhoto<'_>,
    options: RenderOptions,
) -> Result<ComparisonPng, ExportError> {
    let comparison = compare(a, b);
    let max_side = MAX_SIDE_PX as f32 / options.scale;
    let (geometry, canvas) = render_maps(
        &[(a, photo_a), (b, photo_b)],
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
        |painter, layouts, photos, geometry| {
            if let ([layout_a, layout_b], [photo_a, photo_b]) = (layouts, photos) {
                let picture = Picture {
                    a: Side {
                        map: a,
                        layout: layout_a,
                        photo: *photo_a,
                    },
                    b: Side {
                        map: b,
                        layout: layout_b,
                        photo: *photo_b,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lang, MapKind};

    /// The editor paints the picture through a clip of the part in view. The maps must still be
    /// painted there (their clip lives in map points, the view's in picture points).
    #[test]
    fn the_maps_are_painted_inside_a_small_view() {
        let map = crate::file::template(MapKind::CurrentState, Lang::En).unwrap();
        let comparison = compare(&map, &map);
        let options = RenderOptions::default();
        let (view, canvas) = render_maps(
            &[(&map, None), (&map, None)],
            options,
            |layouts| {
                let geometry =
                    CompareGeometry::new(layouts[0].size, layouts[1].size, 8192.0).unwrap();
                Ok((geometry.size, geometry))
            },
            |painter, layouts, _, geometry| {
                let picture = Picture {
                    a: Side {
                        map: &map,
                        layout: &layouts[0],
                        photo: None,
                    },
                    b: Side {
                        map: &map,
                        layout: &layouts[1],
                        photo: None,
                    },
                    comparison: &comparison,
                    geometry: *geometry,
                };
                let view = geometry.frame_b.shrink(geometry.frame_b.width() / 4.0);
                paint_comparison(&painter.with_clip_rect(view), &picture, 1.0);
            },
        )
        .unwrap();
        let view = view.frame_b.shrink(view.frame_b.width() / 4.0);
        let image = canvas.into_unmultiplied_image();
        let background = crate::theme::BACKGROUND.to_array();
        let painted = image
            .enumerate_pixels()
            .filter(|(x, y, _)| view.contains(egui::pos2(*x as f32, *y as f32)))
            .filter(|(_, _, pixel)| pixel.0[..3] != background[..3])
            .count();
        assert!(
            painted as f32 > view.area() * 0.5,
            "only {painted} of {} pixels show the map",
            view.area()
        );
    }
}
