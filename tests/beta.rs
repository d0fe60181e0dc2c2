//! A 2013 beta profile: `token legacy`, then the hooks commands speaking the 2013 service's
//! protocol (`../shared/notes/bigcommerce-api.md` §8) to a fake of it, and a v3 profile beside.

mod support;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};
use support::{FakeApi, Reply, bchook, masked, stderr_of, stdout_of};

/// The 2013 service: `/token`, `POST /`, `GET /producer/store/{id}`, `GET|PUT|DELETE /{id}`,
/// keeping its hooks; 401 unless the client and token headers (either spelling) are right.
fn beta_service() -> FakeApi {
    let hooks: Arc<Mutex<BTreeMap<u64, Value>>> = Arc::default();
    FakeApi::start(move |r, _| {
        if r.path == "/token" {
            return Reply::json(
                200,
                json!({"access_token": "12345", "producer": "store/foobar123"}),
            );
        }
        let client = r.header("x-auth-client").or(r.header("x_auth_client_id"));
        let token = r.header("x-auth-token").or(r.header("x_auth_token"));
        if (client, token) != (Some("client123"), Some("12345")) {
            return Reply::json(401, json!({"error": "invalid client or token"}));
        }
        let mut hooks = hooks.lock().unwrap();
        let id: Option<u64> = r.path.trim_start_matches('/').parse().ok();
        match (r.method.as_str(), r.path.as_str(), id) {
            ("POST", "/", _) => {
                let mut hook = r.json();
                let id = 33 + hooks.len() as u64;
                let object = hook.as_object_mut().unwrap();
                object.insert("id".into(), json!(id));
                object.insert("client_id".into(), json!("client123"));
                object.insert("created_at".into(), json!("2013-02-12T17:33:04+00:00"));
                object.insert("updated_at".into(), json!("2013-02-12T17:33:04+00:00"));
                hooks.insert(id, hook.clone());
                Reply::json(200, hook)
            }
            ("GET", "/producer/store/foobar123", _) => {
                let all: Vec<&Value> = hooks
                    .values()
                    .filter(|h| r.query("scope").is_none_or(|s| h["scope"] == s))
                    .collect();
                Reply::json(200, json!(all))
            }
            ("GET", _, Some(id)) if hooks.contains_key(&id) => Reply::json(200, hooks[&id].clone()),
            ("PUT", _, Some(id)) if hooks.contains_key(&id) => {
                let hook = hooks.get_mut(&id).unwrap();
                for (k, v) in r.json().as_object().unwrap() {
                    hook[k] = v.clone();
                }
                Reply::json(200, hook.clone())
            }
            ("DELETE", _, Some(id)) if hooks.contains_key(&id) => {
                Reply::json(200, hooks.remove(&id).unwrap())
            }
            _ => Reply::json(404, json!({"error": "not found"})),
        }
    })
}

fn token_legacy(home: &std::path::Path, service: &FakeApi) {
    bchook(home)
        .args([
            "--profile",
            "beta",
            "token",
            "legacy",
            "--client-id",
            "client123",
        ])
        .args([
            "--client-secret",
            "client123secret",
            "--user",
            "admin",
            "--token",
            "-",
        ])
        .args(["--store-domain", "https://store-xxxx.mybigcommerce.com"])
        .args(["--hooks-url", &service.url])
        .write_stdin("xxxx")
        .assert()
        .success();
}

