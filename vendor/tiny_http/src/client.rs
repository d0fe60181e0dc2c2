use ascii::AsciiString;

use std::io::Error as IoError;
use std::io::Result as IoResult;
use std::io::{BufRead, BufReader, BufWriter, ErrorKind, Read};

use std::net::SocketAddr;
use std::str::FromStr;
use std::time::{Duration, Instant};

use crate::common::{HTTPVersion, Method};
use crate::limits::{self, BodyStatus, Limits};
use crate::request;
use crate::util::RefinedTcpStream;
use crate::util::{SequentialReader, SequentialReaderBuilder, SequentialWriterBuilder};
use crate::Request;

/// A ClientConnection is an object that will store a socket to a client
/// and return Request objects.
pub struct ClientConnection {
    // address of the client
    remote_addr: IoResult<Option<SocketAddr>>,

    // sequence of Readers to the stream, so that the data is not read in
    //  the wrong order
    source: SequentialReaderBuilder<BufReader<RefinedTcpStream>>,

    // sequence of Writers to the stream, to avoid writing response #2 before
    //  response #1
    sink: SequentialWriterBuilder<BufWriter<RefinedTcpStream>>,

    // Reader to read the next header from
    next_header_source: SequentialReader<BufReader<RefinedTcpStream>>,

    // set to true if we know that the previous request is the last one
    no_more_requests: bool,

    // true if the connection goes through SSL
    secure: bool,

    // With limits, heads and bodies are read here, within a size and a time.
    limits: Option<Limits>,

    // Requests read so far on this connection.
    served: u64,

    // The read timeout last set on the socket, so that an unchanged one costs no system call.
    read_timeout: Option<Duration>,
}

/// What is left of a request head's size and time.
struct HeadBudget {
    bytes: usize,
    deadline: Option<Instant>,
}

/// Error that can happen when reading a request.
#[derive(Debug)]
enum ReadError {
    WrongRequestLine,
    WrongHeader(HTTPVersion),
    /// the client sent an unrecognized `Expect` header
    ExpectationFailed(HTTPVersion),
    ReadIoError(IoError),
    /// a byte that is not ASCII in the request line or a header
    NotAscii,
    /// the head went past `Limits::max_head`
    HeadTooLarge,
    /// a head begun and not finished within `Limits::head_timeout`
    HeadTimedOut,
    /// no new request came within the idle time: closed without an answer
    Idle,
    /// the body's framing is wrong (400) or its coding unknown (501)
    BadBody(u16),
}

impl ClientConnection {
    /// Creates a new `ClientConnection` that takes ownership of the `TcpStream`.
    pub fn new(write_socket: RefinedTcpStream, read_socket: RefinedTcpStream) -> ClientConnection {
        ClientConnection::with_limits(write_socket, read_socket, None)
    }

    /// As `new`, reading each request whole within `limits` when there are some.
    pub fn with_limits(
        write_socket: RefinedTcpStream,
        mut read_socket: RefinedTcpStream,
        limits: Option<Limits>,
    ) -> ClientConnection {
        let remote_addr = read_socket.peer_addr();
        let secure = read_socket.secure();

        // Large enough for a whole small callback, head and body, in one read.
        let capacity = if limits.is_some() { 8192 } else { 1024 };
        let mut source =
            SequentialReaderBuilder::new(BufReader::with_capacity(capacity, read_socket));
        let first_header = source.next().unwrap();

        ClientConnection {
            source,
            sink: SequentialWriterBuilder::new(BufWriter::with_capacity(1024, write_socket)),
            remote_addr,
            next_header_source: first_header,
            no_more_requests: false,
            secure,
            limits,
            served: 0,
            read_timeout: None,
        }
    }

    /// True when requests are read whole on this thread, within limits.
    pub fn has_limits(&self) -> bool {
        self.limits.is_some()
    }

