//! subscribe, list, show, update, delete against a fake BigCommerce that records what it got.

mod support;

use serde_json::json;
use support::{
    FakeApi, Reply, TOKEN, bchook, bchook_for, closed_port_url, data, hook_json, masked, stderr_of,
    stdout_of,
};

const HOOKS: &str = "/stores/abc123/v3/hooks";

#[test]
fn subscribe_sends_the_hook_and_shows_it_without_secrets() {
    let home = tempfile::tempdir().unwrap();
    let api = FakeApi::start(|_, _| {
        Reply::json(
            200,
            data(hook_json(
                42,
                "store/order/created",
                "https://example.com/hooks",
            )),
        )
    });
    let out = bchook_for(home.path(), &api)
        .args([
            "subscribe",
            "store/order/created",
            "https://example.com/hooks",
            "--header",
            "X-Secret: do-not-print-me",
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    // The header's value is a shared secret: only its name is shown.
    assert_eq!(
        stdout_of(&out),
        "\
Hook 42
  scope        store/order/created
  destination  https://example.com/hooks
  active       yes
  headers      X-Secret (values hidden; --json shows them)
  client id    m9r6keqmo7h7f23btnpwernbez1kglkl
  store hash   abc123
  created      2019-06-25 18:41:46 UTC
  updated      2019-06-25 18:41:46 UTC
"
    );
    assert_eq!(stderr_of(&out), "Created hook 42\n");

    let reqs = api.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!((r.method.as_str(), r.path.as_str()), ("POST", HOOKS));
    assert_eq!(r.header("x-auth-token"), Some(TOKEN));
    assert_eq!(r.header("accept"), Some("application/json"));
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.json(),
        json!({"scope": "store/order/created", "destination": "https://example.com/hooks", "is_active": true,
               "headers": {"X-Secret": "do-not-print-me"}})
    );
    // No config file was needed or written.
    assert!(!support::config_path(home.path()).exists());
}

#[test]
fn subscribe_json_prints_the_api_data() {
    let home = tempfile::tempdir().unwrap();
    let api = FakeApi::start(|_, _| {
        Reply::json(
            200,
            data(hook_json(7, "store/cart/*", "https://example.com/c")),
        )
    });
    let out = bchook_for(home.path(), &api)
        .args([
            "subscribe",
            "store/cart/*",
            "https://example.com/c",
            "--inactive",
            "--json",
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        printed,
        hook_json(7, "store/cart/*", "https://example.com/c")
    );
    assert_eq!(api.requests()[0].json()["is_active"], json!(false));
}

#[test]
fn subscribe_checks_its_input_before_any_request() {
    let home = tempfile::tempdir().unwrap();
    let api = FakeApi::start(|_, _| {
        Reply::json(
            200,
            data(hook_json(
                1,
                "store/order/craeted",
                "http://localhost:3000/x",
            )),
        )
    });

    let out = bchook_for(home.path(), &api)
        .args(["subscribe", "order created", "https://example.com"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert_eq!(
        stderr_of(&out),
        "error: \"order created\" is not a webhook scope: scopes look like store/order/created or \
         store/product/*\nhint: see `bchook scopes` for the known ones\n"
    );
    let out = bchook_for(home.path(), &api)
        .args(["subscribe", "store/order/created", "example.com/hooks"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert_eq!(
        stderr_of(&out),
        "error: \"example.com/hooks\" is not a destination URL\n\
         hint: give the full https URL of your handler, e.g. https://example.com/hooks\n"
    );
    let out = bchook_for(home.path(), &api)
        .args([
            "subscribe",
            "store/order/created",
            "https://x",
            "-H",
            "NoColon",
        ])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(stderr_of(&out).contains("no colon"), "{}", stderr_of(&out));
    assert!(api.requests().is_empty());

    // A destination BigCommerce cannot deliver to is refused, as `apply` refuses it.
    let out = bchook_for(home.path(), &api)
        .args([
            "subscribe",
            "store/order/created",
            "http://localhost:3000/x",
        ])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(
        stderr_of(&out).contains("BigCommerce delivers callbacks only to https on port 443"),
        "{}",
        stderr_of(&out)
    );
    assert!(api.requests().is_empty());

    // A misspelt scope makes a hook that never fires: an error with the nearest known ones,
    // with --allow-unknown-scope too (CLI.md: within two edits of a known one is a typo).
    for flag in [None, Some("--allow-unknown-scope")] {
        let out = bchook_for(home.path(), &api)
            .args(["subscribe", "store/order/craeted", "https://example.com/x"])
            .args(flag)
            .assert()
            .code(2)
            .get_output()
            .clone();
        assert_eq!(
            stderr_of(&out),
            "error: store/order/craeted is not a scope bchook knows\n\
             hint: did you mean store/order/created, store/order/updated, store/order/archived? \
             (a scope within two edits of a known one is taken for a typo)\n"
        );
    }
    // A far-off unknown scope needs the flag.
    let out = bchook_for(home.path(), &api)
        .args([
            "subscribe",
            "store/loyalty/points_earned",
            "https://example.com/x",
        ])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(
        stderr_of(&out).contains("add --allow-unknown-scope"),
        "{}",
        stderr_of(&out)
    );
    assert!(api.requests().is_empty());

    // Let through on purpose, with a destination BigCommerce cannot deliver to: warnings only.
    let out = bchook_for(home.path(), &api)
        .args([
            "subscribe",
            "store/loyalty/points_earned",
            "http://localhost:3000/x",
            "--allow-unknown-scope",
            "--allow-insecure",
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(
        stderr_of(&out),
        "warning: store/loyalty/points_earned is not a scope bchook knows; BigCommerce may have \
         added it\n\
         warning: BigCommerce delivers callbacks only to https on port 443, so \
         http://localhost:3000/x will not receive them\n\
         warning: BigCommerce cannot reach this machine: run `bchook listen` behind a tunnel and \
         subscribe the tunnel's https URL\n\
         Created hook 1\n"
    );
    assert_eq!(api.requests().len(), 1);
}

#[test]
fn templated_channel_scopes_are_known() {
    let home = tempfile::tempdir().unwrap();
    let api = FakeApi::start(|_, _| {
        Reply::json(
            200,
            data(hook_json(
                3,
                "store/channel/12/cart/created",
                "https://example.com/x",
            )),
        )
    });
    let out = bchook_for(home.path(), &api)
        .args([
            "subscribe",
            "store/channel/12/cart/created",
            "https://example.com/x",
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    assert!(!stderr_of(&out).contains("warning"), "{}", stderr_of(&out));
}

/// Three pages of two hooks; answers by the `page` query parameter.
fn paged_api() -> FakeApi {
    FakeApi::start(|r, _| {
        let page: u64 = r.query("page").unwrap_or("1").parse().unwrap();
        let hooks: Vec<_> = (1..=2)
            .map(|i| {
                hook_json(
                    page * 10 + i,
                    "store/order/created",
                    "https://example.com/h",
                )
            })
            .collect();
        Reply::json(
            200,
            json!({"data": hooks, "meta": {"pagination": {"total": 6, "count": 2, "per_page": 2, "current_page": page, "total_pages": 3}}}),
        )
    })
}

#[test]
fn list_follows_every_page_and_maps_filters_to_the_query() {
    let home = tempfile::tempdir().unwrap();
    let api = paged_api();
    let out = bchook_for(home.path(), &api)
        .args([
            "list",
            "--scope",
            "store/order/created",
            "--destination",
            "https://example.com/h",
            "--inactive",
            "--limit",
            "2",
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(
        stdout_of(&out),
        "\
ID  ACTIVE  SCOPE                DESTINATION            HEADERS   CREATED
11  yes     store/order/created  https://example.com/h  X-Secret  2019-06-25 18:41:46 UTC
12  yes     store/order/created  https://example.com/h  X-Secret  2019-06-25 18:41:46 UTC
21  yes     store/order/created  https://example.com/h  X-Secret  2019-06-25 18:41:46 UTC
22  yes     store/order/created  https://example.com/h  X-Secret  2019-06-25 18:41:46 UTC
31  yes     store/order/created  https://example.com/h  X-Secret  2019-06-25 18:41:46 UTC
32  yes     store/order/created  https://example.com/h  X-Secret  2019-06-25 18:41:46 UTC
"
    );

    let reqs = api.requests();
    assert_eq!(
        reqs.iter()
            .map(|r| r.query("page").unwrap())
            .collect::<Vec<_>>(),
        ["1", "2", "3"]
    );
    for r in &reqs {
        assert_eq!((r.method.as_str(), r.path.as_str()), ("GET", HOOKS));
        assert_eq!(r.query("scope"), Some("store/order/created"));
        assert_eq!(r.query("destination"), Some("https://example.com/h"));
        assert_eq!(r.query("is_active"), Some("false"));
        assert_eq!(r.query("limit"), Some("2"));
    }
}

#[test]
fn list_json_is_one_array_and_page_fetches_one_page() {
    let home = tempfile::tempdir().unwrap();
    let api = paged_api();
    let out = bchook_for(home.path(), &api)
        .args(["list", "--json"])
        .assert()
        .success()
        .get_output()
        .clone();
    let all: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        all.iter()
            .map(|h| h["id"].as_u64().unwrap())
            .collect::<Vec<_>>(),
        [11, 12, 21, 22, 31, 32]
    );
    // BigCommerce's largest page, so a big store takes few requests; the pages the API
    // answers with (2 hooks each here) are followed whatever their size.
    for r in api.requests() {
        assert_eq!(r.query("limit"), Some("250"));
    }

    let api = paged_api();
    let out = bchook_for(home.path(), &api)
        .args(["list", "--page", "2", "--json"])
        .assert()
        .success()
        .get_output()
        .clone();
    let page: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(page.len(), 2);
    assert_eq!(api.requests().len(), 1);
    assert_eq!(api.requests()[0].query("page"), Some("2"));
    assert_eq!(api.requests()[0].query("is_active"), None);
}

#[test]
fn api_errors_become_plain_words_and_contract_exit_codes() {
    let home = tempfile::tempdir().unwrap();
    let cases = [
        (
            401,
            json!({"status": 401, "title": "Unauthorized - the v3 Auth client ID or token in the request are not a valid combination for this store.", "type": "/x"}),
            3,
            "error: cannot show hook 99: BigCommerce refused the credentials (401): Unauthorized - the v3 \
             Auth client ID or token in the request are not a valid combination for this store.\n\
             hint: check the token and store hash with `bchook token show`; a store-level API \
             account's token works only with its own store\n",
        ),
        (
            404,
            json!({"status": 404, "title": "Webhook with id [99] not found", "type": "/x"}),
            4,
            "error: cannot show hook 99: not found (404): Webhook with id [99] not found\n\
             hint: hooks are visible only to the API account that created them: `bchook list` shows yours\n",
        ),
        (
            422,
            json!({"status": 422, "title": "JSON data is missing or invalid", "type": "/x", "errors": {"destination": "error.path.missing."}}),
            5,
            "error: cannot show hook 99: the API rejected the request (422): destination is missing\n\
             \x20 BigCommerce said: JSON data is missing or invalid\n",
        ),
        (
            409,
            json!({"status": 409, "title": "Conflict"}),
            5,
            "error: cannot show hook 99: the API rejected the request (409): Conflict\n",
        ),
    ];
    for (status, body, code, said) in cases {
        let api = FakeApi::start(move |_, _| Reply::json(status, body.clone()));
        let out = bchook_for(home.path(), &api)
            .args(["show", "99"])
            .assert()
            .code(code)
            .get_output()
            .clone();
        assert_eq!(stderr_of(&out), said, "status {status}");
        assert_eq!(
            api.requests().len(),
            1,
            "status {status} must not be retried"
        );
    }
    // problem+json and bodies that are not JSON at all.
    let api = FakeApi::start(|_, _| {
        Reply::text(400, "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"limit too large\"}").header("Content-Type", "application/problem+json")
    });
    let out = bchook_for(home.path(), &api)
        .args(["list"])
        .assert()
        .code(5)
        .get_output()
        .clone();
    assert_eq!(
        stderr_of(&out),
        "error: cannot list hooks: the API rejected the request (400): Bad Request: limit too large\n"
    );
    let api = FakeApi::start(|_, _| Reply::text(502, "<html><body>Bad gateway</body></html>"));
    let out = bchook_for(home.path(), &api)
        .args(["show", "5"])
        .assert()
        .code(6)
        .get_output()
        .clone();
    let retry = "bchook: status 502 from GET /stores/abc123/v3/hooks/5; retrying in 0.0 s";
    assert_eq!(
        stderr_of(&out),
        format!(
            "{retry} (attempt 2 of 4)\n{retry} (attempt 3 of 4)\n{retry} (attempt 4 of 4)\n\
             error: cannot show hook 5: the API failed (502): <html><body>Bad gateway</body></html>\n\
             hint: BigCommerce is failing: try again later\n"
        )
    );
}

#[test]
fn rate_limit_waits_as_told_then_retries_any_method() {
    let home = tempfile::tempdir().unwrap();
    let api = FakeApi::start(|_, i| {
        if i == 0 {
            Reply::json(429, json!({"status": 429, "title": "Too many requests"}))
                .header("X-Rate-Limit-Time-Reset-Ms", "300")
        } else {
            Reply::json(
                200,
                data(hook_json(5, "store/order/created", "https://example.com/h")),
            )
        }
    });
    let out = bchook_for(home.path(), &api)
        .args(["subscribe", "store/order/created", "https://example.com/h"])
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(
        stderr_of(&out),
        "bchook: status 429 from POST /stores/abc123/v3/hooks; retrying in 0.3 s (attempt 2 of 4)\n\
         Created hook 5\n"
    );
    let reqs = api.requests();
    assert_eq!(reqs.len(), 2);
    assert!(
        reqs[1].at.duration_since(reqs[0].at).as_millis() >= 300,
        "retried too early"
    );

    // A rate limit that never lifts: bounded retries, then exit 6.
    let api = FakeApi::start(|_, _| {
        Reply::json(429, json!({"status": 429, "title": "Too many requests"}))
            .header("X-Retry-After", "0")
    });
    let out = bchook_for(home.path(), &api)
        .args(["list"])
        .assert()
        .code(6)
        .get_output()
        .clone();
    let retry = "bchook: status 429 from GET /stores/abc123/v3/hooks; retrying in 0.0 s";
    assert_eq!(
        stderr_of(&out),
        format!(
            "{retry} (attempt 2 of 4)\n{retry} (attempt 3 of 4)\n{retry} (attempt 4 of 4)\n\
             error: cannot list hooks: rate limited (429): Too many requests\n\
             hint: the store's rate limit outlasted the retries: try again in a minute\n"
        )
    );
    assert_eq!(api.requests().len(), 4);
}

#[test]
fn server_errors_retry_idempotent_requests_but_never_resend_a_post() {
    let home = tempfile::tempdir().unwrap();
    let api = FakeApi::start(|_, i| {
        if i < 2 {
            Reply::json(503, json!({"status": 503, "title": "Service Unavailable"}))
        } else {
            Reply::json(
                200,
                data(hook_json(5, "store/order/created", "https://example.com/h")),
            )
        }
    });
    bchook_for(home.path(), &api)
        .args(["update", "5", "--active"])
        .assert()
        .success();
    assert_eq!(
        api.requests()
            .iter()
            .map(|r| r.method.as_str())
            .collect::<Vec<_>>(),
        ["PUT", "PUT", "PUT"]
    );

    let api = FakeApi::start(|_, _| {
        Reply::json(503, json!({"status": 503, "title": "Service Unavailable"}))
    });
    let out = bchook_for(home.path(), &api)
        .args(["subscribe", "store/order/created", "https://example.com/h"])
        .assert()
        .code(6)
        .get_output()
        .clone();
    assert!(
        stderr_of(&out).contains("the API failed (503): Service Unavailable"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(api.requests().len(), 1, "a POST must never be sent twice");
}

#[test]
fn an_unreachable_api_is_a_network_error() {
    let home = tempfile::tempdir().unwrap();
    let closed = closed_port_url();
    let out = bchook(home.path())
        .env("BIGCOMMERCE_STORE_HASH", "abc123")
        .env("BIGCOMMERCE_ACCESS_TOKEN", TOKEN)
        .args(["--api-url", &closed, "list"])
        .assert()
        .code(6)
        .get_output()
        .clone();
    let retry = "bchook: cannot connect: Connection refused (os error 111) from GET \
                 /stores/abc123/v3/hooks; retrying in";
    assert_eq!(
        stderr_of(&out),
        format!(
            "{retry} 0.0 s (attempt 2 of 4)\n{retry} 0.0 s (attempt 3 of 4)\n\
             {retry} 0.0 s (attempt 4 of 4)\n\
             error: cannot list hooks: no answer from {closed}/stores/abc123/v3/hooks?page=1&limit=250: \
             cannot connect: Connection refused (os error 111)\n\
             hint: check the network and --api-url (or BCHOOK_API_URL)\n"
        )
    );
}

#[test]
fn update_sends_only_what_changes_and_refuses_an_empty_change() {
    let home = tempfile::tempdir().unwrap();
    let api = FakeApi::start(|_, _| {
        Reply::json(
            200,
            data(hook_json(5, "store/order/created", "https://example.com/h")),
        )
    });
    let out = bchook_for(home.path(), &api)
        .args(["update", "5"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert_eq!(
        stderr_of(&out),
        "error: nothing to change: give at least one of --scope, --destination, --active, \
         --inactive, --header or --no-headers\n"
    );
    assert!(api.requests().is_empty());

    bchook_for(home.path(), &api)
        .args(["update", "5", "--inactive", "--no-headers"])
        .assert()
        .success();
    bchook_for(home.path(), &api)
        .args([
            "update",
            "5",
            "--destination",
            "https://example.com/v2",
            "-H",
            "A: 1",
            "-H",
            "B: 2",
        ])
        .assert()
        .success();
    let reqs = api.requests();
    assert_eq!(
        (reqs[0].method.as_str(), reqs[0].path.as_str()),
        ("PUT", "/stores/abc123/v3/hooks/5")
    );
    assert_eq!(reqs[0].json(), json!({"is_active": false, "headers": {}}));
    assert_eq!(
        reqs[1].json(),
        json!({"destination": "https://example.com/v2", "headers": {"A": "1", "B": "2"}})
    );
}

#[test]
fn delete_by_id_prints_the_deleted_hooks() {
    let home = tempfile::tempdir().unwrap();
    let api = FakeApi::start(|r, _| {
        let id: u64 = r.path.rsplit('/').next().unwrap().parse().unwrap();
        Reply::json(
            200,
            data(hook_json(
                id,
                "store/order/created",
                "https://example.com/h",
            )),
        )
    });
    let out = bchook_for(home.path(), &api)
        .args(["delete", "3", "4", "--json"])
        .assert()
        .success()
        .get_output()
        .clone();
    let deleted: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        deleted
            .iter()
            .map(|h| h["id"].as_u64().unwrap())
            .collect::<Vec<_>>(),
        [3, 4]
    );
    let paths: Vec<_> = api
        .requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(
        paths,
        [
            "DELETE /stores/abc123/v3/hooks/3",
            "DELETE /stores/abc123/v3/hooks/4"
        ]
    );
}

#[test]
fn delete_goes_on_past_a_failure_and_reports_each_in_order() {
    let home = tempfile::tempdir().unwrap();
    let api = FakeApi::start(|r, _| {
        let id: u64 = r.path.rsplit('/').next().unwrap().parse().unwrap();
        match id {
            4 | 6 => Reply::json(404, json!({"status": 404, "title": "Webhook not found"})),
            _ => Reply::json(
                200,
                data(hook_json(
                    id,
                    "store/order/created",
                    "https://example.com/h",
                )),
            ),
        }
    });
    let out = bchook_for(home.path(), &api)
        .args(["delete", "3", "4", "5", "6"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(
        stdout_of(&out),
        "Deleted hook 3 (store/order/created -> https://example.com/h)\n\
         Deleted hook 5 (store/order/created -> https://example.com/h)\n"
    );
    let hint = "hint: hooks are visible only to the API account that created them: `bchook list` shows yours\n";
    assert_eq!(
        stderr_of(&out),
        format!(
            "error: cannot delete hook 4: not found (404): Webhook not found\n{hint}\
             error: cannot delete hook 6: not found (404): Webhook not found\n{hint}"
        )
    );
}

#[test]
fn delete_all_needs_yes_off_a_terminal_and_deletes_every_match() {
    let home = tempfile::tempdir().unwrap();
    let api = FakeApi::start(|r, _| match r.method.as_str() {
        "GET" => Reply::json(
            200,
            json!({"data": [hook_json(8, "store/cart/created", "https://old.example.com"), hook_json(9, "store/cart/updated", "https://old.example.com")],
                                         "meta": {"pagination": {"total_pages": 1}}}),
        ),
        _ => Reply::json(
            200,
            data(hook_json(
                r.path.rsplit('/').next().unwrap().parse().unwrap(),
                "store/cart/created",
                "https://old.example.com",
            )),
        ),
    });
    let out = bchook_for(home.path(), &api)
        .args([
            "delete",
            "--all",
            "--destination",
            "https://old.example.com",
        ])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert_eq!(
        stderr_of(&out),
        "error: delete --all needs --yes when there is no terminal to confirm on; nothing was deleted\n\
         hint: list what would go with the same filters: `bchook list ...`; then add --yes\n"
    );
    assert!(
        api.requests().is_empty(),
        "nothing may be sent without --yes"
    );

    let out = bchook_for(home.path(), &api)
        .args([
            "delete",
            "--all",
            "--yes",
            "--destination",
            "https://old.example.com",
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(
        stdout_of(&out)
            .lines()
            .filter(|l| l.starts_with("Deleted hook"))
            .count(),
        2
    );
    let reqs = api.requests();
    assert_eq!(
        reqs[0].query("destination"),
        Some("https://old.example.com")
    );
    let deletes: Vec<_> = reqs[1..]
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(
        deletes,
        [
            "DELETE /stores/abc123/v3/hooks/8",
            "DELETE /stores/abc123/v3/hooks/9"
        ]
    );
}

#[test]
fn verbose_shows_requests_with_the_token_redacted() {
    let home = tempfile::tempdir().unwrap();
    let api = FakeApi::start(|_, _| {
        Reply::json(
            200,
            data(hook_json(5, "store/order/created", "https://example.com/h")),
        )
    });
    let out = bchook_for(home.path(), &api)
        .args(["show", "5", "-v"])
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(
        masked(&stderr_of(&out), &[(&api.url, "API")]),
        "> GET API/stores/abc123/v3/hooks/5\n\
         > X-Auth-Token: ****6789\n\
         < 200 OK (_ ms)\n"
    );
}

#[test]
fn missing_credentials_say_what_to_do() {
    let home = tempfile::tempdir().unwrap();
    let out = bchook(home.path())
        .env("BIGCOMMERCE_STORE_HASH", "abc123")
        .args(["list"])
        .assert()
        .code(3)
        .get_output()
        .clone();
    assert_eq!(
        stderr_of(&out),
        format!(
            "error: no credentials: bchook needs an access token (profile 'default' in {})\n\
             hint: save them with `bchook token save --store-hash HASH --access-token -`, or set \
             BIGCOMMERCE_STORE_HASH and BIGCOMMERCE_ACCESS_TOKEN\n",
            support::config_path(home.path()).display()
        )
    );
}

#[test]
fn a_malformed_api_url_is_a_usage_error_before_any_request() {
    let home = tempfile::tempdir().unwrap();
    let out = bchook(home.path())
        .env("BIGCOMMERCE_STORE_HASH", "abc123")
        .env("BIGCOMMERCE_ACCESS_TOKEN", TOKEN)
        .args(["list", "--api-url", "api.bigcommerce.com"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "error: not a URL: \"api.bigcommerce.com\" (relative URL without a base)\n\
         hint: --api-url (or BCHOOK_API_URL, or the profile's api_url) must be a whole http(s) \
         URL, e.g. https://api.bigcommerce.com\n"
    );
}

/// Each stream decides for itself: on a terminal whose stderr goes to a file, the table is
/// coloured and the file gets no escape codes. `script` gives the command a terminal.
#[test]
#[cfg(unix)]
fn colour_is_decided_for_stdout_and_stderr_apart() {
    let home = tempfile::tempdir().unwrap();
    let api = FakeApi::start(|_, _| {
        Reply::json(
            200,
            data(hook_json(
                1,
                "store/loyalty/points_earned",
                "https://example.com/h",
            )),
        )
    });
    let log = home.path().join("stderr.log");
    // A scope bchook does not know, let through: a warning on stderr, the created hook on stdout.
    let command = format!(
        "BIGCOMMERCE_STORE_HASH=abc123 BIGCOMMERCE_ACCESS_TOKEN={TOKEN} BCHOOK_API_URL={} {} \
         subscribe store/loyalty/points_earned https://example.com/h --allow-unknown-scope 2>{}",
        api.url,
        env!("CARGO_BIN_EXE_bchook"),
        log.display()
    );
    let out = std::process::Command::new("script")
        .args(["-q", "-e", "-c", &command, "/dev/null"])
        .env_remove("NO_COLOR")
        .env("BCHOOK_CONFIG", support::config_path(home.path()))
        .output()
        .expect("script (util-linux) runs the command on a terminal");
    assert!(out.status.success(), "{}", stderr_of(&out));
    let on_terminal = stdout_of(&out);
    assert!(
        on_terminal.contains("\u{1b}[1mHook\u{1b}[0m"),
        "the terminal gets colour: {on_terminal:?}"
    );
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        "warning: store/loyalty/points_earned is not a scope bchook knows; BigCommerce may have added it\n\
         Created hook 1\n",
        "the file gets none"
    );
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let home = tempfile::tempdir().unwrap();
    let api = FakeApi::start(|_, _| {
        Reply::json(
            200,
            json!({"data": [hook_json(1, "store/order/created", "https://example.com/h")], "meta": {}}),
        )
    });
    let plain = bchook_for(home.path(), &api)
        .args(["list"])
        .output()
        .unwrap();
    assert!(
        !stdout_of(&plain).contains('\u{1b}'),
        "no colour off a terminal"
    );
    let forced = bchook_for(home.path(), &api)
        .args(["list", "--color", "always"])
        .output()
        .unwrap();
    assert!(
        stdout_of(&forced).contains("\u{1b}["),
        "--color always colours"
    );
    let never = bchook_for(home.path(), &api)
        .env("NO_COLOR", "1")
        .args(["list"])
        .output()
        .unwrap();
    assert!(!stdout_of(&never).contains('\u{1b}'));
}

/// One rule for scopes: `update` refuses a misspelt one before any request, as `subscribe`,
/// `apply` and `listen --subscribe` do; `--allow-unknown-scope` lets only a far-off one through.
#[test]
fn update_refuses_a_misspelt_scope_and_a_new_one_needs_the_flag() {
    let home = tempfile::tempdir().unwrap();
    let api = FakeApi::start(|_, _| {
        Reply::json(
            200,
            data(hook_json(5, "store/order/upated", "https://x.example/h")),
        )
    });
    let out = bchook_for(home.path(), &api)
        .args(["update", "5", "--scope", "store/order/upated"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("did you mean store/order/updated"),
        "{}",
        stderr_of(&out)
    );
    assert!(api.requests().is_empty());
    // A typo stays one with the flag; a far-off new scope goes through with it.
    bchook_for(home.path(), &api)
        .args([
            "update",
            "5",
            "--scope",
            "store/order/upated",
            "--allow-unknown-scope",
        ])
        .assert()
        .code(2);
    assert!(api.requests().is_empty());
    bchook_for(home.path(), &api)
        .args([
            "update",
            "5",
            "--scope",
            "store/loyalty/points_earned",
            "--allow-unknown-scope",
        ])
        .assert()
        .success();
    assert_eq!(api.requests().len(), 1);
}
