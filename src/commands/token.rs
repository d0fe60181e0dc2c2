//! `token save`, `token exchange`, `token legacy`, `token show`, `token list`, `token delete`.

use std::fmt::Display;

use colored::Colorize;
use serde_json::{Value, json};

use super::{Context, secret_arg};
use crate::api::{Client, EcwidClient};
use crate::cli::{EventPlatform, TokenExchangeArgs, TokenLegacyArgs, TokenSaveArgs};
use crate::config::{
    ConfigFile, DEFAULT_API_URL, DEFAULT_ECWID_API_URL, DEFAULT_PROFILE, Profile, Source, Sourced,
    process_env,
};
use crate::error::Error;
use crate::output::{Stream::Stdout, Styled, print_json, write_stdout};
use crate::secret::Secret;

const DEFAULT_LOGIN_URL: &str = "https://login.bigcommerce.com";

/// What `token save` was given on its command line (after `-` was read from stdin).
pub struct SaveInput {
    pub store_hash: Option<String>,
    pub access_token: Option<Secret>,
    pub api_url: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<Secret>,
    /// `--platform ecwid`: the profile is an Ecwid store's.
    pub ecwid: bool,
    /// `--store-id`: an Ecwid store's id.
    pub store_id: Option<String>,
    /// Try the store hash and token before saving them (not `--no-verify`).
    pub verify: bool,
}

impl SaveInput {
    pub fn new(
        store_hash: Option<String>,
        access_token: Option<Secret>,
        api_url: Option<String>,
        args: &TokenSaveArgs,
    ) -> Result<SaveInput, Error> {
        let ecwid = args.platform == Some(EventPlatform::Ecwid);
        if ecwid && store_hash.is_some() {
            return Err(Error::usage(
                "--store-hash is a BigCommerce store's; an Ecwid profile takes --store-id N",
            ));
        }
        if let Some(id) = &args.store_id
            && (id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(Error::usage(format!(
                "{id:?} is not an Ecwid store id: it is a number (Ecwid's control panel shows it \
                 at the bottom of the dashboard)"
            )));
        }
        Ok(SaveInput {
            ecwid,
            store_id: args.store_id.clone(),
            store_hash: store_hash.as_deref().map(store_hash_of).transpose()?,
            access_token,
            api_url,
            client_id: args.client_id.clone(),
            client_secret: args
                .client_secret
                .as_ref()
                .map(|s| secret_arg(s, "client secret"))
                .transpose()?,
            verify: !args.no_verify,
        })
    }

    /// Sets what was given in `profile`; returns the names of what it set.
    fn apply(&self, profile: &mut Profile) -> Vec<&'static str> {
        let mut saved = Vec::new();
        if self.ecwid {
            profile.platform = Some("ecwid".to_string());
            saved.push("platform");
        }
        let mut set = |slot: &mut Option<String>, value: &Option<String>, name| {
            if value.is_some() {
                slot.clone_from(value);
                saved.push(name);
            }
        };
        set(&mut profile.store_id, &self.store_id, "store id");
        set(&mut profile.store_hash, &self.store_hash, "store hash");
        set(&mut profile.api_url, &self.api_url, "api url");
        set(&mut profile.client_id, &self.client_id, "client id");
        if self.access_token.is_some() {
            profile.access_token.clone_from(&self.access_token);
            saved.push("access token");
        }
        if self.client_secret.is_some() {
            profile.client_secret.clone_from(&self.client_secret);
            saved.push("client secret");
        }
        saved
    }

    /// Whether this changes what the API is called with, so there is something to try.
    fn changes_credentials(&self) -> bool {
        self.store_hash.is_some()
            || self.store_id.is_some()
            || self.access_token.is_some()
            || self.api_url.is_some()
    }
}

/// `token save`: tries the store hash and token the profile will hold (one request) unless
/// `--no-verify`, and saves nothing when they do not work.
pub fn save(ctx: &mut Context, input: SaveInput) -> Result<(), Error> {
    if input.apply(&mut Profile::default()).is_empty() {
        return Err(Error::usage(
            "nothing to save: give --store-hash, --access-token (`-` reads it from standard input), \
             --api-url, --client-id or --client-secret",
        ));
    }
    let name = ctx.settings.profile.value.clone();
    let mut next = ctx
        .settings
        .file
        .profiles
        .get(&name)
        .cloned()
        .unwrap_or_default();
    input.apply(&mut next);
    let ecwid = next.platform.as_deref() == Some("ecwid");
    if next.store_id.is_some() && !ecwid {
        return Err(Error::usage(
            "--store-id is an Ecwid store's: add --platform ecwid (a BigCommerce store takes \
             --store-hash)",
        ));
    }
    // The URL the profile will call: its own, else the environment's, else the platform's.
    let api_url = match (&next.api_url, &ctx.settings.api_url.source) {
        (Some(url), _) => url.clone(),
        (None, Source::Env(_)) => ctx.settings.api_url.value.clone(),
        (None, _) if ecwid => DEFAULT_ECWID_API_URL.to_string(),
        (None, _) => DEFAULT_API_URL.to_string(),
    };
    if input.changes_credentials() {
        // An API URL that is not one is refused before anything is saved, tried or not.
        let _ = Client::new(ctx.http()?, &api_url, "x", Secret::new(""))?;
        // A 2013 profile's token is for the beta service, which has no request to try it with.
        if input.verify && (ecwid || next.producer.is_none()) {
            try_token(ctx, &next, &api_url, ecwid)?;
        }
    }
    let mut saved = Vec::new();
    update_profile(ctx, |p| saved = input.apply(p))?;
    report_saved(ctx, &saved)
}

