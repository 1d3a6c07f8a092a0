//! The command line: headless subcommands that create, check, export and compare maps.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use clap::{Parser, Subcommand, ValueEnum};

use crate::export::job::{Format, Inputs, Request, View};
use crate::export::slides::Aspect;
use crate::export::stages::StageRange;
use crate::export::vector::PageSize;
use crate::export::{Progress, RenderOptions};
use crate::file;
use crate::model::{Lang, Map, MapKind};

#[cfg(feature = "room")]
mod room;

/// journeymap — design customer-journey maps and service blueprints.
#[derive(Debug, Parser)]
#[command(name = "journeymap", version, about, long_about = None)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// What to do; without a command, the editor opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A map to open in the editor.
    pub file: Option<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a new map with the default stages and lanes of a kind.
    New {
        /// Which kind of map.
        #[arg(long, value_enum)]
        kind: KindArg,
        /// Language of the stage and lane names.
        #[arg(long, value_enum, default_value_t = LangArg::En)]
        lang: LangArg,
        /// Overwrite OUT if it exists.
        #[arg(long)]
        force: bool,
        /// When overwriting, how many previous versions to keep beside it (OUT.bak, OUT.bak2 …),
        /// 0 to 9.
        #[arg(long, default_value_t = file::DEFAULT_BACKUPS, value_parser = clap::value_parser!(u8).range(0..=i64::from(file::MAX_BACKUPS)))]
        backups: u8,
        /// Where to write the map (.ron).
        out: PathBuf,
    },
    /// Check that a map file opens; print a one-line summary.
    Check {
        /// The map file (.ron).
        file: PathBuf,
    },
    /// Export a map: a PNG picture of the whole map or of slides, an SVG or PDF of it, a slide
    /// deck, or its touchpoints as a CSV table. A map too large for one picture is made smaller or cut into numbered pictures; a
    /// map too wide for one slide becomes numbered slides (OUT-1.png, OUT-2.png …).
    Export {
        /// The map file (.ron).
        file: PathBuf,
        /// The file to write; its extension picks the format: .png for a picture, .svg for a
        /// vector picture, .pdf for a document to print, .pptx for a slide deck (a title slide,
        /// then the map's slides with speaker notes), .csv for a table of its touchpoints.
        /// Defaults to the map's name with .png.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Pixels per point, 1 to 4 (default 2: crisp text on a 4K slide). On slides and in
        /// decks, 1 makes 1080-pixel slides and 2 makes 2160-pixel ones. Pictures only.
        #[arg(long)]
        scale: Option<f32>,
        /// Leave the background transparent. Whole-map pictures only.
        #[arg(long, conflicts_with = "slide")]
        transparent: bool,
        /// What the picture shows: the whole map, or the priority matrix of its rated
        /// touchpoints (importance against performance). Pictures only.
        #[arg(long, value_enum, default_value_t = PictureView::Map)]
        view: PictureView,
        /// Fit the map on slides of this shape, with margins; a map too wide to read on one is
        /// split between stages into a numbered series. Decks are 16:9 unless this says 4:3.
        #[arg(long, value_enum)]
        slide: Option<SlideShape>,
        /// Only these stages: FROM..TO, FROM.., ..TO or one stage, each a stage's title or its
        /// number from 1 (e.g. "Purchase..Retention" or 3..5).
        #[arg(long, value_name = "FROM..TO")]
        stages: Option<String>,
        /// The PDF's page: the map's own size (default), or a landscape A4, A3, A1 or A0 poster
        /// with the map scaled to fit. PDF only.
        #[arg(long, value_enum)]
        page: Option<PageArg>,
        /// End the deck with a slide of the priority matrix (importance against performance of
        /// the rated touchpoints). Decks only.
        #[arg(long)]
        matrix: bool,
    },
    /// Compare two maps (a current and a future state, or ours and a competitor's): print how
    /// many touchpoints B adds, removes and changes, and in how many stages the emotion differs.
    /// With -o, also write a picture of both maps side by side with the differences marked.
    Compare {
        /// The first map (.ron).
        a: PathBuf,
        /// The second map (.ron).
        b: PathBuf,
        /// Also write the comparison as a picture (.png): both maps side by side, removed,
        /// added and changed touchpoints marked, both emotion curves in one chart.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Pixels per point of the picture, 1 to 4 (default 2).
        #[arg(long, requires = "output")]
        scale: Option<f32>,
    },
    /// Open the map's room from a terminal: participants join from their phones over the local
    /// network (the address and the code are printed), and what they send goes straight onto
    /// the map, which is saved after every change (the file as it was before keeps its usual
    /// backup). Ctrl+C closes the room and saves. The room speaks plain HTTP on the local
    /// network; a firewall must let journeymap receive on the port.
    #[cfg(feature = "room")]
    Room {
        /// The map file (.ron).
        file: PathBuf,
        /// The port phones connect to (0: any free one).
        #[arg(long, default_value_t = crate::room::DEFAULT_PORT)]
        port: u16,
        /// The address to listen on; all of the computer's networks by default.
        #[arg(long, default_value = "0.0.0.0")]
        bind: std::net::IpAddr,
        /// What participants do: write notes, vote with dots, or score the stages. Defaults to
        /// what the map's room did last (collect for a new room).
        #[arg(long, value_enum)]
        mode: Option<ModeArg>,
        /// How many dots each participant has in vote mode, 1 to 20.
        #[arg(long, value_parser = clap::value_parser!(u8).range(1..=20))]
        dots: Option<u8>,
        /// How many previous versions of the map the first save keeps, 0 to 9.
        #[arg(long, default_value_t = file::DEFAULT_BACKUPS, value_parser = clap::value_parser!(u8).range(0..=i64::from(file::MAX_BACKUPS)))]
        backups: u8,
    },
    /// Make a new map from a Mermaid journey (.mmd; from a Markdown file (.md) every journey
    /// block, written to OUT-1.ron, OUT-2.ron …) or from a table: a CSV/TSV file (any encoding a spreadsheet writes, `,`
    /// `;` or tab between cells) or a spreadsheet (.xlsx, .ods; its first sheet that holds
    /// anything). A list (one touchpoint per row, with columns such as Stage, Lane, Title,
    /// Channel, Notes, in English or German, as `export -o x.csv` writes them) or a grid
    /// (first row the stages, first column the lanes, each line of a cell a card). What cannot
    /// be placed is listed on standard error. Like `new`, it never overwrites OUT without
    /// --force.
    Import {
        /// The file to import (.mmd, .md, .csv, .tsv, .txt, .xlsx, .ods).
        file: PathBuf,
        /// Where to write the map (.ron).
        #[arg(short, long)]
        output: PathBuf,
        /// The kind of map; its template gives the lanes.
        #[arg(long, value_enum, default_value_t = KindArg::CurrentState)]
        kind: KindArg,
        /// The map's language, and the language of the messages.
        #[arg(long, value_enum, default_value_t = LangArg::En)]
        lang: LangArg,
        /// Read the table as a grid or a list; guessed from the table when not given.
        #[arg(long, value_enum)]
        shape: Option<ShapeArg>,
        /// Overwrite OUT if it exists.
        #[arg(long)]
        force: bool,
        /// When overwriting, how many previous versions to keep beside it (OUT.bak, OUT.bak2 …),
        /// 0 to 9.
        #[arg(long, default_value_t = file::DEFAULT_BACKUPS, value_parser = clap::value_parser!(u8).range(0..=i64::from(file::MAX_BACKUPS)))]
        backups: u8,
    },
}

