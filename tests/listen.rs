//! `bchook listen` as a user runs it: real binary on a free port, real HTTP requests.

mod support;

use std::time::{Duration, Instant, SystemTime};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, KeyInit, Mac};
use serde_json::{Value, json};
use sha2::Sha256;
use support::{FakeApi, Listener, Reply, bc_body, masked, ndjson, post};

/// HMAC-SHA256, base64: computed here, independently of the code under test.
fn hmac_b64(key: &[u8], message: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).unwrap();
    mac.update(message);
    B64.encode(mac.finalize().into_bytes())
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn saved(path: &std::path::Path) -> Vec<Value> {
    ndjson(&std::fs::read_to_string(path).unwrap_or_default())
}

#[test]
fn a_bigcommerce_callback_is_answered_saved_and_printed_as_the_contract_says() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("calls.ndjson");
    let l = Listener::start(home.path(), &["--json", "--save", file.to_str().unwrap()]);
    let body = bc_body("store/order/created", 250);
    assert_eq!(
        post(
            &format!("{}/hooks?shop=1", l.url),
            &[("Content-Type", "application/json"), ("X-Custom", "yes")],
            body.clone()
        ),
        200
    );
    // Saved before the answer: the line is there as soon as the 200 is.
    let lines = saved(&file);
    assert_eq!(lines.len(), 1);
    let out = l.stop();
    assert_eq!(out.code, Some(0));
    let printed = ndjson(&out.stdout);
    assert_eq!(
        printed, lines,
        "stdout and the saved file hold the same line"
    );
    let r = &lines[0];
    assert_eq!(r["seq"], 1);
    assert!(r["received_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(
        (
            r["method"].as_str(),
            r["path"].as_str(),
            r["query"].as_str()
        ),
        (Some("POST"), Some("/hooks"), Some("shop=1"))
    );
    assert_eq!(r["headers"]["x-custom"], "yes");
    assert_eq!(r["body"], serde_json::from_str::<Value>(&body).unwrap());
    assert_eq!(r["body_text"], Value::Null);
    assert!(r.get("body_b64").is_none(), "compact JSON needs no base64");
    assert_eq!(
        (r["platform"].as_str(), r["event"].as_str()),
        (Some("bigcommerce"), Some("store/order/created"))
    );
    assert_eq!(
        (
            r["signature"].as_str(),
            &r["signature_error"],
            &r["duplicate"]
        ),
        (Some("absent"), &Value::Null, &json!(false))
    );
    assert!(
        out.stderr
            .contains("Received 1 callback: 1 store/order/created"),
        "{}",
        out.stderr
    );
}

#[test]
fn human_output_has_a_header_line_and_the_body() {
    let home = tempfile::tempdir().unwrap();
    let l = Listener::start(home.path(), &[]);
    post(
        &format!("{}/hooks", l.url),
        &[],
        bc_body("store/order/created", 250),
    );
    post(
        &format!("{}/hooks", l.url),
        &[],
        bc_body("store/order/created", 250),
    );
    post(&format!("{}/plain?x=1", l.url), &[], "not json\nat all");
    post(&format!("{}/empty", l.url), &[], "");
    let out = l.stop();
    let body = "  {
    \"scope\": \"store/order/created\",
    \"store_id\": \"1025646\",
    \"data\": {
      \"type\": \"order\",
      \"id\": 250
    },
    \"hash\": \"2d3a5b4fbf0e8fc9ff1b9e6dc4a7aa0d4f5c5a3e\",
    \"created_at\": 1561479335,
    \"producer\": \"stores/abc123\"
  }
