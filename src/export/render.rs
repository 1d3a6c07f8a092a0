//! Renders a map into pixels off screen: an egui context with no window runs the shared layout
//! and painter, egui tessellates, and the CPU rasteriser fills the pixels.

use egui::{Color32, Context, LayerId, RawInput, Rect, Vec2, ViewportId};
use image::RgbaImage;

use super::ExportError;
use super::raster::{Canvas, SoftwareRenderer};
use crate::layout::{Band, MapLayout};
use crate::model::Map;
use crate::paint::{self, EguiMeasure};
use crate::theme;

/// Smallest export scale (1 pixel per point).
pub const MIN_SCALE: f32 = 1.0;
/// Largest export scale; 4× of a typical map is already beyond a 4K slide.
pub const MAX_SCALE: f32 = 4.0;
/// Largest side of an exported picture, in pixels. Keeps memory bounded (16384² RGBA = 1 GiB).
pub const MAX_SIDE_PX: u32 = 16_384;

/// How to render.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RenderOptions {
    /// Pixels per point, [`MIN_SCALE`]..=[`MAX_SCALE`].
    pub scale: f32,
    /// Leave the background transparent instead of painting it.
    pub transparent: bool,
}

impl Default for RenderOptions {
    fn default() -> Self {
        Self {
            scale: 1.0,
            transparent: false,
        }
    }
}

/// Renders the whole map (not a window's view) at `options.scale`.
///
/// Returns the layout it rendered from, so callers can relate pixels to map elements, and the
/// pixels (premultiplied alpha).
pub fn render_map(map: &Map, options: RenderOptions) -> Result<(MapLayout, Canvas), ExportError> {
    render_map_with_photo(map, options, None)
}

/// Renders the whole map like [`render_map`], with `photo` as the persona's photo (without it,
/// a persona that names a photo shows a placeholder).
pub fn render_map_with_photo(
    map: &Map,
    options: RenderOptions,
    photo: Option<&RgbaImage>,
) -> Result<(MapLayout, Canvas), ExportError> {
    render_map_with_heat(map, options, photo, None)
}

/// Renders the whole map like [`render_map_with_photo`], its touchpoint cards coloured by
/// `heat` (with the legend) when given.
pub fn render_map_with_heat(
    map: &Map,
    options: RenderOptions,
    photo: Option<&RgbaImage>,
    heat: Option<&crate::analysis::Heat>,
) -> Result<(MapLayout, Canvas), ExportError> {
    check_scale(options.scale)?;
    let content = Content {
        map,
        band: Band::Full,
        photo,
        heat,
    };
    render_placed(content, options.scale, |layout| {
        let (width, height) = pixels(layout.size, options.scale);
        if width > u64::from(MAX_SIDE_PX) || height > u64::from(MAX_SIDE_PX) {
            return Err(ExportError::TooLarge {
                width,
                height,
                max: MAX_SIDE_PX,
            });
        }
        Ok(Placement {
            size: layout.size,
            offset: Vec2::ZERO,
            background: (!options.transparent).then_some(theme::BACKGROUND),
        })
    })
}

/// The pixels of `size` points at `scale`, rounded up.
pub(super) fn pixels(size: Vec2, scale: f32) -> (u64, u64) {
    (
        (f64::from(size.x) * f64::from(scale)).ceil() as u64,
        (f64::from(size.y) * f64::from(scale)).ceil() as u64,
    )
}

/// What a picture of a map shows.
#[derive(Clone, Copy)]
pub(super) struct Content<'a> {
    /// The map.
    pub map: &'a Map,
    /// How much of its title band.
    pub band: Band,
    /// The persona's photo, decoded.
    pub photo: Option<&'a RgbaImage>,
    /// Heat colouring of the touchpoint cards.
    pub heat: Option<&'a crate::analysis::Heat>,
}

/// Where a map goes on its picture.
pub(super) struct Placement {
    /// The picture's size in points.
    pub size: Vec2,
    /// Where the map's top-left corner goes, in points (negative for a tile of a large map).
    pub offset: Vec2,
    /// The picture's background colour, or `None` for transparent.
    pub background: Option<Color32>,
}

/// Lays `content` out at `scale` pixels per point, asks `place` where it goes (it may refuse),
/// and renders it there.
pub(super) fn render_placed(
    content: Content<'_>,
    scale: f32,
    place: impl FnOnce(&MapLayout) -> Result<Placement, ExportError>,
) -> Result<(MapLayout, Canvas), ExportError> {
    render_decorated(content, scale, |layout| {
        place(layout).map(|placement| (placement, |_: &egui::Painter| {}))
    })
}