    /// With limits: waits for a request's first byte (a new connection as long as a head may
    /// take, a kept-alive one `keep_alive_idle`), then gives the head its budget.
    fn wait_for_request(&mut self, limits: &Limits) -> Result<HeadBudget, ReadError> {
        if self.next_header_source.my_turn().buffer().is_empty() {
            let wait = match self.served {
                0 => limits.head_timeout,
                _ => limits.keep_alive_idle,
            };
            let socket = self.next_header_source.my_turn().get_ref();
            set_read_timeout(&mut self.read_timeout, socket, wait)?;
            match self.next_header_source.fill_buf() {
                Ok([]) => return Err(ReadError::ReadIoError(ErrorKind::UnexpectedEof.into())),
                Ok(_) => {}
                Err(e) if timed_out(&e) => return Err(ReadError::Idle),
                Err(e) => return Err(ReadError::ReadIoError(e)),
            }
        }
        Ok(HeadBudget {
            bytes: limits.max_head,
            deadline: Some(Instant::now() + limits.head_timeout),
        })
    }

    /// true if the connection is HTTPS
    pub fn secure(&self) -> bool {
        self.secure
    }

    /// Reads the next line from self.next_header_source.
    ///
    /// Reads until `CRLF` is reached. The next read will start
    ///  at the first byte of the new line. A buffered line at a time; a bare `\n` is part of
    ///  the line, as before. The line and its end count against `budget`.
    fn read_next_line(&mut self, budget: &mut HeadBudget) -> Result<AsciiString, ReadError> {
        let mut buf = Vec::new();
        loop {
            if let Some(deadline) = budget.deadline {
                if self.next_header_source.my_turn().buffer().is_empty() {
                    let left = deadline.saturating_duration_since(Instant::now());
                    let socket = self.next_header_source.my_turn().get_ref();
                    set_read_timeout(&mut self.read_timeout, socket, left)?;
                }
            }
            let available = match self.next_header_source.fill_buf() {
                Ok([]) => {
                    let eof = IoError::new(ErrorKind::ConnectionAborted, "Unexpected EOF");
                    return Err(ReadError::ReadIoError(eof));
                }
                Ok(available) => available,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) if budget.deadline.is_some() && timed_out(&e) => {
                    return Err(ReadError::HeadTimedOut)
                }
                Err(e) => return Err(ReadError::ReadIoError(e)),
            };
            let (take, done) = match memchr::memchr(b'\n', available) {
                Some(at) => (at + 1, true),
                None => (available.len(), false),
            };
            if take > budget.bytes {
                return Err(ReadError::HeadTooLarge);
            }
            budget.bytes -= take;
            buf.extend_from_slice(&available[..take]);
            self.next_header_source.consume(take);
            if done && buf.ends_with(b"\r\n") {
                buf.truncate(buf.len() - 2);
                return AsciiString::from_ascii(buf).map_err(|_| ReadError::NotAscii);
            }
        }
    }

    /// Reads a request from the stream.
    /// Blocks until the header has been read.
    fn read(&mut self) -> Result<Request, ReadError> {
        let limits = self.limits;
        let mut budget = match &limits {
            Some(limits) => self.wait_for_request(limits)?,
            None => HeadBudget {
                bytes: usize::MAX,
                deadline: None,
            },
        };
        self.served += 1;
        let (method, path, version, headers) = {
            // reading the request line
            let (method, path, version) = {
                let line = self.read_next_line(&mut budget)?;

                parse_request_line(
                    line.as_str().trim(), // TODO: remove this conversion
                )?
            };

            // getting all headers
            let headers = {
                let mut headers = Vec::new();
                loop {
                    let line = self.read_next_line(&mut budget)?;

                    if line.is_empty() {
                        break;
                    };
                    headers.push(match FromStr::from_str(line.as_str().trim()) {
                        // TODO: remove this conversion
                        Ok(h) => h,
                        _ => return Err(ReadError::WrongHeader(version)),
                    });
                }

                headers
            };

            (method, path, version, headers)
        };

        // building the writer for the request
        let writer = self.sink.next().unwrap();

        // follow-up for next potential request
        let mut data_source = self.source.next().unwrap();
        std::mem::swap(&mut self.next_header_source, &mut data_source);

        if let Some(limits) = limits {
            return self.read_whole(&limits, method, path, version, headers, data_source, writer);
        }

        // building the next reader
        let request = crate::request::new_request(
            self.secure,
            method,
            path,
            version.clone(),
            headers,
            *self.remote_addr.as_ref().unwrap(),
            data_source,
            writer,
        )
        .map_err(|e| creation_error(e, version))?;

        // return the request
        Ok(request)
    }
}

