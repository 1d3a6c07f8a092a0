//! The room's limits: how fast a participant or an address may ask, how often a join code may be
//! guessed, and how many submission ids are remembered.
//!
//! The numbers are far above what a person tapping a phone does (a workshop never meets them)
//! and far below what a script needs to hurt the room. Every table here is bounded, so a flood of
//! addresses or ids cannot grow the server's memory.

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::IpAddr;
use std::time::{Duration, Instant};

/// Requests one address may make in a burst (page, script, style, joins, views, sends).
pub const IP_BURST: f64 = 200.0;
/// Requests per second one address may keep up.
pub const IP_PER_SECOND: f64 = 50.0;
/// Submissions one participant may send in a burst: an outbox flushed after a reconnect.
pub const SEND_BURST: f64 = 60.0;
/// Submissions per second one participant may keep up: quick taps on + and −.
pub const SEND_PER_SECOND: f64 = 10.0;
/// Wrong codes one address may try within [`CODE_WINDOW`] before it is locked out.
pub const CODE_TRIES: usize = 5;
/// The window over which wrong codes are counted.
pub const CODE_WINDOW: Duration = Duration::from_mins(1);
/// How long an address that guessed too often must wait.
pub const CODE_LOCKOUT: Duration = Duration::from_mins(5);
/// Wrong codes the whole room accepts in a burst, from all addresses together: many addresses
/// on one network must not multiply the guesses.
const ROOM_CODE_BURST: f64 = 30.0;
/// Wrong codes per second the whole room accepts in the long run (30 a minute: a million codes
/// would take weeks).
const ROOM_CODE_PER_SECOND: f64 = 0.5;
/// The most addresses whose requests or guesses are tracked at once.
const MAX_TRACKED_ADDRESSES: usize = 4_096;
/// Submission ids remembered per participant, to answer retries as duplicates.
pub const REMEMBERED_IDS: usize = 4_096;

/// A token bucket: `burst` requests at once, then `per_second`.
#[derive(Clone, Debug)]
pub struct TokenBucket {
    tokens: f64,
    burst: f64,
    per_second: f64,
    last: Instant,
}

impl TokenBucket {
    /// A full bucket.
    pub fn new(burst: f64, per_second: f64, now: Instant) -> Self {
        Self {
            tokens: burst,
            burst,
            per_second,
            last: now,
        }
    }

    /// Takes one token if there is one.
    pub fn take(&mut self, now: Instant) -> bool {
        let elapsed = now.saturating_duration_since(self.last).as_secs_f64();
        self.tokens = (self.tokens + elapsed * self.per_second).min(self.burst);
        self.last = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }

    /// Whether the bucket would be full again by `now` (then forgetting it loses nothing).
    fn full_by(&self, now: Instant) -> bool {
        let elapsed = now.saturating_duration_since(self.last).as_secs_f64();
        self.tokens + elapsed * self.per_second >= self.burst
    }
}

/// The request rate of each address.
#[derive(Debug, Default)]
pub struct AddressRates {
    buckets: HashMap<IpAddr, TokenBucket>,
}

impl AddressRates {
    /// Whether `ip` may make another request now.
    pub fn allow(&mut self, ip: IpAddr, now: Instant) -> bool {
        if !self.buckets.contains_key(&ip) && self.buckets.len() >= MAX_TRACKED_ADDRESSES {
            self.buckets.retain(|_, bucket| !bucket.full_by(now));
            if self.buckets.len() >= MAX_TRACKED_ADDRESSES {
                // Thousands of busy addresses at once: no workshop looks like that.
                return false;
            }
        }
        self.buckets
            .entry(ip)
            .or_insert_with(|| TokenBucket::new(IP_BURST, IP_PER_SECOND, now))
            .take(now)
    }
}

#[derive(Debug, Default)]
struct Guesses {
    wrong: VecDeque<Instant>,
    locked_until: Option<Instant>,
}

/// Limits guesses at the join code: per address, and for the room as a whole.
#[derive(Debug)]
pub struct JoinGuard {
    addresses: HashMap<IpAddr, Guesses>,
    room: TokenBucket,
}

impl JoinGuard {
    /// A guard that has seen no guesses.
    pub fn new(now: Instant) -> Self {
        Self {
            addresses: HashMap::new(),
            room: TokenBucket::new(ROOM_CODE_BURST, ROOM_CODE_PER_SECOND, now),
        }
    }

    /// `Err(wait)` while `ip` may not try a code.
    pub fn check(&self, ip: IpAddr, now: Instant) -> Result<(), Duration> {
        match self.addresses.get(&ip).and_then(|g| g.locked_until) {
            Some(until) if until > now => Err(until - now),
            _ => Ok(()),
        }
    }