";
    let hash = serde_json::from_str::<Value>(&bc_body("store/order/created", 250)).unwrap()["hash"]
        .as_str()
        .unwrap()
        .to_string();
    let expected = format!(
        "hh:mm:ss  POST /hooks  bigcommerce  store/order/created  store abc123  id 250  unsigned\n\
         {body}\
         hh:mm:ss  POST /hooks  bigcommerce  store/order/created  store abc123  id 250  unsigned  DUPLICATE of #1\n\
         {body}\
         hh:mm:ss  POST /plain?x=1  unknown  unsigned\n\
         \x20 not json\n\
         \x20 at all\n\
         hh:mm:ss  POST /empty  unknown  unsigned\n\
         \x20 (empty body)\n"
    )
    .replace("2d3a5b4fbf0e8fc9ff1b9e6dc4a7aa0d4f5c5a3e", &hash);
    assert_eq!(
        masked(&out.stdout, &[]),
        expected,
        "no colour off a terminal"
    );
    assert!(
        out.stderr
            .ends_with("Received 4 callbacks: 2 store/order/created, 2 unknown\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn standard_webhooks_signatures_valid_tampered_stale_absent() {
    let home = tempfile::tempdir().unwrap();
    let secret = "my-client-secret";
    let l = Listener::start(home.path(), &["--json", "--secret", secret]);
    let body = bc_body("store/order/created", 1);
    let sign = |id: &str, ts: i64, body: &str| {
        format!(
            "v1,{}",
            hmac_b64(secret.as_bytes(), format!("{id}.{ts}.{body}").as_bytes())
        )
    };
    let t = now();
    let send = |id: &str, ts: i64, sig: &str, body: &str| {
        let ts = ts.to_string();
        post(
            &l.url,
            &[
                ("webhook-id", id),
                ("webhook-timestamp", &ts),
                ("webhook-signature", sig),
            ],
            body.to_string(),
        )
    };
    send("msg_1", t, &sign("msg_1", t, &body), &body);
    send(
        "msg_2",
        t,
        &sign("msg_2", t, &body),
        &bc_body("store/order/created", 2),
    ); // body changed
    send("msg_3", t - 600, &sign("msg_3", t - 600, &body), &body);
    send("msg_4", t, "v1,not-base64!! v2,whatever", &body);
    post(&l.url, &[], bc_body("store/order/created", 5));
    let lines = ndjson(&l.wait_for_lines(5, 10).join("\n"));
    l.stop();
    let verdicts: Vec<(String, String)> = lines
        .iter()
        .map(|r| {
            (
                r["signature"].as_str().unwrap().to_string(),
                r["signature_error"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(verdicts[0], ("valid".into(), "".into()));
    assert_eq!(verdicts[1].0, "invalid");
    assert!(
        verdicts[1].1.starts_with("no signature matches"),
        "{verdicts:?}"
    );
    assert!(
        verdicts[2].1.starts_with("stale timestamp: 60"),
        "{verdicts:?}"
    );
    assert_eq!(
        verdicts[3].1,
        "malformed webhook-signature: no v1,<base64> entry"
    );
    assert_eq!(verdicts[4], ("absent".into(), "".into()));
    assert_eq!(
        lines[0]["platform"], "bigcommerce",
        "a BigCommerce body stays bigcommerce when signed"
    );
}

#[test]
fn the_secret_comes_from_the_profile_and_whsec_keys_are_decoded() {
    let home = tempfile::tempdir().unwrap();
    support::bchook(home.path())
        .args([
            "token",
            "save",
            "--no-verify",
            "--client-secret",
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        ])
        .assert()
        .success();
    let l = Listener::start(home.path(), &["--json"]);
    let key = B64.decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
    let t = now().to_string();
    let body = r#"{"type":"user.created","data":{}}"#;
    let sig = format!(
        "v1,{}",
        hmac_b64(&key, format!("msg_9.{t}.{body}").as_bytes())
    );
    post(
        &l.url,
        &[
            ("webhook-id", "msg_9"),
            ("webhook-timestamp", &t),
            ("webhook-signature", &sig),
        ],
        body,
    );
    let lines = ndjson(&l.wait_for_lines(1, 10).join("\n"));
    l.stop();
    assert_eq!(
        (
            lines[0]["platform"].as_str(),
            lines[0]["event"].as_str(),
            lines[0]["signature"].as_str()
        ),
        (
            Some("standard-webhooks"),
            Some("user.created"),
            Some("valid")
        )
    );
}

#[test]
fn ecwid_and_shopify_are_recognised_verified_and_deduplicated() {
    let home = tempfile::tempdir().unwrap();
    let secret = "shared-secret";
    let l = Listener::start(home.path(), &["--json", "--secret", secret]);
    // Signed now: an old eventCreated is stale (tests/ecwid.rs).
    let created = now();
    let ecwid = format!(
        r#"{{"eventId":"80aece08","eventCreated":{created},"storeId":1003,"entityId":103000,"eventType":"order.created","data":{{"orderId":"XJ12H"}}}}"#
    );
    let ecwid_sig = hmac_b64(secret.as_bytes(), format!("{created}.80aece08").as_bytes());
    post(
        &l.url,
        &[("X-Ecwid-Webhook-Signature", &ecwid_sig)],
        ecwid.clone(),
    );
    post(&l.url, &[("X-Ecwid-Webhook-Signature", "AAAA")], ecwid);
    let shopify = r#"{"id":820982911946154508,"email":"jon@example.com"}"#;
    let shop_sig = hmac_b64(secret.as_bytes(), shopify.as_bytes());
    let shop_headers = [
        ("X-Shopify-Topic", "orders/create"),
        ("X-Shopify-Shop-Domain", "s.myshopify.com"),
        ("X-Shopify-Webhook-Id", "b54557e4"),
        ("X-Shopify-Hmac-Sha256", shop_sig.as_str()),
    ];
    post(&l.url, &shop_headers, shopify);
    post(&l.url, &shop_headers, shopify);
    post(
        &format!("{}/ecwid?eventtype=product.created", l.url),
        &[],
        "",
    );
    let lines = ndjson(&l.wait_for_lines(5, 10).join("\n"));
    l.stop();
    let summary: Vec<String> = lines
        .iter()
        .map(|r| {
            format!(
                "{} {} {} {} {}",
                r["platform"], r["event"], r["store"], r["signature"], r["duplicate"]
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            r#""ecwid" "order.created" "1003" "valid" false"#,
            r#""ecwid" "order.created" "1003" "invalid" true"#,
            r#""shopify" "orders/create" "s.myshopify.com" "valid" false"#,
            r#""shopify" "orders/create" "s.myshopify.com" "valid" true"#,
            r#""ecwid" "product.created" null "absent" false"#,
        ]
    );
    // An order by its public id: the internal entityId is no use to the REST API.
    assert_eq!(lines[0]["entity_id"], "XJ12H");
    assert!(
        lines[1]["signature_error"]
            .as_str()
            .unwrap()
            .starts_with("X-Ecwid-Webhook-Signature does not match: Ecwid signs"),
        "{}",
        lines[1]
    );
}

#[test]
fn required_headers_are_checked_like_a_signature() {
    let home = tempfile::tempdir().unwrap();
    let l = Listener::start(
        home.path(),
        &["--json", "--require-header", "X-Secret: s3cret"],
    );
    post(
        &l.url,
        &[("X-Secret", "s3cret")],
        bc_body("store/order/created", 1),
    );
    post(
        &l.url,
        &[("X-Secret", "guess")],
        bc_body("store/order/created", 2),
    );
    post(&l.url, &[], bc_body("store/order/created", 3));
    let lines = ndjson(&l.wait_for_lines(3, 10).join("\n"));
    l.stop();
    let got: Vec<(&str, &str)> = lines
        .iter()
        .map(|r| {
            (
                r["signature"].as_str().unwrap(),
                r["signature_error"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("valid", ""),
            ("invalid", "required header x-secret has the wrong value"),
            ("invalid", "missing required header x-secret")
        ]
    );
}

#[test]
fn odd_bodies_are_recorded_never_dropped_and_oversized_ones_get_413() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("calls.ndjson");
    let l = Listener::start(
        home.path(),
        &[
            "--json",
            "--save",
            file.to_str().unwrap(),
            "--max-body",
            "100",
        ],
    );
    assert_eq!(post(&l.url, &[], b"\xff\xfe\x00binary".to_vec()), 200);
    assert_eq!(post(&l.url, &[], ""), 200);
    assert_eq!(post(&l.url, &[], "just text"), 200);
    assert_eq!(post(&l.url, &[], "{\"spaced\": true}"), 200);
    let get = support::http()
        .get(format!("{}/health?x=y", l.url))
        .send()
        .unwrap()
        .status()
        .as_u16();
    assert_eq!(get, 200);
    assert_eq!(post(&l.url, &[], vec![b'x'; 101]), 413);
    // Chunked, no Content-Length: the limit holds too.
    let chunked = support::http()
        .post(&l.url)
        .body(reqwest::blocking::Body::new(std::io::Cursor::new(vec![
            b'y';
            500
        ])))
        .send()
        .unwrap();
    assert_eq!(chunked.status().as_u16(), 413);
    let out = l.stop();
    let lines = saved(&file);
    assert_eq!(lines.len(), 5, "{lines:?}");
    assert_eq!(lines[0]["body_b64"], B64.encode(b"\xff\xfe\x00binary"));
    assert_eq!(
        (&lines[1]["body"], lines[1]["body_text"].as_str()),
        (&Value::Null, Some(""))
    );
    assert_eq!(lines[2]["body_text"], "just text");
    assert_eq!(lines[3]["body"], json!({"spaced": true}));
    assert_eq!(
        lines[3]["body_b64"],
        B64.encode(b"{\"spaced\": true}"),
        "re-encoding loses the space, so the exact bytes are kept"
    );
    assert_eq!(
        (lines[4]["method"].as_str(), lines[4]["platform"].as_str()),
        (Some("GET"), Some("unknown"))
    );
    assert!(
        out.stderr
            .contains("over --max-body 100; answered 413, not saved"),
        "{}",
        out.stderr
    );
}

#[test]
fn status_and_delay_and_delay_does_not_hold_up_the_next_callback() {
    let home = tempfile::tempdir().unwrap();
    let l = Listener::start(home.path(), &["--status", "503"]);
    assert_eq!(post(&l.url, &[], "{}"), 503);
    l.stop();

    // A minute's delay: the first answer is still held when the second callback is saved, so
    // the delay holds one answer, not the loop. Stopping answers both at once.
    let file = home.path().join("delayed.ndjson");
    let l = Listener::start(
        home.path(),
        &[
            "--delay",
            "60s",
            "--compact",
            "--save",
            file.to_str().unwrap(),
        ],
    );
    let send = |id: u64| {
        let url = l.url.clone();
        std::thread::spawn(move || post(&url, &[], bc_body("store/order/created", id)))
    };
    let saved_lines = |n: usize| {
        for _ in 0..1000 {
            if saved(&file).len() >= n {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("callback {n} was not saved");
    };
    let first = send(1);
    saved_lines(1);
    let second = send(2);
    saved_lines(2);
    assert!(!first.is_finished(), "the first answer is held back");
    let out = l.stop();
    assert_eq!((first.join().unwrap(), second.join().unwrap()), (200, 200));
    assert_eq!(out.code, Some(0));
}

#[test]
fn count_exits_zero_and_a_timeout_exits_seven() {
    let home = tempfile::tempdir().unwrap();
    let l = Listener::start(
        home.path(),
        &["--count", "2", "--json", "--events", "store/order/*"],
    );
    post(&l.url, &[], bc_body("store/product/created", 1)); // not matching: answered, not counted
    post(&l.url, &[], bc_body("store/order/created", 2));
    post(&l.url, &[], bc_body("store/order/updated", 3));
    let out = l.wait(10);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let events: Vec<String> = ndjson(&out.stdout)
        .iter()
        .map(|r| r["event"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(events, ["store/order/created", "store/order/updated"]);

    let l = Listener::start(home.path(), &["--count", "1", "--timeout", "1"]);
    let url = l.url.clone();
    let out = l.wait(10);
    assert_eq!(out.code, Some(7), "{}", out.stderr);
    assert_eq!(
        out.stderr,
        format!(
            "Listening on {url}\n\
             \x20 not checking signatures (no --secret and no client_secret in the profile)\n\
             \x20 answering 200\n\
             BigCommerce needs a public https URL: expose this port with a tunnel (e.g. \
             `cloudflared tunnel --url {}`) and subscribe that URL.\n\
             Ctrl-C stops.\n\
             No callbacks received.\n\
             error: timed out after 1 s: 0 of 1 callbacks arrived\n\
             hint: is the hook active and its destination this receiver's public URL? `bchook \
             list` shows both\n",
            url
        )
    );
}

/// `--forward-to PATTERN=URL`, repeated: each callback goes to the first app whose pattern
/// matches its event, at its own path; one nothing takes is saved and shown as not forwarded.
#[test]
fn forward_to_routes_by_event() {
    let home = tempfile::tempdir().unwrap();
    let orders = FakeApi::start(|_, _| Reply::text(200, "orders app"));
    let products = FakeApi::start(|_, _| Reply::text(202, "products app"));
    let file = home.path().join("saved.ndjson");
    let (to_orders, to_products) = (
        format!("store/order/*={}/orders", orders.url),
        format!("store/product/*={}/", products.url),
    );
    let l = Listener::start(
        home.path(),
        &[
            "--json",
            "--forward-to",
            &to_orders,
            "--forward-to",
            &to_products,
            "--save",
            file.to_str().unwrap(),
        ],
    );
    post(
        &format!("{}/hooks", l.url),
        &[],
        bc_body("store/order/created", 1),
    );
    post(
        &format!("{}/hooks", l.url),
        &[],
        bc_body("store/product/updated", 2),
    );
    post(
        &format!("{}/hooks", l.url),
        &[],
        bc_body("store/cart/created", 3),
    );
    let lines = ndjson(&l.wait_for_lines(3, 10).join("\n"));
    assert!(
        l.stderr().contains(&format!(
            "forwarding store/order/* to {}/orders, store/product/* to {}/, nothing else",
            orders.url, products.url
        )),
        "{}",
        l.stderr()
    );
    l.stop();
    assert_eq!(orders.requests().len(), 1);
    assert_eq!(orders.requests()[0].path, "/orders/hooks");
    assert_eq!(products.requests().len(), 1);
    assert_eq!(products.requests()[0].path, "/hooks");
    assert_eq!(lines[0]["forward"]["status"], 200);
    assert_eq!(lines[1]["forward"]["status"], 202);
    assert_eq!(
        lines[2]["forward"]["error"],
        "not forwarded: no --forward-to pattern matches store/cart/created"
    );
    assert_eq!(
        ndjson(&std::fs::read_to_string(&file).unwrap()).len(),
        3,
        "all saved"
    );

    // A plain URL takes what no pattern does; for people, the one nothing takes says so.
    let l = Listener::start(home.path(), &["--compact", "--forward-to", &to_orders]);
    post(&l.url, &[], bc_body("store/cart/created", 4));
    let out = l.stop();
    assert!(
        out.stdout
            .contains("  #1 not forwarded: no --forward-to pattern matches store/cart/created"),
        "{}",
        out.stdout
    );
    let fallback = format!("{}/rest", products.url);
    let l = Listener::start(
        home.path(),
        &[
            "--json",
            "--forward-to",
            &to_orders,
            "--forward-to",
            &fallback,
        ],
    );
    post(&l.url, &[], bc_body("store/cart/created", 5));
    let lines = ndjson(&l.wait_for_lines(1, 10).join("\n"));
    l.stop();
    assert_eq!(lines[0]["forward"]["status"], 202);
    assert_eq!(products.requests()[1].path, "/rest");

    let out = support::bchook(home.path())
        .args([
            "listen",
            "--port",
            "0",
            "--forward-to",
            "http://a/",
            "--forward-to",
            "http://b/",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        support::stderr_of(&out).contains("is a second plain URL"),
        "{}",
        support::stderr_of(&out)
    );
}

#[test]
fn forward_to_passes_the_callback_on_and_shows_the_answer() {
    let home = tempfile::tempdir().unwrap();
    let app = FakeApi::start(|_, _| Reply::text(201, "created it"));
    let forward = format!("{}/webhooks", app.url);
    let l = Listener::start(home.path(), &["--json", "--forward-to", &forward]);
    let body = bc_body("store/order/created", 7);
    post(
        &format!("{}/bc?x=1", l.url),
        &[("X-Custom", "c"), ("Connection", "keep-alive")],
        body.clone(),
    );
    let lines = ndjson(&l.wait_for_lines(1, 10).join("\n"));
    l.stop();
    let got = &app.requests()[0];
    assert_eq!(
        (got.method.as_str(), got.path.as_str(), got.body.as_str()),
        ("POST", "/webhooks/bc", body.as_str())
    );
    assert_eq!(got.query("x"), Some("1"));
    assert_eq!(got.header("x-custom"), Some("c"));
    assert_eq!(lines[0]["forward"]["status"], 201);
    assert_eq!(lines[0]["forward"]["body"], "created it");

    // For people, what the app answered follows the callback on a line of its own, naming it;
    // a down app is reported, not fatal.
    let l = Listener::start(home.path(), &["--compact", "--forward-to", &forward]);
    assert_eq!(post(&l.url, &[], bc_body("store/order/created", 8)), 200);
    let out = l.stop();
    assert_eq!(
        masked(&out.stdout, &[]),
        "hh:mm:ss  POST /  bigcommerce  store/order/created  store abc123  id 8  unsigned\n\
         \x20 #1 forwarded: 201 Created in _ ms  created it\n"
    );
    let closed = support::closed_port_url();
    let l = Listener::start(home.path(), &["--compact", "--forward-to", &closed]);
    assert_eq!(post(&l.url, &[], bc_body("store/order/created", 9)), 200);
    let out = l.stop();
    assert_eq!(out.code, Some(0));
    assert_eq!(
        masked(&out.stdout, &[]),
        format!(
            "hh:mm:ss  POST /  bigcommerce  store/order/created  store abc123  id 9  unsigned\n\
             \x20 #1 forwarded: failed: cannot connect to {closed} (is the handler running?)\n"
        )
    );
}

#[test]
fn a_burst_of_thousands_is_all_on_disk_when_the_last_answer_arrives() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("burst.ndjson");
    let l = Listener::start(home.path(), &["--json", "--save", file.to_str().unwrap()]);
    let (total, workers) = (3000u64, 8u64);
    let handles: Vec<_> = (0..workers)
        .map(|w| {
            let url = l.url.clone();
            std::thread::spawn(move || {
                let client = support::http();
                (0..total / workers)
                    .filter(|i| {
                        let id = w * (total / workers) + i + 1;
                        client
                            .post(&url)
                            .body(bc_body("store/product/created", id))
                            .send()
                            .is_ok_and(|r| r.status().as_u16() == 200)
                    })
                    .count()
            })
        })
        .collect();
    let ok: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    assert_eq!(ok as u64, total);
    let lines = saved(&file);
    l.stop();
    let mut ids: Vec<u64> = lines
        .iter()
        .map(|r| r["body"]["data"]["id"].as_u64().unwrap())
        .collect();
    ids.sort_unstable();
    assert_eq!(ids, (1..=total).collect::<Vec<_>>());
    let seqs: Vec<u64> = lines.iter().map(|r| r["seq"].as_u64().unwrap()).collect();
    assert_eq!(
        seqs,
        (1..=total).collect::<Vec<_>>(),
        "one line per callback, in seq order"
    );
}

#[test]
fn bad_input_and_a_slow_client_never_stop_it() {
    use std::io::{Read, Write};
    use std::net::TcpStream;
    let home = tempfile::tempdir().unwrap();
    let l = Listener::start(home.path(), &["--json"]);
    let addr = l.url.trim_start_matches("http://").to_string();
    let exchange = |bytes: &[u8]| {
        let mut s = TcpStream::connect(&addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        s.write_all(bytes).unwrap();
        let mut answer = [0u8; 64];
        let n = s.read(&mut answer).unwrap_or(0);
        String::from_utf8_lossy(&answer[..n]).into_owned()
    };
    assert!(exchange(b"\x00\x01GARBAGE\r\n\r\n").starts_with("HTTP/1.1 400"));
    let huge = [
        &b"POST /big HTTP/1.1\r\nHost: x\r\nX-Big: "[..],
        &vec![b'a'; 100_000],
        b"\r\nContent-Length: 2\r\n\r\n{}",
    ]
    .concat();
    // Heads are bounded (64 KB): a bigger one is refused, never saved.
    assert!(exchange(&huge).starts_with("HTTP/1.1 431"));
    let mut slow = TcpStream::connect(&addr).unwrap();
    slow.write_all(b"POST /slow HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    assert!(
        exchange(b"POST /ok HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")
            .starts_with("HTTP/1.1 200")
    );
    let lines = ndjson(&l.wait_for_lines(1, 10).join("\n"));
    l.stop();
    let paths: Vec<&str> = lines.iter().map(|r| r["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["/ok"]);
}

/// Sends one small callback on `stream` and reads the answer's status line; a connection left
/// waiting (a stranded one) fails after `secs`, long past any ordinary answer.
fn callback_on(stream: &mut std::net::TcpStream, secs: u64) -> Result<String, String> {
    use std::io::{Read, Write};
    stream
        .set_read_timeout(Some(Duration::from_secs(secs)))
        .unwrap();
    stream
        .write_all(b"POST /hooks HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")
        .map_err(|e| e.to_string())?;
    let mut answer = [0u8; 128];
    let n = stream.read(&mut answer).map_err(|e| e.to_string())?;
    let answer = String::from_utf8_lossy(&answer[..n]).into_owned();
    Ok(answer.lines().next().unwrap_or_default().to_string())
}

/// The thread-pool race tiny_http 0.12 had: connections opened together, each kept open after
/// its answer, could leave one queued until another closed. Three waves of 64, all held open.
#[test]
fn connections_opened_together_are_all_answered_while_the_others_stay_open() {
    let home = tempfile::tempdir().unwrap();
    let l = Listener::start(home.path(), &["--compact"]);
    let addr = l.url.trim_start_matches("http://").to_string();
    let mut held = Vec::new();
    for wave in 0..3 {
        let barrier = std::sync::Arc::new(std::sync::Barrier::new(64));
        let clients: Vec<_> = (0..64)
            .map(|_| {
                let (addr, barrier) = (addr.clone(), barrier.clone());
                std::thread::spawn(move || {
                    barrier.wait();
                    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
                    let answer = callback_on(&mut stream, 20);
                    (stream, answer)
                })
            })
            .collect();
        for client in clients {
            let (stream, answer) = client.join().unwrap();
            assert_eq!(
                answer.as_deref(),
                Ok("HTTP/1.1 200 OK"),
                "wave {wave}: a connection was left waiting"
            );
            held.push(stream);
        }
    }
    let out = l.stop();
    assert!(
        out.stderr.contains("Received 192 callbacks"),
        "{}",
        out.stderr
    );
}

/// Slow senders each hold a connection with half a request; a callback that comes next is
/// answered all the same.
#[test]
fn slow_senders_holding_half_sent_requests_do_not_hold_up_the_next_callback() {
    use std::io::Write;
    let home = tempfile::tempdir().unwrap();
    let l = Listener::start(home.path(), &["--compact"]);
    let addr = l.url.trim_start_matches("http://").to_string();
    let slow: Vec<_> = (0..64)
        .map(|i| {
            let mut s = std::net::TcpStream::connect(&addr).unwrap();
            let head = format!(
                "POST /slow/{i} HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{{\"a\":"
            );
            s.write_all(head.as_bytes()).unwrap();
            s
        })
        .collect();
    for _ in 0..3 {
        let mut next = std::net::TcpStream::connect(&addr).unwrap();
        assert_eq!(callback_on(&mut next, 20).as_deref(), Ok("HTTP/1.1 200 OK"));
    }
    drop(slow);
    l.stop();
}

/// Out of file descriptors, accepting fails; it must go on once some are free again (tiny_http
/// 0.12 stopped accepting for good). The shell's `ulimit -n` lowers the hard limit, so bchook
/// cannot raise it.
#[test]
#[cfg(unix)]
fn running_out_of_file_descriptors_does_not_stop_accepting() {
    let home = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_bchook");
    let script = format!("ulimit -n 64 && exec {bin} \"$@\"");
    let l = support::Listener::start_program(
        home.path(),
        "sh",
        &["-c", &script, "sh", "listen", "--port", "0", "--compact"],
    );
    let addr = l.url.trim_start_matches("http://").to_string();
    // Each accepted connection costs the receiver two descriptors: 100 is past the limit, and
    // the rest wait in the listening socket's backlog.
    let crowd: Vec<_> = (0..100)
        .filter_map(|_| std::net::TcpStream::connect(&addr).ok())
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    drop(crowd);
    // Until the receiver has closed the crowd's sockets, a connection it accepts may find no
    // descriptor left to serve it and be closed: a sender tries again, and so does this.
    let answered = (0..50).any(|_| {
        let mut next = std::net::TcpStream::connect(&addr).unwrap();
        let ok = callback_on(&mut next, 20).as_deref() == Ok("HTTP/1.1 200 OK");
        if !ok {
            std::thread::sleep(Duration::from_millis(100));
        }
        ok
    });
    assert!(answered, "accepting went on once descriptors were free");
    let out = l.stop();
    assert!(
        out.stderr.contains("could not accept a connection"),
        "the first failure is reported: {}",
        out.stderr
    );
    assert!(out.stderr.contains("Received 1 callback"), "{}", out.stderr);
}

/// A save file appended to by a second run goes on counting, so `replay --seq N` names one
/// callback. A last line torn by a crash (never answered 2xx) is moved to FILE.torn and the run
/// goes on; a whole record lacking only its newline is kept; a damaged whole line stops listen
/// before it takes any callback.
#[test]
fn seq_goes_on_across_runs_and_a_torn_last_line_is_moved_aside() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("calls.ndjson");
    let save = ["--compact", "--save", file.to_str().unwrap()];
    for id in [1, 2] {
        let l = Listener::start(home.path(), &save);
        post(&l.url, &[], bc_body("store/order/created", id));
        if id == 2 {
            post(&l.url, &[], bc_body("store/order/created", 3));
        }
        l.stop();
    }
    let seqs = |file: &std::path::Path| -> Vec<u64> {
        saved(file)
            .iter()
            .map(|r| r["seq"].as_u64().unwrap())
            .collect()
    };
    assert_eq!(seqs(&file), [1, 2, 3]);
    let whole = std::fs::read_to_string(&file).unwrap();

    let torn = "{\"seq\":4,\"received_at\":\"2026-";
    std::fs::write(&file, format!("{whole}{torn}")).unwrap();
    let l = Listener::start(home.path(), &save);
    post(&l.url, &[], bc_body("store/order/created", 4));
    let out = l.stop();
    assert!(
        out.stderr.contains(&format!(
            "note: the last {} bytes of {} were a line cut short (a write that never finished, never answered 2xx): moved to {}.torn",
            torn.len(),
            file.display(),
            file.display()
        )),
        "{}",
        out.stderr
    );
    let torn_file = format!("{}.torn", file.display());
    assert_eq!(std::fs::read_to_string(&torn_file).unwrap(), torn);
    assert_eq!(seqs(&file), [1, 2, 3, 4]);

    // A whole last record without its newline is kept, and counted on from.
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.trim_end()).unwrap();
    let l = Listener::start(home.path(), &save);
    post(&l.url, &[], bc_body("store/order/created", 5));
    l.stop();
    assert_eq!(seqs(&file), [1, 2, 3, 4, 5]);

    let damaged = format!("{whole}not a callback\n");
    std::fs::write(&file, &damaged).unwrap();
    let out = support::bchook(home.path())
        .args(["listen", "--port", "0"])
        .args(save)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        support::stderr_of(&out).starts_with(&format!(
            "error: cannot append to {}: its last line is not a saved callback",
            file.display()
        )),
        "{}",
        support::stderr_of(&out)
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        damaged,
        "left as it was"
    );
}

/// A sender that goes away mid-body: short or long, what arrived is saved and marked
/// truncated (tiny_http 0.12 dropped a short one unanswered).
#[test]
fn a_body_cut_short_is_saved_as_truncated_whatever_its_length() {
    use std::io::{Read, Write};
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("cut.ndjson");
    let l = Listener::start(
        home.path(),
        &["--compact", "--save", file.to_str().unwrap()],
    );
    let addr = l.url.trim_start_matches("http://").to_string();
    let long = "x".repeat(5000);
    for (declared, sent) in [(100, "{\"short\":"), (9000, long.as_str())] {
        let mut s = std::net::TcpStream::connect(&addr).unwrap();
        s.write_all(
            format!("POST /cut HTTP/1.1\r\nHost: x\r\nContent-Length: {declared}\r\n\r\n{sent}")
                .as_bytes(),
        )
        .unwrap();
        s.shutdown(std::net::Shutdown::Write).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let _ = s.read(&mut [0u8; 64]); // the answer, or the end of the connection
    }
    for _ in 0..500 {
        if saved(&file).len() == 2 {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    l.stop();
    let got: Vec<(String, bool)> = saved(&file)
        .iter()
        .map(|r| {
            (
                r["body_text"].as_str().unwrap().to_string(),
                r["truncated"] == true,
            )
        })
        .collect();
    assert_eq!(got, [("{\"short\":".to_string(), true), (long, true)]);
}

/// Every flag that takes a time reads it the same way: a unit, or seconds alone.
#[test]
fn durations_take_units_and_a_bare_number_is_seconds() {
    let home = tempfile::tempdir().unwrap();
    let out = support::bchook(home.path())
        .args(["listen", "--port", "0", "--timeout", "5x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        support::stderr_of(&out).contains("\"x\" is not a unit"),
        "{}",
        support::stderr_of(&out)
    );
    let started = std::time::Instant::now();
    let out = support::bchook(home.path())
        .args([
            "listen",
            "--port",
            "0",
            "--count",
            "1",
            "--timeout",
            "300ms",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7));
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(
        support::stderr_of(&out).contains("timed out after 300 ms"),
        "{}",
        support::stderr_of(&out)
    );
}

/// With a secret, an unsigned callback is a finding; a duplicate names the callback it repeats.
#[test]
fn unsigned_with_a_secret_is_flagged_and_a_duplicate_names_the_first() {
    let home = tempfile::tempdir().unwrap();
    let l = Listener::start(home.path(), &["--compact", "--secret", "a-secret"]);
    let body = bc_body("store/order/created", 250);
    post(&format!("{}/hooks", l.url), &[], body.clone());
    post(&format!("{}/other", l.url), &[], "{}");
    post(&format!("{}/hooks", l.url), &[], body.clone());
    let out = l.stop();
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(
        lines[0].ends_with("UNSIGNED (a signature was expected)"),
        "{}",
        out.stdout
    );
    assert!(lines[2].ends_with("DUPLICATE of #1"), "{}", out.stdout);

    let l = Listener::start(home.path(), &["--json"]);
    post(&l.url, &[], body.clone());
    post(&l.url, &[], body);
    let printed = ndjson(&l.wait_for_lines(2, 10).join("\n"));
    l.stop();
    assert_eq!(printed[0]["duplicate"], false);
    assert!(printed[0].get("duplicate_of").is_none());
    assert_eq!(
        (&printed[1]["duplicate"], &printed[1]["duplicate_of"]),
        (&json!(true), &json!(1))
    );
}

/// The start says what is in effect (never a header's value) and gives scripts one JSON line to
/// read the URL from with --json. (With --subscribe there is no tunnel advice: tests/subscribe.rs.)
#[test]
fn the_start_says_what_is_in_effect() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("calls.ndjson");
    let l = Listener::start(
        home.path(),
        &[
            "--json",
            "--save",
            file.to_str().unwrap(),
            "--fsync",
            "--secret",
            "s",
            "--require-header",
            "X-Secret: hidden-value",
            "--status",
            "202",
            "--delay",
            "250ms",
            "--forward-to",
            "http://127.0.0.1:9/app",
        ],
    );
    let url = l.url.clone();
    let out = l.stop();
    let expected = format!(
        "Listening on {url}\n{{\"listening\":\"{url}\"}}\n  saving to {}, synced before each answer\n  \
         checking signatures with the secret, and the header X-Secret\n  answering 202 after 250 ms\n  \
         forwarding to http://127.0.0.1:9/app\nBigCommerce needs a public https URL",
        file.display()
    );
    assert!(out.stderr.starts_with(&expected), "{}", out.stderr);
    assert!(!out.stderr.contains("hidden-value"));
}

/// `--answer-from-app`: the app's status, headers and body are the answer (saved first); a
/// hanging app gives 504 after `--app-timeout` while a callback routed to another app is
/// answered at once; one that cannot be reached gives 502; one no route takes is answered by
/// listen itself.
#[test]
fn the_answer_can_be_the_apps() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("saved.ndjson");
    let busy = FakeApi::start(|_, _| Reply::text(503, "busy, retry").header("X-App", "yes"));
    let quick = FakeApi::start(|_, _| Reply::text(201, "made"));
    let hanging = support::black_hole();
    let closed = support::closed_port_url();
    let routes = [
        format!("store/order/*={}", busy.url),
        format!("store/product/*={hanging}"),
        format!("store/customer/*={closed}"),
        format!("store/category/*={}", quick.url),
    ];
    let mut args = vec!["--compact", "--answer-from-app", "--app-timeout", "1s"];
    for route in &routes {
        args.extend(["--forward-to", route.as_str()]);
    }
    args.extend(["--save", file.to_str().unwrap()]);
    let l = Listener::start(home.path(), &args);
    let send = |scope: &str| {
        let started = Instant::now();
        let answer = support::http()
            .post(format!("{}/hooks", l.url))
            .body(bc_body(scope, 1))
            .send()
            .unwrap();
        let header = answer
            .headers()
            .get("x-app")
            .map(|v| v.to_str().unwrap().to_string());
        let status = answer.status().as_u16();
        (status, header, answer.text().unwrap(), started.elapsed())
    };
    let (status, header, body, _) = send("store/order/created");
    assert_eq!(
        (status, header.as_deref(), body.as_str()),
        (503, Some("yes"), "busy, retry")
    );
    // The hanging app holds only its own callback.
    let url = l.url.clone();
    let slow = std::thread::spawn(move || {
        let started = Instant::now();
        let status = support::http()
            .post(format!("{url}/hooks"))
            .body(bc_body("store/product/updated", 2))
            .send()
            .unwrap()
            .status()
            .as_u16();
        (status, started.elapsed())
    });
    std::thread::sleep(Duration::from_millis(100));
    let (status, _, body, took) = send("store/category/created");
    assert_eq!((status, body.as_str()), (201, "made"));
    assert!(
        took < Duration::from_millis(800),
        "not held by the hanging app: {took:?}"
    );
    let (status, took) = slow.join().unwrap();
    assert_eq!(status, 504);
    assert!(took >= Duration::from_millis(900), "{took:?}");
    let (status, _, body, _) = send("store/customer/created");
    assert_eq!(status, 502, "{body}");
    assert!(body.contains("the app could not be reached"), "{body}");
    // No route: listen answers.
    let (status, _, _, _) = send("store/cart/created");
    assert_eq!(status, 200);
    let out = l.stop();
    assert_eq!(
        ndjson(&std::fs::read_to_string(&file).unwrap()).len(),
        5,
        "all saved first"
    );
    assert!(
        out.stdout.contains("forwarded: 503 Service Unavailable"),
        "what was answered is shown: {}",
        out.stdout
    );

    // A `--json` line carries the app's answer in `forward`, as with --forward-to alone.
    let orders = format!("store/order/*={}", busy.url);
    let l = Listener::start(
        home.path(),
        &["--json", "--answer-from-app", "--forward-to", &orders],
    );
    assert_eq!(post(&l.url, &[], bc_body("store/order/created", 9)), 503);
    let lines = ndjson(&l.wait_for_lines(1, 10).join("\n"));
    l.stop();
    assert_eq!(lines[0]["forward"]["status"], 503);
    assert_eq!(lines[0]["forward"]["body"], "busy, retry");
}