/// Makes one request with the store and token the profile will hold (BigCommerce's
/// `GET /v3/hooks?limit=1`, or an Ecwid store's `GET /profile`); says so when they work.
fn try_token(ctx: &Context, profile: &Profile, api_url: &str, ecwid: bool) -> Result<(), Error> {
    let untried = |missing: &str, flag: &str| {
        Error::usage(format!(
            "cannot try the token without {missing}: profile '{}' has none",
            ctx.settings.profile.value
        ))
        .hint(format!(
            "give {flag} too, or --no-verify to save it without trying"
        ))
    };
    let store = match ecwid {
        true => profile
            .store_id
            .as_deref()
            .ok_or_else(|| untried("a store id", "--store-id N")),
        false => (profile.store_hash.as_deref())
            .ok_or_else(|| untried("a store hash", "--store-hash HASH")),
    }?;
    let token = (profile.access_token.clone())
        .ok_or_else(|| untried("an access token", "--access-token -"))?;
    let (tried, whose, token_of) = match ecwid {
        true => (
            EcwidClient::new(ctx.http()?, api_url, store, token)?
                .profile(store)
                .map(drop),
            format!("Ecwid store {store}"),
            format!("Ecwid store {store}'s access token (secret_..., from the app's settings)"),
        ),
        false => (
            Client::new(ctx.http()?, api_url, store, token)?.try_credentials(store),
            format!("store {store}"),
            format!(
                "store {store}'s (Settings > Store-level API accounts) and may manage webhooks"
            ),
        ),
    };
    if let Err(e) = tried {
        let hint = match e.exit_code() {
            3 => format!(
                "nothing was saved. Check that the token is {token_of}, or save it untried with \
                 --no-verify"
            ),
            _ => "nothing was saved. Check the network and --api-url, or save it untried with \
                  --no-verify"
                .to_string(),
        };
        return Err(Error::from(e).hint(hint));
    }
    if !ctx.json {
        eprintln!("Token works for {whose}");
    }
    Ok(())
}

pub fn exchange(ctx: &mut Context, args: &TokenExchangeArgs) -> Result<(), Error> {
    let store_hash = store_hash_of(&args.context)?;
    let client_secret = secret_arg(&args.client_secret, "client secret")?;
    let login_url = args
        .login_url
        .clone()
        .or_else(|| process_env("BCHOOK_LOGIN_URL"))
        .unwrap_or_else(|| DEFAULT_LOGIN_URL.to_string());
    let request = json!({
        "client_id": args.client_id,
        "client_secret": client_secret.expose(),
        "code": args.code,
        "context": args.context,
        "scope": args.scope,
        "grant_type": "authorization_code",
        "redirect_uri": args.redirect_uri,
    });
    let grant = ctx.http()?.exchange_code(&login_url, &request)?;
    // The store hash BigCommerce confirms wins over the one we were given.
    let store_hash = store_hash_of(&grant.context).unwrap_or(store_hash);
    if let Some(scope) = &grant.scope {
        eprintln!("Granted scopes: {scope}");
    }
    update_profile(ctx, |p| {
        p.access_token = Some(grant.access_token);
        p.store_hash = Some(store_hash);
        p.client_id = Some(args.client_id.clone());
        p.client_secret = Some(client_secret);
    })?;
    report_saved(
        ctx,
        &["access token", "store hash", "client id", "client secret"],
    )
}

pub fn legacy(ctx: &mut Context, args: &TokenLegacyArgs) -> Result<(), Error> {
    let client_secret = secret_arg(&args.client_secret, "client secret")?;
    let token = secret_arg(&args.token, "legacy API token")?;
    let request = json!({
        "client_id": args.client_id,
        "client_secret": client_secret.expose(),
        "user": args.user,
        "token": token.expose(),
        "store_domain": args.store_domain,
    });
    let grant = ctx.http()?.legacy_token(&args.hooks_url, &request)?;
    eprintln!("Producer: {}", grant.producer);
    update_profile(ctx, |p| {
        p.access_token = Some(grant.access_token);
        p.producer = Some(grant.producer);
        p.hooks_url = Some(args.hooks_url.clone());
        p.client_id = Some(args.client_id.clone());
        p.client_secret = Some(client_secret);
    })?;
    report_saved(
        ctx,
        &[
            "access token",
            "producer",
            "hooks url",
            "client id",
            "client secret",
        ],
    )
}