/// What the room does, on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    /// Participants write notes into the open lanes and stages.
    Collect,
    /// Participants put their dots on cards.
    Vote,
    /// Participants score every stage from -2 to +2.
    Feel,
}

impl From<ModeArg> for crate::model::RoomMode {
    fn from(mode: ModeArg) -> Self {
        match mode {
            ModeArg::Collect => Self::Collect,
            ModeArg::Vote => Self::Vote,
            ModeArg::Feel => Self::Feel,
        }
    }
}

/// The shape of an imported table on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ShapeArg {
    /// First row: stages; first column: lanes; each line of a cell: a card.
    Grid,
    /// One card per row.
    List,
}

/// Pixels per point of an exported picture unless `--scale` says otherwise: crisp text on a 4K
/// slide.
pub const DEFAULT_SCALE: f32 = 2.0;

/// The format of the file to write, by its extension; the error lists what can be written.
fn format_of(path: &Path) -> anyhow::Result<Format> {
    if let Some(format) = Format::of(path) {
        return Ok(format);
    }
    let supported = Format::ALL
        .iter()
        .map(|(_, ext, what)| format!(".{ext} ({what})"))
        .collect::<Vec<_>>()
        .join(" or ");
    match path.extension() {
        Some(ext) => bail!(
            "cannot export to {}: journeymap does not write .{} files; name the output \
             {supported}",
            path.display(),
            ext.to_string_lossy().to_lowercase()
        ),
        None => bail!(
            "cannot export to {}: the name has no extension to tell the format; name the \
             output {supported}",
            path.display()
        ),
    }
}

