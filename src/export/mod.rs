//! Exports of a map. PNG renders the shared painter off screen — no window, no display, no
//! GPU — and rasterises egui's meshes on the CPU, so the picture is the one the editor shows.
//!
//! CSV writes the touchpoints as a table for spreadsheets; Mermaid writes the journey as a
//! `journey` diagram for READMEs and wikis.
//!
//! Every format implements [`Exporter`], so the editor's export menu and the command line treat
//! PNG, CSV and later formats alike.

pub mod compare;
pub mod csv;
pub mod deck;
pub mod job;
pub mod large;
pub mod matrix;
pub mod mermaid;
mod photo;
pub mod png;
pub mod pptx;
mod progress;
pub mod raster;
mod render;
pub mod slides;
pub mod stages;
pub mod vector;
mod xml_escape;

use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::model::Map;

pub use photo::prepare_photo;
pub use progress::Progress;
pub use render::{
    MAX_SIDE_PX, MapWithPhoto, RenderOptions, render_map, render_map_with_heat,
    render_map_with_photo, render_maps, render_picture,
};

/// A way of turning a map into a file.
pub trait Exporter {
    /// The file name extension, without the dot.
    fn extension(&self) -> &'static str;

    /// The file's bytes.
    fn export(&self, map: &Map) -> Result<Vec<u8>, ExportError>;

    /// Exports to `path` atomically: a failed export never leaves a half-written file.
    fn export_to_file(&self, map: &Map, path: &Path) -> Result<(), ExportError> {
        let bytes = self.export(map)?;
        crate::file::save_atomically(path, &bytes).map_err(|error| ExportError::Write {
            path: path.to_owned(),
            message: error.to_string(),
        })
    }
}

/// Why an export failed.
#[derive(Debug, Error)]
pub enum ExportError {
    /// The picture would be larger than an image can be.
    #[error(
        "the picture would be {width} × {height} pixels, more than the {max} pixels a side an export allows; choose a smaller scale"
    )]
    TooLarge {
        /// Width in pixels.
        width: u64,
        /// Height in pixels.
        height: u64,
        /// The limit per side.
        max: u32,
    },
    /// The scale is outside what is offered.
    #[error("the scale must be between {min} and {max}, not {0}", min = render::MIN_SCALE, max = render::MAX_SCALE)]
    BadScale(f32),
    /// The image encoder failed.
    #[error("could not encode the picture: {0}")]
    Encode(String),
    /// The table writer failed.
    #[error("could not write the table: {0}")]
    Table(String),
    /// The user stopped the export.
    #[error("the export was cancelled")]
    Cancelled,
    /// The stages asked for are not on the map.
    #[error("{0}")]
    Stages(String),
    /// The file could not be written.
    #[error("{message}")]
    Write {
        /// The file.
        path: PathBuf,
        /// What went wrong, naming the file.
        message: String,
    },
}
