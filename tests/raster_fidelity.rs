//! Pixel-level comparison of the CPU rasteriser (`export::raster`) against
//! egui's own GPU renderer (`egui-wgpu`, as driven by `egui_kittest`, on
//! lavapipe when no GPU is present).
//!
//! Both renderers are fed the *same* `FullOutput`: a small `TestRenderer`
//! wrapper receives every texture delta and every frame that `egui_kittest`
//! renders, forwards them to the wgpu renderer and replays them through
//! `SoftwareRenderer`. So any difference is the rasteriser's fault, not the
//! scene's.
//!
//! On failure `gpu.png`, `cpu.png` and `diff.png` (red: off by more than the
//! tolerance, yellow: off by less) are written to
//! `target/tmp/raster_fidelity/ppp_<scale>/`; set `RASTER_FIDELITY_DUMP=1` to
//! write them on success too. Run with `--nocapture` to see the numbers.

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use egui::epaint::{CubicBezierShape, PathStroke, TextShape};
use egui::{
    Align2, Color32, ColorImage, CornerRadius, FontId, Pos2, Rect, Shape, Stroke, StrokeKind,
    TextureHandle, TextureId, TextureOptions, TextureWrapMode, TexturesDelta, pos2, vec2,
};
use egui_kittest::wgpu::WgpuTestRenderer;
use egui_kittest::{Harness, TestRenderer};
use image::RgbaImage;
use journeymap::export::raster::SoftwareRenderer;

const SIZE: [f32; 2] = [640.0, 560.0];
const BLUE: Color32 = Color32::from_rgb(40, 90, 200);
/// A pixel "differs" if any channel is off by more than this.
const TOLERANCE: u8 = 8;
/// At most this fraction of pixels may differ.
const BUDGET: f64 = 0.001;

/// Used for strokes, fills and circles that must blend with what's below.
fn translucent() -> Color32 {
    Color32::from_rgba_unmultiplied(230, 80, 40, 120)
}

/// CPU-side results of the last rendered frame.
#[derive(Default)]
struct CpuFrames {
    /// The rasteriser under test.
    renderer: SoftwareRenderer,
    /// Negative control: same, but the font atlas replaced by solid white,
    /// i.e. a rasteriser that "ignores the font texture".
    no_font: SoftwareRenderer,
    image: Option<RgbaImage>,
    no_font_image: Option<RgbaImage>,
    unmultiplied_image: Option<RgbaImage>,
    vertices: usize,
}

/// Forwards everything to `egui_kittest`'s wgpu renderer and mirrors it on the CPU.
struct TwinRenderer {
    gpu: WgpuTestRenderer,
    cpu: Rc<RefCell<CpuFrames>>,
}

impl TestRenderer for TwinRenderer {
    fn handle_delta(&mut self, delta: &mut TexturesDelta) {
        {
            let mut cpu = self.cpu.borrow_mut();
            cpu.renderer.update_textures(delta);
            cpu.renderer.free_textures(delta);
            let mut whitened = delta.clone();
            if let Some(font) = whitened.set.get_mut(&TextureId::default()) {
                for image_delta in font.iter_mut() {
                    let [w, h] = image_delta.image.size();
                    image_delta.image = ColorImage::filled([w, h], Color32::WHITE).into();
                }
            }
            cpu.no_font.update_textures(&whitened);
            cpu.no_font.free_textures(&whitened);
            whitened.clear(); // egui debug-asserts that dropped deltas were handled
        }
        self.gpu.handle_delta(delta);
    }

    fn render(
        &mut self,
        ctx: &egui::Context,
        output: &egui::FullOutput,
    ) -> Result<RgbaImage, String> {
        let gpu_image = self.gpu.render(ctx, output)?;

        let ppp = ctx.pixels_per_point();
        let primitives = ctx.tessellate(output.shapes.clone(), ppp);
        let size = ctx.content_rect().size() * ppp;
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "same conversion as egui_kittest's wgpu renderer"
        )]
        let size_px = [size.x.round() as u32, size.y.round() as u32];

        let mut cpu = self.cpu.borrow_mut();
        cpu.vertices = primitives
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum();
        let canvas = cpu
            .renderer
            .render(&primitives, ppp, size_px, Color32::TRANSPARENT);
        cpu.image = Some(canvas.clone().into_premultiplied_image());
        cpu.unmultiplied_image = Some(canvas.into_unmultiplied_image());
        let control = cpu
            .no_font
            .render(&primitives, ppp, size_px, Color32::TRANSPARENT);
        cpu.no_font_image = Some(control.into_premultiplied_image());
        Ok(gpu_image)
    }
}

