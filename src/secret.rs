//! A string that cannot be printed by accident: `Display` and `Debug` show at most its last four
//! characters.

use std::fmt;

#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The real value, for the one place that must send it.
    pub fn expose(&self) -> &str {
        &self.0
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
