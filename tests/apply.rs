//! apply and export against a fake store that keeps its hooks (per store hash).

mod support;

use std::path::Path;

use serde_json::{Value, json};
use support::{FakeApi, TOKEN, bchook, bchook_for, stderr_of, stdout_of, stores};

fn hook(id: u64, scope: &str, destination: &str, headers: Value) -> Value {
    json!({"id": id, "scope": scope, "destination": destination, "is_active": true, "headers": headers})
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

const FILE: &str = r#"
[[hook]]
scope = "store/order/*"
destination = "https://example.com/orders"
headers = { "X-Secret" = "${ORDERS_SECRET}" }

[[hook]]
scope = "store/product/*"
destination = "https://example.com/products"
active = false
"#;

fn writes(api: &FakeApi) -> Vec<String> {
    api.requests()
        .iter()
        .filter(|r| r.method != "GET")
        .map(|r| format!("{} {}", r.method, r.path))
        .collect()
}

#[test]
fn apply_plans_carries_out_and_a_second_run_changes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let api = stores(vec![(
        "abc123",
        vec![
            hook(
                1,
                "store/order/*",
                "https://example.com/orders",
                json!({"X-Secret": "old-value"}),
            ),
            hook(2, "store/cart/*", "https://example.com/carts", json!(null)),
        ],
    )]);
    let file = write(home.path(), "hooks.toml", FILE);
    let apply = |args: &[&str]| {
        bchook_for(home.path(), &api)
            .env("ORDERS_SECRET", "new-value")
            .args(["apply", "-f", &file])
            .args(args)
            .output()
            .unwrap()
    };

    let out = apply(&["--dry-run"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        "\
abc123 (profile default)
  ~ update    1          store/order/*    https://example.com/orders  headers: X-Secret changed
  + create               store/product/*  https://example.com/products
  ! extra     2          store/cart/*     https://example.com/carts  (kept; --prune deletes it)
  2 changes to make (not made: --dry-run or --check)
"
    );
    assert!(writes(&api).is_empty(), "--dry-run writes nothing");
    assert_eq!(apply(&["--check"]).status.code(), Some(8));
    assert!(writes(&api).is_empty(), "--check writes nothing");

    let out = apply(&["--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let plan: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        plan,
        json!([
            {"profile": "default", "store": "abc123", "action": "update", "id": 1, "scope": "store/order/*",
             "destination": "https://example.com/orders", "changes": ["headers: X-Secret changed"], "result": "done", "error": null},
            {"profile": "default", "store": "abc123", "action": "create", "id": null, "scope": "store/product/*",
             "destination": "https://example.com/products", "changes": [], "result": "done", "error": null},
            {"profile": "default", "store": "abc123", "action": "extra", "id": 2, "scope": "store/cart/*",
             "destination": "https://example.com/carts", "changes": [], "result": "none", "error": null},
        ])
    );
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("new-value"),
        "never a header's value"
    );
    assert_eq!(
        writes(&api),
        [
            "PUT /stores/abc123/v3/hooks/1",
            "POST /stores/abc123/v3/hooks"
        ]
    );
    let created = api
        .requests()
        .iter()
        .find(|r| r.method == "POST")
        .unwrap()
        .json();
    assert_eq!(
        created,
        json!({"scope": "store/product/*", "destination": "https://example.com/products", "is_active": false})
    );

    let before = api.requests().len();
    let out = apply(&[]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout_of(&out).ends_with("  nothing to change\n"),
        "{}",
        stdout_of(&out)
    );
    assert_eq!(apply(&["--check"]).status.code(), Some(0));
    assert!(
        api.requests()[before..].iter().all(|r| r.method == "GET"),
        "only reads the second time"
    );
}

#[test]
fn prune_deletes_first_and_needs_yes_off_a_terminal() {
    let home = tempfile::tempdir().unwrap();
    let api = stores(vec![(
        "abc123",
        vec![hook(
            2,
            "store/cart/*",
            "https://example.com/carts",
            json!(null),
        )],
    )]);
    let file = write(
        home.path(),
        "hooks.json",
        r#"{"hook": [{"scope": "store/order/*", "destination": "https://example.com/orders"}]}"#,
    );
    let out = bchook_for(home.path(), &api)
        .args(["apply", "-f", &file, "--prune"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(api.requests().is_empty(), "{}", stderr_of(&out));
    let out = bchook_for(home.path(), &api)
        .args(["apply", "-f", &file, "--prune", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        writes(&api),
        [
            "DELETE /stores/abc123/v3/hooks/2",
            "POST /stores/abc123/v3/hooks"
        ]
    );
}

#[test]
fn bad_files_and_limits_are_refused_before_any_write() {
    let home = tempfile::tempdir().unwrap();
    let crowded: Vec<Value> = (1..=9)
        .map(|i| {
            hook(
                i,
                "store/order/*",
                &format!("https://example.com/{i}"),
                json!(null),
            )
        })
        .collect();
    let api = stores(vec![("abc123", crowded)]);
    let run = |file: &str, env: &[(&str, &str)]| {
        bchook_for(home.path(), &api)
            .envs(env.iter().copied())
            .args(["apply", "-f", file])
            .output()
            .unwrap()
    };

    let out = run(&write(home.path(), "a.toml", FILE), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "error: ${ORDERS_SECRET} is in the hooks file, but ORDERS_SECRET is not set in the environment\n\
         hint: set it, e.g. `export ORDERS_SECRET=...`; nothing was sent\n"
    );
    let twice = "[[hook]]\nscope = \"store/cart/*\"\ndestination = \"https://e.com/c\"\n\
                 [[hook]]\nscope = \"store/cart/*\"\ndestination = \"https://e.com/c\"\n";
    let out = run(&write(home.path(), "b.toml", twice), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "error: store/cart/* -> https://e.com/c is in the file twice; BigCommerce allows one hook per scope and destination\n"
    );
    let insecure = "[[hook]]\nscope = \"store/cart/*\"\ndestination = \"http://e.com/c\"\n";
    assert_eq!(
        run(&write(home.path(), "c.toml", insecure), &[])
            .status
            .code(),
        Some(2)
    );
    assert!(api.requests().is_empty(), "nothing was sent for a bad file");

    // Two more order hooks: fine in the file, eleven with the store's nine.
    let more = "[[hook]]\nscope = \"store/order/*\"\ndestination = \"https://e.com/x\"\n\
                [[hook]]\nscope = \"store/order/*\"\ndestination = \"https://e.com/y\"\n";
    let out = run(&write(home.path(), "d.toml", more), &[]);
    assert_eq!(out.status.code(), Some(5), "{}", stderr_of(&out));
    assert_eq!(
        stderr_of(&out),
        "error: with the hooks already in the store, store/order/* would have 11 hooks; BigCommerce \
         allows at most 10 per scope (--prune deletes the ones not in the file)\n\
         hint: nothing was changed\n"
    );
    assert!(writes(&api).is_empty());
}

#[test]
fn several_stores_one_failing_and_export_then_check_round_trips() {
    let home = tempfile::tempdir().unwrap();
    let api = stores(vec![(
        "shopa",
        vec![
            hook(
                1,
                "store/order/*",
                "https://example.com/orders",
                json!({"X-Secret": "a"}),
            ),
            hook(
                2,
                "store/cart/*",
                "https://example.com/carts",
                json!({"X-Secret": "b"}),
            ),
        ],
    )]);
    for (profile, hash) in [("a", "shopa"), ("b", "shopb"), ("broken", "bad")] {
        bchook(home.path())
            .args([
                "--profile",
                profile,
                "token",
                "save",
                "--no-verify",
                "--store-hash",
                hash,
                "--access-token",
                TOKEN,
            ])
            .assert()
            .success();
    }
    let with_api = |args: &[&str]| {
        bchook(home.path())
            .env("BCHOOK_API_URL", &api.url)
            .args(args)
            .output()
            .unwrap()
    };

    let exported = home.path().join("hooks.toml");
    let out = with_api(&["--profile", "a", "export", "-o", exported.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = std::fs::read_to_string(&exported).unwrap();
    assert!(
        text.contains("\"${X_SECRET}\"") && text.contains("\"${X_SECRET_2}\""),
        "{text}"
    );
    assert!(
        !text.contains("\"a\"") && !text.contains("\"b\""),
        "no secret in the file: {text}"
    );

    let out = bchook(home.path())
        .env("BCHOOK_API_URL", &api.url)
        .env("X_SECRET", "a")
        .env("X_SECRET_2", "b")
        .args([
            "apply",
            "-f",
            exported.to_str().unwrap(),
            "--profiles",
            "a,b,broken",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "one store failed: {}",
        stderr_of(&out)
    );
    let shown = stdout_of(&out);
    assert!(
        shown.starts_with("shopa (profile a)\n  = unchanged 1 "),
        "{shown}"
    );
    assert!(shown.contains("shopb (profile b)\n  + create"), "{shown}");
    assert!(shown.contains("bad (profile broken)\n  failed: cannot list hooks: BigCommerce refused the credentials (401)"), "{shown}");
    assert_eq!(
        stderr_of(&out),
        "error: apply failed for profile 'broken'\n"
    );
    assert_eq!(
        writes(&api),
        ["POST /stores/shopb/v3/hooks", "POST /stores/shopb/v3/hooks"]
    );

    let out = bchook(home.path())
        .env("BCHOOK_API_URL", &api.url)
        .env("X_SECRET", "a")
        .env("X_SECRET_2", "b")
        .args([
            "apply",
            "-f",
            exported.to_str().unwrap(),
            "--profiles",
            "a,b",
            "--check",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "export, then apply: nothing to change\n{}",
        stdout_of(&out)
    );
}

/// `export -o FILE` over an existing file: refused off a terminal (nothing fetched, the file as
/// it was) unless --force, which replaces it whole.
#[test]
fn export_over_an_existing_file_needs_force() {
    let home = tempfile::tempdir().unwrap();
    let api = stores(vec![(
        "abc123",
        vec![hook(
            1,
            "store/order/*",
            "https://example.com/orders",
            json!({}),
        )],
    )]);
    let file = home.path().join("hooks.toml");
    std::fs::write(&file, "# mine\n").unwrap();
    let out = bchook_for(home.path(), &api)
        .args(["export", "-o", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("exists; nothing was written"),
        "{}",
        stderr_of(&out)
    );
    assert!(stderr_of(&out).contains("--force"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "# mine\n");
    assert!(api.requests().is_empty(), "nothing fetched");

    bchook_for(home.path(), &api)
        .args(["export", "-o", file.to_str().unwrap(), "--force"])
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("store/order/*")
    );
}

/// A wildcard and a scope it covers, to one destination: a warning that those callbacks arrive
/// twice (the plan still goes ahead).
#[test]
fn a_wildcard_covering_another_hook_to_the_same_place_is_a_warning() {
    let home = tempfile::tempdir().unwrap();
    let api = stores(vec![("abc123", vec![])]);
    let file = write(
        home.path(),
        "hooks.toml",
        "[[hook]]\nscope = \"store/order/*\"\ndestination = \"https://e.com/o\"\n\
         [[hook]]\nscope = \"store/order/created\"\ndestination = \"https://e.com/o\"\n\
         [[hook]]\nscope = \"store/order/updated\"\ndestination = \"https://e.com/other\"\n",
    );
    let out = bchook_for(home.path(), &api)
        .args(["apply", "-f", &file, "--dry-run"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        stderr_of(&out)
            .lines()
            .filter(|l| l.starts_with("warning:"))
            .collect::<Vec<_>>(),
        [
            "warning: store/order/* and store/order/created both go to https://e.com/o: each store/order/created callback arrives there twice"
        ]
    );
}

/// A hooks file that does not parse, or a hook in it that is refused, is named by file, line
/// (and column, when parsing) and which hook it is: the user goes straight to the place.
#[test]
fn file_errors_name_the_line_column_and_hook() {
    let home = tempfile::tempdir().unwrap();
    let api = stores(vec![("abc123", vec![])]);
    let run = |name: &str, text: &str| {
        let path = write(home.path(), name, text);
        let out = bchook_for(home.path(), &api)
            .args(["apply", "--dry-run", "-f", &path])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
        let stderr = stderr_of(&out);
        stderr
            .strip_prefix(&format!("error: {path}"))
            .unwrap_or_else(|| panic!("names the file first: {stderr}"))
            .lines()
            .next()
            .unwrap()
            .to_string()
    };
    let good = "[[hook]]\nscope = \"store/cart/*\"\ndestination = \"https://e.com/c\"\n\n";
    assert_eq!(
        run(
            "a.toml",
            &format!(
                "{good}[[hook]]\nscope = \"store/order/*\"\ndestination = \"https://e.com/o\"\nactive = 5\n"
            )
        ),
        " line 8, column 10 (hook 2): invalid type: integer `5`, expected a boolean"
    );
    assert_eq!(
        run(
            "b.toml",
            &format!("{good}[[hook]]\nscope = \"store/order/*\"\n")
        ),
        " line 5, column 1 (hook 2): missing field `destination`"
    );
    let syntax = run(
        "c.toml",
        "[[hook]]\nscope = \"store/order/*\"\ndestination = \n",
    );
    assert!(
        syntax.starts_with(" line 3, column 15 (hook 1): "),
        "{syntax}"
    );
    // A refused hook is named by the line of its [[hook]].
    assert_eq!(
        run(
            "d.toml",
            &format!(
                "{good}[[hook]]\nscope = \"store/order/craeted\"\ndestination = \"https://e.com/o\"\n"
            )
        ),
        " line 5 (hook 2): store/order/craeted is not a scope bchook knows"
    );
    assert_eq!(
        run(
            "e.json",
            "{\"hook\": [\n {\"scope\": \"store/cart/*\", \"destination\": \"https://e.com/c\"},\n {\"scope\": \"store/order/*\"}\n]}\n"
        ),
        " line 3, column 27 (hook 2): missing field `destination`"
    );
    assert!(api.requests().is_empty(), "nothing was sent for a bad file");
}
