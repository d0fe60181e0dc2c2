//! The whole command-line definition. The rest of the program receives these parsed structs and
//! never touches clap again; `--help`, the man pages and the completions all come from here.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::secret::Secret;
use crate::time::parse_duration;
use std::time::Duration;

const ABOUT: &str =
    "Provision BigCommerce webhooks, receive and inspect callbacks locally, and script both in CI.";

pub const EXIT_CODES: &str = "\
EXIT CODES:
  0  success
  1  any other failure
  2  usage error or invalid input, found before any request is sent
  3  authentication refused (401, 403) or no credentials
  4  not found (404)
  5  the API rejected the request (400, 409, 422)
  6  network failure, timeout, rate limit or server error that outlasted the retries
  7  `listen --count N` timed out before N callbacks arrived
  8  `doctor`, `apply --check`, `simulate`: unhealthy (deactivated, blocked, drift, lost deliveries)
  130 `simulate` interrupted by Ctrl-C, after printing its report so far";

pub const ENVIRONMENT: &str = "\
ENVIRONMENT:
  BIGCOMMERCE_STORE_HASH    store hash (like --store-hash)
  BIGCOMMERCE_ACCESS_TOKEN  API token (like --access-token)
  BCHOOK_API_URL            API base URL (like --api-url)
  BCHOOK_PROFILE            profile of the config file (like --profile)
  BCHOOK_CONFIG             config file path (like --config)
  BCHOOK_LOGIN_URL          OAuth server for `token exchange` (like --login-url)
  BCHOOK_SECRET             signing secret of listen, trigger, simulate (like --secret)
  BIGCOMMERCE_CLIENT_SECRET client secret of `token save|exchange|legacy` (like --client-secret)
  BCHOOK_LEGACY_TOKEN       legacy API token of `token legacy` (like --token)
  BCHOOK_REQUIRE_HEADER     `listen`'s required headers, one a line (like --require-header)
  BCHOOK_UI_TOKEN           the `listen --ui` page's token (like --ui-token)
  NO_COLOR                  any value turns colour off
Secrets belong in the environment or on stdin (`-`): a flag's value shows in `ps`.
Each setting is taken from the flag, else the environment, else the profile, else the default.";

/// The heading of the options every command takes, listed after the command's own.
const GLOBAL: &str = "Global options";

#[derive(Debug, Parser)]
#[command(
    name = "bchook",
    version,
    about = ABOUT,
    long_about = None,
    propagate_version = true,
    max_term_width = 100,
    after_long_help = format!("EXAMPLES:
  bchook token save --store-hash abc123 --access-token - < token.txt
  bchook subscribe store/order/created https://example.com/hooks --header \\
      'X-Secret: s3cret'
  bchook list --scope 'store/order/*'
  bchook apply -f hooks.toml --check
  bchook doctor
  bchook listen --port 8080 --save callbacks.ndjson
  bchook listen --subscribe 'store/order/*' --public-url \\
      https://abc.trycloudflare.com/
  # Production's hooks, at the tunnel, forwarded to the app at their own paths
  bchook listen -f hooks.toml --public-url https://abc.trycloudflare.com \\
      --forward-to http://localhost:3000
  bchook simulate --to http://localhost:3000/webhooks --speed 3600

{ENVIRONMENT}

{EXIT_CODES}"),
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,

    #[command(subcommand)]
    pub command: Command,
}

/// Options every command accepts. Credentials resolve per value: flag, environment, profile,
/// built-in default.
#[derive(Debug, Args, Clone, Default)]
pub struct Global {
    /// Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "HASH")]
    pub store_hash: Option<String>,

    /// API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "TOKEN", value_parser = Secret::parse)]
    pub access_token: Option<Secret>,

    /// API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "URL")]
    pub api_url: Option<String>,

    /// Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "NAME")]
    pub profile: Option<String>,

    /// Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Print machine-readable JSON on stdout
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub json: bool,

    /// When to use colour [NO_COLOR turns it off]
    #[arg(long, global = true, help_heading = GLOBAL, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Print each HTTP request and response status to stderr, secrets redacted
    #[arg(short, long, global = true, help_heading = GLOBAL)]
    pub verbose: bool,

    /// On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and
    /// X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub legacy_headers: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour only when writing to a terminal
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Obtain or save an access token into a profile of the config file
    #[command(subcommand)]
    Token(TokenCommand),

    /// Create a hook: BigCommerce will POST each SCOPE event to DESTINATION
    #[command(after_long_help = "EXAMPLES:
  bchook subscribe store/order/created https://example.com/hooks
  bchook subscribe 'store/product/*' https://example.com/hooks --header \\
      'X-Secret: s3cret'
  bchook subscribe store/channel/1/order/created https://example.com/hooks \\
      --inactive --json

The scope must be one bchook knows (see `bchook scopes`): one within two edits of a known scope
is refused as a typo, naming the nearest; --allow-unknown-scope lets a far-off new one through
with a warning. BigCommerce delivers only to https on port 443, so another destination is refused
(--allow-insecure makes it a warning, for a local fake). Both are checked before any request.

SEE ALSO: bchook list, bchook update, bchook listen")]
    Subscribe(SubscribeArgs),

    /// List hooks (every page unless --page is given)
    #[command(after_long_help = "EXAMPLES:
  bchook list
  bchook list --scope store/order/created --inactive
  bchook list --json | jq '.[].id'

Hooks are visible only to the API account (token) that created them.

SEE ALSO: bchook show, bchook delete --all")]
    List(ListArgs),

    /// Show one hook
    #[command(after_long_help = "EXAMPLES:
  bchook show 18048287
  bchook show 18048287 --json | jq .destination

SEE ALSO: bchook list, bchook update")]
    Show(ShowArgs),

    /// Change a hook's scope, destination, state or custom headers
    #[command(after_long_help = "EXAMPLES:
  # Reactivate a hook BigCommerce switched off
  bchook update 18048287 --active
  bchook update 18048287 --destination https://example.com/v2/hooks
  bchook update 18048287 --header 'X-Secret: new' --header 'X-Team: shop'
  bchook update 18048287 --no-headers

--header replaces the whole set of custom headers; --no-headers removes them all. A new scope or
destination is checked as `bchook subscribe` checks it (typos refused, https on 443 only),
before any request.

SEE ALSO: bchook show")]
    Update(UpdateArgs),

    /// Delete hooks by id, or every hook matching filters with --all
    #[command(after_long_help = "EXAMPLES:
  bchook delete 18048287 18048288
  bchook delete --all --destination https://old.example.com/hooks
  bchook delete --all --yes          # in scripts: no terminal to confirm on

--all asks for confirmation on a terminal; elsewhere it needs --yes, and without it nothing is
deleted (exit 2).

SEE ALSO: bchook list")]
    Delete(DeleteArgs),

