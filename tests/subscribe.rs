//! `listen --subscribe`: hooks made for one run against a fake store, the token they carry
//! required on callbacks, and removed on every way out.

mod support;

use serde_json::{Value, json};
use support::{Listener, TOKEN, bc_body, post, stderr_of, stores, stores_failing};

const URL: &str = "https://tunnel.example.com/hooks";

fn env(api: &support::FakeApi) -> Vec<(&'static str, String)> {
    vec![
        ("BIGCOMMERCE_STORE_HASH", "abc123".to_string()),
        ("BIGCOMMERCE_ACCESS_TOKEN", TOKEN.to_string()),
        ("BCHOOK_API_URL", api.url.clone()),
    ]
}

fn start(home: &std::path::Path, api: &support::FakeApi, extra: &[&str]) -> Listener {
    let env = env(api);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut args = vec![
        "--json",
        "--subscribe",
        "store/order/created,store/product/*",
        "--public-url",
        URL,
    ];
    args.extend_from_slice(extra);
    Listener::start_with(home, &args, &env)
}

/// One run of `listen --subscribe SCOPES --public-url URL` (plus `extra`) that ends by itself.
fn run_once(
    home: &std::path::Path,
    api: &support::FakeApi,
    scopes: &str,
    url: &str,
    extra: &[&str],
) -> std::process::Output {
    support::bchook(home)
        .envs(env(api))
        .args(["listen", "--port", "0", "--subscribe", scopes])
        .args(["--public-url", url])
        .args(extra)
        .output()
        .unwrap()
}

