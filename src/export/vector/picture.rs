//! The map as egui shapes: the pass the PNG export runs, stopped before tessellation.

use egui::epaint::ClippedShape;
use egui::epaint::text::FontDefinitions;
use egui::{LayerId, TextureId, Vec2};
use image::RgbaImage;

use crate::export::ExportError;
use crate::export::render::{input, load_photo, offscreen};
use crate::layout::MapLayout;
use crate::model::Map;
use crate::paint::{self, EguiMeasure};

/// What the painter drew, and what a vector writer needs to draw it again.
pub(super) struct Picture<'a> {
    /// The map's size in points.
    pub size: Vec2,
    pub shapes: Vec<ClippedShape>,
    /// The fonts of the context the text was laid out with.
    pub fonts: FontDefinitions,
    /// The pictures loaded into the context, and the texture each became.
    pub images: Vec<&'a RgbaImage>,
    pub textures: Vec<TextureId>,
}

/// Lays out and paints the whole map exactly as the PNG export does at scale 1 (same context
/// set-up, fonts, measuring pass and painter), and keeps egui's shapes instead of pixels.
pub(super) fn paint_map<'a>(
    map: &Map,
    photo: Option<&'a RgbaImage>,
    heat: Option<&crate::analysis::Heat>,
) -> Result<Picture<'a>, ExportError> {
    let (ctx, _renderer) = offscreen(1.0)?;

    // Pass 1 measures text with the fonts the painting pass uses.
    let mut layout = None;
    let mut output = ctx.run_pass(input(Vec2::splat(1.0), 1.0), |ctx| {
        layout = Some(MapLayout::compute(map, &mut EguiMeasure(ctx)));
    });
    output.textures_delta.clear();
    let layout = layout.unwrap_or_else(|| MapLayout::compute(map, &mut EguiMeasure(&ctx)));

    // The texture must live until the shapes that draw it have been taken.
    let texture = photo.map(|photo| load_photo(&ctx, photo));
    let view = paint::View {
        photo: texture.as_ref().map(|texture| paint::Photo {
            texture: texture.id(),
            size: texture.size_vec2(),
        }),
        heat,
        ..paint::View::WHOLE
    };

    // Pass 2 paints on a screen exactly the size of the map. Should egui run the closure
    // again, the shapes of the last run are the ones kept, so every run paints.
    let mut output = ctx.run_pass(input(layout.size, 1.0), |ctx| {
        let painter = ctx.layer_painter(LayerId::background());
        paint::paint_background(&painter, &layout);
        paint::paint_map(&painter, map, &layout, view);
    });
    output.textures_delta.clear();
    let fonts = ctx.fonts(|fonts| fonts.definitions().clone());
    let (images, textures) = match (photo, &texture) {
        (Some(photo), Some(texture)) => (vec![photo], vec![texture.id()]),
        _ => (Vec::new(), Vec::new()),
    };
    Ok(Picture {
        size: layout.size,
        shapes: output.shapes,
        fonts,
        images,
        textures,
    })
}
