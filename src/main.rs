//! The `newsreader` binary: command-line parsing, wiring and exit codes.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use newsreader::loader::{self, Loaded};

/// A terminal news reader: structured articles, attributed quotes, entities.
#[derive(Debug, Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
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
}

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
    match cli.command {
        Some(Command::Dump { pretty, paths }) => dump(&paths, pretty),
        None => {
            let loaded = load(&cli.paths);
            let skipped = loaded.errors.iter().map(ToString::to_string).collect();
            newsreader::tui::run(loaded.articles, skipped, &origin(&cli.paths))?;
            Ok(ExitCode::SUCCESS)
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
