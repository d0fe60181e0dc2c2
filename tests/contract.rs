//! Every hooks command against Prism serving BigCommerce's own OpenAPI description
//! (`../shared/spec/webhooks.v3.yml`). Prism answers 422 to any request the spec does not allow,
//! so a command that succeeds here sent a request the spec accepts.

mod support;

use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use support::{bchook, shared_dir, stderr_of};

/// Prism in its own process group, stopped with the group when dropped.
struct Prism {
    child: Child,
    url: String,
}

impl Drop for Prism {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        for signal in ["-TERM", "-KILL"] {
            let _ = Command::new("kill").args([signal, "--", &group]).status();
            let deadline = Instant::now() + Duration::from_secs(5);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }
}

fn start_prism(shared: &std::path::Path, log: &std::path::Path) -> Prism {
    use std::os::unix::process::CommandExt;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let log_file = std::fs::File::create(log).unwrap();
    let child = Command::new("bash")
        .arg(shared.join("tools/bc-mock"))
        .arg(shared.join("spec/webhooks.v3.yml"))
        .arg(port.to_string())
        .arg("--prefix")
        .stdin(Stdio::null())
        .stdout(log_file.try_clone().unwrap())
        .stderr(log_file)
        .process_group(0)
        .spawn()
        .expect("run bash");
    let mut prism = Prism {
        child,
        url: format!("http://127.0.0.1:{port}"),
    };
    // The first run installs Prism with npm, so allow it time.
    let deadline = Instant::now() + Duration::from_secs(240);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = prism.child.try_wait() {
            panic!(
                "bc-mock exited ({status}) before listening:\n{}",
                std::fs::read_to_string(log).unwrap_or_default()
            );
        }
        assert!(
            Instant::now() < deadline,
            "Prism did not listen within 240 s:\n{}",
            std::fs::read_to_string(log).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    prism
}

#[test]
fn every_hooks_command_sends_requests_the_official_spec_allows() {
    let Some(shared) = shared_dir("contract test against Prism") else {
        return;
    };
    let has_prism = std::env::var_os("HOME").is_some_and(|h| {
        std::path::Path::new(&h)
            .join(".cache/bc-mock/node_modules/.bin/prism")
            .exists()
    });
    let has_npm = Command::new("npm")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !has_npm && !has_prism {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but npm is missing: .ci/run must install it"
        );
        eprintln!(
            "\n!!! SKIPPED the contract test: npm is not installed, so Prism cannot be !!!\n"
        );
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let prism = start_prism(&shared, &home.path().join("prism.log"));

    // The mock must really reject what the spec forbids, or this test proves nothing.
    let bad = support::http()
        .post(format!("{}/stores/abc123/v3/hooks", prism.url))
        .header("X-Auth-Token", "x")
        .header("Content-Type", "application/json")
        .body(r#"{"scope": 1}"#)
        .send()
        .unwrap();
    assert_eq!(
        bad.status().as_u16(),
        422,
        "Prism accepted a request the spec forbids"
    );

    let runs: &[&[&str]] = &[
        &[
            "subscribe",
            "store/order/created",
            "https://example.com/hooks",
        ],
        &[
            "subscribe",
            "store/product/*",
            "https://example.com/hooks",
            "-H",
            "X-Secret: s",
            "-H",
            "X-Team: t",
            "--inactive",
        ],
        &["list"],
        &[
            "list",
            "--scope",
            "store/order/created",
            "--destination",
            "https://example.com/hooks",
            "--active",
            "--limit",
            "50",
        ],
        &["list", "--inactive", "--page", "2"],
        &["show", "22561593"],
        &["update", "22561593", "--scope", "store/cart/created"],
        &[
            "update",
            "22561593",
            "--destination",
            "https://example.com/v2",
            "--active",
        ],
        &["update", "22561593", "--inactive", "-H", "X-Secret: new"],
        &["update", "22561593", "--no-headers"],
        &["delete", "22561593"],
        &["delete", "22561593", "22561594", "--json"],
        &["doctor"],
        &["doctor", "--json"],
        &["reactivate", "22561593"],
        &["reactivate", "--all-deactivated"],
        &["admin", "emails"],
        &["admin", "emails", "set", "webhooks@example.com"],
        &["admin", "emails", "clear"],
        &["export"],
        &["apply", "-f", "HOOKS_FILE"],
    ];
    let hooks_file = home.path().join("hooks.toml");
    std::fs::write(
        &hooks_file,
        "[[hook]]\nscope = \"store/order/created\"\ndestination = \"https://example.com/hooks\"\n\
         headers = { \"X-Secret\" = \"s\" }\n[[hook]]\nscope = \"store/cart/*\"\n\
         destination = \"https://example.com/carts\"\nactive = false\n",
    )
    .unwrap();
    for args in runs {
        let out = bchook(home.path())
            .env("BIGCOMMERCE_STORE_HASH", "abc123")
            .env("BIGCOMMERCE_ACCESS_TOKEN", "contract-test-token")
            .env("BCHOOK_API_URL", &prism.url)
            .args(args.iter().map(|a| match *a {
                "HOOKS_FILE" => hooks_file.to_str().unwrap(),
                a => a,
            }))
            .output()
            .unwrap();
        // `doctor` exits 8 when the mock's example data shows a deactivated hook.
        let ok = out.status.success() || (args[0] == "doctor" && out.status.code() == Some(8));
        assert!(
            ok,
            "`bchook {}` failed against the official spec ({}):\n{}\nPrism's log:\n{}",
            args.join(" "),
            out.status,
            stderr_of(&out),
            std::fs::read_to_string(home.path().join("prism.log")).unwrap_or_default()
        );
    }
}
