//! Standard Webhooks as the official libraries do it: a differential test against the
//! `standardwebhooks` packages for Python (PyPI) and JavaScript (npm), which `.ci/run` installs
//! into `~/.cache/bchook-conformance` (or `$BCHOOK_CONFORMANCE_DIR`). Both ways round:
//!
//! - each library signs its own test cases (a good signature, a changed character, a changed
//!   body, missing headers, a bad timestamp, 310 s and 290 s either way, several signatures, only
//!   v1a, an empty body, bytes that are not UTF-8), judges them itself, and `bchook listen` must
//!   give every one the same verdict (the libraries' own tests put the clock one second past the
//!   5 minutes; listen's clock cannot be set, and a case reaches it a moment after it was made,
//!   so the cases stand 10 s either side);
//! - `bchook trigger` signs a callback, and each library must accept it (and refuse it with one
//!   byte of the body changed).
//!
//! For four secrets: a `whsec_` key with its padding, two without (one and two `=` missing),
//! and a plain client secret (the library given its bytes, as BigCommerce's samples do).
//!
//! Shopify the same way, against `@shopify/shopify-api`'s `webhooks.validate` (npm): deliveries
//! signed by Node's own crypto, with classic (`X-Shopify-*`) and Events (`shopify-*`) headers,
//! judged alike by the package and by `listen`; `trigger --platform shopify` accepted by it.

mod support;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use serde_json::{Value, json};
use support::{Listener, post};

/// Where .ci/run installed the libraries, or None (the test is skipped, loudly) outside CI.
fn libraries() -> Option<PathBuf> {
    let dir = std::env::var_os("BCHOOK_CONFORMANCE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let home = std::env::var_os("HOME")
                .map(PathBuf::from)
                .unwrap_or_default();
            std::env::var_os("XDG_CACHE_HOME")
                .map(PathBuf::from)
                .unwrap_or_else(|| home.join(".cache"))
                .join("bchook-conformance")
        });
    let installed = dir.join("py/standardwebhooks").is_dir()
        && dir.join("js/node_modules/standardwebhooks").is_dir()
        && dir
            .join("shopify/node_modules/@shopify/shopify-api")
            .is_dir();
    if installed {
        return Some(dir);
    }
    assert_ne!(
        std::env::var("CI").as_deref(),
        Ok("true"),
        "CI=true but the standardwebhooks libraries are not in {}: .ci/run installs them",
        dir.display()
    );
    eprintln!(
        "\n!!! SKIPPED the conformance tests: run .ci/run once, or install standardwebhooks \
         (pip --target {0}/py, npm --prefix {0}/js) and @shopify/shopify-api (npm --prefix \
         {0}/shopify) !!!\n",
        dir.display()
    );
    None
}

/// One of the two libraries, answering a request as tests/conformance/with_*.{py,js} describe.
struct Library {
    name: &'static str,
    program: &'static str,
    script: &'static str,
    path_var: &'static str,
    path: PathBuf,
}

impl Library {
    fn both(dir: &Path) -> [Library; 2] {
        [
            Library {
                name: "python",
                program: "python3",
                script: "with_python.py",
                path_var: "PYTHONPATH",
                path: dir.join("py"),
            },
            Library {
                name: "javascript",
                program: "node",
                script: "with_javascript.js",
                path_var: "NODE_PATH",
                path: dir.join("js/node_modules"),
            },
        ]
    }

    fn shopify(dir: &Path) -> Library {
        Library {
            name: "@shopify/shopify-api",
            program: "node",
            script: "with_shopify.js",
            path_var: "NODE_PATH",
            path: dir.join("shopify/node_modules"),
        }
    }

