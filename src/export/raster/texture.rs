//! CPU copies of egui's textures, sampled exactly like `egui-wgpu`'s shader does
//! when `predictable_texture_filtering` is on (the mode `egui_kittest` uses).
//!
//! That mode never uses the hardware sampler: it loads texels with
//! `textureLoad` and filters by hand, so the whole path is plain arithmetic on
//! the stored bytes and can be reproduced bit for bit on the CPU.

use egui::Color32;
use egui::epaint::ImageData;
use egui::epaint::ImageDelta;
use egui::epaint::textures::{TextureFilter, TextureWrapMode};

/// One texture: premultiplied RGBA8 texels plus the sampling mode egui asked for.
pub(super) struct Texture {
    width: usize,
    height: usize,
    texels: Vec<[u8; 4]>,
    /// egui-wgpu only looks at `magnification` to pick nearest filtering in
    /// predictable mode, so we do the same (minification is ignored there).
    nearest: bool,
    wrap: TextureWrapMode,
}

impl Texture {
    /// Builds a texture from a full (`pos == None`) delta.
    ///
    /// Returns `None` for images that the GPU could not hold either: zero-sized
    /// ones, or ones whose pixel count does not match their size (egui-wgpu
    /// asserts on that; we just refuse the texture so later meshes are skipped).
    pub(super) fn from_delta(delta: &ImageDelta) -> Option<Self> {
        let ImageData::Color(image) = &delta.image;
        let [width, height] = image.size;
        let texel_count = width.checked_mul(height)?;
        if texel_count == 0 || image.pixels.len() != texel_count {
            return None;
        }
        // Texel coordinates are computed in i64 from f32; anything wider than
        // i32 could not be addressed by the shader either.
        if i32::try_from(width).is_err() || i32::try_from(height).is_err() {
            return None;
        }
        Some(Self {
            width,
            height,
            texels: image.pixels.iter().map(Color32::to_array).collect(),
            nearest: delta.options.magnification == TextureFilter::Nearest,
            wrap: delta.options.wrap_mode,
        })
    }

    /// Copies a patch (`pos == Some`) into the texture.
    ///
    /// Parts of the patch that fall outside the texture are dropped rather than
    /// panicking; a patch whose pixel count disagrees with its size is ignored.
    /// Like egui-wgpu, the patch's options replace the texture's options.
    pub(super) fn apply_patch(&mut self, delta: &ImageDelta, pos: [usize; 2]) {
        let ImageData::Color(image) = &delta.image;
        let [patch_w, patch_h] = image.size;
        if patch_w.checked_mul(patch_h) != Some(image.pixels.len()) {
            return;
        }
        self.nearest = delta.options.magnification == TextureFilter::Nearest;
        self.wrap = delta.options.wrap_mode;
        if patch_w == 0 {
            return;
        }
        let [x0, y0] = pos;
        let copy_w = self.width.saturating_sub(x0).min(patch_w);
        for (row_index, src_row) in image.pixels.chunks_exact(patch_w).enumerate() {
            let y = y0.saturating_add(row_index);
            if y >= self.height || copy_w == 0 {
                break;
            }
            let start = y * self.width + x0;
            if let Some(dst_row) = self.texels.get_mut(start..start + copy_w) {
                for (dst, src) in dst_row.iter_mut().zip(src_row) {
                    *dst = src.to_array();
                }
            }
        }
    }

