//! One export as the user asked for it — format, scale, slide shape, stages — carried out the
//! same way by the command line and by the editor (there on a thread of its own, with a
//! progress bar and Cancel). Everything is made in memory first and then written, each file
//! atomically, so a cancelled or failed export leaves no half-written files.

use std::path::{Path, PathBuf};

use super::large::{Large, render_any_size};
use super::png::encode_png;
use super::slides::{Aspect, Extras, SlideFormat, render_slides};
use super::stages::{StageRange, slice};
use super::vector::{PageSize, map_pdf, map_svg};
use super::{ExportError, Exporter as _, Progress, RenderOptions};
use crate::model::Map;

/// The kinds of file an export writes, told apart by the output's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// A picture: the whole map, its slides, or the priority matrix.
    Png,
    /// A table of the map's touchpoints.
    Csv,
    /// A slide deck (`.pptx`): a title slide and the map's slides.
    Pptx,
    /// The map as vectors, for the web and for editing in a drawing program.
    Svg,
    /// The map as vectors with searchable text, for print: fitted to the map or on a poster.
    Pdf,
}

impl Format {
    /// Every format, with its extension and what it holds, as the error for an unknown
    /// extension lists them.
    pub const ALL: [(Self, &'static str, &'static str); 5] = [
        (Self::Png, "png", "a picture of the map"),
        (Self::Svg, "svg", "a vector picture"),
        (Self::Pdf, "pdf", "a document to print"),
        (Self::Pptx, "pptx", "a slide deck"),
        (Self::Csv, "csv", "a table of its touchpoints"),
    ];

    /// The format of a file to write, by its extension (in any case).
    pub fn of(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_string_lossy().to_lowercase();
        Self::ALL
            .iter()
            .find(|(_, ext, _)| *ext == extension)
            .map(|(format, _, _)| *format)
    }

    /// The extension, without the dot.
    pub fn extension(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(format, _, _)| *format == self)
            .map_or("", |(_, ext, _)| ext)
    }

    /// Whether the format is a picture, to which scale, slides and stages apply.
    pub fn is_picture(self) -> bool {
        self != Self::Csv
    }
}

/// What a picture shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// The map.
    #[default]
    Map,
    /// The priority matrix of its rated touchpoints.
    Matrix,
}

/// What the user asked for, besides the output's name.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    /// The kind of file.
    pub format: Format,
    /// What the picture shows.
    pub view: View,
    /// Pixels per point; on slides and in decks, 1 is a 1080-pixel slide and 2 a 2160-pixel
    /// one (crisp on a 4K projector).
    pub scale: f32,
    /// A transparent background (whole-map pictures only).
    pub transparent: bool,
    /// Fit the map on slides of this shape, split by stages when too wide to read.
    pub slide: Option<Aspect>,
    /// Only these stages.
    pub stages: Option<StageRange>,
    /// The PDF's page.
    pub page: PageSize,
    /// A deck ends with a slide of the priority matrix (decks only).
    pub matrix_slide: bool,
}

impl Default for Request {
    fn default() -> Self {
        Self {
            format: Format::Png,
            view: View::Map,
            scale: 2.0,
            transparent: false,
            slide: None,
            stages: None,
            page: PageSize::Fit,
            matrix_slide: false,
        }
    }
}

/// What goes into the picture besides the map, owned so the export can run on its own thread.
#[derive(Clone, Debug, Default)]
pub struct Inputs {
    /// The persona's photo, decoded and prepared.
    pub photo: Option<image::RgbaImage>,
    /// Heat colouring of the touchpoint cards by this rating or metric.
    pub heat: Option<crate::analysis::HeatMeasure>,
}

/// What an export did beyond the obvious, for the user to know.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The picture was too large at the scale asked for and was made at a smaller one.
    Rescaled {
        /// The scale asked for.
        asked: f32,
        /// The scale used.
        used: f32,
    },
    /// The map was too large for one picture and was cut into tiles.
    Tiled {
        /// Columns and rows.
        grid: (usize, usize),
        /// The size the whole picture would have had, in pixels.
        whole_px: (u64, u64),
    },
    /// The map was too wide for one slide and was split into this many.
    Series(usize),
}

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Rescaled { asked, used } => write!(
                f,
                "the picture would be larger than {max} pixels a side at {asked}×, so it was made \
                 at {used:.2}×, the largest scale that fits",
                max = super::MAX_SIDE_PX
            ),
            Self::Tiled { grid, whole_px } => write!(
                f,
                "the picture would be {} × {} pixels, more than the {max} a side one picture \
                 allows, so it was cut into {} pictures ({} across, {} down), numbered left to \
                 right, top to bottom",
                whole_px.0,
                whole_px.1,
                grid.0 * grid.1,
                grid.0,
                grid.1,
                max = super::MAX_SIDE_PX
            ),
            Self::Series(count) => write!(
                f,
                "the map is too wide to read on one slide, so it was split between stages into \
                 {count} slides"
            ),
        }
    }
}

/// What an export wrote.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The files, in order.
    pub files: Vec<PathBuf>,
    /// What the user should know about them.
    pub notice: Option<Notice>,
}

