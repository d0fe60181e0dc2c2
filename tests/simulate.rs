//! `simulate` against local handlers that fail on purpose: BigCommerce's rules, sped up.

mod support;

use serde_json::Value;
use support::{FakeApi, Reply, bchook, stderr_of};

fn simulate(home: &std::path::Path, args: &[&str]) -> (Option<i32>, Value) {
    let out = bchook(home)
        .args(["simulate", "--json"])
        .args(args)
        .output()
        .unwrap();
    let report =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr_of(&out)));
    (out.status.code(), report)
}

#[test]
fn a_handler_that_always_fails_gets_its_hook_deactivated_and_exceptions_sent() {
    let home = tempfile::tempdir().unwrap();
    let handler = FakeApi::start(|_, _| Reply::text(500, "down"));
    let exceptions = FakeApi::start(|_, _| Reply::text(200, ""));
    // 48 h of retries at --speed 1000000 take 0.17 s.
    let (code, report) = simulate(
        home.path(),
        &[
            "--to",
            &handler.url,
            "--rate",
            "100",
            "--duration",
            "0.2",
            "--speed",
            "1000000",
            "--exceptions-to",
            &exceptions.url,
        ],
    );
    assert_eq!(code, Some(8));
    assert_eq!(report["deactivated"], true);
    assert_eq!(report["delivered"], 0);
    assert_eq!(report["undelivered"], report["sent"]);
    let deactivated_at = report["deactivated_at_s"].as_u64().unwrap();
    assert!(
        deactivated_at >= 173_040,
        "after the whole schedule: {deactivated_at}"
    );
    let codes: Vec<i64> = exceptions
        .requests()
        .iter()
        .map(|r| r.json()["data"]["error_code"].as_i64().unwrap())
        .collect();
    assert_eq!(
        codes.iter().filter(|c| **c == 90002).count(),
        1,
        "{codes:?}"
    );
    assert!(codes.contains(&90001));
    assert_eq!(
        exceptions.requests()[0].json()["scope"],
        "store/hook/deliveryException"
    );
}

#[test]
fn a_healthy_handler_gets_everything_and_a_failing_burst_blocklists_the_domain() {
    let home = tempfile::tempdir().unwrap();
    let handler = FakeApi::start(|_, _| Reply::text(200, "ok"));
    let (code, report) = simulate(
        home.path(),
        &["--to", &handler.url, "--rate", "200", "--duration", "0.5"],
    );
    assert_eq!(code, Some(0));
    assert_eq!(report["delivered"], report["sent"]);
    assert_eq!(
        (
            report["failed_attempts"].as_u64(),
            report["retried"].as_u64()
        ),
        (Some(0), Some(0))
    );
    assert_eq!(
        handler.requests().len() as u64,
        report["sent"].as_u64().unwrap()
    );
    let hashes: std::collections::HashSet<String> = handler
        .requests()
        .iter()
        .map(|r| r.json()["hash"].to_string())
        .collect();
    assert_eq!(
        hashes.len(),
        handler.requests().len(),
        "each callback its own event"
    );

    // The first 150 attempts fail: over 100 in 2 simulated minutes (1.2 s here), under 90%:
    // blocklisted.
    // Then everything succeeds, retries included.
    let flaky = FakeApi::start(|_, i| match i < 150 {
        true => Reply::text(503, "busy"),
        false => Reply::text(200, "ok"),
    });
    let (code, report) = simulate(
        home.path(),
        &[
            "--to",
            &flaky.url,
            "--rate",
            "1000",
            "--duration",
            "0.3",
            "--speed",
            "100",
        ],
    );
    assert_eq!(code, Some(8), "{report}");
    assert!(
        report["blocklisted"]["count"].as_u64().unwrap() >= 1,
        "{report}"
    );
    assert_eq!(
        report["delivered"], report["sent"],
        "retries deliver the rest"
    );
    assert_eq!(report["deactivated"], false);
    assert!(report["retried"].as_u64().unwrap() >= 1);
}

#[test]
fn bad_numbers_are_refused() {
    let home = tempfile::tempdir().unwrap();
    let out = bchook(home.path())
        .args(["simulate", "--to", "http://127.0.0.1:9/", "--rate", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "error: --rate must be a number above 0, not 0\n"
    );
}

#[test]
fn a_handler_slower_than_the_timeout_fails_like_a_down_one() {
    let home = tempfile::tempdir().unwrap();
    let slow = FakeApi::start(|_, _| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        Reply::text(200, "too late")
    });
    let (code, report) = simulate(
        home.path(),
        &[
            "--to",
            &slow.url,
            "--rate",
            "20",
            "--duration",
            "0.1",
            "--speed",
            "1000000",
            "--timeout",
            "20ms",
        ],
    );
    assert_eq!(code, Some(8));
    assert_eq!(
        (
            report["delivered"].as_u64(),
            report["deactivated"].as_bool()
        ),
        (Some(0), Some(true))
    );
}

/// Half the first 300 answers fail, chosen by a seeded generator, then the handler recovers:
/// the domain is blocklisted, and the retries deliver everything.
#[test]
fn a_handler_failing_half_at_random_then_recovering_gets_blocklisted() {
    let home = tempfile::tempdir().unwrap();
    let seed = std::sync::Mutex::new(0x2545_f491_4f6c_dd1d_u64);
    let coin = FakeApi::start(move |_, i| {
        if i >= 300 {
            return Reply::text(200, "recovered");
        }
        let mut x = seed.lock().unwrap();
        *x ^= *x << 13;
        *x ^= *x >> 7;
        *x ^= *x << 17;
        match *x % 2 {
            0 => Reply::text(200, "ok"),
            _ => Reply::text(500, "no"),
        }
    });
    let (code, report) = simulate(
        home.path(),
        &[
            "--to",
            &coin.url,
            "--rate",
            "1000",
            "--duration",
            "0.2",
            "--speed",
            "1000",
        ],
    );
    assert_eq!(code, Some(8));
    assert!(
        report["blocklisted"]["count"].as_u64().unwrap() >= 1,
        "{report}"
    );
    assert_eq!(report["delivered"], report["sent"], "{report}");
    assert!(report["retried"].as_u64().unwrap() >= 1);
}