    /// Make a store's hooks match a file: print the plan, then carry it out
    #[command(after_long_help = "EXAMPLES:
  bchook apply -f hooks.toml --dry-run          # the plan only
  bchook apply -f hooks.toml                    # carry it out
  # In CI: exit 8 when the store has drifted from the file
  bchook apply -f hooks.toml --check
  # Also delete the hooks the file does not have
  bchook apply -f hooks.toml --prune --yes
  bchook apply -f hooks.toml --profiles shop-a,shop-b --jobs 4

The file has a [[hook]] table per hook: scope, destination, and optionally headers (values may be
${NAME}, read from the environment) and active (default true). A hook is known by scope and
destination; a different header or state is an update. Plans never show a header's value, only
that it changed. Writes go deletions first, then updates, then creates, and stop at the first
failure, saying what was done. Checked before any write: one hook per scope and destination, at
most 10 per scope (exit 2 for the file alone, 5 with the store's other hooks), https on port 443
(--allow-insecure: a warning). Several stores: each profile's own credentials (the
BIGCOMMERCE_* variables are not used), one failing does not stop the others (exit 1).
Exit status: 0 when the store matches the file (or was made to); with --check, 8 when it has
drifted (changes to make) and 1 when a store could not be read, which outranks drift.

SEE ALSO: bchook export, bchook doctor")]
    Apply(ApplyArgs),

    /// Write the store's hooks as a file for `apply`, header values as ${NAME} placeholders
    #[command(after_long_help = "EXAMPLES:
  bchook export -o hooks.toml
  bchook export --json > hooks.json
  bchook export --show-secrets                  # the header values themselves

A header's values become ${X_SECRET} (from its name; ${X_SECRET_2}... for further values), so
the file can be committed; set those variables before `bchook apply`.

SEE ALSO: bchook apply")]
    Export(ExportArgs),

    /// Check the health of the store's hooks: deactivated, blocked domains, emails
    #[command(after_long_help = "EXAMPLES:
  bchook doctor
  # From cron: mail only when something needs attention
  bchook doctor --quiet || mail -s 'hooks need attention' me@example.com
  bchook doctor --json | jq .problems

Reads GET /hooks/admin. BigCommerce deactivates a hook after 48 h of failed retries or 90 days
without events, and blocks a whole domain for 3 minutes when under 90% of its deliveries in 2
minutes succeed: a domain several hooks share fails together. It wants one
store/hook/deliveryException hook, to a destination apart from the others, and notifies the
emails set with `bchook admin emails set`. Exit 0 when healthy, 8 when a hook is deactivated or
a domain blocked.

SEE ALSO: bchook reactivate, bchook admin emails")]
    Doctor(DoctorArgs),