impl ClientConnection {
    /// With limits: reads the body here, on the connection's own thread, and hands the request
    /// over with it (or, over the size limit, without it). A body that went quiet for
    /// `body_idle` or was cut is handed over as far as it came, marked truncated.
    #[allow(clippy::too_many_arguments)]
    fn read_whole(
        &mut self,
        limits: &Limits,
        method: Method,
        path: String,
        version: HTTPVersion,
        headers: Vec<crate::Header>,
        mut data_source: SequentialReader<BufReader<RefinedTcpStream>>,
        mut writer: crate::util::SequentialWriter<BufWriter<RefinedTcpStream>>,
    ) -> Result<Request, ReadError> {
        use std::io::Write;
        let framing = request::framing(&headers).map_err(|e| creation_error(e, version.clone()))?;
        let expects_continue =
            request::expects_continue(&headers).map_err(|e| creation_error(e, version.clone()))?;
        let too_large = matches!(framing, limits::Framing::Length(n) if n > limits.max_body);
        if expects_continue && !too_large {
            let _ = writer
                .write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
                .and_then(|_| writer.flush());
        }
        let buffered = data_source.my_turn().buffer().len() as u64;
        let needs_more = match framing {
            limits::Framing::None => false,
            limits::Framing::Length(n) => !too_large && n > buffered,
            limits::Framing::Chunked => true,
        };
        if needs_more {
            let socket = data_source.my_turn().get_ref();
            set_read_timeout(&mut self.read_timeout, socket, limits.body_idle)?;
        }
        let (body, status) = limits::read_body(&mut data_source, framing, limits.max_body)
            .map_err(|_| ReadError::BadBody(400))?;
        if status != BodyStatus::Complete {
            // Where the next request would start is unknown.
            self.no_more_requests = true;
        }
        drop(data_source); // the next request's head may be read now
        Ok(request::with_body(
            self.secure,
            method,
            path,
            version,
            headers,
            *self.remote_addr.as_ref().unwrap(),
            body,
            status,
            writer,
        ))
    }
}

/// What a request that could not be built gets: its error as the connection reads it.
fn creation_error(e: request::RequestCreationError, version: HTTPVersion) -> ReadError {
    match e {
        request::RequestCreationError::CreationIoError(e) => ReadError::ReadIoError(e),
        request::RequestCreationError::ExpectationFailed => ReadError::ExpectationFailed(version),
        request::RequestCreationError::BadFraming => ReadError::BadBody(400),
        request::RequestCreationError::UnknownTransferCoding => ReadError::BadBody(501),
    }
}

/// Sets how long the next read from `socket` may wait, unless `current` says it is set already.
fn set_read_timeout(
    current: &mut Option<Duration>,
    socket: &RefinedTcpStream,
    timeout: Duration,
) -> Result<(), ReadError> {
    // Zero means "for ever" to the socket: a deadline already past is a timeout.
    let timeout = timeout.max(Duration::from_millis(1));
    if *current != Some(timeout) {
        socket
            .set_read_timeout(Some(timeout))
            .map_err(ReadError::ReadIoError)?;
        *current = Some(timeout);
    }
    Ok(())
}

impl ClientConnection {
    /// Answers `code` with no body, and ends the connection.
    fn refuse(&mut self, code: u16) -> Option<Request> {
        let writer = self.sink.next().unwrap();
        crate::Response::new_empty(crate::StatusCode(code))
            .raw_print(writer, HTTPVersion(1, 1), &[], false, None)
            .ok();
        None
    }
}

/// A socket read that ran past its timeout (`WouldBlock` on Unix, `TimedOut` on Windows).
fn timed_out(e: &IoError) -> bool {
    matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut)
}

impl Iterator for ClientConnection {
    type Item = Request;

