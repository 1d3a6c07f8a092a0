//! A crash never costs work: when the program panics, on any thread, the unsaved map of every
//! open editor is written to its recovery slot before the process ends, and the next start
//! offers it like any other recovery copy.
//!
//! A panic hook writes the copies, synchronously, while the panicking thread still stands. That
//! works whether the panic then unwinds or aborts (a release build may one day abort), and
//! whichever thread panicked: the editor's, the autosave writer's or a helper's. Nothing relies
//! on unwinding or drop handlers.
//!
//! Every autosave [`Writer`](super::Writer) registers its shared state here, held weakly so the
//! registry never keeps an editor's state alive. The editor offers it the newest unsaved map
//! every time the map changes (a reference count, see [`Writer::publish`](super::Writer::publish)),
//! so the hook has nothing to prepare. The hook only *tries* locks, with a deadline, so a panic
//! while a lock is held — even by the panicking thread itself — cannot hang the process, and it
//! never panics itself: a panic inside a panic hook aborts at once.

use std::io::Write as _;
use std::sync::{Arc, Mutex, Once, Weak};
use std::time::{Duration, Instant};

use super::writer::{Shared, try_lock_until};

/// The writers alive in this process.
static WRITERS: Mutex<Vec<Weak<Shared>>> = Mutex::new(Vec::new());

/// How long the hook waits for a write under way (or a lock) before it gives up on a copy: a
/// 10,000-card map takes about 20 ms to write; a crash should not hang for long.
const DEADLINE: Duration = Duration::from_secs(3);

/// Installs the panic hook that writes the unsaved maps (once per process; later calls do
/// nothing). The hook before it (by default the one that prints the panic message) still runs,
/// after the copies are written. The editor calls this as it starts.
pub fn install_hook() {
    static INSTALLED: Once = Once::new();
    INSTALLED.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            write_crash_copies();
            previous(info);
        }));
    });
}

/// Registers a writer's shared state, dropping the entries of writers that are gone.
pub(super) fn register(shared: &Arc<Shared>) {
    let mut writers = WRITERS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    writers.retain(|writer| writer.strong_count() > 0);
    writers.push(Arc::downgrade(shared));
}

/// The writers alive now.
pub(super) fn live() -> Vec<Arc<Shared>> {
    WRITERS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .iter()
        .filter_map(Weak::upgrade)
        .collect()
}

/// What the hook does: writes the newest unsaved map of every live writer into its slot, and
/// says on standard error where it went (or why not). Never panics, never waits past
/// [`DEADLINE`].
fn write_crash_copies() {
    let deadline = Instant::now() + DEADLINE;
    let Some(writers) = try_lock_until(&WRITERS, deadline) else {
        say(format_args!(
            "journeymap: the unsaved maps could not be kept for recovery (busy)"
        ));
        return;
    };
    let live: Vec<Arc<Shared>> = writers.iter().filter_map(Weak::upgrade).collect();
    drop(writers);
    for shared in live {
        match shared.write_crash_copy(deadline) {
            Ok(Some(path)) => say(format_args!(
                "journeymap: the unsaved map was kept for recovery in {}",
                path.display()
            )),
            Ok(None) => {}
            Err(error) => say(format_args!(
                "journeymap: the unsaved map could not be kept for recovery: {error}"
            )),
        }
    }
}

/// Writes a line to standard error, ignoring failure (`eprintln!` would panic on it).
fn say(line: std::fmt::Arguments<'_>) {
    let _ = writeln!(std::io::stderr(), "{line}");
}
