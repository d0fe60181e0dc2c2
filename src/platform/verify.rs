//! Checks a callback's authenticity: the scheme it is signed with (told by its headers), checked
//! by that platform's module, and custom headers required with `--require-header`.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::{ecwid, shopify, standard_webhooks};
use crate::record::{Signature, header};
use crate::secret::Secret;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub signature: Signature,
    /// Why it is invalid, in words that point at the fix.
    pub error: Option<String>,
    /// Signed by a scheme we could not check because no secret was given.
    pub unchecked: bool,
    /// Not signed, though a secret was given: a finding, not a detail.
    pub expected: bool,
}

impl Verdict {
    pub fn valid() -> Verdict {
        Verdict {
            signature: Signature::Valid,
            error: None,
            unchecked: false,
            expected: false,
        }
    }

    pub fn invalid(reason: impl Into<String>) -> Verdict {
        Verdict {
            signature: Signature::Invalid,
            error: Some(reason.into()),
            unchecked: false,
            expected: false,
        }
    }
}

/// What a callback must carry to be trusted, with the keys derived once at start.
pub struct Verifier {
    keys: Option<Keys>,
    /// How old an Ecwid callback may be (seconds) before it is stale.
    ecwid_max_age: i64,
    /// `--require-header`, names lower-case.
    required: Vec<(String, String)>,
}

/// HMAC-SHA256 already keyed with the secret: cloning one skips the key setup per callback.
struct Keys {
    /// Standard Webhooks' key (see [`standard_webhooks::key`]).
    standard: Hmac<Sha256>,
    /// The secret's own bytes, as Ecwid and Shopify use them.
    plain: Hmac<Sha256>,
}

/// The parts of a request a verdict depends on.
pub struct Signed<'a> {
    /// Lower-case names.
    pub headers: &'a [(String, String)],
    pub body: &'a [u8],
    /// Ecwid signs these two body fields, not the body.
    pub event_created: Option<&'a str>,
    pub event_id: Option<&'a str>,
}

impl Signed<'_> {
    pub fn header(&self, name: &str) -> Option<&str> {
        header(self.headers, name)
    }
}

/// The signing schemes bchook checks, told apart by their headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    StandardWebhooks,
    Ecwid,
    Shopify,
}

/// How old an Ecwid callback may be before it is stale, as long as Standard Webhooks allows.
pub const DEFAULT_ECWID_MAX_AGE: i64 = standard_webhooks::TOLERANCE_SECS;

/// The scheme a request is signed with.
pub fn scheme_of(headers: &[(String, String)]) -> Option<Scheme> {
    let has = |name| header(headers, name).is_some();
    if standard_webhooks::is_signed(headers) {
        Some(Scheme::StandardWebhooks)
    } else if has(ecwid::SIGNATURE_HEADER) {
        Some(Scheme::Ecwid)
    } else if shopify::is_signed(headers) {
        Some(Scheme::Shopify)
    } else {
        None
    }
}

impl Verifier {
    /// Derives the keys; a `whsec_` secret that does not decode is an error, found at start.
    pub fn new(
        secret: Option<&Secret>,
        required: Vec<(String, String)>,
    ) -> Result<Verifier, String> {
        if let Some(said) = secret.and_then(|s| ecwid::looks_like_a_token(s.expose())) {
            return Err(said);
        }
        let keys = match secret {
            Some(secret) => Some(Keys {
                standard: hmac_of(&standard_webhooks::key(secret.expose())?),
                plain: hmac_of(secret.expose().as_bytes()),
            }),
            None => None,
        };
        let required = required
            .into_iter()
            .map(|(name, value)| (name.to_ascii_lowercase(), value))
            .collect();
        Ok(Verifier {
            keys,
            ecwid_max_age: DEFAULT_ECWID_MAX_AGE,
            required,
        })
    }

    /// `listen --max-age`: how old an Ecwid callback may be before it is stale.
    pub fn with_ecwid_max_age(mut self, secs: i64) -> Verifier {
        self.ecwid_max_age = secs;
        self
    }

