//! What the background threads send, for the reader's property test:
//! index batches, search replies, articles read (or not), refresh
//! progress, failed saves, notes. Each is generated as a [`Step`] and made
//! concrete against what the model asked at the moment it arrives, the
//! answer to the newest question or to an older one the user has since
//! moved on from, so background messages reach the model in any order
//! with the keys, as they do in the binary. [`Loop`] carries out the
//! model's effects as the binary's loop does, minus the I/O.

use std::path::{Path, PathBuf};

use newsreader::article::Article;
use newsreader::library::index::IndexMsg;
use newsreader::search::{id_of, Hit};
use newsreader::tui::app::{
    filed_ranks, App, Effect, Entry, Msg, Prepared, QuoteRow, Reply, ToRead,
};
use newsreader::tui::refresh::RefreshEvent;
use proptest::prelude::*;
use ratatui::crossterm::event::Event;

use super::strategies::{event, hostile_name, hostile_text};

/// One thing arriving at the loop.
#[derive(Debug, Clone)]
pub enum Step {
    /// Terminal input, mapped to an action as the binary maps it.
    Input(Event),
    /// A message of the indexing run.
    Index(IndexStep),
    /// An indexing run starts (`true`: `r` asked for it).
    IndexStarted(bool),
    /// An article read for a load the model asked for: `which` counts
    /// back from the newest (0) to older, stale ones; `text` names the
    /// article of the pool it turned out to hold (the file may have
    /// changed since it was listed), `None`: it could not be read.
    Doc {
        which: usize,
        text: Option<usize>,
        error: String,
    },
    /// A search reply to a question asked: `which` as for `Doc`.
    Reply {
        which: usize,
        kind: ReplyKind,
    },
    Refresh(RefreshStep),
    /// The store starts (or stops) failing to write.
    StoreFails(bool),
    /// A note that outlives the status line.
    Note(String),
}

#[derive(Debug, Clone)]
pub enum IndexStep {
    /// The cache's list: articles of the pool, by number.
    Cached(Vec<usize>),
    /// The files found: known articles and files still being read.
    Listed(Vec<usize>, Vec<String>),
    /// Files read: their place in the list, and which article each holds.
    Parsed(Vec<(usize, usize)>),
    Failed(Vec<usize>),
    Progress(usize, usize),
    Skipped(Vec<String>),
    Done,
}

#[derive(Debug, Clone)]
pub enum ReplyKind {
    /// Hits on listed articles (by place) and on unknown ids.
    Hits(Vec<usize>, Vec<u128>),
    Quotes(Vec<(usize, usize, usize, usize)>, bool),
    Failed(String),
}

#[derive(Debug, Clone)]
pub enum RefreshStep {
    Progress(usize, usize, usize),
    Finished(usize, usize, Option<String>),
}

fn index_step() -> impl Strategy<Value = IndexStep> {
    let many = || proptest::collection::vec(0usize..8, 0..6);
    prop_oneof![
        many().prop_map(IndexStep::Cached),
        (many(), proptest::collection::vec(hostile_name(), 0..3))
            .prop_map(|(known, pending)| IndexStep::Listed(known, pending)),
        proptest::collection::vec((0usize..10, 0usize..8), 0..4).prop_map(IndexStep::Parsed),
        proptest::collection::vec(0usize..10, 0..3).prop_map(IndexStep::Failed),
        (0usize..20, 0usize..20).prop_map(|(d, t)| IndexStep::Progress(d, t)),
        proptest::collection::vec(hostile_name(), 0..3).prop_map(IndexStep::Skipped),
        Just(IndexStep::Done),
    ]
}

fn reply_kind() -> impl Strategy<Value = ReplyKind> {
    prop_oneof![
        (
            proptest::collection::vec(0usize..10, 0..5),
            proptest::collection::vec(any::<u128>(), 0..2)
        )
            .prop_map(|(listed, unknown)| ReplyKind::Hits(listed, unknown)),
        (
            proptest::collection::vec((0usize..10, 0usize..6, 0usize..80, 0usize..80), 0..4),
            any::<bool>()
        )
            .prop_map(|(rows, done)| ReplyKind::Quotes(rows, done)),
        hostile_text().prop_map(ReplyKind::Failed),
    ]
}

fn refresh_step() -> impl Strategy<Value = RefreshStep> {
    prop_oneof![
        (0usize..50, 0usize..50, 0usize..200).prop_map(|(d, t, n)| RefreshStep::Progress(d, t, n)),
        (0usize..50, 0usize..5, proptest::option::of(hostile_text()))
            .prop_map(|(n, f, e)| RefreshStep::Finished(n, f, e)),
    ]
}

/// Keys and background messages, mostly keys.
pub fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        12 => event().prop_map(Step::Input),
        2 => index_step().prop_map(Step::Index),
        1 => any::<bool>().prop_map(Step::IndexStarted),
        4 => (0usize..3, proptest::option::of(0usize..8), hostile_text())
            .prop_map(|(which, text, error)| Step::Doc { which, text, error }),
        2 => (0usize..3, reply_kind()).prop_map(|(which, kind)| Step::Reply { which, kind }),
        1 => refresh_step().prop_map(Step::Refresh),
        1 => any::<bool>().prop_map(Step::StoreFails),
        1 => hostile_text().prop_map(Step::Note),
    ]
}

/// The library's file for article `k` of the pool.
pub fn path_of(k: usize) -> PathBuf {
    PathBuf::from(format!("/lib/{k}.txt"))
}