    /// Turn deactivated hooks back on
    #[command(after_long_help = "EXAMPLES:
  bchook reactivate 18048287 18048288
  bchook reactivate --all-deactivated

Sends PUT /hooks/{id} {\"is_active\": true} for each. Fix the handler first: a hook whose
deliveries still fail is deactivated again after BigCommerce's retries run out.

SEE ALSO: bchook doctor")]
    Reactivate(ReactivateArgs),

    /// The account's hooks settings at BigCommerce (notification emails)
    #[command(subcommand)]
    Admin(AdminCommand),

    /// Receive callbacks on this machine: print, verify and save each one, answer at once
    #[command(after_long_help = "EXAMPLES:
  # On http://127.0.0.1:8080, every request answered 200
  bchook listen
  # Any free port; each callback saved before its 200
  bchook listen --port 0 --save callbacks.ndjson
  # Verify signatures (Standard Webhooks, Ecwid, Shopify)
  bchook listen --secret \"$CLIENT_SECRET\"
  bchook listen --require-header 'X-Secret: s3cret' --events 'store/order/*'
  # Pass each callback on to your app and show what it answered
  bchook listen --forward-to http://localhost:3000/webhooks
  # In CI: wait for one callback, exit 7 if none comes
  bchook listen --json --count 1 --timeout 60
  # Show the order, product... each callback names
  bchook listen --expand
  bchook listen --subscribe 'store/order/*' --public-url \\
      https://abc.trycloudflare.com/

Every request, any method and path, is answered at once with --status (after --delay), but a
browser's GET /favicon.ico (404, never recorded). With
--save, the callback is written to the file before the answer, so an answered callback is never
lost; lines are NDJSON, the same as --json prints, and keep the exact bytes received (body_b64
when the JSON or text fields cannot give them back); a file appended to goes on counting seq.
Signatures are checked with --secret, or the profile's client_secret; with one, an unsigned
callback is flagged (UNSIGNED, a signature was expected). A callback seen before in this run is
marked DUPLICATE of #N (duplicate_of in --json): BigCommerce's hash covers `data` only, so every
update to one entity that carries the same data shares it. Callbacks that do not
match --events are still answered and saved, only not printed or counted. A body over --max-body
is answered 413 and not saved. Without --count, --timeout just stops listening (exit 0).
With --expand, the entity each BigCommerce callback names is fetched before it is printed (as
`bchook expand` does), never before it is answered or saved; a burst for a few entities makes
one fetch each, up to 4 at a time, and when fetches fall far behind, callbacks are printed
without their entity, with a note.
With --subscribe, a hook per scope is created to --public-url (a tunnel in front of this port)
for this run, carrying X-Bchook-Listen with a random token that every callback must then carry;
they are deleted on every way out (Ctrl-C, --count, --timeout, an error). Hooks a killed run
left to the same URL are found by that header and deleted first (asked on a terminal; --yes).
With -f FILE (an `apply` hooks file), each active [[hook]] is subscribed the same way at
--public-url joined with the path and query of its own destination, with its headers (${NAME}
from the environment): with --forward-to, the app gets production's paths and headers.
--forward-to PATTERN=URL (repeatable) routes by event: the first match wins, a plain URL takes
the rest, a callback nothing takes is saved and shown as not forwarded. --answer-from-app makes
the app's answer (status, headers but hop-by-hop ones, body) the answer, once the callback is
saved: 502 when the app cannot be reached, 504 past --app-timeout; a store's retries,
blocklisting and deactivation then follow the app's real behaviour through the tunnel. Only the
callback waiting on the app waits.

BigCommerce needs a public https URL on port 443: run a tunnel (cloudflared, ngrok) to this port
and `bchook subscribe` the tunnel's URL.

SEE ALSO: bchook subscribe")]
    Listen(ListenArgs),

    /// Send realistic callbacks to your handler, signed like the real ones
    #[command(after_long_help = "EXAMPLES:
  # To http://127.0.0.1:8080/, where `bchook listen` waits
  bchook trigger store/order/created
  bchook trigger store/order/created --to http://localhost:3000/webhooks \\
      --secret \"$CLIENT_SECRET\"
  bchook trigger store/product/updated --id 77 --data '{\"properties\":[\"price\"]}'
  bchook trigger store/channel/1/cart/created --to http://localhost:3000/
  bchook trigger order.created --platform ecwid --secret \"$ECWID_CLIENT_SECRET\"
  bchook trigger orders/create --platform shopify --secret \"$SHOPIFY_API_SECRET\"
  # A bulk import
  bchook trigger store/product/created --count 2000 --concurrency 8
  # With a hook's custom header
  bchook trigger store/order/created -H 'X-Secret: s3cret'
  # Write the signed request to a file instead of sending it
  bchook trigger store/order/created --print > fixture.http

The payload is what BigCommerce sends: scope, store_id, producer (stores/HASH, from --store-hash
or the profile), the event's data (see `bchook scopes`), hash (SHA-1 of the data), created_at.
With --secret (or the profile's client_secret) it carries Standard Webhooks headers; Ecwid
callbacks carry X-Ecwid-Webhook-Signature, Shopify ones X-Shopify-Hmac-Sha256 (a classic
delivery from STORE_HASH.myshopify.com: topic, shop, API version, webhook and event ids). The handler's status, time and answer are shown;
anything but a 2xx within --timeout fails, as it does for BigCommerce (exit 1; exit 6 when
nothing answers). With --count, ids count up from --id and a summary follows.

SEE ALSO: bchook scopes, bchook listen, bchook replay")]
    Trigger(TriggerArgs),

    /// Deliver callbacks to your handler under BigCommerce's retry and blocklist rules, fast
    #[command(after_long_help = "EXAMPLES:
  bchook simulate --to http://localhost:3000/webhooks --rate 50 --duration 30
  bchook simulate --to http://localhost:3000/webhooks --speed 3600 \\
      --exceptions-to http://127.0.0.1:8080/
  bchook simulate --to http://localhost:3000/webhooks --json | jq .blocklisted
  # Ecwid's rules and callbacks: 27 retries over 24 h
  bchook simulate --platform ecwid --to http://localhost:3000/ecwid --speed 3600

One time model: --rate and --duration describe the traffic in BigCommerce's time, and every
attempt is judged at the time it was due there (fired at t, retried at t + 60 s, t + 240 s...;
the 2-minute window, the 3-minute block and the 10-minute exception spacing all count that
time). --speed X only sets how fast the run goes: time t is attempted at t / X real seconds, or
as soon after as the handler allows, so the verdict is the same at every speed; --speed 1 is the
faithful run for a handler whose answers depend on load. --timeout is real time (BigCommerce
waits 10 s for real). Only a 2xx within --timeout succeeds; a failure is retried after 60, 180,
300, 600, 900, 1800, 3600, 7200, 21600, 50400 and 86400 s, then the hook is deactivated. A domain
whose success ratio over 2 minutes falls under 90% (once 100 deliveries were tried) is
blocklisted for 3 minutes, and what is due meanwhile waits. With --exceptions-to,
store/hook/deliveryException callbacks (90001, 90002, 90003) go there. Ctrl-C prints the report
so far (exit 130). Exit 8 when the domain would have been blocklisted or the hook deactivated.

--platform ecwid follows Ecwid's rules instead (docs.ecwid.com, how to process webhooks): only
200, 201, 202, 204 and 209 count as delivered (another 2xx, and every 3xx, is a failure); a
failed callback is retried at 15, 30 and 45 minutes, then every hour from 1 h to 24 h after its
first attempt (27 retries: the page's list read as times after the first attempt), then given
up; there is no blocklist and no delivery exception (Ecwid blocks an app's webhooks after 2
weeks of failures, beyond any one callback's day). The callbacks are Ecwid's (--scope takes its
events, default order.created), signed with X-Ecwid-Webhook-Signature. Exit 8 when a callback
would have been given up.

SEE ALSO: bchook trigger, bchook listen")]
    Simulate(SimulateArgs),

    /// Re-send callbacks saved by `listen --save`, byte for byte, in order
    #[command(after_long_help = "EXAMPLES:
  bchook replay callbacks.ndjson --to http://localhost:3000/webhooks
  bchook replay callbacks.ndjson --seq 3 --seq 7
  # Signed afresh, so a handler does not reject it as stale
  bchook replay callbacks.ndjson --resign --secret \"$CLIENT_SECRET\"

Each saved callback is sent with its method, path (appended to --to), query, headers (but
hop-by-hop ones) and the exact body bytes received, so signatures still match; but a Standard
Webhooks timestamp older than 5 minutes is stale to every correct handler, and replay warns
about each. --resign signs every callback afresh as its platform signs, with --secret (or
BCHOOK_SECRET, or the profile's client_secret): Standard Webhooks gets a new timestamp and
signature, the same id and body; Ecwid a new eventCreated in the body (every other byte kept)
and a new signature; Shopify a new signature over the same body.

SEE ALSO: bchook listen --save")]
    Replay(ReplayArgs),

    /// Show the order, product, customer... behind each saved or piped callback
    #[command(after_long_help = "EXAMPLES:
  # Each callback and the entity it names
  bchook expand callbacks.ndjson
  # The line again, with an `entity` field
  bchook expand callbacks.ndjson --seq 3 --json
  # As callbacks arrive, line by line
  bchook listen --json | bchook expand

A BigCommerce callback carries only the entity's type and id; expand fetches the entity's
current state through the REST API (the endpoint for each scope family is in `bchook scopes
--json`), with the usual credentials. An entity that no longer exists, a family with nothing to
fetch, a callback from another store (not fetched) and a token lacking the OAuth scope are said
per callback, and the run goes on. Each URL is fetched once a run. Other platforms' callbacks
get `entity: null`. Exit 3 when the credentials are refused, 6 when the API cannot be reached
(what was done by then is printed).

With an Ecwid profile (`token save --platform ecwid`), Ecwid callbacks are checked as Ecwid asks
a receiver to: the order (by data.orderId), cart, product, category, customer or profile is
fetched, and `entity.verdict` says what it means: confirmed (as notified), changed since (it was
updated after the event: stale, not fake), mismatch (it differs and was not updated since: treat
the callback as fake) or not found (a fake, or deleted since), with `entity.reason`.

SEE ALSO: bchook listen --save, bchook replay")]
    Expand(ExpandArgs),

    /// List the known webhook scopes and what each event's data looks like
    #[command(after_long_help = "EXAMPLES:
  bchook scopes
  bchook scopes 'store/order/*'
  bchook scopes cart --json | jq -r '.[].scope'

PATTERN is a glob (`*` matches anything) or, without `*`, a part of the name.

SEE ALSO: bchook subscribe, bchook trigger")]
    Scopes(ScopesArgs),

    /// Print a shell completion script
    #[command(after_long_help = "EXAMPLES:
  bchook completions bash > ~/.local/share/bash-completion/completions/bchook
  bchook completions zsh > ~/.zfunc/_bchook
  bchook completions fish > ~/.config/fish/completions/bchook.fish
  # Nushell: then `use bchook.nu *` in config.nu
  bchook completions nushell | save -f bchook.nu")]
    Completions(CompletionsArgs),

    /// Write the completion scripts and man pages into DIR (for maintainers)
    #[command(hide = true)]
    Generate(GenerateArgs),
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Save a store-level API account's credentials into the profile
    #[command(after_long_help = "EXAMPLES:
  bchook token save --store-hash abc123 --access-token - < token.txt
  printf %s \"$TOKEN\" | bchook token save --store-hash abc123 --access-token - \\
      --profile staging
  # Lets `listen` verify signatures
  bchook token save --client-secret - < secret.txt
  # Offline: save without trying the token
  bchook token save --store-hash abc123 --access-token - --no-verify < token.txt

The token comes from Settings > Store-level API accounts in the control panel. Prefer `-`
(standard input) over a literal token, which other users can see in the process list.

Before saving, the store hash and token the profile will hold are tried with one request
(GET /v3/hooks?limit=1): \"Token works for store abc123\", or the reason and exit 3 with nothing
saved. --no-verify saves them untried. --api-url is saved in the profile too.

SEE ALSO: bchook token show")]
    Save(TokenSaveArgs),

    /// Exchange an app's OAuth code for a token (POST {login-url}/oauth2/token)
    #[command(after_long_help = "EXAMPLES:
  bchook token exchange --client-id ID --client-secret - \\
      --code qr6h3thvbvag2ffq --context stores/g5cd38 \\
      --scope 'store_v2_orders' --redirect-uri https://app.example.com/auth

Use the code, context and scope BigCommerce passed to your app's auth callback. The token, the
store hash (from the context) and the client id and secret are saved in the profile.

SEE ALSO: bchook token show")]
    Exchange(TokenExchangeArgs),

    /// The 2013 beta flow: POST {hooks-url}/token with legacy store credentials
    #[command(after_long_help = "EXAMPLES:
  bchook token legacy --client-id client123 --client-secret - --user admin \\
      --token - --store-domain https://store-xxxx.mybigcommerce.com

Only one of --client-secret and --token can be `-`. Saves the returned access token, the
producer, the hooks URL and the client id and secret. The profile is then a 2013 one:
subscribe, list, show, update and delete speak the 2013 service's protocol to that hooks URL
(--legacy-headers sends its first header names), with the same output as for the v3 API.

SEE ALSO: bchook token show")]
    Legacy(TokenLegacyArgs),

    /// Show the profile and credentials in effect and where each came from
    #[command(after_long_help = "EXAMPLES:
  bchook token show
  BIGCOMMERCE_ACCESS_TOKEN=x bchook token show --json

Tokens and secrets are shown by their last 4 characters only.

SEE ALSO: bchook token list")]
    Show,

    /// List the config file's profiles: platform, store and which is the default
    #[command(after_long_help = "EXAMPLES:
  bchook token list
  bchook token list --json | jq -r '.[] | select(.default) | .name'

Pick a profile for one command with --profile NAME (or BCHOOK_PROFILE); the default is the
file's `default` key, set by the first `token save`.

SEE ALSO: bchook token show, bchook token delete")]
    List,

    /// Delete a profile and its credentials from the config file
    #[command(after_long_help = "EXAMPLES:
  bchook token delete staging

Deleting the default profile leaves no default: the next command uses the profile named
`default` unless --profile says otherwise. The token itself stays valid at BigCommerce; revoke
it in the control panel (Settings > Store-level API accounts).

SEE ALSO: bchook token list")]
    Delete(TokenDeleteArgs),
}

#[derive(Debug, Args)]
pub struct TokenSaveArgs {
    /// The API account's client id (optional)
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,

    /// The API account's client secret, used by `listen` to verify signatures; `-` reads stdin
    #[arg(long, value_name = "SECRET", value_parser = Secret::parse, env = "BIGCOMMERCE_CLIENT_SECRET", hide_env_values = true)]
    pub client_secret: Option<Secret>,

    /// Save without trying the store hash and token first (offline, or a store not reachable)
    #[arg(long)]
    pub no_verify: bool,

    /// `ecwid` makes this an Ecwid store's profile (with --store-id and its secret_ token)
    #[arg(long, value_enum, value_name = "PLATFORM")]
    pub platform: Option<EventPlatform>,

    /// An Ecwid store's id (with --platform ecwid)
    #[arg(long, value_name = "N")]
    pub store_id: Option<String>,
}

#[derive(Debug, Args)]
pub struct TokenDeleteArgs {
    /// The profile to delete (`bchook token list` shows them)
    #[arg(value_name = "NAME")]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct TokenExchangeArgs {
    /// The app's client id
    #[arg(long, value_name = "ID")]
    pub client_id: String,

    /// The app's client secret; `-` reads it from standard input
    #[arg(long, value_name = "SECRET", value_parser = Secret::parse, env = "BIGCOMMERCE_CLIENT_SECRET", hide_env_values = true)]
    pub client_secret: Secret,

    /// The temporary code BigCommerce passed to the app's auth callback
    #[arg(long, value_name = "CODE")]
    pub code: String,

    /// The store context passed with the code, `stores/HASH`
    #[arg(long, value_name = "stores/HASH")]
    pub context: String,

    /// The space-separated OAuth scopes passed with the code
    #[arg(long, value_name = "SCOPES")]
    pub scope: String,

    /// The app's registered auth callback URL
    #[arg(long, value_name = "URL")]
    pub redirect_uri: String,

    /// OAuth server [env: BCHOOK_LOGIN_URL] [default: https://login.bigcommerce.com]
    #[arg(long, value_name = "URL")]
    pub login_url: Option<String>,
}

#[derive(Debug, Args)]
pub struct TokenLegacyArgs {
    /// The beta app's client id
    #[arg(long, value_name = "ID")]
    pub client_id: String,

    /// The beta app's client secret; `-` reads it from standard input
    #[arg(long, value_name = "SECRET", value_parser = Secret::parse, env = "BIGCOMMERCE_CLIENT_SECRET", hide_env_values = true)]
    pub client_secret: Secret,

    /// The store's legacy API user name
    #[arg(long, value_name = "USER")]
    pub user: String,

    /// The store's legacy API token; `-` reads it from standard input
    #[arg(long, value_name = "TOKEN", value_parser = Secret::parse, env = "BCHOOK_LEGACY_TOKEN", hide_env_values = true)]
    pub token: Secret,

    /// The store's URL, e.g. https://store-xxxx.mybigcommerce.com
    #[arg(long, value_name = "URL")]
    pub store_domain: String,

    /// The beta hooks service
    #[arg(
        long,
        value_name = "URL",
        default_value = "https://hooks-beta.bigcommerce.com"
    )]
    pub hooks_url: String,
}

#[derive(Debug, Args)]
pub struct SubscribeArgs {
    /// The event to subscribe to, e.g. store/order/created or store/product/*
    pub scope: String,

    /// The https URL BigCommerce will POST callbacks to
    pub destination: String,

    /// A custom header BigCommerce sends with each callback, "Name: value" (repeatable)
    #[arg(long = "header", short = 'H', value_name = "NAME: VALUE", value_parser = parse_header)]
    pub headers: Vec<(String, String)>,

    /// Create the hook switched off
    #[arg(long)]
    pub inactive: bool,

    /// Let a scope bchook does not know through, with a warning (BigCommerce added one); one
    /// within two edits of a known scope is still refused as a typo
    #[arg(long)]
    pub allow_unknown_scope: bool,

    /// A destination that is not https on port 443 is a warning, not an error (local fakes)
    #[arg(long)]
    pub allow_insecure: bool,
}

/// Filters shared by `list` and `delete --all`.
#[derive(Debug, Args, Clone, Default)]
pub struct HookFilter {
    /// Only hooks with this exact scope
    #[arg(long, value_name = "SCOPE")]
    pub scope: Option<String>,

    /// Only hooks with this exact destination
    #[arg(long, value_name = "URL")]
    pub destination: Option<String>,

    /// Only active hooks
    #[arg(long, conflicts_with = "inactive")]
    pub active: bool,

    /// Only inactive hooks
    #[arg(long)]
    pub inactive: bool,
}

impl HookFilter {
    /// The `is_active` filter the flags ask for, if any.
    pub fn is_active(&self) -> Option<bool> {
        on_or_off(self.active, self.inactive)
    }
}

/// What an `--active`/`--inactive` pair asks for (clap lets only one be given): the one
/// reading of them, for filters and changes alike.
pub fn on_or_off(active: bool, inactive: bool) -> Option<bool> {
    match (active, inactive) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filter: HookFilter,

    /// Fetch only this page
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub page: Option<u32>,

    /// Hooks per page [default: 250, BigCommerce's maximum]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: Option<u32>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The hook's id
    #[arg(value_parser = parse_hook_id)]
    pub id: u64,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The hook's id
    #[arg(value_parser = parse_hook_id)]
    pub id: u64,

    /// New scope
    #[arg(long, value_name = "SCOPE")]
    pub scope: Option<String>,

    /// New destination URL
    #[arg(long, value_name = "URL")]
    pub destination: Option<String>,

    /// Switch the hook on
    #[arg(long, conflicts_with = "inactive")]
    pub active: bool,

    /// Switch the hook off
    #[arg(long)]
    pub inactive: bool,

    /// Replace the custom headers with these, "Name: value" (repeatable)
    #[arg(long = "header", short = 'H', value_name = "NAME: VALUE", value_parser = parse_header)]
    pub headers: Vec<(String, String)>,

    /// Remove every custom header
    #[arg(long, conflicts_with = "headers")]
    pub no_headers: bool,

    /// Let a scope bchook does not know through, with a warning (BigCommerce added one); one
    /// within two edits of a known scope is still refused as a typo
    #[arg(long)]
    pub allow_unknown_scope: bool,

    /// A destination that is not https on port 443 is a warning, not an error (local fakes)
    #[arg(long)]
    pub allow_insecure: bool,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The ids of the hooks to delete
    #[arg(value_parser = parse_hook_id, required_unless_present = "all", conflicts_with = "all")]
    pub ids: Vec<u64>,

    /// Delete every hook matching the filters (all hooks without filters)
    #[arg(long)]
    pub all: bool,

    #[command(flatten)]
    pub filter: HookFilter,

    /// Do not ask for confirmation (needed for --all off a terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("hooks_to_make").args(["subscribe", "hooks_file"]).multiple(true)))]
pub struct ListenArgs {
    /// Address to listen on
    #[arg(
        long,
        value_name = "ADDR",
        default_value = "127.0.0.1",
        help_heading = "Receiving"
    )]
    pub host: String,

    /// Port to listen on; 0 picks a free one
    #[arg(
        long,
        short = 'p',
        value_name = "PORT",
        default_value_t = 8080,
        help_heading = "Receiving"
    )]
    pub port: u16,

