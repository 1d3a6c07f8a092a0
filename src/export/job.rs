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
    /// The journey as a Mermaid `journey` diagram (`.mmd`).
    Mermaid,
}

impl Format {
    /// Every format, with its extension and what it holds, as the error for an unknown
    /// extension lists them.
    pub const ALL: [(Self, &'static str, &'static str); 6] = [
        (Self::Png, "png", "a picture of the map"),
        (Self::Svg, "svg", "a vector picture"),
        (Self::Pdf, "pdf", "a document to print"),
        (Self::Pptx, "pptx", "a slide deck"),
        (Self::Csv, "csv", "a table of its touchpoints"),
        (Self::Mermaid, "mmd", "a Mermaid journey diagram"),
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
        !matches!(self, Self::Csv | Self::Mermaid)
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
/// `request` says, reporting to `progress` and stopping when it is cancelled. Files already
/// there are replaced: the command line is explicit about its output.
pub fn run(
    map: &Map,
    request: &Request,
    inputs: &Inputs,
    output: &Path,
    progress: &Progress,
) -> Result<Outcome, ExportError> {
    let made = make_files(map, request, inputs, output, progress)?;
    progress.check()?;
    made.write()
}

/// An export made in memory and not yet written, so the editor can ask before replacing
/// files that are already there.
#[derive(Clone, Debug, PartialEq)]
pub struct Made {
    /// Each file's name and bytes, in order.
    files: Vec<(PathBuf, Vec<u8>)>,
    notice: Option<Notice>,
}

impl Made {
    /// The files it would write, in order.
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.files.iter().map(|(path, _)| path.as_path())
    }

    /// The files it would write that are already there, in order.
    pub fn existing(&self) -> Vec<PathBuf> {
        self.paths()
            .filter(|path| path.exists())
            .map(Path::to_owned)
            .collect()
    }

    /// Writes the files, each atomically.
    pub fn write(self) -> Result<Outcome, ExportError> {
        let mut paths = Vec::with_capacity(self.files.len());
        for (path, bytes) in self.files {
            crate::file::save_atomically(&path, &bytes).map_err(|error| ExportError::Write {
                path: path.clone(),
                message: error.to_string(),
            })?;
            paths.push(path);
        }
        Ok(Outcome {
            files: paths,
            notice: self.notice,
        })
    }
}

/// Makes the export of `map` that [`run`] would write to `output`, without writing it.
pub fn make_files(
    map: &Map,
    request: &Request,
    inputs: &Inputs,
    output: &Path,
    progress: &Progress,
) -> Result<Made, ExportError> {
    let (files, notice) = make(map, request, inputs, progress)?;
    let paths = numbered(output, files.len());
    Ok(Made {
        files: paths.into_iter().zip(files).collect(),
        notice,
    })
}

/// `OUT.png` for one file; `OUT-1.png`, `OUT-2.png` … for several. An output whose name ends
/// in `-1` (as the editor suggests for slides: `journey-slides-1.png`) is the first of the
/// series, and the others count on from it: `journey-slides-2.png` …
pub fn numbered(output: &Path, count: usize) -> Vec<PathBuf> {
    if count <= 1 {
        return vec![output.to_owned()];
    }
    let stem = output
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = stem.strip_suffix("-1").unwrap_or(&stem);
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
        (Format::Mermaid, ..) => Ok((vec![super::mermaid::MermaidExporter.export(map)?], None)),
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
    fn a_series_named_after_its_first_file_counts_on_from_it() {
        let output = Path::new("/tmp/maps/journey-slides-1.png");
        assert_eq!(numbered(output, 1), vec![output.to_owned()]);
        assert_eq!(
            numbered(output, 2),
            vec![
                PathBuf::from("/tmp/maps/journey-slides-1.png"),
                PathBuf::from("/tmp/maps/journey-slides-2.png"),
            ]
        );
        // Only a trailing "-1" starts a series; other numbers belong to the name.
        assert_eq!(
            numbered(Path::new("plan-2024.png"), 2),
            vec![
                PathBuf::from("plan-2024-1.png"),
                PathBuf::from("plan-2024-2.png")
            ]
        );
    }

    #[test]
    fn made_files_name_the_ones_already_there_and_write_all() {
        let dir = tempfile::tempdir().expect("a folder");
        let output = dir.path().join("journey.csv");
        std::fs::write(&output, b"old").expect("written");
        let map = crate::model::sample::synthetic_map(3);
        let request = Request {
            format: Format::Csv,
            ..Request::default()
        };
        let made = make_files(
            &map,
            &request,
            &Inputs::default(),
            &output,
            &Progress::new(),
        )
        .expect("made");
        assert_eq!(made.existing(), vec![output.clone()]);
        assert_eq!(
            std::fs::read(&output).expect("read"),
            b"old",
            "nothing written yet"
        );
        let outcome = made.write().expect("written");
        assert_eq!(outcome.files, vec![output.clone()]);
        assert_ne!(std::fs::read(&output).expect("read"), b"old");
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
