//! Triangle setup, exact scan conversion and per-pixel shading.
//!
//! Coverage is decided with integer edge functions on vertices snapped to
//! 1/256 px, which is what llvmpipe/lavapipe (and most GPUs) do. egui puts
//! feathering vertices exactly on pixel centres, so the tie-breaking (the
//! top-left rule) decides real pixels; float edge tests would not reproduce it.
//!
//! Instead of testing every pixel of a triangle's bounding box (egui fills
//! convex shapes with long, thin fans, whose boxes are mostly empty) each
//! edge walks its exact per-row span limit with an integer DDA, so only
//! covered pixels are visited and no division happens per row.

use super::texture::Texture;
use egui::epaint::Vertex;

/// Sub-pixel precision: 8 fractional bits, like llvmpipe's `FIXED_ORDER`.
const SUBPIXEL_BITS: u32 = 8;
const ONE: i64 = 1 << SUBPIXEL_BITS;

/// Vertices further than this from the origin (in pixels) make their
/// triangles be skipped. It keeps every edge-function product well inside
/// `i64` (2^28 fixed units squared, plus headroom) without a clipper; egui
/// never produces such coordinates for a sane canvas.
const GUARD_BAND_PX: f32 = 1_048_576.0;

/// A vertex transformed to window pixels, ready for triangle setup.
#[derive(Clone, Copy, Default)]
pub(super) struct WinVertex {
    /// Snapped fixed-point position, relative to pixel centres: the centre of
    /// pixel `(px, py)` is at `(px << 8, py << 8)`.
    fx: i64,
    fy: i64,
    /// Unsnapped position in pixels, used for attribute interpolation (the
    /// GPU sets up its attribute planes from float positions too).
    x: f32,
    y: f32,
    uv: [f32; 2],
    color: [u8; 4],
    /// False for NaN/infinite or out-of-guard-band positions.
    pub(super) valid: bool,
}

impl WinVertex {
    pub(super) fn new(vertex: &Vertex, view: &Viewport) -> Self {
        let (x, y) = view.to_window(vertex.pos.x, vertex.pos.y);
        let valid = x.abs() <= GUARD_BAND_PX && y.abs() <= GUARD_BAND_PX; // false for NaN
        if !valid {
            return Self::default();
        }
        #[allow(
            clippy::cast_possible_truncation,
            reason = "|v| <= 2^28 after the guard-band check, so the i64 conversion is exact"
        )]
        let snap = |v: f32| (v * 256.0 - 128.0).round_ties_even() as i64;
        Self {
            fx: snap(x),
            fy: snap(y),
            x,
            y,
            uv: [vertex.uv.x, vertex.uv.y],
            color: vertex.color.to_array(),
            valid,
        }
    }
}

/// The vertex shader's points-to-NDC mapping followed by the viewport
/// transform, with the GPU's f32 rounding steps. Mathematically this is just
/// `pos × pixels_per_point`, but the round trip moves vertices by up to
/// ~1e-4 px, and that decides how values exactly halfway between two 8-bit
/// levels round (egui's feathering produces many of those).
pub(super) struct Viewport {
    size_points: [f32; 2],
    half_px: [f32; 2],
}

impl Viewport {
    pub(super) fn new(size_px: [u32; 2], pixels_per_point: f32) -> Self {
        #[allow(
            clippy::cast_precision_loss,
            reason = "egui-wgpu does the same u32-to-f32 conversion"
        )]
        let size = size_px.map(|s| s as f32);
        Self {
            size_points: size.map(|s| s / pixels_per_point),
            half_px: size.map(|s| s * 0.5),
        }
    }

    /// `position_from_screen` in `egui.wgsl` (divisions kept exact), then
    /// the viewport transform, which llvmpipe evaluates as one fused
    /// multiply-add. The y axis is flipped on the way in and back out.
    fn to_window(&self, x: f32, y: f32) -> (f32, f32) {
        let [width, height] = self.size_points;
        let [half_w, half_h] = self.half_px;
        let ndc_x = 2.0 * x / width - 1.0;
        let ndc_y = 1.0 - 2.0 * y / height;
        (fma(ndc_x, half_w, half_w), fma(ndc_y, -half_h, half_h))
    }
}

