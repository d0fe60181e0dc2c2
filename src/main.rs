//! bchook: BigCommerce webhooks from the terminal. Parse, run, report, exit.

mod api;
mod app;
mod cli;
mod commands;
mod config;
mod deliver;
mod entities;
mod error;
mod expand;
mod glob;
mod hookfile;
mod listen;
mod man;
mod output;
mod parallel;
mod plan;
mod platform;
mod record;
mod scopes;
mod secret;
mod time;

use clap::FromArgMatches;

/// mimalloc: glibc's malloc made cross-thread frees (tiny_http's threads allocate, the
/// answering loop frees) a quarter of listen's instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let matches = cli::command().get_matches();
    let cli = cli::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    if let Err(e) = app::run(cli) {
        output::print_error(&e);
        std::process::exit(e.exit_code());
    }
}