/// Exports `map` to `output` (and, for a series or tiles, files numbered after it) as
/// `request` says, reporting to `progress` and stopping when it is cancelled.
pub fn run(
    map: &Map,
    request: &Request,
    inputs: &Inputs,
    output: &Path,
    progress: &Progress,
) -> Result<Outcome, ExportError> {
    let (files, notice) = make(map, request, inputs, progress)?;
    progress.check()?;
    let paths = numbered(output, files.len());
    for (path, bytes) in paths.iter().zip(&files) {
        crate::file::save_atomically(path, bytes).map_err(|error| ExportError::Write {
            path: path.clone(),
            message: error.to_string(),
        })?;
    }
    Ok(Outcome {
        files: paths,
        notice,
    })
}

/// `OUT.png` for one file; `OUT-1.png`, `OUT-2.png` … for several.
pub fn numbered(output: &Path, count: usize) -> Vec<PathBuf> {
    if count <= 1 {
        return vec![output.to_owned()];
    }
    let stem = output
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    let extension = output
        .extension()
        .map(|ext| format!(".{}", ext.to_string_lossy()))
        .unwrap_or_default();
    (1..=count)
        .map(|number| output.with_file_name(format!("{stem}-{number}{extension}")))
        .collect()
}

/// The files' bytes, in order.
fn make(
    map: &Map,
    request: &Request,
    inputs: &Inputs,
    progress: &Progress,
) -> Result<(Vec<Vec<u8>>, Option<Notice>), ExportError> {
    let heat = inputs
        .heat
        .as_ref()
        .map(|measure| crate::analysis::heat(map, measure));
    let options = RenderOptions {
        scale: request.scale,
        transparent: request.transparent,
    };
    match (request.format, request.view, request.slide) {
        (Format::Csv, ..) => Ok((vec![super::csv::CsvExporter.export(map)?], None)),
        (Format::Svg | Format::Pdf, ..) => {
            let part = match request.stages {
                Some(range) => slice(map, range),
                None => map.clone(),
            };
            let heat = inputs
                .heat
                .as_ref()
                .map(|measure| crate::analysis::heat(&part, measure));
            let photo = inputs.photo.as_ref();
            let bytes = if request.format == Format::Svg {
                map_svg(&part, photo, heat.as_ref())?
            } else {
                map_pdf(&part, photo, heat.as_ref(), request.page)?
            };
            Ok((vec![bytes], None))
        }
        (Format::Pptx, ..) => {
            let extras = Extras {
                photo: inputs.photo.as_ref(),
                heat: heat.as_ref(),
            };
            let aspect = request.slide.unwrap_or(Aspect::Wide);
            let format = SlideFormat::new(aspect, request.scale);
            let deck = super::deck::map_deck(
                map,
                format,
                request.stages,
                extras,
                request.matrix_slide,
                progress,
            )?;
            Ok((vec![deck], None))
        }
        (Format::Png, View::Matrix, _) => Ok((
            vec![super::matrix::MatrixExporter { options }.export(map)?],
            None,
        )),
        (Format::Png, View::Map, Some(aspect)) => {
            let extras = Extras {
                photo: inputs.photo.as_ref(),
                heat: heat.as_ref(),
            };
            let format = SlideFormat::new(aspect, request.scale);
            let slides = render_slides(map, format, request.stages, extras, progress)?;
            let notice = (slides.len() > 1).then_some(Notice::Series(slides.len()));
            Ok((slides.into_iter().map(|slide| slide.png).collect(), notice))
        }
        (Format::Png, View::Map, None) => {
            let part = match request.stages {
                Some(range) => slice(map, range),
                None => map.clone(),
            };
            let large = render_any_size(
                &part,
                options,
                inputs.photo.as_ref(),
                heat.as_ref(),
                progress,
            )?;
            match large {
                Large::One { image, rescaled } => Ok((
                    vec![encode_png(&image)?],
                    rescaled.map(|used| Notice::Rescaled {
                        asked: request.scale,
                        used,
                    }),
                )),
                Large::Tiles {
                    images,
                    grid,
                    whole_px,
                } => {
                    let mut files = Vec::with_capacity(images.len());
                    for image in &images {
                        files.push(encode_png(image)?);
                        progress.check()?;
                    }
                    Ok((files, Some(Notice::Tiled { grid, whole_px })))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn several_files_are_numbered_after_the_output() {
        let output = Path::new("/tmp/maps/journey.png");
        assert_eq!(numbered(output, 1), vec![output.to_owned()]);
        assert_eq!(
            numbered(output, 3),
            vec![
                PathBuf::from("/tmp/maps/journey-1.png"),
                PathBuf::from("/tmp/maps/journey-2.png"),
                PathBuf::from("/tmp/maps/journey-3.png"),
            ]
        );
    }

    #[test]
    fn formats_are_told_by_extension() {
        assert_eq!(Format::of(Path::new("a/b.PNG")), Some(Format::Png));
        assert_eq!(Format::of(Path::new("b.csv")), Some(Format::Csv));
        assert_eq!(Format::of(Path::new("b.gif")), None);
        assert_eq!(Format::of(Path::new("b")), None);
        assert_eq!(Format::Csv.extension(), "csv");
    }
}
