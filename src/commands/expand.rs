//! `expand`: each callback of a file or a pipe, with the entity it names fetched through the API.

use std::fs::File;
use std::io::{self, BufRead, BufReader};

use super::Context;
use crate::cli::ExpandArgs;
use crate::error::Error;
use crate::listen::{entity, header_line};
use crate::output::write_stdout;
use crate::record::Record;

pub fn expand(ctx: &Context, args: &ExpandArgs) -> Result<(), Error> {
    let mut expander = ctx.expander("expand", None)?;
    let (input, name): (Box<dyn BufRead>, String) = match &args.file {
        Some(path) => {
            let file = File::open(path).map_err(|e| {
                Error::usage(format!("cannot read {}: {e}", path.display()))
                    .hint("give a file written by `bchook listen --save FILE`")
            })?;
            (Box::new(BufReader::new(file)), path.display().to_string())
        }
        None => (Box::new(io::stdin().lock()), "standard input".to_string()),
    };
    // Line by line, each printed as soon as it is done, so a pipe from `listen` flows.
    for (n, line) in input.lines().enumerate() {
        let line = line.map_err(|e| Error::other(format!("cannot read {name}: {e}")))?;
        if line.trim().is_empty() {
            continue;
        }
        let mut record = Record::from_line(&line).map_err(|e| {
            Error::usage(format!(
                "{name} line {} is not a callback line of `bchook listen --save` or `--json`: {e}",
                n + 1
            ))
        })?;
        if !args.seqs.is_empty() && !args.seqs.contains(&record.seq) {
            continue;
        }
        record.entity = Some(expander.entity_for(&record)?);
        if ctx.json {
            write_stdout(&String::from_utf8_lossy(&record.to_line()))?;
        } else {
            write_stdout(&human(&record))?;
        }
    }
    Ok(())
}

/// The callback's header line, then the entity as indented JSON, or what stood in its way.
fn human(record: &Record) -> String {
    let found = record.entity.as_ref().unwrap_or(&serde_json::Value::Null);
    format!("{}\n  {}\n", header_line(record), entity(found))
}
