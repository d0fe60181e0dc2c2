//! A string that cannot be printed by accident: `Display` and `Debug` show at most its last four
//! characters.

use std::convert::Infallible;
use std::fmt;

use serde::{Deserialize, Serialize};

/// Serialised as the plain value: it is written to the config file, which is the point.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// For clap: a secret is a `Secret` from the moment it is parsed.
    pub fn parse(value: &str) -> Result<Secret, Infallible> {
        Ok(Secret::new(value))
    }

    /// `-`: read the value from standard input.
    pub fn is_stdin(&self) -> bool {
        self.0 == "-"
    }

    /// The real value, for the one place that must send it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// 128 random bits as hex, from the system's generator: tokens for `listen --subscribe` and
/// `listen --ui`.
pub fn random_token() -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = [0u8; 16];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// A random (version 4) UUID, as Ecwid's `eventId`s are. Should the system's generator fail,
/// the clock's nanoseconds stand in: an id need not be secret, only unlike the others.
pub fn random_uuid() -> String {
    use std::io::Read;
    let mut b = [0u8; 16];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut b));
    if read.is_err() {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos();
        b = nanos.to_le_bytes();
    }
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

impl From<String> for Secret {
    fn from(value: String) -> Secret {
        Secret(value)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let chars: Vec<char> = self.0.chars().collect();
        // Short values would be given away by their last four characters.
        if chars.len() < 12 {
            return f.write_str("****");
        }
        let tail: String = chars[chars.len() - 4..].iter().collect();
        write!(f, "****{tail}")
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::Secret;

    #[test]
    fn shows_only_the_last_four_characters() {
        let s = Secret::new("abcdefghijklmnop");
        assert_eq!(s.to_string(), "****mnop");
        assert_eq!(format!("{s:?}"), "Secret(****mnop)");
        assert_eq!(Secret::new("short").to_string(), "****");
    }
}
