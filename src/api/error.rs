//! What can go wrong talking to BigCommerce, in words a user can act on.

use std::fmt;

use serde_json::Value;

#[derive(Debug)]
pub enum ApiError {
    /// The server answered with a status outside 2xx.
    Status {
        /// What bchook was doing, e.g. "create the hook".
        action: String,
        status: u16,
        /// The error body's title (or detail), if it had one.
        title: Option<String>,
        /// Field errors, as (field, message in plain words).
        fields: Vec<(String, String)>,
    },
    /// No answer: connection refused, DNS, TLS, timeout. Retries, if allowed, are spent.
    Network {
        action: String,
        url: String,
        cause: String,
    },
    /// The HTTP client could not be built: most often no trusted certificates on this machine.
    Setup { cause: String },
    /// The server answered 2xx with a body bchook cannot read.
    Decode { action: String, cause: String },
    /// A base URL from the settings is not one; found before any request.
    BadUrl {
        url: String,
        cause: String,
        /// Where the URL came from: `--api-url (or BCHOOK_API_URL)`.
        setting: &'static str,
    },
}

impl ApiError {
    pub fn exit_code(&self) -> i32 {
        match self {
            ApiError::Status { status, .. } => match status {
                401 | 403 => 3,
                404 => 4,
                400 | 409 | 422 => 5,
                429 | 500..=599 => 6,
                _ => 1,
            },
            ApiError::Network { .. } => 6,
            ApiError::Setup { .. } | ApiError::Decode { .. } => 1,
            ApiError::BadUrl { .. } => 2,
        }
    }

    /// Builds the error for a non-2xx answer from its body, which may be BigCommerce's
    /// `{status, title, type, errors}`, `application/problem+json`, or not JSON at all.
    pub fn from_response(action: &str, status: u16, body: &[u8]) -> ApiError {
        let json: Option<Value> = serde_json::from_slice(body).ok();
        let text_of = |key: &str| {
            json.as_ref()
                .and_then(|j| j.get(key))
                .and_then(Value::as_str)
                .map(str::to_string)
                .filter(|s| !s.is_empty())
        };
        // problem+json puts the general kind in `title` and the specifics in `detail`.
        let title_and_detail = match (text_of("title"), text_of("detail")) {
            (Some(title), Some(detail)) if title != detail => Some(format!("{title}: {detail}")),
            (title, detail) => title.or(detail),
        };
        let title = title_and_detail
            .or_else(|| text_of("error_description"))
            .or_else(|| text_of("error"))
            .or_else(|| text_of("message"))
            .or_else(|| {
                // Not JSON: a proxy's HTML page or plain text. Keep one short line of it.
                let text = String::from_utf8_lossy(body);
                let line = text.trim().lines().next().unwrap_or("").trim().to_string();
                (json.is_none() && !line.is_empty()).then(|| line.chars().take(120).collect())
            });
        let mut fields = Vec::new();
        if let Some(Value::Object(errors)) = json.as_ref().and_then(|j| j.get("errors")) {
            for (field, message) in errors {
                let message = match message {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                fields.push((field.clone(), plain_words(&message)));
            }
        }
        // Prism and other problem+json servers list violations as `validation`.
        if let Some(Value::Array(items)) = json.as_ref().and_then(|j| j.get("validation")) {
            for item in items {
                let field = item
                    .get("location")
                    .and_then(Value::as_array)
                    .map(|loc| {
                        loc.iter()
                            .filter_map(Value::as_str)
                            .collect::<Vec<_>>()
                            .join(".")
                    })
                    .unwrap_or_default();
                let message = item
                    .get("message")
                    .and_then(Value::as_str)
                    .unwrap_or("is invalid");
                fields.push((field, message.to_string()));
            }
        }
        ApiError::Status {
            action: action.to_string(),
            status,
            title,
            fields,
        }
    }

    /// What the user can do about it, rendered apart from the message.
    pub fn hint(&self) -> Option<String> {
        if let ApiError::BadUrl { setting, .. } = self {
            return Some(format!(
                "{setting} must be a whole http(s) URL, e.g. https://api.bigcommerce.com"
            ));
        }
        self.status_hint().map(str::to_string)
    }

    fn status_hint(&self) -> Option<&'static str> {
        match self {
            ApiError::Status { status: 401, .. } => Some(
                "check the token and store hash with `bchook token show`; a store-level API account's token \
                 works only with its own store",
            ),
            ApiError::Status { status: 403, .. } => Some(
                "the token lacks a permission, or the store hash is wrong: check both with `bchook token show`",
            ),
            ApiError::Status { status: 404, .. } => Some(
                "hooks are visible only to the API account that created them: `bchook list` shows yours",
            ),
            ApiError::Status { status: 429, .. } => {
                Some("the store's rate limit outlasted the retries: try again in a minute")
            }
            ApiError::Status {
                status: 500..=599, ..
            } => Some("BigCommerce is failing: try again later"),
            ApiError::Network { cause, .. } if cause.contains("invalid peer certificate") => Some(
                "this machine does not trust the server's certificate: check --api-url (or \
                 BCHOOK_API_URL); for a server with its own authority, point SSL_CERT_FILE at a \
                 bundle that has it",
            ),
            ApiError::Network { .. } => Some("check the network and --api-url (or BCHOOK_API_URL)"),
            ApiError::Setup { .. } => Some(
                "bchook checks certificates against this machine's trust store: install the \
                 ca-certificates package, or point SSL_CERT_FILE at a PEM bundle",
            ),
            _ => None,
        }
    }
}

