//! The config file (profiles of credentials) and the resolution of each setting:
//! command-line flag, then environment variable, then the selected profile, then the default.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::cli::Global;
use crate::error::Error;
use crate::secret::Secret;

pub const DEFAULT_API_URL: &str = "https://api.bigcommerce.com";
pub const DEFAULT_PROFILE: &str = "default";

/// The whole file. Keys bchook does not know are kept, so saving never loses them.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct ConfigFile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
    #[serde(flatten)]
    pub other: toml::Table,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Profile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub store_hash: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_token: Option<Secret>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<Secret>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    /// `producer` returned by the 2013 beta token flow: it makes the profile a 2013 one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub producer: Option<String>,
    /// The 2013 beta hooks service the token came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hooks_url: Option<String>,
    /// `ecwid` for an Ecwid store's profile (`token save --platform ecwid`); BigCommerce's
    /// otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// An Ecwid store's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub store_id: Option<String>,
    #[serde(flatten)]
    pub other: toml::Table,
}

/// Where a setting's value came from, for `token show` and for error hints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    Config,
    Default,
}

impl Source {
    /// One word for JSON.
    pub fn kind(&self) -> &'static str {
        match self {
            Source::Flag(_) => "flag",
            Source::Env(_) => "env",
            Source::Config => "config",
            Source::Default => "default",
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(name) => write!(f, "flag {name}"),
            Source::Env(name) => write!(f, "environment {name}"),
            Source::Config => f.write_str("config file"),
            Source::Default => f.write_str("default"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// Reads environment variables; a trait-free seam so tests can resolve without touching the
/// process environment.
pub type Env<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The process environment, ignoring empty values (an empty `VAR=` means unset in CI templates).
pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Every setting, resolved. Built once at start-up and handed to the commands.
#[derive(Debug)]
pub struct Settings {
    pub config_path: PathBuf,
    pub file: ConfigFile,
    pub profile: Sourced<String>,
    pub store_hash: Option<Sourced<String>>,
    pub access_token: Option<Sourced<Secret>>,
    pub api_url: Sourced<String>,
    pub client_id: Option<Sourced<String>>,
    pub client_secret: Option<Sourced<Secret>>,
    /// Set on a 2013 beta profile (`token legacy`): hooks go to that service, not the v3 API.
    pub beta: Option<BetaService>,
    /// Set on an Ecwid profile: the store's id (the token and API URL are the settings above).
    pub ecwid_store: Option<String>,
}

/// Where a 2013 beta profile's hooks live, and whose they are.
#[derive(Debug, Clone)]
pub struct BetaService {
    pub hooks_url: String,
    /// `store/xxxx`, which the service files hooks under.
    pub producer: String,
}

/// Ecwid's REST API, for an Ecwid profile without its own `api_url`.
pub const DEFAULT_ECWID_API_URL: &str = "https://app.ecwid.com";

/// The 2013 beta service's address, when a profile predates `hooks_url` being saved.
pub const DEFAULT_BETA_HOOKS_URL: &str = "https://hooks-beta.bigcommerce.com";

impl Settings {
    /// Resolves every setting. `access_token_flag` is the flag's value after `-` was read from
    /// standard input.
    pub fn resolve(
        global: &Global,
        access_token_flag: Option<Secret>,
        env: Env,
    ) -> Result<Settings, Error> {
        let config_path = match (&global.config, env("BCHOOK_CONFIG")) {
            (Some(path), _) => path.clone(),
            (None, Some(path)) => PathBuf::from(path),
            (None, None) => default_config_path()?,
        };
        let file = ConfigFile::load(&config_path)?;

        let profile = first_of(
            global.profile.clone(),
            "--profile",
            "BCHOOK_PROFILE",
            file.default.clone(),
            env,
        )
        .unwrap_or(Sourced {
            value: DEFAULT_PROFILE.to_string(),
            source: Source::Default,
        });
        let stored = file
            .profiles
            .get(&profile.value)
            .cloned()
            .unwrap_or_default();

        let store_hash = first_of(
            global.store_hash.clone(),
            "--store-hash",
            "BIGCOMMERCE_STORE_HASH",
            stored.store_hash,
            env,
        );
        let access_token = first_of(
            access_token_flag,
            "--access-token",
            "BIGCOMMERCE_ACCESS_TOKEN",
            stored.access_token,
            env,
        );
        let ecwid_store = match stored.platform.as_deref() {
            Some("ecwid") => Some(stored.store_id.clone().unwrap_or_default()),
            _ => None,
        };
        let api_url = first_of(
            global.api_url.clone(),
            "--api-url",
            "BCHOOK_API_URL",
            stored.api_url,
            env,
        )
        .unwrap_or(Sourced {
            value: match ecwid_store {
                Some(_) => DEFAULT_ECWID_API_URL,
                None => DEFAULT_API_URL,
            }
            .to_string(),
            source: Source::Default,
        });

        Ok(Settings {
            config_path,
            file,
            profile,
            store_hash,
            access_token,
            api_url,
            client_id: from_file(stored.client_id),
            client_secret: from_file(stored.client_secret),
            ecwid_store,
            beta: stored.producer.map(|producer| BetaService {
                hooks_url: stored
                    .hooks_url
                    .unwrap_or_else(|| DEFAULT_BETA_HOOKS_URL.to_string()),
                producer,
            }),
        })
    }

    /// The store hash and token the API needs, or an error that says how to provide them.
    pub fn credentials(&self) -> Result<(String, Secret), Error> {
        let missing = match (&self.store_hash, &self.access_token) {
            (Some(hash), Some(token)) => return Ok((hash.value.clone(), token.value.clone())),
            (None, None) => "a store hash and an access token",
            (None, Some(_)) => "a store hash",
            (Some(_), None) => "an access token",
        };
        // A profile name the file does not have (a typo, most often): say so, and what it has.
        let profiles = &self.file.profiles;
        if !profiles.is_empty() && !profiles.contains_key(&self.profile.value) {
            let names: Vec<String> = profiles
                .keys()
                .map(
                    |name| match self.file.default.as_deref() == Some(name.as_str()) {
                        true => format!("{name} (default)"),
                        false => name.clone(),
                    },
                )
                .collect();
            return Err(Error::no_credentials(format!(
                "there is no profile '{}' in {}; it has: {}",
                self.profile.value,
                self.config_path.display(),
                names.join(", ")
            ))
            .hint(format!(
                "pick one with --profile NAME (or BCHOOK_PROFILE), or save this one with \
                 `bchook --profile {} token save --store-hash HASH --access-token -`",
                self.profile.value
            )));
        }
        Err(Error::no_credentials(format!(
            "no credentials: bchook needs {missing} (profile '{}' in {})",
            self.profile.value,
            self.config_path.display()
        ))
        .hint(
            "save them with `bchook token save --store-hash HASH --access-token -`, or set \
             BIGCOMMERCE_STORE_HASH and BIGCOMMERCE_ACCESS_TOKEN",
        ))
    }
}

/// The first of flag, environment and config file that has the setting.
fn first_of<T: From<String>>(
    flag: Option<T>,
    flag_name: &'static str,
    env_name: &'static str,
    config: Option<T>,
    env: Env,
) -> Option<Sourced<T>> {
    if let Some(value) = flag {
        return Some(Sourced {
            value,
            source: Source::Flag(flag_name),
        });
    }
    if let Some(value) = env(env_name) {
        return Some(Sourced {
            value: T::from(value),
            source: Source::Env(env_name),
        });
    }
    from_file(config)
}

/// A setting only the config file has.
fn from_file<T>(value: Option<T>) -> Option<Sourced<T>> {
    value.map(|value| Sourced {
        value,
        source: Source::Config,
    })
}

fn default_config_path() -> Result<PathBuf, Error> {
    let dir = dirs::config_dir().ok_or_else(|| {
        Error::usage(
            "cannot tell where the config directory is: set BCHOOK_CONFIG or pass --config",
        )
    })?;
    Ok(dir.join("bchook").join("config.toml"))
}

impl ConfigFile {
    /// Reads the file; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<ConfigFile, Error> {
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(ConfigFile::default()),
            Err(e) => {
                return Err(Error::usage(format!(
                    "cannot read the config file {}: {e}",
                    path.display()
                )));
            }
        };
        toml::from_str(&text).map_err(|e| {
            let line = e
                .span()
                .map(|span| format!(" at line {}", text[..span.start].matches('\n').count() + 1))
                .unwrap_or_default();
            Error::usage(format!(
                "the config file {}{line} is not valid: {}",
                path.display(),
                e.message()
            ))
            .hint("fix or remove that file; bchook will not overwrite it")
        })
    }

    /// Reads the file afresh, applies `change` and writes it, holding a lock beside it all the
    /// while: two `token save` runs at once each keep the other's profile (without it, 40 at
    /// once kept 2 to 6 of 40). A symlinked file is written through to its target; a read-only
    /// one is refused, not replaced.
    pub fn update(path: &Path, change: impl FnOnce(&mut ConfigFile)) -> Result<ConfigFile, Error> {
        let target = through_links(path);
        let dir = folder_of(&target);
        create_private_dir(&dir).map_err(|e| {
            Error::usage(format!(
                "cannot create the folder of {}: {e}",
                target.display()
            ))
        })?;
        let _lock = lock_beside(&target)?;
        if let Ok(meta) = fs::metadata(&target)
            && meta.permissions().readonly()
        {
            return Err(Error::usage(format!(
                "the config file {} is read-only: bchook will not replace it",
                target.display()
            ))
            .hint("make it writable (chmod u+w), or give another file with --config"));
        }
        let mut file = ConfigFile::load(&target)?;
        change(&mut file);
        file.save(&target)?;
        Ok(file)
    }

    /// Writes the file atomically (a temporary file in the same folder, then a rename, then the
    /// folder synced so the rename survives a power cut), readable by its owner only.
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        let fail = |what: &str, e: std::io::Error| {
            Error::usage(format!("cannot {what} {}: {e}", path.display()))
        };
        let text = toml::to_string(self)
            .map_err(|e| Error::usage(format!("cannot encode the config: {e}")))?;
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => PathBuf::from("."),
        };
        create_private_dir(&dir).map_err(|e| fail("create the folder of", e))?;
        let tmp = dir.join(format!(
            ".{}.{}.tmp",
            path.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default(),
            std::process::id()
        ));
        let written = (|| {
            let mut f = private_file(&tmp, true)?;
            f.write_all(text.as_bytes())?;
            f.sync_all()?;
            fs::rename(&tmp, path)?;
            fs::File::open(&dir).and_then(|d| d.sync_all())
        })();
        if let Err(e) = written {
            let _ = fs::remove_file(&tmp);
            return Err(fail("write", e));
        }
        Ok(())
    }
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The file a path names, following symbolic links (a dangling one's target included), so
/// that writing it replaces the target, not the link.
fn through_links(path: &Path) -> PathBuf {
    let mut path = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => match fs::read_link(&path) {
                Ok(target) => path = folder_of(&path).join(target),
                Err(_) => break,
            },
            _ => break,
        }
    }
    path
}