/// A scissor rectangle in whole pixels, `x0..x1` × `y0..y1` (exclusive ends).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Scissor {
    pub(super) x0: i64,
    pub(super) y0: i64,
    pub(super) x1: i64,
    pub(super) y1: i64,
}

/// The canvas as rows of premultiplied RGBA8 pixels.
pub(super) struct Target<'a> {
    pub(super) pixels: &'a mut [[u8; 4]],
    pub(super) width: usize,
}

/// Rasterises one triangle, honouring the top-left fill rule so that
/// triangles sharing an edge never touch the same pixel twice.
pub(super) fn draw_triangle(
    target: &mut Target<'_>,
    texture: &Texture,
    tri: [&WinVertex; 3],
    clip: &Scissor,
) {
    let [a, mut b, mut c] = tri;
    let area = (b.fx - a.fx) * (c.fy - a.fy) - (b.fy - a.fy) * (c.fx - a.fx);
    if area == 0 {
        return;
    }
    if area < 0 {
        // egui mixes windings; make every triangle wind the same way so that
        // "inside" is always the positive side of all three edges.
        std::mem::swap(&mut b, &mut c);
    }
    let x_start = ceil_div(a.fx.min(b.fx).min(c.fx), ONE).max(clip.x0);
    let x_end = (a.fx.max(b.fx).max(c.fx).div_euclid(ONE) + 1).min(clip.x1);
    let y_start = ceil_div(a.fy.min(b.fy).min(c.fy), ONE).max(clip.y0);
    let y_end = (a.fy.max(b.fy).max(c.fy).div_euclid(ONE) + 1).min(clip.y1);
    if x_start >= x_end || y_start >= y_end {
        return;
    }
    // llvmpipe sets up attributes with the opposite winding to ours.
    let shader = Shader::new(texture, [a, c, b]);
    let rows = Rows {
        edges: [
            Edge::new(a, b, y_start),
            Edge::new(b, c, y_start),
            Edge::new(c, a, y_start),
        ],
        x_start,
        x_end,
        y_start,
        y_end,
    };
    // Dispatch once per triangle, so each row loop below is monomorphic.
    match shader {
        Shader::Flat([0, 0, 0, 0]) => {} // blending nothing changes nothing
        Shader::Flat(src @ [.., 255]) => rows.fill(target, |row, _, _| row.fill(src)),
        Shader::Flat(src) => rows.fill(target, |row, _, _| {
            for dst in row {
                blend(dst, src);
            }
        }),
        Shader::Textured { texture, color, uv } => rows.fill(target, |row, x0, py| {
            textured_span(row, texture, color, &uv, x0, py);
        }),
        Shader::Varying {
            texture,
            color,
            uv,
            texel,
        } => rows.fill(target, |row, x0, py| {
            varying_span(row, texture, &color, uv.as_ref(), texel, x0, py);
        }),
    }
}

/// The rows of one triangle, with the edge walkers positioned at `y_start`.
struct Rows {
    edges: [Edge; 3],
    x_start: i64,
    x_end: i64,
    y_start: i64,
    y_end: i64,
}

impl Rows {
    /// Calls `span(pixels, x0, py)` for every non-empty row span, top to bottom.
    #[inline]
    fn fill(mut self, target: &mut Target<'_>, mut span: impl FnMut(&mut [[u8; 4]], usize, usize)) {
        for py in self.y_start..self.y_end {
            let (mut lo, mut hi) = (self.x_start, self.x_end - 1);
            for edge in &mut self.edges {
                edge.limit(&mut lo, &mut hi);
                edge.step();
            }
            if lo > hi {
                continue;
            }
            // Always non-negative and inside the canvas (everything was
            // clipped to the scissor), but checked rather than trusted.
            let (Ok(py), Ok(lo), Ok(hi)) = (
                usize::try_from(py),
                usize::try_from(lo),
                usize::try_from(hi),
            ) else {
                continue;
            };
            let start = py * target.width;
            if let Some(row) = target.pixels.get_mut(start + lo..=start + hi) {
                span(row, lo, py);
            }
        }
    }
}