/// A PDF page size on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PageArg {
    /// The map's own size.
    Fit,
    /// A4 landscape.
    #[value(name = "A4", alias = "a4")]
    A4,
    /// A3 landscape.
    #[value(name = "A3", alias = "a3")]
    A3,
    /// A1 landscape.
    #[value(name = "A1", alias = "a1")]
    A1,
    /// A0 landscape.
    #[value(name = "A0", alias = "a0")]
    A0,
}

impl From<PageArg> for PageSize {
    fn from(page: PageArg) -> Self {
        match page {
            PageArg::Fit => Self::Fit,
            PageArg::A4 => Self::A4,
            PageArg::A3 => Self::A3,
            PageArg::A1 => Self::A1,
            PageArg::A0 => Self::A0,
        }
    }
}

/// A slide shape on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SlideShape {
    /// 16:9, 1920 × 1080 at scale 1.
    #[value(name = "16:9")]
    Wide,
    /// 4:3, 1440 × 1080 at scale 1.
    #[value(name = "4:3")]
    Standard,
}

impl From<SlideShape> for Aspect {
    fn from(shape: SlideShape) -> Self {
        match shape {
            SlideShape::Wide => Self::Wide,
            SlideShape::Standard => Self::Standard,
        }
    }
}

/// A map kind on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum KindArg {
    /// How the journey runs today.
    CurrentState,
    /// A whole day of the person.
    DayInTheLife,
    /// How the journey should run.
    FutureState,
    /// What happens behind the journey.
    ServiceBlueprint,
}

impl From<KindArg> for MapKind {
    fn from(kind: KindArg) -> Self {
        match kind {
            KindArg::CurrentState => Self::CurrentState,
            KindArg::DayInTheLife => Self::DayInTheLife,
            KindArg::FutureState => Self::FutureState,
            KindArg::ServiceBlueprint => Self::ServiceBlueprint,
        }
    }
}

/// A language on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// German.
    De,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Self {
        match lang {
            LangArg::En => Self::En,
            LangArg::De => Self::De,
        }
    }
}

/// Runs a subcommand; the returned error is the message for the user.
pub fn run(command: Command) -> anyhow::Result<()> {
    match command {
        Command::New {
            kind,
            lang,
            force,
            backups,
            out,
        } => new(kind.into(), lang.into(), force, backups, &out),
        Command::Check { file } => check(&file),
        Command::Export {
            file,
            output,
            scale,
            transparent,
            view,
            slide,
            stages,
            page,
            matrix,
        } => {
            let output = output.unwrap_or_else(|| file.with_extension("png"));
            export(
                &file,
                &output,
                Picture {
                    scale,
                    transparent,
                    view,
                    slide,
                    stages,
                    page,
                    matrix,
                },
            )
        }
        Command::Compare {
            a,
            b,
            output,
            scale,
        } => compare(&a, &b, output.as_deref(), scale),
        #[cfg(feature = "room")]
        Command::Room {
            file,
            port,
            bind,
            mode,
            dots,
            backups,
        } => {
            let map = load(&file)?;
            room::run(
                &file,
                &room::RoomArgs {
                    port,
                    bind,
                    mode: mode.map(Into::into),
                    dots,
                    backups,
                },
                map,
            )
        }
        Command::Import {
            file,
            output,
            kind,
            lang,
            shape,
            force,
            backups,
        } => import(
            &file,
            &output,
            crate::import::ImportOptions {
                kind: kind.into(),
                lang: lang.into(),
                shape: shape.map(|shape| match shape {
                    ShapeArg::Grid => crate::import::table::Shape::Grid,
                    ShapeArg::List => crate::import::table::Shape::List,
                }),
            },
            force,
            backups,
        ),
    }
}