    fn ask(&self, request: Value) -> Vec<Value> {
        let script = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/conformance")
            .join(self.script);
        let mut child = Command::new(self.program)
            .arg(script)
            .env(self.path_var, &self.path)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{}: {e}", self.program));
        child
            .stdin
            .take()
            .unwrap()
            .write_all(request.to_string().as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "the {} library failed: {}",
            self.name,
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }
}

/// (bchook's --secret, the library's secret, whether the library gets it as raw bytes)
const SECRETS: [(&str, &str, bool); 4] = [
    (
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        false,
    ),
    ("whsec_YWJjZGU", "whsec_YWJjZGU", false), // base64 of "abcde" without its one `=`
    ("whsec_YWJjZA", "whsec_YWJjZA", false),   // base64 of "abcd" without its two `=`
    ("a-plain-client-secret", "a-plain-client-secret", true),
];

/// Posts a library's case (its headers and body bytes) to the listener.
fn send(l: &Listener, case: &Value) {
    let headers: Vec<(&str, &str)> = case["headers"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str().unwrap()))
        .collect();
    let body = B64.decode(case["body_b64"].as_str().unwrap()).unwrap();
    assert_eq!(post(&l.url, &headers, body), 200);
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[test]
fn listen_judges_every_library_case_as_the_library_does() {
    let Some(dir) = libraries() else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    for (ours, theirs, raw) in SECRETS {
        let l = Listener::start(home.path(), &["--json", "--secret", ours]);
        let mut expected = Vec::new();
        for library in Library::both(&dir) {
            let cases =
                library.ask(json!({"mode": "cases", "secret": theirs, "raw": raw, "now": now()}));
            assert!(cases.len() >= 15, "{cases:?}");
            for case in cases {
                send(&l, &case);
                expected.push((
                    format!("{} / {ours} / {}", library.name, case["name"]),
                    case,
                ));
            }
        }
        let lines = l.wait_for_lines(expected.len(), 20);
        l.stop();
        for ((what, case), line) in expected.iter().zip(&lines) {
            let ours: Value = serde_json::from_str(line).unwrap();
            assert_eq!(
                ours["signature"] == "valid",
                case["valid"].as_bool().unwrap(),
                "{what}: bchook says {} ({}), the library {} ({})",
                ours["signature"],
                ours["signature_error"],
                case["valid"],
                case["reason"]
            );
        }
    }
}

#[test]
fn every_library_accepts_what_trigger_signs() {
    let Some(dir) = libraries() else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    for (ours, theirs, raw) in SECRETS {
        let out = support::bchook(home.path())
            .args([
                "trigger",
                "store/order/created",
                "--print",
                "--secret",
                ours,
            ])
            .output()
            .unwrap();
        let (headers, body) = printed_callback(&out);
        let tampered = body.replacen("250", "251", 1);
        assert_ne!(tampered, body);
        for library in Library::both(&dir) {
            let verdicts = library.ask(json!({"mode": "verify", "secret": theirs, "raw": raw,
                "items": [{"headers": headers, "body_b64": B64.encode(&body)},
                          {"headers": headers, "body_b64": B64.encode(&tampered)}]}));
            assert_eq!(
                [&verdicts[0]["valid"], &verdicts[1]["valid"]],
                [&json!(true), &json!(false)],
                "{} with {ours}: {verdicts:?}",
                library.name
            );
        }
    }
}

/// The headers and exact body bytes `trigger --print` writes: the request line, the headers, a
/// blank line, the body's bytes, and a newline to end the output.
fn printed_callback(out: &std::process::Output) -> (serde_json::Map<String, Value>, String) {
    assert!(out.status.success(), "{}", support::stderr_of(out));
    let printed = support::stdout_of(out);
    let (head, body) = printed.split_once("\n\n").unwrap();
    let headers = head
        .lines()
        .skip(1)
        .map(|l| {
            let (k, v) = l.split_once(": ").unwrap();
            (k.to_string(), json!(v))
        })
        .collect();
    (headers, body.strip_suffix('\n').unwrap().to_string())
}

const SHOPIFY_SECRETS: [&str; 2] = ["test_secret_key", "shpss_0123456789abcdef0123456789abcdef"];

#[test]
fn listen_judges_shopify_deliveries_as_the_package_does() {
    let Some(dir) = libraries() else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let shopify = Library::shopify(&dir);
    for secret in SHOPIFY_SECRETS {
        let cases = shopify.ask(json!({"mode": "cases", "secret": secret}));
        assert!(cases.len() >= 7, "{cases:?}");
        let l = Listener::start(home.path(), &["--json", "--secret", secret]);
        for case in &cases {
            send(&l, case);
        }
        let lines = l.wait_for_lines(cases.len(), 20);
        l.stop();
        for (case, line) in cases.iter().zip(&lines) {
            let ours: Value = serde_json::from_str(line).unwrap();
            let what = format!("{secret} / {}", case["name"]);
            assert_eq!(ours["platform"], "shopify", "{what}");
            assert_eq!(
                ours["signature"] == "valid",
                case["valid"].as_bool().unwrap(),
                "{what}: bchook says {} ({}), the package {} ({})",
                ours["signature"],
                ours["signature_error"],
                case["valid"],
                case["reason"]
            );
        }
        // Every case carries the same event id (X-Shopify-Event-Id or shopify-event-id): one
        // event, so each after the first is a duplicate of it, whichever header style it used.
        let first: Value = serde_json::from_str(&lines[0]).unwrap();
        assert!(first.get("duplicate_of").is_none(), "{first}");
        for line in &lines[1..] {
            let later: Value = serde_json::from_str(line).unwrap();
            assert_eq!(later["duplicate_of"], first["seq"], "{later}");
        }
    }
}

#[test]
fn the_shopify_package_accepts_what_trigger_signs() {
    let Some(dir) = libraries() else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let shopify = Library::shopify(&dir);
    for secret in SHOPIFY_SECRETS {
        for topic in [
            "orders/create",
            "products/update",
            "customers/delete",
            "app/uninstalled",
        ] {
            let out = support::bchook(home.path())
                .args(["trigger", topic, "--platform", "shopify", "--print"])
                .args(["--secret", secret, "--data", r#"{"note": "caf\u00e9"}"#])
                .output()
                .unwrap();
            let (headers, body) = printed_callback(&out);
            let tampered = body.replacen("caf", "cat", 1);
            assert_ne!(tampered, body);
            let verdicts = shopify.ask(json!({"mode": "verify", "secret": secret,
                "items": [{"headers": headers, "body_b64": B64.encode(&body)},
                          {"headers": headers, "body_b64": B64.encode(&tampered)}]}));
            assert_eq!(
                [&verdicts[0]["valid"], &verdicts[1]["valid"]],
                [&json!(true), &json!(false)],
                "{topic} with {secret}: {verdicts:?}"
            );
        }
    }
}