/// `(floor(n / d), n mod d)` for `d > 0`.
///
/// Triangle setup needs four of these per edge pair, and 64-bit integer
/// division is slow enough to dominate the setup of egui's many tiny
/// triangles; an f64 estimate corrected with exact integer arithmetic is
/// several times faster and still exact.
#[inline]
fn floor_div_rem(n: i64, d: i64) -> (i64, i64) {
    if d == 1 {
        return (n, 0);
    }
    #[allow(
        clippy::cast_precision_loss,
        clippy::cast_possible_truncation,
        reason = "only an estimate (|n| < 2^61, d >= 256: off by at most one); corrected below"
    )]
    let mut q = (n as f64 / d as f64) as i64;
    let mut r = n - q * d;
    while r < 0 {
        q -= 1;
        r += d;
    }
    while r >= d {
        q += 1;
        r -= d;
    }
    (q, r)
}

/// `ceil(n / d)` for `d > 0`.
fn ceil_div(n: i64, d: i64) -> i64 {
    -((-n).div_euclid(d))
}

/// Which side of the span an edge limits.
#[derive(Clone, Copy)]
enum Bound {
    /// `px >= -q` (edge on the left of the triangle).
    Lower,
    /// `px <= q` (edge on the right).
    Upper,
    /// Horizontal edge: the whole row is in iff `q >= 0`.
    Row,
}

/// One edge function, tracked row by row as `floor(K / d)` with remainder.
///
/// With the edge from `from` to `to` (`dx`, `dy` in fixed point) the test for the
/// centre of pixel `(px, py)` is `-dy·256·px + K(py) >= 0`, where `K` already
/// contains the top-left bias (−1 for edges that must not own their pixels)
/// and grows by `dx·256` per row. Solving for `px` gives one bound per edge.
#[derive(Clone, Copy)]
struct Edge {
    bound: Bound,
    q: i64,
    r: i64,
    d: i64,
    q_step: i64,
    r_step: i64,
}

impl Edge {
    fn new(from: &WinVertex, to: &WinVertex, row: i64) -> Self {
        let (dx, dy) = (to.fx - from.fx, to.fy - from.fy);
        // Vulkan/D3D top-left rule in a y-down window: a left edge has the
        // interior to its right (dy < 0 with our winding), a top edge is
        // horizontal with the interior below (dx > 0).
        let top_left = dy < 0 || (dy == 0 && dx > 0);
        let k = dx * (row * ONE - from.fy) + dy * from.fx - i64::from(!top_left);
        let step = dx * ONE;
        let (bound, d) = match dy.signum() {
            -1 => (Bound::Lower, -dy * ONE),
            1 => (Bound::Upper, dy * ONE),
            _ => (Bound::Row, 1),
        };
        let (q, r) = floor_div_rem(k, d);
        let (q_step, r_step) = floor_div_rem(step, d);
        Self {
            bound,
            q,
            r,
            d,
            q_step,
            r_step,
        }
    }

    #[inline]
    fn limit(&self, lo: &mut i64, hi: &mut i64) {
        match self.bound {
            Bound::Lower => *lo = (*lo).max(-self.q),
            Bound::Upper => *hi = (*hi).min(self.q),
            Bound::Row if self.q < 0 => *hi = *lo - 1,
            Bound::Row => {}
        }
    }

    #[inline]
    fn step(&mut self) {
        // Branch-free: the carry is as good as random, so a branch on it
        // would mispredict about half the time.
        self.r += self.r_step;
        let carry = i64::from(self.r >= self.d);
        self.r -= carry * self.d;
        self.q += self.q_step + carry;
    }
}

/// An affine attribute: `value(px, py) = base + dx·px + dy·py` at pixel centres.
#[derive(Clone, Copy, Default)]
struct Plane {
    base: f32,
    dx: f32,
    dy: f32,
}

impl Plane {
    /// `fma(dy, y, fma(dx, x, base))`, as llvmpipe's interpolator computes it.
    /// The fused multiply-adds are emulated in f64, where `f32 × f32` is exact.
    #[inline]
    fn at(&self, x: f32, y: f32) -> f32 {
        fma(self.dy, y, self.at_row_start(x))
    }

    /// The inner half of [`Self::at`]; equal to it whenever `dy == 0`.
    #[inline]
    fn at_row_start(&self, x: f32) -> f32 {
        fma(self.dx, x, self.base)
    }
}

#[inline]
fn fma(a: f32, b: f32, c: f32) -> f32 {
    #[allow(
        clippy::cast_possible_truncation,
        reason = "rounding back to f32 is the point"
    )]
    let r = (f64::from(a) * f64::from(b) + f64::from(c)) as f32;
    r
}