    /// Status to answer every request with
    #[arg(long, value_name = "CODE", default_value_t = 200, value_parser = clap::value_parser!(u16).range(100..=599), help_heading = "Receiving")]
    pub status: u16,

    /// Hold each answer this long (500ms, 2s; a bare number is seconds); the next callback is
    /// not held up
    #[arg(long, value_name = "DURATION", default_value = "0s", value_parser = parse_duration, help_heading = "Receiving")]
    pub delay: Duration,

    /// Append each callback to FILE as one NDJSON line, written before the answer
    #[arg(long, value_name = "FILE", help_heading = "Receiving")]
    pub save: Option<PathBuf>,

    /// Largest body accepted, in bytes; a larger one is answered 413
    #[arg(
        long,
        value_name = "BYTES",
        default_value_t = 1_048_576,
        help_heading = "Receiving"
    )]
    pub max_body: u64,

    /// With --save, answer each callback only once its line is on the disk, not just written to
    /// the OS (one sync for the callbacks answered together); the file is synced at exit anyway
    #[arg(long, requires = "save", help_heading = "Receiving")]
    pub fsync: bool,

    /// Secret to verify signatures with (default: the profile's client_secret); `-` reads stdin
    #[arg(long, value_name = "SECRET", value_parser = Secret::parse, env = "BCHOOK_SECRET", hide_env_values = true, help_heading = "Verifying")]
    pub secret: Option<Secret>,

    /// A header every callback must carry, "Name: value" (repeatable; in the environment, one a
    /// line); checked like a signature, its value never printed
    #[arg(long = "require-header", value_name = "NAME: VALUE", value_parser = parse_header, env = "BCHOOK_REQUIRE_HEADER", hide_env_values = true, value_delimiter = '\n', help_heading = "Verifying")]
    pub require_headers: Vec<(String, String)>,

    /// How old an Ecwid callback's eventCreated may be before it is marked stale (its signature
    /// never expires, so age is how a replayed one shows)
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = parse_positive_duration, help_heading = "Verifying")]
    pub max_age: Duration,

    /// Print and count only these events: globs on the event, comma-separated (store/order/*,order.*)
    #[arg(
        long,
        value_name = "PATTERN,...",
        value_delimiter = ',',
        help_heading = "Output"
    )]
    pub events: Vec<String>,

    /// Print only the header line of each callback
    #[arg(long, help_heading = "Output")]
    pub compact: bool,

    /// Show the entity each BigCommerce callback names (order, product...), fetched through
    /// the API off the answering path; the saved line is unchanged
    #[arg(long, help_heading = "Output")]
    pub expand: bool,

    /// Exit 0 after N (matching) callbacks
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..), help_heading = "CI")]
    pub count: Option<u64>,

    /// Stop after this long (60s, 5m; a bare number is seconds); with --count, exit 7 if N
    /// callbacks have not come by then
    #[arg(long, value_name = "DURATION", value_parser = parse_positive_duration, help_heading = "CI")]
    pub timeout: Option<Duration>,

    /// Subscribe these scopes to --public-url for this run only (hooks deleted on the way out)
    #[arg(
        help_heading = "Tunnel and hooks",
        long,
        value_name = "SCOPE,...",
        value_delimiter = ',',
        requires = "public_url"
    )]
    pub subscribe: Vec<String>,

    /// Subscribe, for this run only, every active [[hook]] of an `apply` file, at --public-url
    /// joined with the path and query of the hook's own destination, with its headers
    #[arg(
        help_heading = "Tunnel and hooks",
        long = "hooks-file",
        short = 'f',
        value_name = "FILE",
        requires = "public_url"
    )]
    pub hooks_file: Option<PathBuf>,

    /// The https URL a tunnel gives this port, for --subscribe and -f
    #[arg(
        long,
        value_name = "URL",
        requires = "hooks_to_make",
        help_heading = "Tunnel and hooks"
    )]
    pub public_url: Option<String>,

    /// A --public-url that is not https on port 443 is a warning, not an error (local fakes)
    #[arg(long, help_heading = "Tunnel and hooks")]
    pub allow_insecure: bool,

    /// Let a scope bchook does not know through, with a warning (BigCommerce added one); one
    /// within two edits of a known scope is still refused as a typo
    #[arg(long, help_heading = "Tunnel and hooks")]
    pub allow_unknown_scope: bool,

    /// Delete hooks an earlier --subscribe run left without asking
    #[arg(long, short = 'y', help_heading = "Tunnel and hooks")]
    pub yes: bool,

    /// Also serve an inspector page at /_bchook/ (the URL with its token is printed at start)
    #[arg(long, help_heading = "Page")]
    pub ui: bool,

    /// With --ui, the page's token instead of a random one (letters, digits, '-', '.', '_', '~')
    #[arg(long, value_name = "TOKEN", value_parser = parse_ui_token, env = "BCHOOK_UI_TOKEN", hide_env_values = true, help_heading = "Page")]
    pub ui_token: Option<String>,

    /// Re-send each callback to your app and show its answer (on its own line, so a hanging app
    /// never holds printing up; with --json or --ui the line waits for it). Repeatable as
    /// PATTERN=URL to route by event (store/order/*=http://localhost:3000/orders): the first
    /// match wins, a plain URL takes the rest, and a callback nothing takes is "not forwarded"
    #[arg(long, value_name = "[PATTERN=]URL", help_heading = "App")]
    pub forward_to: Vec<String>,

    /// Answer each callback with what the app answered (its status, headers and body), once the
    /// callback is saved: 502 when the app cannot be reached, 504 past --app-timeout. Only the
    /// callback waiting on the app waits; the others are answered as they come
    #[arg(long, requires = "forward_to", conflicts_with_all = ["fsync", "delay", "status"], help_heading = "App")]
    pub answer_from_app: bool,

    /// How long --answer-from-app waits for the app (BigCommerce waits 10 s)
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_positive_duration, requires = "answer_from_app", help_heading = "App")]
    pub app_timeout: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TriggerPlatform {
    Bigcommerce,
    Ecwid,
    /// A classic Shopify delivery (X-Shopify-* headers) from STORE_HASH.myshopify.com
    Shopify,
}

