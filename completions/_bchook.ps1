
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'bchook' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'bchook'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'bchook' {
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Obtain or save an access token into a profile of the config file')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Create a hook: BigCommerce will POST each SCOPE event to DESTINATION')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List hooks (every page unless --page is given)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one hook')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a hook''s scope, destination, state or custom headers')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete hooks by id, or every hook matching filters with --all')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make a store''s hooks match a file: print the plan, then carry it out')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the store''s hooks as a file for `apply`, header values as ${NAME} placeholders')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the health of the store''s hooks: deactivated, blocked domains, emails')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Turn deactivated hooks back on')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'The account''s hooks settings at BigCommerce (notification emails)')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive callbacks on this machine: print, verify and save each one, answer at once')
            [CompletionResult]::new('expand', 'expand', [CompletionResultType]::ParameterValue, 'Show the order, product, customer... behind each saved or piped callback')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Send realistic callbacks to your handler, signed like the real ones')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Deliver callbacks to your handler under BigCommerce''s retry and blocklist rules, fast')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Re-send callbacks saved by `listen --save`, byte for byte, in order')
            [CompletionResult]::new('scopes', 'scopes', [CompletionResultType]::ParameterValue, 'List the known webhook scopes and what each event''s data looks like')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write the completion scripts and man pages into DIR (for maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bchook;token' {
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Save a store-level API account''s credentials into the profile')
            [CompletionResult]::new('exchange', 'exchange', [CompletionResultType]::ParameterValue, 'Exchange an app''s OAuth code for a token (POST {login-url}/oauth2/token)')
            [CompletionResult]::new('legacy', 'legacy', [CompletionResultType]::ParameterValue, 'The 2013 beta flow: POST {hooks-url}/token with legacy store credentials')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the profile and credentials in effect and where each came from')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the config file''s profiles: platform, store and which is the default')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its credentials from the config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bchook;token;save' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The API account''s client id (optional)')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'The API account''s client secret, used by `listen` to verify signatures; `-` reads stdin')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, '`ecwid` makes this an Ecwid store''s profile (with --store-id and its secret_ token)')
            [CompletionResult]::new('--store-id', '--store-id', [CompletionResultType]::ParameterName, 'An Ecwid store''s id (with --platform ecwid)')
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Save without trying the store hash and token first (offline, or a store not reachable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;token;exchange' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The app''s client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'The app''s client secret; `-` reads it from standard input')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The temporary code BigCommerce passed to the app''s auth callback')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The store context passed with the code, `stores/HASH`')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'The space-separated OAuth scopes passed with the code')
            [CompletionResult]::new('--redirect-uri', '--redirect-uri', [CompletionResultType]::ParameterName, 'The app''s registered auth callback URL')
            [CompletionResult]::new('--login-url', '--login-url', [CompletionResultType]::ParameterName, 'OAuth server [env: BCHOOK_LOGIN_URL] [default: https://login.bigcommerce.com]')
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;token;legacy' {
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'The beta app''s client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'The beta app''s client secret; `-` reads it from standard input')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The store''s legacy API user name')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The store''s legacy API token; `-` reads it from standard input')
            [CompletionResult]::new('--store-domain', '--store-domain', [CompletionResultType]::ParameterName, 'The store''s URL, e.g. https://store-xxxx.mybigcommerce.com')
            [CompletionResult]::new('--hooks-url', '--hooks-url', [CompletionResultType]::ParameterName, 'The beta hooks service')
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;token;show' {
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;token;list' {
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;token;delete' {
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;token;help' {
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Save a store-level API account''s credentials into the profile')
            [CompletionResult]::new('exchange', 'exchange', [CompletionResultType]::ParameterValue, 'Exchange an app''s OAuth code for a token (POST {login-url}/oauth2/token)')
            [CompletionResult]::new('legacy', 'legacy', [CompletionResultType]::ParameterValue, 'The 2013 beta flow: POST {hooks-url}/token with legacy store credentials')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the profile and credentials in effect and where each came from')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the config file''s profiles: platform, store and which is the default')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its credentials from the config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bchook;token;help;save' {
            break
        }
        'bchook;token;help;exchange' {
            break
        }
        'bchook;token;help;legacy' {
            break
        }
        'bchook;token;help;show' {
            break
        }
        'bchook;token;help;list' {
            break
        }
        'bchook;token;help;delete' {
            break
        }
        'bchook;token;help;help' {
            break
        }
        'bchook;subscribe' {
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'A custom header BigCommerce sends with each callback, "Name: value" (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'A custom header BigCommerce sends with each callback, "Name: value" (repeatable)')
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Create the hook switched off')
            [CompletionResult]::new('--allow-unknown-scope', '--allow-unknown-scope', [CompletionResultType]::ParameterName, 'Let a scope bchook does not know through, with a warning (BigCommerce added one); one within two edits of a known scope is still refused as a typo')
            [CompletionResult]::new('--allow-insecure', '--allow-insecure', [CompletionResultType]::ParameterName, 'A destination that is not https on port 443 is a warning, not an error (local fakes)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;list' {
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Only hooks with this exact scope')
            [CompletionResult]::new('--destination', '--destination', [CompletionResultType]::ParameterName, 'Only hooks with this exact destination')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Fetch only this page')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Hooks per page [default: 250, BigCommerce''s maximum]')
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Only active hooks')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Only inactive hooks')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;show' {
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;update' {
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'New scope')
            [CompletionResult]::new('--destination', '--destination', [CompletionResultType]::ParameterName, 'New destination URL')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Replace the custom headers with these, "Name: value" (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Replace the custom headers with these, "Name: value" (repeatable)')
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Switch the hook on')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Switch the hook off')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Remove every custom header')
            [CompletionResult]::new('--allow-unknown-scope', '--allow-unknown-scope', [CompletionResultType]::ParameterName, 'Let a scope bchook does not know through, with a warning (BigCommerce added one); one within two edits of a known scope is still refused as a typo')
            [CompletionResult]::new('--allow-insecure', '--allow-insecure', [CompletionResultType]::ParameterName, 'A destination that is not https on port 443 is a warning, not an error (local fakes)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;delete' {
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Only hooks with this exact scope')
            [CompletionResult]::new('--destination', '--destination', [CompletionResultType]::ParameterName, 'Only hooks with this exact destination')
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Delete every hook matching the filters (all hooks without filters)')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Only active hooks')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Only inactive hooks')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for --all off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for --all off a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The hooks file: TOML, or JSON when it ends in .json')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The hooks file: TOML, or JSON when it ends in .json')
            [CompletionResult]::new('--profiles', '--profiles', [CompletionResultType]::ParameterName, 'Apply to these profiles'' stores, comma-separated')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Stores handled at once')
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan only')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Change nothing; exit 8 when anything would change')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Delete the store''s hooks that are not in the file')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking (needed off a terminal, and for several stores)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking (needed off a terminal, and for several stores)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Apply to every profile''s store in the config file')
            [CompletionResult]::new('--allow-insecure', '--allow-insecure', [CompletionResultType]::ParameterName, 'Destinations that are not https on port 443 are a warning, not an error (local fakes)')
            [CompletionResult]::new('--allow-unknown-scope', '--allow-unknown-scope', [CompletionResultType]::ParameterName, 'Let a scope bchook does not know through, with a warning (BigCommerce added one); one within two edits of a known scope is still refused as a typo')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;export' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE (JSON when it ends in .json) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE (JSON when it ends in .json) instead of stdout')
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Write header values as they are, not as ${NAME} placeholders')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing --output file without asking (needed off a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;doctor' {
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when healthy (for cron); the exit code still tells')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when healthy (for cron); the exit code still tells')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;reactivate' {
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--all-deactivated', '--all-deactivated', [CompletionResultType]::ParameterName, 'Every hook BigCommerce has deactivated (from GET /hooks/admin)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;admin' {
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('emails', 'emails', [CompletionResultType]::ParameterValue, 'Show, set or clear the addresses BigCommerce notifies of deactivated hooks and blocked domains')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bchook;admin;emails' {
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace the notification emails with these')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every notification email')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bchook;admin;emails;set' {
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;admin;emails;clear' {
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;admin;emails;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace the notification emails with these')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every notification email')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bchook;admin;emails;help;set' {
            break
        }
        'bchook;admin;emails;help;clear' {
            break
        }
        'bchook;admin;emails;help;help' {
            break
        }
        'bchook;admin;help' {
            [CompletionResult]::new('emails', 'emails', [CompletionResultType]::ParameterValue, 'Show, set or clear the addresses BigCommerce notifies of deactivated hooks and blocked domains')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bchook;admin;help;emails' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace the notification emails with these')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every notification email')
            break
        }
        'bchook;admin;help;emails;set' {
            break
        }
        'bchook;admin;help;emails;clear' {
            break
        }
        'bchook;admin;help;help' {
            break
        }
        'bchook;listen' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Port to listen on; 0 picks a free one')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on; 0 picks a free one')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Status to answer every request with')
            [CompletionResult]::new('--delay', '--delay', [CompletionResultType]::ParameterName, 'Hold each answer this long (500ms, 2s; a bare number is seconds); the next callback is not held up')
            [CompletionResult]::new('--save', '--save', [CompletionResultType]::ParameterName, 'Append each callback to FILE as one NDJSON line, written before the answer')
            [CompletionResult]::new('--max-body', '--max-body', [CompletionResultType]::ParameterName, 'Largest body accepted, in bytes; a larger one is answered 413')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Secret to verify signatures with (default: the profile''s client_secret); `-` reads stdin')
            [CompletionResult]::new('--require-header', '--require-header', [CompletionResultType]::ParameterName, 'A header every callback must carry, "Name: value" (repeatable; in the environment, one a line); checked like a signature, its value never printed')
            [CompletionResult]::new('--max-age', '--max-age', [CompletionResultType]::ParameterName, 'How old an Ecwid callback''s eventCreated may be before it is marked stale (its signature never expires, so age is how a replayed one shows)')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Print and count only these events: globs on the event, comma-separated (store/order/*,order.*)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Exit 0 after N (matching) callbacks')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Stop after this long (60s, 5m; a bare number is seconds); with --count, exit 7 if N callbacks have not come by then')
            [CompletionResult]::new('--subscribe', '--subscribe', [CompletionResultType]::ParameterName, 'Subscribe these scopes to --public-url for this run only (hooks deleted on the way out)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Subscribe, for this run only, every active [[hook]] of an `apply` file, at --public-url joined with the path and query of the hook''s own destination, with its headers')
            [CompletionResult]::new('--hooks-file', '--hooks-file', [CompletionResultType]::ParameterName, 'Subscribe, for this run only, every active [[hook]] of an `apply` file, at --public-url joined with the path and query of the hook''s own destination, with its headers')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The https URL a tunnel gives this port, for --subscribe and -f')
            [CompletionResult]::new('--ui-token', '--ui-token', [CompletionResultType]::ParameterName, 'With --ui, the page''s token instead of a random one (letters, digits, ''-'', ''.'', ''_'', ''~'')')
            [CompletionResult]::new('--forward-to', '--forward-to', [CompletionResultType]::ParameterName, 'Re-send each callback to your app and show its answer (on its own line, so a hanging app never holds printing up; with --json or --ui the line waits for it). Repeatable as PATTERN=URL to route by event (store/order/*=http://localhost:3000/orders): the first match wins, a plain URL takes the rest, and a callback nothing takes is "not forwarded"')
            [CompletionResult]::new('--app-timeout', '--app-timeout', [CompletionResultType]::ParameterName, 'How long --answer-from-app waits for the app (BigCommerce waits 10 s)')
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--fsync', '--fsync', [CompletionResultType]::ParameterName, 'With --save, answer each callback only once its line is on the disk, not just written to the OS (one sync for the callbacks answered together); the file is synced at exit anyway')
            [CompletionResult]::new('--compact', '--compact', [CompletionResultType]::ParameterName, 'Print only the header line of each callback')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Show the entity each BigCommerce callback names (order, product...), fetched through the API off the answering path; the saved line is unchanged')
            [CompletionResult]::new('--allow-insecure', '--allow-insecure', [CompletionResultType]::ParameterName, 'A --public-url that is not https on port 443 is a warning, not an error (local fakes)')
            [CompletionResult]::new('--allow-unknown-scope', '--allow-unknown-scope', [CompletionResultType]::ParameterName, 'Let a scope bchook does not know through, with a warning (BigCommerce added one); one within two edits of a known scope is still refused as a typo')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete hooks an earlier --subscribe run left without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete hooks an earlier --subscribe run left without asking')
            [CompletionResult]::new('--ui', '--ui', [CompletionResultType]::ParameterName, 'Also serve an inspector page at /_bchook/ (the URL with its token is printed at start)')
            [CompletionResult]::new('--answer-from-app', '--answer-from-app', [CompletionResultType]::ParameterName, 'Answer each callback with what the app answered (its status, headers and body), once the callback is saved: 502 when the app cannot be reached, 504 past --app-timeout. Only the callback waiting on the app waits; the others are answered as they come')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;expand' {
            [CompletionResult]::new('--seq', '--seq', [CompletionResultType]::ParameterName, 'Only the callback with this seq (repeatable)')
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;trigger' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The handler to send to')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Whose callback to send')
            [CompletionResult]::new('--store-id', '--store-id', [CompletionResultType]::ParameterName, 'The store id in the payload')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The entity id (order, product, ...); with --count, the first of the ids counted up')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'JSON merged into the event''s data (an object), or replacing it (anything else)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Sign with this secret (default: the profile''s client_secret); `-` reads stdin')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Send this many callbacks, ids counting up')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Connections used at once with --count')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the handler has to answer (10s, 500ms; a bare number is seconds)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'A header to send too, "Name: value" (repeatable): a hook''s custom header, as `listen --require-header` or your handler checks it; it replaces one of the same name')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'A header to send too, "Name: value" (repeatable): a hook''s custom header, as `listen --require-header` or your handler checks it; it replaces one of the same name')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--legacy', '--legacy', [CompletionResultType]::ParameterName, 'The 2013 beta hooks service''s payload: producer store/HASH, a numeric store_id, no created_at')
            [CompletionResult]::new('--print', '--print', [CompletionResultType]::ParameterName, 'Write the callback (headers, a blank line, the body; with --json one object) to stdout instead of sending it, for fixtures')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;simulate' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The handler to deliver to')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'The scopes of the callbacks, taken in turn (repeatable; default store/order/created, or order.created with --platform ecwid)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Whose delivery rules and callbacks: BigCommerce''s, or Ecwid''s (success only on 200, 201, 202, 204, 209; 27 retries over 24 h; no blocklist)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Callbacks fired per second of BigCommerce''s time (decimals allowed: 0.5 is one every 2 s)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long callbacks fire, in BigCommerce''s time (30s, 5m; a bare number is seconds); the run goes on until every callback is delivered or given up')
            [CompletionResult]::new('--speed', '--speed', [CompletionResultType]::ParameterName, 'How fast the run goes: BigCommerce''s time t is attempted at real time t / X. The verdict is the same at every speed; --speed 1 is faithful for a handler whose answers depend on load')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the handler has to answer, in real time as BigCommerce waits (10s, 500ms; a bare number is seconds)')
            [CompletionResult]::new('--exceptions-to', '--exceptions-to', [CompletionResultType]::ParameterName, 'Where store/hook/deliveryException callbacks go')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Sign with this secret (default: the profile''s client_secret); `-` reads stdin')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Deliveries at once')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;replay' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The handler to send to; each callback''s path is appended')
            [CompletionResult]::new('--seq', '--seq', [CompletionResultType]::ParameterName, 'Only the callback with this seq (repeatable)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the handler has to answer each callback (10s, 500ms; a bare number is seconds)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The secret --resign signs with (default: the profile''s client_secret); `-` reads stdin')
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--resign', '--resign', [CompletionResultType]::ParameterName, 'Sign each callback afresh, as its platform signs: a new timestamp (Standard Webhooks), the same id and body, a new signature, so a handler does not reject it as stale')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;scopes' {
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Whose events: BigCommerce''s scopes, or Ecwid''s event types with their access scopes')
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;completions' {
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;generate' {
            [CompletionResult]::new('--store-hash', '--store-hash', [CompletionResultType]::ParameterName, 'Store hash, the id in `https://api.bigcommerce.com/stores/HASH/` [env: BIGCOMMERCE_STORE_HASH]')
            [CompletionResult]::new('--access-token', '--access-token', [CompletionResultType]::ParameterName, 'API account access token; `-` reads it from standard input [env: BIGCOMMERCE_ACCESS_TOKEN]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: BCHOOK_API_URL] [default: https://api.bigcommerce.com]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: BCHOOK_PROFILE] [default: the file''s `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: BCHOOK_CONFIG] [default: <config dir>/bchook/config.toml]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [NO_COLOR turns it off]')
            [CompletionResult]::new('--legacy-headers', '--legacy-headers', [CompletionResultType]::ParameterName, 'On a 2013 beta profile, send the service''s first header names, X_AUTH_CLIENT_ID and X_AUTH_TOKEN (some HTTP stacks and proxies drop headers with underscores)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each HTTP request and response status to stderr, secrets redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help: -h a summary, --help all of it')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'bchook;help' {
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Obtain or save an access token into a profile of the config file')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Create a hook: BigCommerce will POST each SCOPE event to DESTINATION')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List hooks (every page unless --page is given)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one hook')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a hook''s scope, destination, state or custom headers')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete hooks by id, or every hook matching filters with --all')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make a store''s hooks match a file: print the plan, then carry it out')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the store''s hooks as a file for `apply`, header values as ${NAME} placeholders')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the health of the store''s hooks: deactivated, blocked domains, emails')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Turn deactivated hooks back on')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'The account''s hooks settings at BigCommerce (notification emails)')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive callbacks on this machine: print, verify and save each one, answer at once')
            [CompletionResult]::new('expand', 'expand', [CompletionResultType]::ParameterValue, 'Show the order, product, customer... behind each saved or piped callback')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Send realistic callbacks to your handler, signed like the real ones')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Deliver callbacks to your handler under BigCommerce''s retry and blocklist rules, fast')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Re-send callbacks saved by `listen --save`, byte for byte, in order')
            [CompletionResult]::new('scopes', 'scopes', [CompletionResultType]::ParameterValue, 'List the known webhook scopes and what each event''s data looks like')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write the completion scripts and man pages into DIR (for maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'bchook;help;token' {
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Save a store-level API account''s credentials into the profile')
            [CompletionResult]::new('exchange', 'exchange', [CompletionResultType]::ParameterValue, 'Exchange an app''s OAuth code for a token (POST {login-url}/oauth2/token)')
            [CompletionResult]::new('legacy', 'legacy', [CompletionResultType]::ParameterValue, 'The 2013 beta flow: POST {hooks-url}/token with legacy store credentials')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the profile and credentials in effect and where each came from')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the config file''s profiles: platform, store and which is the default')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its credentials from the config file')
            break
        }
        'bchook;help;token;save' {
            break
        }
        'bchook;help;token;exchange' {
            break
        }
        'bchook;help;token;legacy' {
            break
        }
        'bchook;help;token;show' {
            break
        }
        'bchook;help;token;list' {
            break
        }
        'bchook;help;token;delete' {
            break
        }
        'bchook;help;subscribe' {
            break
        }
        'bchook;help;list' {
            break
        }
        'bchook;help;show' {
            break
        }
        'bchook;help;update' {
            break
        }
        'bchook;help;delete' {
            break
        }
        'bchook;help;apply' {
            break
        }
        'bchook;help;export' {
            break
        }
        'bchook;help;doctor' {
            break
        }
        'bchook;help;reactivate' {
            break
        }
        'bchook;help;admin' {
            [CompletionResult]::new('emails', 'emails', [CompletionResultType]::ParameterValue, 'Show, set or clear the addresses BigCommerce notifies of deactivated hooks and blocked domains')
            break
        }
        'bchook;help;admin;emails' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace the notification emails with these')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every notification email')
            break
        }
        'bchook;help;admin;emails;set' {
            break
        }
        'bchook;help;admin;emails;clear' {
            break
        }
        'bchook;help;listen' {
            break
        }
        'bchook;help;expand' {
            break
        }
        'bchook;help;trigger' {
            break
        }
        'bchook;help;simulate' {
            break
        }
        'bchook;help;replay' {
            break
        }
        'bchook;help;scopes' {
            break
        }
        'bchook;help;completions' {
            break
        }
        'bchook;help;generate' {
            break
        }
        'bchook;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