/// What a triangle writes, picked once per triangle so that the common
/// cases do no per-pixel interpolation at all.
enum Shader<'t> {
    /// Same colour and UV at all vertices (every untextured fill in egui):
    /// the fragment colour is computed once.
    Flat([u8; 4]),
    /// Same colour at all vertices but varying UV: text and images.
    Textured {
        texture: &'t Texture,
        color: [f32; 4],
        uv: [Plane; 2],
    },
    /// Varying colour (egui's anti-aliasing feathers), UV possibly too.
    Varying {
        texture: &'t Texture,
        color: [Plane; 4],
        /// UV planes, or `None` if all vertices share one UV (then `texel`
        /// holds the single sample).
        uv: Option<[Plane; 2]>,
        texel: [f32; 4],
    },
}

impl<'t> Shader<'t> {
    #[allow(
        clippy::similar_names,
        reason = "dx01, dy20, … are llvmpipe's names, kept so the code can be compared"
    )]
    fn new(texture: &'t Texture, [a, b, c]: [&WinVertex; 3]) -> Self {
        let color = unpack(a.color);
        let same_color = a.color == b.color && a.color == c.color;
        // Bitwise: identical inputs give identical results; nothing else matters.
        let uv_bits = |v: &WinVertex| v.uv.map(f32::to_bits);
        let same_uv = uv_bits(a) == uv_bits(b) && uv_bits(a) == uv_bits(c);
        if same_color && same_uv {
            return Self::Flat(fragment(color, texture.sample(a.uv)));
        }
        // llvmpipe's `calc_coef4`, operation for operation, so that values
        // landing exactly between two 8-bit levels round the same way.
        let (x0c, y0c) = (a.x - 0.5, a.y - 0.5);
        let (dx01, dy01) = (a.x - b.x, a.y - b.y);
        let (dx20, dy20) = (c.x - a.x, c.y - a.y);
        let ooa = 1.0 / (dx01 * dy20 - dy01 * dx20);
        let (dx20, dy20, dx01, dy01) = (dx20 * ooa, dy20 * ooa, dx01 * ooa, dy01 * ooa);
        let plane = |va: f32, vb: f32, vc: f32| {
            if !ooa.is_finite() {
                return Plane {
                    base: va,
                    ..Plane::default()
                };
            }
            let (da01, da20) = (va - vb, vc - va);
            let dx = da01 * dy20 - da20 * dy01;
            let dy = da20 * dx01 - da01 * dx20;
            Plane {
                base: va - (dx * x0c + dy * y0c),
                dx,
                dy,
            }
        };
        let uv = (!same_uv).then(|| std::array::from_fn(|i| plane(a.uv[i], b.uv[i], c.uv[i])));
        if same_color && let Some(uv) = uv {
            return Self::Textured { texture, color, uv };
        }
        let (cb, cc) = (unpack(b.color), unpack(c.color));
        Self::Varying {
            texture,
            color: std::array::from_fn(|i| plane(color[i], cb[i], cc[i])),
            texel: if uv.is_none() {
                texture.sample(a.uv)
            } else {
                [0.0; 4] // unused: sampled per pixel
            },
            uv,
        }
    }
}

/// The inner loop for varying colours (egui's anti-aliasing feathers).
#[inline]
fn varying_span(
    row: &mut [[u8; 4]],
    texture: &Texture,
    color: &[Plane; 4],
    uv: Option<&[Plane; 2]>,
    texel: [f32; 4],
    x0: usize,
    py: usize,
) {
    let (fx0, fy) = (index_to_f32(x0), index_to_f32(py));
    let mut fx = fx0; // integral, so `+= 1.0` stays exact
    for dst in row {
        let tex = uv.map_or(texel, |[u, v]| texture.sample([u.at(fx, fy), v.at(fx, fy)]));
        let rgba = color.map(|p| p.at(fx, fy));
        blend(dst, fragment(rgba, tex));
        fx += 1.0;
    }
}

