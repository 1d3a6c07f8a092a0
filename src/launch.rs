//! What the `journeymap` executables do when started: run a command-line subcommand, or open
//! the editor. Shared by the console executable (`journeymap`, on Windows `journeymap.com`) and
//! by Windows' windowed one (`journeymap.exe`, built from `src/bin/journeymap-window.rs`),
//! which differ only in whether Windows gives them a console window.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser as _;

use crate::cli::{self, Cli};
use crate::{file, ui};

/// Parses the command line and does what it says; the process's exit code.
pub fn main() -> ExitCode {
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
fn open_editor(path: Option<PathBuf>) -> anyhow::Result<()> {
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
