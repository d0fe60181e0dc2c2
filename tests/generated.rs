//! completions/ and man/ are generated from the clap definition and checked in; they must match
//! what the current binary generates.

mod support;

use std::fs;
use std::path::Path;

const REGENERATE: &str = "cargo run -- generate .";

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}; run `{REGENERATE}`", dir.display()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn completions_and_man_pages_are_fresh() {
    let fresh = tempfile::tempdir().unwrap();
    support::bchook(fresh.path())
        .args(["generate"])
        .arg(fresh.path())
        .assert()
        .success();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["completions", "man"] {
        let (ours, theirs) = (repo.join(dir), fresh.path().join(dir));
        assert_eq!(
            files_in(&ours),
            files_in(&theirs),
            "{dir}/ has other files than the CLI generates: run `{REGENERATE}`"
        );
        for name in files_in(&theirs) {
            let stale =
                fs::read(ours.join(&name)).unwrap() != fs::read(theirs.join(&name)).unwrap();
            assert!(
                !stale,
                "{dir}/{name} is stale: run `{REGENERATE}` and commit the result"
            );
        }
    }
}

#[test]
fn completions_command_prints_the_checked_in_script() {
    let home = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (shell, file) in [
        ("bash", "bchook.bash"),
        ("zsh", "_bchook"),
        ("fish", "bchook.fish"),
        ("powershell", "_bchook.ps1"),
        ("elvish", "bchook.elv"),
        ("nushell", "bchook.nu"),
    ] {
        let out = support::bchook(home.path())
            .args(["completions", shell])
            .assert()
            .success()
            .get_output()
            .clone();
        // Compared as text, so a difference shows as lines rather than as bytes.
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            fs::read_to_string(repo.join("completions").join(file)).unwrap(),
            "{shell}: run `cargo run -- generate .` and commit the result"
        );
    }
    let out = support::bchook(home.path())
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(
        support::stderr_of(&out).contains("possible values: bash"),
        "{}",
        support::stderr_of(&out)
    );
}

#[test]
fn every_subcommand_help_teaches_with_examples() {
    let home = tempfile::tempdir().unwrap();
    for sub in [
        &["subscribe"][..],
        &["list"],
        &["show"],
        &["update"],
        &["delete"],
        &["completions"],
        &["listen"],
        &["trigger"],
        &["replay"],
        &["scopes"],
        &["token", "save"],
        &["token", "exchange"],
        &["token", "legacy"],
        &["token", "show"],
    ] {
        let out = support::bchook(home.path())
            .args(sub)
            .arg("--help")
            .assert()
            .success()
            .get_output()
            .clone();
        let help = support::stdout_of(&out);
        assert!(
            help.contains("EXAMPLES:\n  bchook "),
            "`bchook {} --help` has no examples:\n{help}",
            sub.join(" ")
        );
    }
    let out = support::bchook(home.path())
        .arg("--help")
        .assert()
        .success()
        .get_output()
        .clone();
    let help = support::stdout_of(&out);
    for section in [
        "EXAMPLES:",
        "ENVIRONMENT:",
        "EXIT CODES:",
        "BIGCOMMERCE_ACCESS_TOKEN",
        "7  `listen --count N`",
    ] {
        assert!(
            help.contains(section),
            "bchook --help lacks {section}:\n{help}"
        );
    }
}

/// `bchook ... | head -1`: a reader that goes away early. Every command that writes much to
/// stdout ends quietly (0, or killed by SIGPIPE as `head`'s peers are), never with a panic.
#[test]
fn a_closed_stdout_is_not_a_crash() {
    use std::process::{Command, Stdio};
    let home = tempfile::tempdir().unwrap();
    let runs: &[&[&str]] = &[
        &["completions", "bash"],
        &["completions", "zsh"],
        &["completions", "fish"],
        &["completions", "elvish"],
        &["completions", "powershell"],
        &["completions", "nushell"],
        &["scopes"],
        &["scopes", "--json"],
        &["--help"],
        &["listen", "--help"],
    ];
    for args in runs {
        let mut child = Command::new(env!("CARGO_BIN_EXE_bchook"))
            .args(*args)
            .env("BCHOOK_CONFIG", home.path().join("config.toml"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take()); // closed before a byte is read
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        use std::os::unix::process::ExitStatusExt;
        assert!(
            out.status.code() == Some(0) || out.status.signal() == Some(13),
            "{args:?}: {:?}\n{stderr}",
            out.status
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}