/// Like [`render_placed`], with `place` also returning what to paint over the picture in its
/// own points (a slide's number).
pub(super) fn render_decorated<D: FnOnce(&egui::Painter)>(
    content: Content<'_>,
    scale: f32,
    place: impl FnOnce(&MapLayout) -> Result<(Placement, D), ExportError>,
) -> Result<(MapLayout, Canvas), ExportError> {
    let (ctx, mut renderer) = offscreen_unchecked();

    // Pass 1 measures text with the same fonts and scale the painting pass uses.
    let mut layout = None;
    let mut output = ctx.run_pass(input(Vec2::splat(1.0), scale), |ctx| {
        layout = Some(MapLayout::compute_with(
            content.map,
            &mut EguiMeasure(ctx),
            content.band,
        ));
    });
    take_textures(&mut renderer, &mut output.textures_delta);
    let layout = layout.unwrap_or_else(|| {
        MapLayout::compute_with(content.map, &mut EguiMeasure(&ctx), content.band)
    });
    let (placement, decorate) = place(&layout)?;

    // The texture lives until the pass that draws it has been rasterised.
    let texture = content.photo.map(|photo| load_photo(&ctx, photo));
    let offset = placement.offset;
    let in_map = Rect::from_min_size((-offset).to_pos2(), placement.size);
    let view = paint::View {
        visible: in_map,
        photo: texture.as_ref().map(|texture| paint::Photo {
            texture: texture.id(),
            size: texture.size_vec2(),
        }),
        heat: content.heat,
        ..paint::View::WHOLE
    };

    // Pass 2 paints on a screen exactly the size of the picture: the background, the map
    // moved to its place, and what goes over it.
    let canvas = paint_pass_with(&ctx, &mut renderer, placement.size, scale, |ctx| {
        let screen = ctx.layer_painter(LayerId::background());
        if let Some(background) = placement.background {
            screen.rect_filled(
                Rect::from_min_size(egui::Pos2::ZERO, placement.size),
                0.0,
                background,
            );
        }
        let layer = LayerId::new(
            egui::Order::Middle,
            egui::Id::unique("journeymap-export-map"),
        );
        ctx.set_transform_layer(layer, egui::emath::TSTransform::from_translation(offset));
        let painter = egui::Painter::new(ctx.clone(), layer, in_map);
        paint::paint_map(&painter, content.map, &layout, view);
        decorate(&ctx.layer_painter(LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("journeymap-export-over"),
        )));
    });
    Ok((layout, canvas))
}

/// Runs `measure_with` with the export's fonts at one pixel per point, for planning a picture
/// before rendering it (how many stages fit on a slide).
pub(super) fn with_measure<R>(
    measure_with: impl FnOnce(&mut dyn crate::layout::TextMeasure) -> R,
) -> R {
    let (ctx, mut renderer) = offscreen_unchecked();
    // One pass loads the fonts; after it, text can be measured outside a pass.
    let mut output = ctx.run_pass(input(Vec2::splat(1.0), 1.0), |_| {});
    take_textures(&mut renderer, &mut output.textures_delta);
    measure_with(&mut EguiMeasure(&ctx))
}

/// Renders what `paint` draws on a picture `size` points large (a chart of the analysis
/// views), with the map's fonts, at `options.scale`.
pub fn render_picture(
    size: Vec2,
    options: RenderOptions,
    paint: impl FnOnce(&egui::Painter),
) -> Result<Canvas, ExportError> {
    let (ctx, mut renderer) = offscreen(options.scale)?;
    Ok(paint_pass(&ctx, &mut renderer, size, options.scale, paint))
}

/// A map of a picture made of several, with its persona photo (decoded and prepared, see
/// [`super::prepare_photo`]) if it has one to show.
pub type MapWithPhoto<'a> = (&'a Map, Option<&'a RgbaImage>);