#[derive(Debug, Args)]
pub struct TriggerArgs {
    /// The BigCommerce scope (store/order/created); with --platform ecwid the event type
    /// (order.created), with --platform shopify the topic (orders/create)
    pub scope: String,

    /// The handler to send to
    #[arg(long, value_name = "URL", default_value = "http://127.0.0.1:8080/")]
    pub to: String,

    /// Whose callback to send
    #[arg(long, value_enum, default_value_t = TriggerPlatform::Bigcommerce)]
    pub platform: TriggerPlatform,

    /// The 2013 beta hooks service's payload: producer store/HASH, a numeric store_id, no
    /// created_at
    #[arg(long, conflicts_with = "platform")]
    pub legacy: bool,

    /// The store id in the payload
    #[arg(long, value_name = "ID", default_value = "1025646")]
    pub store_id: String,

    /// The entity id (order, product, ...); with --count, the first of the ids counted up
    #[arg(long, value_name = "N")]
    pub id: Option<u64>,

    /// JSON merged into the event's data (an object), or replacing it (anything else)
    #[arg(long, value_name = "JSON")]
    pub data: Option<String>,

    /// Sign with this secret (default: the profile's client_secret); `-` reads stdin
    #[arg(long, value_name = "SECRET", value_parser = Secret::parse, env = "BCHOOK_SECRET", hide_env_values = true)]
    pub secret: Option<Secret>,