/// An exclusive lock on `.NAME.lock` beside `path`, held until the file it returns is closed
/// (the config itself is replaced by a rename, so it cannot carry the lock).
fn lock_beside(path: &Path) -> Result<fs::File, Error> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let lock_path = folder_of(path).join(format!(".{name}.lock"));
    let file = private_file(&lock_path, false).map_err(|e| {
        Error::usage(format!(
            "cannot open the lock file {}: {e}",
            lock_path.display()
        ))
    })?;
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        // SAFETY: flock only reads the descriptor, which `file` keeps open.
        if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) } != 0 {
            let e = std::io::Error::last_os_error();
            return Err(Error::usage(format!(
                "cannot lock {}: {e}",
                lock_path.display()
            )));
        }
    }
    Ok(file)
}

/// Opens `path` for writing, readable by its owner only; emptied when `truncate`.
#[cfg(unix)]
fn private_file(path: &Path, truncate: bool) -> std::io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(truncate)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn private_file(path: &Path, truncate: bool) -> std::io::Result<fs::File> {
    fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(truncate)
        .open(path)
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    fs::create_dir_all(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    fn write_config(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        fs::write(&path, text).unwrap();
        (dir, path)
    }

    const TWO_PROFILES: &str = r#"
default = "shop"

[profiles.shop]
store_hash = "shophash"
access_token = "shop-token-0001"
client_secret = "shop-secret"

[profiles.other]
store_hash = "otherhash"
access_token = "other-token-0002"
api_url = "http://127.0.0.1:9"
"#;

    #[test]
    fn flag_beats_env_beats_profile_beats_default() {
        let (_dir, path) = write_config(TWO_PROFILES);
        let global = Global {
            config: Some(path),
            store_hash: Some("flaghash".into()),
            ..Global::default()
        };
        let env = env_of(&[
            ("BIGCOMMERCE_STORE_HASH", "envhash"),
            ("BIGCOMMERCE_ACCESS_TOKEN", "env-token"),
        ]);
        let s = Settings::resolve(&global, None, &env).unwrap();
        assert_eq!(s.profile.value, "shop");
        assert_eq!(s.profile.source, Source::Config);
        assert_eq!(s.store_hash.as_ref().unwrap().value, "flaghash");
        assert_eq!(s.store_hash.unwrap().source, Source::Flag("--store-hash"));
        let token = s.access_token.unwrap();
        assert_eq!(token.value.expose(), "env-token");
        assert_eq!(token.source, Source::Env("BIGCOMMERCE_ACCESS_TOKEN"));
        assert_eq!(s.api_url.value, DEFAULT_API_URL);
        assert_eq!(s.api_url.source, Source::Default);
        assert_eq!(s.client_secret.unwrap().value.expose(), "shop-secret");
    }

    #[test]
    fn profile_from_env_selects_its_values() {
        let (_dir, path) = write_config(TWO_PROFILES);
        let global = Global {
            config: Some(path),
            ..Global::default()
        };
        let env = env_of(&[("BCHOOK_PROFILE", "other")]);
        let s = Settings::resolve(&global, None, &env).unwrap();
        assert_eq!(s.profile.source, Source::Env("BCHOOK_PROFILE"));
        assert_eq!(s.store_hash.unwrap().value, "otherhash");
        assert_eq!(s.api_url.value, "http://127.0.0.1:9");
        assert_eq!(s.api_url.source, Source::Config);
        assert!(s.client_secret.is_none());
    }

    #[test]
    fn missing_file_means_defaults_and_a_helpful_credentials_error() {
        let dir = tempfile::tempdir().unwrap();
        let global = Global {
            config: Some(dir.path().join("none.toml")),
            ..Global::default()
        };
        let s = Settings::resolve(&global, None, &env_of(&[])).unwrap();
        assert_eq!(s.profile.value, DEFAULT_PROFILE);
        let err = s.credentials().unwrap_err();
        assert_eq!(err.exit_code(), 3);
        let msg = err.to_string();
        assert!(msg.contains("a store hash and an access token"), "{msg}");
        assert!(
            err.hint_text()
                .is_some_and(|h| h.contains("bchook token save")),
            "{err:?}"
        );
    }

    #[test]
    fn broken_file_names_the_file_and_line() {
        let (_dir, path) = write_config("default = \"x\"\n[profiles.x]\nstore_hash = abc\n");
        let global = Global {
            config: Some(path.clone()),
            ..Global::default()
        };
        let msg = Settings::resolve(&global, None, &env_of(&[]))
            .unwrap_err()
            .to_string();
        assert!(msg.contains(&path.display().to_string()), "{msg}");
        assert!(msg.contains("line 3"), "{msg}");
    }

    #[test]
    fn save_is_private_and_keeps_unknown_keys() {
        let (_dir, path) =
            write_config("future_key = 1\n[profiles.a]\nstore_hash = \"h\"\ncolour = \"blue\"\n");
        let mut file = ConfigFile::load(&path).unwrap();
        file.profiles.get_mut("a").unwrap().access_token = Some(Secret::new("t"));
        file.save(&path).unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains("future_key = 1"), "{text}");
        assert!(text.contains("colour = \"blue\""), "{text}");
        assert!(text.contains("access_token = \"t\""), "{text}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
    }
}
