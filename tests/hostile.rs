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

/// `listen --compact --save FILE ARGS` in a new folder.
fn saving(args: &[&str]) -> (tempfile::TempDir, std::path::PathBuf, Listener) {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("calls.ndjson");
    let mut all = vec!["--compact", "--save", file.to_str().unwrap()];
    all.extend_from_slice(args);
    let l = Listener::start(home.path(), &all);
    (home, file, l)
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

/// Sends one small callback on a kept-alive connection and returns how long its answer took.
fn timed_callback(stream: &mut TcpStream, i: usize) -> Duration {
    let body = format!("{{\"n\":{i}}}");
    let request = format!(
        "POST /fast/{i} HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let started = std::time::Instant::now();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = [0u8; 256];
    let n = stream.read(&mut answer).unwrap();
    assert!(
        answer[..n].starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&answer[..n])
    );
    started.elapsed()
}

/// One sender trickles a 64 KB body over 5 s; 200 callbacks on other connections are each
/// answered within 50 ms meanwhile (they waited 5 s behind it when the answering thread read
/// bodies), and the slow one is saved whole when it ends.
#[test]
fn one_slow_sender_never_delays_another() {
    let (_home, file, l) = saving(&[]);
    let addr = addr_of(&l);
    let slow = {
        let addr = addr.clone();
        std::thread::spawn(move || {
            let mut s = TcpStream::connect(&addr).unwrap();
            let body = vec![b'a'; 65_536];
            s.write_all(b"POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 65536\r\n\r\n")
                .unwrap();
            for piece in body.chunks(65_536 / 50) {
                s.write_all(piece).unwrap();
                std::thread::sleep(Duration::from_millis(100));
            }
            s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
            let mut answer = [0u8; 64];
            let n = s.read(&mut answer).unwrap_or(0);
            String::from_utf8_lossy(&answer[..n]).into_owned()
        })
    };
    std::thread::sleep(Duration::from_millis(300)); // the slow body is under way
    let mut connections: Vec<TcpStream> = (0..4)
        .map(|_| {
            let s = TcpStream::connect(&addr).unwrap();
            s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
            s
        })
        .collect();
    let mut slowest = Duration::ZERO;
    for i in 0..200 {
        slowest = slowest.max(timed_callback(&mut connections[i % 4], i));
    }
    assert!(!slow.is_finished(), "the slow body should still be coming");
    assert!(
        slowest < Duration::from_millis(50),
        "a callback waited {slowest:?} behind a slow sender"
    );
    assert!(slow.join().unwrap().starts_with("HTTP/1.1 200"));
    drop(connections);
    let out = l.stop();
    assert!(
        out.stderr.contains("Received 201 callbacks"),
        "{}",
        out.stderr
    );
    let slow_line = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|r| r["path"] == "/slow")
        .expect("the slow callback is saved");
    assert_eq!(slow_line["body_text"].as_str().unwrap().len(), 65_536);
    assert!(slow_line.get("truncated").is_none_or(|t| t == false));
}

/// What a sender claims costs nothing: a 60-byte request claiming a gibibyte gets 413 at once,
/// a head past 64 KB gets 431, and neither is saved or grows the receiver's memory.
#[test]
fn memory_is_bounded_by_limits_not_by_claims() {
    let (_home, file, l) = saving(&[]);
    let addr = addr_of(&l);
    let claim = b"POST /claim HTTP/1.1\r\nHost: x\r\nContent-Length: 1073741824\r\n\r\n{}";
    assert!(exchange(&addr, claim, 5).starts_with("HTTP/1.1 413"));
    let mut head = b"POST /head HTTP/1.1\r\nHost: x\r\nX-Big: ".to_vec();
    head.extend(std::iter::repeat_n(b'a', 4 << 20));
    head.extend_from_slice(b"\r\nContent-Length: 2\r\n\r\n{}");
    assert!(exchange(&addr, &head, 5).starts_with("HTTP/1.1 431"));
    let chunked = [
        &b"POST /chunks HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"[..],
        &b"100000\r\n"[..],
        &vec![b'a'; 0x100000][..],
        b"\r\n1\r\nb\r\n0\r\n\r\n",
    ]
    .concat();
    assert!(exchange(&addr, &chunked, 5).starts_with("HTTP/1.1 413"));
    assert!(post(&format!("{}/ok", l.url), &[], "{}") == 200);
    let peak = l.peak_rss();
    let out = l.stop();
    let saved = std::fs::read_to_string(&file).unwrap();
    assert_eq!(saved.lines().count(), 1, "only /ok is saved: {saved:.300}");
    assert!(saved.contains("\"path\":\"/ok\""));
    assert!(
        peak < 64 << 20,
        "peak RSS {} MB through a gibibyte claim and a 4 MB head",
        peak >> 20
    );
    assert!(
        out.stderr
            .contains("body of 1073741824 bytes is over --max-body"),
        "{}",
        out.stderr
    );
}