    /// Send this many callbacks, ids counting up
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..))]
    pub count: u64,

    /// Connections used at once with --count
    #[arg(long, value_name = "C", default_value_t = 8, value_parser = clap::value_parser!(u64).range(1..=512))]
    pub concurrency: u64,

    /// How long the handler has to answer (10s, 500ms; a bare number is seconds)
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_positive_duration)]
    pub timeout: Duration,

    /// A header to send too, "Name: value" (repeatable): a hook's custom header, as `listen
    /// --require-header` or your handler checks it; it replaces one of the same name
    #[arg(long = "header", short = 'H', value_name = "NAME: VALUE", value_parser = parse_header)]
    pub headers: Vec<(String, String)>,

    /// Write the callback (headers, a blank line, the body; with --json one object) to stdout
    /// instead of sending it, for fixtures
    #[arg(long)]
    pub print: bool,
}

#[derive(Debug, Args)]
pub struct SimulateArgs {
    /// The handler to deliver to
    #[arg(long, value_name = "URL")]
    pub to: String,

    /// The scopes of the callbacks, taken in turn (repeatable; default store/order/created, or
    /// order.created with --platform ecwid)
    #[arg(long = "scope", value_name = "SCOPE")]
    pub scopes: Vec<String>,

    /// Whose delivery rules and callbacks: BigCommerce's, or Ecwid's (success only on 200, 201,
    /// 202, 204, 209; 27 retries over 24 h; no blocklist)
    #[arg(long, value_enum, default_value_t = EventPlatform::Bigcommerce)]
    pub platform: EventPlatform,

