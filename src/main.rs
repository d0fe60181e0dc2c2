//! bchook: BigCommerce webhooks from the terminal. Parse, run, report, exit.

mod api;
mod app;
mod cli;
mod commands;
mod config;
mod deliver;
mod error;
mod listen;
mod output;
mod scopes;
mod secret;
mod time;
mod trigger;

use clap::Parser;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use colored::Colorize;

fn main() {
    let cli = cli::Cli::parse();
    if let Err(e) = app::run(cli) {
        eprintln!("{} {e}", "error:".red().bold());
        std::process::exit(e.exit_code());
    }
}