/// The list's entry for article `k` of `pool`, read from its file.
pub fn entry_of(pool: &[Article], k: usize) -> Option<Entry> {
    let article = pool.get(k % pool.len().max(1))?;
    Some(Entry::of(article, Some(path_of(k))))
}

/// The binary's loop without its I/O: effects are recorded or answered
/// here, and generated steps become the messages they stand for.
#[derive(Default)]
pub struct Loop {
    /// Loads asked for, oldest first.
    loads: Vec<ToRead>,
    /// Generations of the search questions asked, oldest first.
    asked: Vec<u64>,
    store_fails: bool,
}

impl Loop {
    /// Carry out the model's effects, as the loop does before a frame.
    pub fn effects(&mut self, app: &mut App) {
        for effect in app.take_effects() {
            match effect {
                Effect::Save(updates) if self.store_fails => app.update(Msg::SaveFailed {
                    updates,
                    error: "disk full \x1b]0;PWNED\x07".to_string(),
                }),
                Effect::Outside(_) => app.update(Msg::Outside("opened \x1b[2J".to_string())),
                Effect::Ask(request) => self.asked.push(request.gen()),
                Effect::Load(wanted) => self.loads.push(wanted),
                Effect::Reload => app.update(Msg::IndexStarted { announce: true }),
                Effect::Reindex => app.update(Msg::IndexStarted { announce: false }),
                Effect::Save(_) | Effect::RefreshFeeds => {}
            }
        }
    }

    /// The message `step` stands for now, if it is one (not input).
    pub fn message(&mut self, step: &Step, pool: &[Article]) -> Option<Msg> {
        Some(match step.clone() {
            Step::Input(_) => return None,
            Step::Index(index) => Msg::Index(prepared(index, pool)),
            Step::IndexStarted(announce) => Msg::IndexStarted { announce },
            Step::Doc { which, text, error } => {
                let asked = self.loads.len().checked_sub(which + 1)?;
                let wanted = self.loads.remove(asked);
                let article = match text.and_then(|k| pool.get(k % pool.len().max(1))) {
                    Some(a) => Ok(a.clone()),
                    None => Err(format!("{}: {error}", wanted.path.display())),
                };
                Msg::Doc {
                    listed: wanted.listed,
                    path: wanted.path,
                    article: Box::new(article),
                }
            }
            Step::Reply { which, kind } => {
                let gen = *self.asked.iter().rev().nth(which)?;
                Msg::Search(reply(gen, kind, pool))
            }
            Step::Refresh(RefreshStep::Progress(done, total, new)) => {
                Msg::Refresh(RefreshEvent::Progress {
                    done,
                    total,
                    new,
                    feed: None,
                })
            }
            Step::Refresh(RefreshStep::Finished(new, failed, error)) => {
                Msg::Refresh(RefreshEvent::Finished {
                    total: failed + 1,
                    new,
                    failed,
                    error,
                    results: Vec::new(),
                })
            }
            Step::StoreFails(fails) => {
                self.store_fails = fails;
                return None;
            }
            Step::Note(note) => Msg::Note(note),
        })
    }
}

fn entries(pool: &[Article], known: &[usize]) -> Vec<Entry> {
    known.iter().filter_map(|&k| entry_of(pool, k)).collect()
}

fn prepared(step: IndexStep, pool: &[Article]) -> Prepared {
    match step {
        IndexStep::Cached(known) => {
            let list = entries(pool, &known);
            let filed = filed_ranks(&list);
            Prepared::Cached(list, filed)
        }
        IndexStep::Listed(known, pending) => {
            let mut list = entries(pool, &known);
            list.extend(pending.iter().map(|n| Entry::pending(&Path::new(n).into())));
            let filed = filed_ranks(&list);
            Prepared::Listed(list, filed)
        }
        IndexStep::Parsed(batch) => Prepared::Parsed(
            batch
                .into_iter()
                .filter_map(|(pos, k)| Some((pos, entry_of(pool, k)?)))
                .collect(),
        ),
        IndexStep::Failed(places) => Prepared::Other(IndexMsg::Failed(
            places
                .into_iter()
                .map(|p| (p, "unreadable".into()))
                .collect(),
        )),
        IndexStep::Progress(done, total) => Prepared::Other(IndexMsg::Progress { done, total }),
        IndexStep::Skipped(names) => Prepared::Other(IndexMsg::Skipped(names)),
        IndexStep::Done => Prepared::Other(IndexMsg::Done),
    }
}

fn reply(gen: u64, kind: ReplyKind, pool: &[Article]) -> Reply {
    match kind {
        ReplyKind::Hits(listed, unknown) => {
            let ids = listed
                .iter()
                .filter_map(|&k| pool.get(k % pool.len().max(1)))
                .filter_map(|a| id_of(&a.id))
                .chain(unknown);
            Reply::Hits {
                gen,
                hits: ids
                    .map(|id| Hit {
                        id,
                        title_hits: 1,
                        hits: 2,
                    })
                    .collect(),
                keys: vec!["kim jong un".into()],
            }
        }
        ReplyKind::Quotes(rows, done) => Reply::Quotes {
            gen,
            rows: rows
                .into_iter()
                .map(|(entry, block, start, len)| QuoteRow {
                    entry,
                    block,
                    start,
                    end: start + len,
                    text: "“a quote \x1b]0;PWNED\x07”".into(),
                })
                .collect(),
            done,
        },
        ReplyKind::Failed(message) => Reply::Failed { gen, message },
    }
}
