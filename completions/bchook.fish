# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_bchook_global_optspecs
    string join \n store-hash= access-token= api-url= profile= config= json color= v/verbose legacy-headers h/help V/version
end

function __fish_bchook_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_bchook_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_bchook_using_subcommand
    set -l cmd (__fish_bchook_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c bchook -n "__fish_bchook_needs_command" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_needs_command" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_needs_command" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_needs_command" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_needs_command" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_needs_command" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_needs_command" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_needs_command" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_needs_command" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_needs_command" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_needs_command" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "token" -d 'Obtain or save an access token into a profile of the config file'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "subscribe" -d 'Create a hook: BigCommerce will POST each SCOPE event to DESTINATION'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "list" -d 'List hooks (every page unless --page is given)'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "show" -d 'Show one hook'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "update" -d 'Change a hook\'s scope, destination, state or custom headers'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "delete" -d 'Delete hooks by id, or every hook matching filters with --all'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "apply" -d 'Make a store\'s hooks match a file: print the plan, then carry it out'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "export" -d 'Write the store\'s hooks as a file for `apply`, header values as ${NAME} placeholders'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "doctor" -d 'Check the health of the store\'s hooks: deactivated, blocked domains, emails'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "reactivate" -d 'Turn deactivated hooks back on'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "admin" -d 'The account\'s hooks settings at BigCommerce (notification emails)'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "listen" -d 'Receive callbacks on this machine: print, verify and save each one, answer at once'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "expand" -d 'Show the order, product, customer... behind each saved or piped callback'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "trigger" -d 'Send realistic callbacks to your handler, signed like the real ones'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "simulate" -d 'Deliver callbacks to your handler under BigCommerce\'s retry and blocklist rules, fast'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "replay" -d 'Re-send callbacks saved by `listen --save`, byte for byte, in order'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "scopes" -d 'List the known webhook scopes and what each event\'s data looks like'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "generate" -d 'Write the completion scripts and man pages into DIR (for maintainers)'
complete -c bchook -n "__fish_bchook_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -f -a "save" -d 'Save a store-level API account\'s credentials into the profile'
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -f -a "exchange" -d 'Exchange an app\'s OAuth code for a token (POST {login-url}/oauth2/token)'
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -f -a "legacy" -d 'The 2013 beta flow: POST {hooks-url}/token with legacy store credentials'
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -f -a "show" -d 'Show the profile and credentials in effect and where each came from'
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -f -a "list" -d 'List the config file\'s profiles: platform, store and which is the default'
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -f -a "delete" -d 'Delete a profile and its credentials from the config file'
complete -c bchook -n "__fish_bchook_using_subcommand token; and not __fish_seen_subcommand_from save exchange legacy show list delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from save" -l client-id -d 'The API account\'s client id (optional)' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from save" -l client-secret -d 'The API account\'s client secret, used by `listen` to verify signatures; `-` reads stdin' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from save" -l platform -d '`ecwid` makes this an Ecwid store\'s profile (with --store-id and its secret_ token)' -r -f -a "bigcommerce\t''
ecwid\t''"
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from save" -l store-id -d 'An Ecwid store\'s id (with --platform ecwid)' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from save" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from save" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from save" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from save" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from save" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from save" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from save" -l no-verify -d 'Save without trying the store hash and token first (offline, or a store not reachable)'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from save" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from save" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from save" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from save" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -l client-id -d 'The app\'s client id' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -l client-secret -d 'The app\'s client secret; `-` reads it from standard input' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -l code -d 'The temporary code BigCommerce passed to the app\'s auth callback' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -l context -d 'The store context passed with the code, `stores/HASH`' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -l scope -d 'The space-separated OAuth scopes passed with the code' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -l redirect-uri -d 'The app\'s registered auth callback URL' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -l login-url -d 'OAuth server [env: BCHOOK_LOGIN_URL] [default: https://login.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from exchange" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from legacy" -l client-id -d 'The beta app\'s client id' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from legacy" -l client-secret -d 'The beta app\'s client secret; `-` reads it from standard input' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from legacy" -l user -d 'The store\'s legacy API user name' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from legacy" -l token -d 'The store\'s legacy API token; `-` reads it from standard input' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from legacy" -l store-domain -d 'The store\'s URL, e.g. https://store-xxxx.mybigcommerce.com' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from legacy" -l hooks-url -d 'The beta hooks service' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from legacy" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from legacy" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from legacy" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from legacy" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from legacy" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from legacy" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from legacy" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from legacy" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from legacy" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from legacy" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from legacy" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from show" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from show" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from show" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from show" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from show" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from show" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from show" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from list" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from list" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from list" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from list" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from delete" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from delete" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from delete" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from delete" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from delete" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from delete" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from delete" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "save" -d 'Save a store-level API account\'s credentials into the profile'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "exchange" -d 'Exchange an app\'s OAuth code for a token (POST {login-url}/oauth2/token)'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "legacy" -d 'The 2013 beta flow: POST {hooks-url}/token with legacy store credentials'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the profile and credentials in effect and where each came from'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the config file\'s profiles: platform, store and which is the default'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a profile and its credentials from the config file'
complete -c bchook -n "__fish_bchook_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bchook -n "__fish_bchook_using_subcommand subscribe" -s H -l header -d 'A custom header BigCommerce sends with each callback, "Name: value" (repeatable)' -r
complete -c bchook -n "__fish_bchook_using_subcommand subscribe" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand subscribe" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand subscribe" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand subscribe" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand subscribe" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand subscribe" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand subscribe" -l inactive -d 'Create the hook switched off'
complete -c bchook -n "__fish_bchook_using_subcommand subscribe" -l allow-unknown-scope -d 'Let a scope bchook does not know through, with a warning (BigCommerce added one); one within two edits of a known scope is still refused as a typo'
complete -c bchook -n "__fish_bchook_using_subcommand subscribe" -l allow-insecure -d 'A destination that is not https on port 443 is a warning, not an error (local fakes)'
complete -c bchook -n "__fish_bchook_using_subcommand subscribe" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand subscribe" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand subscribe" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand subscribe" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand subscribe" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand list" -l scope -d 'Only hooks with this exact scope' -r
complete -c bchook -n "__fish_bchook_using_subcommand list" -l destination -d 'Only hooks with this exact destination' -r
complete -c bchook -n "__fish_bchook_using_subcommand list" -l page -d 'Fetch only this page' -r
complete -c bchook -n "__fish_bchook_using_subcommand list" -l limit -d 'Hooks per page [default: 250, BigCommerce\'s maximum]' -r
complete -c bchook -n "__fish_bchook_using_subcommand list" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand list" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand list" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand list" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand list" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand list" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand list" -l active -d 'Only active hooks'
complete -c bchook -n "__fish_bchook_using_subcommand list" -l inactive -d 'Only inactive hooks'
complete -c bchook -n "__fish_bchook_using_subcommand list" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand list" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand list" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand list" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand list" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand show" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand show" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand show" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand show" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand show" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand show" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand show" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand show" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand show" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand show" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand show" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand update" -l scope -d 'New scope' -r
complete -c bchook -n "__fish_bchook_using_subcommand update" -l destination -d 'New destination URL' -r
complete -c bchook -n "__fish_bchook_using_subcommand update" -s H -l header -d 'Replace the custom headers with these, "Name: value" (repeatable)' -r
complete -c bchook -n "__fish_bchook_using_subcommand update" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand update" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand update" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand update" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand update" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand update" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand update" -l active -d 'Switch the hook on'
complete -c bchook -n "__fish_bchook_using_subcommand update" -l inactive -d 'Switch the hook off'
complete -c bchook -n "__fish_bchook_using_subcommand update" -l no-headers -d 'Remove every custom header'
complete -c bchook -n "__fish_bchook_using_subcommand update" -l allow-unknown-scope -d 'Let a scope bchook does not know through, with a warning (BigCommerce added one); one within two edits of a known scope is still refused as a typo'
complete -c bchook -n "__fish_bchook_using_subcommand update" -l allow-insecure -d 'A destination that is not https on port 443 is a warning, not an error (local fakes)'
complete -c bchook -n "__fish_bchook_using_subcommand update" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand update" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand update" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand update" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand update" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand delete" -l scope -d 'Only hooks with this exact scope' -r
complete -c bchook -n "__fish_bchook_using_subcommand delete" -l destination -d 'Only hooks with this exact destination' -r
complete -c bchook -n "__fish_bchook_using_subcommand delete" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand delete" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand delete" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand delete" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand delete" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand delete" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand delete" -l all -d 'Delete every hook matching the filters (all hooks without filters)'
complete -c bchook -n "__fish_bchook_using_subcommand delete" -l active -d 'Only active hooks'
complete -c bchook -n "__fish_bchook_using_subcommand delete" -l inactive -d 'Only inactive hooks'
complete -c bchook -n "__fish_bchook_using_subcommand delete" -s y -l yes -d 'Do not ask for confirmation (needed for --all off a terminal)'
complete -c bchook -n "__fish_bchook_using_subcommand delete" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand delete" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand delete" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand delete" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand delete" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand apply" -s f -l file -d 'The hooks file: TOML, or JSON when it ends in .json' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand apply" -l profiles -d 'Apply to these profiles\' stores, comma-separated' -r
complete -c bchook -n "__fish_bchook_using_subcommand apply" -l jobs -d 'Stores handled at once' -r
complete -c bchook -n "__fish_bchook_using_subcommand apply" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand apply" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand apply" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand apply" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand apply" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand apply" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand apply" -l dry-run -d 'Print the plan only'
complete -c bchook -n "__fish_bchook_using_subcommand apply" -l check -d 'Change nothing; exit 8 when anything would change'
complete -c bchook -n "__fish_bchook_using_subcommand apply" -l prune -d 'Delete the store\'s hooks that are not in the file'
complete -c bchook -n "__fish_bchook_using_subcommand apply" -s y -l yes -d 'Delete without asking (needed off a terminal, and for several stores)'
complete -c bchook -n "__fish_bchook_using_subcommand apply" -l all-profiles -d 'Apply to every profile\'s store in the config file'
complete -c bchook -n "__fish_bchook_using_subcommand apply" -l allow-insecure -d 'Destinations that are not https on port 443 are a warning, not an error (local fakes)'
complete -c bchook -n "__fish_bchook_using_subcommand apply" -l allow-unknown-scope -d 'Let a scope bchook does not know through, with a warning (BigCommerce added one); one within two edits of a known scope is still refused as a typo'
complete -c bchook -n "__fish_bchook_using_subcommand apply" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand apply" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand apply" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand apply" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand apply" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand export" -s o -l output -d 'Write to FILE (JSON when it ends in .json) instead of stdout' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand export" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand export" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand export" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand export" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand export" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand export" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand export" -l show-secrets -d 'Write header values as they are, not as ${NAME} placeholders'
complete -c bchook -n "__fish_bchook_using_subcommand export" -l force -d 'Replace an existing --output file without asking (needed off a terminal)'
complete -c bchook -n "__fish_bchook_using_subcommand export" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand export" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand export" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand export" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand export" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand doctor" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand doctor" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand doctor" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand doctor" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand doctor" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand doctor" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand doctor" -s q -l quiet -d 'Print nothing when healthy (for cron); the exit code still tells'
complete -c bchook -n "__fish_bchook_using_subcommand doctor" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand doctor" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand doctor" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand doctor" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand reactivate" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand reactivate" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand reactivate" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand reactivate" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand reactivate" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand reactivate" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand reactivate" -l all-deactivated -d 'Every hook BigCommerce has deactivated (from GET /hooks/admin)'
complete -c bchook -n "__fish_bchook_using_subcommand reactivate" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand reactivate" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand reactivate" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand reactivate" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand reactivate" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand admin; and not __fish_seen_subcommand_from emails help" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand admin; and not __fish_seen_subcommand_from emails help" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand admin; and not __fish_seen_subcommand_from emails help" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand admin; and not __fish_seen_subcommand_from emails help" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand admin; and not __fish_seen_subcommand_from emails help" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand admin; and not __fish_seen_subcommand_from emails help" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand admin; and not __fish_seen_subcommand_from emails help" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand admin; and not __fish_seen_subcommand_from emails help" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand admin; and not __fish_seen_subcommand_from emails help" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand admin; and not __fish_seen_subcommand_from emails help" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand admin; and not __fish_seen_subcommand_from emails help" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand admin; and not __fish_seen_subcommand_from emails help" -f -a "emails" -d 'Show, set or clear the addresses BigCommerce notifies of deactivated hooks and blocked domains'
complete -c bchook -n "__fish_bchook_using_subcommand admin; and not __fish_seen_subcommand_from emails help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bchook -n "__fish_bchook_using_subcommand admin; and __fish_seen_subcommand_from emails" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand admin; and __fish_seen_subcommand_from emails" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand admin; and __fish_seen_subcommand_from emails" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand admin; and __fish_seen_subcommand_from emails" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand admin; and __fish_seen_subcommand_from emails" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand admin; and __fish_seen_subcommand_from emails" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand admin; and __fish_seen_subcommand_from emails" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand admin; and __fish_seen_subcommand_from emails" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand admin; and __fish_seen_subcommand_from emails" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand admin; and __fish_seen_subcommand_from emails" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand admin; and __fish_seen_subcommand_from emails" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand admin; and __fish_seen_subcommand_from emails" -f -a "set" -d 'Replace the notification emails with these'
complete -c bchook -n "__fish_bchook_using_subcommand admin; and __fish_seen_subcommand_from emails" -f -a "clear" -d 'Remove every notification email'
complete -c bchook -n "__fish_bchook_using_subcommand admin; and __fish_seen_subcommand_from emails" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bchook -n "__fish_bchook_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "emails" -d 'Show, set or clear the addresses BigCommerce notifies of deactivated hooks and blocked domains'
complete -c bchook -n "__fish_bchook_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l host -d 'Address to listen on' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -s p -l port -d 'Port to listen on; 0 picks a free one' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l status -d 'Status to answer every request with' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l delay -d 'Hold each answer this long (500ms, 2s; a bare number is seconds); the next callback is not held up' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l save -d 'Append each callback to FILE as one NDJSON line, written before the answer' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l max-body -d 'Largest body accepted, in bytes; a larger one is answered 413' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l secret -d 'Secret to verify signatures with (default: the profile\'s client_secret); `-` reads stdin' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l require-header -d 'A header every callback must carry, "Name: value" (repeatable; in the environment, one a line); checked like a signature, its value never printed' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l max-age -d 'How old an Ecwid callback\'s eventCreated may be before it is marked stale (its signature never expires, so age is how a replayed one shows)' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l events -d 'Print and count only these events: globs on the event, comma-separated (store/order/*,order.*)' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l count -d 'Exit 0 after N (matching) callbacks' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l timeout -d 'Stop after this long (60s, 5m; a bare number is seconds); with --count, exit 7 if N callbacks have not come by then' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l subscribe -d 'Subscribe these scopes to --public-url for this run only (hooks deleted on the way out)' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -s f -l hooks-file -d 'Subscribe, for this run only, every active [[hook]] of an `apply` file, at --public-url joined with the path and query of the hook\'s own destination, with its headers' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l public-url -d 'The https URL a tunnel gives this port, for --subscribe and -f' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l ui-token -d 'With --ui, the page\'s token instead of a random one (letters, digits, \'-\', \'.\', \'_\', \'~\')' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l forward-to -d 'Re-send each callback to your app and show its answer (on its own line, so a hanging app never holds printing up; with --json or --ui the line waits for it). Repeatable as PATTERN=URL to route by event (store/order/*=http://localhost:3000/orders): the first match wins, a plain URL takes the rest, and a callback nothing takes is "not forwarded"' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l app-timeout -d 'How long --answer-from-app waits for the app (BigCommerce waits 10 s)' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l fsync -d 'With --save, answer each callback only once its line is on the disk, not just written to the OS (one sync for the callbacks answered together); the file is synced at exit anyway'
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l compact -d 'Print only the header line of each callback'
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l expand -d 'Show the entity each BigCommerce callback names (order, product...), fetched through the API off the answering path; the saved line is unchanged'
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l allow-insecure -d 'A --public-url that is not https on port 443 is a warning, not an error (local fakes)'
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l allow-unknown-scope -d 'Let a scope bchook does not know through, with a warning (BigCommerce added one); one within two edits of a known scope is still refused as a typo'
complete -c bchook -n "__fish_bchook_using_subcommand listen" -s y -l yes -d 'Delete hooks an earlier --subscribe run left without asking'
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l ui -d 'Also serve an inspector page at /_bchook/ (the URL with its token is printed at start)'
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l answer-from-app -d 'Answer each callback with what the app answered (its status, headers and body), once the callback is saved: 502 when the app cannot be reached, 504 past --app-timeout. Only the callback waiting on the app waits; the others are answered as they come'
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand listen" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand listen" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand listen" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand listen" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand expand" -l seq -d 'Only the callback with this seq (repeatable)' -r
complete -c bchook -n "__fish_bchook_using_subcommand expand" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand expand" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand expand" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand expand" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand expand" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand expand" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand expand" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand expand" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand expand" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand expand" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand expand" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l to -d 'The handler to send to' -r
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l platform -d 'Whose callback to send' -r -f -a "bigcommerce\t''
ecwid\t''
shopify\t'A classic Shopify delivery (X-Shopify-* headers) from STORE_HASH.myshopify.com'"
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l store-id -d 'The store id in the payload' -r
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l id -d 'The entity id (order, product, ...); with --count, the first of the ids counted up' -r
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l data -d 'JSON merged into the event\'s data (an object), or replacing it (anything else)' -r
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l secret -d 'Sign with this secret (default: the profile\'s client_secret); `-` reads stdin' -r
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l count -d 'Send this many callbacks, ids counting up' -r
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l concurrency -d 'Connections used at once with --count' -r
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l timeout -d 'How long the handler has to answer (10s, 500ms; a bare number is seconds)' -r
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -s H -l header -d 'A header to send too, "Name: value" (repeatable): a hook\'s custom header, as `listen --require-header` or your handler checks it; it replaces one of the same name' -r
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l legacy -d 'The 2013 beta hooks service\'s payload: producer store/HASH, a numeric store_id, no created_at'
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l print -d 'Write the callback (headers, a blank line, the body; with --json one object) to stdout instead of sending it, for fixtures'
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand trigger" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l to -d 'The handler to deliver to' -r
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l scope -d 'The scopes of the callbacks, taken in turn (repeatable; default store/order/created, or order.created with --platform ecwid)' -r
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l platform -d 'Whose delivery rules and callbacks: BigCommerce\'s, or Ecwid\'s (success only on 200, 201, 202, 204, 209; 27 retries over 24 h; no blocklist)' -r -f -a "bigcommerce\t''
ecwid\t''"
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l rate -d 'Callbacks fired per second of BigCommerce\'s time (decimals allowed: 0.5 is one every 2 s)' -r
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l duration -d 'How long callbacks fire, in BigCommerce\'s time (30s, 5m; a bare number is seconds); the run goes on until every callback is delivered or given up' -r
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l speed -d 'How fast the run goes: BigCommerce\'s time t is attempted at real time t / X. The verdict is the same at every speed; --speed 1 is faithful for a handler whose answers depend on load' -r
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l timeout -d 'How long the handler has to answer, in real time as BigCommerce waits (10s, 500ms; a bare number is seconds)' -r
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l exceptions-to -d 'Where store/hook/deliveryException callbacks go' -r
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l secret -d 'Sign with this secret (default: the profile\'s client_secret); `-` reads stdin' -r
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l concurrency -d 'Deliveries at once' -r
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand simulate" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand replay" -l to -d 'The handler to send to; each callback\'s path is appended' -r
complete -c bchook -n "__fish_bchook_using_subcommand replay" -l seq -d 'Only the callback with this seq (repeatable)' -r
complete -c bchook -n "__fish_bchook_using_subcommand replay" -l timeout -d 'How long the handler has to answer each callback (10s, 500ms; a bare number is seconds)' -r
complete -c bchook -n "__fish_bchook_using_subcommand replay" -l secret -d 'The secret --resign signs with (default: the profile\'s client_secret); `-` reads stdin' -r
complete -c bchook -n "__fish_bchook_using_subcommand replay" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand replay" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand replay" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand replay" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand replay" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand replay" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand replay" -l resign -d 'Sign each callback afresh, as its platform signs: a new timestamp (Standard Webhooks), the same id and body, a new signature, so a handler does not reject it as stale'
complete -c bchook -n "__fish_bchook_using_subcommand replay" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand replay" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand replay" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand replay" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand replay" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand scopes" -l platform -d 'Whose events: BigCommerce\'s scopes, or Ecwid\'s event types with their access scopes' -r -f -a "bigcommerce\t''
ecwid\t''"
complete -c bchook -n "__fish_bchook_using_subcommand scopes" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand scopes" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand scopes" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand scopes" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand scopes" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand scopes" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand scopes" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand scopes" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand scopes" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand scopes" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand scopes" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand completions" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand completions" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand completions" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand completions" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand completions" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand completions" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand completions" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand completions" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand completions" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand completions" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand completions" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand generate" -l store-hash -d 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]' -r
complete -c bchook -n "__fish_bchook_using_subcommand generate" -l access-token -d 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]' -r
complete -c bchook -n "__fish_bchook_using_subcommand generate" -l api-url -d 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]' -r
complete -c bchook -n "__fish_bchook_using_subcommand generate" -l profile -d 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file\'s `default`]' -r
complete -c bchook -n "__fish_bchook_using_subcommand generate" -l config -d 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]' -r -F
complete -c bchook -n "__fish_bchook_using_subcommand generate" -l color -d 'When to use colour [NO_COLOR turns it off]' -r -f -a "auto\t'Colour only when writing to a terminal'
always\t''
never\t''"
complete -c bchook -n "__fish_bchook_using_subcommand generate" -l legacy-headers -d 'On a 2013 beta profile, send the service\'s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)'
complete -c bchook -n "__fish_bchook_using_subcommand generate" -l json -d 'Print machine-readable JSON on stdout'
complete -c bchook -n "__fish_bchook_using_subcommand generate" -s v -l verbose -d 'Print each HTTP request and response status to stderr, secrets redacted'
complete -c bchook -n "__fish_bchook_using_subcommand generate" -s h -l help -d 'Print help: -h a summary, --help all of it'
complete -c bchook -n "__fish_bchook_using_subcommand generate" -s V -l version -d 'Print version'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "token" -d 'Obtain or save an access token into a profile of the config file'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "subscribe" -d 'Create a hook: BigCommerce will POST each SCOPE event to DESTINATION'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "list" -d 'List hooks (every page unless --page is given)'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "show" -d 'Show one hook'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "update" -d 'Change a hook\'s scope, destination, state or custom headers'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "delete" -d 'Delete hooks by id, or every hook matching filters with --all'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "apply" -d 'Make a store\'s hooks match a file: print the plan, then carry it out'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "export" -d 'Write the store\'s hooks as a file for `apply`, header values as ${NAME} placeholders'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "doctor" -d 'Check the health of the store\'s hooks: deactivated, blocked domains, emails'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "reactivate" -d 'Turn deactivated hooks back on'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "admin" -d 'The account\'s hooks settings at BigCommerce (notification emails)'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "listen" -d 'Receive callbacks on this machine: print, verify and save each one, answer at once'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "expand" -d 'Show the order, product, customer... behind each saved or piped callback'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "trigger" -d 'Send realistic callbacks to your handler, signed like the real ones'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "simulate" -d 'Deliver callbacks to your handler under BigCommerce\'s retry and blocklist rules, fast'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "replay" -d 'Re-send callbacks saved by `listen --save`, byte for byte, in order'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "scopes" -d 'List the known webhook scopes and what each event\'s data looks like'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "completions" -d 'Print a shell completion script'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "generate" -d 'Write the completion scripts and man pages into DIR (for maintainers)'
complete -c bchook -n "__fish_bchook_using_subcommand help; and not __fish_seen_subcommand_from token subscribe list show update delete apply export doctor reactivate admin listen expand trigger simulate replay scopes completions generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bchook -n "__fish_bchook_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "save" -d 'Save a store-level API account\'s credentials into the profile'
complete -c bchook -n "__fish_bchook_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "exchange" -d 'Exchange an app\'s OAuth code for a token (POST {login-url}/oauth2/token)'
complete -c bchook -n "__fish_bchook_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "legacy" -d 'The 2013 beta flow: POST {hooks-url}/token with legacy store credentials'
complete -c bchook -n "__fish_bchook_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "show" -d 'Show the profile and credentials in effect and where each came from'
complete -c bchook -n "__fish_bchook_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "list" -d 'List the config file\'s profiles: platform, store and which is the default'
complete -c bchook -n "__fish_bchook_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "delete" -d 'Delete a profile and its credentials from the config file'
complete -c bchook -n "__fish_bchook_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "emails" -d 'Show, set or clear the addresses BigCommerce notifies of deactivated hooks and blocked domains'
