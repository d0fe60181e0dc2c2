//! Completion scripts and man pages, generated from the clap definition. The checked-in copies
//! under `completions/` and `man/` are written by `bchook generate .` and checked by a test.

use std::fs;
use std::path::Path;

use clap_complete::{Generator, Shell};

use crate::cli::CompletionShell;
use crate::error::Error;

pub const SHELLS: [CompletionShell; 6] = [
    CompletionShell::Bash,
    CompletionShell::Zsh,
    CompletionShell::Fish,
    CompletionShell::PowerShell,
    CompletionShell::Elvish,
    CompletionShell::Nushell,
];

/// The script for `shell`, and its file name.
fn script(shell: CompletionShell) -> (Vec<u8>, String) {
    let mut cmd = crate::cli::command();
    let mut script = Vec::new();
    let name = match shell {
        CompletionShell::Nushell => {
            let name = clap_complete_nushell::Nushell.file_name("bchook");
            clap_complete::generate(
                clap_complete_nushell::Nushell,
                &mut cmd,
                "bchook",
                &mut script,
            );
            name
        }
        _ => {
            let generator = match shell {
                CompletionShell::Bash => Shell::Bash,
                CompletionShell::Zsh => Shell::Zsh,
                CompletionShell::Fish => Shell::Fish,
                CompletionShell::Elvish => Shell::Elvish,
                _ => Shell::PowerShell,
            };
            clap_complete::generate(generator, &mut cmd, "bchook", &mut script);
            generator.file_name("bchook")
        }
    };
    (script, name)
}

pub fn completions(shell: CompletionShell) -> Result<(), Error> {
    // Built first, then written as every command writes: `| head` closing the pipe early
    // made clap_complete's own write panic.
    let (script, _) = script(shell);
    crate::output::write_stdout(&String::from_utf8_lossy(&script))
}

/// Writes `DIR/completions/*` and `DIR/man/*.1`.
pub fn generate(dir: &Path) -> Result<(), Error> {
    let fail = |what: &Path, e: std::io::Error| {
        Error::other(format!("cannot write {}: {e}", what.display()))
    };
    let completions = dir.join("completions");
    fs::create_dir_all(&completions).map_err(|e| fail(&completions, e))?;
    for shell in SHELLS {
        let (script, name) = script(shell);
        let path = completions.join(name);
        fs::write(&path, script).map_err(|e| fail(&path, e))?;
    }
    let man = dir.join("man");
    fs::create_dir_all(&man).map_err(|e| fail(&man, e))?;
    let mut cmd = crate::cli::command();
    cmd.build();
    write_man_pages(&cmd, &man, "bchook").map_err(|e| fail(&man, e))
}

/// One page for the command and one for each visible subcommand, `bchook-token-save.1` style.
fn write_man_pages(cmd: &clap::Command, dir: &Path, name: &str) -> std::io::Result<()> {
    fs::write(dir.join(format!("{name}.1")), crate::man::page(cmd, name))?;
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        write_man_pages(sub, dir, &format!("{name}-{}", sub.get_name()))?;
    }
    Ok(())
}