fn beta(home: &std::path::Path, args: &[&str]) -> std::process::Output {
    bchook(home)
        .args(["--profile", "beta"])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_2013_quickstart_end_to_end_behind_the_same_commands() {
    let home = tempfile::tempdir().unwrap();
    let service = beta_service();
    token_legacy(home.path(), &service);

    let out = beta(
        home.path(),
        &[
            "subscribe",
            "store/order/created",
            "https://example.com/hooks",
            "-H",
            "X-Secret: s3cret",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let created = &service.requests()[1];
    assert_eq!(
        (created.method.as_str(), created.path.as_str()),
        ("POST", "/")
    );
    assert_eq!(
        created.json(),
        json!({"producer": "store/foobar123", "scope": "store/order/created", "deliverymethod": "HTTP_POST",
               "destination": {"url": "https://example.com/hooks", "headers": {"X-Secret": "s3cret"}},
               "is_active": true})
    );
    assert_eq!(created.header("x-auth-client"), Some("client123"));
    assert_eq!(created.header("x-auth-token"), Some("12345"));
    assert_eq!(
        stdout_of(&out),
        "\
Hook 33
  scope        store/order/created
  destination  https://example.com/hooks
  active       yes
  headers      X-Secret (values hidden; --json shows them)
  client id    client123
  created      2013-02-12T17:33:04+00:00
  updated      2013-02-12T17:33:04+00:00
"
    );
    beta(
        home.path(),
        &[
            "subscribe",
            "store/product/*",
            "https://example.com/products",
        ],
    );

    let out = beta(home.path(), &["list"]);
    assert_eq!(
        stdout_of(&out),
        "\
ID  ACTIVE  SCOPE                DESTINATION                   HEADERS   CREATED
33  yes     store/order/created  https://example.com/hooks     X-Secret  2013-02-12T17:33:04+00:00
34  yes     store/product/*      https://example.com/products            2013-02-12T17:33:04+00:00
"
    );
    let out = beta(
        home.path(),
        &["list", "--scope", "store/product/*", "--json"],
    );
    let listed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        listed,
        json!([{"id": 34, "scope": "store/product/*", "destination": "https://example.com/products",
                "is_active": true, "headers": null, "client_id": "client123",
                "created_at": "2013-02-12T17:33:04+00:00", "updated_at": "2013-02-12T17:33:04+00:00",
                "producer": "store/foobar123", "deliverymethod": "HTTP_POST"}])
    );
    let last = service.requests().last().unwrap().clone();
    assert_eq!(
        (last.path.as_str(), last.query("scope")),
        ("/producer/store/foobar123", Some("store/product/*"))
    );

    // A header change keeps the URL: the hook is read first, then PUT with both.
    let out = beta(
        home.path(),
        &[
            "update",
            "33",
            "--header",
            "X-Secret: rotated",
            "--inactive",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let put = service.requests().last().unwrap().clone();
    assert_eq!((put.method.as_str(), put.path.as_str()), ("PUT", "/33"));
    assert_eq!(
        put.json(),
        json!({"is_active": false, "destination": {"url": "https://example.com/hooks", "headers": {"X-Secret": "rotated"}}})
    );

    let out = beta(home.path(), &["delete", "33", "34"]);
    assert_eq!(
        stdout_of(&out),
        "Deleted hook 33 (store/order/created -> https://example.com/hooks)\n\
         Deleted hook 34 (store/product/* -> https://example.com/products)\n"
    );
    let out = beta(home.path(), &["show", "33"]);
    assert_eq!(out.status.code(), Some(4));

    let out = beta(home.path(), &["token", "show"]);
    assert!(
        stdout_of(&out).ends_with(&format!(
            "hooks         2013 beta hooks service at {} (producer store/foobar123)\n",
            service.url
        )),
        "{}",
        stdout_of(&out)
    );
}

#[test]
fn the_first_header_spelling_and_a_refused_token() {
    let home = tempfile::tempdir().unwrap();
    let service = beta_service();
    token_legacy(home.path(), &service);
    let out = beta(home.path(), &["list", "--legacy-headers", "-v"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let listed = service.requests().last().unwrap().clone();
    assert_eq!(listed.header("x_auth_client_id"), Some("client123"));
    assert_eq!(listed.header("x-auth-token"), None);
    assert_eq!(
        masked(&stderr_of(&out), &[(&service.url, "BETA")]),
        "> GET BETA/producer/store/foobar123\n> X_AUTH_CLIENT_ID: client123\n> X_AUTH_TOKEN: ****\n\
         < 200 OK (_ ms)\nNo hooks found. Create one with `bchook subscribe SCOPE DESTINATION`.\n"
    );

    let out = bchook(home.path())
        .args(["--profile", "beta", "--access-token", "wrong", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr_of(&out).starts_with(
            "error: cannot list hooks: BigCommerce refused the credentials (401): invalid client or token\n"
        ),
        "{}",
        stderr_of(&out)
    );
}

/// A v3 profile in the same file goes on talking to the v3 API.
#[test]
fn a_v3_profile_beside_a_2013_one_is_unaffected() {
    let home = tempfile::tempdir().unwrap();
    let service = beta_service();
    token_legacy(home.path(), &service);
    let v3 = FakeApi::start(|_, _| Reply::json(200, json!({"data": [], "meta": {}})));
    bchook(home.path())
        .args([
            "--profile",
            "v3",
            "token",
            "save",
            "--no-verify",
            "--store-hash",
            "abc123",
            "--access-token",
            "v3-token-0001",
        ])
        .assert()
        .success();
    let out = bchook(home.path())
        .args(["--profile", "v3", "--api-url", &v3.url, "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "[]\n");
    let r = &v3.requests()[0];
    assert_eq!(r.path, "/stores/abc123/v3/hooks");
    assert_eq!(r.header("x-auth-token"), Some("v3-token-0001"));
    assert_eq!(r.header("x-auth-client"), None);
}

/// What only the v3 API has (`/hooks/admin`, entities) is refused for a 2013 profile before
/// any request, saying what to use instead.
#[test]
fn v3_only_commands_refuse_a_2013_profile() {
    let home = tempfile::tempdir().unwrap();
    let service = beta_service();
    token_legacy(home.path(), &service);
    let before = service.requests().len();
    for (args, command) in [
        (&["doctor"][..], "doctor"),
        (&["reactivate", "1"], "reactivate"),
        (&["admin", "emails"], "admin emails"),
        (&["expand", "/dev/null"], "expand"),
        (&["listen", "--port", "0", "--expand"], "listen --expand"),
    ] {
        let out = beta(home.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr_of(&out));
        assert_eq!(
            stderr_of(&out),
            format!(
                "error: `bchook {command}` needs the store's v3 API; profile 'beta' is for the \
                 2013 beta hooks service\n\
                 hint: use a profile with a v3 API token: `bchook --profile NAME ...`\n"
            )
        );
    }
    assert_eq!(service.requests().len(), before, "no request was sent");
}

#[test]
fn subscribing_a_scope_the_2013_service_did_not_know_is_a_warning() {
    let home = tempfile::tempdir().unwrap();
    let service = beta_service();
    token_legacy(home.path(), &service);
    let out = beta(
        home.path(),
        &[
            "subscribe",
            "store/cart/created",
            "https://example.com/carts",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        stderr_of(&out),
        "warning: the 2013 beta hooks service knew 14 scopes (`bchook scopes --json` marks them \
         beta_2013), and store/cart/created is not one of them\nCreated hook 33\n"
    );
    let scopes: Value = serde_json::from_slice(
        &bchook(home.path())
            .args(["scopes", "--json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let marked = scopes
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["beta_2013"] == true)
        .count();
    assert_eq!(marked, 14);
}

/// `trigger --legacy` sends the 2013 payload, and `listen` recognises it as BigCommerce's.
#[test]
fn a_2013_payload_is_sent_and_recognised() {
    let home = tempfile::tempdir().unwrap();
    let l = support::Listener::start(home.path(), &["--json"]);
    let out = bchook(home.path())
        .args([
            "trigger",
            "store/order/created",
            "--legacy",
            "--id",
            "100",
            "--to",
            &l.url,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let lines = support::ndjson(&l.wait_for_lines(1, 10).join("\n"));
    l.stop();
    let r = &lines[0];
    let hash: String = {
        use sha1::Digest;
        sha1::Sha1::digest(br#"{"type":"order","id":100}"#)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    assert_eq!(
        r["body"],
        json!({"producer": "store/abc123", "store_id": 1025646, "scope": "store/order/created",
               "data": {"type": "order", "id": 100}, "hash": hash})
    );
    assert_eq!(
        (
            r["platform"].as_str(),
            r["event"].as_str(),
            r["store"].as_str(),
            r["entity_id"].as_str()
        ),
        (
            Some("bigcommerce"),
            Some("store/order/created"),
            Some("abc123"),
            Some("100")
        )
    );
}

/// `listen --subscribe --expand` on a 2013 profile: refused before any hook is made (a hook
/// was made, then left behind, when the refusal came after it).
#[test]
fn listen_subscribe_with_expand_on_a_2013_profile_makes_no_hook() {
    let home = tempfile::tempdir().unwrap();
    let service = beta_service();
    token_legacy(home.path(), &service);
    let before = service.requests().len();
    let out = beta(
        home.path(),
        &[
            "listen",
            "--port",
            "0",
            "--expand",
            "--subscribe",
            "store/order/created",
            "--public-url",
            "https://tunnel.example.com/hooks",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("needs the store's v3 API"),
        "{}",
        stderr_of(&out)
    );
    let made: Vec<String> = service.requests()[before..]
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert!(made.iter().all(|r| !r.starts_with("POST")), "{made:?}");
}
