//! journeymap for Windows' Start menu, file associations and double-clicks: the same program
//! as the `journeymap` command, built for the Windows GUI subsystem, so Windows opens no console
//! window beside the editor. The Windows packages ship it as `journeymap.exe` and the console
//! build as `journeymap.com`, which a terminal prefers when the user types `journeymap`, so
//! commands there still print their output and return their exit codes.
//!
//! Built only with the `windows-gui` feature (scripts/package-windows); elsewhere there is no
//! console window to avoid and the attribute below does nothing.

#![windows_subsystem = "windows"]

fn main() -> std::process::ExitCode {
    journeymap::launch::main()
}