/// BigCommerce's field errors are codes such as `error.path.missing.`; say them in words.
fn plain_words(message: &str) -> String {
    let code = message.trim().trim_end_matches('.');
    match code {
        "error.path.missing" => "is missing".to_string(),
        c if c.starts_with("error.expected") => format!("has the wrong type ({c})"),
        _ => message.trim().to_string(),
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Status {
                action,
                status,
                title,
                fields,
            } => {
                let what = match status {
                    401 | 403 => "BigCommerce refused the credentials",
                    404 => "not found",
                    400 | 409 | 422 => "the API rejected the request",
                    429 => "rate limited",
                    _ => "the API failed",
                };
                write!(f, "cannot {action}: {what} ({status})")?;
                let details: Vec<String> = fields
                    .iter()
                    .map(|(field, msg)| {
                        if field.is_empty() {
                            msg.clone()
                        } else {
                            format!("{field} {msg}")
                        }
                    })
                    .collect();
                match (title, details.is_empty()) {
                    (_, false) => write!(f, ": {}", details.join("; "))?,
                    (Some(title), true) => write!(f, ": {title}")?,
                    (None, true) => {}
                }
                if let (Some(title), false) = (title, details.is_empty()) {
                    write!(f, "\n  BigCommerce said: {title}")?;
                }
            }
            ApiError::Setup { cause } => write!(f, "cannot start the HTTP client: {cause}")?,
            ApiError::Network { action, url, cause } => {
                write!(f, "cannot {action}: no answer from {url}: {cause}")?
            }
            ApiError::Decode { action, cause } => {
                write!(f, "cannot {action}: the answer was not understood: {cause}")?
            }
            ApiError::BadUrl { url, cause, .. } => write!(f, "not a URL: {url:?} ({cause})")?,
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_errors_in_plain_words() {
        let body = br#"{"status":422,"title":"JSON data is missing or invalid","type":"/x","errors":{"destination":"error.path.missing."}}"#;
        let e = ApiError::from_response("create the hook", 422, body);
        assert_eq!(e.exit_code(), 5);
        assert_eq!(
            e.to_string(),
            "cannot create the hook: the API rejected the request (422): destination is missing\n  \
             BigCommerce said: JSON data is missing or invalid"
        );
    }

    #[test]
    fn problem_json_and_plain_text_bodies() {
        let body = br#"{"type":"x","title":"Invalid request","status":422,"validation":[{"location":["path","webhook_id"],"message":"must be integer"}]}"#;
        let e = ApiError::from_response("show hook 1", 422, body);
        assert!(
            e.to_string().contains(": path.webhook_id must be integer"),
            "{e}"
        );

        let e = ApiError::from_response("list hooks", 502, b"<html>Bad Gateway</html>\n<body>");
        assert_eq!(e.exit_code(), 6);
        assert!(
            e.to_string()
                .starts_with("cannot list hooks: the API failed (502): <html>Bad Gateway</html>"),
            "{e}"
        );

        let e = ApiError::from_response("show hook 7", 404, b"");
        assert_eq!(e.exit_code(), 4);
        assert!(
            e.to_string() == "cannot show hook 7: not found (404)" && e.hint().is_some(),
            "{e}"
        );
    }

    #[test]
    fn statuses_map_to_the_contract_exit_codes() {
        for (status, code) in [
            (401, 3),
            (403, 3),
            (404, 4),
            (400, 5),
            (409, 5),
            (422, 5),
            (429, 6),
            (503, 6),
            (418, 1),
        ] {
            assert_eq!(
                ApiError::from_response("x", status, b"{}").exit_code(),
                code,
                "status {status}"
            );
        }
    }
}