    /// Records a wrong code from `ip`; `Err(wait)` when that locks it out.
    pub fn wrong(&mut self, ip: IpAddr, now: Instant) -> Result<(), Duration> {
        if !self.addresses.contains_key(&ip) && self.addresses.len() >= MAX_TRACKED_ADDRESSES {
            self.addresses.retain(|_, guesses| {
                guesses.locked_until.is_some_and(|until| until > now)
                    || guesses
                        .wrong
                        .back()
                        .is_some_and(|&last| now.saturating_duration_since(last) < CODE_WINDOW)
            });
        }
        let room_allows = self.room.take(now);
        if self.addresses.len() >= MAX_TRACKED_ADDRESSES && !self.addresses.contains_key(&ip) {
            return Err(CODE_WINDOW);
        }
        let guesses = self.addresses.entry(ip).or_default();
        while guesses
            .wrong
            .front()
            .is_some_and(|&at| now.saturating_duration_since(at) >= CODE_WINDOW)
        {
            guesses.wrong.pop_front();
        }
        guesses.wrong.push_back(now);
        if guesses.wrong.len() >= CODE_TRIES {
            guesses.wrong.clear();
            guesses.locked_until = Some(now + CODE_LOCKOUT);
            return Err(CODE_LOCKOUT);
        }
        if room_allows {
            Ok(())
        } else {
            // The whole room is being guessed at: everyone waits until the bucket refills.
            let wait = Duration::from_secs_f64(1.0 / ROOM_CODE_PER_SECOND);
            guesses.locked_until = Some(now + wait);
            Err(wait)
        }
    }

    /// Forgets `ip`'s wrong tries once it typed the right code.
    pub fn right(&mut self, ip: IpAddr) {
        self.addresses.remove(&ip);
    }
}

/// The submission ids a participant sent lately, so a retry is answered without applying it
/// twice. Holds at most [`REMEMBERED_IDS`]; the oldest are forgotten first (a phone retries
/// its outbox in order, so only very old ids can fall out).
#[derive(Debug, Default)]
pub struct IdMemory {
    order: VecDeque<String>,
    ids: HashSet<String>,
}

impl IdMemory {
    /// Whether `id` was sent before.
    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// Remembers `id`.
    pub fn remember(&mut self, id: String) {
        if self.ids.contains(&id) {
            return;
        }
        if self.order.len() >= REMEMBERED_IDS
            && let Some(oldest) = self.order.pop_front()
        {
            self.ids.remove(&oldest);
        }
        self.ids.insert(id.clone());
        self.order.push_back(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(last: u8) -> IpAddr {
        IpAddr::from([192, 168, 0, last])
    }

    #[test]
    fn a_bucket_refills_over_time() {
        let start = Instant::now();
        let mut bucket = TokenBucket::new(2.0, 1.0, start);
        assert!(bucket.take(start));
        assert!(bucket.take(start));
        assert!(!bucket.take(start));
        assert!(bucket.take(start + Duration::from_secs(1)));
    }

    #[test]
    fn wrong_codes_lock_an_address_out_for_a_while() {
        let start = Instant::now();
        let mut guard = JoinGuard::new(start);
        for _ in 1..CODE_TRIES {
            assert_eq!(guard.wrong(ip(1), start), Ok(()));
        }
        assert_eq!(guard.wrong(ip(1), start), Err(CODE_LOCKOUT));
        assert!(guard.check(ip(1), start + Duration::from_secs(10)).is_err());
        assert_eq!(guard.check(ip(2), start), Ok(()));
        assert_eq!(guard.check(ip(1), start + CODE_LOCKOUT), Ok(()));
    }

    #[test]
    fn wrong_codes_spread_over_minutes_do_not_lock() {
        let start = Instant::now();
        let mut guard = JoinGuard::new(start);
        for minute in 0..20 {
            let now = start + Duration::from_secs(61 * minute);
            assert_eq!(guard.wrong(ip(1), now), Ok(()));
        }
    }

    #[test]
    fn many_addresses_share_the_rooms_budget() {
        let start = Instant::now();
        let mut guard = JoinGuard::new(start);
        let refused = (0..=255)
            .filter(|&last| guard.wrong(ip(last), start).is_err())
            .count();
        assert!(refused > 200, "{refused}");
    }

    #[test]
    fn the_id_memory_is_bounded() {
        let mut memory = IdMemory::default();
        for n in 0..REMEMBERED_IDS + 10 {
            memory.remember(format!("id-{n:08}"));
        }
        assert!(!memory.contains("id-00000000"));
        assert!(memory.contains(&format!("id-{:08}", REMEMBERED_IDS + 9)));
        assert_eq!(memory.order.len(), REMEMBERED_IDS);
        assert_eq!(memory.ids.len(), REMEMBERED_IDS);
    }
}