/// The text/image inner loop: constant colour, interpolated UV.
///
/// A V plane without x gradient (any axis-aligned quad) is constant along
/// the row, because `fma(0, x, base)` is exactly `base`; its half of the
/// texture lookup is then done once per row. Likewise a U plane without y
/// gradient needs only one of its two fused multiply-adds.
#[inline]
fn textured_span(
    row: &mut [[u8; 4]],
    texture: &Texture,
    color: [f32; 4],
    [u, v]: &[Plane; 2],
    x0: usize,
    py: usize,
) {
    let (fx0, fy) = (index_to_f32(x0), index_to_f32(py));
    let row_v = (v.dx == 0.0).then(|| texture.axis_v(v.at(fx0, fy)));
    let u_has_dy = u.dy != 0.0;
    let mut fx = fx0; // integral, so `+= 1.0` stays exact
    for dst in row {
        let u_value = if u_has_dy {
            u.at(fx, fy)
        } else {
            u.at_row_start(fx)
        };
        let y = row_v.unwrap_or_else(|| texture.axis_v(v.at(fx, fy)));
        let tex = texture.sample_axes(texture.axis_u(u_value), y);
        if tex.iter().any(|&t| t != 0.0) {
            // (colour × 0 is 0, and blending 0 changes nothing.)
            blend(dst, fragment(color, tex));
        }
        fx += 1.0;
    }
}

/// Pixel indices as f32, which is exact below 2^24 (the canvas is far smaller).
#[inline]
fn index_to_f32(i: usize) -> f32 {
    #[allow(
        clippy::cast_precision_loss,
        reason = "pixel indices are far below 2^24, exact in f32"
    )]
    let f = i as f32;
    f
}

/// Vertex colour as the shader's `unpack_color` sees it.
fn unpack(color: [u8; 4]) -> [f32; 4] {
    color.map(|c| f32::from(c) / 255.0)
}

/// `fs_main_gamma_framebuffer`: vertex colour times texel, both premultiplied
/// gamma, then the render target's float-to-unorm8 conversion.
#[inline]
fn fragment(color: [f32; 4], texel: [f32; 4]) -> [u8; 4] {
    std::array::from_fn(|i| to_unorm8(color[i] * texel[i]))
}

/// Float to unorm8 with round-to-nearest-even, like the GPU's conversion.
/// Adding 2^23 makes the FPU do the rounding (the integer lands in the low
/// mantissa bits), avoiding `round_ties_even`, a libm call on baseline x86-64.
#[inline]
fn to_unorm8(v: f32) -> u8 {
    let shifted = v.clamp(0.0, 1.0) * 255.0 + 8_388_608.0;
    shifted.to_bits().to_le_bytes()[0]
}

/// egui-wgpu's blend state (colour: `src + dst·(1−src.a)`, alpha:
/// `src.a·(1−dst.a) + dst.a`) evaluated the way llvmpipe does for an
/// `Rgba8Unorm` target: in 8-bit integers, with its rounded `x·y/255`.
///
/// Alpha must keep the blend state's operand order: `mul_norm` is not exact
/// rounding, so the algebraically equal `src.a + dst.a·(1−src.a)` (which
/// would share the colour lanes' code) differs from the GPU in rare cases.
#[inline]
pub(super) fn blend(dst: &mut [u8; 4], src: [u8; 4]) {
    let sa = u16::from(src[3]);
    let da = u16::from(dst[3]);
    let inv_sa = 255 - sa;
    let alpha = saturate(da + mul_norm(sa, 255 - da));
    for (d, s) in dst.iter_mut().zip(src).take(3) {
        *d = saturate(u16::from(s) + mul_norm(u16::from(*d), inv_sa));
    }
    dst[3] = alpha;
}

/// `a·b/255` as llvmpipe's `lp_build_mul_norm` computes it:
/// `(t + (t >> 8) + 128) >> 8`. Unlike Blinn's exact `t' = t + 128;
/// (t' + (t' >> 8)) >> 8` it is sometimes one too low (e.g. 191·253 gives
/// 189, not 190) — and lavapipe's readback shows exactly that, so we copy it.
/// Everything fits in 16 bits (`t <= 65025`, the sum `<= 65407`), and u16
/// lanes multiply in one SSE2 instruction.
#[inline]
fn mul_norm(a: u16, b: u16) -> u16 {
    let t = a * b;
    (t + (t >> 8) + 0x80) >> 8
}

#[inline]
fn saturate(v: u16) -> u8 {
    u8::try_from(v).unwrap_or(u8::MAX)
}
