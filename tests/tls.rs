//! bchook speaks TLS through rustls with the ring provider, and checks the server's certificate
//! against the platform's trust store: a certificate from an unknown authority is refused, and
//! the same one is accepted once that authority is trusted (`SSL_CERT_FILE`, which the platform
//! verifier honours on Linux). Certificates are made by the `openssl` command.

mod support;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use support::{TOKEN, bchook, stderr_of};

/// Two certificate authorities and a `localhost` certificate the first signed, in `dir`.
fn make_certificates(dir: &Path) {
    let openssl = |args: &[&str]| {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .expect("the openssl command (`apt-get install openssl`)");
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            stderr_of(&out)
        );
    };
    let key = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
    ];
    for name in ["ca", "other-ca"] {
        let (key_file, pem) = (format!("{name}.key"), format!("{name}.pem"));
        let subject = format!("/CN=bchook test {name}");
        let ca = [
            "-subj", &subject, "-days", "2", "-keyout", &key_file, "-out", &pem,
        ];
        openssl(&[&["req", "-x509"][..], &key, &ca].concat());
    }
    let leaf = [
        "-subj",
        "/CN=localhost",
        "-keyout",
        "leaf.key",
        "-out",
        "leaf.csr",
    ];
    openssl(&[&["req"][..], &key, &leaf].concat());
    std::fs::write(
        dir.join("leaf.ext"),
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    openssl(&[
        "x509",
        "-req",
        "-in",
        "leaf.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "leaf.ext",
        "-out",
        "leaf.pem",
    ]);
}

/// An HTTPS server on 127.0.0.1 answering every request with an empty hooks page; it records
/// each request line it read (a refused handshake records none).
fn serve_https(dir: &Path) -> (u16, Arc<Mutex<Vec<String>>>) {
    let certs = CertificateDer::pem_file_iter(dir.join("leaf.pem"))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_file(dir.join("leaf.key")).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    let config = Arc::new(config);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let conn = rustls::ServerConnection::new(config.clone()).unwrap();
            let mut tls = BufReader::new(rustls::StreamOwned::new(conn, stream));
            let mut line = String::new();
            if tls.read_line(&mut line).is_err() {
                continue; // the client refused the handshake
            }
            record.lock().unwrap().push(line.trim_end().to_string());
            while tls.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let body = r#"{"data":[],"meta":{"pagination":{"total_pages":1}}}"#;
            let tls = tls.get_mut();
            let _ = write!(
                tls,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = tls.flush();
            tls.conn.send_close_notify();
            let _ = tls.flush();
        }
    });
    (port, seen)
}

#[test]
fn certificates_are_checked_against_the_platform_trust_store() {
    let dir = tempfile::tempdir().unwrap();
    make_certificates(dir.path());
    let (port, seen) = serve_https(dir.path());
    let list = |trusted: &str| {
        let mut cmd = bchook(dir.path());
        cmd.env("BIGCOMMERCE_STORE_HASH", "abc123")
            .env("BIGCOMMERCE_ACCESS_TOKEN", TOKEN)
            .env("BCHOOK_API_URL", format!("https://localhost:{port}"))
            .env_remove("SSL_CERT_DIR")
            .args(["list", "--json"]);
        cmd.env("SSL_CERT_FILE", dir.path().join(trusted))
            .output()
            .unwrap()
    };

    // Trusting another authority only: the certificate is refused.
    let out = list("other-ca.pem");
    assert_eq!(out.status.code(), Some(6), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("invalid peer certificate: UnknownIssuer"),
        "says why: {}",
        stderr_of(&out)
    );
    assert!(seen.lock().unwrap().is_empty(), "no request sent");
    assert!(
        !stderr_of(&out).contains("retrying"),
        "refused again is refused: not retried\n{}",
        stderr_of(&out)
    );
    assert!(
        stderr_of(&out).contains("hint: this machine does not trust the server's certificate"),
        "{}",
        stderr_of(&out)
    );

    // No trusted certificates at all: said so, with what to do, before any connection.
    let out = list("no-such-bundle.pem");
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("No CA certificates were loaded")
            && stderr_of(&out)
                .contains("hint: bchook checks certificates against this machine's trust store"),
        "{}",
        stderr_of(&out)
    );

    let out = list("ca.pem");
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
    assert_eq!(
        *seen.lock().unwrap(),
        ["GET /stores/abc123/v3/hooks?page=1&limit=250 HTTP/1.1"]
    );
}
