//! The room's secrets: the join token in the QR code's link, the six-digit code for typing,
//! and each participant's key.
//!
//! All come from the operating system's random source. The token and keys carry far more than
//! 128 bits, so they cannot be guessed at all; the code can be guessed in principle, which is why
//! tries at it are limited ([`super::limits::JoinGuard`]).

use std::fmt::Write as _;

/// Bytes of randomness in the join token (32 hex characters).
const TOKEN_BYTES: usize = 16;

/// Bytes of randomness in a participant's key (48 hex characters).
const KEY_BYTES: usize = 24;

/// `N` random bytes, or the operating system's refusal as an I/O error.
fn random<const N: usize>() -> std::io::Result<[u8; N]> {
    let mut bytes = [0; N];
    getrandom::fill(&mut bytes).map_err(|error| std::io::Error::other(error.to_string()))?;
    Ok(bytes)
}

fn hex(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        let _ = write!(text, "{byte:02x}");
    }
    text
}

/// A new join token: lowercase hex, so it survives any URL and QR code unchanged.
pub fn join_token() -> std::io::Result<String> {
    Ok(hex(&random::<TOKEN_BYTES>()?))
}

/// A new participant key.
pub fn participant_key() -> std::io::Result<String> {
    Ok(hex(&random::<KEY_BYTES>()?))
}

/// A new six-digit code, every value from `000000` to `999999` equally likely.
pub fn join_code() -> std::io::Result<String> {
    // The largest multiple of a million below 2^32: values above it would favour low codes.
    const LIMIT: u32 = u32::MAX - u32::MAX % 1_000_000;
    loop {
        let value = u32::from_le_bytes(random::<4>()?);
        if value < LIMIT {
            return Ok(format!("{:06}", value % 1_000_000));
        }
    }
}

/// Compares two secrets in time that depends only on their lengths, so the time an answer takes
/// tells nothing about how much of a guess was right.
pub fn same_secret(given: &str, expected: &str) -> bool {
    let (given, expected) = (given.as_bytes(), expected.as_bytes());
    if given.len() != expected.len() {
        return false;
    }
    given
        .iter()
        .zip(expected)
        .fold(0u8, |diff, (a, b)| diff | (a ^ b))
        == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_have_their_shapes() {
        let token = join_token().unwrap();
        assert_eq!(token.len(), 32);
        assert!(token.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(token, join_token().unwrap());
        assert_eq!(participant_key().unwrap().len(), 48);
        let code = join_code().unwrap();
        assert_eq!(code.len(), 6);
        assert!(code.bytes().all(|b| b.is_ascii_digit()));
    }

    #[test]
    fn secrets_compare_exactly() {
        assert!(same_secret("123456", "123456"));
        assert!(!same_secret("123457", "123456"));
        assert!(!same_secret("12345", "123456"));
        assert!(!same_secret("", "123456"));
    }
}