/// Requests HTTP does not allow get one answer each (400, or 501 for an unknown coding), are
/// not saved, and the next good callback is answered 200.
#[test]
fn malformed_http_gets_one_correct_answer_and_is_not_saved() {
    let (_home, file, l) = saving(&[]);
    let addr = addr_of(&l);
    let cases: [(&str, &[u8], &str); 8] = [
        (
            "a bad chunk size",
            b"POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n",
            "400",
        ),
        ("Content-Length: -5", b"POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n{}", "400"),
        ("Content-Length: abc", b"POST /c HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}", "400"),
        (
            "two Content-Lengths",
            b"POST /d HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}x",
            "400",
        ),
        (
            "Content-Length beside chunked",
            b"POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
            "400",
        ),
        ("gzip coding", b"POST /f HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n{}", "501"),
        ("invalid UTF-8 in a header", b"POST /g HTTP/1.1\r\nHost: x\r\nX-A: \xff\xfe\r\nContent-Length: 2\r\n\r\n{}", "400"),
        ("invalid UTF-8 in the path", b"POST /h\xff HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}", "400"),
    ];
    for (what, request, status) in cases {
        let answer = exchange(&addr, request, 5);
        assert!(
            answer.starts_with(&format!("HTTP/1.1 {status}")),
            "{what}: {answer:?}"
        );
        assert_eq!(
            answer.matches("HTTP/1.1 ").count(),
            1,
            "{what}: one answer, got {answer:?}"
        );
    }
    let equal = b"POST /same HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
    assert!(
        exchange(&addr, equal, 5).starts_with("HTTP/1.1 200"),
        "the same length twice is one length"
    );
    assert_eq!(post(&format!("{}/good", l.url), &[], "{}"), 200);
    l.stop();
    let paths: Vec<String> = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["path"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(paths, ["/same", "/good"]);
}

/// A small tmpfs at `dir`, unmounted when dropped; None (with a loud message) when this is not
/// root or mounting is refused.
struct SmallDisk(std::path::PathBuf);

impl SmallDisk {
    fn mount(dir: &std::path::Path, size: &str) -> Option<SmallDisk> {
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            eprintln!(
                "\n!!! SKIPPED: a full disk needs a small tmpfs, and `mount` was refused (run as root; CI does)\n"
            );
            return None;
        }
        Some(SmallDisk(dir.to_path_buf()))
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

fn lines_of(path: &std::path::Path) -> Vec<serde_json::Value> {
    let text = std::fs::read(path).unwrap();
    assert!(
        text.is_empty() || text.ends_with(b"\n"),
        "the file ends with a whole line"
    );
    String::from_utf8(text)
        .expect("UTF-8 lines")
        .lines()
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("a broken line ({e}): {l:.200}"))
        })
        .collect()
}

/// A full disk: every callback answered 200 is on disk, every one that is not is answered 500
/// and said `"saved": false`, the file stays whole lines (replay reads it), the notes say so once
/// and say when saving works again, and the summary counts the unsaved apart.
#[test]
fn a_full_disk_leaves_whole_lines_and_answers_500() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("disk");
    std::fs::create_dir(&dir).unwrap();
    let Some(_disk) = SmallDisk::mount(&dir, "256k") else {
        return;
    };
    let file = dir.join("calls.ndjson");
    let filler = dir.join("filler");
    std::fs::write(&filler, vec![b'x'; 150 * 1024]).unwrap();
    let l = Listener::start(home.path(), &["--json", "--save", file.to_str().unwrap()]);
    let body = format!("{{\"pad\":\"{}\"}}", "p".repeat(3000));
    let mut answers = Vec::new();
    for i in 0..60 {
        let status = post(&format!("{}/n/{i}", l.url), &[], body.clone());
        answers.push((format!("/n/{i}"), status));
    }
    assert!(
        answers.iter().any(|(_, s)| *s == 500),
        "the disk filled up: {answers:?}"
    );
    std::fs::remove_file(&filler).unwrap();
    assert_eq!(post(&format!("{}/after", l.url), &[], "{}"), 200);
    let printed = l.wait_for_lines(61, 10);
    let out = l.stop();

    let saved: Vec<String> = lines_of(&file)
        .iter()
        .map(|r| r["path"].as_str().unwrap().to_string())
        .collect();
    let answered_200: Vec<String> = answers
        .iter()
        .filter(|(_, s)| *s == 200)
        .map(|(p, _)| p.clone())
        .chain(["/after".to_string()])
        .collect();
    assert_eq!(
        saved, answered_200,
        "on disk: exactly the callbacks answered 200"
    );
    let unsaved = answers.iter().filter(|(_, s)| *s == 500).count();
    let said_unsaved = printed
        .iter()
        .filter(|l| l.contains("\"saved\":false"))
        .count();
    assert_eq!(said_unsaved, unsaved, "each unsaved --json line says so");
    assert_eq!(
        out.stderr.matches("could not save callback").count(),
        1,
        "said once: {}",
        out.stderr
    );
    assert!(
        out.stderr.contains(&format!("{unsaved} callbacks from")),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains(&format!("{unsaved} of them were not saved (answered 500)")),
        "{}",
        out.stderr
    );
    let replay = support::bchook(home.path())
        .args([
            "replay",
            file.to_str().unwrap(),
            "--to",
            "http://127.0.0.1:9/",
            "--seq",
            "1",
        ])
        .output()
        .unwrap();
    assert!(
        !support::stderr_of(&replay).contains("is not a callback saved"),
        "replay reads the file: {}",
        support::stderr_of(&replay)
    );
}

