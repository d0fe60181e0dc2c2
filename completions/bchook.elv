
use builtin;
use str;

set edit:completion:arg-completer[bchook] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'bchook'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'bchook'= {
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
            cand token 'Obtain or save an access token into a profile of the config file'
            cand subscribe 'Create a hook: BigCommerce will POST each SCOPE event to DESTINATION'
            cand list 'List hooks (every page unless --page is given)'
            cand show 'Show one hook'
            cand update 'Change a hook''s scope, destination, state or custom headers'
            cand delete 'Delete hooks by id, or every hook matching filters with --all'
            cand apply 'Make a store''s hooks match a file: print the plan, then carry it out'
            cand export 'Write the store''s hooks as a file for `apply`, header values as ${NAME} placeholders'
            cand doctor 'Check the health of the store''s hooks: deactivated, blocked domains, emails'
            cand reactivate 'Turn deactivated hooks back on'
            cand admin 'The account''s hooks settings at BigCommerce (notification emails)'
            cand listen 'Receive callbacks on this machine: print, verify and save each one, answer at once'
            cand expand 'Show the order, product, customer... behind each saved or piped callback'
            cand trigger 'Send realistic callbacks to your handler, signed like the real ones'
            cand simulate 'Deliver callbacks to your handler under BigCommerce''s retry and blocklist rules, fast'
            cand replay 'Re-send callbacks saved by `listen --save`, byte for byte, in order'
            cand scopes 'List the known webhook scopes and what each event''s data looks like'
            cand completions 'Print a shell completion script'
            cand generate 'Write the completion scripts and man pages into DIR (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bchook;token'= {
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
            cand save 'Save a store-level API account''s credentials into the profile'
            cand exchange 'Exchange an app''s OAuth code for a token (POST {login-url}/oauth2/token)'
            cand legacy 'The 2013 beta flow: POST {hooks-url}/token with legacy store credentials'
            cand show 'Show the profile and credentials in effect and where each came from'
            cand list 'List the config file''s profiles: platform, store and which is the default'
            cand delete 'Delete a profile and its credentials from the config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bchook;token;save'= {
            cand --client-id 'The API account''s client id (optional)'
            cand --client-secret 'The API account''s client secret, used by `listen` to verify signatures; `-` reads stdin'
            cand --platform '`ecwid` makes this an Ecwid store''s profile (with --store-id and its secret_ token)'
            cand --store-id 'An Ecwid store''s id (with --platform ecwid)'
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --no-verify 'Save without trying the store hash and token first (offline, or a store not reachable)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;token;exchange'= {
            cand --client-id 'The app''s client id'
            cand --client-secret 'The app''s client secret; `-` reads it from standard input'
            cand --code 'The temporary code BigCommerce passed to the app''s auth callback'
            cand --context 'The store context passed with the code, `stores/HASH`'
            cand --scope 'The space-separated OAuth scopes passed with the code'
            cand --redirect-uri 'The app''s registered auth callback URL'
            cand --login-url 'OAuth server [env: BCHOOK_LOGIN_URL] [default: https://login.bigcommerce.com]'
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;token;legacy'= {
            cand --client-id 'The beta app''s client id'
            cand --client-secret 'The beta app''s client secret; `-` reads it from standard input'
            cand --user 'The store''s legacy API user name'
            cand --token 'The store''s legacy API token; `-` reads it from standard input'
            cand --store-domain 'The store''s URL, e.g. https://store-xxxx.mybigcommerce.com'
            cand --hooks-url 'The beta hooks service'
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;token;show'= {
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;token;list'= {
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;token;delete'= {
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;token;help'= {
            cand save 'Save a store-level API account''s credentials into the profile'
            cand exchange 'Exchange an app''s OAuth code for a token (POST {login-url}/oauth2/token)'
            cand legacy 'The 2013 beta flow: POST {hooks-url}/token with legacy store credentials'
            cand show 'Show the profile and credentials in effect and where each came from'
            cand list 'List the config file''s profiles: platform, store and which is the default'
            cand delete 'Delete a profile and its credentials from the config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bchook;token;help;save'= {
        }
        &'bchook;token;help;exchange'= {
        }
        &'bchook;token;help;legacy'= {
        }
        &'bchook;token;help;show'= {
        }
        &'bchook;token;help;list'= {
        }
        &'bchook;token;help;delete'= {
        }
        &'bchook;token;help;help'= {
        }
        &'bchook;subscribe'= {
            cand -H 'A custom header BigCommerce sends with each callback, "Name: value" (repeatable)'
            cand --header 'A custom header BigCommerce sends with each callback, "Name: value" (repeatable)'
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --inactive 'Create the hook switched off'
            cand --allow-unknown-scope 'Let a scope bchook does not know through, with a warning (BigCommerce added one); one within two edits of a known scope is still refused as a typo'
            cand --allow-insecure 'A destination that is not https on port 443 is a warning, not an error (local fakes)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;list'= {
            cand --scope 'Only hooks with this exact scope'
            cand --destination 'Only hooks with this exact destination'
            cand --page 'Fetch only this page'
            cand --limit 'Hooks per page [default: 250, BigCommerce''s maximum]'
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --active 'Only active hooks'
            cand --inactive 'Only inactive hooks'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;show'= {
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;update'= {
            cand --scope 'New scope'
            cand --destination 'New destination URL'
            cand -H 'Replace the custom headers with these, "Name: value" (repeatable)'
            cand --header 'Replace the custom headers with these, "Name: value" (repeatable)'
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --active 'Switch the hook on'
            cand --inactive 'Switch the hook off'
            cand --no-headers 'Remove every custom header'
            cand --allow-unknown-scope 'Let a scope bchook does not know through, with a warning (BigCommerce added one); one within two edits of a known scope is still refused as a typo'
            cand --allow-insecure 'A destination that is not https on port 443 is a warning, not an error (local fakes)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;delete'= {
            cand --scope 'Only hooks with this exact scope'
            cand --destination 'Only hooks with this exact destination'
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --all 'Delete every hook matching the filters (all hooks without filters)'
            cand --active 'Only active hooks'
            cand --inactive 'Only inactive hooks'
            cand -y 'Do not ask for confirmation (needed for --all off a terminal)'
            cand --yes 'Do not ask for confirmation (needed for --all off a terminal)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;apply'= {
            cand -f 'The hooks file: TOML, or JSON when it ends in .json'
            cand --file 'The hooks file: TOML, or JSON when it ends in .json'
            cand --profiles 'Apply to these profiles'' stores, comma-separated'
            cand --jobs 'Stores handled at once'
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --dry-run 'Print the plan only'
            cand --check 'Change nothing; exit 8 when anything would change'
            cand --prune 'Delete the store''s hooks that are not in the file'
            cand -y 'Delete without asking (needed off a terminal, and for several stores)'
            cand --yes 'Delete without asking (needed off a terminal, and for several stores)'
            cand --all-profiles 'Apply to every profile''s store in the config file'
            cand --allow-insecure 'Destinations that are not https on port 443 are a warning, not an error (local fakes)'
            cand --allow-unknown-scope 'Let a scope bchook does not know through, with a warning (BigCommerce added one); one within two edits of a known scope is still refused as a typo'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;export'= {
            cand -o 'Write to FILE (JSON when it ends in .json) instead of stdout'
            cand --output 'Write to FILE (JSON when it ends in .json) instead of stdout'
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --show-secrets 'Write header values as they are, not as ${NAME} placeholders'
            cand --force 'Replace an existing --output file without asking (needed off a terminal)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;doctor'= {
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand -q 'Print nothing when healthy (for cron); the exit code still tells'
            cand --quiet 'Print nothing when healthy (for cron); the exit code still tells'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;reactivate'= {
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --all-deactivated 'Every hook BigCommerce has deactivated (from GET /hooks/admin)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;admin'= {
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
            cand emails 'Show, set or clear the addresses BigCommerce notifies of deactivated hooks and blocked domains'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bchook;admin;emails'= {
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Replace the notification emails with these'
            cand clear 'Remove every notification email'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bchook;admin;emails;set'= {
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;admin;emails;clear'= {
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;admin;emails;help'= {
            cand set 'Replace the notification emails with these'
            cand clear 'Remove every notification email'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bchook;admin;emails;help;set'= {
        }
        &'bchook;admin;emails;help;clear'= {
        }
        &'bchook;admin;emails;help;help'= {
        }
        &'bchook;admin;help'= {
            cand emails 'Show, set or clear the addresses BigCommerce notifies of deactivated hooks and blocked domains'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bchook;admin;help;emails'= {
            cand set 'Replace the notification emails with these'
            cand clear 'Remove every notification email'
        }
        &'bchook;admin;help;emails;set'= {
        }
        &'bchook;admin;help;emails;clear'= {
        }
        &'bchook;admin;help;help'= {
        }
        &'bchook;listen'= {
            cand --host 'Address to listen on'
            cand -p 'Port to listen on; 0 picks a free one'
            cand --port 'Port to listen on; 0 picks a free one'
            cand --status 'Status to answer every request with'
            cand --delay 'Hold each answer this long (500ms, 2s; a bare number is seconds); the next callback is not held up'
            cand --save 'Append each callback to FILE as one NDJSON line, written before the answer'
            cand --max-body 'Largest body accepted, in bytes; a larger one is answered 413'
            cand --secret 'Secret to verify signatures with (default: the profile''s client_secret); `-` reads stdin'
            cand --require-header 'A header every callback must carry, "Name: value" (repeatable; in the environment, one a line); checked like a signature, its value never printed'
            cand --max-age 'How old an Ecwid callback''s eventCreated may be before it is marked stale (its signature never expires, so age is how a replayed one shows)'
            cand --events 'Print and count only these events: globs on the event, comma-separated (store/order/*,order.*)'
            cand --count 'Exit 0 after N (matching) callbacks'
            cand --timeout 'Stop after this long (60s, 5m; a bare number is seconds); with --count, exit 7 if N callbacks have not come by then'
            cand --subscribe 'Subscribe these scopes to --public-url for this run only (hooks deleted on the way out)'
            cand -f 'Subscribe, for this run only, every active [[hook]] of an `apply` file, at --public-url joined with the path and query of the hook''s own destination, with its headers'
            cand --hooks-file 'Subscribe, for this run only, every active [[hook]] of an `apply` file, at --public-url joined with the path and query of the hook''s own destination, with its headers'
            cand --public-url 'The https URL a tunnel gives this port, for --subscribe and -f'
            cand --ui-token 'With --ui, the page''s token instead of a random one (letters, digits, ''-'', ''.'', ''_'', ''~'')'
            cand --forward-to 'Re-send each callback to your app and show its answer (on its own line, so a hanging app never holds printing up; with --json or --ui the line waits for it). Repeatable as PATTERN=URL to route by event (store/order/*=http://localhost:3000/orders): the first match wins, a plain URL takes the rest, and a callback nothing takes is "not forwarded"'
            cand --app-timeout 'How long --answer-from-app waits for the app (BigCommerce waits 10 s)'
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --fsync 'With --save, answer each callback only once its line is on the disk, not just written to the OS (one sync for the callbacks answered together); the file is synced at exit anyway'
            cand --compact 'Print only the header line of each callback'
            cand --expand 'Show the entity each BigCommerce callback names (order, product...), fetched through the API off the answering path; the saved line is unchanged'
            cand --allow-insecure 'A --public-url that is not https on port 443 is a warning, not an error (local fakes)'
            cand --allow-unknown-scope 'Let a scope bchook does not know through, with a warning (BigCommerce added one); one within two edits of a known scope is still refused as a typo'
            cand -y 'Delete hooks an earlier --subscribe run left without asking'
            cand --yes 'Delete hooks an earlier --subscribe run left without asking'
            cand --ui 'Also serve an inspector page at /_bchook/ (the URL with its token is printed at start)'
            cand --answer-from-app 'Answer each callback with what the app answered (its status, headers and body), once the callback is saved: 502 when the app cannot be reached, 504 past --app-timeout. Only the callback waiting on the app waits; the others are answered as they come'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;expand'= {
            cand --seq 'Only the callback with this seq (repeatable)'
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;trigger'= {
            cand --to 'The handler to send to'
            cand --platform 'Whose callback to send'
            cand --store-id 'The store id in the payload'
            cand --id 'The entity id (order, product, ...); with --count, the first of the ids counted up'
            cand --data 'JSON merged into the event''s data (an object), or replacing it (anything else)'
            cand --secret 'Sign with this secret (default: the profile''s client_secret); `-` reads stdin'
            cand --count 'Send this many callbacks, ids counting up'
            cand --concurrency 'Connections used at once with --count'
            cand --timeout 'How long the handler has to answer (10s, 500ms; a bare number is seconds)'
            cand -H 'A header to send too, "Name: value" (repeatable): a hook''s custom header, as `listen --require-header` or your handler checks it; it replaces one of the same name'
            cand --header 'A header to send too, "Name: value" (repeatable): a hook''s custom header, as `listen --require-header` or your handler checks it; it replaces one of the same name'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --legacy 'The 2013 beta hooks service''s payload: producer store/HASH, a numeric store_id, no created_at'
            cand --print 'Write the callback (headers, a blank line, the body; with --json one object) to stdout instead of sending it, for fixtures'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;simulate'= {
            cand --to 'The handler to deliver to'
            cand --scope 'The scopes of the callbacks, taken in turn (repeatable; default store/order/created, or order.created with --platform ecwid)'
            cand --platform 'Whose delivery rules and callbacks: BigCommerce''s, or Ecwid''s (success only on 200, 201, 202, 204, 209; 27 retries over 24 h; no blocklist)'
            cand --rate 'Callbacks fired per second of BigCommerce''s time (decimals allowed: 0.5 is one every 2 s)'
            cand --duration 'How long callbacks fire, in BigCommerce''s time (30s, 5m; a bare number is seconds); the run goes on until every callback is delivered or given up'
            cand --speed 'How fast the run goes: BigCommerce''s time t is attempted at real time t / X. The verdict is the same at every speed; --speed 1 is faithful for a handler whose answers depend on load'
            cand --timeout 'How long the handler has to answer, in real time as BigCommerce waits (10s, 500ms; a bare number is seconds)'
            cand --exceptions-to 'Where store/hook/deliveryException callbacks go'
            cand --secret 'Sign with this secret (default: the profile''s client_secret); `-` reads stdin'
            cand --concurrency 'Deliveries at once'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;replay'= {
            cand --to 'The handler to send to; each callback''s path is appended'
            cand --seq 'Only the callback with this seq (repeatable)'
            cand --timeout 'How long the handler has to answer each callback (10s, 500ms; a bare number is seconds)'
            cand --secret 'The secret --resign signs with (default: the profile''s client_secret); `-` reads stdin'
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --resign 'Sign each callback afresh, as its platform signs: a new timestamp (Standard Webhooks), the same id and body, a new signature, so a handler does not reject it as stale'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;scopes'= {
            cand --platform 'Whose events: BigCommerce''s scopes, or Ecwid''s event types with their access scopes'
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;completions'= {
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;generate'= {
            cand --store-hash 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]'
            cand --access-token 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]'
            cand --api-url 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]'
            cand --profile 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]'
            cand --config 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]'
            cand --color 'When to use colour [NO_COLOR turns it off]'
            cand --legacy-headers 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
            cand --json 'Print machine-readable JSON on stdout'
            cand -v 'Print each HTTP request and response status to stderr, secrets redacted'
            cand --verbose 'Print each HTTP request and response status to stderr, secrets redacted'
            cand -h 'Print help: -h a summary, --help all of it'
            cand --help 'Print help: -h a summary, --help all of it'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'bchook;help'= {
            cand token 'Obtain or save an access token into a profile of the config file'
            cand subscribe 'Create a hook: BigCommerce will POST each SCOPE event to DESTINATION'
            cand list 'List hooks (every page unless --page is given)'
            cand show 'Show one hook'
            cand update 'Change a hook''s scope, destination, state or custom headers'
            cand delete 'Delete hooks by id, or every hook matching filters with --all'
            cand apply 'Make a store''s hooks match a file: print the plan, then carry it out'
            cand export 'Write the store''s hooks as a file for `apply`, header values as ${NAME} placeholders'
            cand doctor 'Check the health of the store''s hooks: deactivated, blocked domains, emails'
            cand reactivate 'Turn deactivated hooks back on'
            cand admin 'The account''s hooks settings at BigCommerce (notification emails)'
            cand listen 'Receive callbacks on this machine: print, verify and save each one, answer at once'
            cand expand 'Show the order, product, customer... behind each saved or piped callback'
            cand trigger 'Send realistic callbacks to your handler, signed like the real ones'
            cand simulate 'Deliver callbacks to your handler under BigCommerce''s retry and blocklist rules, fast'
            cand replay 'Re-send callbacks saved by `listen --save`, byte for byte, in order'
            cand scopes 'List the known webhook scopes and what each event''s data looks like'
            cand completions 'Print a shell completion script'
            cand generate 'Write the completion scripts and man pages into DIR (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'bchook;help;token'= {
            cand save 'Save a store-level API account''s credentials into the profile'
            cand exchange 'Exchange an app''s OAuth code for a token (POST {login-url}/oauth2/token)'
            cand legacy 'The 2013 beta flow: POST {hooks-url}/token with legacy store credentials'
            cand show 'Show the profile and credentials in effect and where each came from'
            cand list 'List the config file''s profiles: platform, store and which is the default'
            cand delete 'Delete a profile and its credentials from the config file'
        }
        &'bchook;help;token;save'= {
        }
        &'bchook;help;token;exchange'= {
        }
        &'bchook;help;token;legacy'= {
        }
        &'bchook;help;token;show'= {
        }
        &'bchook;help;token;list'= {
        }
        &'bchook;help;token;delete'= {
        }
        &'bchook;help;subscribe'= {
        }
        &'bchook;help;list'= {
        }
        &'bchook;help;show'= {
        }
        &'bchook;help;update'= {
        }
        &'bchook;help;delete'= {
        }
        &'bchook;help;apply'= {
        }
        &'bchook;help;export'= {
        }
        &'bchook;help;doctor'= {
        }
        &'bchook;help;reactivate'= {
        }
        &'bchook;help;admin'= {
            cand emails 'Show, set or clear the addresses BigCommerce notifies of deactivated hooks and blocked domains'
        }
        &'bchook;help;admin;emails'= {
            cand set 'Replace the notification emails with these'
            cand clear 'Remove every notification email'
        }
        &'bchook;help;admin;emails;set'= {
        }
        &'bchook;help;admin;emails;clear'= {
        }
        &'bchook;help;listen'= {
        }
        &'bchook;help;expand'= {
        }
        &'bchook;help;trigger'= {
        }
        &'bchook;help;simulate'= {
        }
        &'bchook;help;replay'= {
        }
        &'bchook;help;scopes'= {
        }
        &'bchook;help;completions'= {
        }
        &'bchook;help;generate'= {
        }
        &'bchook;help;help'= {
        }
    ]
    $completions[$command]
}