/// The hooks the fake store holds now.
fn held(api: &support::FakeApi) -> Vec<Value> {
    let out = support::http()
        .get(format!("{}/stores/abc123/v3/hooks", api.url))
        .send()
        .unwrap();
    out.json::<Value>().unwrap()["data"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn hooks_are_created_with_a_token_required_on_callbacks_and_removed_on_ctrl_c() {
    let home = tempfile::tempdir().unwrap();
    let api = stores(vec![]);
    let l = start(home.path(), &api, &[]);
    let hooks = held(&api);
    assert_eq!(hooks.len(), 2);
    let token = hooks[0]["headers"]["X-Bchook-Listen"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(token.len(), 32, "128 bits as hex");
    assert!(
        !l.stderr().contains("expose this port"),
        "a tunnel is given: no advice\n{}",
        l.stderr()
    );
    assert_eq!(
        hooks
            .iter()
            .map(|h| (
                h["scope"].as_str().unwrap(),
                h["destination"].as_str().unwrap()
            ))
            .collect::<Vec<_>>(),
        [("store/order/created", URL), ("store/product/*", URL)]
    );

    post(
        &l.url,
        &[("X-Bchook-Listen", &token)],
        bc_body("store/order/created", 1),
    );
    post(&l.url, &[], bc_body("store/order/created", 2));
    let lines = support::ndjson(&l.wait_for_lines(2, 10).join("\n"));
    let out = l.stop();
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let verdicts: Vec<(&str, &Value)> = lines
        .iter()
        .map(|r| (r["signature"].as_str().unwrap(), &r["signature_error"]))
        .collect();
    assert_eq!(
        verdicts,
        [
            ("valid", &Value::Null),
            ("invalid", &json!("missing required header x-bchook-listen"))
        ]
    );
    assert!(held(&api).is_empty(), "both hooks deleted");
    let ids: Vec<String> = hooks.iter().map(|h| h["id"].to_string()).collect();
    assert!(
        out.stderr.contains(&format!(
            "Deleted the hooks this run created: {}\n",
            ids.join(", ")
        )),
        "{}",
        out.stderr
    );
}

#[test]
fn count_and_timeout_remove_them_too() {
    let home = tempfile::tempdir().unwrap();
    let api = stores(vec![]);
    let l = start(home.path(), &api, &["--count", "1"]);
    let token = held(&api)[0]["headers"]["X-Bchook-Listen"]
        .as_str()
        .unwrap()
        .to_string();
    post(
        &l.url,
        &[("X-Bchook-Listen", &token)],
        bc_body("store/order/created", 1),
    );
    let out = l.wait(10);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(held(&api).is_empty());

    let l = start(home.path(), &api, &["--count", "1", "--timeout", "1"]);
    let out = l.wait(10);
    assert_eq!(out.code, Some(7));
    assert!(held(&api).is_empty());
}

#[test]
fn leftovers_of_a_killed_run_are_removed_with_yes_and_others_are_left_alone() {
    let home = tempfile::tempdir().unwrap();
    let leftover = json!({"id": 5, "scope": "store/order/created", "destination": URL, "is_active": true,
                          "headers": {"X-Bchook-Listen": "0123"}});
    let colleague = json!({"id": 6, "scope": "store/order/created", "destination": "https://someone-else.example.com/hooks",
                           "is_active": true, "headers": {"X-Bchook-Listen": "4567"}});
    let api = stores(vec![("abc123", vec![leftover, colleague])]);
    let out = run_once(home.path(), &api, "store/order/created", URL, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).ends_with(&format!(
            "error: 1 hook left by an earlier `listen --subscribe` points at {URL}; nothing was created\n\
             hint: add --yes to delete them first, or `bchook delete ID...`\n"
        )),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(held(&api).len(), 2, "nothing deleted or created");

    let l = start(home.path(), &api, &["--yes"]);
    let ids: Vec<u64> = held(&api)
        .iter()
        .map(|h| h["id"].as_u64().unwrap())
        .collect();
    assert!(ids.contains(&6) && !ids.contains(&5), "{ids:?}");
    let out = l.stop();
    assert!(
        out.stderr
            .contains("Deleted hooks left by an earlier run: 5\n"),
        "{}",
        out.stderr
    );
    assert_eq!(
        held(&api)
            .iter()
            .map(|h| h["id"].as_u64().unwrap())
            .collect::<Vec<_>>(),
        [6],
        "the colleague's live session is untouched"
    );
}

#[test]
fn a_failed_second_create_removes_the_first_and_an_insecure_url_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let api = stores_failing(vec![], Some("store/product/*"));
    let run = |url: &str| {
        run_once(
            home.path(),
            &api,
            "store/order/created,store/product/*",
            url,
            &[],
        )
    };
    let out = run(URL);
    assert_eq!(out.status.code(), Some(5));
    assert!(held(&api).is_empty(), "the first hook was deleted again");
    assert!(
        stderr_of(&out).ends_with("hint: the hooks this run had created were deleted again\n"),
        "{}",
        stderr_of(&out)
    );

    let out = run("http://localhost:8080/");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "error: --public-url http://localhost:8080/ is not https on port 443, where BigCommerce delivers\n\
         hint: start a tunnel to this port, e.g. `cloudflared tunnel --url http://127.0.0.1:8080`, \
         and give its https URL\n"
    );
}

/// An error after the hooks were made (here: the --save file cannot be opened) removes them.
/// Everything that can stop `listen` is checked before a hook is made: a save file that is a
/// folder or in use, a `whsec_` secret that does not decode, a port in use. Nothing is created.
#[test]
fn nothing_is_subscribed_when_listen_cannot_start() {
    let home = tempfile::tempdir().unwrap();
    let api = stores(vec![]);
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let busy_port = busy.local_addr().unwrap().port().to_string();
    let in_use = home.path().join("in-use.ndjson");
    let holder = Listener::start(home.path(), &["--save", in_use.to_str().unwrap()]);
    let folder = home.path().to_str().unwrap();
    let cases: [(&str, Vec<&str>); 4] = [
        ("a folder to save to", vec!["--save", folder]),
        (
            "a save file in use",
            vec!["--save", in_use.to_str().unwrap()],
        ),
        (
            "a whsec_ secret that does not decode",
            vec!["--secret", "whsec_not*base64!"],
        ),
        ("a port in use", vec!["--port", &busy_port]),
    ];
    for (what, extra) in cases {
        let out = run_once(home.path(), &api, "store/order/created", URL, &extra);
        assert_ne!(out.status.code(), Some(0), "{what}");
        assert!(
            !stderr_of(&out).contains("Subscribed"),
            "{what}: {}",
            stderr_of(&out)
        );
        assert!(held(&api).is_empty(), "{what}: {}", stderr_of(&out));
    }
    let out = run_once(home.path(), &api, "store/order/craeted", URL, &[]);
    assert_eq!(out.status.code(), Some(2), "a misspelt scope");
    assert!(
        stderr_of(&out).contains("did you mean store/order/created"),
        "{}",
        stderr_of(&out)
    );
    assert!(
        api.requests().iter().all(|r| r.method != "POST"),
        "no hook was ever created"
    );
    holder.stop();
}

/// A second Ctrl-C while the `--forward-to` app hangs: the run ends at once, and still
/// deletes its hooks.
#[test]
fn a_second_ctrl_c_ends_at_once_and_still_removes_the_hooks() {
    let home = tempfile::tempdir().unwrap();
    let api = stores(vec![]);
    let app = support::black_hole();
    let l = start(home.path(), &api, &["--forward-to", &app]);
    assert_eq!(held(&api).len(), 2);
    let token = held(&api)[0]["headers"]["X-Bchook-Listen"]
        .as_str()
        .unwrap()
        .to_string();
    for i in 0..3 {
        let status = post(
            &l.url,
            &[("X-Bchook-Listen", token.as_str())],
            bc_body("store/order/created", i),
        );
        assert_eq!(status, 200);
    }
    let started = std::time::Instant::now();
    l.signal("INT");
    std::thread::sleep(std::time::Duration::from_millis(300));
    l.signal("INT");
    let out = l.wait(20);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(2),
        "took {:?}",
        started.elapsed()
    );
    assert!(held(&api).is_empty(), "{}", out.stderr);
    assert!(
        out.stderr.contains("Deleted the hooks this run created"),
        "{}",
        out.stderr
    );
}

