//! The `newsreader` binary: command-line parsing, wiring and exit codes.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::{Parser, Subcommand};
use newsreader::config::{self, Config, ConfigError};
use newsreader::library::{self, Dirs, Opened};
use newsreader::loader;
use newsreader::store::Store;
use newsreader::tui::app::App;
use newsreader::tui::timings::Timings;
use newsreader::tui::{IndexSource, Session};

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
    /// Article files or folders (walked recursively). With none, the
    /// library, or the bundled sample articles while it is empty.
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
        /// library, or the bundled sample articles while it is empty.
        paths: Vec<PathBuf>,
    },
    /// Copy articles into the library (files, or folders of .txt files).
    Add {
        #[arg(required = true, value_name = "FILE")]
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
    let started = Instant::now();
    let cli = Cli::parse();
    match run(cli, started) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("newsreader: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli, started: Instant) -> anyhow::Result<ExitCode> {
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
    let dirs = Dirs::locate();
    // The configured library, else `articles/` in the data dir.
    let library = config
        .library
        .clone()
        .or_else(|| dirs.as_ref().map(Dirs::library));
    match cli.command {
        Some(Command::Dump { pretty, paths }) => {
            dump(&library::open(&paths, library.as_deref()), pretty)
        }
        Some(Command::Config { .. }) => Ok(ExitCode::SUCCESS),
        Some(Command::Add { paths }) => {
            let library = library.context("no home directory to keep a library in")?;
            Ok(add(&library, &paths))
        }
        None => read(
            &cli.paths,
            dirs.as_ref(),
            library.as_deref(),
            config,
            started,
        ),
    }
}

/// The reader, with reading state saved in the data dir.
fn read(
    paths: &[PathBuf],
    dirs: Option<&Dirs>,
    library: Option<&Path>,
    config: Config,
    started: Instant,
) -> anyhow::Result<ExitCode> {
    let (store, store_note) = open_store(dirs)?;
    let states = store.load_all().unwrap_or_default();
    let (mut app, index, note) = match library::choose(paths, library) {
        library::Choice::Index { roots, origin } => {
            let mut app = App::from_entries(Vec::new(), Vec::new()).with_origin(&origin);
            app.index_done = false;
            let db = dirs.map(Dirs::index_db);
            let search = dirs.map(Dirs::search_index);
            (app, Some(IndexSource { roots, db, search }), None)
        }
        library::Choice::Samples { note } => {
            let mut app = App::new(loader::samples::load_samples(), Vec::new())
                .with_origin("the bundled samples");
            app.showing_samples = true;
            (app, None, Some(note))
        }
    };
    app.keymap = config.keymap;
    app.theme = config.theme;
    app.settings = config.settings;
    app.set_states(&states);
    // Kept in the `?` help too: the status line shows them only until
    // the first key.
    for n in store_note.iter().chain(note.iter()) {
        app.announce(n);
    }
    // Measurements for scripts/bench.sh, only when asked for.
    let timings =
        std::env::var_os("NEWSREADER_TIMINGS").map(|f| Timings::new(PathBuf::from(f), started));
    newsreader::tui::run(
        app,
        Session {
            store,
            index,
            timings,
        },
    )?;
    Ok(ExitCode::SUCCESS)
}

/// The reading-state database, or one in memory (with a note saying state
/// will not be kept) when the file cannot be opened.
fn open_store(dirs: Option<&Dirs>) -> anyhow::Result<(Store, Option<String>)> {
    let opened = dirs.map(|d| Store::open(&d.state_db()));
    match opened {
        Some(Ok(o)) => Ok((o.store, o.notice)),
        Some(Err(e)) => {
            let store = Store::in_memory().context("opening an in-memory state database")?;
            Ok((store, Some(format!("reading state will not be kept: {e}"))))
        }
        None => {
            let store = Store::in_memory().context("opening an in-memory state database")?;
            Ok((
                store,
                Some("reading state will not be kept: no home directory".to_string()),
            ))
        }
    }
}

/// `newsreader add`: report each file on stderr, a summary on stdout.
fn add(library: &Path, paths: &[PathBuf]) -> ExitCode {
    let report = library::add(library, paths);
    for err in &report.errors {
        eprintln!("newsreader: {err}");
    }
    let n = report.added.len();
    let articles = if n == 1 { "article" } else { "articles" };
    let mut summary = format!("added {n} {articles} to {}", library.display());
    if !report.present.is_empty() {
        summary.push_str(&format!(" ({} already there)", report.present.len()));
    }
    println!("{summary}");
    if report.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The config file in use and whether the user named it: `--config`, else
/// `config.toml` in the platform's config folder (`$XDG_CONFIG_HOME/newsreader`
/// on Linux). `None` when there is no home folder to look in.
fn config_path(cli: &Cli) -> Option<(PathBuf, bool)> {
    if let Some(path) = &cli.config {
        return Some((path.clone(), true));
    }
    Some((Dirs::locate()?.config_file(), false))
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

#[derive(serde::Serialize)]
struct DumpDoc<'a> {
    articles: &'a [newsreader::article::Article],
}

fn dump(opened: &Opened, pretty: bool) -> anyhow::Result<ExitCode> {
    let loaded = &opened.loaded;
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
