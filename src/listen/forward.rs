//! `--forward-to`: re-sends each callback to the developer's app, in arrival order, off the
//! answering path, and notes what the app said. Several apps can be given by event:
//! `--forward-to 'store/order/*=http://localhost:3000/orders'`, the first pattern that matches
//! wins, and a plain URL takes the rest.

use std::time::Duration;

use crate::deliver::{Answer, Deliverer, Delivery, handler_url, join};
use crate::glob::Glob;
use crate::record::Record;

/// Where each callback goes: `(pattern, app)` in the order given, then the plain URL, if any.
#[derive(Clone, Debug)]
pub struct Routes {
    by_event: Vec<(String, Glob, reqwest::Url)>,
    fallback: Option<reqwest::Url>,
}

impl Routes {
    /// From the `--forward-to` values: `PATTERN=URL` or a plain `http(s)://` URL (at most one).
    pub fn parse(values: &[String]) -> Result<Option<Routes>, String> {
        let mut routes = Routes {
            by_event: Vec::new(),
            fallback: None,
        };
        for value in values {
            let plain = value.starts_with("http://") || value.starts_with("https://");
            match value.split_once('=') {
                Some((pattern, url)) if !plain => {
                    let pattern = pattern.trim();
                    if pattern.is_empty() {
                        return Err(format!(
                            "--forward-to {value:?} has no event pattern before its `=`"
                        ));
                    }
                    let url = handler_url("--forward-to", url.trim())?;
                    routes
                        .by_event
                        .push((pattern.to_string(), Glob::new(pattern), url));
                }
                _ if routes.fallback.is_some() => {
                    return Err(format!(
                        "--forward-to {value:?} is a second plain URL: give one for the callbacks \
                         no pattern takes, and PATTERN=URL for the others"
                    ));
                }
                _ => routes.fallback = Some(handler_url("--forward-to", value)?),
            }
        }
        Ok((!values.is_empty()).then_some(routes))
    }

    /// The app a callback with this event goes to: the first pattern's that matches, else the
    /// plain URL's. None: nothing takes it.
    pub fn route(&self, event: Option<&str>) -> Option<&reqwest::Url> {
        event
            .and_then(|event| {
                self.by_event
                    .iter()
                    .find(|(_, glob, _)| glob.matches(event))
                    .map(|(_, _, url)| url)
            })
            .or(self.fallback.as_ref())
    }

    /// For the start banner: `to URL`, or `store/order/* to URL, anything else to URL`.
    pub fn describe(&self) -> String {
        let mut parts: Vec<String> = self
            .by_event
            .iter()
            .map(|(pattern, _, url)| format!("{pattern} to {url}"))
            .collect();
        match (&self.fallback, parts.is_empty()) {
            (Some(url), true) => return format!("to {url}"),
            (Some(url), false) => parts.push(format!("anything else to {url}")),
            (None, _) => parts.push("nothing else".to_string()),
        }
        parts.join(", ")
    }
}

pub struct Forwarder {
    deliverer: Deliverer,
    routes: Routes,
}

impl Forwarder {
    /// `timeout`: how long the app has to answer (the whole exchange).
    pub fn new(routes: Routes, timeout: Duration) -> Forwarder {
        Forwarder {
            deliverer: Deliverer::new(timeout),
            routes,
        }
    }

    /// Whether a callback with this event goes to an app.
    pub fn takes(&self, event: Option<&str>) -> bool {
        self.routes.route(event).is_some()
    }

    /// Sends the callback to its app; a callback no route takes is "not forwarded" (kept,
    /// shown, saved, as every callback is).
    pub fn forward(&self, record: &Record) -> Delivery {
        match self.target(record) {
            Some(url) => self.deliverer.send(
                &record.method,
                &url,
                &record.headers,
                record.body.raw().to_vec(),
            ),
            None => Delivery {
                status: None,
                ms: 0,
                body: None,
                error: Some(format!(
                    "not forwarded: no --forward-to pattern matches {}",
                    record
                        .event
                        .as_deref()
                        .unwrap_or("a callback without an event")
                )),
                cause: Some(NOT_FORWARDED),
            },
        }
    }

    /// Sends the callback to its app, and gives back the answer's headers and up to `keep`
    /// bytes of its body too (`--answer-from-app`); None when no route takes it.
    pub fn exchange(&self, record: &Record, keep: u64) -> Option<Answer> {
        let url = self.target(record)?;
        Some(self.deliverer.exchange(
            &record.method,
            &url,
            &record.headers,
            record.body.raw().to_vec(),
            keep,
        ))
    }

    /// The app's URL for this callback: its route's, with the callback's path and query.
    fn target(&self, record: &Record) -> Option<reqwest::Url> {
        let app = self.routes.route(record.event.as_deref())?;
        Some(join(app, &record.path, record.query.as_deref()))
    }
}

/// The `cause` of a callback no route takes, which is shown but is not a failure.
pub const NOT_FORWARDED: &str = "not forwarded";

#[cfg(test)]
mod tests {
    use super::*;

    fn routes(values: &[&str]) -> Result<Option<Routes>, String> {
        Routes::parse(&values.iter().map(|v| v.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn first_pattern_wins_and_a_plain_url_takes_the_rest() {
        let r = routes(&[
            "store/order/*=http://127.0.0.1:3000/orders",
            "store/*=http://127.0.0.1:4000/",
            "http://127.0.0.1:5000/?a=b",
        ])
        .unwrap()
        .unwrap();
        let to = |e: Option<&str>| r.route(e).map(|u| u.as_str().to_string());
        assert_eq!(
            to(Some("store/order/created")).unwrap(),
            "http://127.0.0.1:3000/orders"
        );
        assert_eq!(
            to(Some("store/product/updated")).unwrap(),
            "http://127.0.0.1:4000/"
        );
        assert_eq!(
            to(Some("order.created")).unwrap(),
            "http://127.0.0.1:5000/?a=b"
        );
        assert_eq!(to(None).unwrap(), "http://127.0.0.1:5000/?a=b");
        let only = routes(&["order.*=http://127.0.0.1:3000/"])
            .unwrap()
            .unwrap();
        assert!(only.route(Some("product.created")).is_none());
        assert!(routes(&[]).unwrap().is_none());
        assert!(routes(&["=http://x/"]).is_err());
        assert!(routes(&["http://a/", "http://b/"]).is_err());
        assert!(routes(&["store/*=ftp://x/"]).is_err());
    }
}
