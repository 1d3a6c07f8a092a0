//! Text on a zoomed canvas, rasterised at the size it is seen.
//!
//! egui lays text out at the screen's own scale; a layer transform (a `Scene`'s pan and zoom)
//! then stretches the finished glyph meshes. Zoomed in, letters go soft; zoomed out a little,
//! the one-pixel strokes of hyphens, dashes and crossbars fall between the screen's pixels and
//! vanish ("Free-trial" reads "Free trial"). Exports are unaffected: they lay text out at their
//! own scale. This pass lays every text the canvas painted out again at the zoomed size and
//! shrinks it back into map coordinates, so after the layer transform each glyph is drawn one
//! texel to one pixel.

use egui::emath::TSTransform;
use egui::epaint::{ClippedShape, Shape, TextShape};
use egui::layers::ShapeIdx;
use egui::{Context, LayerId};

/// Zooms this close to 1 keep egui's own layout.
const NEAR_ONE: f32 = 1e-3;

/// The zoom text is laid out at for a view at `zoom`: rounded to a few steps per octave, so a
/// smooth zoom gesture reuses a handful of glyph sizes instead of filling the font atlas with a
/// new size every frame (the same steps the map's overview titles are sized by).
pub fn text_zoom(zoom: f32) -> f32 {
    crate::paint::text_zoom(zoom)
}

/// Where a layer's shapes end now; pass it to [`sharpen`] after painting.
pub fn mark(ctx: &Context, layer: LayerId) -> usize {
    ctx.graphics_mut(|graphics| graphics.entry(layer).next_idx().0)
}

/// Lays out again every text painted on `layer` since `from` (see [`mark`]) for a view shown
/// at `zoom` screen points per layer point.
pub fn sharpen(ctx: &Context, layer: LayerId, from: usize, zoom: f32) {
    let zoom = text_zoom(zoom);
    if (zoom - 1.0).abs() < NEAR_ONE {
        return;
    }
    // Fonts cannot be used while the graphics are borrowed: take the texts out, lay them out
    // again, put them back.
    let mut texts: Vec<(usize, Shape)> = ctx.graphics_mut(|graphics| {
        let list = graphics.entry(layer);
        let end = list.next_idx().0;
        let mut texts = Vec::new();
        for idx in from..end {
            list.mutate_shape(ShapeIdx(idx), |clipped: &mut ClippedShape| {
                if has_text(&clipped.shape) {
                    texts.push((idx, std::mem::replace(&mut clipped.shape, Shape::Noop)));
                }
            });
        }
        texts
    });
    for (_, shape) in &mut texts {
        sharpen_shape(ctx, shape, zoom);
    }
    ctx.graphics_mut(|graphics| {
        let list = graphics.entry(layer);
        for (idx, shape) in texts {
            list.mutate_shape(ShapeIdx(idx), |clipped| clipped.shape = shape);
        }
    });
}

fn has_text(shape: &Shape) -> bool {
    match shape {
        Shape::Text(_) => true,
        Shape::Vec(shapes) => shapes.iter().any(has_text),
        _ => false,
    }
}

fn sharpen_shape(ctx: &Context, shape: &mut Shape, zoom: f32) {
    match shape {
        Shape::Text(text) => *text = relaid(ctx, text, zoom),
        Shape::Vec(shapes) => {
            for shape in shapes {
                sharpen_shape(ctx, shape, zoom);
            }
        }
        _ => {}
    }
}

/// `text` laid out at `zoom` times its size, then scaled back by `1 / zoom` about its position,
/// so it covers the same place in map coordinates.
fn relaid(ctx: &Context, text: &TextShape, zoom: f32) -> TextShape {
    let mut job = (*text.galley.job).clone();
    for section in &mut job.sections {
        section.leading_space *= zoom;
        let format = &mut section.format;
        format.font_id.size *= zoom;
        format.extra_letter_spacing *= zoom;
        format.line_height = format.line_height.map(|height| height * zoom);
        format.expand_bg *= zoom;
        format.underline.width *= zoom;
        format.strikethrough.width *= zoom;
    }
    // Glyph advances do not grow exactly with the size (they are rounded to pixels), so a line
    // that just fitted could wrap at the new size; half a point of slack keeps the same breaks.
    job.wrap.max_width = job.wrap.max_width * zoom + 0.5 * zoom;
    job.first_row_min_height *= zoom;
    let galley = ctx.fonts_mut(|fonts| fonts.layout_job(job));
    let mut shape = TextShape {
        galley,
        ..text.clone()
    };
    let shrink = 1.0 / zoom;
    shape.transform(TSTransform::new(
        text.pos.to_vec2() * (1.0 - shrink),
        shrink,
    ));
    shape.underline = text.underline;
    shape
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[expect(clippy::float_cmp, reason = "the rounding gives these exact values")]
    fn zoom_is_rounded_to_a_few_steps() {
        assert_eq!(text_zoom(1.0), 1.0);
        assert!((text_zoom(0.9) - 0.9).abs() < 0.025);
        assert_eq!(
            text_zoom(0.9),
            text_zoom(0.901),
            "nearby zooms share a size"
        );
        assert!((text_zoom(2.0) - 2.0).abs() < 1e-4);
        assert_eq!(text_zoom(0.0), 1.0);
        assert_eq!(text_zoom(f32::NAN), 1.0);
    }

    #[test]
    fn relaid_text_covers_the_same_place() {
        let ctx = Context::default();
        ctx.run_ui(egui::RawInput::default(), |_| {})
            .textures_delta
            .clear();
        let galley = ctx.fonts_mut(|fonts| {
            fonts.layout(
                "Free-trial sign-up — pricing".to_owned(),
                egui::FontId::proportional(12.0),
                egui::Color32::BLACK,
                120.0,
            )
        });
        let text = TextShape::new(egui::pos2(30.0, 40.0), galley.clone(), egui::Color32::BLACK);
        let zoomed = relaid(&ctx, &text, 0.75);
        assert_eq!(zoomed.pos, text.pos);
        assert_eq!(
            zoomed.galley.rows.len(),
            galley.rows.len(),
            "same line breaks"
        );
        let (before, after) = (galley.size(), zoomed.galley.size());
        assert!((before.x - after.x).abs() < 2.0, "{before:?} vs {after:?}");
        assert!((before.y - after.y).abs() < 2.0, "{before:?} vs {after:?}");
        let glyphs = |shape: &TextShape| shape.galley.rows[0].visuals.mesh.vertices.len();
        assert_eq!(glyphs(&zoomed), glyphs(&text));
    }
}