pub fn show(ctx: &Context) -> Result<(), Error> {
    let s = &ctx.settings;
    let exists = s.config_path.exists();
    let token = s.access_token.as_ref().map(redacted);
    let secret = s.client_secret.as_ref().map(redacted);
    let rows: [(&str, Option<&Sourced<String>>); 6] = [
        ("profile", Some(&s.profile)),
        ("store hash", s.store_hash.as_ref()),
        ("access token", token.as_ref()),
        ("api url", Some(&s.api_url)),
        ("client id", s.client_id.as_ref()),
        ("client secret", secret.as_ref()),
    ];
    // A profile saved by `token legacy` talks to the 2013 beta service, not the v3 API; an
    // Ecwid one to an Ecwid store's REST API.
    let service = match (&s.beta, &s.ecwid_store) {
        (_, Some(store)) => format!(
            "Ecwid store {store}: its REST API (an app's webhooks are set in its settings at Ecwid)"
        ),
        (Some(beta), _) => format!(
            "2013 beta hooks service at {} (producer {})",
            beta.hooks_url, beta.producer
        ),
        (None, None) => "v3 API".to_string(),
    };
    if ctx.json {
        let mut object = serde_json::Map::new();
        object.insert("config".into(), json!(s.config_path));
        object.insert("config_exists".into(), json!(exists));
        object.insert(
            "platform".into(),
            json!(if s.ecwid_store.is_some() {
                "ecwid"
            } else {
                "bigcommerce"
            }),
        );
        if let Some(store) = &s.ecwid_store {
            object.insert("store_id".into(), json!(store));
        }
        object.insert(
            "hooks_service".into(),
            match (&s.beta, &s.ecwid_store) {
                (_, Some(_)) => json!({"protocol": "ecwid-rest"}),
                (Some(beta), _) => json!({"protocol": "beta-2013", "hooks_url": beta.hooks_url, "producer": beta.producer}),
                (None, None) => json!({"protocol": "v3"}),
            },
        );
        for (name, value) in rows {
            let entry = value.map_or(Value::Null, |v| {
                json!({"value": v.value, "source": v.source.kind(), "from": v.source.to_string()})
            });
            object.insert(name.replace(' ', "_"), entry);
        }
        return print_json(&object);
    }
    // Pad before styling: escape codes would break the column.
    let label = |name: &str| format!("{name:<14}").dimmed().on(Stdout);
    let mut out = format!(
        "{}{}{}\n",
        label("config"),
        s.config_path.display(),
        if exists { "" } else { " (not created yet)" }
    );
    for (name, value) in rows {
        let line = match value {
            Some(v) => format!(
                "{} {}",
                v.value,
                format!("({})", v.source).dimmed().on(Stdout)
            ),
            None => "not set".yellow().on(Stdout),
        };
        out.push_str(&format!("{}{line}\n", label(name)));
    }
    out.push_str(&format!("{}{service}\n", label("hooks")));
    write_stdout(&out)
}