    /// Blocks until the next Request is available.
    /// Returns None when no new Requests will come from the client.
    fn next(&mut self) -> Option<Request> {
        use crate::{Response, StatusCode};

        // the client sent a "connection: close" header in this previous request
        //  or is using HTTP 1.0, meaning that no new request will come
        if self.no_more_requests {
            return None;
        }

        loop {
            let rq = match self.read() {
                Err(ReadError::WrongRequestLine) => {
                    let writer = self.sink.next().unwrap();
                    let response = Response::new_empty(StatusCode(400));
                    response
                        .raw_print(writer, HTTPVersion(1, 1), &[], false, None)
                        .ok();
                    return None; // we don't know where the next request would start,
                                 // se we have to close
                }

                Err(ReadError::WrongHeader(ver)) => {
                    let writer = self.sink.next().unwrap();
                    let response = Response::new_empty(StatusCode(400));
                    response.raw_print(writer, ver, &[], false, None).ok();
                    return None; // we don't know where the next request would start,
                                 // se we have to close
                }

                // What the limits refuse gets one answer, then the connection closes: where the
                // next request would start is unknown.
                Err(ReadError::NotAscii) => return self.refuse(400),
                Err(ReadError::BadBody(code)) => return self.refuse(code),
                Err(ReadError::HeadTooLarge) => return self.refuse(431),
                Err(ReadError::HeadTimedOut) => return self.refuse(408),
                Err(ReadError::Idle) => return None,

                Err(ReadError::ReadIoError(ref err)) if err.kind() == ErrorKind::TimedOut => {
                    // request timeout
                    let writer = self.sink.next().unwrap();
                    let response = Response::new_empty(StatusCode(408));
                    response
                        .raw_print(writer, HTTPVersion(1, 1), &[], false, None)
                        .ok();
                    return None; // closing the connection
                }

                Err(ReadError::ExpectationFailed(ver)) => {
                    let writer = self.sink.next().unwrap();
                    let response = Response::new_empty(StatusCode(417));
                    response.raw_print(writer, ver, &[], true, None).ok();
                    return None; // TODO: should be recoverable, but needs handling in case of body
                }

                Err(ReadError::ReadIoError(_)) => return None,

                Ok(rq) => rq,
            };

            // checking HTTP version
            if *rq.http_version() > (1, 1) {
                let writer = self.sink.next().unwrap();
                let response = Response::from_string(
                    "This server only supports HTTP versions 1.0 and 1.1".to_owned(),
                )
                .with_status_code(StatusCode(505));
                response
                    .raw_print(writer, HTTPVersion(1, 1), &[], false, None)
                    .ok();
                continue;
            }

            // updating the status of the connection
            let connection_header = rq
                .headers()
                .iter()
                .find(|h| h.field.equiv("Connection"))
                .map(|h| h.value.as_str());

            let lowercase = connection_header.map(|h| h.to_ascii_lowercase());

            match lowercase {
                Some(ref val) if val.contains("close") => self.no_more_requests = true,
                Some(ref val) if val.contains("upgrade") => self.no_more_requests = true,
                Some(ref val)
                    if !val.contains("keep-alive") && *rq.http_version() == HTTPVersion(1, 0) =>
                {
                    self.no_more_requests = true
                }
                None if *rq.http_version() == HTTPVersion(1, 0) => self.no_more_requests = true,
                _ => (),
            };

            // returning the request
            return Some(rq);
        }
    }
}

/// Parses a "HTTP/1.1" string.
fn parse_http_version(version: &str) -> Result<HTTPVersion, ReadError> {
    let (major, minor) = match version {
        "HTTP/0.9" => (0, 9),
        "HTTP/1.0" => (1, 0),
        "HTTP/1.1" => (1, 1),
        "HTTP/2.0" => (2, 0),
        "HTTP/3.0" => (3, 0),
        _ => return Err(ReadError::WrongRequestLine),
    };

    Ok(HTTPVersion(major, minor))
}

/// Parses the request line of the request.
/// eg. GET / HTTP/1.1
fn parse_request_line(line: &str) -> Result<(Method, String, HTTPVersion), ReadError> {
    let mut parts = line.split(' ');

    let method = parts.next().and_then(|w| w.parse().ok());
    let path = parts.next().map(ToOwned::to_owned);
    let version = parts.next().and_then(|w| parse_http_version(w).ok());

    method
        .and_then(|method| Some((method, path?, version?)))
        .ok_or(ReadError::WrongRequestLine)
}

#[cfg(test)]
mod test {
    #[test]
    fn test_parse_request_line() {
        let (method, path, ver) = super::parse_request_line("GET /hello HTTP/1.1").unwrap();

        assert!(method == crate::Method::Get);
        assert!(path == "/hello");
        assert!(ver == crate::common::HTTPVersion(1, 1));

        assert!(super::parse_request_line("GET /hello").is_err());
        assert!(super::parse_request_line("qsd qsd qsd").is_err());
    }
}