    /// Callbacks fired per second of BigCommerce's time (decimals allowed: 0.5 is one every 2 s)
    #[arg(long, value_name = "PER_SEC", default_value_t = 10.0)]
    pub rate: f64,

    /// How long callbacks fire, in BigCommerce's time (30s, 5m; a bare number is seconds); the
    /// run goes on until every callback is delivered or given up
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_positive_duration)]
    pub duration: Duration,

    /// How fast the run goes: BigCommerce's time t is attempted at real time t / X. The
    /// verdict is the same at every speed; --speed 1 is faithful for a handler whose answers
    /// depend on load
    #[arg(long, value_name = "X", default_value_t = 1.0)]
    pub speed: f64,

    /// How long the handler has to answer, in real time as BigCommerce waits (10s, 500ms; a bare
    /// number is seconds)
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_positive_duration)]
    pub timeout: Duration,

    /// Where store/hook/deliveryException callbacks go
    #[arg(long, value_name = "URL")]
    pub exceptions_to: Option<String>,

    /// Sign with this secret (default: the profile's client_secret); `-` reads stdin
    #[arg(long, value_name = "SECRET", value_parser = Secret::parse, env = "BCHOOK_SECRET", hide_env_values = true)]
    pub secret: Option<Secret>,

    /// Deliveries at once
    #[arg(long, value_name = "N", default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..=1024))]
    pub concurrency: u64,
}

#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// A file written by `bchook listen --save`
    pub file: PathBuf,

    /// The handler to send to; each callback's path is appended
    #[arg(long, value_name = "URL", default_value = "http://127.0.0.1:8080/")]
    pub to: String,

    /// Only the callback with this seq (repeatable)
    #[arg(long = "seq", value_name = "N")]
    pub seqs: Vec<u64>,

    /// How long the handler has to answer each callback (10s, 500ms; a bare number is seconds)
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_positive_duration)]
    pub timeout: Duration,

    /// Sign each callback afresh, as its platform signs: a new timestamp (Standard Webhooks),
    /// the same id and body, a new signature, so a handler does not reject it as stale
    #[arg(long)]
    pub resign: bool,

    /// The secret --resign signs with (default: the profile's client_secret); `-` reads stdin
    #[arg(long, value_name = "SECRET", value_parser = Secret::parse, env = "BCHOOK_SECRET", hide_env_values = true, requires = "resign")]
    pub secret: Option<Secret>,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The hooks file: TOML, or JSON when it ends in .json
    #[arg(long = "file", short = 'f', value_name = "FILE")]
    pub file: PathBuf,

    /// Print the plan only
    #[arg(long)]
    pub dry_run: bool,

    /// Change nothing; exit 8 when anything would change
    #[arg(long, conflicts_with = "dry_run")]
    pub check: bool,

    /// Delete the store's hooks that are not in the file
    #[arg(long)]
    pub prune: bool,

    /// Delete without asking (needed off a terminal, and for several stores)
    #[arg(long, short = 'y')]
    pub yes: bool,

    /// Apply to these profiles' stores, comma-separated
    #[arg(
        long,
        value_name = "P1,P2",
        value_delimiter = ',',
        conflicts_with = "all_profiles"
    )]
    pub profiles: Vec<String>,

    /// Apply to every profile's store in the config file
    #[arg(long)]
    pub all_profiles: bool,

    /// Stores handled at once
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u64).range(1..=64))]
    pub jobs: u64,

    /// Destinations that are not https on port 443 are a warning, not an error (local fakes)
    #[arg(long)]
    pub allow_insecure: bool,

    /// Let a scope bchook does not know through, with a warning (BigCommerce added one); one
    /// within two edits of a known scope is still refused as a typo
    #[arg(long)]
    pub allow_unknown_scope: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write to FILE (JSON when it ends in .json) instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Write header values as they are, not as ${NAME} placeholders
    #[arg(long)]
    pub show_secrets: bool,

    /// Replace an existing --output file without asking (needed off a terminal)
    #[arg(long, requires = "output")]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Print nothing when healthy (for cron); the exit code still tells
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct ReactivateArgs {
    /// The ids of the hooks to turn back on
    #[arg(value_parser = parse_hook_id, required_unless_present = "all_deactivated", conflicts_with = "all_deactivated")]
    pub ids: Vec<u64>,

    /// Every hook BigCommerce has deactivated (from GET /hooks/admin)
    #[arg(long)]
    pub all_deactivated: bool,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Show, set or clear the addresses BigCommerce notifies of deactivated hooks and blocked domains
    #[command(after_long_help = "EXAMPLES:
  bchook admin emails
  bchook admin emails set ops@example.com dev@example.com
  bchook admin emails clear

`set` replaces the list (PUT /hooks/admin); without addresses, BigCommerce notifies only the
app's registered address.

SEE ALSO: bchook doctor")]
    Emails(EmailsArgs),
}

#[derive(Debug, Args)]
pub struct EmailsArgs {
    #[command(subcommand)]
    pub action: Option<EmailsAction>,
}

#[derive(Debug, Subcommand)]
pub enum EmailsAction {
    /// Replace the notification emails with these
    #[command(after_long_help = "EXAMPLES:
  bchook admin emails set ops@example.com
  bchook admin emails set ops@example.com dev@example.com --json

The whole list is replaced (PUT /hooks/admin): give every address that should stay.

SEE ALSO: bchook admin emails, bchook doctor")]
    Set {
        /// The addresses
        #[arg(required = true, value_name = "EMAIL")]
        emails: Vec<String>,
    },
    /// Remove every notification email
    #[command(after_long_help = "EXAMPLES:
  bchook admin emails clear

BigCommerce then notifies only the app's registered address of deactivated hooks and blocked
domains.

SEE ALSO: bchook admin emails, bchook doctor")]
    Clear,
}

#[derive(Debug, Args)]
pub struct ExpandArgs {
    /// A file written by `bchook listen --save` or `--json`; standard input when not given
    pub file: Option<PathBuf>,

    /// Only the callback with this seq (repeatable)
    #[arg(long = "seq", value_name = "N")]
    pub seqs: Vec<u64>,
}

#[derive(Debug, Args)]
pub struct ScopesArgs {
    /// Only scopes matching this glob, or containing this text
    pub pattern: Option<String>,

    /// Whose events: BigCommerce's scopes, or Ecwid's event types with their access scopes
    #[arg(long, value_enum, default_value_t = EventPlatform::Bigcommerce)]
    pub platform: EventPlatform,
}

