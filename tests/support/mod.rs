//! Shared by the integration tests: run the real binary in a clean environment, and a fake HTTP
//! server that answers as told and records every request it got.
#![allow(dead_code)] // each test file uses a different part

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Instant;

use serde_json::{Value, json};

/// The binary with an environment that cannot leak the developer's own settings, and a config
/// file inside `home` (which does not exist until a command writes it).
pub fn bchook(home: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_bchook"));
    for var in [
        "BIGCOMMERCE_STORE_HASH",
        "BIGCOMMERCE_ACCESS_TOKEN",
        "BCHOOK_API_URL",
        "BCHOOK_PROFILE",
        "BCHOOK_LOGIN_URL",
        "BCHOOK_SECRET",
        "BIGCOMMERCE_CLIENT_SECRET",
        "BCHOOK_LEGACY_TOKEN",
        "BCHOOK_REQUIRE_HEADER",
        "BCHOOK_UI_TOKEN",
        "NO_COLOR",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("BCHOOK_CONFIG", config_path(home))
        .env("BCHOOK_RETRY_DELAY_MS", "10")
        .timeout(std::time::Duration::from_secs(60));
    cmd
}

pub fn config_path(home: &Path) -> PathBuf {
    home.join("bchook").join("config.toml")
}

/// The binary set up for store `abc123` with token `test-token-0123456789` at `api`.
pub fn bchook_for(home: &Path, api: &FakeApi) -> assert_cmd::Command {
    let mut cmd = bchook(home);
    cmd.env("BIGCOMMERCE_STORE_HASH", "abc123")
        .env("BIGCOMMERCE_ACCESS_TOKEN", TOKEN)
        .env("BCHOOK_API_URL", &api.url);
    cmd
}

pub const TOKEN: &str = "test-token-0123456789";

/// An HTTP client builder for the tests' own requests, with rustls' ring provider installed
/// (bchook's rustls has no default provider; see Cargo.toml).
pub fn http_builder() -> reqwest::blocking::ClientBuilder {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::blocking::Client::builder()
}

pub fn http() -> reqwest::blocking::Client {
    http_builder().build().unwrap()
}

pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// One request as the fake server saw it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    /// Lower-case names.
    pub headers: Vec<(String, String)>,
    pub body: String,
    pub at: Instant,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("request body is not JSON ({e}): {}", self.body))
    }
}

/// What the fake server answers.
pub struct Reply {
    pub status: u16,
    pub body: String,
    pub headers: Vec<(String, String)>,
}

impl Reply {
    pub fn json(status: u16, body: Value) -> Reply {
        Reply {
            status,
            body: body.to_string(),
            headers: vec![("Content-Type".into(), "application/json".into())],
        }
    }

