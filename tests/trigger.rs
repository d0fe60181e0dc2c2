//! trigger, replay and scopes, end to end: the real binary against `bchook listen` and a fake
//! handler; payload shapes checked against BigCommerce's own callback schemas.

mod support;

use serde_json::{Value, json};
use support::{FakeApi, Listener, Reply, bchook, masked, ndjson, post, stderr_of, stdout_of};

fn trigger(home: &std::path::Path, args: &[&str]) -> std::process::Output {
    bchook(home).arg("trigger").args(args).output().unwrap()
}

#[test]
fn triggered_callbacks_verify_in_listen_and_tampering_shows() {
    let home = tempfile::tempdir().unwrap();
    let l = Listener::start(home.path(), &["--json", "--secret", "s3cret"]);
    let to = format!("{}/hooks", l.url);
    // Each case with the verdict listen must give it and what trigger says it sent.
    let cases = [
        (
            vec![
                "store/order/created",
                "--to",
                &to,
                "--secret",
                "s3cret",
                "--id",
                "77",
            ],
            "valid",
            "store/order/created (signed: Standard Webhooks)",
        ),
        (
            vec![
                "store/order/created",
                "--to",
                &to,
                "--secret",
                "not-the-secret",
            ],
            "invalid",
            "store/order/created (signed: Standard Webhooks)",
        ),
        (
            vec![
                "order.created",
                "--platform",
                "ecwid",
                "--to",
                &to,
                "--secret",
                "s3cret",
            ],
            "valid",
            "order.created (signed: X-Ecwid-Webhook-Signature)",
        ),
        (
            vec![
                "orders/create",
                "--platform",
                "shopify",
                "--to",
                &to,
                "--secret",
                "s3cret",
                "--id",
                "820982911946154500",
            ],
            "valid",
            "orders/create (signed: X-Shopify-Hmac-Sha256)",
        ),
        (
            vec!["store/channel/3/cart/created", "--to", &to],
            "absent",
            "store/channel/3/cart/created (unsigned)",
        ),
    ];
    for (args, _, sent) in &cases {
        let out = trigger(home.path(), args);
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
        assert_eq!(masked(&stdout_of(&out), &[]), "200 OK in _ ms\n");
        assert_eq!(stderr_of(&out), format!("-> POST {to} {sent}\n"));
    }
    let lines = ndjson(&l.wait_for_lines(cases.len(), 10).join("\n"));
    l.stop();
    let verdicts: Vec<&str> = lines
        .iter()
        .map(|r| r["signature"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = cases.iter().map(|(_, verdict, _)| *verdict).collect();
    assert_eq!(verdicts, expected, "listen's verdict on each case");
    let events: Vec<(&str, &str)> = lines
        .iter()
        .map(|r| {
            (
                r["platform"].as_str().unwrap(),
                r["event"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        events,
        [
            ("bigcommerce", "store/order/created"),
            ("bigcommerce", "store/order/created"),
            ("ecwid", "order.created"),
            ("shopify", "orders/create"),
            ("bigcommerce", "store/channel/3/cart/created"),
        ]
    );
    let shopify = &lines[3];
    assert_eq!(shopify["store"], "abc123.myshopify.com");
    assert_eq!(shopify["entity_id"], "820982911946154500");
    assert_eq!(
        shopify["body"]["admin_graphql_api_id"],
        "gid://shopify/Order/820982911946154500"
    );
    let first = &lines[0]["body"];
    assert_eq!(first["data"], json!({"type": "order", "id": 77}));
    assert_eq!(first["producer"], "stores/abc123");
    assert_eq!(first["store_id"], "1025646");
    // hash: the SHA-1 of the JSON-encoded data, computed here independently.
    let expected: String = {
        use sha1::Digest;
        sha1::Sha1::digest(br#"{"type":"order","id":77}"#)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    assert_eq!(first["hash"], json!(expected));
    assert_eq!(
        lines[4]["body"]["data"]["cart_id"],
        "09346904-4175-44fd-be53-f7e598531b6c"
    );
}

#[test]
fn trigger_refuses_what_it_cannot_send_and_reports_handler_failures() {
    let home = tempfile::tempdir().unwrap();
    for (scope, said) in [
        (
            "store/order/craeted",
            "error: store/order/craeted is not a scope bchook knows how to trigger\n\
             hint: did you mean store/order/created, store/order/updated, store/order/archived?\n",
        ),
        (
            "store/order/*",
            "error: store/order/* is a wildcard for subscribing, not an event\n\
             hint: trigger one of its events: `bchook scopes 'store/order/*'` lists them\n",
        ),
        (
            "store/channel/{channel_id}/cart/created",
            "error: store/channel/{channel_id}/cart/created needs a concrete channel id, e.g. \
             store/channel/1/cart/created\n",
        ),
    ] {
        let out = trigger(home.path(), &[scope]);
        assert_eq!(out.status.code(), Some(2), "{scope}");
        assert_eq!(stderr_of(&out), said);
        assert_eq!(stdout_of(&out), "");
    }
    let out = trigger(home.path(), &["store/order/created", "--data", "{not json"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "error: --data is not JSON: key must be a string at line 1 column 2\n\
         hint: an object is merged into the event's data, e.g. --data '{\"id\":77}'\n"
    );

    let app = FakeApi::start(|_, _| Reply::text(500, "database is down"));
    let out = trigger(home.path(), &["store/order/created", "--to", &app.url]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        masked(&stdout_of(&out), &[]),
        "500 Internal Server Error in _ ms\ndatabase is down\n"
    );
    assert_eq!(
        stderr_of(&out),
        format!(
            "-> POST {}/ store/order/created (unsigned)\n\
             error: the handler answered 500: BigCommerce counts anything but a 2xx as a failure \
             and retries the callback\n",
            app.url
        )
    );
    assert_eq!(
        app.requests()[0].header("content-type"),
        Some("application/json")
    );

    let closed = support::closed_port_url();
    let out = trigger(home.path(), &["store/order/created", "--to", &closed]);
    assert_eq!(out.status.code(), Some(6));
    assert_eq!(stdout_of(&out), "", "said once, on stderr");
    assert_eq!(
        stderr_of(&out),
        format!(
            "-> POST {closed}/ store/order/created (unsigned)\n\
             error: {closed}/ did not answer: cannot connect to {closed} (is the handler running?)\n\
             hint: start it, or point --to at it; `bchook listen` receives on http://127.0.0.1:8080/\n"
        )
    );
}

#[test]
fn a_burst_counts_ids_up_and_every_callback_arrives() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("burst.ndjson");
    let l = Listener::start(
        home.path(),
        &["--compact", "--save", file.to_str().unwrap()],
    );
    let out = bchook(home.path())
        .args([
            "trigger",
            "store/product/created",
            "--to",
            &l.url,
            "--count",
            "1000",
            "--concurrency",
            "16",
            "--id",
            "1",
            "--json",
            "--timeout",
            "5",
        ])
        .output()
        .unwrap();
    l.stop();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (
            summary["sent"].as_u64(),
            summary["ok"].as_u64(),
            summary["failed"].as_u64()
        ),
        (Some(1000), Some(1000), Some(0))
    );
    assert!(summary["p99_ms"].as_u64().is_some());
    let mut ids: Vec<u64> = ndjson(&std::fs::read_to_string(&file).unwrap())
        .iter()
        .map(|r| r["body"]["data"]["id"].as_u64().unwrap())
        .collect();
    ids.sort_unstable();
    assert_eq!(ids, (1..=1000).collect::<Vec<_>>());
}

#[test]
fn replay_resends_the_exact_bytes_and_headers_in_order() {
    let home = tempfile::tempdir().unwrap();
    let first = home.path().join("first.ndjson");
    let l = Listener::start(
        home.path(),
        &["--compact", "--save", first.to_str().unwrap()],
    );
    post(
        &format!("{}/a?x=1", l.url),
        &[("X-Custom", "one"), ("Content-Type", "application/json")],
        support::bc_body("store/order/created", 1),
    );
    post(
        &format!("{}/b", l.url),
        &[("X-Custom", "two")],
        "{\"spaced\":  true}",
    );
    post(&format!("{}/c", l.url), &[], b"\xff\x00binary".to_vec());
    l.stop();

    let second = home.path().join("second.ndjson");
    let l = Listener::start(
        home.path(),
        &["--compact", "--save", second.to_str().unwrap()],
    );
    let out = bchook(home.path())
        .args(["replay", first.to_str().unwrap(), "--to", &l.url])
        .output()
        .unwrap();
    let l_url = l.url.clone();
    l.stop();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        masked(&stdout_of(&out), &[(&l_url, "URL")]),
        "#1 POST URL/a?x=1 -> 200 OK in _ ms\n\
         #2 POST URL/b -> 200 OK in _ ms\n\
         #3 POST URL/c -> 200 OK in _ ms\n"
    );
    let (a, b) = (
        ndjson(&std::fs::read_to_string(&first).unwrap()),
        ndjson(&std::fs::read_to_string(&second).unwrap()),
    );
    assert_eq!(a.len(), 3);
    assert_eq!(b.len(), 3);
    for (x, y) in a.iter().zip(&b) {
        for field in ["method", "path", "query", "body", "body_text", "body_b64"] {
            assert_eq!(x.get(field), y.get(field), "{field} differs");
        }
        let end_to_end = |r: &Value| -> Vec<(String, String)> {
            let mut h: Vec<(String, String)> = r["headers"]
                .as_object()
                .unwrap()
                .iter()
                .filter(|(k, _)| {
                    ![
                        "host",
                        "content-length",
                        "connection",
                        "user-agent",
                        "accept",
                    ]
                    .contains(&k.as_str())
                })
                .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
                .collect();
            h.sort();
            h
        };
        assert_eq!(end_to_end(x), end_to_end(y));
    }

    let out = bchook(home.path())
        .args(["replay", first.to_str().unwrap(), "--seq", "9"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("has no callback with seq 9"));
}

#[test]
fn scopes_lists_filters_and_prints_json() {
    let home = tempfile::tempdir().unwrap();
    let out = bchook(home.path())
        .args(["scopes", "store/order/*", "--json"])
        .output()
        .unwrap();
    let all: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        all.iter()
            .all(|s| s["scope"].as_str().unwrap().starts_with("store/order/"))
    );
    let created = all
        .iter()
        .find(|s| s["scope"] == "store/order/created")
        .unwrap();
    assert_eq!(created["data"], json!({"type": "order", "id": 250}));
    let out = bchook(home.path())
        .args(["scopes", "couponApplied"])
        .output()
        .unwrap();
    assert!(
        stdout_of(&out).contains("store/cart/couponApplied"),
        "{}",
        stdout_of(&out)
    );
    assert_eq!(
        bchook(home.path())
            .args(["scopes", "nothing-like-this"])
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
}

/// Checks `value` against a callback schema node: types, and no field the schema lacks.
fn check_shape(value: &Value, schema: &yaml_rust2::Yaml, path: &str) -> Result<(), String> {
    let ty = schema["type"].as_str();
    let props = &schema["properties"];
    match value {
        Value::Object(map) if !props.is_badvalue() => {
            for (k, v) in map {
                let sub = &props[k.as_str()];
                if sub.is_badvalue() {
                    return Err(format!("{path}.{k} is not in the schema"));
                }
                check_shape(v, sub, &format!("{path}.{k}"))?;
            }
            Ok(())
        }
        Value::Array(items) if ty == Some("array") => items
            .iter()
            .try_for_each(|i| check_shape(i, &schema["items"], &format!("{path}[]"))),
        _ => {
            let ok = match ty {
                Some("string") => value.is_string(),
                Some("integer") => value.is_i64() || value.is_u64(),
                Some("number") => value.is_number(),
                Some("boolean") => value.is_boolean(),
                Some("object") => value.is_object(),
                Some("array") => value.is_array(),
                _ => true,
            };
            if ok {
                Ok(())
            } else {
                Err(format!("{path} is {value}, the schema says {ty:?}"))
            }
        }
    }
}

#[test]
fn every_catalogue_scope_triggers_a_payload_matching_its_official_schema() {
    let Some(shared) =
        support::shared_dir("trigger payloads against the official callback schemas")
    else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let app = FakeApi::start(|_, _| Reply::text(200, ""));
    let out = bchook(home.path())
        .args(["scopes", "--json"])
        .output()
        .unwrap();
    let scopes: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(scopes.len(), 201);
    let mut checked = 0;
    for entry in scopes.iter().filter(|s| s["wildcard"] == false) {
        let name = entry["scope"].as_str().unwrap();
        let concrete = name.replace("{channel_id}", "1").replacen("/*/", "/1/", 1);
        let out = trigger(home.path(), &[&concrete, "--to", &app.url, "--json"]);
        assert!(out.status.success(), "{concrete}: {}", stderr_of(&out));
        let payload = serde_json::from_slice::<Value>(&out.stdout).unwrap()["payload"].clone();
        assert_eq!(payload["scope"], json!(concrete));
        let file = shared
            .join("spec/callbacks")
            .join(format!("{}.yml", name.replace('/', "_")));
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        let doc = &yaml_rust2::YamlLoader::load_from_str(&text).unwrap()[0];
        let (_, schema) = doc["properties"].as_hash().unwrap().iter().next().unwrap();
        check_shape(&payload, schema, name).unwrap_or_else(|e| panic!("{e}"));
        checked += 1;
    }
    assert!(
        checked >= 80,
        "only {checked} scopes had an official schema to check"
    );
    assert_eq!(app.requests().len(), 179);
}

/// `-H` sends a hook's custom header too, so `listen --require-header` (or a handler's own
/// check) can be tried locally; it replaces a header of the same name.
#[test]
fn a_custom_header_is_sent_and_checked_by_listen() {
    let home = tempfile::tempdir().unwrap();
    let l = support::Listener::start(
        home.path(),
        &["--json", "--require-header", "X-Secret: s3cret"],
    );
    support::bchook(home.path())
        .args(["trigger", "store/order/created", "--to", &l.url])
        .args([
            "-H",
            "X-Secret: s3cret",
            "-H",
            "Content-Type: application/json; charset=utf-8",
        ])
        .assert()
        .success();
    let lines = l.wait_for_lines(1, 10);
    l.stop();
    let record: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
    assert_eq!(record["signature"], "valid", "{record}");
    assert_eq!(record["headers"]["x-secret"], "s3cret");
    assert_eq!(
        record["headers"]["content-type"], "application/json; charset=utf-8",
        "replaced, not repeated: {record}"
    );
}

/// `--print` writes the callback as it would go, signed, and sends nothing.
#[test]
fn print_writes_the_callback_and_sends_nothing() {
    let home = tempfile::tempdir().unwrap();
    let app = support::FakeApi::start(|_, _| support::Reply::text(200, ""));
    let out = support::bchook(home.path())
        .args([
            "trigger",
            "store/order/created",
            "--to",
            &app.url,
            "--print",
        ])
        .args([
            "--secret",
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "-H",
            "X-Secret: s3",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", support::stderr_of(&out));
    let text = support::stdout_of(&out);
    let (head, body) = text
        .split_once("\n\n")
        .expect("a blank line between headers and body");
    assert!(head.starts_with(&format!("POST {}/\n", app.url)), "{text}");
    for name in [
        "webhook-id: ",
        "webhook-timestamp: ",
        "webhook-signature: v1,",
        "X-Secret: s3",
    ] {
        assert!(head.contains(name), "{name}: {text}");
    }
    let payload: serde_json::Value = serde_json::from_str(body.trim()).unwrap();
    assert_eq!(payload["scope"], "store/order/created");

    let out = support::bchook(home.path())
        .args([
            "trigger",
            "store/order/created",
            "--to",
            &app.url,
            "--print",
            "--json",
        ])
        .args(["--count", "2"])
        .output()
        .unwrap();
    let lines: Vec<serde_json::Value> = support::stdout_of(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(
        lines[1]["body"]["data"]["id"], 251,
        "ids count up: {}",
        lines[1]
    );
    assert!(app.requests().is_empty(), "nothing was sent");
}

/// Only the start of a handler's answer is kept, and only that much is read: a handler that
/// sends the start of an endless answer is reported at once, not after --timeout.
#[test]
fn an_endless_answer_is_read_only_as_far_as_it_is_shown() {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten().take(1) {
            let mut stream = stream;
            let mut request = [0u8; 4096];
            let _ = stream.read(&mut request);
            let chunk = "x".repeat(4096);
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{chunk}\r\n",
                chunk.len()
            );
            std::thread::sleep(std::time::Duration::from_secs(30)); // and never ends
        }
    });
    let home = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let out = bchook(home.path())
        .args([
            "trigger",
            "store/order/created",
            "--to",
            &url,
            "--timeout",
            "20s",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    let shown = stdout_of(&out);
    assert!(shown.starts_with("200 OK in "), "{shown}");
    assert_eq!(
        shown.lines().nth(1).unwrap().len(),
        500,
        "the start of the answer"
    );
}

/// `replay --resign` signs each saved callback afresh as its platform signs (Standard Webhooks:
/// a new timestamp, the same id and body; Ecwid and Shopify: the same body, a new signature),
/// so a handler that checks signatures accepts it; without it, a stale one is warned about.
/// The page's replay signs afresh with listen's secret the same way.
#[test]
fn replay_resign_signs_afresh_and_a_stale_replay_is_warned_about() {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD as B64;
    use hmac::{Hmac, KeyInit, Mac};
    let mac = |key: &[u8], message: &[u8]| {
        let mut m = Hmac::<sha2::Sha256>::new_from_slice(key).unwrap();
        m.update(message);
        B64.encode(m.finalize().into_bytes())
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("saved.ndjson");
    let secret = "s3cret-key";
    // Saved ten minutes after they were signed: the Standard Webhooks one is stale by now.
    let capture = Listener::start(
        home.path(),
        &[
            "--json",
            "--ui",
            "--ui-token",
            "t",
            "--secret",
            secret,
            "--save",
            file.to_str().unwrap(),
        ],
    );
    let body = support::bc_body("store/order/created", 7);
    let old = now - 600;
    let signature = format!(
        "v1,{}",
        mac(secret.as_bytes(), format!("msg_7.{old}.{body}").as_bytes())
    );
    let old_ts = old.to_string();
    post(
        &capture.url,
        &[
            ("webhook-id", "msg_7"),
            ("webhook-timestamp", &old_ts),
            ("webhook-signature", &signature),
        ],
        body.clone(),
    );
    let ecwid = r#"{"eventId":"e-1","eventCreated":1700000000,"storeId":1003,"entityId":7,"eventType":"order.created"}"#;
    post(
        &capture.url,
        &[("X-Ecwid-Webhook-Signature", "bm9wZQ==")],
        ecwid,
    );
    let shopify = r#"{"id":7}"#;
    post(
        &capture.url,
        &[
            ("X-Shopify-Topic", "orders/create"),
            ("X-Shopify-Hmac-Sha256", "bm9wZQ=="),
        ],
        shopify,
    );
    post(&capture.url, &[], "unsigned");
    capture.wait_for_lines(4, 10);

    let handler = Listener::start(home.path(), &["--json", "--secret", secret]);
    let replay = |extra: &[&str]| {
        support::bchook(home.path())
            .args(["replay", file.to_str().unwrap(), "--to", &handler.url])
            .args(extra)
            .output()
            .unwrap()
    };
    let out = replay(&[]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains(
            "warning: #1 was signed more than 5 minutes ago: a handler that checks signatures \
             rejects it as stale; --resign signs them afresh"
        ),
        "{}",
        stderr_of(&out)
    );
    let out = replay(&["--resign", "--secret", secret]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!stderr_of(&out).contains("warning"), "{}", stderr_of(&out));
    let lines = ndjson(&handler.wait_for_lines(8, 10).join("\n"));
    let verdicts: Vec<&str> = lines
        .iter()
        .map(|r| r["signature"].as_str().unwrap())
        .collect();
    assert_eq!(
        verdicts,
        [
            "invalid", "invalid", "invalid", "absent", "valid", "valid", "valid", "absent"
        ],
        "as saved, then signed afresh: {lines:?}"
    );
    assert!(
        lines[0]["signature_error"]
            .as_str()
            .unwrap()
            .starts_with("stale timestamp")
    );
    // The same id and the same bytes; only the time and the signature are new.
    assert_eq!(lines[4]["headers"]["webhook-id"], "msg_7");
    assert_ne!(lines[4]["headers"]["webhook-timestamp"], json!(old_ts));
    for (before, after) in [(0, 4), (2, 6), (3, 7)] {
        assert_eq!(lines[before]["body"], lines[after]["body"]);
        assert_eq!(lines[before]["body_text"], lines[after]["body_text"]);
    }
    // Ecwid's time is in its body: eventCreated is now, every other byte as it was.
    let (before, after) = (&lines[1]["body"], &lines[5]["body"]);
    assert_eq!(before["eventCreated"], 1700000000);
    assert!(after["eventCreated"].as_u64().unwrap() >= now, "{after}");
    let strip = |v: &Value| {
        let mut v = v.clone();
        v.as_object_mut().unwrap().remove("eventCreated");
        v
    };
    assert_eq!(strip(before), strip(after));
    assert_eq!(
        lines[5]["body_b64"],
        Value::Null,
        "the body still re-serialises to its bytes"
    );

    // Without a secret anywhere there is nothing to sign with: exit 2, nothing sent.
    let out = support::bchook(home.path())
        .args([
            "replay",
            file.to_str().unwrap(),
            "--to",
            &handler.url,
            "--resign",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("--resign needs the secret"),
        "{}",
        stderr_of(&out)
    );

    // The page's replay signs afresh with listen's secret.
    let answer: Value = support::http()
        .post(format!("{}/_bchook/replay", capture.url))
        .header("X-Bchook-Token", "t")
        .body(json!({"seq": 1, "url": handler.url}).to_string())
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(answer["resigned"], true, "{answer}");
    let lines = ndjson(&handler.wait_for_lines(9, 10).join("\n"));
    assert_eq!(lines[8]["signature"], "valid", "{:?}", lines[8]);
    handler.stop();
    capture.stop();
}