/// Textures used by the scene, created on the first frame.
struct SceneTextures {
    linear: TextureHandle,
    nearest: TextureHandle,
    repeat: TextureHandle,
}

impl SceneTextures {
    fn new(ctx: &egui::Context) -> Self {
        // A small, partly transparent, premultiplied gradient: magnifying it
        // exercises bilinear filtering, transparency and the wrap modes.
        let pixels = (0..4)
            .flat_map(|y| (0..5_u8).map(move |x| (x, y)))
            .map(|(x, y)| {
                let alpha = [255, 200, 128, 40][y];
                Color32::from_rgba_unmultiplied(x * 60, 255 - x * 50, 90 + x * 30, alpha)
            })
            .collect();
        let image = ColorImage::new([5, 4], pixels);
        let repeat_options = TextureOptions {
            wrap_mode: TextureWrapMode::MirroredRepeat,
            ..TextureOptions::LINEAR
        };
        Self {
            linear: ctx.load_texture("linear", image.clone(), TextureOptions::LINEAR),
            nearest: ctx.load_texture("nearest", image.clone(), TextureOptions::NEAREST),
            repeat: ctx.load_texture("repeat", image, repeat_options),
        }
    }
}

/// A scene with everything a journey map draws, and a bit more.
fn paint_scene(ui: &mut egui::Ui, textures: &mut Option<SceneTextures>) {
    let textures = textures.get_or_insert_with(|| SceneTextures::new(ui.ctx()));
    // Opaque backdrop on the left only: the right half stays transparent, so
    // alpha accumulation over a cleared target is compared as well.
    ui.painter().rect_filled(
        Rect::from_min_size(Pos2::ZERO, vec2(SIZE[0] * 0.55, SIZE[1])),
        0.0,
        Color32::from_rgb(246, 244, 238),
    );
    paint_shapes(ui.painter());
    paint_text(ui);
    paint_cards(ui.painter());
    paint_widgets(ui);
    paint_images(ui.painter(), textures);
}

/// Rounded rects (opaque, translucent, stroked), circles, curves, polylines.
fn paint_shapes(painter: &egui::Painter) {
    let (blue, translucent) = (BLUE, translucent());
    let mut stroke_width = 1.0;
    for x in [16.0, 230.0, 450.0] {
        let card = Rect::from_min_size(pos2(x, 14.0), vec2(170.0, 70.0));
        painter.rect(
            card,
            CornerRadius::same(10),
            Color32::WHITE,
            Stroke::new(stroke_width, blue),
            StrokeKind::Inside,
        );
        stroke_width += 0.75;
        painter.rect_filled(card.translate(vec2(30.0, 40.0)), 14.5, translucent);
        painter.rect_stroke(
            card.shrink(6.3),
            CornerRadius::same(4),
            Stroke::new(0.6, Color32::from_black_alpha(150)),
            StrokeKind::Middle,
        );
    }

    painter.circle_filled(pos2(60.0, 170.0), 30.0, blue);
    painter.circle_stroke(pos2(60.0, 170.0), 36.5, Stroke::new(2.0, translucent));
    painter.circle_filled(pos2(110.0, 150.0), 2.5, Color32::BLACK);
    painter.circle_filled(pos2(480.0, 170.0), 22.0, translucent);

    painter.add(CubicBezierShape::from_points_stroke(
        [
            pos2(120.0, 230.0),
            pos2(200.0, 120.0),
            pos2(300.0, 320.0),
            pos2(600.0, 150.0),
        ],
        false,
        Color32::TRANSPARENT,
        Stroke::new(3.0, Color32::from_rgb(20, 140, 90)),
    ));
    painter.add(Shape::line(
        vec![
            pos2(20.0, 400.0),
            pos2(90.0, 330.0),
            pos2(140.0, 390.0),
            pos2(620.0, 300.0),
        ],
        PathStroke::new(1.3, Color32::from_rgba_unmultiplied(0, 0, 0, 160)),
    ));
    painter.extend(Shape::dashed_line(
        &[pos2(300.0, 395.0), pos2(630.0, 395.0)],
        Stroke::new(1.0, blue),
        6.0,
        4.0,
    ));
    painter.add(Shape::convex_polygon(
        vec![
            pos2(20.0, 490.0),
            pos2(90.0, 500.0),
            pos2(70.0, 545.0),
            pos2(25.0, 530.0),
        ],
        Color32::from_rgba_unmultiplied(90, 40, 160, 140),
        Stroke::new(1.25, Color32::from_rgb(90, 40, 160)),
    ));
    painter.add(egui::epaint::EllipseShape::filled(
        pos2(160.0, 515.0),
        vec2(45.0, 18.0),
        Color32::from_rgb(200, 60, 90),
    ));
}