/// `journeymap import`: a table into a new map file; what the reader noticed and what could
/// not be placed go to standard error as warnings, in the map's language.
fn import(
    path: &Path,
    out: &Path,
    options: crate::import::ImportOptions,
    force: bool,
    backups: u8,
) -> anyhow::Result<()> {
    let lang = options.lang;
    if crate::import::mermaid::is_mermaid_file(path) {
        return import_mermaid(path, out, options.kind, lang, force, backups);
    }
    if out.exists() && !force {
        bail!(
            "{} already exists; choose another name or add --force to overwrite it",
            out.display()
        );
    }
    let imported = crate::import::import_file(path, options)
        .map_err(|error| anyhow::anyhow!("{}: {}", path.display(), error.message(lang)))?;
    for note in &imported.notes {
        warn(&format!("{}: {}", path.display(), note.message(lang)));
    }
    for name in &imported.other_sheets {
        warn(&format!(
            "{}: {}",
            path.display(),
            crate::i18n::texts(lang).get_with(
                "import-other-sheet",
                &[("sheet", fluent_bundle::FluentValue::from(name.as_str()))]
            )
        ));
    }
    for unplaced in &imported.unplaced {
        warn(&format!("{}: {}", path.display(), unplaced.message(lang)));
    }
    file::save_with_backups(&imported.map, out, backups).map_err(|error| match error {
        file::FileError::Backup { .. } => {
            anyhow::anyhow!("{error}; add --backups 0 to overwrite it without a backup")
        }
        other => other.into(),
    })?;
    say(&format!(
        "wrote {} ({})",
        out.display(),
        summary(&imported.map)
    ));
    Ok(())
}

/// `journeymap import` of a Mermaid journey (`.mmd`) or of the journeys of a Markdown file
/// (`.md`): one map is written to OUT, several to OUT-1.ron, OUT-2.ron … in the order of their
/// blocks. Nothing is written if any journey is refused or any file exists without --force.
fn import_mermaid(
    path: &Path,
    out: &Path,
    kind: MapKind,
    lang: Lang,
    force: bool,
    backups: u8,
) -> anyhow::Result<()> {
    let bytes = std::fs::read(path).map_err(|error| {
        anyhow::anyhow!(
            "{}",
            crate::i18n::texts(lang).get_with(
                "import-cannot-read",
                &[
                    ("path", path.display().to_string().into()),
                    ("reason", error.to_string().into()),
                ],
            )
        )
    })?;
    let imported = crate::import::mermaid::import_bytes(&bytes, lang, kind)
        .map_err(|error| anyhow::anyhow!("{}: {}", path.display(), error.message(lang)))?;
    let outputs = crate::export::job::numbered(out, imported.maps.len());
    if !force && let Some(existing) = outputs.iter().find(|output| output.exists()) {
        bail!(
            "{} already exists; choose another name or add --force to overwrite it",
            existing.display()
        );
    }
    for note in &imported.notes {
        warn(&format!("{}: {}", path.display(), note.message(lang)));
    }
    for (map, output) in imported.maps.iter().zip(&outputs) {
        file::save_with_backups(map, output, backups).map_err(|error| match error {
            file::FileError::Backup { .. } => {
                anyhow::anyhow!("{error}; add --backups 0 to overwrite it without a backup")
            }
            other => other.into(),
        })?;
        say(&format!("wrote {} ({})", output.display(), summary(map)));
    }
    Ok(())
}

