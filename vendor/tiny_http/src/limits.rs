//! Limits on what one connection may send, for a server that faces senders it cannot trust
//! (`Server::http_with_limits`). With limits, each connection's own thread reads a request's
//! head and its whole body, within a size and a time, before the request is handed to the
//! application: a sender that trickles its body holds only its own thread, never `recv()`.

use std::io::{BufRead, ErrorKind};
use std::time::Duration;

/// What one connection may send, and how long it may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The request line and headers together, in bytes; past it the answer is 431.
    pub max_head: usize,
    /// The body, in bytes; past it the request comes with `BodyStatus::TooLarge` and no body.
    pub max_body: u64,
    /// From a request's first byte (or a new connection's start) to the end of its head;
    /// past it the answer is 408.
    pub head_timeout: Duration,
    /// How long a body may go without a byte arriving; past it what arrived is the body,
    /// marked `BodyStatus::Truncated`.
    pub body_idle: Duration,
    /// How long a kept-alive connection may wait for its next request before it is closed.
    pub keep_alive_idle: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_head: 64 * 1024,
            max_body: 1024 * 1024,
            head_timeout: Duration::from_secs(10),
            body_idle: Duration::from_secs(10),
            keep_alive_idle: Duration::from_secs(60),
        }
    }
}

/// What became of a request's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyStatus {
    /// Read whole (or, on a server without limits, still to be read).
    Complete,
    /// The sender went away or went quiet mid-body: the body is what arrived.
    Truncated,
    /// Over `Limits::max_body`: not read, and the connection closes after the answer.
    /// `claimed` is the request's `Content-Length`, when it gave one.
    TooLarge { claimed: Option<u64> },
}

/// How a request says where its body ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Framing {
    None,
    Length(u64),
    Chunked,
}

/// Why a body could not be read as HTTP frames it: the answer is 400, and the connection
/// closes (where the next request starts is unknown).
#[derive(Debug)]
pub(crate) struct Malformed;

/// Reads a body framed by `framing` from `source`, within `max_body`.
pub(crate) fn read_body(
    source: &mut impl BufRead,
    framing: Framing,
    max_body: u64,
) -> Result<(Vec<u8>, BodyStatus), Malformed> {
    let mut body = Vec::new();
    let status = match framing {
        Framing::None => BodyStatus::Complete,
        Framing::Length(n) if n > max_body => BodyStatus::TooLarge { claimed: Some(n) },
        Framing::Length(n) => {
            body.reserve_exact(n as usize);
            match copy_exact(source, n as usize, &mut body) {
                Ok(()) => BodyStatus::Complete,
                Err(Cut) => BodyStatus::Truncated,
            }
        }
        Framing::Chunked => read_chunked(source, max_body, &mut body)?,
    };
    Ok((body, status))
}

/// The sender went away, or went quiet for longer than the socket's read timeout.
struct Cut;

fn fill(source: &mut impl BufRead) -> Result<&[u8], Cut> {
    loop {
        match source.fill_buf() {
            Ok([]) => return Err(Cut),
            Ok(_) => break,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(_) => return Err(Cut),
        }
    }
    source.fill_buf().map_err(|_| Cut)
}

fn copy_exact(source: &mut impl BufRead, mut n: usize, body: &mut Vec<u8>) -> Result<(), Cut> {
    while n > 0 {
        let available = fill(source)?;
        let take = available.len().min(n);
        body.extend_from_slice(&available[..take]);
        source.consume(take);
        n -= take;
    }
    Ok(())
}

/// One line of chunked framing (a chunk's size, or a trailer), without its CRLF.
fn framing_line(source: &mut impl BufRead, max: usize) -> Result<Result<Vec<u8>, Malformed>, Cut> {
    let mut line = Vec::new();
    loop {
        let available = fill(source)?;
        let (take, done) = match memchr::memchr(b'\n', available) {
            Some(at) => (at + 1, true),
            None => (available.len(), false),
        };
        line.extend_from_slice(&available[..take]);
        source.consume(take);
        if line.len() > max {
            return Ok(Err(Malformed));
        }
        if done {
            return Ok(match line.strip_suffix(b"\r\n") {
                Some(line) => Ok(line.to_vec()),
                None => Err(Malformed),
            });
        }
    }
}

