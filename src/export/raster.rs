//! A CPU software rasteriser for egui's tessellated output.
//!
//! Exporting a journey map to PNG must work without a GPU or a window, yet the
//! picture should be the one the user sees on screen. So instead of drawing
//! shapes ourselves we let egui tessellate as usual and rasterise the
//! resulting triangles the way `egui-wgpu` does with the options `egui_kittest`
//! uses (`RendererOptions::PREDICTABLE`: no MSAA, no dithering, manual texture
//! filtering), down to llvmpipe's 8-bit blending arithmetic. The output is
//! compared pixel by pixel with `egui_kittest` in `tests/raster_fidelity.rs`.
//!
//! Pipeline, mirroring `egui-wgpu/src/renderer.rs` and `egui.wgsl`:
//! - vertex positions are points, scaled by `pixels_per_point`, snapped to
//!   1/256 px; pixel centres are at `+0.5`; coverage uses the top-left rule;
//! - the fragment is `vertex_colour × texel` in premultiplied sRGB-gamma
//!   space (textures are *not* decoded as sRGB), converted to unorm8;
//! - blending is premultiplied "over" on the 8-bit target, which starts out
//!   as the `clear` colour;
//! - each [`ClippedPrimitive`]'s clip rect becomes a whole-pixel scissor,
//!   rounded exactly like egui-wgpu's `ScissorRect`.
//!
//! Where the maths is exact those rules are all it takes. But egui's
//! feathering puts many values exactly halfway between two 8-bit levels, and
//! which way those round depends on the GPU's float rounding. So the hot
//! arithmetic copies what lavapipe (the CPU Vulkan driver `egui_kittest` picks)
//! actually does, step for step: the vertex shader's NDC round trip, llvmpipe's
//! attribute set-up and fused-multiply-add interpolation, texel bytes times
//! the f32 nearest 1/255, `mix` as `a·(1−t) + b·t`, and llvmpipe's
//! (slightly inexact) 8-bit `x·y/255` in blending. With that the output is
//! byte-identical to `egui_kittest`'s on the test scenes. On a hardware GPU the
//! GPU itself will differ from lavapipe by ±1 in such places.
//!
//! The renderer is single-threaded and deterministic: the same input always
//! yields the same bytes.

mod texture;
mod triangle;

#[cfg(test)]
mod tests;

use std::collections::HashMap;

use egui::epaint::textures::TexturesDelta;
use egui::epaint::{Primitive, Rect, TextureId};
use egui::{ClippedPrimitive, Color32};

use texture::Texture;
use triangle::{Scissor, Target, Viewport, WinVertex};

/// Owns the textures egui asked for and rasterises tessellated egui output on the CPU.
///
/// Feed it every [`TexturesDelta`] of the context whose output you render,
/// in order, just like a GPU backend: `update_textures` before rendering a
/// frame and `free_textures` after it.
#[derive(Default)]
pub struct SoftwareRenderer {
    textures: HashMap<TextureId, Texture>,
}

impl SoftwareRenderer {
    /// A renderer with no textures yet.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Applies the `set` half of a [`TexturesDelta`]: whole images and patches.
    ///
    /// Patches for unknown textures and malformed images are ignored (the GPU
    /// backend would panic on them); meshes that use such a texture are then
    /// skipped by [`Self::render`].
    ///
    /// This only reads the delta. egui 0.37 debug-asserts that a
    /// `TexturesDelta` is empty when dropped, so once both halves are applied
    /// the caller must `clear()` it (as GPU backends do by draining it).
    pub fn update_textures(&mut self, delta: &TexturesDelta) {
        // `set` is a HashMap, but the deltas of different ids are independent
        // and the deltas of one id are applied in their list order, so the
        // result does not depend on the map's iteration order.
        #[allow(
            clippy::iter_over_hash_type,
            reason = "order across texture ids does not matter"
        )]
        for (id, image_deltas) in &delta.set {
            for image_delta in image_deltas {
                match image_delta.pos {
                    None => match Texture::from_delta(image_delta) {
                        Some(texture) => {
                            self.textures.insert(*id, texture);
                        }
                        None => {
                            self.textures.remove(id);
                        }
                    },
                    Some(pos) => {
                        if let Some(texture) = self.textures.get_mut(id) {
                            texture.apply_patch(image_delta, pos);
                        }
                    }
                }
            }
        }
    }

    /// Applies the `free` half of a [`TexturesDelta`].
    pub fn free_textures(&mut self, delta: &TexturesDelta) {
        for id in &delta.free {
            self.textures.remove(id);
        }
    }

    /// Rasterise into a new image of `size_px`, starting from `clear` (premultiplied).
    /// Returns premultiplied RGBA8 in sRGB gamma, exactly like the GPU target's bytes.
    ///
    /// `size_px` should be the output's `content_rect().size() × pixels_per_point`,
    /// rounded, as egui-wgpu uses; vertices are mapped through it the way the
    /// GPU's viewport does. Like any allocation, a canvas too large for memory
    /// aborts the process.
    ///
    /// Meshes whose texture is unknown are skipped, as egui-wgpu does (it logs
    /// "Missing texture" and draws nothing). Paint callbacks are skipped too.
    /// Triangles with out-of-range indices or non-finite (or absurdly large,
    /// beyond ±2^20 px) positions are skipped instead of panicking.
    #[must_use]
    pub fn render(
        &self,
        primitives: &[ClippedPrimitive],
        pixels_per_point: f32,
        size_px: [u32; 2],
        clear: Color32,
    ) -> Canvas {
        let mut canvas = Canvas::filled(size_px, clear.to_array());
        let width = canvas.width_usize();
        let mut vertices: Vec<WinVertex> = Vec::new();
        let view = Viewport::new(size_px, pixels_per_point);
        for ClippedPrimitive {
            clip_rect,
            primitive,
        } in primitives
        {
            let Primitive::Mesh(mesh) = primitive else {
                continue;
            };
            let Some(texture) = self.textures.get(&mesh.texture_id) else {
                continue;
            };
            let clip = scissor(*clip_rect, pixels_per_point, size_px);
            if clip.x0 >= clip.x1 || clip.y0 >= clip.y1 {
                continue;
            }
            vertices.clear();
            vertices.extend(mesh.vertices.iter().map(|v| WinVertex::new(v, &view)));
            let vertex = |index: u32| {
                usize::try_from(index)
                    .ok()
                    .and_then(|i| vertices.get(i))
                    .filter(|v| v.valid)
            };
            let mut target = Target {
                pixels: canvas.pixels_mut(),
                width,
            };
            for tri in mesh.indices.chunks_exact(3) {
                if let &[i0, i1, i2] = tri
                    && let [Some(a), Some(b), Some(c)] = [i0, i1, i2].map(vertex)
                {
                    triangle::draw_triangle(&mut target, texture, [a, b, c], &clip);
                }
            }
        }
        canvas
    }
}

