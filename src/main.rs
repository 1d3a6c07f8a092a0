//! The `journeymap` binary: parses the command line and runs a subcommand.

use std::process::ExitCode;

use clap::{CommandFactory as _, Parser as _};
use journeymap::cli::{self, Cli};

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        // The editor opens here once it exists; until then, say what can be done.
        let _ = Cli::command().print_help();
        return ExitCode::SUCCESS;
    };
    match cli::run(command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("journeymap: {error:#}");
            ExitCode::FAILURE
        }
    }
}
