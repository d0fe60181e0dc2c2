//! Secrets usable in scripts without showing in `ps`: every one has an environment variable,
//! `-v` never prints a required header's value, a pasted token is not echoed, and concurrent
//! `token save` runs keep each other's profiles.

mod support;

use std::fs;

use support::{Listener, bchook, config_path, post, stderr_of, stdout_of};

#[test]
fn every_secret_has_an_environment_variable_and_help_says_so() {
    let home = tempfile::tempdir().unwrap();
    let help = |args: &[&str]| {
        stdout_of(
            &bchook(home.path())
                .args(args)
                .arg("--help")
                .output()
                .unwrap(),
        )
    };
    for (args, var) in [
        (&["listen"][..], "BCHOOK_SECRET"),
        (&["listen"][..], "BCHOOK_REQUIRE_HEADER"),
        (&["listen"][..], "BCHOOK_UI_TOKEN"),
        (&["trigger"][..], "BCHOOK_SECRET"),
        (&["simulate"][..], "BCHOOK_SECRET"),
        (&["token", "save"][..], "BIGCOMMERCE_CLIENT_SECRET"),
        (&["token", "exchange"][..], "BIGCOMMERCE_CLIENT_SECRET"),
        (&["token", "legacy"][..], "BIGCOMMERCE_CLIENT_SECRET"),
        (&["token", "legacy"][..], "BCHOOK_LEGACY_TOKEN"),
    ] {
        let text = help(args);
        assert!(
            text.contains(&format!("[env: {var}]")),
            "{args:?} --help names {var}:\n{text}"
        );
    }
    let top = help(&[]);
    assert!(top.contains("BCHOOK_SECRET"), "{top}");

    bchook(home.path())
        .args(["token", "save", "--no-verify", "--store-hash", "abc123"])
        .env("BIGCOMMERCE_ACCESS_TOKEN", "tok-0123456789abcdef")
        .env("BIGCOMMERCE_CLIENT_SECRET", "client-secret-from-env-1234")
        .assert()
        .success();
    let saved = fs::read_to_string(config_path(home.path())).unwrap();
    assert!(saved.contains("client-secret-from-env-1234"), "{saved}");
}

/// A callback signed by `trigger` with BCHOOK_SECRET verifies in `listen` with BCHOOK_SECRET.
/// Required headers come from BCHOOK_REQUIRE_HEADER, one a line; `-v` shows their names, never
/// their values.
#[test]
fn listen_and_trigger_take_their_secrets_from_the_environment() {
    let home = tempfile::tempdir().unwrap();
    let secret = [("BCHOOK_SECRET", "a-shared-signing-secret")];
    let l = Listener::start_with(home.path(), &["--compact"], &secret);
    bchook(home.path())
        .args(["trigger", "store/order/created", "--to", &l.url])
        .envs(secret)
        .assert()
        .success();
    let out = l.stop();
    assert!(out.stdout.contains("signature valid"), "{}", out.stdout);

    let required = [(
        "BCHOOK_REQUIRE_HEADER",
        "X-One: first-hidden-value\nX-Two: second-hidden-value",
    )];
    let l = Listener::start_with(home.path(), &["-v"], &required);
    let both = [
        ("X-One", "first-hidden-value"),
        ("X-Two", "second-hidden-value"),
    ];
    assert_eq!(post(&format!("{}/both", l.url), &both, "{}"), 200);
    assert_eq!(post(&format!("{}/one", l.url), &both[..1], "{}"), 200);
    let out = l.stop();
    assert!(!out.stdout.contains("hidden-value"), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("x-one: (hidden: a --require-header value)"),
        "{}",
        out.stdout
    );
    let heads: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.contains("POST /"))
        .collect();
    assert!(heads[0].contains("signature valid"), "{}", out.stdout);
    assert!(heads[1].contains("SIGNATURE INVALID"), "{}", out.stdout);
}

/// `token save --access-token -` on a terminal: what is pasted is not shown.
#[test]
fn a_token_pasted_on_a_terminal_is_not_echoed() {
    let home = tempfile::tempdir().unwrap();
    let script = r#"
import os, pty, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], [sys.argv[1], "token", "save", "--no-verify", "--store-hash", "abc123", "--access-token", "-"])
out = b""
deadline = time.time() + 20
while b"Enter" not in out and time.time() < deadline:
    out += os.read(fd, 1024)
time.sleep(0.2)
os.write(fd, b"pasted-token-0123456789\n")
while time.time() < deadline:
    try:
        chunk = os.read(fd, 1024)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
os.waitpid(pid, 0)
sys.stdout.write(out.decode(errors="replace"))
"#;
    let out = std::process::Command::new("python3")
        .args(["-c", script, env!("CARGO_BIN_EXE_bchook")])
        .env("BCHOOK_CONFIG", config_path(home.path()))
        .env_remove("BIGCOMMERCE_ACCESS_TOKEN")
        .output()
        .expect("python3 runs the terminal");
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(screen.contains("it is not shown"), "{screen}");
    assert!(!screen.contains("pasted-token"), "echoed: {screen}");
    let saved = fs::read_to_string(config_path(home.path())).unwrap();
    assert!(saved.contains("pasted-token-0123456789"), "{saved}");
}

/// 40 `token save` runs at once, each to its own profile: all 40 are kept.
#[test]
fn concurrent_token_saves_keep_every_profile() {
    let home = tempfile::tempdir().unwrap();
    let children: Vec<_> = (0..40)
        .map(|i| {
            std::process::Command::new(env!("CARGO_BIN_EXE_bchook"))
                .args([
                    "token",
                    "save",
                    "--no-verify",
                    "--store-hash",
                    &format!("store{i}"),
                    "--profile",
                    &format!("p{i}"),
                ])
                .env("BCHOOK_CONFIG", config_path(home.path()))
                .env("BIGCOMMERCE_ACCESS_TOKEN", format!("token-{i}-0123456789"))
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let saved = fs::read_to_string(config_path(home.path())).unwrap();
    let kept = (0..40)
        .filter(|i| saved.contains(&format!("[profiles.p{i}]")))
        .count();
    assert_eq!(kept, 40, "{saved}");
}

/// A symlinked config is written through to its target; a read-only one is refused.
#[test]
fn a_symlinked_config_is_written_through_and_a_read_only_one_refused() {
    let home = tempfile::tempdir().unwrap();
    let real = home.path().join("real.toml");
    fs::write(&real, "").unwrap();
    let link = home.path().join("link.toml");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    bchook(home.path())
        .env("BCHOOK_CONFIG", &link)
        .env("BIGCOMMERCE_ACCESS_TOKEN", "tok-0123456789abcdef")
        .args(["token", "save", "--no-verify", "--store-hash", "abc123"])
        .assert()
        .success();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "still a link"
    );
    assert!(fs::read_to_string(&real).unwrap().contains("abc123"));

    let mut perms = fs::metadata(&real).unwrap().permissions();
    perms.set_readonly(true);
    fs::set_permissions(&real, perms).unwrap();
    let out = bchook(home.path())
        .env("BCHOOK_CONFIG", &real)
        .env("BIGCOMMERCE_ACCESS_TOKEN", "tok-0123456789abcdef")
        .args(["token", "save", "--no-verify", "--store-hash", "zzz999"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("is read-only: bchook will not replace it"),
        "{}",
        stderr_of(&out)
    );
    assert!(!fs::read_to_string(&real).unwrap().contains("zzz999"));
}
