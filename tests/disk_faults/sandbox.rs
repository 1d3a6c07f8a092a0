//! Real file-system faults for tests: a tiny RAM disk that fills up, a disk remounted
//! read-only, a file the kernel refuses to replace. They need mounts, and mounts made by a test
//! must not outlive it or leak into the machine, so each such test re-runs itself inside a
//! private mount namespace (`unshare --mount`, util-linux), where its mounts vanish with it.

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

/// Set in the re-run test: the folder it may mount on.
const SANDBOX_ENV: &str = "JOURNEYMAP_TEST_MOUNT_SANDBOX";

/// Runs `body` with a folder inside a private mount namespace, where it may mount file systems.
///
/// Outside the namespace this re-runs the test binary for test `name` alone under `unshare`
/// and checks that it passed there. Where mount namespaces are not available (no util-linux,
/// no privilege to mount) it prints why and returns without testing.
pub fn in_mount_namespace(name: &str, body: impl FnOnce(&Path)) {
    if let Some(dir) = std::env::var_os(SANDBOX_ENV) {
        body(Path::new(&dir));
        return;
    }
    let unshare = match unshare_args() {
        Ok(args) => args,
        Err(reason) => {
            println!("skipped {name}: {reason}");
            return;
        }
    };
    let dir = tempfile::tempdir().expect("temporary folder");
    let output = Command::new("unshare")
        .args(unshare)
        .arg("--")
        .arg(std::env::current_exe().expect("the test binary"))
        .args(["--exact", name, "--nocapture", "--test-threads", "1"])
        .env(SANDBOX_ENV, dir.path())
        .output()
        .expect("run unshare");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{name} failed in its mount namespace:\n{stdout}\n{stderr}"
    );
    assert!(
        stdout.contains("1 passed"),
        "{name} did not run in its mount namespace:\n{stdout}\n{stderr}"
    );
}

/// The `unshare` options that give a mount namespace here, or why there are none: as root a
/// plain mount namespace; otherwise one inside a user namespace, where an unprivileged user may
/// mount a tmpfs.
fn unshare_args() -> Result<&'static [&'static str], String> {
    static PROBE: OnceLock<Result<&'static [&'static str], String>> = OnceLock::new();
    PROBE
        .get_or_init(|| {
            const CHOICES: [&[&str]; 2] = [
                &["--mount", "--propagation", "private"],
                &[
                    "--user",
                    "--map-root-user",
                    "--mount",
                    "--propagation",
                    "private",
                ],
            ];
            let dir = tempfile::tempdir().map_err(|error| error.to_string())?;
            let mut why = String::new();
            for args in CHOICES {
                let probe = Command::new("unshare")
                    .args(args)
                    .args(["--", "mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs"])
                    .arg(dir.path())
                    .output();
                match probe {
                    Ok(output) if output.status.success() => return Ok(args),
                    Ok(output) => {
                        String::from_utf8_lossy(&output.stderr)
                            .trim()
                            .clone_into(&mut why);
                    }
                    Err(error) => {
                        return Err(format!("util-linux's unshare cannot run here ({error})"));
                    }
                }
            }
            Err(format!(
                "this machine allows no mounts in a mount namespace ({why})"
            ))
        })
        .clone()
}

/// Runs a command that must succeed.
pub fn run(program: &str, args: &[&str]) {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("cannot run {program}: {error}"));
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn path_arg(path: &Path) -> &str {
    path.to_str().expect("test paths are UTF-8")
}

/// Mounts a RAM disk of `size` (`64k`) on `dir`.
pub fn mount_tmpfs(dir: &Path, size: &str) {
    run(
        "mount",
        &[
            "-t",
            "tmpfs",
            "-o",
            &format!("size={size}"),
            "tmpfs",
            path_arg(dir),
        ],
    );
}

/// Makes the disk mounted on `dir` read-only, as a write-protected stick would be.
pub fn remount_read_only(dir: &Path) {
    run("mount", &["-o", "remount,ro", path_arg(dir)]);
}

/// Bind-mounts a file onto itself: its contents stay readable, but the kernel refuses to
/// rename another file over it (`EBUSY`), as it does for any file in use as a mount point.
pub fn pin_in_place(file: &Path) {
    run("mount", &["--bind", path_arg(file), path_arg(file)]);
}

/// Fills the disk holding `dir` to the last byte.
pub fn fill_disk(dir: &Path) {
    use std::io::Write as _;
    let mut filler = std::fs::File::create(dir.join("filler")).expect("create filler");
    let block = [0_u8; 1024];
    loop {
        if let Err(error) = filler.write_all(&block) {
            assert_eq!(error.kind(), std::io::ErrorKind::StorageFull, "{error}");
            return;
        }
    }
}
