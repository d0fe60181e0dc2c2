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

/// Every command's words, from the checked-in man pages' names: `bchook-token-save.1` is
/// `["token", "save"]`.
fn every_command() -> Vec<Vec<String>> {
    let man = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    files_in(&man)
        .iter()
        .filter_map(|name| name.strip_suffix(".1"))
        .map(|name| name.split('-').skip(1).map(String::from).collect())
        .collect()
}

fn help(home: &Path, words: &[String], flag: &str) -> String {
    let out = support::bchook(home)
        .env("COLUMNS", "80")
        .args(words)
        .arg(flag)
        .output()
        .unwrap();
    assert!(out.status.success(), "bchook {words:?} {flag}");
    support::stdout_of(&out)
}

/// The lines of a help text's EXAMPLES block.
fn examples_block(help: &str) -> Vec<&str> {
    help.lines()
        .skip_while(|l| *l != "EXAMPLES:")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .collect()
}

/// The commands of an EXAMPLES block (comments and continuation lines left out), after checking
/// that none was wrapped: a line is a `# comment`, a command naming bchook, or the indented
/// continuation of one that ended in `\`, and fits 80 columns.
fn example_commands(block: &[&str], what: &str) -> Vec<String> {
    let mut commands = Vec::new();
    let mut continued = false;
    for line in block {
        assert!(
            line.len() <= 80,
            "{what}: an example over 80 columns: {line}"
        );
        if continued {
            assert!(
                line.starts_with("      "),
                "{what}: not a continuation: {line}"
            );
        } else if !line.starts_with("  # ") {
            assert!(
                line.starts_with("  ") && line.contains("bchook "),
                "{what}: an example wrapped in the middle of a command: {line}"
            );
            commands.push(line.to_string());
        }
        continued = line.ends_with('\\');
    }
    assert!(
        !continued,
        "{what}: the last example ends in a continuation"
    );
    commands
}

/// `--help` shows every example, none wrapped at 80 columns; `-h` the first three and where the
/// rest are. Global options come after the command's own, under their own heading.
#[test]
fn every_command_teaches_with_examples_short_and_long() {
    let home = tempfile::tempdir().unwrap();
    let commands = every_command();
    assert!(commands.len() > 25, "{commands:?}");
    for words in commands {
        let what = format!("bchook {}", words.join(" ")).trim_end().to_string();
        let long = help(home.path(), &words, "--help");
        let short = help(home.path(), &words, "-h");
        let all = example_commands(&examples_block(&long), &format!("{what} --help"));
        let has_subcommands = long.contains("\nCommands:\n");
        if all.is_empty() {
            assert!(has_subcommands, "`{what} --help` has no examples:\n{long}");
            continue;
        }
        let first = example_commands(&examples_block(&short), &format!("{what} -h"));
        assert_eq!(first, all[..all.len().min(3)], "{what} -h");
        assert!(
            short.contains(&format!("More examples and details: {what} --help")),
            "{what} -h:\n{short}"
        );
        if let (Some(own), Some(global)) =
            (long.find("\nOptions:\n"), long.find("\nGlobal options:\n"))
        {
            assert!(own < global, "{what}: global options first:\n{long}");
        }
        assert!(long.contains("\nGlobal options:\n"), "{what}:\n{long}");
    }
}

