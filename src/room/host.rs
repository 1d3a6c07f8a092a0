//! Which `Host` a request may name: the computer's addresses as typed (any IP literal),
//! `localhost`, and the computer's own name.
//!
//! This closes DNS rebinding. A web page on the internet may make a visitor's browser ask a
//! name it controls (`evil.example`) and then re-point that name at the room's address on the
//! local network; the browser then treats the room as part of `evil.example` and lets that
//! page read its answers. Such a request still names `evil.example` in its `Host` header, so
//! refusing every name but our own leaves the page nothing to read. The join link always
//! carries an IP address, so phones never need a name.

use std::net::{IpAddr, Ipv6Addr};

/// The names this computer answers to besides IP literals: `localhost`, and its host name
/// with and without `.local` (what mDNS resolves on the local network), in lower case.
pub fn own_names() -> Vec<String> {
    let mut names = vec!["localhost".to_owned()];
    let name = gethostname::gethostname()
        .to_string_lossy()
        .trim_end_matches('.')
        .to_ascii_lowercase();
    if !name.is_empty() && name != "localhost" {
        let short = name.split('.').next().unwrap_or(&name).to_owned();
        names.push(format!("{short}.local"));
        if short != name {
            names.push(short);
        }
        names.push(name);
    }
    names.sort();
    names.dedup();
    names
}

/// Whether `host` (a `Host` header: a name or address, and maybe `:port`) names this computer:
/// an IP literal, or one of `names` (lower case, see [`own_names`]).
pub fn allowed(host: &str, names: &[String]) -> bool {
    let Some(name) = without_port(host.trim()) else {
        return false;
    };
    if let Some(inner) = name.strip_prefix('[') {
        return inner
            .strip_suffix(']')
            .is_some_and(|ip| ip.parse::<Ipv6Addr>().is_ok());
    }
    if name.parse::<IpAddr>().is_ok() {
        return true;
    }
    let name = name.strip_suffix('.').unwrap_or(name);
    !name.is_empty() && names.iter().any(|own| own.eq_ignore_ascii_case(name))
}

/// `host` without its `:port`; `None` when the port is not a number.
fn without_port(host: &str) -> Option<&str> {
    // `[::1]:7420`: the port follows the bracket.
    let split = if host.starts_with('[') {
        host.rfind("]:").map(|at| at + 1)
    } else if host.matches(':').count() > 1 {
        // An IPv6 address must be in brackets.
        return None;
    } else {
        host.find(':')
    };
    match split {
        Some(at) => {
            let port = &host[at + 1..];
            (!port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit()))
                .then(|| &host[..at])
        }
        None => Some(host),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Vec<String> {
        vec!["laptop".into(), "laptop.local".into(), "localhost".into()]
    }

    #[test]
    fn addresses_and_own_names_are_allowed() {
        for host in [
            "192.168.1.5:7420",
            "192.168.1.5",
            "127.0.0.1:7420",
            "[::1]:7420",
            "[fe80::1]",
            "localhost:7420",
            "LAPTOP:7420",
            "laptop.local",
            "laptop.local.:7420",
        ] {
            assert!(allowed(host, &names()), "{host}");
        }
    }

    #[test]
    fn other_names_and_malformed_hosts_are_refused() {
        for host in [
            "evil.example:7420",
            "evil.example",
            "laptop.evil.example",
            "192.168.1.5.evil.example",
            "",
            ":7420",
            "192.168.1.5:port",
            "192.168.1.5:",
            "[::1",
            "[::1]x",
            "[evil.example]:7420",
            "::1",
            "192.168.1.5:123456",
        ] {
            assert!(!allowed(host, &names()), "{host}");
        }
    }

    #[test]
    fn this_computer_answers_to_localhost() {
        let names = own_names();
        assert!(names.iter().any(|name| name == "localhost"));
        assert!(names.iter().all(|name| *name == name.to_ascii_lowercase()));
    }
}
