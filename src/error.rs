//! The one error type commands return, and the one place errors become exit codes.

use std::fmt;

use crate::api::ApiError;

#[derive(Debug)]
pub enum Error {
    /// Bad input found before any request was sent.
    Usage(String),
    /// The config file cannot be read, parsed or written.
    Config(String),
    /// No store hash or token to send.
    NoCredentials(String),
    /// What the API or the network said.
    Api(ApiError),
    /// `listen --count N --timeout S` ran out of time.
    ListenTimeout(String),
    /// A handler (not the API) could not be reached.
    Unreachable(String),
    /// Anything else (a file that cannot be written, ...).
    Other(String),
}

impl Error {
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) | Error::Config(_) => 2,
            Error::NoCredentials(_) => 3,
            Error::Api(e) => e.exit_code(),
            Error::ListenTimeout(_) => 7,
            Error::Unreachable(_) => 6,
            Error::Other(_) => 1,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(m)
            | Error::Config(m)
            | Error::NoCredentials(m)
            | Error::ListenTimeout(m)
            | Error::Unreachable(m)
            | Error::Other(m) => f.write_str(m),
            Error::Api(e) => e.fmt(f),
        }
    }
}

impl From<ApiError> for Error {
    fn from(e: ApiError) -> Error {
        Error::Api(e)
    }
}
