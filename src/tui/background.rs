//! The loop's background indexing runs: starting one (at start, on `r`,
//! and when a feed refresh saved new articles) and opening the search
//! index it writes to.

use std::sync::mpsc;

use super::app::{self, App, Msg};
use super::events::Incoming;
use super::Session;
use crate::library::index::{self, Indexer};

/// Start a background indexing run (generation `generation`: messages of
/// older runs are dropped), and tell the model whether one started.
/// `announce`: `r` asked for it, so the status line says so.
pub(super) fn start_indexing(
    app: &mut App,
    session: &Session,
    search: Option<index::SearchTarget>,
    after: Option<index::Stopping>,
    tx: &mpsc::Sender<Incoming>,
    (generation, announce): (u64, bool),
) -> Option<Indexer> {
    let Some(source) = &session.index else {
        if generation > 0 {
            app.update(Msg::NothingToIndex { announce });
        }
        return None;
    };
    app.update(Msg::IndexStarted { announce });
    let tx = tx.clone();
    Some(index::spawn(
        source.roots.clone(),
        source.db.clone(),
        search,
        after,
        move |msg| {
            let msg = app::Prepared::from_msg(msg);
            tx.send(Incoming::Index(generation, msg)).is_ok()
        },
    ))
}

/// The library's search index, opened (or started afresh) in its folder;
/// in memory when there is no folder or it cannot be used, so search
/// still works for this run. `None` for articles held in memory (the
/// samples), which the search thread indexes itself.
pub(super) fn open_search(app: &mut App, session: &Session) -> Option<index::SearchTarget> {
    let source = session.index.as_ref()?;
    let opened = source
        .search
        .as_deref()
        .map(crate::search::SearchIndex::open);
    Some(match opened {
        Some(Ok((index, fresh))) => index::SearchTarget {
            index,
            fresh,
            persistent: true,
        },
        Some(Err(e)) => {
            let note = format!("searching from memory this run: {e}");
            app.update(Msg::Note(crate::output::visible(&note).into_owned()));
            index::SearchTarget {
                index: crate::search::SearchIndex::in_ram(),
                fresh: true,
                persistent: false,
            }
        }
        None => index::SearchTarget {
            index: crate::search::SearchIndex::in_ram(),
            fresh: true,
            persistent: false,
        },
    })
}
