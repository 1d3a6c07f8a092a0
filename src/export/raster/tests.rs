//! Unit tests for the software rasteriser's building blocks.

use super::*;
use egui::epaint::textures::{TextureFilter, TextureOptions, TextureWrapMode};
use egui::epaint::{ColorImage, ImageDelta, Mesh, Vertex};
use egui::{Pos2, pos2};

const TEX: TextureId = TextureId::Managed(7);

fn renderer_with(image: ColorImage, options: TextureOptions) -> SoftwareRenderer {
    let mut renderer = SoftwareRenderer::new();
    let mut delta = TexturesDelta::default();
    delta
        .set
        .insert(TEX, vec![ImageDelta::full(image, options)].into());
    renderer.update_textures(&delta);
    delta.clear(); // egui 0.37 debug-asserts that dropped deltas are empty
    renderer
}

fn white_renderer() -> SoftwareRenderer {
    renderer_with(
        ColorImage::new([1, 1], vec![Color32::WHITE]),
        TextureOptions::LINEAR,
    )
}

fn vertex(pos: Pos2, uv: Pos2, color: Color32) -> Vertex {
    Vertex { pos, uv, color }
}

/// A quad as two triangles sharing the diagonal `a`–`c`.
fn quad(corners: [Pos2; 4], uv: Pos2, color: Color32) -> Mesh {
    Mesh {
        indices: vec![0, 1, 2, 0, 2, 3],
        vertices: corners.iter().map(|&p| vertex(p, uv, color)).collect(),
        texture_id: TEX,
    }
}

fn prim(mesh: Mesh, clip_rect: Rect) -> ClippedPrimitive {
    ClippedPrimitive {
        clip_rect,
        primitive: Primitive::Mesh(mesh),
    }
}

const EVERYTHING: Rect = Rect::EVERYTHING;

#[test]
fn shared_diagonal_is_not_blended_twice() {
    let half_red = Color32::from_rgba_premultiplied(100, 0, 0, 128);
    let renderer = white_renderer();
    // The diagonal (0,0)–(16,16) runs exactly through pixel centres, so both
    // triangles touch those pixels; only one of them may own each.
    let straight = quad(
        [
            pos2(0.0, 0.0),
            pos2(16.0, 0.0),
            pos2(16.0, 16.0),
            pos2(0.0, 16.0),
        ],
        Pos2::ZERO,
        half_red,
    );
    // A skewed quad whose shared edge passes through centres at odd slopes.
    let skewed = quad(
        [
            pos2(20.0, 0.0),
            pos2(40.0, 4.0),
            pos2(36.0, 16.0),
            pos2(22.0, 12.5),
        ],
        Pos2::ZERO,
        half_red,
    );
    let clear = Color32::from_rgb(0, 0, 200);
    let canvas = renderer.render(
        &[prim(straight, EVERYTHING), prim(skewed, EVERYTHING)],
        1.0,
        [48, 20],
        clear,
    );
    let mut expected = clear.to_array();
    triangle::blend(&mut expected, half_red.to_array());
    for y in 0..16 {
        for x in 0..16 {
            assert_eq!(canvas.pixel(x, y), expected, "straight quad pixel {x},{y}");
        }
    }
    let allowed = [expected, clear.to_array()];
    for y in 0..20 {
        for x in 16..48 {
            assert!(
                allowed.contains(&canvas.pixel(x, y)),
                "pixel {x},{y} blended twice"
            );
        }
    }
    // Rows 16+ and columns 16+ of the straight quad are outside it (right/bottom edges don't own pixels).
    assert_eq!(canvas.pixel(16, 5), clear.to_array());
    assert_eq!(canvas.pixel(5, 16), clear.to_array());
}

/// Bytes read back from egui-wgpu on lavapipe for a grey premultiplied
/// `(d, d, d, d)` under a black `(0, 0, 0, a)`: llvmpipe's inexact `x·y/255`
/// shows (191·253/255 = 189.5 reads back as 189), and alpha uses the blend
/// state's own operand order (an algebraically equal rewrite gives 191).
#[test]
fn blend_matches_lavapipe_readback() {
    for (d, a, expected) in [
        (191, 2, [189, 189, 189, 192]),
        (200, 3, [198, 198, 198, 201]),
        (100, 50, [80, 80, 80, 130]),
        (255, 1, [254, 254, 254, 255]),
        (191, 200, [41, 41, 41, 241]),
    ] {
        let mut dst = [d; 4];
        triangle::blend(&mut dst, [0, 0, 0, a]);
        assert_eq!(dst, expected, "(0, 0, 0, {a}) over ({d}, {d}, {d}, {d})");
    }
}