/// A chunk-size line longer than this (extensions included) is not a real sender's.
const MAX_FRAMING_LINE: usize = 4096;
/// Trailer lines after the last chunk, at most.
const MAX_TRAILERS: usize = 64;

fn read_chunked(
    source: &mut impl BufRead,
    max_body: u64,
    body: &mut Vec<u8>,
) -> Result<BodyStatus, Malformed> {
    let cut = |_: Cut| BodyStatus::Truncated;
    loop {
        let line = match framing_line(source, MAX_FRAMING_LINE) {
            Ok(line) => line?,
            Err(c) => return Ok(cut(c)),
        };
        let digits = line.split(|&b| b == b';').next().unwrap_or_default();
        let digits = std::str::from_utf8(digits).map_err(|_| Malformed)?;
        let digits = digits.trim_matches(|c| c == ' ' || c == '\t');
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Malformed);
        }
        let size = u64::from_str_radix(digits, 16).map_err(|_| Malformed)?;
        if size == 0 {
            for _ in 0..MAX_TRAILERS {
                match framing_line(source, MAX_FRAMING_LINE) {
                    Ok(Ok(line)) if line.is_empty() => return Ok(BodyStatus::Complete),
                    Ok(Ok(_)) => continue,
                    Ok(Err(m)) => return Err(m),
                    Err(c) => return Ok(cut(c)),
                }
            }
            return Err(Malformed);
        }
        if (body.len() as u64).saturating_add(size) > max_body {
            return Ok(BodyStatus::TooLarge { claimed: None });
        }
        if let Err(c) = copy_exact(source, size as usize, body) {
            return Ok(cut(c));
        }
        match framing_line(source, 2) {
            Ok(Ok(line)) if line.is_empty() => {}
            Ok(_) => return Err(Malformed),
            Err(c) => return Ok(cut(c)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8], framing: Framing, max: u64) -> Result<(Vec<u8>, BodyStatus), Malformed> {
        read_body(
            &mut std::io::BufReader::with_capacity(3, bytes),
            framing,
            max,
        )
    }

    #[test]
    fn lengths_whole_cut_and_too_large() {
        let (body, status) = read(b"hello world", Framing::Length(5), 10).unwrap();
        assert_eq!(
            (body.as_slice(), status),
            (&b"hello"[..], BodyStatus::Complete)
        );
        let (body, status) = read(b"hel", Framing::Length(5), 10).unwrap();
        assert_eq!(
            (body.as_slice(), status),
            (&b"hel"[..], BodyStatus::Truncated)
        );
        let (body, status) = read(b"", Framing::Length(1 << 40), 10).unwrap();
        assert_eq!(
            (body.capacity(), status),
            (
                0,
                BodyStatus::TooLarge {
                    claimed: Some(1 << 40)
                }
            )
        );
    }

    #[test]
    fn chunks_whole_with_extensions_and_trailers() {
        let wire = b"5;name=x\r\nhello\r\n6\r\n world\r\n0\r\nX-T: 1\r\n\r\nNEXT";
        let (body, status) = read(wire, Framing::Chunked, 100).unwrap();
        assert_eq!(
            (body.as_slice(), status),
            (&b"hello world"[..], BodyStatus::Complete)
        );
    }

    #[test]
    fn chunks_malformed_cut_or_too_large() {
        for bad in [
            &b"zz\r\nhello\r\n0\r\n\r\n"[..],
            b"5\r\nhelloXX0\r\n\r\n",
            b"-5\r\n",
            b"5\n",
        ] {
            assert!(
                read(bad, Framing::Chunked, 100).is_err(),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
        let long_size = [&[b'0'; 5000][..], b"\r\n"].concat();
        assert!(read(&long_size, Framing::Chunked, 100).is_err());
        let (body, status) = read(b"5\r\nhel", Framing::Chunked, 100).unwrap();
        assert_eq!(
            (body.as_slice(), status),
            (&b"hel"[..], BodyStatus::Truncated)
        );
        let (_, status) = read(b"5\r\nhello\r\n", Framing::Chunked, 100).unwrap();
        assert_eq!(status, BodyStatus::Truncated);
        let (_, status) = read(
            b"5\r\nhello\r\n5\r\nworld\r\n0\r\n\r\n",
            Framing::Chunked,
            8,
        )
        .unwrap();
        assert_eq!(status, BodyStatus::TooLarge { claimed: None });
        let huge = b"ffffffffffffffff\r\n";
        let (_, status) = read(huge, Framing::Chunked, 8).unwrap();
        assert_eq!(status, BodyStatus::TooLarge { claimed: None });
    }

    /// A server with short timeouts, and a connection to it.
    fn server_and_client() -> (crate::Server, std::net::TcpStream) {
        let limits = Limits {
            head_timeout: Duration::from_millis(300),
            body_idle: Duration::from_millis(300),
            keep_alive_idle: Duration::from_millis(600),
            ..Limits::default()
        };
        let server = crate::Server::http_with_limits("127.0.0.1:0", limits).unwrap();
        let addr = server.server_addr().to_ip().unwrap();
        let client = std::net::TcpStream::connect(addr).unwrap();
        client
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        (server, client)
    }

    fn answer(client: &mut std::net::TcpStream) -> String {
        use std::io::Read;
        let mut all = Vec::new();
        let _ = client.read_to_end(&mut all);
        String::from_utf8_lossy(&all).into_owned()
    }

    #[test]
    fn a_head_not_finished_in_time_gets_408_and_is_never_handed_over() {
        use std::io::Write;
        let (server, mut client) = server_and_client();
        client.write_all(b"POST / HTTP/1.1\r\nHost: x\r\n").unwrap();
        let started = std::time::Instant::now();
        assert!(answer(&mut client).starts_with("HTTP/1.1 408"));
        assert!(started.elapsed() < Duration::from_secs(3));
        assert!(server.try_recv().unwrap().is_none());
    }

    #[test]
    fn a_body_gone_quiet_is_handed_over_as_far_as_it_came() {
        use std::io::Write;
        let (server, mut client) = server_and_client();
        client
            .write_all(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nhel")
            .unwrap();
        let mut request = server
            .recv_timeout(Duration::from_secs(3))
            .unwrap()
            .unwrap();
        assert_eq!(request.body_status(), BodyStatus::Truncated);
        assert_eq!(request.take_body(), b"hel");
        request.respond(crate::Response::empty(200)).unwrap();
        // The connection closes after the answer: where a next request would start is unknown.
        assert!(answer(&mut client).starts_with("HTTP/1.1 200"));
    }

    #[test]
    fn an_idle_kept_alive_connection_is_closed_quietly() {
        use std::io::Write;
        let (server, mut client) = server_and_client();
        client
            .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            .unwrap();
        let request = server
            .recv_timeout(Duration::from_secs(3))
            .unwrap()
            .unwrap();
        request.respond(crate::Response::empty(204)).unwrap();
        let started = std::time::Instant::now();
        let all = answer(&mut client);
        assert!(all.starts_with("HTTP/1.1 204"), "{}", all);
        assert_eq!(
            all.matches("HTTP/1.1").count(),
            1,
            "closed without a second answer: {all}"
        );
        let waited = started.elapsed();
        assert!(
            waited >= Duration::from_millis(500) && waited < Duration::from_secs(3),
            "{:?}",
            waited
        );
    }

    #[test]
    fn a_pipelining_sender_has_one_request_waiting_and_100_continue_comes_first() {
        use std::io::{Read, Write};
        let (server, mut client) = server_and_client();
        client
            .write_all(
                b"POST /0 HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n",
            )
            .unwrap();
        let mut cont = [0u8; 25];
        client.read_exact(&mut cont).unwrap();
        assert_eq!(&cont, b"HTTP/1.1 100 Continue\r\n\r\n");
        // Its body, then four more requests pipelined behind it.
        let mut rest = b"{}".to_vec();
        for i in 1..5 {
            rest.extend(
                format!("POST /{i} HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{{}}").bytes(),
            );
        }
        client.write_all(&rest).unwrap();
        std::thread::sleep(Duration::from_millis(200));
        assert_eq!(
            server.messages.len(),
            1,
            "one waits; the next is read and held back"
        );
        for i in 0..5 {
            let mut request = server
                .recv_timeout(Duration::from_secs(3))
                .unwrap()
                .unwrap();
            assert_eq!(request.url(), format!("/{i}"));
            assert_eq!(request.take_body(), b"{}");
            std::thread::sleep(Duration::from_millis(50));
            assert!(server.messages.len() <= 1);
            request.respond(crate::Response::empty(200)).unwrap();
        }
    }
}