/// `token list`: every profile of the config file, the default marked.
pub fn list(ctx: &Context) -> Result<(), Error> {
    let file = &ctx.settings.file;
    let is_default = |name: &str| file.default.as_deref() == Some(name);
    let rows: Vec<[String; 4]> = file
        .profiles
        .iter()
        .map(|(name, p)| {
            let or_none = |v: Option<String>| v.unwrap_or_else(|| "-".into());
            [
                name.clone(),
                platform_of(p).to_string(),
                or_none(
                    (p.store_hash.clone())
                        .or_else(|| p.store_id.clone())
                        .or_else(|| p.producer.clone()),
                ),
                or_none(p.access_token.as_ref().map(ToString::to_string)),
            ]
        })
        .collect();
    if ctx.json {
        let profiles: Vec<Value> = file
            .profiles
            .iter()
            .map(|(name, p)| {
                json!({
                    "name": name,
                    "default": is_default(name),
                    "platform": platform_of(p),
                    "store_hash": p.store_hash,
                    "store_id": p.store_id,
                    "api_url": p.api_url,
                    "access_token": p.access_token.as_ref().map(ToString::to_string),
                })
            })
            .collect();
        return print_json(&profiles);
    }
    if rows.is_empty() {
        eprintln!(
            "No profiles in {}: save one with `bchook token save --store-hash HASH --access-token -`",
            ctx.settings.config_path.display()
        );
        return Ok(());
    }
    let header = ["NAME", "PLATFORM", "STORE", "TOKEN"].map(String::from);
    let widths: Vec<usize> = (0..4)
        .map(|i| {
            rows.iter()
                .chain([&header])
                .map(|r| r[i].len())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |mark: &str, row: &[String; 4]| {
        let cells: Vec<String> = (0..4)
            .map(|i| format!("{:<w$}", row[i], w = widths[i]))
            .collect();
        format!("{mark} {}\n", cells.join("  ").trim_end())
    };
    let mut out = line(" ", &header).dimmed().on(Stdout);
    for row in &rows {
        out.push_str(&line(if is_default(&row[0]) { "*" } else { " " }, row));
    }
    write_stdout(&out)
}

/// Which service a profile's credentials are for.
fn platform_of(profile: &Profile) -> &'static str {
    match (profile.platform.as_deref(), &profile.producer) {
        (Some("ecwid"), _) => "ecwid",
        (_, Some(_)) => "bigcommerce-2013",
        _ => "bigcommerce",
    }
}

/// `token delete NAME`: removes the profile (and the file's default, if it was that one).
pub fn delete(ctx: &mut Context, name: &str) -> Result<(), Error> {
    let path = ctx.settings.config_path.clone();
    let missing = |file: &ConfigFile| {
        let names: Vec<&str> = file.profiles.keys().map(String::as_str).collect();
        let has = match names.is_empty() {
            true => "it has none".to_string(),
            false => format!("it has: {}", names.join(", ")),
        };
        Error::usage(format!(
            "there is no profile '{name}' in {}; {has}",
            path.display()
        ))
        .hint("`bchook token list` shows the profiles")
    };
    // Refused before the file is touched; checked again under its lock, as another run may
    // have deleted it since.
    if !ctx.settings.file.profiles.contains_key(name) {
        return Err(missing(&ctx.settings.file));
    }
    let (mut found, mut was_default) = (false, false);
    ctx.settings.file = ConfigFile::update(&path, |file| {
        found = file.profiles.remove(name).is_some();
        was_default = found && file.default.as_deref() == Some(name);
        if was_default {
            file.default = None;
        }
    })?;
    if !found {
        return Err(missing(&ctx.settings.file));
    }
    if ctx.json {
        return print_json(&json!({"deleted": name, "config": path, "was_default": was_default}));
    }
    eprintln!("Deleted profile '{name}' from {}", path.display());
    if was_default {
        eprintln!(
            "It was the default: commands now use the profile named '{DEFAULT_PROFILE}' unless \
             --profile says otherwise"
        );
    }
    Ok(())
}

fn redacted(secret: &Sourced<Secret>) -> Sourced<String> {
    Sourced {
        value: secret.value.to_string(),
        source: secret.source.clone(),
    }
}

/// Applies `change` to the selected profile and writes the file. A broken file stops us (it
/// was parsed when the settings were resolved, and is again under the lock): never overwritten.
fn update_profile(ctx: &mut Context, change: impl FnOnce(&mut Profile)) -> Result<(), Error> {
    let name = ctx.settings.profile.value.clone();
    // Read again under the file's lock: another run may have saved a profile since.
    ctx.settings.file = ConfigFile::update(&ctx.settings.config_path, |file| {
        change(file.profiles.entry(name.clone()).or_default());
        if file.default.is_none() {
            file.default = Some(name);
        }
    })?;
    Ok(())
}

fn report_saved(ctx: &Context, saved: &[impl Display]) -> Result<(), Error> {
    let names: Vec<String> = saved.iter().map(ToString::to_string).collect();
    let profile = &ctx.settings.profile.value;
    let path = ctx.settings.config_path.display();
    if ctx.json {
        return print_json(
            &json!({"profile": profile, "config": path.to_string(), "saved": names}),
        );
    }
    eprintln!(
        "Saved {} to profile '{profile}' in {path}",
        names.join(", ")
    );
    Ok(())
}

/// `abc123` or `stores/abc123` to `abc123`; anything else is a usage error.
fn store_hash_of(value: &str) -> Result<String, Error> {
    let hash = value.trim().trim_start_matches("stores/");
    if hash.is_empty() || !hash.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(Error::usage(format!(
            "{value:?} is not a store hash: it is the letters and digits after /stores/ in the API path, \
             e.g. abc123 (or stores/abc123)"
        )));
    }
    Ok(hash.to_string())
}

#[cfg(test)]
mod tests {
    use super::store_hash_of;

    #[test]
    fn store_hashes() {
        assert_eq!(store_hash_of("stores/g5cd38").unwrap(), "g5cd38");
        assert_eq!(store_hash_of("abc123").unwrap(), "abc123");
        assert!(store_hash_of("stores/").is_err());
        assert!(store_hash_of("https://x/stores/abc").is_err());
    }
}
