module completions {

  def "nu-complete bchook color" [] {
    [ "auto" "always" "never" ]
  }

  # Provision BigCommerce webhooks, receive and inspect callbacks locally, and script both in CI.
  export extern bchook [
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
  ]

  def "nu-complete bchook token color" [] {
    [ "auto" "always" "never" ]
  }

  # Obtain or save an access token into a profile of the config file
  export extern "bchook token" [
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook token color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
  ]

  def "nu-complete bchook token save platform" [] {
    [ "bigcommerce" "ecwid" ]
  }

  def "nu-complete bchook token save color" [] {
    [ "auto" "always" "never" ]
  }

  # Save a store-level API account's credentials into the profile
  export extern "bchook token save" [
    --client-id: string       # The API account's client id (optional)
    --client-secret: string   # The API account's client secret, used by `listen` to verify signatures; `-` reads stdin
    --no-verify               # Save without trying the store hash and token first (offline, or a store not reachable)
    --platform: string@"nu-complete bchook token save platform" # `ecwid` makes this an Ecwid store's profile (with --store-id and its secret_ token)
    --store-id: string        # An Ecwid store's id (with --platform ecwid)
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook token save color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
  ]

  def "nu-complete bchook token exchange color" [] {
    [ "auto" "always" "never" ]
  }

  # Exchange an app's OAuth code for a token (POST {login-url}/oauth2/token)
  export extern "bchook token exchange" [
    --client-id: string       # The app's client id
    --client-secret: string   # The app's client secret; `-` reads it from standard input
    --code: string            # The temporary code BigCommerce passed to the app's auth callback
    --context: string         # The store context passed with the code, `stores/HASH`
    --scope: string           # The space-separated OAuth scopes passed with the code
    --redirect-uri: string    # The app's registered auth callback URL
    --login-url: string       # OAuth server [env: BCHOOK_LOGIN_URL] [default: https://login.bigcommerce.com]
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook token exchange color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
  ]

  def "nu-complete bchook token legacy color" [] {
    [ "auto" "always" "never" ]
  }

  # The 2013 beta flow: POST {hooks-url}/token with legacy store credentials
  export extern "bchook token legacy" [
    --client-id: string       # The beta app's client id
    --client-secret: string   # The beta app's client secret; `-` reads it from standard input
    --user: string            # The store's legacy API user name
    --token: string           # The store's legacy API token; `-` reads it from standard input
    --store-domain: string    # The store's URL, e.g. https://store-xxxx.mybigcommerce.com
    --hooks-url: string       # The beta hooks service
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook token legacy color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
  ]

  def "nu-complete bchook token show color" [] {
    [ "auto" "always" "never" ]
  }

  # Show the profile and credentials in effect and where each came from
  export extern "bchook token show" [
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook token show color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
  ]

  def "nu-complete bchook token list color" [] {
    [ "auto" "always" "never" ]
  }

  # List the config file's profiles: platform, store and which is the default
  export extern "bchook token list" [
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook token list color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
  ]

  def "nu-complete bchook token delete color" [] {
    [ "auto" "always" "never" ]
  }

