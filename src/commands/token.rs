//! `token save`, `token exchange`, `token legacy`, `token show`.

use std::fmt::Display;

use colored::Colorize;
use serde_json::{Value, json};

use super::{Context, secret_arg};
use crate::cli::{TokenExchangeArgs, TokenLegacyArgs, TokenSaveArgs};
use crate::config::{ConfigFile, Profile, Sourced, process_env};
use crate::error::Error;
use crate::output::{Stream::Stdout, Styled, print_json, write_stdout};
use crate::secret::Secret;

const DEFAULT_LOGIN_URL: &str = "https://login.bigcommerce.com";

/// What `token save` was given on its command line (after `-` was read from stdin).
pub struct SaveInput {
    pub store_hash: Option<String>,
    pub access_token: Option<Secret>,
    pub client_id: Option<String>,
    pub client_secret: Option<Secret>,
}

impl SaveInput {
    pub fn new(
        store_hash: Option<String>,
        access_token: Option<Secret>,
        args: &TokenSaveArgs,
    ) -> Result<SaveInput, Error> {
        Ok(SaveInput {
            store_hash,
            access_token,
            client_id: args.client_id.clone(),
            client_secret: args
                .client_secret
                .as_ref()
                .map(|s| secret_arg(s, "client secret"))
                .transpose()?,
        })
    }
}

pub fn save(ctx: &mut Context, input: SaveInput) -> Result<(), Error> {
    let store_hash = input.store_hash.as_deref().map(store_hash_of).transpose()?;
    if store_hash.is_none()
        && input.access_token.is_none()
        && input.client_id.is_none()
        && input.client_secret.is_none()
    {
        return Err(Error::usage(
            "nothing to save: give --store-hash, --access-token (`-` reads it from standard input), \
             --client-id or --client-secret",
        ));
    }
    let mut saved = Vec::new();
    update_profile(ctx, |p| {
        set(&mut p.store_hash, store_hash, "store hash", &mut saved);
        set(
            &mut p.access_token,
            input.access_token,
            "access token",
            &mut saved,
        );
        set(&mut p.client_id, input.client_id, "client id", &mut saved);
        set(
            &mut p.client_secret,
            input.client_secret,
            "client secret",
            &mut saved,
        );
    })?;
    report_saved(ctx, &saved)
}

/// Sets a profile value the command line gave, and notes its name.
fn set<T>(slot: &mut Option<T>, value: Option<T>, name: &'static str, saved: &mut Vec<&str>) {
    if value.is_some() {
        *slot = value;
        saved.push(name);
    }
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
    // A profile saved by `token legacy` talks to the 2013 beta service, not the v3 API.
    let service = match &s.beta {
        Some(beta) => format!(
            "2013 beta hooks service at {} (producer {})",
            beta.hooks_url, beta.producer
        ),
        None => "v3 API".to_string(),
    };
    if ctx.json {
        let mut object = serde_json::Map::new();
        object.insert("config".into(), json!(s.config_path));
        object.insert("config_exists".into(), json!(exists));
        object.insert(
            "hooks_service".into(),
            match &s.beta {
                Some(beta) => json!({"protocol": "beta-2013", "hooks_url": beta.hooks_url, "producer": beta.producer}),
                None => json!({"protocol": "v3"}),
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
