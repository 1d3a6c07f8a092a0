//! How many connections the room may hold open, from what the operating system allows.
//!
//! Every connection is a file handle. Linux and macOS give a process a soft limit (often 1,024,
//! on macOS 256) that it may raise up to a hard limit. The room raises its soft limit as far as
//! it needs, then serves at most what is left after the editor's own files (fonts, the map,
//! its backups, the window system's sockets): a flood of connections then ends at the cap and
//! is closed at once, instead of making the editor fail to save a file because no handle is
//! left. Windows counts sockets against no such small limit.

/// Connections served at most when the system allows them all: above a thousand idle sockets.
pub const MAX_CONNECTIONS: usize = 2_048;

/// Handles kept back for the editor and the room's own sockets.
#[cfg(unix)]
const RESERVED: u64 = 256;

/// The connection cap for this process: [`MAX_CONNECTIONS`], or less where the system does not
/// allow this process that many handles (at least 16, so a small room still works).
#[cfg(unix)]
pub fn connection_cap() -> usize {
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    let wanted = MAX_CONNECTIONS as u64 + RESERVED;
    let limit = getrlimit(Resource::Nofile);
    let mut current = limit.current;
    if current.is_some_and(|soft| soft < wanted) {
        // `None` is unlimited.
        let raised = limit.maximum.map_or(wanted, |hard| hard.min(wanted));
        if raised > current.unwrap_or(0)
            && setrlimit(
                Resource::Nofile,
                Rlimit {
                    current: Some(raised),
                    maximum: limit.maximum,
                },
            )
            .is_ok()
        {
            current = Some(raised);
        }
    }
    cap_for(current)
}

/// The connection cap for this process: [`MAX_CONNECTIONS`].
#[cfg(not(unix))]
pub fn connection_cap() -> usize {
    MAX_CONNECTIONS
}

/// The cap under a soft limit of `soft` handles (`None`: unlimited).
#[cfg(unix)]
fn cap_for(soft: Option<u64>) -> usize {
    soft.map_or(MAX_CONNECTIONS, |soft| {
        usize::try_from(soft.saturating_sub(RESERVED))
            .unwrap_or(MAX_CONNECTIONS)
            .clamp(16, MAX_CONNECTIONS)
    })
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn the_cap_leaves_room_for_the_editors_files() {
        assert_eq!(cap_for(None), MAX_CONNECTIONS);
        assert_eq!(cap_for(Some(1_000_000)), MAX_CONNECTIONS);
        assert_eq!(cap_for(Some(1_024)), 768);
        assert_eq!(cap_for(Some(256)), 16);
        assert_eq!(cap_for(Some(10)), 16);
    }

    #[test]
    fn the_room_gets_as_many_handles_as_it_may() {
        let cap = connection_cap();
        let soft = rustix::process::getrlimit(rustix::process::Resource::Nofile).current;
        assert_eq!(cap, cap_for(soft));
        assert!(cap >= 16);
    }
}
