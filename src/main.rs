//! The `journeymap` binary: opens the editor, or runs a command-line subcommand.

use std::process::ExitCode;

use clap::Parser as _;
use journeymap::cli::{self, Cli};
use journeymap::{file, ui};

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    let result = match cli.command {
        Some(command) => cli::run(command),
        None => open_editor(cli.file),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("journeymap: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Opens the editor on `path`, or on the start screen. A map that cannot be opened is said on
/// the start screen (and here, for whoever started journeymap from a terminal): started from a
/// file manager, the window is the only place the user would see it.
fn open_editor(path: Option<std::path::PathBuf>) -> anyhow::Result<()> {
    let (map, open_error) = match path {
        Some(path) => match file::load_noting(&path) {
            Ok((map, notes)) => {
                for note in &notes {
                    eprintln!("journeymap: warning: {}: {note}", path.display());
                }
                (Some((map, path, notes)), None)
            }
            Err(error) => {
                eprintln!("journeymap: {error}");
                (None, Some(error))
            }
        },
        None => (None, None),
    };
    ui::run(map, open_error)
        .map_err(|error| anyhow::anyhow!("cannot open the editor window: {error}"))
}
