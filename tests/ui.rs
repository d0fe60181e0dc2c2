//! `listen --ui`: the access rules over plain HTTP, and the page in a real browser (Debian's
//! chromium driven through chromedriver's WebDriver HTTP API).

mod support;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::{FakeApi, Listener, Reply, bc_body, ndjson, post};

fn inspector_url(l: &Listener) -> String {
    for _ in 0..200 {
        if let Some(url) = l
            .stderr()
            .lines()
            .find_map(|line| line.strip_prefix("Inspector page: "))
        {
            return url.to_string();
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    panic!("no inspector URL: {}", l.stderr());
}

fn get(url: &str, headers: &[(&str, &str)]) -> reqwest::blocking::Response {
    let mut req = support::http().get(url);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.send().unwrap()
}

#[test]
fn the_page_answers_only_with_its_token_on_this_machine_and_is_never_recorded() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("saved.ndjson");
    let l = Listener::start(
        home.path(),
        &[
            "--compact",
            "--ui",
            "--ui-token",
            "t0k3n",
            "--save",
            file.to_str().unwrap(),
        ],
    );
    let page = format!("{}/_bchook/", l.url);
    assert_eq!(inspector_url(&l), format!("{page}?token=t0k3n"));

    assert_eq!(get(&page, &[]).status(), 403, "no token");
    assert_eq!(get(&format!("{page}?token=wrong"), &[]).status(), 403);
    let port = l.url.rsplit(':').next().unwrap().to_string();
    let rebound = format!("evil.example:{port}");
    assert_eq!(
        get(&format!("{page}?token=t0k3n"), &[("Host", &rebound)]).status(),
        403,
        "DNS rebinding"
    );

    let ok = get(&format!("{page}?token=t0k3n"), &[]);
    assert_eq!(ok.status(), 200);
    let cookie = ok.headers()["set-cookie"].to_str().unwrap().to_string();
    assert_eq!(
        cookie,
        "bchook_token=t0k3n; HttpOnly; SameSite=Strict; Path=/_bchook/"
    );
    let with_cookie = [("Cookie", "bchook_token=t0k3n")];
    assert_eq!(
        get(
            &format!("{}/_bchook/callbacks?after=0", l.url),
            &with_cookie
        )
        .status(),
        200
    );
    let localhost = format!("localhost:{port}");
    assert_eq!(
        get(&format!("{page}?token=t0k3n"), &[("Host", &localhost)]).status(),
        200
    );

    // Replay needs the token in its header: the cookie alone (a form on another site) is refused.
    let replay = support::http()
        .post(format!("{}/_bchook/replay", l.url))
        .header("Cookie", "bchook_token=t0k3n")
        .body(r#"{"seq": 1, "url": "http://127.0.0.1:9/"}"#)
        .send()
        .unwrap();
    assert_eq!(replay.status(), 403);

    // What a browser asks for around a page opened without its token: its tab's icon.
    assert_eq!(get(&format!("{}/favicon.ico", l.url), &[]).status(), 404);

    post(&l.url, &[], bc_body("store/order/created", 1));
    let out = l.stop();
    let saved = ndjson(&std::fs::read_to_string(&file).unwrap());
    assert_eq!(saved.len(), 1, "only the callback: {saved:?}");
    assert!(
        out.stdout.lines().all(|line| !line.contains("/_bchook/")),
        "{}",
        out.stdout
    );
}

/// With --save, the page starts with what the file already holds (a viewer for a captured
/// session), then goes on with the new ones.
#[test]
fn the_page_starts_with_the_save_file() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("saved.ndjson");
    let save = ["--compact", "--save", file.to_str().unwrap()];
    let l = Listener::start(home.path(), &save);
    post(&l.url, &[], bc_body("store/order/created", 1));
    post(&l.url, &[], bc_body("store/order/created", 2));
    l.stop();

    let l = Listener::start(
        home.path(),
        &[&save[..], &["--ui", "--ui-token", "t"]].concat(),
    );
    post(&l.url, &[], bc_body("store/order/created", 3));
    let polled: Value = get(
        &format!("{}/_bchook/callbacks?after=0", l.url),
        &[("X-Bchook-Token", "t")],
    )
    .json()
    .unwrap();
    let raw: Value = get(
        &format!("{}/_bchook/raw?seq=1", l.url),
        &[("X-Bchook-Token", "t")],
    )
    .json()
    .unwrap();
    l.stop();
    let seqs: Vec<u64> = polled["callbacks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["seq"].as_u64().unwrap())
        .collect();
    assert_eq!(seqs, [1, 2, 3]);
    assert_eq!(polled["skipped"], 0);
    let raw = raw["raw_b64"].as_str().unwrap();
    use base64::Engine;
    assert_eq!(
        base64::engine::general_purpose::STANDARD
            .decode(raw)
            .unwrap(),
        bc_body("store/order/created", 1).as_bytes(),
        "the exact bytes, for copy as curl"
    );
}

/// The page names the --save file when it falls behind (the file the skipped callbacks are in),
/// escaped: a file name is the user's text inside the page.
#[test]
fn the_page_names_the_save_file_and_a_token_must_be_plain() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("a \"<b>\" & c.ndjson");
    let l = Listener::start(
        home.path(),
        &["--ui", "--ui-token", "t", "--save", file.to_str().unwrap()],
    );
    let page = get(&format!("{}/_bchook/?token=t", l.url), &[])
        .text()
        .unwrap();
    l.stop();
    let escaped = format!(
        "{}/a &quot;&lt;b&gt;&quot; &amp; c.ndjson",
        home.path().display()
    );
    assert!(
        page.contains(&format!(r#"<meta name="bchook-save" content="{escaped}">"#)),
        "{page}"
    );

    // A fixed token goes into a URL, a cookie and the page: plain characters, and not empty.
    for bad in ["", "a;b", "x\"y"] {
        let out = support::bchook(home.path())
            .args(["listen", "--port", "0", "--ui", "--ui-token", bad])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(
            support::stderr_of(&out).contains(&format!(
                "{bad:?} cannot be the page's token: use letters, digits, '-', '.', '_' or '~'"
            )),
            "{}",
            support::stderr_of(&out)
        );
    }
}

/// A WebDriver session on chromedriver, over its HTTP API.
struct Browser {
    driver: Child,
    session: String,
    http: reqwest::blocking::Client,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// None (the test is skipped, loudly) when chromium is not installed, except in CI.
    fn start() -> Option<Browser> {
        let installed = std::path::Path::new("/usr/bin/chromedriver").exists()
            && std::path::Path::new("/usr/bin/chromium").exists();
        if !installed {
            assert_ne!(
                std::env::var("CI").as_deref(),
                Ok("true"),
                "CI=true but chromium/chromium-driver are missing: .ci/run must install them"
            );
            eprintln!(
                "\n!!! SKIPPED the browser test: apt-get install chromium chromium-driver !!!\n"
            );
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new("/usr/bin/chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let http = support::http_builder()
            .timeout(Duration::from_secs(60))
            .build()
            .unwrap();
        let profile = tempfile::tempdir().unwrap();
        let base = format!("http://127.0.0.1:{port}");
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:loggingPrefs": {"browser": "ALL"},
            "goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                format!("--user-data-dir={}", profile.path().display()), "--window-size=1200,800"]}}}});
        let deadline = Instant::now() + Duration::from_secs(20);
        let session = loop {
            match http
                .post(format!("{base}/session"))
                .json(&capabilities)
                .send()
            {
                Ok(r) => {
                    break r.json::<Value>().unwrap()["value"]["sessionId"]
                        .as_str()
                        .unwrap()
                        .to_string();
                }
                Err(_) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(100))
                }
                Err(e) => panic!("chromedriver did not start: {e}"),
            }
        };
        Some(Browser {
            driver,
            session: format!("{base}/session/{session}"),
            http,
            _profile: profile,
        })
    }

    fn call(&self, method: &str, path: &str, body: Value) -> Value {
        let url = format!("{}{path}", self.session);
        let req = match method {
            "GET" => self.http.get(url),
            _ => self.http.post(url).json(&body),
        };
        req.send().unwrap().json::<Value>().unwrap()["value"].clone()
    }

    fn go(&self, url: &str) {
        self.call("POST", "/url", json!({"url": url}));
    }

    fn script(&self, js: &str) -> Value {
        self.call("POST", "/execute/sync", json!({"script": js, "args": []}))
    }

    /// Waits (up to 10 s) until `js` is true in the page.
    fn wait(&self, js: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.script(&format!("return !!({js})")) != json!(true) {
            assert!(Instant::now() < deadline, "the page never had: {js}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn element(&self, css: &str) -> String {
        let found = self.call(
            "POST",
            "/element",
            json!({"using": "css selector", "value": css}),
        );
        found
            .as_object()
            .unwrap()
            .values()
            .next()
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    }

    /// Clicks the element; found again when the page redrew it between finding and clicking
    /// (the list is redrawn at every poll).
    fn click(&self, css: &str) {
        for _ in 0..20 {
            let id = self.element(css);
            let answer = self.call("POST", &format!("/element/{id}/click"), json!({}));
            if answer["error"] != "stale element reference" {
                assert!(answer["error"].is_null(), "click on {css}: {answer}");
                return;
            }
        }
        panic!("{css} was redrawn at every try");
    }

    fn type_into(&self, css: &str, text: &str) {
        let id = self.element(css);
        self.call(
            "POST",
            &format!("/element/{id}/value"),
            json!({"text": text}),
        );
    }

    fn console_errors(&self) -> Vec<Value> {
        let logs = self.call("POST", "/se/log", json!({"type": "browser"}));
        logs.as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .filter(|e| e["level"] == "SEVERE")
            .collect()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.http.delete(&self.session).send();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

#[test]
fn the_page_in_a_real_browser_lists_filters_shows_copies_as_curl_and_replays() {
    let Some(browser) = Browser::start() else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("saved.ndjson");
    let l = Listener::start(
        home.path(),
        &["--compact", "--ui", "--save", file.to_str().unwrap()],
    );
    let url = inspector_url(&l);
    let order = bc_body("store/order/created", 250);
    post(
        &format!("{}/hooks", l.url),
        &[("Content-Type", "application/json")],
        order.clone(),
    );

    browser.go(&url);
    browser.wait("document.querySelectorAll('tr[data-seq]').length === 1");
    // Live: a callback sent after the page loaded shows without a reload.
    post(
        &format!("{}/ecwid", l.url),
        &[],
        r#"{"eventType":"order.created","storeId":1003,"eventId":"e1","entityId":7}"#,
    );
    browser.wait("document.querySelectorAll('tr[data-seq]').length === 2");
    assert_eq!(
        browser.script(
            "return [...document.querySelectorAll('tr[data-seq]')].map(r => r.dataset.event)"
        ),
        json!(["order.created", "store/order/created"]),
        "newest first"
    );

    browser.type_into("#filter", "ecwid");
    browser
        .wait("[...document.querySelectorAll('tr[data-seq]')].filter(r => !r.hidden).length === 1");
    browser.script("const f = document.getElementById('filter'); f.value = ''; f.dispatchEvent(new Event('input')); return 0");

    // Keyboard: j/down moves the selection, `/` goes to the filter.
    browser.script("document.activeElement.blur(); document.dispatchEvent(new KeyboardEvent('keydown', {key: 'j'})); return 0");
    browser.wait("document.querySelector('tr.selected') && document.querySelector('tr.selected').dataset.seq === '2'");
    browser.script(
        "document.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowDown'})); return 0",
    );
    browser.wait("document.querySelector('tr.selected').dataset.seq === '1'");
    browser.script("document.dispatchEvent(new KeyboardEvent('keydown', {key: '/'})); return 0");
    browser.wait("document.activeElement.id === 'filter'");
    browser.script("document.activeElement.blur(); return 0");

    browser.click("tr[data-seq='1']");
    browser.wait("document.querySelector('#detail details') !== null");
    let detail = browser
        .script("return document.getElementById('detail').innerText")
        .as_str()
        .unwrap()
        .to_string();
    assert!(detail.contains("signature absent"), "{detail}");
    assert!(
        detail.contains("content-type: application/json"),
        "{detail}"
    );
    assert!(detail.contains("\"store/order/created\""), "{detail}");

    // Copy as curl: the command re-sends the exact bytes.
    browser.wait("document.querySelector('[data-curl]').textContent.startsWith('curl')");
    let command = browser.script("return document.querySelector('[data-curl]').textContent");
    let status = Command::new("sh")
        .arg("-c")
        .arg(command.as_str().unwrap())
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    // Replay to a URL typed in.
    let app = FakeApi::start(|_, _| Reply::text(202, "thanks"));
    browser.type_into("input[name='replay-url']", &app.url);
    browser.click("[data-action='replay']");
    browser.wait("document.getElementById('replay-answer').textContent.startsWith('202')");
    assert_eq!(app.requests()[0].body, order);
    assert_eq!(app.requests()[0].path, "/hooks");

    // A burst while the page is open: every callback saved.
    let workers: Vec<_> = (0..4)
        .map(|w| {
            let url = l.url.clone();
            std::thread::spawn(move || {
                for i in 0..500 {
                    post(
                        &url,
                        &[],
                        bc_body("store/product/updated", 1000 + w * 500 + i),
                    );
                }
            })
        })
        .collect();
    workers.into_iter().for_each(|w| w.join().unwrap());
    // Every one is saved; the page was sent them, less any it skipped for falling behind (it
    // counts those), and keeps the newest 1,000 at most, the newest on top.
    browser.wait("received + missed === 2003");
    let shown = browser.script(
        "return [callbacks.size, received, \
                 document.querySelector('tr[data-seq]').dataset.seq, \
                 document.getElementById('status').textContent, \
                 document.querySelectorAll('tr[data-seq]').length]",
    );
    let received = shown[1].as_u64().unwrap();
    assert_eq!(shown[0], json!(received.min(1000)), "{shown}");
    assert_eq!(shown[2], json!("2003"));
    if received > 1000 {
        assert!(
            shown[3].as_str().unwrap().contains("the newest 1000 shown"),
            "{shown}"
        );
    }
    if received < 2003 {
        let has_them = format!("the page fell behind; {} has them", file.display());
        assert!(shown[3].as_str().unwrap().contains(&has_them), "{shown}");
    }
    // Only the rows in view are drawn; scrolled to the bottom, the list ends with the oldest kept.
    assert!(shown[4].as_u64().unwrap() < 100, "{shown}");
    browser.script(
        "const p = document.getElementById('list-pane'); p.scrollTop = p.scrollHeight; return 0",
    );
    browser.wait(
        "[...document.querySelectorAll('tr[data-seq]')].pop().dataset.seq === String(callbacks.keys().next().value)",
    );
    let bottom = browser.script(
        "const p = document.getElementById('list-pane'), r = p.getBoundingClientRect(); \
         const last = [...document.querySelectorAll('tr[data-seq]')].pop().getBoundingClientRect(); \
         return [r.top <= last.top, last.bottom <= r.bottom + 1]",
    );
    assert_eq!(bottom, json!([true, true]), "the oldest row is on screen");

    // Someone reading further down keeps their rows in place while new ones arrive on top.
    let top_row = "const p = document.getElementById('list-pane').getBoundingClientRect(); \
        const h = document.querySelector('#list thead').getBoundingClientRect().height; \
        const tr = document.elementFromPoint(p.left + 20, p.top + h + 4).closest('tr'); \
        return tr && tr.dataset.seq";
    browser.script("document.getElementById('list-pane').scrollTop = 300 * rowHeight; return 0");
    browser.wait("[...document.querySelectorAll('tr[data-seq]')].some(r => r.dataset.seq === String(2003 - 300))");
    let reading = browser.script(top_row);
    for i in 0..20 {
        post(&l.url, &[], bc_body("store/order/updated", 5000 + i));
    }
    browser.wait("received + missed === 2023");
    browser.wait("shown[0] === 2023 && !drawPending");
    assert_eq!(browser.script(top_row), reading, "the row being read moved");
    // The keyboard brings the row it selects into view, wherever the list was scrolled.
    browser.script("const p = document.getElementById('list-pane'); p.scrollTop = p.scrollHeight; document.activeElement.blur(); return 0");
    browser.script("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'j'})); return 0");
    browser.wait(
        "(() => { const tr = document.querySelector('tr.selected'); if (!tr) return false; \
           const p = document.getElementById('list-pane').getBoundingClientRect(), r = tr.getBoundingClientRect(); \
           return r.top >= p.top && r.bottom <= p.bottom && tr.dataset.seq === String(shown[0]); })()",
    );

    // Hidden (a background tab), the page asks for nothing; shown again, it catches up.
    let visibility = |hidden: bool| {
        browser.script(&format!(
            "Object.defineProperty(document, 'hidden', {{value: {hidden}, configurable: true}}); \
             document.dispatchEvent(new Event('visibilitychange')); return 0"
        ))
    };
    visibility(true);
    browser.wait("paused");
    for i in 0..5 {
        post(&l.url, &[], bc_body("store/order/updated", 6000 + i));
    }
    std::thread::sleep(Duration::from_millis(1200)); // a shown page polls every 400-800 ms
    assert_eq!(browser.script("return received + missed"), json!(2023));
    visibility(false);
    browser.wait("received + missed === 2028");

    let same_origin = browser.script(
        "return performance.getEntriesByType('resource').every(e => e.name.startsWith(location.origin + '/_bchook/'))",
    );
    assert_eq!(
        same_origin,
        json!(true),
        "nothing fetched outside /_bchook/"
    );
    assert_eq!(browser.console_errors(), Vec::<Value>::new());
    l.stop();

    let saved = ndjson(&std::fs::read_to_string(&file).unwrap());
    assert_eq!(
        saved.len(),
        2028,
        "the two, the curl copy, the burst, 25 more; no page request"
    );
    assert!(saved.iter().all(
        |r| !r["path"].as_str().unwrap().starts_with("/_bchook") && r["path"] != "/favicon.ico"
    ));
    let (first, copy) = (&saved[0], &saved[2]);
    for field in ["method", "path", "body", "body_text", "body_b64"] {
        assert_eq!(
            first.get(field),
            copy.get(field),
            "curl copy differs in {field}"
        );
    }
}

/// A session's worth of callbacks is drawn whole: every row is in the page, for the browser's
/// find and for tests that look one up by `data-seq`; only a long list draws just what is in view.
#[test]
fn a_short_list_is_drawn_whole() {
    let Some(browser) = Browser::start() else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let l = Listener::start(home.path(), &["--compact", "--ui", "--ui-token", "t"]);
    for i in 0..150 {
        post(&l.url, &[], bc_body("store/order/created", i));
    }
    browser.go(&format!("{}/_bchook/?token=t", l.url));
    browser.wait("document.querySelectorAll('tr[data-seq]').length === 150");
    let ends = browser.script(
        "const rows = document.querySelectorAll('tr[data-seq]'); \
         return [rows[0].dataset.seq, rows[149].dataset.seq, document.querySelectorAll('tr.spacer').length]",
    );
    assert_eq!(ends, json!(["150", "1", 0]));
    l.stop();
}

/// The detail pane leads with headers and body; raw is the bytes as received; copy as curl
/// copies a readable command (base64 only for bytes that need it) with or without
/// navigator.clipboard; the filter searches every column and counts; the answer column says
/// what listen and the app answered; the receiver's URL has a copy button.
#[test]
fn the_detail_pane_copies_and_the_filter_covers_every_column() {
    let Some(browser) = Browser::start() else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("saved.ndjson");
    let app = FakeApi::start(|r, _| match r.path.as_str() {
        "/broken" => Reply::text(500, "no"),
        _ => Reply::text(200, "ok"),
    });
    let l = Listener::start(
        home.path(),
        &[
            "--compact",
            "--ui",
            "--ui-token",
            "t",
            "--status",
            "202",
            "--secret",
            "s3cret-key",
            "--forward-to",
            &app.url,
            "--save",
            file.to_str().unwrap(),
        ],
    );
    let text = "{\"note\":  \"it's \u{fc}n\u{ef}code\",\n \"n\": 1}";
    post(&format!("{}/text", l.url), &[], text);
    let bytes: &[u8] = b"\xff\xfe binary";
    post(&format!("{}/bytes", l.url), &[], bytes);
    post(
        &format!("{}/broken", l.url),
        &[
            ("webhook-id", "msg_1"),
            ("webhook-timestamp", "1700000000"),
            ("webhook-signature", "v1,AAAA"),
        ],
        bc_body("store/order/created", 5),
    );
    browser.go(&format!("{}/_bchook/?token=t", l.url));
    browser.wait("document.querySelectorAll('tr[data-seq]').length === 3");

    // The answer column: listen's status, and the app's.
    let answers = browser.script(
        "return [...document.querySelectorAll('tr[data-seq]')].map(r => [r.cells[10].textContent, r.cells[10].className])",
    );
    assert_eq!(
        answers,
        json!([
            ["202 · app 500", "failed"],
            ["202 · app 200", ""],
            ["202 · app 200", ""]
        ])
    );

    // The filter searches what the columns say, and counts.
    let filter = |q: &str| {
        browser.script(&format!(
            "const f = document.getElementById('filter'); f.value = {q:?}; f.dispatchEvent(new Event('input')); return 0"
        ));
    };
    filter("invalid");
    browser.wait(
        "shown.length === 1 && document.getElementById('status').textContent.startsWith('1 of 3 callbacks')",
    );
    filter("app 500");
    browser.wait(
        "shown.length === 1 && shown[0] === 3 && !drawPending && \
         document.querySelectorAll('tr[data-seq]').length === 1",
    );
    browser.click("tr[data-seq='3']");
    browser.wait("selected === 3");
    filter("nothing-like-this");
    browser.wait("!document.getElementById('no-match').hidden");
    assert_eq!(
        browser.script(
            "return [document.getElementById('no-match').textContent, selected, location.hash, \
             document.querySelector('#detail .hint') !== null]"
        ),
        json!([
            "No callbacks match \u{201c}nothing-like-this\u{201d}.",
            null,
            "",
            true
        ]),
        "a selection the filter hides is cleared"
    );
    filter("");
    browser.wait(
        "shown.length === 3 && !drawPending && document.querySelectorAll('tr[data-seq]').length === 3",
    );

    // Headers and body lead; raw is the exact text received.
    browser.click("tr[data-seq='1']");
    browser.wait(
        "document.querySelector('[data-raw]') && document.querySelector('[data-raw]').textContent !== ''",
    );
    let order = browser.script(
        "return [...document.querySelectorAll('#detail h3')].map(h => h.textContent.split(' ')[0])",
    );
    assert_eq!(order, json!(["callback", "headers", "body", "raw", "send"]));
    assert_eq!(
        browser.script("return document.querySelector('[data-raw]').textContent"),
        json!(text)
    );
    // Copy as curl: readable for UTF-8, and it sends the same bytes.
    let command = browser.script("return document.querySelector('[data-curl]').textContent");
    let command = command.as_str().unwrap().to_string();
    assert!(
        command.starts_with("curl -sS -X POST ") && command.contains(" --data-raw '{\"note\""),
        "{command}"
    );
    let sh = |command: &str| {
        let status = Command::new("sh")
            .arg("-c")
            .arg(command)
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "{command}");
    };
    sh(&command);
    let clicked_says = |words: &str| {
        browser.click("[data-action='copy-curl']");
        browser.wait(&format!(
            "document.querySelector('[data-action=\"copy-curl\"]').textContent === {words:?}"
        ));
    };
    browser.script(
        "window.copied = null; Object.defineProperty(navigator, 'clipboard', {configurable: true, \
         value: {writeText: (t) => { window.copied = t; return Promise.resolve(); }}}); return 0",
    );
    clicked_says("copied");
    assert_eq!(browser.script("return window.copied"), json!(command));

    // No navigator.clipboard: selected in a field and copied.
    browser.script(
        "Object.defineProperty(navigator, 'clipboard', {configurable: true, value: undefined}); \
         window.copied = null; document.execCommand = (c) => { window.copied = c === 'copy' && \
         document.getElementById('clipboard').value; return true; }; return 0",
    );
    browser.click("tr[data-seq='2']");
    browser.wait(
        "document.querySelector('[data-curl]').textContent !== '' && selected === 2 && \
         !document.querySelector('[data-action=\"copy-curl\"]').disabled",
    );
    clicked_says("copied");
    let binary = browser.script("return document.querySelector('[data-curl]').textContent");
    assert_eq!(browser.script("return window.copied"), binary);
    assert!(
        binary.as_str().unwrap().starts_with("printf %s '"),
        "{binary}"
    );
    assert_eq!(
        browser.script("return document.querySelector('[data-raw]').textContent"),
        json!("\\xff\\xfe binary"),
        "bytes that are not UTF-8, escaped"
    );
    sh(binary.as_str().unwrap());
    // Copying refused everywhere: the command is left selected for Ctrl+C.
    browser.script("document.execCommand = () => false; return 0");
    clicked_says("selected: press Ctrl+C");
    assert_eq!(browser.script("return getSelection().toString()"), binary);

    // The receiver's URL, with its copy button.
    assert_eq!(
        browser.script("return document.getElementById('receiver').textContent"),
        json!(format!("{}/", l.url))
    );
    browser.script(
        "window.copied = null; document.execCommand = (c) => { window.copied = \
         document.getElementById('clipboard').value; return true; }; return 0",
    );
    browser.click("[data-action='copy-url']");
    browser.wait("window.copied !== null");
    assert_eq!(
        browser.script("return window.copied"),
        json!(format!("{}/", l.url))
    );
    assert_eq!(browser.console_errors(), Vec::<Value>::new());
    l.stop();

    // The two curl copies arrived as the originals did.
    let saved = ndjson(&std::fs::read_to_string(&file).unwrap());
    assert_eq!(saved.len(), 5, "{saved:?}");
    for (original, copy) in [(&saved[0], &saved[3]), (&saved[1], &saved[4])] {
        for field in ["method", "path", "body", "body_text", "body_b64"] {
            assert_eq!(original.get(field), copy.get(field), "{field}");
        }
    }
}