    pub fn check(&self, req: &Signed, now: i64) -> Verdict {
        for (name, expected) in &self.required {
            match req.header(name) {
                None => return Verdict::invalid(format!("missing required header {name}")),
                Some(value) if !same(value.as_bytes(), expected.as_bytes()) => {
                    return Verdict::invalid(format!("required header {name} has the wrong value"));
                }
                Some(_) => {}
            }
        }
        match (scheme_of(req.headers), &self.keys) {
            (Some(Scheme::StandardWebhooks), Some(keys)) => {
                standard_webhooks::verify(keys.standard.clone(), req, now)
            }
            (Some(Scheme::Ecwid), Some(keys)) => {
                ecwid::verify(keys.plain.clone(), req, now, self.ecwid_max_age)
            }
            (Some(Scheme::Shopify), Some(keys)) => shopify::verify(keys.plain.clone(), req),
            (Some(_), None) => Verdict {
                signature: if self.required.is_empty() {
                    Signature::Absent
                } else {
                    Signature::Valid
                },
                error: None,
                unchecked: true,
                expected: false,
            },
            (None, _) if !self.required.is_empty() => Verdict::valid(),
            (None, keys) => Verdict {
                signature: Signature::Absent,
                error: None,
                unchecked: false,
                expected: keys.is_some(),
            },
        }
    }
}

/// Whether `header` is the base64 of `mac`'s result; `name` says which header, for the error.
pub fn matches_b64(mac: Hmac<Sha256>, header: &str, name: &str) -> Verdict {
    let Ok(given) = B64.decode(header.trim()) else {
        return Verdict::invalid(format!("malformed {name}: not base64"));
    };
    match mac.verify_slice(&given) {
        Ok(()) => Verdict::valid(),
        Err(_) => Verdict::invalid(format!(
            "{name} does not match: is the secret right, and is the body unchanged?"
        )),
    }
}

pub fn hmac_of(key: &[u8]) -> Hmac<Sha256> {
    Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length")
}

