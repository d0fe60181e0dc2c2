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
    // CLI.md's key: a timeout is `timeout`, not the status-less error text.
    assert_eq!(
        report["failures"]
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        ["timeout"],
        "{report}"
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

/// One callback in five fails its first attempt (retries succeed): the same traffic gets the
/// same verdict at --speed 3600 and at --speed 60 (at 3600 it used to pass: --rate and
/// --duration were real time while the window was divided by --speed).
#[test]
fn the_verdict_is_the_same_at_every_speed() {
    let home = tempfile::tempdir().unwrap();
    for speed in ["3600", "60"] {
        // A new handler each run: it remembers the callbacks it failed once.
        let seen = std::sync::Mutex::new((0u64, std::collections::HashSet::new()));
        let handler = FakeApi::start(move |r, _| {
            let mut seen = seen.lock().unwrap();
            let hash = r.json()["hash"].to_string();
            if !seen.1.insert(hash) {
                return Reply::text(200, "retry ok");
            }
            seen.0 += 1;
            match seen.0 % 5 {
                0 => Reply::text(500, "one in five"),
                _ => Reply::text(200, "ok"),
            }
        });
        let (code, report) = simulate(
            home.path(),
            &[
                "--to",
                &handler.url,
                "--rate",
                "100",
                "--duration",
                "4",
                "--speed",
                speed,
            ],
        );
        // Which callbacks fail depends on arrival order, which concurrency shuffles: the
        // verdict is what must not depend on the speed.
        assert_eq!(code, Some(8), "--speed {speed}: {report}");
        assert_eq!(
            report["blocklisted"]["at_s"][0], 1,
            "--speed {speed}: {report}"
        );
        assert_eq!(report["sent"], 400, "--speed {speed}: {report}");
        assert_eq!(
            report["delivered"], 400,
            "retries deliver the rest: {report}"
        );
        assert_eq!(report["deactivated"], false, "{report}");
        assert!(
            report["failures"]["500"].as_u64().unwrap() >= 20,
            "{report}"
        );
    }
}

/// A handler answering 500 to everything is blocklisted and deactivated however fast the run.
#[test]
fn an_always_failing_handler_is_judged_the_same_at_high_speed() {
    let home = tempfile::tempdir().unwrap();
    let handler = FakeApi::start(|_, _| Reply::text(500, "down"));
    for speed in ["36000", "100000"] {
        let (code, report) = simulate(
            home.path(),
            &[
                "--to",
                &handler.url,
                "--rate",
                "100",
                "--duration",
                "2",
                "--speed",
                speed,
            ],
        );
        assert_eq!(code, Some(8));
        assert!(
            report["blocklisted"]["count"].as_u64().unwrap() >= 1,
            "--speed {speed}: {report}"
        );
        assert_eq!(report["deactivated"], true, "--speed {speed}: {report}");
        assert_eq!(report["delivered"], 0);
    }
}

/// One callback every 2 s of BigCommerce's time, its first 20 attempts failing: no 2-minute
/// window ever holds 100 attempts, so the domain is never judged.
#[test]
fn a_slow_trickle_of_failures_is_never_judged() {
    let home = tempfile::tempdir().unwrap();
    let handler = FakeApi::start(|_, i| match i < 20 {
        true => Reply::text(503, "warming up"),
        false => Reply::text(200, "ok"),
    });
    let (code, report) = simulate(
        home.path(),
        &[
            "--to",
            &handler.url,
            "--rate",
            "0.5",
            "--duration",
            "60",
            "--speed",
            "3600",
        ],
    );
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(report["sent"], 30);
    assert_eq!(report["blocklisted"]["count"], 0);
    assert_eq!(report["delivered"], 30);
    assert_eq!(report["failures"], serde_json::json!({"503": 20}));
}

/// The whole report for a small fixed scenario: one callback, a handler answering 503, the
/// hook deactivated when its 48 h of retries run out; the hint fits the cause.
#[test]
fn the_whole_report_says_why_attempts_failed() {
    let home = tempfile::tempdir().unwrap();
    let handler = FakeApi::start(|_, _| Reply::text(503, "busy"));
    let out = bchook(home.path())
        .args([
            "simulate",
            "--to",
            &handler.url,
            "--rate",
            "1",
            "--duration",
            "1",
        ])
        .args(["--speed", "100000"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(8));
    let text = support::stdout_of(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..2],
        [
            "sent 1  delivered 0  failed attempts 12  retried 11  undelivered 1",
            "failed attempts by cause: 503 x12",
        ],
        "{text}"
    );
    // Times vary; their place and words do not. Nothing was delivered: no "latest delivery".
    assert!(
        lines[2].starts_with("p50 ") && lines[2].contains(" ms  p99 ") && lines[2].ends_with(" ms"),
        "{text}"
    );
    assert!(
        lines[3].starts_with("attempts at most ")
            && lines[3].ends_with(" late in real time (--speed 100000)"),
        "{text}"
    );
    assert_eq!(
        lines[4..],
        [
            "The domain would not have been blocklisted.",
            "BigCommerce would have deactivated the hook at 48:04:00 simulated, when a callback's retries (48 h) ran out",
        ],
        "{text}"
    );
    assert!(
        stderr_of(&out)
            .contains("hint: most attempts were answered 503: find the error in the handler's log"),
        "{}",
        stderr_of(&out)
    );
}

/// A long run says so at start, and Ctrl-C prints the report so far, marked, with exit 130.
#[test]
fn ctrl_c_prints_the_report_so_far() {
    let home = tempfile::tempdir().unwrap();
    let handler = FakeApi::start(|_, _| Reply::text(500, "down"));
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_bchook"))
        .args([
            "simulate",
            "--to",
            &handler.url,
            "--rate",
            "5",
            "--duration",
            "1",
        ])
        .env("BCHOOK_CONFIG", home.path().join("config.toml"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let _ = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let out = child.wait_with_output().unwrap();
    let (stdout, stderr) = (support::stdout_of(&out), stderr_of(&out));
    assert_eq!(out.status.code(), Some(130), "{stdout}{stderr}");
    assert!(
        stderr.contains("note: if deliveries fail, retries run 48.1 h of BigCommerce's time"),
        "{stderr}"
    );
    assert!(
        stderr.contains("48.1 h at --speed 1; --speed 3600 runs them in 48.1 s"),
        "{stderr}"
    );
    assert!(stdout.starts_with("INTERRUPTED at 00:00:0"), "{stdout}");
    assert!(
        stdout.contains("sent 5  delivered 0  failed attempts 5"),
        "{stdout}"
    );
}

/// Delivery exceptions are built as every other callback is (hash, created_at, producer), name
/// the simulated hook, use BigCommerce's message, and are signed like the rest: `listen` with
/// the same secret finds them valid and shows the error code.
#[test]
fn delivery_exceptions_are_bigcommerce_callbacks_signed_like_the_rest() {
    let home = tempfile::tempdir().unwrap();
    let handler = FakeApi::start(|_, _| Reply::text(500, "down"));
    let secret = [("BCHOOK_SECRET", "exception-signing-secret")];
    let l = support::Listener::start_with(home.path(), &["--json"], &secret);
    let out = bchook(home.path())
        .args([
            "simulate",
            "--to",
            &handler.url,
            "--rate",
            "10",
            "--duration",
            "0.2",
        ])
        .args(["--speed", "1000000", "--exceptions-to", &l.url])
        .envs(secret)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(8), "{}", stderr_of(&out));
    // Every exception was answered before simulate ended; stopping prints what is still queued.
    let printed = l.stop();
    let records: Vec<Value> = printed
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let codes: Vec<&str> = records
        .iter()
        .map(|r| r["entity_id"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"90001") && codes.contains(&"90002"),
        "{codes:?}"
    );
    for r in &records {
        assert_eq!(r["event"], "store/hook/deliveryException");
        assert_eq!(r["signature"], "valid", "{r}");
        let body = &r["body"];
        assert_eq!(body["data"]["type"], "webhook");
        assert_eq!(body["data"]["id"], 18_048_287);
        assert!(
            body["hash"].is_string() && body["created_at"].is_i64(),
            "{body}"
        );
        assert_eq!(body["producer"], "stores/abc123");
        let message = body["data"]["message"].as_str().unwrap();
        assert!(
            message.starts_with(&format!(
                "Non-200 response received when delivering to {}",
                handler.url
            )),
            "{message}"
        );
    }
    let first = records.iter().find(|r| r["entity_id"] == "90001").unwrap();
    assert!(
        first["body"]["data"]["message"]
            .as_str()
            .unwrap()
            .ends_with(", will retry"),
        "{first}"
    );
    assert!(printed.code == Some(0));
}

/// Callbacks firing for longer than a failing callback's 48 h of retries: the hook is
/// deactivated, firing stops there, and the report says so beside `sent`. The whole `--json`
/// report, times masked.
#[test]
fn firing_stops_when_the_hook_is_deactivated() {
    let home = tempfile::tempdir().unwrap();
    let handler = FakeApi::start(|_, _| Reply::text(503, "down"));
    let args = [
        "--to",
        &handler.url,
        "--rate",
        "0.002",
        "--duration",
        "50h",
        "--speed",
        "1000000",
    ];
    let (code, mut report) = simulate(home.path(), &args);
    assert_eq!(code, Some(8));
    for timing in ["p50_ms", "p99_ms", "max_real_lateness_s"] {
        assert!(report[timing].is_number(), "{timing}: {report}");
        report[timing] = Value::from("masked");
    }
    // One callback every 500 s: 347 fire before the first one's retries run out at 173,040 s.
    assert_eq!(
        report,
        serde_json::json!({
            "platform": "bigcommerce", "sent": 347, "delivered": 0, "failed_attempts": report["failed_attempts"].clone(),
            "failures": {"503": report["failed_attempts"].clone()},
            "retried": report["retried"].clone(), "undelivered": 347,
            "max_lateness_s": 0.0, "max_real_lateness_s": "masked",
            "blocklisted": {"count": 0, "at_s": []},
            "deactivated": true, "deactivated_at_s": 173_040, "firing_stopped_at_s": 173_040,
            "simulated_s": 173_040, "interrupted": false,
            "p50_ms": "masked", "p99_ms": "masked",
        })
    );
    let text = support::stdout_of(
        &bchook(home.path())
            .args(["simulate"])
            .args(args)
            .output()
            .unwrap(),
    );
    assert!(
        text.starts_with(
            "sent 347 (firing stopped at 48:04:00: the hook was deactivated)  delivered 0"
        ),
        "{text}"
    );
}

/// `--platform ecwid`: Ecwid's rules. A 203 is a 2xx BigCommerce takes but Ecwid does not (it
/// takes only 200, 201, 202, 204 and 209): each callback is retried 27 times over 24 h and then
/// given up, one by one, with no blocklist and no deactivation; a 209 is delivered. The
/// callbacks are Ecwid's, signed as Ecwid signs.
#[test]
fn ecwid_rules_take_only_its_success_codes_and_give_callbacks_up_after_a_day() {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD as B64;
    use hmac::{Hmac, KeyInit, Mac};
    let home = tempfile::tempdir().unwrap();
    let verified = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = verified.clone();
    let answer_203 = FakeApi::start(move |r, _| {
        let body = r.json();
        // BigCommerce's callbacks (the second run) carry no eventId.
        if let Some(id) = body["eventId"].as_str() {
            let mut mac = Hmac::<sha2::Sha256>::new_from_slice(b"client-secret-1").unwrap();
            mac.update(format!("{}.{id}", body["eventCreated"]).as_bytes());
            let expected = B64.encode(mac.finalize().into_bytes());
            if r.header("x-ecwid-webhook-signature") == Some(expected.as_str()) {
                counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            }
        }
        Reply::text(203, "non-authoritative")
    });
    let ecwid = |to: &str, platform: &str| {
        simulate(
            home.path(),
            &[
                "--to",
                to,
                "--platform",
                platform,
                "--rate",
                "10",
                "--duration",
                "0.3",
                "--speed",
                "10000000",
                "--secret",
                "client-secret-1",
            ],
        )
    };
    let (code, report) = ecwid(&answer_203.url, "ecwid");
    assert_eq!(code, Some(8), "{report}");
    assert_eq!(report["platform"], "ecwid");
    assert_eq!(report["sent"], 3);
    assert_eq!(report["delivered"], 0);
    assert_eq!(report["undelivered"], 3);
    assert_eq!(
        report["failed_attempts"],
        3 * 28,
        "the first attempt and 27 retries each"
    );
    assert_eq!(report["failures"]["203"], 3 * 28);
    assert_eq!(report["deactivated"], false);
    assert_eq!(report["blocklisted"]["count"], 0);
    assert!(
        report["simulated_s"].as_u64().unwrap() >= 86_400,
        "{report}"
    );
    assert_eq!(
        verified.load(std::sync::atomic::Ordering::SeqCst),
        3 * 28,
        "every attempt signed as Ecwid signs"
    );
    let first = answer_203.requests()[0].json();
    assert_eq!(first["eventType"], "order.created");
    assert!(first["data"]["orderId"].is_string());

    // The same handler under BigCommerce's rules: a 2xx, delivered.
    let (code, report) = ecwid(&answer_203.url, "bigcommerce");
    assert_eq!(
        (code, report["delivered"].as_u64()),
        (Some(0), Some(3)),
        "{report}"
    );

    let answer_209 = FakeApi::start(|_, _| Reply::text(209, ""));
    let (code, report) = ecwid(&answer_209.url, "ecwid");
    assert_eq!(
        (code, report["delivered"].as_u64()),
        (Some(0), Some(3)),
        "{report}"
    );

    // Ecwid has no delivery exceptions.
    let out = bchook(home.path())
        .args(["simulate", "--platform", "ecwid", "--to", &answer_209.url])
        .args(["--exceptions-to", &answer_209.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("Ecwid sends no delivery exceptions"),
        "{}",
        stderr_of(&out)
    );
}
