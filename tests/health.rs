//! doctor, reactivate, admin emails: against a fake API with `/hooks/admin` state.

mod support;

use std::sync::{Arc, Mutex};

use serde_json::{Value, json};
use support::{FakeApi, Reply, bchook_for, hook_json, stderr_of, stdout_of};

fn admin_hook(id: u64, scope: &str, destination: &str, status: &str) -> Value {
    let mut hook = hook_json(id, scope, destination);
    hook["is_active"] = json!(status == "active");
    hook["status"] = json!(status);
    hook
}

/// `/hooks/admin` answering with `admin` (emails kept as PUT sets them), and `PUT /hooks/{id}`
/// answering with the hook turned on (404 for hook 99).
fn admin_api(admin: Value) -> FakeApi {
    let admin = Arc::new(Mutex::new(admin));
    FakeApi::start(move |r, _| {
        let mut admin = admin.lock().unwrap();
        match (r.method.as_str(), r.path.as_str()) {
            ("GET", "/stores/abc123/v3/hooks/admin") => {
                Reply::json(200, json!({"data": *admin, "meta": {}}))
            }
            ("PUT", "/stores/abc123/v3/hooks/admin") => {
                admin["emails"] = r.json()["emails"].clone();
                Reply::text(204, "")
            }
            ("PUT", path) if path.ends_with("/99") => {
                Reply::json(404, json!({"status": 404, "title": "Hook not found"}))
            }
            ("PUT", path) => {
                let id: u64 = path.rsplit('/').next().unwrap().parse().unwrap();
                let mut hook = hook_json(id, "store/order/created", "https://example.com/orders");
                hook["is_active"] = r.json()["is_active"].clone();
                Reply::json(200, json!({"data": hook, "meta": {}}))
            }
            _ => Reply::json(404, json!({"status": 404, "title": "Not found"})),
        }
    })
}

fn unhealthy_store() -> Value {
    json!({
        "emails": [],
        "hooks_list": [
            admin_hook(1, "store/order/created", "https://example.com/orders", "active"),
            admin_hook(2, "store/product/updated", "https://example.com/products", "deactivated"),
            admin_hook(3, "store/cart/created", "https://carts.example.org/hooks", "inactive"),
        ],
        "blocked_domains": [{"destination": "https://example.com", "time_left": 130,
            "reasons": [{"failure_description": "timeout", "count": 12, "timestamp": 1561488106},
                        {"failure_description": "500 Internal Server Error", "count": 3, "timestamp": 1561488106}]}]
    })
}

