//! PNG export.

use image::ImageEncoder;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};

use super::render::render_map_with_heat;
use super::{ExportError, Exporter, RenderOptions};
use crate::model::Map;

/// Exports a map as a PNG picture.
#[derive(Clone, Debug, Default)]
pub struct PngExporter {
    /// Scale and background.
    pub options: RenderOptions,
    /// The persona's photo, decoded (see `file::load_photo`); `None` draws a placeholder where
    /// the map names one.
    pub photo: Option<image::RgbaImage>,
    /// Colours the touchpoint cards by this rating or metric, with its legend (the heat
    /// colouring switched on in the editor).
    pub heat: Option<crate::analysis::HeatMeasure>,
}

impl Exporter for PngExporter {
    fn extension(&self) -> &'static str {
        "png"
    }

    fn export(&self, map: &Map) -> Result<Vec<u8>, ExportError> {
        let heat = self
            .heat
            .as_ref()
            .map(|measure| crate::analysis::heat(map, measure));
        let (_, canvas) =
            render_map_with_heat(map, self.options, self.photo.as_ref(), heat.as_ref())?;
        encode_png(&canvas.into_unmultiplied_image())
    }
}

/// Encodes an image as PNG. Deterministic: the same pixels give the same bytes.
pub fn encode_png(image: &image::RgbaImage) -> Result<Vec<u8>, ExportError> {
    let mut bytes = Vec::new();
    PngEncoder::new_with_quality(&mut bytes, CompressionType::Default, FilterType::Adaptive)
        .write_image(
            image.as_raw(),
            image.width(),
            image.height(),
            image::ExtendedColorType::Rgba8,
        )
        .map_err(|error| ExportError::Encode(error.to_string()))?;
    Ok(bytes)
}