/// BigCommerce or Ecwid: whose events `scopes` lists, `simulate` delivers, a profile is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EventPlatform {
    Bigcommerce,
    Ecwid,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write a completion script for
    #[arg(value_enum)]
    pub shell: CompletionShell,
}

/// The shells `completions` writes for: clap_complete's five and Nushell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompletionShell {
    Bash,
    Zsh,
    Fish,
    Elvish,
    #[value(name = "powershell")]
    PowerShell,
    Nushell,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// The folder to write `completions/` and `man/` into
    pub dir: PathBuf,
}

/// Parses `Name: value` into its two halves.
pub fn parse_header(s: &str) -> Result<(String, String), String> {
    let (name, value) = s
        .split_once(':')
        .ok_or_else(|| format!("expected \"Name: value\", got {s:?} (no colon)"))?;
    let name = name.trim();
    let valid_name = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
    if !valid_name {
        return Err(format!("{name:?} is not a valid header name"));
    }
    Ok((name.to_string(), value.trim().to_string()))
}

/// A fixed token for the inspector page. It goes into a URL, a cookie and the page itself, so it
/// is plain characters; and it is not empty, which would let every request in.
/// A duration above zero (see `time::parse_duration`).
fn parse_positive_duration(s: &str) -> Result<Duration, String> {
    match parse_duration(s)? {
        d if d.is_zero() => Err("must be above 0".to_string()),
        d => Ok(d),
    }
}

/// The command line as bchook parses it and documents it: the derive's definition, plus what
/// a derive cannot say.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    let mut cmd = Cli::command();
    // Commands that never call the API accept its options (they are global) but do not list
    // them: a subcommand's own copy of a global option is kept, and hidden.
    for (name, unused) in OFFLINE_COMMANDS {
        let hidden: Vec<clap::Arg> = cmd
            .get_arguments()
            .filter(|a| unused.contains(&a.get_id().as_str()))
            .map(|a| a.clone().hide(true))
            .collect();
        cmd = cmd.mut_subcommand(name, |sub| sub.args(hidden));
    }
    // -h/--help and -V/--version are global options too: listed with them, after the
    // command's own, so `listen -h` opens with its first group of options.
    let flag = |id: &'static str, short: char, action: clap::ArgAction, help: &'static str| {
        clap::Arg::new(id)
            .short(short)
            .long(id)
            .action(action)
            .help(help)
            .global(true)
            .help_heading(GLOBAL)
    };
    cmd = without_own_help_flags(cmd)
        .arg(flag(
            "help",
            'h',
            clap::ArgAction::Help,
            "Print help: -h a summary, --help all of it",
        ))
        .arg(flag(
            "version",
            'V',
            clap::ArgAction::Version,
            "Print version",
        ));
    with_short_examples(cmd, "bchook")
}

/// Turns off clap's own -h and -V in a command and all its subcommands.
fn without_own_help_flags(mut cmd: clap::Command) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, without_own_help_flags);
    }
    cmd.disable_help_flag(true).disable_version_flag(true)
}

/// The API's global options: the credentials, and the 2013 service's header names.
const API_OPTIONS: &[&str] = &["store_hash", "access_token", "api_url", "legacy_headers"];
/// The same but the store hash, which `trigger` and `simulate` put in the producer.
const API_BUT_STORE: &[&str] = &["access_token", "api_url", "legacy_headers"];

/// Commands that never call the API (`listen` does, with --subscribe or --expand), and the
/// global options they have no use for: `trigger` and `simulate` put the store hash in the
/// payload's producer.
const OFFLINE_COMMANDS: [(&str, &[&str]); 6] = [
    ("trigger", API_BUT_STORE),
    ("simulate", API_BUT_STORE),
    ("replay", API_OPTIONS),
    ("scopes", API_OPTIONS),
    ("completions", API_OPTIONS),
    ("generate", API_OPTIONS),
];

/// `-h` shows the first three examples of `--help`'s EXAMPLES (the most common uses), and says
/// where the rest are; here and in every subcommand.
fn with_short_examples(mut cmd: clap::Command, path: &str) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = format!("{path} {name}");
        cmd = cmd.mut_subcommand(&name, |sub| with_short_examples(sub, &sub_path));
    }
    let Some(long) = cmd.get_after_long_help().map(ToString::to_string) else {
        return cmd;
    };
    let examples = examples_of(&long);
    if examples.is_empty() || cmd.get_after_help().is_some() {
        return cmd;
    }
    let mut short = String::from("EXAMPLES:\n");
    for example in examples.iter().take(3) {
        short.push_str(example);
        short.push('\n');
    }
    short.push_str(&format!("\nMore examples and details: {path} --help"));
    cmd.after_help(short)
}

/// The examples of a help text's `EXAMPLES:` block, each with the comment above it and its
/// continuation lines.
pub fn examples_of(help: &str) -> Vec<String> {
    let mut examples: Vec<String> = Vec::new();
    let block = help
        .lines()
        .skip_while(|l| *l != "EXAMPLES:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty());
    for line in block {
        // A comment line goes with the command after it; a `\` continues a command.
        match examples.last_mut() {
            Some(last) if last.ends_with('\\') || last.lines().last().is_some_and(is_comment) => {
                last.push('\n');
                last.push_str(line);
            }
            _ => examples.push(line.to_string()),
        }
    }
    examples
}

fn is_comment(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

fn parse_ui_token(s: &str) -> Result<String, String> {
    let plain = |b: u8| b.is_ascii_alphanumeric() || b"-._~".contains(&b);
    if !s.is_empty() && s.bytes().all(plain) {
        return Ok(s.to_string());
    }
    Err(format!(
        "{s:?} cannot be the page's token: use letters, digits, '-', '.', '_' or '~' (it goes into \
         a URL and a cookie), or leave --ui-token out for a random one"
    ))
}

fn parse_hook_id(s: &str) -> Result<u64, String> {
    match s.parse::<u64>() {
        Ok(id) if id >= 1 => Ok(id),
        _ => Err(format!(
            "hook ids are whole numbers from 1 up (see `bchook list`), not {s:?}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
        command().debug_assert();
    }

    #[test]
    fn header_parsing() {
        assert_eq!(
            parse_header("X-Secret:  s3: cret ").unwrap(),
            ("X-Secret".to_string(), "s3: cret".to_string())
        );
        assert!(parse_header("no colon").unwrap_err().contains("no colon"));
        assert!(parse_header("bad name: x").is_err());
        assert!(parse_header(": x").is_err());
    }

    #[test]
    fn ui_token_parsing() {
        assert_eq!(parse_ui_token("a-Z_0.9~").unwrap(), "a-Z_0.9~");
        for bad in ["", "a b", "a;b", "a\"b", "<b>", "é"] {
            assert!(parse_ui_token(bad).is_err(), "{bad:?}");
        }
    }
}
