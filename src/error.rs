//! The one error type commands return: what failed, a hint on what to do, and the kind that
//! decides the exit code, in one place. `main` renders it as `error:` and `hint:` lines.

use std::fmt;

use crate::api::ApiError;

#[derive(Debug)]
pub struct Error {
    kind: Kind,
    message: String,
    hint: Option<String>,
}

#[derive(Debug)]
enum Kind {
    /// Bad input found before any request was sent (a broken config file included).
    Usage,
    /// No store hash or token to send.
    NoCredentials,
    /// What the API or the network said (boxed: it is large, and errors are rare).
    Api(Box<ApiError>),
    /// `listen --count N --timeout S` ran out of time.
    ListenTimeout,
    /// A handler (not the API) could not be reached.
    Unreachable,
    /// `doctor` found deactivated hooks or blocked domains; `apply --check` found drift.
    Unhealthy,
    /// Stopped by Ctrl-C after saying what it had so far (exit 130, as a shell reports SIGINT).
    Interrupted,
    /// Refused before any write: the plan would break one of BigCommerce's limits.
    Refused,
    /// Anything else (a file that cannot be written, a handler that answered non-2xx, ...).
    Other,
}

impl Error {
    fn new(kind: Kind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            hint: None,
        }
    }

    pub fn usage(message: impl Into<String>) -> Error {
        Error::new(Kind::Usage, message)
    }

    pub fn no_credentials(message: impl Into<String>) -> Error {
        Error::new(Kind::NoCredentials, message)
    }

    pub fn listen_timeout(message: impl Into<String>) -> Error {
        Error::new(Kind::ListenTimeout, message)
    }

    pub fn unreachable(message: impl Into<String>) -> Error {
        Error::new(Kind::Unreachable, message)
    }

    pub fn unhealthy(message: impl Into<String>) -> Error {
        Error::new(Kind::Unhealthy, message)
    }

    pub fn interrupted(message: impl Into<String>) -> Error {
        Error::new(Kind::Interrupted, message)
    }

    pub fn refused(message: impl Into<String>) -> Error {
        Error::new(Kind::Refused, message)
    }

    pub fn other(message: impl Into<String>) -> Error {
        Error::new(Kind::Other, message)
    }

    /// Says where the error is: `hooks.toml line 7 (hook 2): ...`.
    pub fn within(mut self, place: &str) -> Error {
        self.message = format!("{place}: {}", self.message);
        self
    }

    /// Adds what the user can do about it.
    pub fn hint(mut self, hint: impl Into<String>) -> Error {
        self.hint = Some(hint.into());
        self
    }

    pub fn hint_text(&self) -> Option<&str> {
        self.hint.as_deref()
    }

    pub fn exit_code(&self) -> i32 {
        match &self.kind {
            Kind::Usage => 2,
            Kind::NoCredentials => 3,
            Kind::Api(e) => e.exit_code(),
            Kind::ListenTimeout => 7,
            Kind::Unreachable => 6,
            Kind::Unhealthy => 8,
            Kind::Interrupted => 130,
            Kind::Refused => 5,
            Kind::Other => 1,
        }
    }
}

/// The message alone; the hint is rendered apart from it.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<ApiError> for Error {
    fn from(e: ApiError) -> Error {
        Error {
            message: e.to_string(),
            hint: e.hint(),
            kind: Kind::Api(Box::new(e)),
        }
    }
}