    pub fn text(status: u16, body: &str) -> Reply {
        Reply {
            status,
            body: body.into(),
            headers: vec![],
        }
    }

    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// A hook as BigCommerce returns it.
pub fn hook_json(id: u64, scope: &str, destination: &str) -> Value {
    serde_json::json!({
        "id": id, "client_id": "m9r6keqmo7h7f23btnpwernbez1kglkl", "store_hash": "abc123",
        "scope": scope, "destination": destination, "is_active": true,
        "headers": {"X-Secret": "do-not-print-me"}, "created_at": 1561488106, "updated_at": 1561488106
    })
}

pub fn data(value: Value) -> Value {
    serde_json::json!({"data": value, "meta": {}})
}

type Handler = dyn Fn(&Recorded, usize) -> Reply + Send + Sync;

/// A local HTTP server answering with `handler(request, index)`; it records every request.
pub struct FakeApi {
    pub url: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
    server: Arc<tiny_http::Server>,
    thread: Option<JoinHandle<()>>,
}

impl FakeApi {
    pub fn start(handler: impl Fn(&Recorded, usize) -> Reply + Send + Sync + 'static) -> FakeApi {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("bind a local port"));
        let url = format!(
            "http://{}",
            server.server_addr().to_ip().expect("an IP address")
        );
        let requests = Arc::new(Mutex::new(Vec::new()));
        let handler: Box<Handler> = Box::new(handler);
        let thread = {
            let (server, requests) = (server.clone(), requests.clone());
            std::thread::spawn(move || {
                for mut request in server.incoming_requests() {
                    let mut body = String::new();
                    let _ = request.as_reader().read_to_string(&mut body);
                    let parsed =
                        reqwest::Url::parse(&format!("http://x{}", request.url())).unwrap();
                    let recorded = Recorded {
                        method: request.method().to_string(),
                        path: parsed.path().to_string(),
                        query: parsed
                            .query_pairs()
                            .map(|(k, v)| (k.into_owned(), v.into_owned()))
                            .collect(),
                        headers: request
                            .headers()
                            .iter()
                            .map(|h| {
                                (
                                    h.field.as_str().as_str().to_ascii_lowercase(),
                                    h.value.as_str().to_string(),
                                )
                            })
                            .collect(),
                        body,
                        at: Instant::now(),
                    };
                    let index = {
                        let mut all = requests.lock().unwrap();
                        all.push(recorded.clone());
                        all.len() - 1
                    };
                    let reply = handler(&recorded, index);
                    let mut response =
                        tiny_http::Response::from_string(reply.body).with_status_code(reply.status);
                    for (name, value) in reply.headers {
                        response.add_header(tiny_http::Header::from_bytes(name, value).unwrap());
                    }
                    let _ = request.respond(response);
                }
            })
        };
        FakeApi {
            url,
            requests,
            server,
            thread: Some(thread),
        }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }
}

impl Drop for FakeApi {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A port nothing listens on: bound, then released.
pub fn closed_port_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

/// `../shared`, beside the checkout, if it is there. In CI (`CI=true`) it must be.
pub fn shared_dir(test: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared");
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("{test}: ../shared is missing, and CI=true requires it");
    }
    eprintln!(
        "\n!!! SKIPPED {test}: ../shared (the team's reference folder) is not beside this checkout !!!\n"
    );
    None
}

/// `bchook listen --port 0 ARGS` running in the background; its stdout is collected.
pub struct Listener {
    child: std::process::Child,
    pub url: String,
    stdout: Arc<Mutex<String>>,
    stderr: Arc<Mutex<String>>,
    threads: Vec<JoinHandle<()>>,
}

/// What a listener printed and how it exited.
pub struct Finished {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Listener {
    pub fn start(home: &Path, args: &[&str]) -> Listener {
        Listener::start_with(home, args, &[])
    }