/// Commands that never call the API do not list its options (`trigger` and `simulate` keep
/// --store-hash: it is the payload's producer), yet accept them; `listen -h` opens with its
/// first group and lists the groups in order; exit 8 is documented where it is used.
#[test]
fn help_lists_only_what_a_command_uses_in_groups() {
    let home = tempfile::tempdir().unwrap();
    let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let api = [
        "--store-hash",
        "--access-token",
        "--api-url",
        "--legacy-headers",
    ];
    for (command, listed) in [
        ("subscribe", &api[..]),
        ("trigger", &api[..1]),
        ("simulate", &api[..1]),
        ("replay", &[][..]),
        ("scopes", &[][..]),
        ("completions", &[][..]),
    ] {
        let text = help(home.path(), &words(&[command]), "--help");
        for option in api {
            assert_eq!(
                text.contains(&format!("{option} ")) || text.contains(&format!("{option}\n")),
                listed.contains(&option),
                "bchook {command} --help and {option}:\n{text}"
            );
        }
        assert!(text.contains("--profile <NAME>"), "{command}:\n{text}");
    }
    support::bchook(home.path())
        .args(["replay", "--api-url", "http://x", "--help"])
        .assert()
        .success();

    let listen = help(home.path(), &words(&["listen"]), "-h");
    let order = [
        "Receiving:",
        "Verifying:",
        "Output:",
        "CI:",
        "Tunnel and hooks:",
        "Page:",
        "App:",
        "Global options:",
        "EXAMPLES:",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|h| {
            listen
                .find(&format!("\n{h}\n"))
                .unwrap_or_else(|| panic!("{h}:\n{listen}"))
        })
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{listen}");
    assert!(
        listen.starts_with("Receive callbacks") && !listen.contains("\nOptions:\n"),
        "{listen}"
    );

    for (command, says) in [
        (&["doctor"][..], "8 when a hook is deactivated"),
        (&["apply"][..], "with --check, 8 when it has"),
        (&["simulate"][..], "Exit 8 when"),
        (&[][..], "8  `doctor`, `apply --check`, `simulate`"),
    ] {
        let text = help(home.path(), &words(command), "--help");
        let flowed = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let says = says.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flowed.contains(&says), "bchook {command:?} --help:\n{text}");
    }
}

/// The man pages have a man page's sections, and an example comes out of groff whole, with the
/// ASCII hyphens and quotes a shell needs.
#[test]
fn man_pages_render_with_real_sections_and_whole_examples() {
    let rendered = |page: &str| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("man").join(page);
        let out = std::process::Command::new("groff")
            .args(["-man", "-Tutf8", "-rLL=80n", "-P-cbou"])
            .arg(path)
            .output();
        match out {
            Ok(out) if out.status.success() => Some(support::stdout_of(&out)),
            _ if std::env::var("CI").as_deref() == Ok("true") => {
                panic!("groff is needed in CI (apt-get install groff-base)")
            }
            _ => None,
        }
    };
    let Some(listen) = rendered("bchook-listen.1") else {
        eprintln!(
            "\n*** SKIPPED man_pages_render...: no groff here (apt-get install groff-base) ***\n"
        );
        return;
    };
    for section in [
        "NAME",
        "SYNOPSIS",
        "DESCRIPTION",
        "OPTIONS",
        "GLOBAL OPTIONS",
        "EXAMPLES",
        "ENVIRONMENT",
        "EXIT STATUS",
        "SEE ALSO",
    ] {
        assert!(
            listen.lines().any(|l| l == section),
            "no {section} section:\n{listen}"
        );
    }
    assert!(!listen.contains("EXTRA"), "{listen}");
    let lines: Vec<&str> = listen.lines().map(str::trim).collect();
    for example in [
        "bchook listen --port 0 --save callbacks.ndjson",
        "bchook listen --require-header 'X-Secret: s3cret' --events 'store/order/*'",
        "bchook listen --subscribe 'store/order/*' --public-url \\",
        "https://abc.trycloudflare.com/",
    ] {
        assert!(
            lines.contains(&example),
            "{example} is not whole:\n{listen}"
        );
    }
    assert!(
        listen.contains("[--save FILE]"),
        "value names in the synopsis:\n{listen}"
    );
    assert!(
        listen.contains("[--require-header NAME: VALUE]..."),
        "{listen}"
    );

    let doctor = rendered("bchook-doctor.1").unwrap();
    assert!(
        doctor.contains("bchook-reactivate(1)") && doctor.contains("bchook(1)"),
        "SEE ALSO names pages:\n{doctor}"
    );
    let root = rendered("bchook.1").unwrap();
    assert!(root.contains("bchook-listen(1)"), "the commands:\n{root}");
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