fn new(kind: MapKind, lang: Lang, force: bool, backups: u8, out: &Path) -> anyhow::Result<()> {
    if out.exists() && !force {
        bail!(
            "{} already exists; choose another name or add --force to overwrite it",
            out.display()
        );
    }
    let map = crate::file::template(kind, lang).context("the built-in template is damaged")?;
    file::save_with_backups(&map, out, backups).map_err(|error| match error {
        file::FileError::Backup { .. } => {
            anyhow::anyhow!("{error}; add --backups 0 to overwrite it without a backup")
        }
        other => other.into(),
    })?;
    say(&format!("wrote {} ({})", out.display(), summary(&map)));
    Ok(())
}

fn check(path: &Path) -> anyhow::Result<()> {
    let map = load(path)?;
    if let Some(relative) = map.persona.photo.as_deref()
        && let Err(error) = file::load_photo(file::folder_of(path), relative)
    {
        warn(&format!(
            "{error}; the map and its pictures show a placeholder in its place"
        ));
    }
    say(&format!("ok: {}", summary(&map)));
    Ok(())
}

/// Reads a map file; what had to be left out of it (a persona photo from another computer) is
/// said on standard error, and the command goes on with the rest of the map.
fn load(path: &Path) -> anyhow::Result<crate::model::Map> {
    let (map, notes) = file::load_noting(path)?;
    for note in notes {
        warn(&format!("{}: {note}", path.display()));
    }
    Ok(map)
}

/// Prints a warning on standard error; the command still succeeds.
fn warn(text: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "journeymap: warning: {text}");
}

/// What a picture export was asked for.
struct Picture {
    scale: Option<f32>,
    transparent: bool,
    view: PictureView,
    slide: Option<SlideShape>,
    stages: Option<String>,
    page: Option<PageArg>,
    matrix: bool,
}

/// What an exported picture shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum PictureView {
    /// The whole map.
    Map,
    /// The priority matrix.
    Matrix,
}

fn export(path: &Path, output: &Path, picture: Picture) -> anyhow::Result<()> {
    let Picture {
        scale,
        transparent,
        view,
        slide,
        stages,
        page,
        matrix,
    } = picture;
    let format = format_of(output)?;
    if matrix && format != Format::Pptx {
        bail!(
            "--matrix adds a slide to a deck; name the output .pptx, or export the matrix as a \
             picture with --view matrix"
        );
    }
    let picture_options =
        scale.is_some() || transparent || view != PictureView::Map || slide.is_some();
    if !format.is_picture() && (picture_options || stages.is_some()) {
        bail!(
            "--scale, --transparent, --view, --slide and --stages are for pictures; leave them \
             out to export {}",
            output.display()
        );
    }
    if page.is_some() && format != Format::Pdf {
        bail!("--page is for PDF; name the output .pdf to print the map on a poster");
    }
    let vector = matches!(format, Format::Svg | Format::Pdf);
    if vector && (scale.is_some() || transparent || view != PictureView::Map || slide.is_some()) {
        bail!(
            "--scale, --transparent, --view and --slide are for PNG pictures and decks; SVG and \
             PDF draw the map as vectors at any size"
        );
    }
    if format == Format::Pptx && (transparent || view != PictureView::Map) {
        bail!("--transparent and --view are for PNG pictures; a deck's slides show the map");
    }
    if view == PictureView::Matrix && (slide.is_some() || stages.is_some()) {
        bail!("--slide and --stages are for pictures of the map, not of the priority matrix");
    }
    if same_file(path, output) {
        bail!(
            "the export would overwrite the map {} itself; choose another output name with -o",
            path.display()
        );
    }
    let map = load(path)?;
    let stages = stages
        .map(|spec| {
            StageRange::parse(&spec, &map)
                .map_err(|error| anyhow::anyhow!("cannot export only stages \"{spec}\": {error}"))
        })
        .transpose()?;
    let request = Request {
        format,
        view: match view {
            PictureView::Map => View::Map,
            PictureView::Matrix => View::Matrix,
        },
        scale: scale.unwrap_or(DEFAULT_SCALE),
        transparent,
        slide: slide.map(Aspect::from),
        stages,
        page: page.map_or(PageSize::Fit, PageSize::from),
        matrix_slide: matrix,
    };
    let inputs = Inputs {
        photo: if format.is_picture() {
            persona_photo(path, &map)
        } else {
            None
        },
        heat: None,
    };
    let outcome = crate::export::job::run(&map, &request, &inputs, output, &Progress::new())
        .with_context(|| format!("cannot export {}", path.display()))?;
    for file in &outcome.files {
        say(&format!("wrote {}", file.display()));
    }
    if let Some(notice) = outcome.notice {
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), "journeymap: note: {notice}");
    }
    Ok(())
}