  # Delete a profile and its credentials from the config file
  export extern "bchook token delete" [
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook token delete color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
    name: string              # The profile to delete (`bchook token list` shows them)
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "bchook token help" [
  ]

  # Save a store-level API account's credentials into the profile
  export extern "bchook token help save" [
  ]

  # Exchange an app's OAuth code for a token (POST {login-url}/oauth2/token)
  export extern "bchook token help exchange" [
  ]

  # The 2013 beta flow: POST {hooks-url}/token with legacy store credentials
  export extern "bchook token help legacy" [
  ]

  # Show the profile and credentials in effect and where each came from
  export extern "bchook token help show" [
  ]

  # List the config file's profiles: platform, store and which is the default
  export extern "bchook token help list" [
  ]

  # Delete a profile and its credentials from the config file
  export extern "bchook token help delete" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "bchook token help help" [
  ]

  def "nu-complete bchook subscribe color" [] {
    [ "auto" "always" "never" ]
  }

  # Create a hook: BigCommerce will POST each SCOPE event to DESTINATION
  export extern "bchook subscribe" [
    --header(-H): string      # A custom header BigCommerce sends with each callback, "Name: value" (repeatable)
    --inactive                # Create the hook switched off
    --allow-unknown-scope     # Let a scope bchook does not know through, with a warning (BigCommerce added one); one within two edits of a known scope is still refused as a typo
    --allow-insecure          # A destination that is not https on port 443 is a warning, not an error (local fakes)
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook subscribe color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
    scope: string             # The event to subscribe to, e.g. store/order/created or store/product/*
    destination: string       # The https URL BigCommerce will POST callbacks to
  ]

  def "nu-complete bchook list color" [] {
    [ "auto" "always" "never" ]
  }

  # List hooks (every page unless --page is given)
  export extern "bchook list" [
    --scope: string           # Only hooks with this exact scope
    --destination: string     # Only hooks with this exact destination
    --active                  # Only active hooks
    --inactive                # Only inactive hooks
    --page: string            # Fetch only this page
    --limit: string           # Hooks per page [default: 250, BigCommerce's maximum]
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook list color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
  ]

  def "nu-complete bchook show color" [] {
    [ "auto" "always" "never" ]
  }

  # Show one hook
  export extern "bchook show" [
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook show color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
    id: string                # The hook's id
  ]

  def "nu-complete bchook update color" [] {
    [ "auto" "always" "never" ]
  }

  # Change a hook's scope, destination, state or custom headers
  export extern "bchook update" [
    --scope: string           # New scope
    --destination: string     # New destination URL
    --active                  # Switch the hook on
    --inactive                # Switch the hook off
    --header(-H): string      # Replace the custom headers with these, "Name: value" (repeatable)
    --no-headers              # Remove every custom header
    --allow-unknown-scope     # Let a scope bchook does not know through, with a warning (BigCommerce added one); one within two edits of a known scope is still refused as a typo
    --allow-insecure          # A destination that is not https on port 443 is a warning, not an error (local fakes)
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook update color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
    id: string                # The hook's id
  ]

  def "nu-complete bchook delete color" [] {
    [ "auto" "always" "never" ]
  }

  # Delete hooks by id, or every hook matching filters with --all
  export extern "bchook delete" [
    --all                     # Delete every hook matching the filters (all hooks without filters)
    --scope: string           # Only hooks with this exact scope
    --destination: string     # Only hooks with this exact destination
    --active                  # Only active hooks
    --inactive                # Only inactive hooks
    --yes(-y)                 # Do not ask for confirmation (needed for --all off a terminal)
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook delete color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
    ...ids: string            # The ids of the hooks to delete
  ]

  def "nu-complete bchook apply color" [] {
    [ "auto" "always" "never" ]
  }

  # Make a store's hooks match a file: print the plan, then carry it out
  export extern "bchook apply" [
    --file(-f): path          # The hooks file: TOML, or JSON when it ends in .json
    --dry-run                 # Print the plan only
    --check                   # Change nothing; exit 8 when anything would change
    --prune                   # Delete the store's hooks that are not in the file
    --yes(-y)                 # Delete without asking (needed off a terminal, and for several stores)
    --profiles: string        # Apply to these profiles' stores, comma-separated
    --all-profiles            # Apply to every profile's store in the config file
    --jobs: string            # Stores handled at once
    --allow-insecure          # Destinations that are not https on port 443 are a warning, not an error (local fakes)
    --allow-unknown-scope     # Let a scope bchook does not know through, with a warning (BigCommerce added one); one within two edits of a known scope is still refused as a typo
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook apply color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
  ]

  def "nu-complete bchook export color" [] {
    [ "auto" "always" "never" ]
  }

  # Write the store's hooks as a file for `apply`, header values as ${NAME} placeholders
  export extern "bchook export" [
    --output(-o): path        # Write to FILE (JSON when it ends in .json) instead of stdout
    --show-secrets            # Write header values as they are, not as ${NAME} placeholders
    --force                   # Replace an existing --output file without asking (needed off a terminal)
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook export color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
  ]

  def "nu-complete bchook doctor color" [] {
    [ "auto" "always" "never" ]
  }

  # Check the health of the store's hooks: deactivated, blocked domains, emails
  export extern "bchook doctor" [
    --quiet(-q)               # Print nothing when healthy (for cron); the exit code still tells
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook doctor color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
  ]

  def "nu-complete bchook reactivate color" [] {
    [ "auto" "always" "never" ]
  }

  # Turn deactivated hooks back on
  export extern "bchook reactivate" [
    --all-deactivated         # Every hook BigCommerce has deactivated (from GET /hooks/admin)
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook reactivate color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
    ...ids: string            # The ids of the hooks to turn back on
  ]

  def "nu-complete bchook admin color" [] {
    [ "auto" "always" "never" ]
  }

  # The account's hooks settings at BigCommerce (notification emails)
  export extern "bchook admin" [
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook admin color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
  ]

  def "nu-complete bchook admin emails color" [] {
    [ "auto" "always" "never" ]
  }

  # Show, set or clear the addresses BigCommerce notifies of deactivated hooks and blocked domains
  export extern "bchook admin emails" [
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook admin emails color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
  ]

  def "nu-complete bchook admin emails set color" [] {
    [ "auto" "always" "never" ]
  }

  # Replace the notification emails with these
  export extern "bchook admin emails set" [
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook admin emails set color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
    ...emails: string         # The addresses
  ]

  def "nu-complete bchook admin emails clear color" [] {
    [ "auto" "always" "never" ]
  }

  # Remove every notification email
  export extern "bchook admin emails clear" [
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook admin emails clear color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "bchook admin emails help" [
  ]

  # Replace the notification emails with these
  export extern "bchook admin emails help set" [
  ]

  # Remove every notification email
  export extern "bchook admin emails help clear" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "bchook admin emails help help" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "bchook admin help" [
  ]

  # Show, set or clear the addresses BigCommerce notifies of deactivated hooks and blocked domains
  export extern "bchook admin help emails" [
  ]

  # Replace the notification emails with these
  export extern "bchook admin help emails set" [
  ]

  # Remove every notification email
  export extern "bchook admin help emails clear" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "bchook admin help help" [
  ]

  def "nu-complete bchook listen color" [] {
    [ "auto" "always" "never" ]
  }

  # Receive callbacks on this machine: print, verify and save each one, answer at once
  export extern "bchook listen" [
    --host: string            # Address to listen on
    --port(-p): string        # Port to listen on; 0 picks a free one
    --status: string          # Status to answer every request with
    --delay: string           # Hold each answer this long (500ms, 2s; a bare number is seconds); the next callback is not held up
    --save: path              # Append each callback to FILE as one NDJSON line, written before the answer
    --max-body: string        # Largest body accepted, in bytes; a larger one is answered 413
    --fsync                   # With --save, answer each callback only once its line is on the disk, not just written to the OS (one sync for the callbacks answered together); the file is synced at exit anyway
    --secret: string          # Secret to verify signatures with (default: the profile's client_secret); `-` reads stdin
    --require-header: string  # A header every callback must carry, "Name: value" (repeatable; in the environment, one a line); checked like a signature, its value never printed
    --max-age: string         # How old an Ecwid callback's eventCreated may be before it is marked stale (its signature never expires, so age is how a replayed one shows)
    --events: string          # Print and count only these events: globs on the event, comma-separated (store/order/*,order.*)
    --compact                 # Print only the header line of each callback
    --expand                  # Show the entity each BigCommerce callback names (order, product...), fetched through the API off the answering path; the saved line is unchanged
    --count: string           # Exit 0 after N (matching) callbacks
    --timeout: string         # Stop after this long (60s, 5m; a bare number is seconds); with --count, exit 7 if N callbacks have not come by then
    --subscribe: string       # Subscribe these scopes to --public-url for this run only (hooks deleted on the way out)
    --hooks-file(-f): path    # Subscribe, for this run only, every active [[hook]] of an `apply` file, at --public-url joined with the path and query of the hook's own destination, with its headers
    --public-url: string      # The https URL a tunnel gives this port, for --subscribe and -f
    --allow-insecure          # A --public-url that is not https on port 443 is a warning, not an error (local fakes)
    --allow-unknown-scope     # Let a scope bchook does not know through, with a warning (BigCommerce added one); one within two edits of a known scope is still refused as a typo
    --yes(-y)                 # Delete hooks an earlier --subscribe run left without asking
    --ui                      # Also serve an inspector page at /_bchook/ (the URL with its token is printed at start)
    --ui-token: string        # With --ui, the page's token instead of a random one (letters, digits, '-', '.', '_', '~')
    --forward-to: string      # Re-send each callback to your app and show its answer (on its own line, so a hanging app never holds printing up; with --json or --ui the line waits for it). Repeatable as PATTERN=URL to route by event (store/order/*=http://localhost:3000/orders): the first match wins, a plain URL takes the rest, and a callback nothing takes is "not forwarded"
    --answer-from-app         # Answer each callback with what the app answered (its status, headers and body), once the callback is saved: 502 when the app cannot be reached, 504 past --app-timeout. Only the callback waiting on the app waits; the others are answered as they come
    --app-timeout: string     # How long --answer-from-app waits for the app (BigCommerce waits 10 s)
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook listen color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
  ]

  def "nu-complete bchook expand color" [] {
    [ "auto" "always" "never" ]
  }

  # Show the order, product, customer... behind each saved or piped callback
  export extern "bchook expand" [
    --seq: string             # Only the callback with this seq (repeatable)
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook expand color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
    file?: path               # A file written by `bchook listen --save` or `--json`; standard input when not given
  ]

  def "nu-complete bchook trigger platform" [] {
    [ "bigcommerce" "ecwid" "shopify" ]
  }

  def "nu-complete bchook trigger color" [] {
    [ "auto" "always" "never" ]
  }

  # Send realistic callbacks to your handler, signed like the real ones
  export extern "bchook trigger" [
    --to: string              # The handler to send to
    --platform: string@"nu-complete bchook trigger platform" # Whose callback to send
    --legacy                  # The 2013 beta hooks service's payload: producer store/HASH, a numeric store_id, no created_at
    --store-id: string        # The store id in the payload
    --id: string              # The entity id (order, product, ...); with --count, the first of the ids counted up
    --data: string            # JSON merged into the event's data (an object), or replacing it (anything else)
    --secret: string          # Sign with this secret (default: the profile's client_secret); `-` reads stdin
    --count: string           # Send this many callbacks, ids counting up
    --concurrency: string     # Connections used at once with --count
    --timeout: string         # How long the handler has to answer (10s, 500ms; a bare number is seconds)
    --header(-H): string      # A header to send too, "Name: value" (repeatable): a hook's custom header, as `listen --require-header` or your handler checks it; it replaces one of the same name
    --print                   # Write the callback (headers, a blank line, the body; with --json one object) to stdout instead of sending it, for fixtures
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook trigger color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
    scope: string             # The BigCommerce scope (store/order/created); with --platform ecwid the event type (order.created), with --platform shopify the topic (orders/create)
  ]

  def "nu-complete bchook simulate platform" [] {
    [ "bigcommerce" "ecwid" ]
  }

  def "nu-complete bchook simulate color" [] {
    [ "auto" "always" "never" ]
  }

  # Deliver callbacks to your handler under BigCommerce's retry and blocklist rules, fast
  export extern "bchook simulate" [
    --to: string              # The handler to deliver to
    --scope: string           # The scopes of the callbacks, taken in turn (repeatable; default store/order/created, or order.created with --platform ecwid)
    --platform: string@"nu-complete bchook simulate platform" # Whose delivery rules and callbacks: BigCommerce's, or Ecwid's (success only on 200, 201, 202, 204, 209; 27 retries over 24 h; no blocklist)
    --rate: string            # Callbacks fired per second of BigCommerce's time (decimals allowed: 0.5 is one every 2 s)
    --duration: string        # How long callbacks fire, in BigCommerce's time (30s, 5m; a bare number is seconds); the run goes on until every callback is delivered or given up
    --speed: string           # How fast the run goes: BigCommerce's time t is attempted at real time t / X. The verdict is the same at every speed; --speed 1 is faithful for a handler whose answers depend on load
    --timeout: string         # How long the handler has to answer, in real time as BigCommerce waits (10s, 500ms; a bare number is seconds)
    --exceptions-to: string   # Where store/hook/deliveryException callbacks go
    --secret: string          # Sign with this secret (default: the profile's client_secret); `-` reads stdin
    --concurrency: string     # Deliveries at once
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook simulate color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
  ]

  def "nu-complete bchook replay color" [] {
    [ "auto" "always" "never" ]
  }

  # Re-send callbacks saved by `listen --save`, byte for byte, in order
  export extern "bchook replay" [
    --to: string              # The handler to send to; each callback's path is appended
    --seq: string             # Only the callback with this seq (repeatable)
    --timeout: string         # How long the handler has to answer each callback (10s, 500ms; a bare number is seconds)
    --resign                  # Sign each callback afresh, as its platform signs: a new timestamp (Standard Webhooks), the same id and body, a new signature, so a handler does not reject it as stale
    --secret: string          # The secret --resign signs with (default: the profile's client_secret); `-` reads stdin
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook replay color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
    file: path                # A file written by `bchook listen --save`
  ]

  def "nu-complete bchook scopes platform" [] {
    [ "bigcommerce" "ecwid" ]
  }

  def "nu-complete bchook scopes color" [] {
    [ "auto" "always" "never" ]
  }

  # List the known webhook scopes and what each event's data looks like
  export extern "bchook scopes" [
    --platform: string@"nu-complete bchook scopes platform" # Whose events: BigCommerce's scopes, or Ecwid's event types with their access scopes
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook scopes color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
    pattern?: string          # Only scopes matching this glob, or containing this text
  ]

  def "nu-complete bchook completions shell" [] {
    [ "bash" "zsh" "fish" "elvish" "powershell" "nushell" ]
  }

  def "nu-complete bchook completions color" [] {
    [ "auto" "always" "never" ]
  }

  # Print a shell completion script
  export extern "bchook completions" [
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook completions color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
    shell: string@"nu-complete bchook completions shell" # The shell to write a completion script for
  ]

  def "nu-complete bchook generate color" [] {
    [ "auto" "always" "never" ]
  }

  # Write the completion scripts and man pages into DIR (for maintainers)
  export extern "bchook generate" [
    --store-hash: string      # Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]
    --access-token: string    # API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]
    --api-url: string         # API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]
    --legacy-headers          # On a 2013 beta profile, send the service's first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)
    --profile: string         # Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file's `default`]
    --config: path            # Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]
    --json                    # Print machine-readable JSON on stdout
    --color: string@"nu-complete bchook generate color" # When to use colour [NO_COLOR turns it off]
    --verbose(-v)             # Print each HTTP request and response status to stderr, secrets redacted
    --help(-h)                # Print help: -h a summary, --help all of it
    --version(-V)             # Print version
    dir: path                 # The folder to write `completions/` and `man/` into
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "bchook help" [
  ]

  # Obtain or save an access token into a profile of the config file
  export extern "bchook help token" [
  ]

  # Save a store-level API account's credentials into the profile
  export extern "bchook help token save" [
  ]

  # Exchange an app's OAuth code for a token (POST {login-url}/oauth2/token)
  export extern "bchook help token exchange" [
  ]

  # The 2013 beta flow: POST {hooks-url}/token with legacy store credentials
  export extern "bchook help token legacy" [
  ]

  # Show the profile and credentials in effect and where each came from
  export extern "bchook help token show" [
  ]

  # List the config file's profiles: platform, store and which is the default
  export extern "bchook help token list" [
  ]

  # Delete a profile and its credentials from the config file
  export extern "bchook help token delete" [
  ]

  # Create a hook: BigCommerce will POST each SCOPE event to DESTINATION
  export extern "bchook help subscribe" [
  ]

  # List hooks (every page unless --page is given)
  export extern "bchook help list" [
  ]

  # Show one hook
  export extern "bchook help show" [
  ]

  # Change a hook's scope, destination, state or custom headers
  export extern "bchook help update" [
  ]

  # Delete hooks by id, or every hook matching filters with --all
  export extern "bchook help delete" [
  ]

  # Make a store's hooks match a file: print the plan, then carry it out
  export extern "bchook help apply" [
  ]

  # Write the store's hooks as a file for `apply`, header values as ${NAME} placeholders
  export extern "bchook help export" [
  ]

  # Check the health of the store's hooks: deactivated, blocked domains, emails
  export extern "bchook help doctor" [
  ]

  # Turn deactivated hooks back on
  export extern "bchook help reactivate" [
  ]

  # The account's hooks settings at BigCommerce (notification emails)
  export extern "bchook help admin" [
  ]

  # Show, set or clear the addresses BigCommerce notifies of deactivated hooks and blocked domains
  export extern "bchook help admin emails" [
  ]

  # Replace the notification emails with these
  export extern "bchook help admin emails set" [
  ]

  # Remove every notification email
  export extern "bchook help admin emails clear" [
  ]

  # Receive callbacks on this machine: print, verify and save each one, answer at once
  export extern "bchook help listen" [
  ]

  # Show the order, product, customer... behind each saved or piped callback
  export extern "bchook help expand" [
  ]

  # Send realistic callbacks to your handler, signed like the real ones
  export extern "bchook help trigger" [
  ]

  # Deliver callbacks to your handler under BigCommerce's retry and blocklist rules, fast
  export extern "bchook help simulate" [
  ]

  # Re-send callbacks saved by `listen --save`, byte for byte, in order
  export extern "bchook help replay" [
  ]

  # List the known webhook scopes and what each event's data looks like
  export extern "bchook help scopes" [
  ]

  # Print a shell completion script
  export extern "bchook help completions" [
  ]

  # Write the completion scripts and man pages into DIR (for maintainers)
  export extern "bchook help generate" [
  ]

  # Print this message or the help of the given subcommand(s)
  export extern "bchook help help" [
  ]

}

export use completions *