/// One writer per file: a second `listen --save` on a file in use exits 2, naming it. A file
/// deleted while listening is noticed and made again, never written into a deleted inode.
#[test]
fn one_writer_per_save_file_and_a_deleted_one_is_made_again() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("calls.ndjson");
    let save = ["--compact", "--save", file.to_str().unwrap()];
    let l = Listener::start(home.path(), &save);
    let second = support::bchook(home.path())
        .args(["listen", "--port", "0"])
        .args(save)
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(2));
    assert!(
        support::stderr_of(&second).contains(&format!(
            "{} is being written by another `bchook listen`",
            file.display()
        )),
        "{}",
        support::stderr_of(&second)
    );
    let paths = |file: &std::path::Path| -> Vec<String> {
        lines_of(file)
            .iter()
            .map(|r| r["path"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(post(&format!("{}/one", l.url), &[], "{}"), 200);
    std::fs::remove_file(&file).unwrap();
    std::thread::sleep(Duration::from_millis(20)); // the path is checked every millisecond
    assert_eq!(post(&format!("{}/two", l.url), &[], "{}"), 200);
    assert_eq!(paths(&file), ["/two"], "deleted: made again");
    // Replaced by a rename: the new file is written, not the old inode.
    let other = home.path().join("other.ndjson");
    std::fs::write(&other, "").unwrap();
    std::fs::rename(&other, &file).unwrap();
    std::thread::sleep(Duration::from_millis(20));
    assert_eq!(post(&format!("{}/three", l.url), &[], "{}"), 200);
    let out = l.stop();
    assert_eq!(
        paths(&file),
        ["/three"],
        "replaced: the new file is written"
    );
    assert_eq!(
        out.stderr
            .matches("was deleted or replaced while listening")
            .count(),
        2,
        "{}",
        out.stderr
    );
}

/// Bytes are kept exactly: JSON with invalid UTF-8 inside a string is saved with body_b64, and
/// replay sends the same 11 bytes (it sent 17, with replacement characters).
#[test]
fn invalid_utf8_inside_json_is_kept_byte_for_byte() {
    use base64::Engine;
    let (home, file, l) = saving(&[]);
    let body = b"{\"a\":\"\xff\xfe\xfd\"}".to_vec();
    assert_eq!(body.len(), 11);
    assert_eq!(post(&format!("{}/x", l.url), &[], body.clone()), 200);
    l.stop();
    let saved = lines_of(&file);
    let b64 = saved[0]["body_b64"].as_str().expect("body_b64");
    assert_eq!(
        base64::engine::general_purpose::STANDARD
            .decode(b64)
            .unwrap(),
        body
    );

    // Replayed into a second receiver, which keeps what it got.
    let again = home.path().join("again.ndjson");
    let l = Listener::start(
        home.path(),
        &["--compact", "--save", again.to_str().unwrap()],
    );
    support::bchook(home.path())
        .args(["replay", file.to_str().unwrap(), "--to", &l.url])
        .assert()
        .success();
    l.stop();
    let b64 = lines_of(&again)[0]["body_b64"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        base64::engine::general_purpose::STANDARD
            .decode(b64)
            .unwrap(),
        body
    );
}

/// SIGTERM while the `--forward-to` app hangs: the receiver stops taking callbacks at once,
/// gives the app a few seconds, says how many were not forwarded, and exits (it waited 30 s for
/// each queued callback). Everything answered is saved.
#[test]
fn stopping_is_prompt_when_the_app_hangs() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("calls.ndjson");
    let app = support::black_hole();
    let l = Listener::start(
        home.path(),
        &[
            "--compact",
            "--forward-to",
            &app,
            "--save",
            file.to_str().unwrap(),
        ],
    );
    for i in 0..20 {
        assert_eq!(post(&format!("{}/n/{i}", l.url), &[], "{}"), 200);
    }
    let addr = addr_of(&l);
    let started = std::time::Instant::now();
    l.signal("TERM");
    let out = l.wait(30);
    let took = started.elapsed();
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(took < Duration::from_secs(8), "stopping took {took:?}");
    assert!(
        out.stderr
            .contains("20 callbacks were not forwarded (all that were answered 2xx are saved)"),
        "{}",
        out.stderr
    );
    assert_eq!(lines_of(&file).len(), 20, "all saved");
    assert!(TcpStream::connect(&addr).is_err(), "the port is closed");
}

/// `--ui --save` on a large file: the page gets the newest 1,000 callbacks, read from the end,
/// and memory stays small (a 1 GB file took 3.3 GB, read whole while connections waited).
#[test]
fn the_page_reads_only_the_end_of_a_large_save_file() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("big.ndjson");
    {
        let mut out = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
        let pad = "x".repeat(2_000);
        for seq in 1..=60_000 {
            writeln!(
                out,
                r#"{{"seq":{seq},"received_at":"2026-12-06T10:00:00.000Z","method":"POST","path":"/","query":null,"headers":{{}},"body":{{"pad":"{pad}"}},"body_text":null,"platform":"unknown","event":null,"store":null,"entity_id":null,"signature":"absent","signature_error":null,"duplicate":false}}"#
            )
            .unwrap();
        }
    }
    assert!(std::fs::metadata(&file).unwrap().len() > 120 << 20);
    let l = Listener::start(
        home.path(),
        &[
            "--compact",
            "--ui",
            "--ui-token",
            "t0k",
            "--save",
            file.to_str().unwrap(),
        ],
    );
    let page = support::http()
        .get(format!("{}/_bchook/callbacks?token=t0k&after=0", l.url))
        .send()
        .unwrap();
    let status = page.status();
    let text = page.text().unwrap();
    let peak = l.peak_rss();
    l.stop();
    assert!(status.is_success(), "{status}: {text:.300}");
    let answer: serde_json::Value = serde_json::from_str(&text).unwrap();
    let seqs: Vec<u64> = answer["callbacks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["seq"].as_u64().unwrap())
        .collect();
    assert_eq!(seqs.last(), Some(&60_000), "the newest is there");
    // The page keeps 1,000 (59,001 to 60,000) and sends the newest 500 of them a poll: the
    // 59,000 before the kept ones and the 500 not sent yet are "skipped".
    assert_eq!(answer["skipped"], 59_500);
    assert!(peak < 64 << 20, "peak RSS {} MB", peak >> 20);
}

/// `--fsync`: every answer waits for the disk; a burst over several connections is answered
/// and all on disk (answered together, synced once a group). It needs --save.
#[test]
fn fsync_answers_after_the_disk_and_needs_save() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("calls.ndjson");
    let l = Listener::start(
        home.path(),
        &["--compact", "--fsync", "--save", file.to_str().unwrap()],
    );
    let clients: Vec<_> = (0..4)
        .map(|c| {
            let url = l.url.clone();
            std::thread::spawn(move || {
                (0..25)
                    .map(|i| post(&format!("{url}/c{c}/{i}"), &[], "{}"))
                    .filter(|&s| s == 200)
                    .count()
            })
        })
        .collect();
    let answered: usize = clients.into_iter().map(|c| c.join().unwrap()).sum();
    assert_eq!(answered, 100);
    assert_eq!(
        lines_of(&file).len(),
        100,
        "each answer came after its line was written"
    );
    l.stop();
    let out = support::bchook(home.path())
        .args(["listen", "--port", "0", "--fsync"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        support::stderr_of(&out).contains("--save"),
        "{}",
        support::stderr_of(&out)
    );
}

/// A `--forward-to` app that never answers does not hold printing up: each callback is printed
/// as it comes (the app's answer would follow on its own line).
#[test]
fn a_hanging_app_never_holds_printing_up() {
    let home = tempfile::tempdir().unwrap();
    let app = support::black_hole();
    let l = Listener::start(home.path(), &["--compact", "--forward-to", &app]);
    for i in 0..5 {
        assert_eq!(post(&format!("{}/n/{i}", l.url), &[], "{}"), 200);
    }
    let printed = l.wait_for_lines(5, 5);
    assert_eq!(printed.len(), 5, "printed while the app hangs: {printed:?}");
    for (i, line) in printed.iter().enumerate() {
        assert!(line.contains(&format!("POST /n/{i}")), "{line}");
    }
    l.signal("KILL");
}