/// `listen -f hooks.toml`: every active hook of the file subscribed for this run at the tunnel's
/// URL joined with its own destination's path and query, with its headers (`${NAME}` from the
/// environment); inactive ones skipped and said; each callback forwarded to the app at that same
/// path; all removed at the end.
#[test]
fn a_hooks_file_is_mirrored_at_the_tunnel_and_forwarded_by_path() {
    let home = tempfile::tempdir().unwrap();
    let api = stores(vec![]);
    let app = support::FakeApi::start(|_, _| support::Reply::text(200, "app"));
    let file = home.path().join("hooks.toml");
    std::fs::write(
        &file,
        r#"
[[hook]]
scope = "store/order/*"
destination = "https://app.example.com/webhooks/orders?x=1"
headers = { X-Secret = "${ORDERS_SECRET}" }

[[hook]]
scope = "store/product/updated"
destination = "https://other.example.com/webhooks/products"

[[hook]]
scope = "store/cart/created"
destination = "https://app.example.com/webhooks/carts"
active = false
"#,
    )
    .unwrap();
    let mut env = env(&api);
    env.push(("ORDERS_SECRET", "s3cret-orders".to_string()));
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let l = Listener::start_with(
        home.path(),
        &[
            "--json",
            "-f",
            file.to_str().unwrap(),
            "--public-url",
            "https://tunnel.example.com",
            "--forward-to",
            &app.url,
        ],
        &env,
    );
    let hooks = held(&api);
    let made: Vec<(&str, &str, Option<&str>)> = hooks
        .iter()
        .map(|h| {
            (
                h["scope"].as_str().unwrap(),
                h["destination"].as_str().unwrap(),
                h["headers"]["X-Secret"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        made,
        [
            (
                "store/order/*",
                "https://tunnel.example.com/webhooks/orders?x=1",
                Some("s3cret-orders")
            ),
            (
                "store/product/updated",
                "https://tunnel.example.com/webhooks/products",
                None
            ),
        ]
    );
    let token = hooks[0]["headers"]["X-Bchook-Listen"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        l.stderr().contains(
            "Skipping store/cart/created -> https://app.example.com/webhooks/carts: inactive in"
        ),
        "{}",
        l.stderr()
    );
    // What BigCommerce sends through the tunnel reaches the app at the same path.
    post(
        &format!("{}/webhooks/orders?x=1", l.url),
        &[("X-Bchook-Listen", &token), ("X-Secret", "s3cret-orders")],
        bc_body("store/order/created", 7),
    );
    let lines = support::ndjson(&l.wait_for_lines(1, 10).join("\n"));
    assert_eq!(lines[0]["forward"]["status"], 200);
    let got = &app.requests()[0];
    assert_eq!(
        (got.path.as_str(), got.query("x")),
        ("/webhooks/orders", Some("1"))
    );
    assert_eq!(got.header("x-secret"), Some("s3cret-orders"));
    let out = l.stop();
    assert!(
        out.stderr.contains("Deleted the hooks this run created"),
        "{}",
        out.stderr
    );
    assert!(held(&api).is_empty(), "removed at the end");

    // An unset ${NAME} is refused before any hook is made.
    let out = support::bchook(home.path())
        .envs(self::env(&api))
        .args(["listen", "--port", "0", "-f", file.to_str().unwrap()])
        .args(["--public-url", "https://tunnel.example.com"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("${ORDERS_SECRET} is in the hooks file"),
        "{}",
        stderr_of(&out)
    );
    assert!(held(&api).is_empty());
}
