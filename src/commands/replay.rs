//! `replay`: re-sends callbacks saved by `listen --save`, byte for byte, in order.

use std::fs;
use std::time::Duration;

use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value, json};

use super::Context;
use crate::cli::ReplayArgs;
use crate::deliver::{Deliverer, handler_url, join};
use crate::error::Error;
use crate::listen::raw_body_of;
use crate::output::write_stdout;

/// The fields of a saved line that replay needs.
#[derive(Deserialize)]
struct Saved {
    seq: u64,
    method: String,
    path: String,
    query: Option<String>,
    #[serde(default)]
    headers: Map<String, Value>,
    body: Option<Box<RawValue>>,
    body_text: Option<String>,
    body_b64: Option<String>,
}

pub fn replay(ctx: &Context, args: &ReplayArgs) -> Result<(), Error> {
    let target = handler_url("--to", &args.to).map_err(Error::Usage)?;
    let text = fs::read_to_string(&args.file)
        .map_err(|e| Error::Usage(format!("cannot read {}: {e}", args.file.display())))?;
    // Read and check every line before sending anything.
    let mut saved = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let record: Saved = serde_json::from_str(line).map_err(|e| {
            Error::Usage(format!(
                "{} line {} is not a callback saved by `bchook listen --save`: {e}",
                args.file.display(),
                n + 1
            ))
        })?;
        if args.seqs.is_empty() || args.seqs.contains(&record.seq) {
            saved.push(record);
        }
    }
    if let Some(missing) = args
        .seqs
        .iter()
        .find(|s| !saved.iter().any(|r| r.seq == **s))
    {
        return Err(Error::Usage(format!(
            "{} has no callback with seq {missing}",
            args.file.display()
        )));
    }

    let deliverer = Deliverer::new(Duration::from_secs(args.timeout));
    let mut failed = 0;
    for record in &saved {
        let body = raw_body_of(
            record.body_b64.as_deref(),
            record.body.as_deref().map(RawValue::get),
            record.body_text.as_deref(),
        );
        let headers: Vec<(String, String)> = record
            .headers
            .iter()
            .filter_map(|(k, v)| v.as_str().map(|v| (k.clone(), v.to_string())))
            .collect();
        let url = join(&target, &record.path, record.query.as_deref());
        let d = deliverer.send(&record.method, &url, &headers, body.into_owned());
        if d.status.is_none() && failed == 0 && record.seq == saved[0].seq {
            return Err(Error::Unreachable(format!(
                "{url} did not answer: {}; nothing was replayed",
                d.error.unwrap_or_default()
            )));
        }
        if !d.is_success() {
            failed += 1;
        }
        if ctx.json {
            let line = json!({"seq": record.seq, "url": url.as_str(), "status": d.status, "ms": d.ms, "body": d.body, "error": d.error});
            write_stdout(&format!("{line}\n"))?;
        } else {
            let outcome = match (d.status, &d.error) {
                (Some(s), _) => format!("{s} in {} ms", d.ms),
                (None, e) => format!("failed: {}", e.as_deref().unwrap_or("no answer")),
            };
            write_stdout(&format!(
                "#{} {} {} -> {outcome}\n",
                record.seq, record.method, url
            ))?;
        }
    }
    match failed {
        0 => Ok(()),
        n => Err(Error::Other(format!(
            "{n} of {} callbacks were not answered with a 2xx",
            saved.len()
        ))),
    }
}
