//! `listen` tried as an attacker would: a tunnel puts it on the internet, so every byte a sender
//! (or the `--forward-to` app) writes is hostile. Each test here broke a promise before it was
//! kept.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use support::{FakeApi, Listener, Reply, post};

/// Writes `bytes` on a new connection and returns everything answered until the server closes
/// it or goes quiet for `secs`.
fn exchange(addr: &str, bytes: &[u8], secs: u64) -> String {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(secs))).unwrap();
    let _ = s.write_all(bytes);
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).into_owned()
}

fn addr_of(l: &Listener) -> String {
    l.url.trim_start_matches("http://").to_string()
}

/// The control characters that are not line breaks or tabs, as `listen` must never print them.
fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| c.is_control() && c != '\n' && c != '\t')
        .collect()
}

/// ESC, BEL, CR and C1's CSI in every field a sender controls: the body (JSON strings and keys,
/// text), an Ecwid `eventType` and `storeId`, the path and query, header names and values under
/// `-v`, and the `--forward-to` app's answer. None reaches the terminal raw, in the normal,
/// `--compact` and `-v` forms; `--json` stays exact JSON.
#[test]
fn no_control_code_a_sender_writes_reaches_the_terminal() {
    let app = FakeApi::start(|_, _| Reply::text(500, "app says \x1b]0;pwned\x07 \u{9b}2J"));
    let nasty = "\\u001b]0;x\\u0007\\r\\u009b2J";
    let ecwid = format!(
        r#"{{"eventId":"e1","eventCreated":1,"storeId":"1{nasty}","entityId":7,"eventType":"order.created{nasty}","data":{{"k{nasty}":"v{nasty}"}}}}"#
    );
    for form in [&["-v"][..], &["--compact"][..], &["-v", "--compact"][..]] {
        let home = tempfile::tempdir().unwrap();
        let mut args = vec!["--forward-to", app.url.as_str()];
        args.extend_from_slice(form);
        let l = Listener::start(home.path(), &args);
        let addr = addr_of(&l);
        assert_eq!(post(&format!("{}/e", l.url), &[], ecwid.clone()), 200);
        let text = "title \x1b]0;pwned\x07 clear \x1b[2J cr \r c1 \u{9b}31m\n";
        assert_eq!(post(&format!("{}/t", l.url), &[], text), 200);
        let raw = b"POST /p\x1b[2J?q=\x07\x1b]0;t\x07 HTTP/1.1\r\nHost: x\r\nX-Evil\x1b[1m: v\x1b]0;t\x07\rz\r\nContent-Length: 2\r\n\r\n{}";
        assert!(exchange(&addr, raw, 5).starts_with("HTTP/1.1 200"));
        l.wait_for_lines(3, 10);
        std::thread::sleep(Duration::from_millis(300));
        let out = l.stop();
        for (stream, printed) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            assert_eq!(
                raw_controls(printed),
                Vec::<char>::new(),
                "{form:?}: raw control codes on {stream}:\n{printed}"
            );
        }
        assert!(
            out.stdout
                .contains(r"order.created\x1b]0;x\x07\x0d\u{9b}2J"),
            "{form:?}: the event name is shown with its controls made visible:\n{}",
            out.stdout
        );
        assert!(out.stdout.contains(r"/p\x1b[2J?q=\x07"), "{}", out.stdout);
        assert!(
            out.stderr.contains(r"order.created\x1b]0;x\x07"),
            "the summary too:\n{}",
            out.stderr
        );
        if form.contains(&"-v") {
            assert!(
                out.stdout.contains(r"x-evil\x1b[1m: v\x1b]0;t\x07"),
                "{}",
                out.stdout
            );
        }
        if !form.contains(&"--compact") {
            assert!(
                out.stdout
                    .contains(r"title \x1b]0;pwned\x07 clear \x1b[2J cr \x0d c1 \u{9b}31m")
            );
        }
        assert!(
            out.stdout.contains(r"app says \x1b]0;pwned\x07 \u{9b}2J"),
            "the forwarded answer:\n{}",
            out.stdout
        );
    }
}

/// `--json` is for programs: the exact strings, escaped as JSON escapes them.
#[test]
fn json_output_keeps_the_exact_text() {
    let home = tempfile::tempdir().unwrap();
    let l = Listener::start(home.path(), &["--json"]);
    let text = "a \x1b[2J b \u{9b} c";
    assert_eq!(post(&format!("{}/t", l.url), &[], text), 200);
    let lines = l.wait_for_lines(1, 10);
    l.stop();
    let record: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
    assert_eq!(record["body_text"], text);
}
