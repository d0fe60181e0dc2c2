//! `replay`: re-sends callbacks saved by `listen --save`, byte for byte, in order.

use serde_json::json;

use super::Context;
use crate::cli::ReplayArgs;
use crate::deliver::{Deliverer, handler_url, join};
use crate::error::Error;
use crate::output::{delivery_outcome, visible, write_stdout};
use crate::record;

pub fn replay(ctx: &Context, args: &ReplayArgs) -> Result<(), Error> {
    let target = handler_url("--to", &args.to).map_err(Error::usage)?;
    // Read and check every line before sending anything.
    let mut saved = record::read_file(&args.file)?;
    if !args.seqs.is_empty() {
        saved.retain(|r| args.seqs.contains(&r.seq));
    }
    if let Some(missing) = args
        .seqs
        .iter()
        .find(|s| !saved.iter().any(|r| r.seq == **s))
    {
        return Err(Error::usage(format!(
            "{} has no callback with seq {missing}",
            args.file.display()
        ))
        .hint(format!(
            "`jq .seq {}` lists the ones it has",
            args.file.display()
        )));
    }

    let deliverer = Deliverer::new(args.timeout);
    let mut failed = 0;
    for (i, record) in saved.iter().enumerate() {
        let url = join(&target, &record.path, record.query.as_deref());
        let d = deliverer.send(
            &record.method,
            &url,
            &record.headers,
            record.body.raw().to_vec(),
        );
        if d.status.is_none() && i == 0 {
            return Err(Error::unreachable(format!(
                "{url} did not answer: {}; nothing was replayed",
                d.error.as_deref().unwrap_or("no answer")
            ))
            .hint("is the handler running? `bchook listen` receives on http://127.0.0.1:8080/"));
        }
        if !d.is_success() {
            failed += 1;
        }
        if ctx.json {
            let line = json!({"seq": record.seq, "url": url.as_str(), "status": d.status, "ms": d.ms, "body": d.body, "error": d.error});
            write_stdout(&format!("{line}\n"))?;
        } else {
            write_stdout(&format!(
                "#{} {} {} -> {}\n",
                record.seq,
                visible(&record.method),
                url,
                delivery_outcome(&d)
            ))?;
        }
    }
    match failed {
        0 => Ok(()),
        n => Err(Error::other(format!(
            "{n} of {} callbacks were not answered with a 2xx",
            saved.len()
        ))),
    }
}
