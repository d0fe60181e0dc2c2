//! token save / exchange / legacy / show, profiles and the config file.

mod support;

use std::fs;

use serde_json::json;
use support::{FakeApi, Reply, bchook, config_path, stderr_of, stdout_of};

#[test]
fn save_reads_the_token_from_stdin_into_a_private_config_file() {
    let home = tempfile::tempdir().unwrap();
    bchook(home.path())
        .args([
            "token",
            "save",
            "--no-verify",
            "--store-hash",
            "abc123",
            "--access-token",
            "-",
        ])
        .write_stdin("secret-token-abcd1234\n")
        .assert()
        .success();
    let path = config_path(home.path());
    let config: toml::Table = toml::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(config["default"].as_str(), Some("default"));
    assert_eq!(
        config["profiles"]["default"]["store_hash"].as_str(),
        Some("abc123")
    );
    assert_eq!(
        config["profiles"]["default"]["access_token"].as_str(),
        Some("secret-token-abcd1234")
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    // The saved credentials are used, and shown redacted with where they came from.
    let out = bchook(home.path())
        .args(["token", "show"])
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(
        stdout_of(&out),
        format!(
            "\
config        {}
profile       default (config file)
store hash    abc123 (config file)
access token  ****1234 (config file)
api url       https://api.bigcommerce.com (default)
client id     not set
client secret not set
hooks         v3 API
",
            path.display()
        )
    );

    let out = bchook(home.path())
        .env("BIGCOMMERCE_STORE_HASH", "envhash")
        .args(["token", "show", "--json"])
        .assert()
        .success()
        .get_output()
        .clone();
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        shown["store_hash"],
        json!({"value": "envhash", "source": "env", "from": "environment BIGCOMMERCE_STORE_HASH"})
    );
    assert_eq!(shown["access_token"]["value"], "****1234");
    assert_eq!(shown["api_url"]["source"], "default");
    assert_eq!(shown["client_secret"], serde_json::Value::Null);
    assert_eq!(shown["config_exists"], true);
}

#[test]
fn save_refuses_empty_input_and_an_empty_stdin() {
    let home = tempfile::tempdir().unwrap();
    let out = bchook(home.path())
        .args(["token", "save"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert_eq!(
        stderr_of(&out),
        "error: nothing to save: give --store-hash, --access-token (`-` reads it from standard \
         input), --api-url, --client-id or --client-secret\n"
    );
    let out = bchook(home.path())
        .args(["token", "save", "--access-token", "-"])
        .write_stdin("")
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert_eq!(
        stderr_of(&out),
        "error: the access token read from standard input is empty\n\
         hint: pipe it in, e.g. `printf %s \"$TOKEN\" | bchook ...`\n"
    );
    let out = bchook(home.path())
        .args([
            "token",
            "save",
            "--no-verify",
            "--store-hash",
            "https://x/y",
        ])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert_eq!(
        stderr_of(&out),
        "error: \"https://x/y\" is not a store hash: it is the letters and digits after /stores/ \
         in the API path, e.g. abc123 (or stores/abc123)\n"
    );
    assert!(!config_path(home.path()).exists(), "nothing may be written");
}

#[test]
fn profiles_are_chosen_by_flag_env_and_default() {
    let home = tempfile::tempdir().unwrap();
    for (profile, hash) in [("shop", "shophash"), ("staging", "staginghash")] {
        bchook(home.path())
            .args([
                "token",
                "save",
                "--no-verify",
                "--profile",
                profile,
                "--store-hash",
                hash,
                "--access-token",
                "-",
            ])
            .write_stdin(format!("{profile}-token-000000"))
            .assert()
            .success();
    }
    let show = |extra: &[&str], env: Option<&str>| {
        let mut cmd = bchook(home.path());
        if let Some(p) = env {
            cmd.env("BCHOOK_PROFILE", p);
        }
        let out = cmd
            .args(["token", "show", "--json"])
            .args(extra)
            .assert()
            .success()
            .get_output()
            .clone();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        (
            v["profile"]["value"].as_str().unwrap().to_string(),
            v["store_hash"]["value"].as_str().unwrap().to_string(),
        )
    };
    // The first profile saved became the default.
    assert_eq!(show(&[], None), ("shop".into(), "shophash".into()));
    assert_eq!(
        show(&[], Some("staging")),
        ("staging".into(), "staginghash".into())
    );
    assert_eq!(
        show(&["--profile", "shop"], Some("staging")),
        ("shop".into(), "shophash".into())
    );
}

#[test]
fn a_broken_config_file_is_named_with_its_line_and_never_overwritten() {
    let home = tempfile::tempdir().unwrap();
    let path = config_path(home.path());
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    let broken = "default = \"shop\"\n[profiles.shop]\nstore_hash = abc\n";
    fs::write(&path, broken).unwrap();
    let out = bchook(home.path())
        .args(["token", "save", "--no-verify", "--store-hash", "abc123"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains(&format!(
            "the config file {} at line 3 is not valid",
            path.display()
        )),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), broken);
}

#[test]
fn exchange_posts_the_oauth_code_and_saves_token_and_store_hash() {
    let home = tempfile::tempdir().unwrap();
    let login = FakeApi::start(|_, _| {
        Reply::json(
            200,
            json!({"access_token": "oauth-token-zzzz9876", "scope": "store_v2_orders",
            "user": {"id": 24654, "username": "merchant@example.com", "email": "merchant@example.com"},
            "context": "stores/g5cd38", "account_uuid": "12345678-90ab-cdef-1234-567890abcdef"}),
        )
    });
    bchook(home.path())
        .env("BCHOOK_LOGIN_URL", &login.url)
        .args([
            "token",
            "exchange",
            "--client-id",
            "cid",
            "--client-secret",
            "-",
            "--code",
            "qr6h3thvbvag2ffq",
            "--context",
            "stores/g5cd38",
            "--scope",
            "store_v2_orders",
            "--redirect-uri",
            "https://app.example.com/auth",
        ])
        .write_stdin("csecret")
        .assert()
        .success();
    let r = &login.requests()[0];
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("POST", "/oauth2/token")
    );
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.json(),
        json!({"client_id": "cid", "client_secret": "csecret", "code": "qr6h3thvbvag2ffq", "context": "stores/g5cd38",
               "scope": "store_v2_orders", "grant_type": "authorization_code", "redirect_uri": "https://app.example.com/auth"})
    );
    let config: toml::Table =
        toml::from_str(&fs::read_to_string(config_path(home.path())).unwrap()).unwrap();
    let p = &config["profiles"]["default"];
    assert_eq!(p["access_token"].as_str(), Some("oauth-token-zzzz9876"));
    assert_eq!(p["store_hash"].as_str(), Some("g5cd38"));
    assert_eq!(p["client_id"].as_str(), Some("cid"));
    assert_eq!(p["client_secret"].as_str(), Some("csecret"));
}

