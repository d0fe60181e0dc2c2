//! Turns the parsed command line into settings and runs the command.

use crate::cli::{Cli, Command, TokenCommand};
use crate::commands::{
    self, Context, apply, expand, generate, health, hooks, listen, replay, scopes, simulate, token,
    trigger,
};
use crate::config::{Settings, process_env};
use crate::error::Error;
use crate::output;
use crate::secret::Secret;

pub fn run(cli: Cli) -> Result<(), Error> {
    let global = &cli.global;
    output::init_color(global.color, std::env::var_os("NO_COLOR").is_some());

    // Commands that need no settings, so a broken config file cannot stop them.
    match &cli.command {
        Command::Completions(args) => return generate::completions(args.shell),
        Command::Generate(args) => return generate::generate(&args.dir),
        _ => {}
    }

    check_one_stdin_reader(&cli)?;
    let access_token_flag = global
        .access_token
        .as_ref()
        .map(|t| commands::secret_arg(t, "access token"))
        .transpose()?;
    let settings = Settings::resolve(global, access_token_flag.clone(), &process_env)?;
    let mut ctx = Context {
        settings,
        json: global.json,
        verbose: global.verbose,
        legacy_headers: global.legacy_headers,
    };

    match &cli.command {
        Command::Token(TokenCommand::Save(args)) => {
            let input = token::SaveInput::new(
                global.store_hash.clone(),
                access_token_flag,
                global.api_url.clone(),
                args,
            )?;
            token::save(&mut ctx, input)
        }
        Command::Token(TokenCommand::Exchange(args)) => token::exchange(&mut ctx, args),
        Command::Token(TokenCommand::Legacy(args)) => token::legacy(&mut ctx, args),
        Command::Token(TokenCommand::Show) => token::show(&ctx),
        Command::Token(TokenCommand::List) => token::list(&ctx),
        Command::Token(TokenCommand::Delete(args)) => token::delete(&mut ctx, &args.name),
        Command::Subscribe(args) => hooks::subscribe(&ctx, args),
        Command::List(args) => hooks::list(&ctx, args),
        Command::Show(args) => hooks::show(&ctx, args),
        Command::Update(args) => hooks::update(&ctx, args),
        Command::Delete(args) => hooks::delete(&ctx, args),
        Command::Listen(args) => listen::listen(&ctx, args),
        Command::Trigger(args) => trigger::trigger(&ctx, args),
        Command::Replay(args) => replay::replay(&ctx, args),
        Command::Simulate(args) => simulate::simulate(&ctx, args),
        Command::Expand(args) => expand::expand(&ctx, args),
        Command::Doctor(args) => health::doctor(&ctx, args),
        Command::Reactivate(args) => health::reactivate(&ctx, args),
        Command::Admin(command) => health::admin(&ctx, command),
        Command::Scopes(args) => scopes::scopes(&ctx, args),
        Command::Export(args) => apply::export(&ctx, args),
        Command::Apply(args) => {
            let names: Vec<String> = match (args.all_profiles, args.profiles.is_empty()) {
                (true, _) => ctx.settings.file.profiles.keys().cloned().collect(),
                (false, false) => args.profiles.clone(),
                (false, true) => Vec::new(),
            };
            let json = ctx.json;
            let contexts = match names.is_empty() {
                true => vec![ctx],
                false => profile_contexts(&cli, &ctx, &names, access_token_flag)?,
            };
            apply::apply(contexts, args, json, &process_env)
        }
        Command::Completions(_) | Command::Generate(_) => unreachable!("handled above"),
    }
}

/// A context per profile for a command run on several stores. Each profile's own credentials
/// count: the BIGCOMMERCE_* variables would make every profile the same store.
fn profile_contexts(
    cli: &Cli,
    first: &Context,
    names: &[String],
    access_token_flag: Option<Secret>,
) -> Result<Vec<Context>, Error> {
    let env = |name: &str| match name {
        "BIGCOMMERCE_STORE_HASH" | "BIGCOMMERCE_ACCESS_TOKEN" | "BCHOOK_PROFILE" => None,
        _ => process_env(name),
    };
    names
        .iter()
        .map(|name| {
            if !first.settings.file.profiles.contains_key(name) {
                return Err(Error::usage(format!(
                    "there is no profile '{name}' in {}",
                    first.settings.config_path.display()
                ))
                .hint("`bchook token show --profile NAME` shows what a profile holds"));
            }
            let global = crate::cli::Global {
                profile: Some(name.clone()),
                ..cli.global.clone()
            };
            Ok(Context {
                settings: Settings::resolve(&global, access_token_flag.clone(), &env)?,
                json: first.json,
                verbose: first.verbose,
                legacy_headers: first.legacy_headers,
            })
        })
        .collect()
}

/// Standard input can be read once: at most one argument may be `-`.
fn check_one_stdin_reader(cli: &Cli) -> Result<(), Error> {
    let mut readers = vec![("--access-token", cli.global.access_token.as_ref())];
    match &cli.command {
        Command::Token(TokenCommand::Save(a)) => {
            readers.push(("--client-secret", a.client_secret.as_ref()))
        }
        Command::Token(TokenCommand::Exchange(a)) => {
            readers.push(("--client-secret", Some(&a.client_secret)))
        }
        Command::Token(TokenCommand::Legacy(a)) => {
            readers.push(("--client-secret", Some(&a.client_secret)));
            readers.push(("--token", Some(&a.token)));
        }
        Command::Listen(a) => readers.push(("--secret", a.secret.as_ref())),
        Command::Trigger(a) => readers.push(("--secret", a.secret.as_ref())),
        Command::Simulate(a) => readers.push(("--secret", a.secret.as_ref())),
        Command::Replay(a) => readers.push(("--secret", a.secret.as_ref())),
        _ => {}
    }
    let dashes: Vec<&str> = readers
        .iter()
        .filter(|(_, v)| v.is_some_and(Secret::is_stdin))
        .map(|(n, _)| *n)
        .collect();
    if dashes.len() > 1 {
        return Err(Error::usage(format!(
            "only one argument can read standard input (`-`), not {}",
            dashes.join(" and ")
        )));
    }
    Ok(())
}
