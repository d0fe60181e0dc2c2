//! One module per command family; each turns a parsed command into calls and output.

pub mod apply;
pub mod expand;
pub mod generate;
pub mod health;
pub mod hooks;
pub mod listen;
pub mod replay;
pub mod scopes;
pub mod session;
pub mod simulate;
pub mod token;
pub mod trigger;

use std::io::{self, BufRead, IsTerminal, Read};

use crate::api::{BetaClient, Client, HooksApi, Http, Report, RetryPolicy};
use crate::config::{Settings, process_env};
use crate::error::Error;
use crate::secret::Secret;

/// What every command gets: resolved settings and the output flags.
pub struct Context {
    pub settings: Settings,
    pub json: bool,
    pub verbose: bool,
    /// `--legacy-headers`, for a 2013 beta profile.
    pub legacy_headers: bool,
}

impl Context {
    pub fn http(&self) -> Result<Http, Error> {
        let verbose = self.verbose;
        Ok(Http::new(
            retry_policy(),
            Box::new(move |report| print_report(report, verbose)),
        )?)
    }

    /// The secret that signs and verifies callbacks: `--secret` (`-` reads stdin), else the
    /// profile's `client_secret`.
    pub fn signing_secret(&self, flag: Option<&Secret>) -> Result<Option<Secret>, Error> {
        match flag {
            Some(s) => secret_arg(s, "secret").map(Some),
            None => Ok(self
                .settings
                .client_secret
                .as_ref()
                .map(|s| s.value.clone())),
        }
    }

    /// The hooks service of the resolved profile: the 2013 beta service for a profile saved by
    /// `token legacy`, else the store's v3 API.
    pub fn hooks(&self) -> Result<Box<dyn HooksApi>, Error> {
        self.not_ecwid()?;
        let Some(beta) = &self.settings.beta else {
            return Ok(Box::new(self.client()?));
        };
        let token = self.settings.access_token.as_ref().map(|t| t.value.clone());
        let client_id = self.settings.client_id.as_ref().map(|c| c.value.clone());
        let (Some(token), Some(client_id)) = (token, client_id) else {
            return Err(Error::no_credentials(format!(
                "the 2013 profile '{}' needs an access token and a client id",
                self.settings.profile.value
            ))
            .hint("get both with `bchook token legacy ...`"));
        };
        Ok(Box::new(BetaClient::new(
            self.http()?,
            &beta.hooks_url,
            beta.producer.clone(),
            client_id,
            token,
            self.legacy_headers,
        )?))
    }

    /// The store's v3 API for `bchook {command}`, which the 2013 beta service has no part in
    /// (`/hooks/admin`, entities): a 2013 profile is refused, saying what to use instead.
    pub fn v3_client(&self, command: &str) -> Result<Client, Error> {
        if self.settings.beta.is_some() {
            return Err(Error::usage(format!(
                "`bchook {command}` needs the store's v3 API; profile '{}' is for the 2013 beta \
                 hooks service",
                self.settings.profile.value
            ))
            .hint("use a profile with a v3 API token: `bchook --profile NAME ...`"));
        }
        self.client()
    }

    /// The expander for the profile's platform (`expand`, `listen --expand`): BigCommerce's v3
    /// entities, or an Ecwid store's, with a verdict on each callback. `keep`: how long an
    /// answer is reused (None: the whole run).
    pub fn expander(
        &self,
        command: &str,
        keep: Option<std::time::Duration>,
    ) -> Result<Box<dyn crate::expand::Expand>, Error> {
        let Some(store) = &self.settings.ecwid_store else {
            let client = self.v3_client(command)?;
            let (store_hash, _) = self.settings.credentials()?;
            return Ok(Box::new(crate::expand::Expander::new(
                client, store_hash, keep,
            )));
        };
        let missing = |what: &str| {
            Error::no_credentials(format!(
                "the Ecwid profile '{}' has no {what}",
                self.settings.profile.value
            ))
            .hint("save it with `bchook token save --platform ecwid --store-id N --access-token -`")
        };
        if store.is_empty() {
            return Err(missing("store id"));
        }
        let token = (self.settings.access_token.as_ref()).ok_or_else(|| missing("access token"))?;
        let client = crate::api::EcwidClient::new(
            self.http()?,
            &self.settings.api_url.value,
            store,
            token.value.clone(),
        )?;
        Ok(Box::new(crate::expand::EcwidExpander::new(
            client,
            store.clone(),
            keep,
        )))
    }