#[test]
fn exchange_reports_a_refused_code_and_saves_nothing() {
    let home = tempfile::tempdir().unwrap();
    let login = FakeApi::start(|_, _| {
        Reply::json(
            400,
            json!({"error": "invalid_grant", "error_description": "The code has expired"}),
        )
    });
    let out = bchook(home.path())
        .args([
            "token",
            "exchange",
            "--client-id",
            "cid",
            "--client-secret",
            "s",
            "--code",
            "old",
            "--context",
            "stores/g5cd38",
            "--scope",
            "x",
            "--redirect-uri",
            "https://a",
            "--login-url",
            &login.url,
        ])
        .assert()
        .code(5)
        .get_output()
        .clone();
    assert!(stderr_of(&out).contains("cannot exchange the code for a token: the API rejected the request (400): The code has expired"), "{}", stderr_of(&out));
    assert!(!config_path(home.path()).exists());

    let out = bchook(home.path())
        .args([
            "token",
            "exchange",
            "--client-id",
            "cid",
            "--client-secret",
            "s",
            "--code",
            "c",
            "--context",
            "g5cd38/x",
            "--scope",
            "x",
            "--redirect-uri",
            "https://a",
            "--login-url",
            &login.url,
        ])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(
        stderr_of(&out).contains("is not a store hash"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(
        login.requests().len(),
        1,
        "a bad context is caught before any request"
    );
}

#[test]
fn legacy_flow_posts_to_token_and_saves_token_and_producer() {
    let home = tempfile::tempdir().unwrap();
    let hooks = FakeApi::start(|_, _| {
        Reply::json(
            200,
            json!({"access_token": "12345", "producer": "store/foobar123"}),
        )
    });
    bchook(home.path())
        .args([
            "token",
            "legacy",
            "--client-id",
            "client123",
            "--client-secret",
            "client123secret",
            "--user",
            "admin",
            "--token",
            "-",
            "--store-domain",
            "https://store-xxxx.mybigcommerce.com",
            "--hooks-url",
            &hooks.url,
        ])
        .write_stdin("xxxx")
        .assert()
        .success();
    let r = &hooks.requests()[0];
    assert_eq!((r.method.as_str(), r.path.as_str()), ("POST", "/token"));
    assert_eq!(
        r.json(),
        json!({"client_id": "client123", "client_secret": "client123secret", "user": "admin", "token": "xxxx",
               "store_domain": "https://store-xxxx.mybigcommerce.com"})
    );
    let config: toml::Table =
        toml::from_str(&fs::read_to_string(config_path(home.path())).unwrap()).unwrap();
    assert_eq!(
        config["profiles"]["default"]["access_token"].as_str(),
        Some("12345")
    );
    assert_eq!(
        config["profiles"]["default"]["producer"].as_str(),
        Some("store/foobar123")
    );

    let out = bchook(home.path())
        .args([
            "token",
            "legacy",
            "--client-id",
            "c",
            "--client-secret",
            "-",
            "--user",
            "u",
            "--token",
            "-",
            "--store-domain",
            "https://s",
        ])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(
        stderr_of(&out).contains("only one argument can read standard input"),
        "{}",
        stderr_of(&out)
    );
}

/// A profile the file does not have is named as missing, with the ones it has.
#[test]
fn an_unknown_profile_lists_the_ones_there_are() {
    let home = tempfile::tempdir().unwrap();
    for profile in ["shop", "staging"] {
        bchook(home.path())
            .args([
                "--profile",
                profile,
                "token",
                "save",
                "--no-verify",
                "--store-hash",
                "abc123",
            ])
            .args(["--access-token", "tok-0123456789abcdef"])
            .assert()
            .success();
    }
    let out = bchook(home.path())
        .args(["--profile", "shpo", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = stderr_of(&out);
    assert!(
        stderr.starts_with(&format!(
            "error: there is no profile 'shpo' in {}; it has: shop (default), staging\n",
            config_path(home.path()).display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains("--profile shpo token save"), "{stderr}");
}

/// `token save` tries the store hash and token with one request before it saves them, and saves
/// `--api-url` with them.
#[test]
fn save_tries_the_token_first_and_saves_the_api_url() {
    let home = tempfile::tempdir().unwrap();
    let api = support::stores(vec![("abc123", vec![])]);
    let out = bchook(home.path())
        .args([
            "--api-url",
            &api.url,
            "token",
            "save",
            "--store-hash",
            "abc123",
        ])
        .args(["--access-token", "-"])
        .write_stdin("tok-0123456789abcdef")
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = stderr_of(&out);
    assert!(
        stderr.starts_with("Token works for store abc123\nSaved store hash, api url, access token"),
        "{stderr}"
    );
    let requests = api.requests();
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert_eq!(requests[0].method, "GET");
    assert_eq!(requests[0].path, "/stores/abc123/v3/hooks");
    assert_eq!(requests[0].query("limit"), Some("1"));
    assert_eq!(
        requests[0].header("x-auth-token"),
        Some("tok-0123456789abcdef")
    );
    let config: toml::Table =
        toml::from_str(&fs::read_to_string(config_path(home.path())).unwrap()).unwrap();
    assert_eq!(
        config["profiles"]["default"]["api_url"].as_str(),
        Some(api.url.as_str())
    );

    // The saved URL is used without the flag.
    bchook(home.path()).args(["list"]).assert().success();
    assert_eq!(api.requests().len(), 2);

    // Saving only a client secret has nothing to try: no request.
    bchook(home.path())
        .args(["token", "save", "--client-secret", "s3cret-0123"])
        .assert()
        .success();
    assert_eq!(api.requests().len(), 2);
}

/// A token BigCommerce refuses, or an API that does not answer, saves nothing: the file keeps
/// its bytes (or is never created). `--no-verify` saves without a request.
#[test]
fn a_token_that_does_not_work_is_not_saved() {
    let home = tempfile::tempdir().unwrap();
    let path = config_path(home.path());
    let api = support::stores(vec![]);
    let save = |hash: &str, url: &str| {
        bchook(home.path())
            .args(["--api-url", url, "token", "save", "--store-hash", hash])
            .args(["--access-token", "tok-0123456789abcdef"])
            .output()
            .unwrap()
    };

    let out = save("bad", &api.url);
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    let stderr = stderr_of(&out);
    assert!(
        stderr.starts_with(
            "error: cannot try the token on store bad: BigCommerce refused the credentials (401)"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("hint: nothing was saved."), "{stderr}");
    assert!(stderr.contains("--no-verify"), "{stderr}");
    assert!(!path.exists(), "nothing written");

    bchook(home.path())
        .args(["token", "save", "--no-verify", "--client-id", "keep-me"])
        .assert()
        .success();
    let before = fs::read(&path).unwrap();
    let out = save("abc123", &support::closed_port_url());
    assert_eq!(out.status.code(), Some(6), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("no answer from"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(fs::read(&path).unwrap(), before, "the file is unchanged");

    // Offline: saved untried, no request made.
    let requests = api.requests().len();
    bchook(home.path())
        .args(["--api-url", &api.url, "token", "save", "--no-verify"])
        .args([
            "--store-hash",
            "bad",
            "--access-token",
            "tok-0123456789abcdef",
        ])
        .assert()
        .success();
    assert_eq!(api.requests().len(), requests);
    assert!(fs::read_to_string(&path).unwrap().contains("\"bad\""));

    // An API URL that is not one is refused before anything, even untried.
    let out = bchook(home.path())
        .args(["--api-url", "ftp://x", "token", "save", "--no-verify"])
        .args(["--store-hash", "other"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(!fs::read_to_string(&path).unwrap().contains("other"));
}

/// Without a store hash (or a token) in the profile there is nothing to try with: exit 2, saying
/// which to give.
#[test]
fn a_token_without_a_store_hash_cannot_be_tried() {
    let home = tempfile::tempdir().unwrap();
    let out = bchook(home.path())
        .args(["token", "save", "--access-token", "tok-0123456789abcdef"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "error: cannot try the token without a store hash: profile 'default' has none\n\
         hint: give --store-hash HASH too, or --no-verify to save it without trying\n"
    );
    assert!(!config_path(home.path()).exists());
}

/// `token list` shows every profile, its platform and the default; `token delete` removes one,
/// and the default with it; an unknown name changes nothing and lists what there is.
#[test]
fn profiles_are_listed_and_deleted() {
    let home = tempfile::tempdir().unwrap();
    let path = config_path(home.path());
    let out = bchook(home.path())
        .args(["token", "list"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(stdout_of(&out), "");
    assert!(
        stderr_of(&out).starts_with("No profiles in "),
        "{}",
        stderr_of(&out)
    );
    let out = bchook(home.path())
        .args(["token", "delete", "shop"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("there is no profile 'shop' in"),
        "{}",
        stderr_of(&out)
    );
    assert!(
        !path.exists(),
        "a delete that found nothing creates no file"
    );

    for (profile, hash, token) in [
        ("shop", "abc123", "tok-shop-1111"),
        ("staging", "def456", "tok-staging-2222"),
    ] {
        bchook(home.path())
            .args(["--profile", profile, "token", "save", "--no-verify"])
            .args(["--store-hash", hash, "--access-token", token])
            .assert()
            .success();
    }
    let list = || {
        let out = bchook(home.path())
            .args(["token", "list"])
            .output()
            .unwrap();
        assert!(out.status.success());
        stdout_of(&out)
    };
    assert_eq!(
        list(),
        "  NAME     PLATFORM     STORE   TOKEN\n\
         * shop     bigcommerce  abc123  ****1111\n\
         \x20 staging  bigcommerce  def456  ****2222\n"
    );
    let out = bchook(home.path())
        .args(["token", "list", "--json"])
        .output()
        .unwrap();
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        listed,
        json!([
            {"name": "shop", "default": true, "platform": "bigcommerce", "store_hash": "abc123",
             "store_id": null, "api_url": null, "access_token": "****1111"},
            {"name": "staging", "default": false, "platform": "bigcommerce",
             "store_hash": "def456", "store_id": null, "api_url": null, "access_token": "****2222"},
        ])
    );
    assert!(!stdout_of(&out).contains("tok-"), "never a whole token");

    let before = fs::read(&path).unwrap();
    let out = bchook(home.path())
        .args(["token", "delete", "shpo"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("there is no profile 'shpo' in")
            && stderr_of(&out).contains("; it has: shop, staging"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(fs::read(&path).unwrap(), before);

    let out = bchook(home.path())
        .args(["token", "delete", "shop"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        stderr_of(&out).contains("It was the default"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(
        list(),
        "  NAME     PLATFORM     STORE   TOKEN\n  staging  bigcommerce  def456  ****2222\n"
    );
    let config: toml::Table = toml::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    assert!(config.get("default").is_none(), "{config:?}");
    assert!(!fs::read_to_string(&path).unwrap().contains("tok-shop"));
}