#[test]
fn scissor_rounds_each_edge_and_clamps() {
    let s = scissor(
        Rect::from_min_max(pos2(0.26, 1.24), pos2(10.74, 5.26)),
        2.0,
        [100, 100],
    );
    assert_eq!(
        s,
        Scissor {
            x0: 1,
            y0: 2,
            x1: 21,
            y1: 11
        }
    );
    let s = scissor(
        Rect::from_min_max(pos2(-5.0, -5.0), pos2(500.0, 500.0)),
        2.0,
        [100, 60],
    );
    assert_eq!(
        s,
        Scissor {
            x0: 0,
            y0: 0,
            x1: 100,
            y1: 60
        }
    );
    let s = scissor(
        Rect::from_min_max(pos2(80.0, 10.0), pos2(20.0, 5.0)),
        1.0,
        [50, 50],
    );
    assert!(
        s.x0 >= s.x1 && s.y0 >= s.y1,
        "inverted clip must be empty: {s:?}"
    );

    // And in rendering: x 0.52..6.48 px rounds to columns 1..6, y 1.52..6.52 to rows 2..7.
    let renderer = white_renderer();
    let full = quad(
        [
            pos2(0.0, 0.0),
            pos2(20.0, 0.0),
            pos2(20.0, 20.0),
            pos2(0.0, 20.0),
        ],
        Pos2::ZERO,
        Color32::WHITE,
    );
    let clip = Rect::from_min_max(pos2(0.26, 0.76), pos2(3.24, 3.26));
    let canvas = renderer.render(&[prim(full, clip)], 2.0, [10, 10], Color32::TRANSPARENT);
    for (x, y, inside) in [
        (0, 5, false),
        (1, 5, true),
        (5, 5, true),
        (5, 1, false),
        (5, 2, true),
        (5, 6, true),
        (5, 7, false),
        (6, 5, false),
    ] {
        let expected = if inside { [255; 4] } else { [0; 4] };
        assert_eq!(canvas.pixel(x, y), expected, "pixel {x},{y}");
    }
}

#[test]
fn half_transparent_source_over_opaque() {
    let renderer = white_renderer();
    let src = Color32::from_rgba_premultiplied(128, 64, 0, 128);
    let mesh = quad(
        [
            pos2(0.0, 0.0),
            pos2(4.0, 0.0),
            pos2(4.0, 4.0),
            pos2(0.0, 4.0),
        ],
        Pos2::ZERO,
        src,
    );
    let clear = Color32::from_rgb(0, 255, 255);
    let canvas = renderer.render(&[prim(mesh, EVERYTHING)], 1.0, [4, 4], clear);
    // colour = src + dst·(255−128)/255 (rounded); alpha = 128 + 255·(1−1) = 255.
    assert_eq!(canvas.pixel(2, 2), [128, 64 + 127, 127, 255]);

    // Over a transparent target alpha accumulates as src.a·(1−dst.a) + dst.a.
    let mesh = quad(
        [
            pos2(0.0, 0.0),
            pos2(4.0, 0.0),
            pos2(4.0, 4.0),
            pos2(0.0, 4.0),
        ],
        Pos2::ZERO,
        src,
    );
    let canvas = renderer.render(
        &[prim(mesh.clone(), EVERYTHING), prim(mesh, EVERYTHING)],
        1.0,
        [4, 4],
        Color32::TRANSPARENT,
    );
    assert_eq!(canvas.pixel(1, 1), [128 + 64, 64 + 32, 0, 128 + 64]);
}

#[test]
fn texture_patches_update_texels() {
    let red = Color32::RED;
    let green = Color32::GREEN;
    let mut renderer = renderer_with(
        ColorImage::new([4, 4], vec![red; 16]),
        TextureOptions::NEAREST,
    );
    let mut delta = TexturesDelta::default();
    delta.set.insert(
        TEX,
        vec![
            ImageDelta::partial(
                [1, 1],
                ColorImage::new([2, 2], vec![green; 4]),
                TextureOptions::NEAREST,
            ),
            // Sticks out of the texture: clipped, not a panic.
            ImageDelta::partial(
                [3, 3],
                ColorImage::new([2, 2], vec![Color32::BLUE; 4]),
                TextureOptions::NEAREST,
            ),
        ]
        .into(),
    );
    renderer.update_textures(&delta);
    delta.clear();
    let at_texel = |tx: f32, ty: f32, x: f32| {
        quad(
            [
                pos2(x, 0.0),
                pos2(x + 1.0, 0.0),
                pos2(x + 1.0, 1.0),
                pos2(x, 1.0),
            ],
            pos2((tx + 0.5) / 4.0, (ty + 0.5) / 4.0),
            Color32::WHITE,
        )
    };
    let prims = [
        prim(at_texel(0.0, 0.0, 0.0), EVERYTHING),
        prim(at_texel(1.0, 1.0, 1.0), EVERYTHING),
        prim(at_texel(2.0, 2.0, 2.0), EVERYTHING),
        prim(at_texel(3.0, 3.0, 3.0), EVERYTHING),
    ];
    let canvas = renderer.render(&prims, 1.0, [4, 1], Color32::TRANSPARENT);
    assert_eq!(canvas.pixel(0, 0), red.to_array());
    assert_eq!(canvas.pixel(1, 0), green.to_array());
    assert_eq!(canvas.pixel(2, 0), green.to_array());
    assert_eq!(canvas.pixel(3, 0), Color32::BLUE.to_array());

    // Freed textures are skipped, not drawn white and not a panic.
    let mut free = TexturesDelta::default();
    free.free.insert(TEX);
    renderer.free_textures(&free);
    free.clear();
    let canvas = renderer.render(&prims, 1.0, [4, 1], Color32::TRANSPARENT);
    assert_eq!(canvas.pixel(1, 0), [0; 4]);
}

