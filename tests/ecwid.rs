//! Ecwid as Ecwid does it: the event catalogue against the team's notes (read in place from
//! `../shared/notes/ecwid-and-signatures.md`), every event triggered into `listen` with its shape
//! and signature, orders named by their public id, stale and mis-signed callbacks said so, and
//! an access token refused where the client secret belongs.

mod support;

use std::collections::BTreeMap;

use serde_json::{Value, json};
use support::{Listener, bchook, ndjson, post, stderr_of};

/// The events table of the notes: event type to (access scope, data fields). A row may name
/// several events (`unfinished_order.created, .updated, .deleted`).
fn notes_events(notes: &str) -> BTreeMap<String, (String, Vec<String>)> {
    let mut events = BTreeMap::new();
    let table = notes
        .lines()
        .skip_while(|l| !l.starts_with("| eventType |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'));
    for row in table {
        let cells: Vec<&str> = row.trim_matches('|').split('|').map(str::trim).collect();
        let (names, scope, data) = (cells[0], cells[1], cells[2]);
        let scope = match scope.starts_with("read_") {
            true => scope.to_string(),
            false => "(sent to the app it is about)".to_string(),
        };
        // `{orderId, newPaymentStatus}` or `{productId, orderId, status: MODERATED or ...}`.
        let fields: Vec<String> = match (data.find('{'), data.find('}')) {
            (Some(a), Some(b)) => data[a + 1..b]
                .split(',')
                .map(|f| f.split(':').next().unwrap().trim().to_string())
                .collect(),
            _ => vec![],
        };
        let mut family = String::new();
        for name in names.split(',').map(|n| n.trim().trim_matches('`')) {
            let full = match name.strip_prefix('.') {
                Some(action) => format!("{family}.{action}"),
                None => name.to_string(),
            };
            family = full.split('.').next().unwrap().to_string();
            let mut fields = fields.clone();
            // "(no status on delete)"
            if full == "review.deleted" {
                fields.retain(|f| f != "status");
            }
            events.insert(full, (scope.clone(), fields));
        }
    }
    events
}

#[test]
fn the_catalogue_is_the_notes_events_table() {
    let Some(shared) = support::shared_dir("the_catalogue_is_the_notes_events_table") else {
        return;
    };
    let notes = std::fs::read_to_string(shared.join("notes/ecwid-and-signatures.md")).unwrap();
    let expected = notes_events(&notes);
    assert!(
        expected.len() >= 40,
        "read {} events from the notes",
        expected.len()
    );
    let home = tempfile::tempdir().unwrap();
    let out = bchook(home.path())
        .args(["scopes", "--platform", "ecwid", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let listed: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let ours: BTreeMap<String, (String, Vec<String>)> = listed
        .iter()
        .map(|e| {
            let fields = e["data"]
                .as_object()
                .map(|d| d.keys().cloned().collect())
                .unwrap_or_default();
            let scope = e["access_scope"]
                .as_str()
                .unwrap_or("(sent to the app it is about)")
                .to_string();
            (e["event"].as_str().unwrap().to_string(), (scope, fields))
        })
        .collect();
    assert_eq!(ours, expected);
}

/// Every event, triggered and signed, arrives in `listen` as Ecwid sends it: verified, named,
/// its `data` shaped as the catalogue says, orders by their public id.
#[test]
fn every_event_triggers_with_its_shape_and_verifies() {
    let home = tempfile::tempdir().unwrap();
    let out = bchook(home.path())
        .args(["scopes", "--platform", "ecwid", "--json"])
        .output()
        .unwrap();
    let events: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(events.len(), 42);
    let l = Listener::start(home.path(), &["--json", "--secret", "client-secret-1"]);
    for e in &events {
        let out = bchook(home.path())
            .args([
                "trigger",
                e["event"].as_str().unwrap(),
                "--platform",
                "ecwid",
            ])
            .args([
                "--to",
                &l.url,
                "--secret",
                "client-secret-1",
                "--id",
                "103878161",
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{e}: {}", stderr_of(&out));
    }
    // The Kotlin client's snake_case spelling names the same event.
    let out = bchook(home.path())
        .args([
            "trigger",
            "application.subscription_status_changed",
            "--platform",
            "ecwid",
        ])
        .args(["--to", &l.url, "--secret", "client-secret-1"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let lines = ndjson(&l.wait_for_lines(43, 20).join("\n"));
    l.stop();
    let uuid = |s: &str| {
        let parts: Vec<usize> = s.split('-').map(str::len).collect();
        parts == [8, 4, 4, 4, 12] && s.as_bytes()[14] == b'4'
    };
    for (e, line) in events.iter().zip(&lines) {
        let name = e["event"].as_str().unwrap();
        let body = &line["body"];
        assert_eq!(line["signature"], "valid", "{name}: {line}");
        assert_eq!(
            (line["platform"].as_str(), line["event"].as_str()),
            (Some("ecwid"), Some(name))
        );
        assert!(uuid(body["eventId"].as_str().unwrap()), "{body}");
        assert_eq!(
            body.get("data").cloned().unwrap_or(Value::Null),
            e["data"],
            "{name}"
        );
        let application = name.starts_with("application.");
        assert_eq!(body["entityId"].is_string(), application, "{name}: {body}");
        let family = name.split('.').next().unwrap();
        let entity = match family {
            // The public id: the internal entityId is no use to the REST API.
            "order" | "unfinished_order" | "invoice" => body["data"]["orderId"].clone(),
            _ => json!(body["entityId"].to_string().trim_matches('"')),
        };
        assert_eq!(line["entity_id"], entity, "{name}");
    }
    assert_eq!(
        lines[42]["event"], "application.subscriptionStatusChanged",
        "the snake_case spelling sends Ecwid's own"
    );
    // Two events never share an id.
    let mut ids: Vec<&str> = lines
        .iter()
        .map(|l| l["body"]["eventId"].as_str().unwrap())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 43);
}

/// What a receiver must watch for: a signature over the wrong thing says what Ecwid signs; an
/// old `eventCreated` is stale (its signature never expires); an access token given as the
/// secret is refused at start.
#[test]
fn stale_and_mis_signed_callbacks_and_a_token_for_a_secret() {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD as B64;
    use hmac::{Hmac, KeyInit, Mac};
    let sign = |created: u64, id: &str| {
        let mut m = Hmac::<sha2::Sha256>::new_from_slice(b"client-secret-1").unwrap();
        m.update(format!("{created}.{id}").as_bytes());
        B64.encode(m.finalize().into_bytes())
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let body = |created: u64, id: &str| {
        format!(
            r#"{{"eventId":"{id}","eventCreated":{created},"storeId":1003,"entityId":7,"eventType":"product.updated"}}"#
        )
    };
    let home = tempfile::tempdir().unwrap();
    let l = Listener::start(home.path(), &["--json", "--secret", "client-secret-1"]);
    let send = |created: u64, id: &str, signature: &str| {
        post(
            &l.url,
            &[("X-Ecwid-Webhook-Signature", signature)],
            body(created, id),
        );
    };
    send(now, "a", &sign(now, "a"));
    send(now - 3600, "b", &sign(now - 3600, "b"));
    send(now, "c", &sign(now, "not-c"));
    let lines = ndjson(&l.wait_for_lines(3, 10).join("\n"));
    l.stop();
    assert_eq!(lines[0]["signature"], "valid");
    assert_eq!(lines[1]["signature"], "invalid");
    assert_eq!(
        lines[1]["signature_error"],
        "stale: eventCreated is 60 min old (the window is 5 min); Ecwid's signature never expires, so \
         an old callback is how a replayed one shows"
    );
    let said = lines[2]["signature_error"].as_str().unwrap();
    assert!(
        said.starts_with(&format!(
            "X-Ecwid-Webhook-Signature does not match: Ecwid signs \"{now}.c\" \
             ({{eventCreated}}.{{eventId}}, never the body) with the app's client secret"
        )),
        "{said}"
    );

    // A wider window lets the hour-old one through.
    let l = Listener::start(
        home.path(),
        &["--json", "--secret", "client-secret-1", "--max-age", "2h"],
    );
    post(
        &l.url,
        &[("X-Ecwid-Webhook-Signature", &sign(now - 3600, "b"))],
        body(now - 3600, "b"),
    );
    let lines = ndjson(&l.wait_for_lines(1, 10).join("\n"));
    l.stop();
    assert_eq!(lines[0]["signature"], "valid");

    for token in [
        "secret_4T6z9eXvLGhFLEg2cqN4bEMmDmhJxYsKeR",
        "public_4T6z9eXvLGhFLEg2cqN4",
    ] {
        for args in [
            &["listen", "--port", "0", "--secret", token][..],
            &[
                "trigger",
                "order.created",
                "--platform",
                "ecwid",
                "--print",
                "--secret",
                token,
            ],
        ] {
            let out = bchook(home.path()).args(args).output().unwrap();
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            assert!(
                stderr_of(&out)
                    .contains("that is an Ecwid access token, not the app's client secret"),
                "{}",
                stderr_of(&out)
            );
        }
    }
}

/// An Ecwid profile: `token save --platform ecwid --store-id N` tries the token on the store's
/// profile (`Authorization: Bearer`) and saves it with its platform; `token list` and `token
/// show` say which platform; hooks commands say Ecwid has no API for them.
#[test]
fn an_ecwid_profile_is_tried_saved_and_shown() {
    let api = support::FakeApi::start(|r, _| match (r.path.as_str(), r.header("authorization")) {
        ("/api/v3/1003/profile", Some("Bearer secret_good")) => {
            support::Reply::json(200, json!({"generalInfo": {"storeId": 1003}}))
        }
        ("/api/v3/1003/profile", _) => support::Reply::json(
            403,
            json!({"errorMessage": "Token doesn't have access to store 1003"}),
        ),
        _ => support::Reply::json(404, json!({})),
    });
    let home = tempfile::tempdir().unwrap();
    let path = support::config_path(home.path());
    let save = |token: &str, extra: &[&str]| {
        bchook(home.path())
            .env("BCHOOK_API_URL", &api.url)
            .args(["--profile", "shop", "token", "save", "--platform", "ecwid"])
            .args(extra)
            .args(["--access-token", "-"])
            .write_stdin(token)
            .output()
            .unwrap()
    };
    let out = save("secret_bad", &["--store-id", "1003"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("hint: nothing was saved."),
        "{}",
        stderr_of(&out)
    );
    assert!(!path.exists());

    let out = save("secret_good", &["--store-id", "1003"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).starts_with(
            "Token works for Ecwid store 1003\nSaved platform, store id, access token"
        ),
        "{}",
        stderr_of(&out)
    );
    let config: toml::Table = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let shop = &config["profiles"]["shop"];
    assert_eq!(shop["platform"].as_str(), Some("ecwid"));
    assert_eq!(shop["store_id"].as_str(), Some("1003"));
    assert_eq!(shop["access_token"].as_str(), Some("secret_good"));
    assert!(
        api.requests()
            .iter()
            .all(|r| r.path == "/api/v3/1003/profile")
    );

    let out = bchook(home.path())
        .args(["token", "list", "--json"])
        .output()
        .unwrap();
    let listed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listed[0]["platform"], "ecwid");
    assert_eq!(listed[0]["store_id"], "1003");
    let out = bchook(home.path())
        .args(["token", "show", "--json"])
        .output()
        .unwrap();
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (shown["platform"].as_str(), shown["store_id"].as_str()),
        (Some("ecwid"), Some("1003"))
    );
    assert_eq!(
        shown["api_url"]["value"], "https://app.ecwid.com",
        "Ecwid's API by default"
    );

    let out = bchook(home.path()).args(["list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("Ecwid has no API to register webhooks"),
        "{}",
        stderr_of(&out)
    );

    // Refused before anything is tried: a store hash for Ecwid, a store id for BigCommerce, a
    // store id that is not a number.
    for (args, said) in [
        (
            &[
                "token",
                "save",
                "--platform",
                "ecwid",
                "--store-hash",
                "abc",
            ][..],
            "an Ecwid profile takes --store-id",
        ),
        (
            &[
                "--profile",
                "bc",
                "token",
                "save",
                "--store-id",
                "1003",
                "--no-verify",
            ],
            "add --platform ecwid",
        ),
        (
            &["token", "save", "--platform", "ecwid", "--store-id", "x1"],
            "is not an Ecwid store id",
        ),
    ] {
        let out = bchook(home.path()).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr_of(&out).contains(said),
            "{args:?}: {}",
            stderr_of(&out)
        );
    }
}

/// `expand` with an Ecwid profile fetches what each callback names (`GET /orders/{orderId}`,
/// with `Authorization: Bearer`) and says what it means: confirmed, changed since, mismatch, not
/// found; `listen --expand` does the same as callbacks arrive. A 429 is waited out as its
/// `Retry-After` says.
#[test]
fn expand_gives_each_ecwid_callback_a_verdict() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let limited = std::sync::Arc::new(AtomicBool::new(false));
    let once = limited.clone();
    let api = support::FakeApi::start(move |r, _| {
        if r.header("authorization") != Some("Bearer secret_good") {
            return support::Reply::json(403, json!({"errorMessage": "no access"}));
        }
        if !once.swap(true, Ordering::SeqCst) {
            return support::Reply::json(429, json!({})).header("Retry-After", "1");
        }
        let order = |payment: &str, updated: i64| {
            json!({"id": "XJ12H", "internalId": 103878161, "paymentStatus": payment,
                   "fulfillmentStatus": "AWAITING_PROCESSING", "updateTimestamp": updated})
        };
        match r.path.as_str() {
            "/api/v3/1003/orders/AAAA1" => support::Reply::json(200, order("PAID", 100)),
            "/api/v3/1003/orders/AAAA2" => support::Reply::json(200, order("REFUNDED", 5000)),
            "/api/v3/1003/orders/AAAA3" => {
                support::Reply::json(200, order("AWAITING_PAYMENT", 100))
            }
            _ => support::Reply::json(404, json!({"errorMessage": "not found"})),
        }
    });
    let home = tempfile::tempdir().unwrap();
    bchook(home.path())
        .args([
            "token",
            "save",
            "--platform",
            "ecwid",
            "--store-id",
            "1003",
            "--no-verify",
        ])
        .args(["--api-url", &api.url, "--access-token", "secret_good"])
        .assert()
        .success();
    let callback = |seq: u64, order: &str, store: u64| {
        let body = json!({"eventId": format!("e{seq}"), "eventCreated": 1000, "storeId": store,
            "entityId": 103878161, "eventType": "order.created",
            "data": {"orderId": order, "newPaymentStatus": "PAID", "newFulfillmentStatus": "AWAITING_PROCESSING"}});
        json!({"seq": seq, "received_at": "2026-12-06T10:41:02.000Z", "method": "POST", "path": "/",
            "query": null, "headers": {}, "body": body, "body_text": null, "platform": "ecwid",
            "event": "order.created", "store": store.to_string(), "entity_id": order,
            "signature": "absent", "signature_error": null, "duplicate": false})
        .to_string()
    };
    let file = home.path().join("saved.ndjson");
    let lines = [
        callback(1, "AAAA1", 1003),
        callback(2, "AAAA2", 1003),
        callback(3, "AAAA3", 1003),
        callback(4, "AAAA4", 1003),
        callback(5, "AAAA1", 9999),
    ];
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let out = bchook(home.path())
        .env("BCHOOK_RETRY_DELAY_MS", "10")
        .args(["expand", file.to_str().unwrap(), "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let expanded = ndjson(&String::from_utf8_lossy(&out.stdout));
    let verdicts: Vec<(Value, Value)> = expanded
        .iter()
        .map(|r| (r["entity"]["verdict"].clone(), r["entity"]["error"].clone()))
        .collect();
    assert_eq!(
        verdicts,
        [
            (json!("confirmed"), Value::Null),
            (json!("changed since"), Value::Null),
            (json!("mismatch"), Value::Null),
            (json!("not found"), Value::Null),
            (
                Value::Null,
                json!("callback is from Ecwid store 9999; the profile is for store 1003")
            ),
        ]
    );
    assert_eq!(
        expanded[2]["entity"]["reason"],
        "paymentStatus is \"AWAITING_PAYMENT\", the notification says \"PAID\", and it was not \
         updated since: treat it as fake"
    );
    assert_eq!(expanded[0]["entity"]["body"]["internalId"], 103878161);
    let paths: Vec<String> = api.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(
        paths,
        [
            "/api/v3/1003/orders/AAAA1", // 429, then again
            "/api/v3/1003/orders/AAAA1",
            "/api/v3/1003/orders/AAAA2",
            "/api/v3/1003/orders/AAAA3",
            "/api/v3/1003/orders/AAAA4",
        ],
        "one fetch an entity, the 429 waited out"
    );

    // For people: the verdict leads.
    let out = bchook(home.path())
        .args(["expand", file.to_str().unwrap(), "--seq", "3"])
        .output()
        .unwrap();
    let text = support::stdout_of(&out);
    assert!(
        text.contains("mismatch: paymentStatus is \"AWAITING_PAYMENT\""),
        "{text}"
    );

    // listen --expand with the Ecwid profile: the same verdict on a callback as it arrives.
    let l = Listener::start(home.path(), &["--json", "--expand"]);
    let body = json!({"eventId": "live", "eventCreated": 1000, "storeId": 1003, "entityId": 1,
        "eventType": "order.created", "data": {"orderId": "AAAA1", "newPaymentStatus": "PAID",
        "newFulfillmentStatus": "AWAITING_PROCESSING"}});
    post(&l.url, &[], body.to_string());
    let lines = ndjson(&l.wait_for_lines(1, 10).join("\n"));
    l.stop();
    assert_eq!(lines[0]["entity"]["verdict"], "confirmed", "{}", lines[0]);
}