/// Compares map `b` with map `a` and prints the summary line; with `output`, first writes the
/// comparison picture there (so a failure prints nothing but the error).
fn compare(a: &Path, b: &Path, output: Option<&Path>, scale: Option<f32>) -> anyhow::Result<()> {
    if let Some(output) = output {
        let png = output
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("png"));
        if !png {
            bail!(
                "cannot write the comparison to {}: it is a picture; name the output .png",
                output.display()
            );
        }
        if same_file(a, output) || same_file(b, output) {
            bail!(
                "the picture would overwrite a map being compared; choose another output name \
                 with -o than {}",
                output.display()
            );
        }
    }
    let map_a = load(a)?;
    let map_b = load(b)?;
    let summary = crate::analysis::compare(&map_a, &map_b).summary();
    if let Some(output) = output {
        let options = RenderOptions {
            scale: scale.unwrap_or(DEFAULT_SCALE),
            transparent: false,
        };
        let context = || {
            format!(
                "cannot write the comparison of {} and {}",
                a.display(),
                b.display()
            )
        };
        let (photo_a, photo_b) = (persona_photo(a, &map_a), persona_photo(b, &map_b));
        let picture = crate::export::compare::comparison_png(
            (&map_a, photo_a.as_ref()),
            (&map_b, photo_b.as_ref()),
            options,
        )
        .with_context(context)?;
        file::save_atomically(output, &picture.bytes)
            .map_err(|error| anyhow::anyhow!("{error}"))
            .with_context(context)?;
        say(&summary);
        say(&format!("wrote {}", output.display()));
        if picture.map_scale < 1.0 {
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr(),
                "journeymap: note: both maps are drawn at {:.0} % of their size to keep the \
                 picture within {} pixels a side",
                picture.map_scale * 100.0,
                crate::export::MAX_SIDE_PX
            );
        }
        return Ok(());
    }
    say(&summary);
    Ok(())
}

/// The persona photo of the map at `path`, prepared for the picture. A photo that cannot be
/// shown is reported and replaced by the placeholder: the rest of the map is still worth a
/// picture.
fn persona_photo(path: &Path, map: &crate::model::Map) -> Option<image::RgbaImage> {
    let relative = map.persona.photo.as_deref()?;
    match file::load_photo(file::folder_of(path), relative) {
        Ok(photo) => Some(crate::export::prepare_photo(&photo)),
        Err(error) => {
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr(),
                "journeymap: warning: {error}; the picture shows a placeholder instead"
            );
            None
        }
    }
}

/// Prints a line of output. A closed stdout (`journeymap check … | head -1`) is not an error
/// worth reporting: the work is done, nobody is reading.
fn say(line: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stdout(), "{line}");
}

/// Whether two paths name the same file (the second need not exist).
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// "current state, 5 stages, 7 lanes, 62 cards": what `check` prints.
pub fn summary(map: &Map) -> String {
    let mut parts = vec![
        crate::i18n::tr(Lang::En, crate::i18n::kind_id(map.kind)).to_lowercase(),
        count(map.stages.len(), "stage"),
        count(map.lanes.len(), "lane"),
        count(map.cards.len(), "card"),
    ];
    if !map.connections.is_empty() {
        parts.push(count(map.connections.len(), "connection"));
    }
    parts.join(", ")
}

/// "1 card", "2 cards".
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