#[test]
fn bilinear_filtering_and_wrap_modes() {
    let image = ColorImage::new([2, 1], vec![Color32::BLACK, Color32::WHITE]);
    let repeat = TextureOptions {
        wrap_mode: TextureWrapMode::Repeat,
        ..TextureOptions::LINEAR
    };
    for (options, u, expected) in [
        (TextureOptions::LINEAR, 0.5, 128), // halfway between the texel centres
        (TextureOptions::LINEAR, 0.0, 0),   // clamped to the left texel
        (repeat, 0.0, 128),                 // wraps around to the right texel
        (
            TextureOptions {
                magnification: TextureFilter::Nearest,
                ..repeat
            },
            1.25,
            0,
        ),
    ] {
        let renderer = renderer_with(image.clone(), options);
        let mesh = quad(
            [
                pos2(0.0, 0.0),
                pos2(1.0, 0.0),
                pos2(1.0, 1.0),
                pos2(0.0, 1.0),
            ],
            pos2(u, 0.5),
            Color32::WHITE,
        );
        let canvas = renderer.render(&[prim(mesh, EVERYTHING)], 1.0, [1, 1], Color32::TRANSPARENT);
        assert_eq!(
            canvas.pixel(0, 0),
            [expected, expected, expected, 255],
            "{options:?} u={u}"
        );
    }
}

#[test]
fn bad_indices_and_positions_do_not_panic() {
    let renderer = white_renderer();
    let mut mesh = quad(
        [
            pos2(0.0, 0.0),
            pos2(4.0, 0.0),
            pos2(4.0, 4.0),
            pos2(0.0, 4.0),
        ],
        Pos2::ZERO,
        Color32::WHITE,
    );
    mesh.indices = vec![0, 1, 99, u32::MAX, 0, 1, 0, 2, 3, 7];
    let mut nan = quad(
        [
            pos2(f32::NAN, 0.0),
            pos2(1e30, 0.0),
            pos2(4.0, f32::INFINITY),
            pos2(0.0, 4.0),
        ],
        Pos2::ZERO,
        Color32::WHITE,
    );
    nan.indices.extend([0, 0, 0]);
    let mut missing = mesh.clone();
    missing.texture_id = TextureId::User(12345);
    let prims = [
        prim(mesh, EVERYTHING),
        prim(nan, EVERYTHING),
        prim(missing, EVERYTHING),
        prim(Mesh::default(), Rect::NAN),
    ];
    let canvas = renderer.render(&prims, 1.0, [4, 4], Color32::TRANSPARENT);
    // Only the valid triangle 0-2-3 (lower-left half) is drawn.
    assert_eq!(canvas.pixel(0, 3), [255; 4]);
    assert_eq!(canvas.pixel(3, 0), [0; 4]);
    assert_eq!(canvas.pixel(99, 99), [0; 4]);
    let empty = renderer.render(&prims, 1.0, [0, 0], Color32::WHITE);
    assert_eq!((empty.width(), empty.height()), (0, 0));
}

#[test]
fn unmultiplied_image_of_half_transparent_pixel() {
    let renderer = SoftwareRenderer::new();
    let canvas = renderer.render(
        &[],
        1.0,
        [2, 1],
        Color32::from_rgba_premultiplied(64, 32, 0, 128),
    );
    assert_eq!(
        canvas.clone().into_premultiplied_image().get_pixel(1, 0).0,
        [64, 32, 0, 128]
    );
    let image = canvas.into_unmultiplied_image();
    assert_eq!(image.get_pixel(1, 0).0, [128, 64, 0, 128]);
    assert_eq!(image.dimensions(), (2, 1));
}