/// Text in several sizes and fonts, rotated text, and a wrapped label.
fn paint_text(ui: &mut egui::Ui) {
    let painter = ui.painter();
    let blue = BLUE;
    let german = "Grüße aus Köln – Bäckerei Müller";
    let mut y = 100.0;
    for size in [9.0, 12.5, 17.0, 24.0] {
        painter.text(
            pos2(150.0, y),
            Align2::LEFT_TOP,
            german,
            FontId::proportional(size),
            Color32::from_rgb(30, 30, 30),
        );
        y += size * 1.4;
    }
    painter.text(
        pos2(360.0, 215.0),
        Align2::LEFT_TOP,
        german,
        FontId::monospace(11.0),
        Color32::from_rgba_unmultiplied(0, 60, 160, 200),
    );
    let galley = painter.layout_no_wrap(
        "Kundenreise 2024".to_owned(),
        FontId::proportional(15.0),
        blue,
    );
    painter.add(TextShape::new(pos2(380.0, 240.0), galley, blue).with_angle(0.35));

    // Wrapped text in a box, through a real widget.
    let box_rect = Rect::from_min_size(pos2(180.0, 245.0), vec2(180.0, 80.0));
    painter.rect(
        box_rect.expand(4.0),
        6.0,
        Color32::from_rgb(255, 250, 220),
        Stroke::new(1.0, Color32::GRAY),
        StrokeKind::Outside,
    );
    ui.put(
        box_rect,
        egui::Label::new(
            "Der Kunde bestellt online, holt die Brötchen in der Bäckerei ab und \
             bewertet den Service – eine kurze Reise mit Umlauten: ä ö ü ß.",
        )
        .wrap(),
    );
}

/// A strip of journey-map cards at fractional positions, with wrapped labels.
fn paint_cards(painter: &egui::Painter) {
    let blue = BLUE;
    let labels = [
        "Bestellung online",
        "Abholung in der Bäckerei Müller",
        "Bewertung",
    ];
    for i in 0..8_u8 {
        let x = 8.3 + f32::from(i) * 78.7;
        let card = Rect::from_min_size(pos2(x, 428.6), vec2(72.0, 46.0));
        let fill = if i % 3 == 0 {
            Color32::from_rgba_unmultiplied(255, 200, 120, 170)
        } else {
            Color32::WHITE
        };
        painter.rect(card, 6.0, fill, Stroke::new(1.0, blue), StrokeKind::Inside);
        let galley = painter.layout(
            labels[usize::from(i) % labels.len()].to_owned(),
            FontId::proportional(8.5),
            Color32::from_gray(30),
            64.0,
        );
        painter.galley(card.min + vec2(4.0, 3.0), galley, Color32::BLACK);
        painter.arrow(
            pos2(card.max.x, card.center().y),
            vec2(6.5, 0.0),
            Stroke::new(1.0, Color32::GRAY),
        );
    }
}

/// Real widgets, drawn by egui itself.
fn paint_widgets(ui: &mut egui::Ui) {
    ui.put(
        Rect::from_min_size(pos2(230.0, 495.0), vec2(120.0, 24.0)),
        egui::Button::new("Exportieren …"),
    );
    let mut checked = true;
    ui.put(
        Rect::from_min_size(pos2(370.0, 495.0), vec2(150.0, 24.0)),
        egui::Checkbox::new(&mut checked, "Mit Legende"),
    );
}