/// Compares in time that depends only on the lengths, not on where the bytes differ.
pub fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn headers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn check(secret: &str, hs: &[(&str, &str)], body: &str, now: i64) -> Verdict {
        let verifier = Verifier::new(Some(&Secret::new(secret)), vec![]).unwrap();
        let probe = crate::platform::probe::Parsed::of(body.as_bytes()).probe;
        let hs = headers(hs);
        verifier.check(
            &Signed {
                headers: &hs,
                body: body.as_bytes(),
                event_created: probe.as_ref().and_then(|p| p.event_created.as_deref()),
                event_id: probe.as_ref().and_then(|p| p.event_id.as_deref()),
            },
            now,
        )
    }

    // Standard Webhooks' published vector (libraries' test_sign_function).
    const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const ID: &str = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    const BODY: &str = r#"{"test": 2432232314}"#;
    const SIG: &str = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    #[test]
    fn standard_webhooks_vector_valid_tampered_stale_malformed() {
        let hs = |sig: &'static str, ts: &'static str| {
            [
                ("webhook-id", ID),
                ("webhook-timestamp", ts),
                ("webhook-signature", sig),
            ]
        };
        assert_eq!(
            check(SECRET, &hs(SIG, "1614265330"), BODY, 1614265330).signature,
            Signature::Valid
        );
        // Any matching entry of several is enough.
        assert_eq!(
            check(
                SECRET,
                &hs(
                    "v1,bm9wZQ== v2,x v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                    "1614265330"
                ),
                BODY,
                1614265330
            )
            .signature,
            Signature::Valid
        );

        let tampered = check(
            SECRET,
            &hs(SIG, "1614265330"),
            r#"{"test": 2432232315}"#,
            1614265330,
        );
        assert_eq!(tampered.signature, Signature::Invalid);
        assert!(tampered.error.unwrap().starts_with("no signature matches"));

        let stale = check(SECRET, &hs(SIG, "1614265330"), BODY, 1614265330 + 400);
        assert_eq!(
            stale.error.unwrap(),
            "stale timestamp: 400 s old (the limit is 300 s); a replayed callback, or a clock off"
        );

        let malformed = check(SECRET, &hs("v2,abc", "1614265330"), BODY, 1614265330);
        assert_eq!(
            malformed.error.unwrap(),
            "malformed webhook-signature: no v1,<base64> entry"
        );
        let malformed = check(
            SECRET,
            &[("webhook-id", ID), ("webhook-signature", SIG)],
            BODY,
            1614265330,
        );
        assert!(
            malformed
                .error
                .unwrap()
                .contains("needs webhook-id, webhook-timestamp")
        );
    }

    /// The official libraries' test cases (libraries/python/tests/test_webhooks.py), with
    /// expectations computed by Python's hmac, never by this code.
    #[test]
    fn the_libraries_cases() {
        let sw = |sig: &str, ts: &str| -> Vec<(&'static str, String)> {
            vec![
                ("webhook-id", ID.to_string()),
                ("webhook-timestamp", ts.to_string()),
                ("webhook-signature", sig.to_string()),
            ]
        };
        let run = |hs: Vec<(&str, String)>, secret: &str, body: &str, now: i64| {
            let hs: Vec<(&str, &str)> = hs.iter().map(|(k, v)| (*k, v.as_str())).collect();
            check(secret, &hs, body, now)
        };
        let good = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
        // A good signature among bad ones and other versions, wherever it stands.
        let many = format!("v1,bad v2,bad {good} v1,bad");
        assert_eq!(
            run(sw(&many, "1614265330"), SECRET, BODY, 1614265330).signature,
            Signature::Valid
        );
        // One second past the tolerance, either way.
        for now in [1614265330 + 301, 1614265330 - 301] {
            let v = run(sw(good, "1614265330"), SECRET, BODY, now);
            assert!(v.error.unwrap().starts_with("stale timestamp: 301 s"));
        }
        assert_eq!(
            run(sw(good, "1614265330"), SECRET, BODY, 1614265330 + 300).signature,
            Signature::Valid
        );
        let bad_ts = run(sw(good, "not-a-time"), SECRET, BODY, 1614265330);
        assert!(
            bad_ts
                .error
                .unwrap()
                .starts_with("malformed webhook-timestamp")
        );
        // An empty body.
        let empty = "v1,v48jdbgvh29KJz2Qc+ghw8G6vG3nAKnujWBg8oM/62A=";
        assert_eq!(
            run(sw(empty, "1614265330"), SECRET, "", 1614265330).signature,
            Signature::Valid
        );
        // Only ed25519 entries: said so, not "malformed".
        let v1a = run(
            sw("v1a,AAAA v1a,BBBB", "1614265330"),
            SECRET,
            BODY,
            1614265330,
        );
        assert_eq!(
            v1a.error.unwrap(),
            "webhook-signature has only v1a (ed25519) entries: asymmetric v1a signatures are not \
             supported, only v1 (HMAC with the shared secret)"
        );
        // Svix's names for the same scheme.
        let svix = [
            ("svix-id", ID),
            ("svix-timestamp", "1614265330"),
            ("svix-signature", good),
        ];
        assert_eq!(
            check(SECRET, &svix, BODY, 1614265330).signature,
            Signature::Valid
        );
        let svix_missing = check(SECRET, &svix[..2], BODY, 1614265330);
        assert_eq!(
            svix_missing.error.unwrap(),
            "malformed: Standard Webhooks needs svix-id, svix-timestamp and svix-signature headers"
        );
    }

    /// `whsec_` keys with or without their `=` padding (0, 1 or 2 missing), and no empty key.
    #[test]
    fn unpadded_and_empty_secrets() {
        for (secret, sig) in [
            (
                "whsec_YWJj",
                "v1,KAZbqopKT/vuzYiEOlMFZNTVQhQYrj3eAOivmNXnjKs=",
            ),
            (
                "whsec_YWJjZA",
                "v1,MPbdF71Hf6sXxTHcWNMJkMlPUlCt/5c/tf1KwDv43+w=",
            ),
            (
                "whsec_YWJjZA==",
                "v1,MPbdF71Hf6sXxTHcWNMJkMlPUlCt/5c/tf1KwDv43+w=",
            ),
            (
                "whsec_YWJjZGU",
                "v1,m1MO1eVJWRPAUatTFiS+EzE0tMvf5BdBNRvjT0hzEf0=",
            ),
            ("abcde", "v1,m1MO1eVJWRPAUatTFiS+EzE0tMvf5BdBNRvjT0hzEf0="),
        ] {
            let hs = [
                ("webhook-id", "msg_1"),
                ("webhook-timestamp", "1614265330"),
                ("webhook-signature", sig),
            ];
            assert_eq!(
                check(secret, &hs, r#"{"a":1}"#, 1614265330).signature,
                Signature::Valid,
                "{secret}"
            );
        }
        for empty in ["whsec_", ""] {
            let refused = Verifier::new(Some(&Secret::new(empty)), vec![]).err();
            assert!(
                refused.as_deref().is_some_and(|e| e.contains("is empty")),
                "{empty:?}: {refused:?}"
            );
        }
    }

    #[test]
    fn a_whsec_secret_that_is_not_base64_is_refused_at_start() {
        let refused = Verifier::new(Some(&Secret::new("whsec_not base64!")), vec![]).err();
        assert!(refused.is_some_and(|e| {
            e.starts_with("the secret starts with whsec_ but the rest is not base64")
        }),);
        assert_eq!(standard_webhooks::key("plain").unwrap(), b"plain");
    }

    #[test]
    fn signing_matches_the_published_vector() {
        assert_eq!(
            standard_webhooks::sign(
                &standard_webhooks::key(SECRET).unwrap(),
                ID,
                1614265330,
                BODY.as_bytes()
            ),
            SIG
        );
    }

    #[test]
    fn no_secret_means_absent_but_noted() {
        let verdict = Verifier::new(None, vec![]).unwrap().check(
            &Signed {
                headers: &headers(&[("webhook-signature", SIG)]),
                body: b"{}",
                event_created: None,
                event_id: None,
            },
            0,
        );
        assert_eq!(verdict.signature, Signature::Absent);
        assert!(verdict.unchecked);
    }

    #[test]
    fn required_headers() {
        let verifier = Verifier::new(None, vec![("X-Secret".into(), "s3cret".into())]).unwrap();
        let run = |hs: &[(&str, &str)]| {
            verifier.check(
                &Signed {
                    headers: &headers(hs),
                    body: b"",
                    event_created: None,
                    event_id: None,
                },
                0,
            )
        };
        assert_eq!(run(&[("x-secret", "s3cret")]).signature, Signature::Valid);
        assert_eq!(
            run(&[("x-secret", "nope")]).error.unwrap(),
            "required header x-secret has the wrong value"
        );
        assert_eq!(run(&[]).error.unwrap(), "missing required header x-secret");
    }

    /// Every Standard Webhooks and Ecwid vector in `../shared/vectors/`, read in place.
    #[test]
    fn published_vectors() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/vectors");
        if !dir.is_dir() {
            assert_ne!(
                std::env::var("CI").as_deref(),
                Ok("true"),
                "CI=true requires ../shared/vectors"
            );
            eprintln!(
                "\n!!! SKIPPED published_vectors: ../shared/vectors is not beside this checkout !!!\n"
            );
            return;
        }
        let mut checked = 0;
        for file in ["published-vectors.json", "signatures.json"] {
            let vectors: Vec<Value> =
                serde_json::from_str(&std::fs::read_to_string(dir.join(file)).unwrap()).unwrap();
            for v in vectors {
                let text = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
                let expect = text("expect").unwrap_or_else(|| "valid".into());
                let (headers, now) = match text("scheme").as_deref() {
                    Some("standard-webhooks") => {
                        let ts = text("webhook-timestamp").unwrap();
                        let now = ts.parse().unwrap();
                        let hs = ["webhook-id", "webhook-timestamp", "webhook-signature"]
                            .map(|k| (k.to_string(), text(k).unwrap()));
                        (hs.to_vec(), now)
                    }
                    Some("ecwid") => (
                        vec![(
                            "x-ecwid-webhook-signature".to_string(),
                            text("X-Ecwid-Webhook-Signature").unwrap(),
                        )],
                        0,
                    ),
                    _ => continue, // other schemes (GitHub) are not ones bchook checks
                };
                let body = text("body").unwrap();
                let probe = crate::platform::probe::Parsed::of(body.as_bytes()).probe;
                let secret = text("secret").map(Secret::new);
                let verdict = Verifier::new(secret.as_ref(), vec![]).unwrap().check(
                    &Signed {
                        headers: &headers,
                        body: body.as_bytes(),
                        event_created: probe.as_ref().and_then(|p| p.event_created.as_deref()),
                        event_id: probe.as_ref().and_then(|p| p.event_id.as_deref()),
                    },
                    now,
                );
                let got = if verdict.signature == Signature::Valid {
                    "valid"
                } else {
                    "invalid"
                };
                assert_eq!(
                    got,
                    expect,
                    "{file}: {}: {verdict:?}",
                    text("name").unwrap_or_default()
                );
                checked += 1;
            }
        }
        assert!(checked >= 6, "only {checked} vectors checked");
    }
}