#[test]
fn doctor_says_what_is_wrong_and_what_to_do_and_exits_8() {
    let home = tempfile::tempdir().unwrap();
    let api = admin_api(unhealthy_store());
    let out = bchook_for(home.path(), &api)
        .args(["doctor"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(8));
    assert_eq!(
        stdout_of(&out),
        "\
hooks        3: 1 active, 1 inactive (switched off), 1 deactivated
deactivated  ✗ 2  store/product/updated -> https://example.com/products
               BigCommerce deactivates a hook after 48 h of failed retries, or 90 days without events; `bchook reactivate 2` turns it back on
inactive     3  store/cart/created -> https://carts.example.org/hooks (`bchook update 3 --active` turns it on)
blocked      ✗ https://example.com, 2 min 10 s left: 12 × timeout, 3 × 500 Internal Server Error
shared       example.com: 2 hooks (1, 2); BigCommerce blocks per domain, so one failing handler stops them all
exceptions   no store/hook/deliveryException hook: subscribe one, to another domain, to hear of failed deliveries
emails       none: BigCommerce then notifies only the app's registered address; `bchook admin emails set you@example.com`
"
    );
    assert_eq!(
        stderr_of(&out),
        "error: the store's hooks need attention: 1 deactivated hook, 1 blocked domain\n\
         hint: `bchook reactivate --all-deactivated` turns deactivated hooks back on, once their \
         handler answers 2xx\n"
    );

    let out = bchook_for(home.path(), &api)
        .args(["doctor", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(8));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["healthy"], false);
    assert_eq!(
        report["problems"],
        json!(["1 deactivated hook", "1 blocked domain"])
    );
    assert_eq!(
        report["hooks"],
        json!({"total": 3, "active": 1, "inactive": 1, "deactivated": 1})
    );
    assert_eq!(report["deactivated"][0]["id"], 2);
    assert_eq!(report["blocked_domains"][0]["time_left"], 130);
    assert_eq!(
        report["shared_domains"],
        json!([{"domain": "example.com", "hooks": [1, 2]}])
    );
    assert_eq!(
        report["delivery_exception"],
        json!({"hook": null, "separate_destination": null})
    );
}

#[test]
fn a_healthy_store_exits_0_and_quiet_prints_nothing() {
    let home = tempfile::tempdir().unwrap();
    let api = admin_api(json!({
        "emails": ["ops@example.com"],
        "hooks_list": [
            admin_hook(1, "store/order/created", "https://example.com/orders", "active"),
            admin_hook(9, "store/hook/deliveryException", "https://alerts.example.org/bc", "active"),
        ],
        "blocked_domains": []
    }));
    let out = bchook_for(home.path(), &api)
        .args(["doctor", "--quiet"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        (stdout_of(&out).as_str(), stderr_of(&out).as_str()),
        ("", "")
    );

    let out = bchook_for(home.path(), &api)
        .args(["doctor"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout_of(&out),
        "\
hooks        2: 2 active, 0 inactive (switched off), 0 deactivated
exceptions   hook 9 -> https://alerts.example.org/bc
emails       ops@example.com
"
    );
}

#[test]
fn reactivate_one_or_every_deactivated_hook() {
    let home = tempfile::tempdir().unwrap();
    let api = admin_api(unhealthy_store());
    let out = bchook_for(home.path(), &api)
        .args(["reactivate", "7"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        "Reactivated hook 7 (store/order/created -> https://example.com/orders)\n"
    );
    let put = api.requests().last().unwrap().clone();
    assert_eq!(
        (put.method.as_str(), put.path.as_str()),
        ("PUT", "/stores/abc123/v3/hooks/7")
    );
    assert_eq!(put.json(), json!({"is_active": true}));

    let out = bchook_for(home.path(), &api)
        .args(["reactivate", "--all-deactivated", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let done: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(done[0]["id"], 2, "only the deactivated hook");
    let sent: Vec<String> = api.requests()[1..]
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(
        sent,
        [
            "GET /stores/abc123/v3/hooks/admin",
            "PUT /stores/abc123/v3/hooks/2"
        ]
    );
}

/// One hook that cannot be reactivated does not stop the others, and is the exit code.
#[test]
fn reactivate_goes_on_past_a_failure_and_reports_it() {
    let home = tempfile::tempdir().unwrap();
    let api = admin_api(unhealthy_store());
    let out = bchook_for(home.path(), &api)
        .args(["reactivate", "99", "7"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        "Reactivated hook 7 (store/order/created -> https://example.com/orders)\n"
    );
    assert!(
        stderr_of(&out).starts_with("error: "),
        "{}",
        stderr_of(&out)
    );
    assert!(stderr_of(&out).contains("404"), "{}", stderr_of(&out));

    let out = bchook_for(home.path(), &api)
        .args(["reactivate", "7", "99", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let done: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(done.as_array().unwrap().len(), 1);
    assert_eq!(done[0]["id"], 7);
}

#[test]
fn notification_emails_show_set_clear_and_a_bad_address_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let api = admin_api(unhealthy_store());
    let run = |args: &[&str]| bchook_for(home.path(), &api).args(args).output().unwrap();

    let out = run(&["admin", "emails"]);
    assert_eq!(
        stdout_of(&out),
        "No notification emails: BigCommerce notifies only the app's registered address.\n"
    );
    let out = run(&[
        "admin",
        "emails",
        "set",
        "ops@example.com",
        "dev@example.com",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "ops@example.com\ndev@example.com\n");
    let put = api.requests().last().unwrap().clone();
    assert_eq!(
        put.json(),
        json!({"emails": ["ops@example.com", "dev@example.com"]})
    );
    assert_eq!(
        stdout_of(&run(&["admin", "emails", "--json"])),
        "{\n  \"emails\": [\n    \"ops@example.com\",\n    \"dev@example.com\"\n  ]\n}\n"
    );
    let out = run(&["admin", "emails", "clear"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(api.requests().last().unwrap().json(), json!({"emails": []}));

    let before = api.requests().len();
    let out = run(&[
        "admin",
        "emails",
        "set",
        "ops@example.com",
        "not an address",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "error: \"not an address\" is not an email address\n\
         hint: give addresses like webhooks@example.com; nothing was changed\n"
    );
    assert_eq!(api.requests().len(), before, "nothing is sent");
}