/// Renders a picture made of several maps (a comparison): lays each map out with the fonts and
/// scale of the painting pass, asks `plan` how large the picture is and how it is arranged, then
/// paints it with `paint`, which gets the layouts and the photos loaded as textures. Returns the
/// plan and the pixels.
pub fn render_maps<P>(
    maps: &[MapWithPhoto<'_>],
    options: RenderOptions,
    plan: impl FnOnce(&[MapLayout]) -> Result<(Vec2, P), ExportError>,
    paint: impl FnOnce(&egui::Painter, &[MapLayout], &[Option<paint::Photo>], &P),
) -> Result<(P, Canvas), ExportError> {
    let scale = options.scale;
    let (ctx, mut renderer) = offscreen(scale)?;
    let mut layouts = Vec::new();
    let mut output = ctx.run_pass(input(Vec2::splat(1.0), scale), |ctx| {
        layouts = maps
            .iter()
            .map(|(map, _)| MapLayout::compute(map, &mut EguiMeasure(ctx)))
            .collect();
    });
    take_textures(&mut renderer, &mut output.textures_delta);
    let (size, plan) = plan(&layouts)?;
    // The textures live until the pass that draws them has been rasterised.
    let textures: Vec<Option<egui::TextureHandle>> = maps
        .iter()
        .map(|(_, photo)| photo.map(|photo| load_photo(&ctx, photo)))
        .collect();
    let photos: Vec<Option<paint::Photo>> = textures
        .iter()
        .map(|texture| {
            texture.as_ref().map(|texture| paint::Photo {
                texture: texture.id(),
                size: texture.size_vec2(),
            })
        })
        .collect();
    let canvas = paint_pass(&ctx, &mut renderer, size, scale, |painter| {
        paint(painter, &layouts, &photos, &plan);
    });
    Ok((plan, canvas))
}

/// Loads a persona photo into `ctx` as a texture.
pub(super) fn load_photo(ctx: &Context, photo: &RgbaImage) -> egui::TextureHandle {
    let size = [photo.width() as usize, photo.height() as usize];
    let image = egui::ColorImage::from_rgba_unmultiplied(size, photo.as_raw());
    ctx.load_texture(
        "journeymap: persona photo",
        image,
        egui::TextureOptions::LINEAR,
    )
}

/// A context with the map's fonts and a CPU renderer, for pictures at `scale`.
pub(super) fn offscreen(scale: f32) -> Result<(Context, SoftwareRenderer), ExportError> {
    check_scale(scale)?;
    Ok(offscreen_unchecked())
}

/// Whether `scale` is one a user may ask for.
fn check_scale(scale: f32) -> Result<(), ExportError> {
    if (MIN_SCALE..=MAX_SCALE).contains(&scale) {
        Ok(())
    } else {
        Err(ExportError::BadScale(scale))
    }
}

/// A context with the map's fonts and a CPU renderer, at any scale: slides and the pieces of
/// a large map choose theirs to fit.
fn offscreen_unchecked() -> (Context, SoftwareRenderer) {
    let ctx = Context::default();
    paint::install_fonts(&ctx);
    (ctx, SoftwareRenderer::new())
}

/// One pass on a screen `size` points large: paints, tessellates and rasterises.
fn paint_pass(
    ctx: &Context,
    renderer: &mut SoftwareRenderer,
    size: Vec2,
    scale: f32,
    paint: impl FnOnce(&egui::Painter),
) -> Canvas {
    paint_pass_with(ctx, renderer, size, scale, |ctx| {
        paint(&ctx.layer_painter(LayerId::background()));
    })
}

/// [`paint_pass`] for painting on several layers.
fn paint_pass_with(
    ctx: &Context,
    renderer: &mut SoftwareRenderer,
    size: Vec2,
    scale: f32,
    paint: impl FnOnce(&Context),
) -> Canvas {
    let width = (size.x * scale).ceil() as u32;
    let height = (size.y * scale).ceil() as u32;
    // `run_pass` takes a closure it may call again; this one paints once.
    let mut paint = Some(paint);
    let mut output = ctx.run_pass(input(size, scale), |ctx| {
        if let Some(paint) = paint.take() {
            paint(ctx);
        }
    });
    take_textures(renderer, &mut output.textures_delta);
    let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
    renderer.render(
        &primitives,
        output.pixels_per_point,
        [width, height],
        Color32::TRANSPARENT,
    )
}

/// Hands egui's texture changes to the renderer and marks them handled (egui checks that every
/// delta is consumed).
fn take_textures(renderer: &mut SoftwareRenderer, delta: &mut egui::TexturesDelta) {
    renderer.update_textures(delta);
    renderer.free_textures(delta);
    delta.clear();
}

pub(super) fn input(size: Vec2, pixels_per_point: f32) -> RawInput {
    let mut input = RawInput {
        screen_rect: Some(Rect::from_min_size(egui::Pos2::ZERO, size)),
        max_texture_side: Some(8192),
        ..RawInput::default()
    };
    if let Some(viewport) = input.viewports.get_mut(&ViewportId::ROOT) {
        viewport.native_pixels_per_point = Some(pixels_per_point);
    }
    input
}
