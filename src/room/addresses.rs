//! The addresses phones can reach the room at: one per usable IPv4 address of this computer.
//!
//! A laptop in a workshop often has several (Wi-Fi, a cable, a VPN, a virtual machine's
//! bridge); the facilitator picks the one on the room's network. Loopback comes last: it only
//! works on the facilitator's own computer, to try the page.

use std::net::{IpAddr, Ipv4Addr};

/// Where a phone can open the room.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JoinAddress {
    /// The page's address, e.g. `http://192.168.1.5:7420/`.
    pub base: String,
    /// The address with the join token in its fragment (`#t=…`): opening it joins at once.
    /// The fragment never leaves the phone's browser (it is not sent in requests or Referer
    /// headers); the page reads it and sends it in the join request's body.
    pub join_url: String,
    /// Whether this address only works on this computer.
    pub loopback: bool,
}

/// The addresses for a server bound to `bind` on `port`, non-loopback first.
pub fn join_addresses(bind: IpAddr, port: u16, token: &str) -> Vec<JoinAddress> {
    let mut ips: Vec<IpAddr> = if bind.is_unspecified() {
        let mut found: Vec<IpAddr> = if_addrs::get_if_addrs()
            .unwrap_or_default()
            .into_iter()
            .filter(|interface| !interface.is_link_local())
            .filter_map(|interface| match interface.ip() {
                IpAddr::V4(ip) if !ip.is_unspecified() => Some(IpAddr::V4(ip)),
                _ => None,
            })
            .collect();
        if found.is_empty() {
            found.push(IpAddr::V4(Ipv4Addr::LOCALHOST));
        }
        found
    } else {
        vec![bind]
    };
    ips.sort_by_key(|ip| (ip.is_loopback(), *ip));
    ips.dedup();
    ips.into_iter()
        .map(|ip| {
            let base = match ip {
                IpAddr::V4(ip) => format!("http://{ip}:{port}/"),
                IpAddr::V6(ip) => format!("http://[{ip}]:{port}/"),
            };
            JoinAddress {
                join_url: format!("{base}#t={token}"),
                base,
                loopback: ip.is_loopback(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bound_address_is_the_only_one() {
        let addresses = join_addresses(IpAddr::V4(Ipv4Addr::LOCALHOST), 7420, "abc");
        assert_eq!(
            addresses,
            vec![JoinAddress {
                base: "http://127.0.0.1:7420/".into(),
                join_url: "http://127.0.0.1:7420/#t=abc".into(),
                loopback: true,
            }]
        );
    }

    #[test]
    fn all_interfaces_list_loopback_last() {
        let addresses = join_addresses(IpAddr::V4(Ipv4Addr::UNSPECIFIED), 80, "t");
        assert!(!addresses.is_empty());
        let first_loopback = addresses.iter().position(|a| a.loopback);
        if let Some(index) = first_loopback {
            assert!(addresses[index..].iter().all(|a| a.loopback));
        }
        assert!(addresses.iter().all(|a| a.join_url.ends_with("/#t=t")));
    }
}
