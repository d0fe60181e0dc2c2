//! `--forward-to`: re-sends each callback to the developer's app, in arrival order, off the
//! answering path, and notes what the app said.

use std::time::Duration;

use crate::deliver::{Deliverer, Delivery, join};
use crate::record::Record;

pub struct Forwarder {
    deliverer: Deliverer,
    target: reqwest::Url,
}

impl Forwarder {
    pub fn new(target: reqwest::Url) -> Forwarder {
        Forwarder {
            deliverer: Deliverer::new(Duration::from_secs(30)),
            target,
        }
    }

    pub fn forward(&self, record: &Record) -> Delivery {
        self.deliverer.send(
            &record.method,
            &join(&self.target, &record.path, record.query.as_deref()),
            &record.headers,
            record.body.raw().to_vec(),
        )
    }
}