/// User textures: bilinear magnified and minified, nearest, mirrored repeat.
fn paint_images(painter: &egui::Painter, textures: &SceneTextures) {
    let uv = Rect::from_min_max(Pos2::ZERO, pos2(1.0, 1.0));
    painter.image(
        textures.linear.id(),
        Rect::from_min_size(pos2(20.0, 220.0), vec2(70.0, 53.0)),
        uv,
        Color32::WHITE,
    );
    painter.image(
        textures.nearest.id(),
        Rect::from_min_size(pos2(95.0, 250.0), vec2(35.0, 28.0)),
        uv,
        Color32::from_rgba_unmultiplied(255, 255, 255, 200),
    );
    painter.image(
        textures.repeat.id(),
        Rect::from_min_size(pos2(520.0, 320.0), vec2(100.0, 60.0)),
        Rect::from_min_max(pos2(-0.7, -0.2), pos2(2.3, 1.7)),
        Color32::WHITE,
    );
    // Minified too: 5×4 texels onto 7×5 pixels.
    painter.image(
        textures.linear.id(),
        Rect::from_min_size(pos2(96.3, 225.1), vec2(3.5, 2.5)),
        uv,
        Color32::WHITE,
    );
}

#[test]
fn matches_egui_wgpu_at_2x() {
    check_fidelity(2.0);
}

#[test]
fn matches_egui_wgpu_at_1x() {
    check_fidelity(1.0);
}

/// Fractional scale factors put shape edges and glyphs off the pixel grid.
#[test]
fn matches_egui_wgpu_at_1_25x() {
    check_fidelity(1.25);
}

/// Renders the scene on the GPU and the CPU at `pixels_per_point` and
/// asserts that they agree.
fn check_fidelity(pixels_per_point: f32) {
    let name = format!("raster_fidelity_ppp_{pixels_per_point}");
    let cpu = Rc::new(RefCell::new(CpuFrames::default()));
    let twin = TwinRenderer {
        gpu: WgpuTestRenderer::new(),
        cpu: Rc::clone(&cpu),
    };
    let mut textures = None;
    let mut harness = Harness::builder()
        .with_size(vec2(SIZE[0], SIZE[1]))
        .with_pixels_per_point(pixels_per_point)
        .with_context_setup(|ctx| {
            ctx.all_styles_mut(|style| style.visuals.panel_fill = Color32::TRANSPARENT);
        })
        .renderer(twin)
        .build_ui(|ui| paint_scene(ui, &mut textures));
    let gpu = harness
        .render()
        .unwrap_or_else(|err| panic!("GPU render (egui_kittest + wgpu) failed: {err}"));
    drop(harness);

    let cpu = cpu.borrow();
    let (Some(software), Some(no_font), Some(unmultiplied)) = (
        cpu.image.as_ref(),
        cpu.no_font_image.as_ref(),
        cpu.unmultiplied_image.as_ref(),
    ) else {
        panic!("the CPU side never rendered");
    };
    let total = f64::from(gpu.width() * gpu.height());
    let result = common::compare(&gpu, software, TOLERANCE);
    println!(
        "raster fidelity at {pixels_per_point}x: {}x{} px, {} vertices: {} pixels differ by > {TOLERANCE} ({:.4}%), \
         {} differ at all, max channel delta {}, PSNR {:.2} dB",
        gpu.width(),
        gpu.height(),
        cpu.vertices,
        result.differing,
        100.0 * result.differing as f64 / total,
        result.changed,
        result.max_delta,
        result.psnr,
    );

    // The scene really is partly transparent, or alpha blending isn't tested.
    assert!(
        gpu.pixels().any(|p| p.0[3] > 0 && p.0[3] < 255),
        "expected translucent pixels in the GPU image"
    );

    // Negative controls: the comparison is sensitive enough to notice a
    // rasteriser that ignores the font atlas or forgets premultiplication.
    for (what, wrong) in [
        ("white font atlas", no_font),
        ("unmultiplied output", unmultiplied),
    ] {
        let control = common::compare(&gpu, wrong, TOLERANCE);
        println!("control ({what}): {} pixels differ", control.differing);
        assert!(
            control.differing as f64 > BUDGET * total,
            "control `{what}` should have failed the comparison"
        );
    }

    if std::env::var_os("RASTER_FIDELITY_DUMP").is_some() {
        let dir = common::write_failure_images(&name, &gpu, software, TOLERANCE);
        println!("images written to {}", dir.display());
    }
    if result.differing as f64 > BUDGET * total || result.psnr < 40.0 {
        let dir = common::write_failure_images(&name, &gpu, software, TOLERANCE);
        panic!(
            "CPU rasteriser differs from egui-wgpu in {} of {} pixels (PSNR {:.2} dB); \
             see expected.png (GPU), actual.png (CPU) and diff.png in {}",
            result.differing,
            total,
            result.psnr,
            dir.display()
        );
    }
}
