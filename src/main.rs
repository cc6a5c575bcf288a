//! The `newsreader` binary: command-line parsing, wiring and exit codes.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use newsreader::config::{self, Config, ConfigError};
use newsreader::loader::{self, Loaded};

/// A terminal news reader: structured articles, attributed quotes, entities.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The config file to use instead of the default one
    /// (`newsreader config` shows where that is).
    #[arg(long, global = true, value_name = "PATH")]
    config: Option<PathBuf>,
    /// Article files or folders (walked recursively). With none, the bundled
    /// sample articles.
    paths: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Write the structured articles as JSON on standard output.
    Dump {
        /// Indent the JSON for people.
        #[arg(long)]
        pretty: bool,
        /// Article files or folders (walked recursively). With none, the
        /// bundled sample articles.
        paths: Vec<PathBuf>,
    },
    /// Show which config file is used, or print the default one.
    Config {
        /// Print the complete default config, with comments, to standard
        /// output (`newsreader config --default > FILE` to start one).
        #[arg(long)]
        default: bool,
    },
}

/// Exit status for a config file that cannot be used: distinct from a
/// failed run (1) so scripts can tell "fix your config" apart.
const CONFIG_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("newsreader: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    if let Some(Command::Config { default }) = cli.command {
        return config_command(&cli, default);
    }
    // Loaded for every command, before anything touches the terminal, so a
    // broken config is reported on a normal screen (and `dump` with a bad
    // `--config` fails the same way the reader would).
    let config = match load_config(&cli) {
        Ok(config) => config,
        Err(err) => {
            eprintln!("newsreader: {err}");
            return Ok(ExitCode::from(CONFIG_ERROR));
        }
    };
    match cli.command {
        Some(Command::Dump { pretty, paths }) => dump(&paths, pretty),
        Some(Command::Config { .. }) => Ok(ExitCode::SUCCESS),
        None => {
            // With no PATH, the configured library folder, else the samples.
            let paths = match (cli.paths.is_empty(), &config.library) {
                (true, Some(library)) => vec![library.clone()],
                _ => cli.paths,
            };
            let loaded = load(&paths);
            let skipped = loaded.errors.iter().map(ToString::to_string).collect();
            newsreader::tui::run(loaded.articles, skipped, &origin(&paths), config)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The config file in use and whether the user named it: `--config`, else
/// `config.toml` in the platform's config folder (`$XDG_CONFIG_HOME/newsreader`
/// on Linux). `None` when there is no home folder to look in.
fn config_path(cli: &Cli) -> Option<(PathBuf, bool)> {
    if let Some(path) = &cli.config {
        return Some((path.clone(), true));
    }
    let dirs = directories::ProjectDirs::from("", "", "newsreader")?;
    Some((dirs.config_dir().join("config.toml"), false))
}

/// The config to run with. A `--config` file must exist; the default file
/// may not, and then the built-in defaults apply. NO_COLOR (set and not
/// empty, per no-color.org) takes the colours out either way.
fn load_config(cli: &Cli) -> Result<Config, ConfigError> {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let Some((path, explicit)) = config_path(cli) else {
        return config::parse("", Path::new("(no config file)"), no_color);
    };
    match config::load(&path, no_color) {
        Err(ConfigError::Read { source, .. })
            if !explicit && source.kind() == io::ErrorKind::NotFound =>
        {
            config::parse("", &path, no_color)
        }
        result => result,
    }
}

/// `newsreader config`: print the default config, or say which file is in
/// use and whether it is there and valid.
fn config_command(cli: &Cli, default: bool) -> anyhow::Result<ExitCode> {
    if default {
        let mut out = io::stdout().lock();
        out.write_all(config::default_toml().as_bytes())
            .and_then(|()| out.flush())
            .context("writing to standard output")?;
        return Ok(ExitCode::SUCCESS);
    }
    let Some((path, explicit)) = config_path(cli) else {
        println!("no config file: no home folder to look in");
        return Ok(ExitCode::SUCCESS);
    };
    if !explicit && !path.exists() {
        println!("{} (not found: built-in defaults in use)", path.display());
        return Ok(ExitCode::SUCCESS);
    }
    println!("{}", path.display());
    match load_config(cli) {
        Ok(_) => Ok(ExitCode::SUCCESS),
        Err(err) => {
            eprintln!("newsreader: {err}");
            Ok(ExitCode::from(CONFIG_ERROR))
        }
    }
}

/// What was opened, as the reader names it ("No articles in …"); the TUI
/// makes it printable, since paths may hold any bytes.
fn origin(paths: &[PathBuf]) -> String {
    match paths {
        [] => "the bundled samples".to_string(),
        [one] => one.display().to_string(),
        [first, rest @ ..] => {
            let more = if rest.len() == 1 { "path" } else { "paths" };
            format!("{} and {} more {more}", first.display(), rest.len())
        }
    }
}

fn load(paths: &[PathBuf]) -> Loaded {
    if paths.is_empty() {
        Loaded {
            articles: loader::samples::load_samples(),
            errors: Vec::new(),
        }
    } else {
        loader::load_paths(paths)
    }
}

#[derive(serde::Serialize)]
struct DumpDoc<'a> {
    articles: &'a [newsreader::article::Article],
}

fn dump(paths: &[PathBuf], pretty: bool) -> anyhow::Result<ExitCode> {
    let loaded = load(paths);
    for err in &loaded.errors {
        eprintln!("newsreader: {err}");
    }
    let doc = DumpDoc {
        articles: &loaded.articles,
    };
    let stdout = io::stdout().lock();
    let mut out = io::BufWriter::new(stdout);
    if pretty {
        serde_json::to_writer_pretty(&mut out, &doc)
    } else {
        serde_json::to_writer(&mut out, &doc)
    }
    .context("writing JSON to standard output")?;
    writeln!(out).context("writing to standard output")?;
    out.flush().context("writing to standard output")?;
    Ok(if loaded.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