    pub fn start_with(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Listener {
        let listen: Vec<&str> = ["listen", "--port", "0"]
            .iter()
            .chain(args)
            .copied()
            .collect();
        Listener::spawn(home, env!("CARGO_BIN_EXE_bchook"), &listen, env)
    }

    /// Runs `program ARGS` instead of bchook itself, e.g. a shell that sets limits first and
    /// then runs `bchook listen` (give its whole command line).
    pub fn start_program(home: &Path, program: &str, args: &[&str]) -> Listener {
        Listener::spawn(home, program, args, &[])
    }

    fn spawn(home: &Path, program: &str, args: &[&str], env: &[(&str, &str)]) -> Listener {
        use std::io::BufRead;
        let mut cmd = std::process::Command::new(program);
        for var in [
            "BIGCOMMERCE_STORE_HASH",
            "BIGCOMMERCE_ACCESS_TOKEN",
            "BCHOOK_PROFILE",
            "BCHOOK_SECRET",
            "BCHOOK_REQUIRE_HEADER",
            "BCHOOK_UI_TOKEN",
            "NO_COLOR",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("BCHOOK_CONFIG", config_path(home))
            .envs(env.iter().copied());
        let mut child = cmd
            .args(args)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("start bchook listen");
        let stderr = Arc::new(Mutex::new(String::new()));
        let mut lines = std::io::BufReader::new(child.stderr.take().unwrap());
        // Lines before it (hooks `--subscribe` created) are kept with the rest of stderr.
        let url = loop {
            let mut line = String::new();
            if lines.read_line(&mut line).unwrap() == 0 {
                panic!(
                    "the listener ended before listening: {}",
                    stderr.lock().unwrap()
                );
            }
            stderr.lock().unwrap().push_str(&line);
            if let Some(url) = line.trim().strip_prefix("Listening on ") {
                break url.to_string();
            }
        };
        let stdout = Arc::new(Mutex::new(String::new()));
        let mut threads = Vec::new();
        {
            let stderr = stderr.clone();
            // Line by line, so what the listener says while running can be read.
            threads.push(std::thread::spawn(move || {
                let mut line = String::new();
                while lines.read_line(&mut line).is_ok_and(|n| n > 0) {
                    stderr.lock().unwrap().push_str(&line);
                    line.clear();
                }
            }));
        }
        {
            let stdout = stdout.clone();
            let mut pipe = child.stdout.take().unwrap();
            threads.push(std::thread::spawn(move || {
                let mut buf = [0u8; 65536];
                while let Ok(n) = pipe.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    stdout
                        .lock()
                        .unwrap()
                        .push_str(&String::from_utf8_lossy(&buf[..n]));
                }
            }));
        }
        Listener {
            child,
            url,
            stdout,
            stderr,
            threads,
        }
    }

    pub fn stdout(&self) -> String {
        self.stdout.lock().unwrap().clone()
    }

    pub fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// The listener's peak resident memory so far, in bytes (Linux's VmHWM).
    pub fn peak_rss(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .expect("/proc/PID/status");
        let kb: u64 = status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .expect("a VmHWM line");
        kb * 1024
    }

    /// Waits up to `secs` for stdout to hold `n` lines.
    pub fn wait_for_lines(&self, n: usize, secs: u64) -> Vec<String> {
        let deadline = Instant::now() + std::time::Duration::from_secs(secs);
        loop {
            let lines: Vec<String> = self.stdout().lines().map(String::from).collect();
            if lines.len() >= n || Instant::now() > deadline {
                return lines;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    /// Sends a signal (`"INT"`, `"TERM"`) without waiting.
    pub fn signal(&self, name: &str) {
        let _ = std::process::Command::new("kill")
            .args([&format!("-{name}"), &self.child.id().to_string()])
            .status();
    }

    /// Ctrl-C, then collect what it printed.
    pub fn stop(self) -> Finished {
        let _ = std::process::Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status();
        self.wait(10)
    }

    /// Waits for the listener to exit by itself (killing it after `secs`).
    pub fn wait(mut self, secs: u64) -> Finished {
        let deadline = Instant::now() + std::time::Duration::from_secs(secs);
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break Some(status);
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                let _ = self.child.wait();
                break None;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
        Finished {
            code: status.and_then(|s| s.code()),
            stdout: self.stdout(),
            stderr: self.stderr.lock().unwrap().clone(),
        }
    }
}

/// A test that fails before stopping its listener must not leave it running.
impl Drop for Listener {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// POSTs `body` with `headers` and returns the status.
pub fn post(url: &str, headers: &[(&str, &str)], body: impl Into<Vec<u8>>) -> u16 {
    let mut req = http().post(url).body(body.into());
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.send().expect("the listener answers").status().as_u16()
}

/// A BigCommerce callback body for order `id`, compact as BigCommerce sends it.
pub fn bc_body(scope: &str, id: u64) -> String {
    let data = serde_json::json!({"type": "order", "id": id});
    let hash = {
        use sha1::Digest;
        let digest = sha1::Sha1::digest(data.to_string().as_bytes());
        digest
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    serde_json::json!({"scope": scope, "store_id": "1025646", "data": data, "hash": hash,
                       "created_at": 1561479335, "producer": "stores/abc123"})
    .to_string()
}

/// `text` with what changes from run to run masked, so whole outputs can be compared: each
/// `(found, shown)` pair replaced (ports, folders), durations as `_ ms`, clock times as `hh:mm:ss`.
pub fn masked(text: &str, replace: &[(&str, &str)]) -> String {
    let mut text = text.to_string();
    for (found, shown) in replace {
        text = text.replace(found, shown);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find(|c: char| c.is_ascii_digit()) {
        let digits = rest[at..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(rest.len(), |end| at + end);
        let run = &rest[at..digits];
        let after = &rest[digits..];
        let clock = run.len() == 2
            && after.len() >= 6
            && after.as_bytes()[0] == b':'
            && after.as_bytes()[3] == b':'
            && after[1..3]
                .bytes()
                .chain(after[4..6].bytes())
                .all(|b| b.is_ascii_digit());
        out.push_str(&rest[..at]);
        if after.starts_with(" ms") {
            out.push('_');
            rest = after;
        } else if clock {
            out.push_str("hh:mm:ss");
            rest = &after[6..];
        } else {
            out.push_str(run);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

pub fn ndjson(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// A fake API that keeps its stores' hooks: stores by hash, each a map of hook id to hook; store `bad` refuses every token.
pub fn stores(initial: Vec<(&str, Vec<Value>)>) -> FakeApi {
    stores_failing(initial, None)
}

/// Like [`stores`], and a create for `failing_scope` answers 422.
pub fn stores_failing(
    initial: Vec<(&str, Vec<Value>)>,
    failing_scope: Option<&'static str>,
) -> FakeApi {
    let state: Arc<Mutex<BTreeMap<String, BTreeMap<u64, Value>>>> = Arc::new(Mutex::new(
        initial
            .into_iter()
            .map(|(hash, hooks)| {
                let hooks = hooks
                    .into_iter()
                    .map(|h| (h["id"].as_u64().unwrap(), h))
                    .collect();
                (hash.to_string(), hooks)
            })
            .collect(),
    ));
    FakeApi::start(move |r, _| {
        let parts: Vec<&str> = r.path.trim_start_matches('/').split('/').collect();
        let ["stores", hash, "v3", "hooks", rest @ ..] = parts.as_slice() else {
            return Reply::json(404, json!({"status": 404, "title": "Not found"}));
        };
        if *hash == "bad" {
            return Reply::json(401, json!({"status": 401, "title": "Unauthorized"}));
        }
        let mut state = state.lock().unwrap();
        let hooks = state.entry(hash.to_string()).or_default();
        match (r.method.as_str(), rest) {
            ("GET", []) => {
                let all: Vec<&Value> = hooks
                    .values()
                    .filter(|h| r.query("destination").is_none_or(|d| h["destination"] == d))
                    .collect();
                Reply::json(
                    200,
                    json!({"data": all, "meta": {"pagination": {"total_pages": 1}}}),
                )
            }
            ("POST", []) if failing_scope.is_some_and(|s| r.json()["scope"] == s) => Reply::json(
                422,
                json!({"status": 422, "title": "JSON data is missing or invalid"}),
            ),
            ("POST", []) => {
                let mut hook = r.json();
                let id = 100 + hooks.len() as u64 + hooks.keys().max().copied().unwrap_or(0);
                hook["id"] = json!(id);
                hooks.insert(id, hook.clone());
                Reply::json(200, json!({"data": hook, "meta": {}}))
            }
            ("PUT", [id]) => {
                let hook = hooks.get_mut(&id.parse::<u64>().unwrap()).unwrap();
                for (k, v) in r.json().as_object().unwrap() {
                    hook[k] = v.clone();
                }
                Reply::json(200, json!({"data": hook, "meta": {}}))
            }
            ("DELETE", [id]) => {
                let hook = hooks.remove(&id.parse::<u64>().unwrap()).unwrap();
                Reply::json(200, json!({"data": hook, "meta": {}}))
            }
            _ => Reply::json(404, json!({"status": 404, "title": "Not found"})),
        }
    })
}

/// An app that takes connections and never answers: `http://127.0.0.1:PORT/`. Its thread holds
/// them until the test process ends.
pub fn black_hole() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    url
}