/// egui-wgpu's `ScissorRect::new`: scale to pixels, round each edge, clamp to
/// the target. The float-to-`u32` casts saturate (negative and NaN become 0),
/// which is exactly what egui-wgpu relies on.
fn scissor(clip_rect: Rect, pixels_per_point: f32, target: [u32; 2]) -> Scissor {
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "saturating cast is egui-wgpu's behaviour"
    )]
    let to_px = |v: f32| (pixels_per_point * v).round() as u32;
    let x0 = to_px(clip_rect.min.x).min(target[0]);
    let y0 = to_px(clip_rect.min.y).min(target[1]);
    let x1 = to_px(clip_rect.max.x).clamp(x0, target[0]);
    let y1 = to_px(clip_rect.max.y).clamp(y0, target[1]);
    Scissor {
        x0: i64::from(x0),
        y0: i64::from(y0),
        x1: i64::from(x1),
        y1: i64::from(y1),
    }
}

/// A premultiplied RGBA8 pixel buffer (sRGB gamma), rows top to bottom.
#[derive(Clone, PartialEq, Eq)]
pub struct Canvas {
    width: u32,
    height: u32,
    /// `width × height × 4` bytes, so that it can become an image without a copy.
    bytes: Vec<u8>,
}

/// Only the size: the pixels would be megabytes of output.
impl std::fmt::Debug for Canvas {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Canvas")
            .field("width", &self.width)
            .field("height", &self.height)
            .finish_non_exhaustive()
    }
}

impl Canvas {
    fn filled(size_px: [u32; 2], color: [u8; 4]) -> Self {
        let [width, height] = size_px;
        let count = usize::try_from(u64::from(width) * u64::from(height)).unwrap_or(usize::MAX);
        // Transparent is the usual clear colour; zeroed memory comes straight
        // from the allocator (calloc), saving a 4-bytes-per-pixel write pass.
        let bytes = if color == [0; 4] {
            vec![0; count.saturating_mul(4)]
        } else {
            color.repeat(count)
        };
        Self {
            width,
            height,
            bytes,
        }
    }

    fn width_usize(&self) -> usize {
        usize::try_from(self.width).unwrap_or(usize::MAX)
    }

    fn pixels_mut(&mut self) -> &mut [[u8; 4]] {
        self.bytes.as_chunks_mut::<4>().0
    }

    /// Width in pixels.
    #[must_use]
    pub fn width(&self) -> u32 {
        self.width
    }

    /// Height in pixels.
    #[must_use]
    pub fn height(&self) -> u32 {
        self.height
    }

    /// The premultiplied pixel at `(x, y)`; transparent black outside the canvas.
    #[must_use]
    pub fn pixel(&self, x: u32, y: u32) -> [u8; 4] {
        if x >= self.width || y >= self.height {
            return [0; 4];
        }
        let index = u64::from(y) * u64::from(self.width) + u64::from(x);
        usize::try_from(index)
            .ok()
            .and_then(|i| self.bytes.as_chunks::<4>().0.get(i))
            .copied()
            .unwrap_or([0; 4])
    }

    /// Straight (un-premultiplied) alpha, as PNG expects.
    ///
    /// Uses egui's own [`Color32::to_srgba_unmultiplied`] so that exported
    /// colours match what egui reports for the same premultiplied value.
    #[must_use]
    pub fn into_unmultiplied_image(mut self) -> image::RgbaImage {
        for pixel in self.bytes.as_chunks_mut::<4>().0 {
            let [r, g, b, a] = *pixel;
            if a != 255 {
                *pixel = Color32::from_rgba_premultiplied(r, g, b, a).to_srgba_unmultiplied();
            }
        }
        self.into_premultiplied_image()
    }

    /// The raw premultiplied bytes as an image (what a GPU readback gives, for comparisons).
    #[must_use]
    pub fn into_premultiplied_image(self) -> image::RgbaImage {
        let (width, height) = (self.width, self.height);
        // `bytes` always holds exactly width × height pixels, so this cannot
        // fail; the fallback only exists to avoid a panic path.
        image::RgbaImage::from_raw(width, height, self.bytes)
            .unwrap_or_else(|| image::RgbaImage::new(width, height))
    }
}
