//! The `newsreader` binary: command-line parsing, wiring and exit codes.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::Sender;
use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;
use clap::{Parser, Subcommand};
use newsreader::config::{self, Config, ConfigError};
use newsreader::feeds;
use newsreader::library::{self, Dirs};
use newsreader::loader;
use newsreader::output::usage::usage;
use newsreader::output::{self, complain, say};
use newsreader::tui::app::App;
use newsreader::tui::refresh::{RefreshEvent, Refresher};
use newsreader::tui::timings::Timings;
use newsreader::tui::{IndexSource, Session};

mod allocator;

use allocator::{purge_at_once, release_memory};

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
    /// Article files (text, HTML, Markdown, RSS/Atom/JSON feeds) or
    /// folders (walked recursively); `-` reads standard input. With none,
    /// the library, or the bundled sample articles while it is empty.
    paths: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Write the structured articles as JSON on standard output.
    Dump {
        /// Indent the JSON for people.
        #[arg(long)]
        pretty: bool,
        /// Article files or folders (walked recursively); `-` reads
        /// standard input. With none, the library, or the bundled sample
        /// articles while it is empty.
        paths: Vec<PathBuf>,
    },
    /// Copy articles into the library (files, folders, or `-` for
    /// standard input), each keeping its own format, or fetch web pages
    /// into it (arguments starting with http:// or https://).
    Add {
        #[arg(required = true, value_name = "FILE|URL")]
        paths: Vec<PathBuf>,
    },
    /// Subscribe to feeds and list, remove, import or export them.
    Feeds {
        #[command(subcommand)]
        action: feeds::command::FeedsAction,
    },
    /// Fetch every subscribed feed and save its new articles into the
    /// library.
    Refresh,

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
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return usage(&err),
    };
    if cli.command.is_none() {
        let mut command = <Cli as clap::CommandFactory>::command();
        if let Some(err) = output::usage::mistyped_command(&mut command, &cli.paths) {
            return usage(&err);
        }
    }
    match run(cli, started) {
        Ok(code) => code,
        Err(err) => {
            complain(&format!("{err:#}"));
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
            complain(&err.to_string());
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
            let clean = output::dump::dump(&paths, library.as_deref(), pretty)
                .context("writing JSON to standard output")?;
            Ok(if clean {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Some(Command::Config { .. }) => Ok(ExitCode::SUCCESS),
        Some(Command::Add { paths }) => {
            let library = library.context("no home directory to keep a library in")?;
            let (urls, files): (Vec<PathBuf>, Vec<PathBuf>) =
                paths.into_iter().partition(|p| feeds::command::is_url(p));
            let mut code = ExitCode::SUCCESS;
            if !urls.is_empty() {
                let dirs = dirs.context("no home directory to keep feed state in")?;
                if !feeds::command::add_urls(&feeds::Context::new(&dirs, library.clone()), &urls) {
                    code = ExitCode::FAILURE;
                }
            }
            if !files.is_empty() && add(&library, &files) != ExitCode::SUCCESS {
                code = ExitCode::FAILURE;
            }
            Ok(code)
        }
        Some(Command::Feeds { action }) => {
            let dirs = dirs.context("no home directory to keep the subscriptions in")?;
            let library = library.unwrap_or_else(|| dirs.library());
            feeds::command::feeds(&feeds::Context::new(&dirs, library), action)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Refresh) => {
            let dirs = dirs.context("no home directory to keep the subscriptions in")?;
            let library = library.unwrap_or_else(|| dirs.library());
            let ok = feeds::command::refresh(&feeds::Context::new(&dirs, library))?;
            Ok(if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        None => {
            let (paths, spooled) = library::spool_stdin(&cli.paths)?;
            let result = read(&paths, dirs.as_ref(), library.as_deref(), config, started);
            if let Some(file) = spooled {
                let _ = std::fs::remove_file(file);
            }
            result
        }
    }
}

/// `R` in the reader: [`feeds::refresh`] on the loop's background thread,
/// its progress and outcome told as the reader's events.
fn refresher(ctx: feeds::Context) -> Refresher {
    Arc::new(move |events: Sender<RefreshEvent>| {
        let mut on_progress = |p: feeds::Progress| {
            let _ = events.send(RefreshEvent::Progress {
                done: p.done,
                total: p.total,
                new: p.new,
                feed: Some(p.feed),
            });
        };
        let _ = events.send(feeds::view::finished(feeds::refresh(
            &ctx,
            &mut on_progress,
        )));
    })
}

/// The library folder: the configured one, else the default.
fn library_dir(dirs: &Dirs, configured: Option<&Path>) -> PathBuf {
    configured.map_or_else(|| dirs.library(), Path::to_path_buf)
}

/// The reader, with reading state saved in the data dir.
fn read(
    paths: &[PathBuf],
    dirs: Option<&Dirs>,
    library: Option<&Path>,
    config: Config,
    started: Instant,
) -> anyhow::Result<ExitCode> {
    let (store, store_note) =
        newsreader::store::open_or_memory(dirs.map(Dirs::state_db).as_deref())
            .context("opening an in-memory state database")?;
    let states = store.load_all().unwrap_or_default();
    // Read once: the count decides what opens, the rest feeds the view.
    // A urls file that cannot be read costs nothing here.
    let subscriptions = dirs
        .and_then(|d| feeds::list(&feeds::urls_path(d), &d.state_db()).ok())
        .map(|(feeds, _)| feeds)
        .unwrap_or_default();
    let subscribed = subscriptions.len();
    let mut choice = library::choose(paths, library);
    if let (library::Choice::Samples { .. }, Some(l)) = (&choice, library) {
        // Subscribed but not yet refreshed: the library, where `R` puts
        // what it fetches, rather than samples it would never replace.
        if subscribed > 0 && std::fs::create_dir_all(l).is_ok() {
            choice = library::Choice::Index {
                roots: vec![l.to_path_buf()],
                origin: l.display().to_string(),
            };
        }
    }
    let (mut app, index, note) = match choice {
        library::Choice::Index { roots, origin } => {
            let app = App::from_entries(Vec::new(), Vec::new())
                .with_origin(&origin)
                .before_indexing();
            let dirs = dirs.filter(|_| library::keeps_index(&roots));
            let (db, search) = (dirs.map(Dirs::index_db), dirs.map(Dirs::search_index));
            (app, Some(IndexSource { roots, db, search }), None)
        }
        library::Choice::Samples { note } => {
            let app = App::new(loader::samples::load_samples(), Vec::new())
                .with_origin("the bundled samples")
                .as_samples();
            (app, None, Some(note))
        }
    };
    app = app
        .with_keymap(config.keymap)
        .with_theme(config.theme)
        .with_settings(config.settings)
        .with_feeds(
            feeds::tags_by_title(&subscriptions),
            feeds::view::subscribed(&subscriptions),
        )
        .with_states(&states);
    // Kept in the `?` help too: the status line shows them only until
    // the first key. The notes name files: escaped as every printed name is.
    for n in store_note.iter().chain(note.iter()) {
        app = app.with_note(&output::visible(n));
    }
    // Measurements for scripts/bench.sh, only when asked for.
    let timings =
        std::env::var_os("NEWSREADER_TIMINGS").map(|f| Timings::new(PathBuf::from(f), started));
    purge_at_once();
    newsreader::tui::run(
        app,
        Session {
            store,
            index,
            timings,
            refresh: dirs.map(|d| refresher(feeds::Context::new(d, library_dir(d, library)))),
            release_memory: Some(release_memory),
        },
    )?;
    // Ended by a signal: the status a shell reports for one.
    Ok(
        newsreader::tui::signals::received().map_or(ExitCode::SUCCESS, |s| {
            ExitCode::from(newsreader::tui::signals::exit_status(s))
        }),
    )
}

/// `newsreader add`: report each file on stderr, a summary on stdout.
fn add(library: &Path, paths: &[PathBuf]) -> ExitCode {
    let report = library::add(library, paths);
    for err in &report.errors {
        complain(&err.to_string());
    }
    let n = report.added.len();
    let articles = if n == 1 { "article" } else { "articles" };
    let mut summary = format!("added {n} {articles} to {}", library.display());
    if !report.present.is_empty() {
        summary.push_str(&format!(" ({} already there)", report.present.len()));
    }
    // A closed standard output loses only the summary: the files are in.
    let _ = say(&summary);
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
        Err(ConfigError::Read { cause, .. })
            if !explicit && cause.kind() == io::ErrorKind::NotFound =>
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
        let written = out
            .write_all(output::visible_lines(&config::default_toml()).as_bytes())
            .and_then(|()| out.flush());
        output::json::until_closed(written).context("writing to standard output")?;
        return Ok(ExitCode::SUCCESS);
    }
    let Some((path, explicit)) = config_path(cli) else {
        let _ = say("no config file: no home folder to look in");
        return Ok(ExitCode::SUCCESS);
    };
    if !explicit && !path.exists() {
        let _ = say(&format!(
            "{} (not found: built-in defaults in use)",
            path.display()
        ));
        return Ok(ExitCode::SUCCESS);
    }
    let _ = say(&path.display().to_string());
    match load_config(cli) {
        Ok(_) => Ok(ExitCode::SUCCESS),
        Err(err) => {
            complain(&err.to_string());
            Ok(ExitCode::from(CONFIG_ERROR))
        }
    }
}
