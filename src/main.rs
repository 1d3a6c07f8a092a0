//! The `journeymap` command: opens the editor, or runs a command-line subcommand, printing to
//! the terminal it was started from. On Windows this is `journeymap.com`, the console program a
//! terminal runs for `journeymap`; the Start menu opens the windowed `journeymap.exe`
//! (`src/bin/journeymap-window.rs`).

fn main() -> std::process::ExitCode {
    journeymap::launch::main()
}
