//! The command line: headless subcommands that create, check and export maps.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use clap::{Parser, Subcommand, ValueEnum};

use crate::export::png::PngExporter;
use crate::export::{Exporter, RenderOptions};
use crate::file;
use crate::model::{Lang, Map, MapKind};

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
    /// Export a map as a PNG picture of the whole map.
    Export {
        /// The map file (.ron).
        file: PathBuf,
        /// The picture to write; defaults to the map's name with .png.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Pixels per point, 1 to 4; 2 gives crisp text on a 4K slide.
        #[arg(long, default_value_t = 2.0)]
        scale: f32,
        /// Leave the background transparent.
        #[arg(long)]
        transparent: bool,
    },
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
        } => {
            let output = output.unwrap_or_else(|| file.with_extension("png"));
            export(&file, &output, RenderOptions { scale, transparent })
        }
    }
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
    let map = file::load(path)?;
    say(&format!("ok: {}", summary(&map)));
    Ok(())
}

fn export(path: &Path, output: &Path, options: RenderOptions) -> anyhow::Result<()> {
    if same_file(path, output) {
        bail!(
            "the picture would overwrite the map {} itself; choose another output name with -o",
            path.display()
        );
    }
    let map = file::load(path)?;
    PngExporter {
        options,
        photo: persona_photo(path, &map),
    }
    .export_to_file(&map, output)
    .with_context(|| format!("cannot export {}", path.display()))?;
    say(&format!("wrote {}", output.display()));
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