    /// The texel at a column and a row offset (both already wrapped), as 0..1 floats.
    #[allow(
        clippy::inline_always,
        reason = "per-pixel hot path; LLVM otherwise outlines it (~10% slower renders)"
    )]
    #[inline(always)]
    fn load(&self, column: usize, row_offset: usize) -> [f32; 4] {
        let texel = self
            .texels
            .get(row_offset + column)
            .copied()
            .unwrap_or([0; 4]);
        // The GPU's unorm8-to-float conversion multiplies by the f32 nearest
        // to 1/255 (slightly above it) instead of dividing; that bias decides
        // ties when the result is rounded back to 8 bits.
        texel.map(|c| f32::from(c) * (1.0 / 255.0))
    }

    /// The horizontal half of a lookup at normalized coordinate `u`.
    #[inline]
    pub(super) fn axis_u(&self, u: f32) -> Axis {
        self.axis(u, self.width, 1)
    }

    /// The vertical half of a lookup at normalized coordinate `v`. Split from
    /// [`Self::axis_u`] so that a span with constant `v` (all of egui's text)
    /// computes it once per row.
    #[inline]
    pub(super) fn axis_v(&self, v: f32) -> Axis {
        self.axis(v, self.height, self.width)
    }

    /// Mirrors `sample_texture` in `egui.wgsl` along one axis: bilinear takes
    /// the two texel centres around `coord·size − 0.5`, nearest the texel
    /// under `coord·size`; both wrap per the texture's wrap mode.
    #[allow(
        clippy::inline_always,
        reason = "per-pixel hot path; LLVM otherwise outlines it (~10% slower renders)"
    )]
    #[inline(always)]
    fn axis(&self, coord: f32, size: usize, stride: usize) -> Axis {
        #[allow(
            clippy::cast_precision_loss,
            reason = "sizes are < 2^31 (checked on upload); the shader does the same f32 conversion"
        )]
        let size_f = size as f32;
        if self.nearest {
            let (i, _) = floor_fract(coord * size_f);
            let i = wrap_coord(i, size, self.wrap) * stride;
            return Axis {
                i0: i,
                i1: i,
                weight: 0.0,
            };
        }
        let (i, weight) = floor_fract(coord * size_f - 0.5);
        Axis {
            i0: wrap_coord(i, size, self.wrap) * stride,
            i1: wrap_coord(i + 1, size, self.wrap) * stride,
            weight,
        }
    }

    /// Samples at normalized `uv`, mirroring `sample_texture` in `egui.wgsl`.
    #[inline]
    pub(super) fn sample(&self, uv: [f32; 2]) -> [f32; 4] {
        self.sample_axes(self.axis_u(uv[0]), self.axis_v(uv[1]))
    }

    /// Combines the two halves of a lookup.
    ///
    /// `mix(a, b, 0.0)` is exactly `a`, so skipping the taps that get zero
    /// weight is bit-identical; it makes texel-aligned text four times cheaper.
    #[allow(
        clippy::inline_always,
        reason = "per-pixel hot path; LLVM otherwise outlines it (~10% slower renders)"
    )]
    #[inline(always)]
    pub(super) fn sample_axes(&self, x: Axis, y: Axis) -> [f32; 4] {
        let tl = self.load(x.i0, y.i0);
        let top = if x.weight == 0.0 {
            tl
        } else {
            let tr = self.load(x.i1, y.i0);
            std::array::from_fn(|i| mix(tl[i], tr[i], x.weight))
        };
        if y.weight == 0.0 {
            return top;
        }
        let bl = self.load(x.i0, y.i1);
        let bottom = if x.weight == 0.0 {
            bl
        } else {
            let br = self.load(x.i1, y.i1);
            std::array::from_fn(|i| mix(bl[i], br[i], x.weight))
        };
        std::array::from_fn(|i| mix(top[i], bottom[i], y.weight))
    }
}

/// One axis of a texture lookup: the two texels to blend (as column indices
/// or row offsets) and the weight of the second.
#[derive(Clone, Copy)]
pub(super) struct Axis {
    i0: usize,
    i1: usize,
    weight: f32,
}

/// WGSL `mix` in its specified form `a·(1−t) + b·t`, unfused; of the
/// algebraically equal variants this is the one lavapipe matches bit for bit.
#[inline]
fn mix(a: f32, b: f32, t: f32) -> f32 {
    a * (1.0 - t) + b * t
}

/// `(floor(v), fract(v))` with the integer part saturated like WGSL's
/// `vec2<i32>(floor(x))` (NaN gives 0, which the wrap mode maps onto a valid
/// texel). Hand-rolled because `f32::floor` is a libm call on baseline x86-64.
#[inline]
fn floor_fract(v: f32) -> (i64, f32) {
    #[allow(
        clippy::cast_possible_truncation,
        reason = "saturating float-to-int is exactly the shader's behaviour"
    )]
    let truncated = v as i32;
    if v.abs() >= 8_388_608.0 || v.is_nan() {
        // Already integral (or NaN): fract is 0 (NaN), as `v - floor(v)` gives.
        return (i64::from(truncated), if v.is_nan() { v } else { 0.0 });
    }
    #[allow(
        clippy::cast_precision_loss,
        reason = "|truncated| < 2^23 here, exact in f32"
    )]
    let floor = if truncated as f32 > v {
        truncated - 1
    } else {
        truncated
    };
    #[allow(clippy::cast_precision_loss, reason = "|floor| <= 2^23, exact in f32")]
    let fract = v - floor as f32;
    (i64::from(floor), fract)
}

/// `wrap_texel_coord` from `egui.wgsl`. `size` is never zero (checked on upload).
#[inline]
fn wrap_coord(coord: i64, size: usize, mode: TextureWrapMode) -> usize {
    let size_i = i64::try_from(size).unwrap_or(i64::MAX).max(1);
    let wrapped = match mode {
        TextureWrapMode::ClampToEdge => coord.clamp(0, size_i - 1),
        TextureWrapMode::Repeat => coord.rem_euclid(size_i),
        TextureWrapMode::MirroredRepeat => {
            let period = 2 * size_i;
            let phase = coord.rem_euclid(period);
            phase.min(period - 1 - phase)
        }
    };
    usize::try_from(wrapped).unwrap_or(0)
}
