//! Writes the manual page and the shell completions of the `journeymap` command into a folder,
//! from the same clap definition the program parses its arguments with, so they can never
//! describe options the program does not have. The packages ship what this writes:
//!
//! ```text
//! cargo run --example man_and_completions -- OUT_DIR
//! ```
//!
//! `OUT_DIR` gets `man/` with `journeymap.1` and a page per subcommand (`journeymap-export.1` …),
//! and `completions/` with `journeymap.bash`,
//! `_journeymap` (zsh), `journeymap.fish` and `_journeymap.ps1` (PowerShell).

use std::path::PathBuf;

use clap::CommandFactory as _;
use clap_complete::Shell;
use journeymap::cli::Cli;

fn main() -> std::io::Result<()> {
    let out = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("target/generated"), PathBuf::from);
    std::fs::create_dir_all(out.join("completions"))?;
    std::fs::create_dir_all(out.join("man"))?;
    let command = Cli::command();
    // One page for the command and one per subcommand (`man journeymap-export`), which the
    // main page names.
    clap_mangen::generate_to(command.clone(), out.join("man"))?;
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell] {
        let mut command = command.clone();
        clap_complete::generate_to(shell, &mut command, "journeymap", out.join("completions"))?;
    }
    println!("wrote {}", out.display());
    Ok(())
}
