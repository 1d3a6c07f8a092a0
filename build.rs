//! Puts the app icon and the version information into `journeymap.exe` when building for
//! Windows (natively, or cross from Linux with mingw-w64's `x86_64-w64-mingw32-windres`).
//! For every other target it does nothing and needs nothing.

use std::env;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    // The target, not the host: this script runs on the build machine, also when cross-compiling.
    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let icon = "assets/icon/journeymap.ico";
    println!("cargo:rerun-if-changed={icon}");
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon(icon)
        .set("ProductName", "journeymap")
        // Windows shows the FileDescription as the program's name (Task Manager, Open with).
        .set("FileDescription", "journeymap")
        .set("CompanyName", "journeymap contributors")
        .set("LegalCopyright", "MIT OR Apache-2.0")
        .set("OriginalFilename", "journeymap.exe")
        .set("InternalName", "journeymap");
    if let Err(error) = resource.compile() {
        // A missing resource compiler is worth stopping for: the exe would have no icon.
        eprintln!("cannot compile the Windows resources (icon, version): {error}");
        eprintln!("on Debian: apt-get install binutils-mingw-w64-x86-64");
        std::process::exit(1);
    }
}