    /// An Ecwid profile has no hooks to manage: Ecwid sets an app's webhook URL and events in
    /// the app's settings, with no API for them.
    fn not_ecwid(&self) -> Result<(), Error> {
        match &self.settings.ecwid_store {
            None => Ok(()),
            Some(store) => Err(Error::usage(format!(
                "profile '{}' is Ecwid store {store}'s: Ecwid has no API to register webhooks \
                 (an app's webhook URL and events are set in its settings at Ecwid)",
                self.settings.profile.value
            ))
            .hint("use a BigCommerce profile: `bchook --profile NAME ...` (`bchook token list`)")),
        }
    }

    /// The store's v3 API, or the error that says which credential is missing.
    fn client(&self) -> Result<Client, Error> {
        self.not_ecwid()?;
        let (store_hash, token) = self.settings.credentials()?;
        Ok(Client::new(
            self.http()?,
            &self.settings.api_url.value,
            &store_hash,
            token,
        )?)
    }
}

/// What the API client reports, on stderr: retries always, each request and answer with `-v`
/// (the token redacted: it is a `Secret`).
fn print_report(report: &Report, verbose: bool) {
    match report {
        Report::Request { method, url, auth } if verbose => {
            eprintln!("> {method} {url}");
            for (name, value) in auth.headers(Secret::to_string) {
                eprintln!("> {name}: {value}");
            }
        }
        Report::Answer { status, ms } if verbose => {
            let status = reqwest::StatusCode::from_u16(*status)
                .map_or_else(|_| status.to_string(), |s| s.to_string());
            eprintln!("< {status} ({ms} ms)");
        }
        Report::NoAnswer { cause } if verbose => eprintln!("< {cause}"),
        Report::Retrying {
            cause,
            method,
            path,
            wait,
            attempt,
            attempts,
        } => eprintln!(
            "bchook: {cause} from {method} {path}; retrying in {:.1} s (attempt {attempt} of {attempts})",
            wait.as_secs_f64()
        ),
        _ => {}
    }
}

/// The default policy; `BCHOOK_RETRY_DELAY_MS` shortens the back-off (the test suite uses it).
fn retry_policy() -> RetryPolicy {
    let mut policy = RetryPolicy::default();
    if let Some(ms) = process_env("BCHOOK_RETRY_DELAY_MS").and_then(|v| v.parse().ok()) {
        policy.base_delay = std::time::Duration::from_millis(ms);
    }
    policy
}

/// The terminal on standard input stops echoing what is typed (a pasted secret must not stay
/// on the screen or in its scrollback) until this is dropped.
struct EchoOff(Option<libc::termios>);

impl EchoOff {
    fn new() -> EchoOff {
        // SAFETY: tcgetattr and tcsetattr only read and write the struct passed to them.
        unsafe {
            let mut saved = std::mem::zeroed::<libc::termios>();
            if libc::tcgetattr(libc::STDIN_FILENO, &mut saved) != 0 {
                return EchoOff(None);
            }
            let mut quiet = saved;
            quiet.c_lflag &= !libc::ECHO;
            if libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &quiet) != 0 {
                return EchoOff(None);
            }
            EchoOff(Some(saved))
        }
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        if let Some(saved) = &self.0 {
            // SAFETY: as in `new`.
            unsafe {
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, saved);
            }
        }
    }
}

/// Turns a secret argument into its value: `-` reads it from standard input (one line on a
/// terminal, everything otherwise), trimmed. Call it for one argument at most.
pub fn secret_arg(value: &Secret, what: &str) -> Result<Secret, Error> {
    if !value.is_stdin() {
        return Ok(value.clone());
    }
    let stdin = io::stdin();
    let mut text = String::new();
    let read = if stdin.is_terminal() {
        eprint!("Paste the {what} and press Enter (it is not shown): ");
        let echo = EchoOff::new();
        let read = stdin.lock().read_line(&mut text);
        drop(echo);
        eprintln!();
        read
    } else {
        stdin.lock().read_to_string(&mut text)
    };
    read.map_err(|e| Error::usage(format!("cannot read the {what} from standard input: {e}")))?;
    let text = text.trim();
    if text.is_empty() {
        return Err(
            Error::usage(format!("the {what} read from standard input is empty"))
                .hint("pipe it in, e.g. `printf %s \"$TOKEN\" | bchook ...`"),
        );
    }
    Ok(Secret::new(text))
}
