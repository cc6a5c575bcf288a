//! The `feeds`, `refresh` and `add URL` commands: what they print (every
//! line through [`crate::output`], since titles and addresses come from
//! strangers) and whether they succeeded. `main.rs` only wires them up.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{Context, FeedsError};
use crate::output::{complain, say};

/// `newsreader feeds …`.
#[derive(Debug, clap::Subcommand)]
pub enum FeedsAction {
    /// Subscribe to a feed.
    Add {
        /// The feed's address (http:// or https://).
        url: String,
        /// A tag for the feed (repeat for more).
        #[arg(long = "tag", short, value_name = "TAG")]
        tags: Vec<String>,
    },
    /// Show every feed: title, address, tags, last fetch, unread and
    /// saved articles, last error.
    List,
    /// Unsubscribe from a feed (what it saved stays in the library).
    Remove { url: String },
    /// Subscribe to every feed in an OPML file (folders become tags).
    Import {
        #[arg(value_name = "FILE.opml")]
        file: PathBuf,
    },
    /// Write the subscriptions as OPML on standard output.
    Export,
}

/// An argument of `add` that is a web address rather than a file.
pub fn is_url(path: &Path) -> bool {
    path.to_str().is_some_and(|s| {
        let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
        lower.starts_with("http://") || lower.starts_with("https://")
    })
}

/// Run `newsreader feeds ACTION`. Lines of the urls file that could not
/// be read are named on standard error; they never fail the command.
pub fn feeds(ctx: &Context, action: FeedsAction) -> Result<(), FeedsError> {
    let bad_lines = match action {
        FeedsAction::Add { url, tags } => {
            let bad = super::add_feed(&ctx.urls, &url, &tags)?;
            let _ = say(&format!("subscribed to {url}"));
            bad
        }
        FeedsAction::Remove { url } => {
            let bad = super::remove_feed(&ctx.urls, &url)?;
            let _ = say(&format!("unsubscribed from {url}"));
            bad
        }
        FeedsAction::List => {
            let (list, bad) = super::list(&ctx.urls, &ctx.state_db)?;
            if list.is_empty() {
                let _ = say(&format!(
                    "no feeds yet: `newsreader feeds add URL` (or edit {})",
                    ctx.urls.display()
                ));
            }
            // A closed pipe (`feeds list | head`) ends the listing quietly.
            // Counts are a convenience: a library that cannot be read
            // still lists the feeds.
            let unread =
                super::manage::unread_by_feed(&ctx.library, &ctx.state_db).unwrap_or_default();
            for line in list
                .iter()
                .flat_map(|f| super::manage::describe(f, &unread))
            {
                if say(&line).is_err() {
                    break;
                }
            }
            bad
        }
        FeedsAction::Import { file } => {
            let report = super::import(&ctx.urls, &file)?;
            for url in &report.refused {
                complain(&format!(
                    "{}: skipped {url}: not an http(s) address",
                    file.display()
                ));
            }
            let mut summary = format!("imported {} feeds from {}", report.added, file.display());
            if report.duplicates > 0 {
                summary.push_str(&format!(" ({} already subscribed)", report.duplicates));
            }
            let _ = say(&summary);
            report.bad_lines
        }
        FeedsAction::Export => {
            let (doc, bad) = super::export(&ctx.urls, &ctx.state_db)?;
            let mut out = io::stdout().lock();
            match out.write_all(doc.as_bytes()).and_then(|()| out.flush()) {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                    return Err(FeedsError::Io {
                        path: PathBuf::from("(standard output)"),
                        cause: e,
                    })
                }
                _ => {}
            }
            bad
        }
    };
    for bad in &bad_lines {
        complain(&bad.to_string());
    }
    Ok(())
}

/// Run `newsreader refresh`: a line per feed on standard output, notes
/// and the urls file's bad lines on standard error. `Ok(false)` when any
/// feed failed.
pub fn refresh(ctx: &Context) -> Result<bool, FeedsError> {
    let report = super::refresh(ctx, &mut |_| {})?;
    for bad in &report.bad_lines {
        complain(&bad.to_string());
    }
    if report.feeds.is_empty() {
        let _ = say(&format!(
            "no feeds to refresh: `newsreader feeds add URL` (or edit {})",
            ctx.urls.display()
        ));
    }
    for outcome in &report.feeds {
        let _ = say(&outcome.line());
        for note in &outcome.notes {
            complain(note);
        }
    }
    Ok(!report.failed())
}

/// Run `newsreader add URL…`: fetch and save each page, say what it was.
/// `false` when any failed.
pub fn add_urls(ctx: &Context, urls: &[PathBuf]) -> bool {
    let mut ok = true;
    for url in urls {
        match super::add_url(ctx, &url.to_string_lossy()) {
            Ok(added) => {
                let _ = say(&added.line());
            }
            Err(err) => {
                complain(&err.to_string());
                ok = false;
            }
        }
    }
    ok
}
