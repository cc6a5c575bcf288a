//! The search thread: answers the list's [`Request`]s (library search,
//! mentions, a person's quotes) off the event loop, so typing never waits
//! for the index. Only the newest question is answered: any older one
//! still queued is skipped, and filling a quotes view stops as soon as a
//! newer question arrives. A quotes view is read from the quotes the index
//! stores, never by reading and structuring the articles again.

use std::path::Path;
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::thread;
use std::time::{Duration, Instant};

use super::app::Msg;
use super::app::{QuoteRow, Quoting, Reply, Request};
use super::events::Incoming;
use crate::article::Article;
use crate::search::{SearchIndex, Searcher};

/// Longest wait between two batches of quotes, so the view fills in.
const QUOTE_BATCH_TIME: Duration = Duration::from_millis(50);

/// Where the questions go; dropping it ends the thread.
pub struct SearchThread {
    tx: Sender<Request>,
}

impl SearchThread {
    pub fn ask(&self, request: Request) {
        // A thread that is gone has said why already (`Reply::Failed`).
        let _ = self.tx.send(request);
    }
}

/// What the thread searches.
pub enum Source {
    /// The library's index on disk, kept up to date by the indexer.
    Index(SearchIndex),
    /// Articles held in memory (the bundled samples): indexed in memory
    /// when the thread starts.
    Articles(Vec<Article>),
}

/// Start the thread; answers go to `out` as [`Msg::Search`].
pub fn spawn(source: Source, out: Sender<Incoming>) -> SearchThread {
    let (tx, rx) = mpsc::channel();
    let _ = thread::Builder::new()
        .name("search".into())
        .spawn(move || serve(source, &rx, &out));
    SearchThread { tx }
}

fn serve(source: Source, rx: &Receiver<Request>, out: &Sender<Incoming>) {
    let searcher = match open(source) {
        Ok(s) => s,
        Err(message) => {
            // Say it for every question, so the user sees why search fails.
            while let Ok(req) = rx.recv() {
                let gen = generation(&req);
                let message = message.clone();
                if out
                    .send(Msg::Search(Reply::Failed { gen, message }).into())
                    .is_err()
                {
                    return;
                }
            }
            return;
        }
    };
    let mut next = None;
    loop {
        let request = match next.take() {
            Some(r) => r,
            None => match rx.recv() {
                Ok(r) => r,
                Err(_) => return,
            },
        };
        let request = newest(request, rx);
        let gen = generation(&request);
        let sent = match answer(&searcher, request, rx, out, &mut next) {
            Ok(sent) => sent,
            Err(message) => out
                .send(Msg::Search(Reply::Failed { gen, message }).into())
                .is_ok(),
        };
        if !sent {
            return;
        }
    }
}

pub fn open(source: Source) -> Result<Searcher, String> {
    let index = match source {
        Source::Index(index) => index,
        Source::Articles(articles) => {
            let index = SearchIndex::in_ram();
            let mut writer = index.writer().map_err(|e| e.to_string())?;
            for a in &articles {
                writer
                    .add(Path::new(&a.source), a)
                    .map_err(|e| e.to_string())?;
            }
            writer.commit().map_err(|e| e.to_string())?;
            index
        }
    };
    index.searcher().map_err(|e| format!("search: {e}"))
}

/// The last of the questions queued behind `request`.
fn newest(mut request: Request, rx: &Receiver<Request>) -> Request {
    while let Ok(newer) = rx.try_recv() {
        request = newer;
    }
    request
}

fn generation(request: &Request) -> u64 {
    request.gen()
}

/// Answer one question. `Ok(false)` once nobody listens; a newer question
/// that cut a quotes run short is left in `next`.
fn answer(
    searcher: &Searcher,
    request: Request,
    rx: &Receiver<Request>,
    out: &Sender<Incoming>,
    next: &mut Option<Request>,
) -> Result<bool, String> {
    let mut gone = false;
    let mut newer = || match rx.try_recv() {
        Ok(r) => {
            *next = Some(r);
            true
        }
        Err(TryRecvError::Disconnected) => {
            gone = true;
            true
        }
        Err(TryRecvError::Empty) => false,
    };
    let sent = respond(searcher, request, &mut newer, &mut |reply| {
        out.send(Msg::Search(reply).into()).is_ok()
    })?;
    Ok(sent && !gone)
}

/// Answer `request` through `emit` (false: nobody listens, stop), the
/// articles of a quotes question one by one, stopping early when
/// `interrupted` says a newer question came. Returns whether every reply
/// was taken.
pub fn respond(
    searcher: &Searcher,
    request: Request,
    interrupted: &mut dyn FnMut() -> bool,
    emit: &mut dyn FnMut(Reply) -> bool,
) -> Result<bool, String> {
    // Articles the indexer committed since the last question count too.
    searcher.refresh().map_err(|e| e.to_string())?;
    let hits = |gen, hits, keys| Reply::Hits { gen, hits, keys };
    let reply = match request {
        Request::Search { gen, query } => hits(
            gen,
            searcher.search(&query).map_err(|e| e.to_string())?,
            vec![],
        ),
        Request::Mentions { gen, kind, name } => hits(
            gen,
            searcher.mentions(kind, &name).map_err(|e| e.to_string())?,
            vec![],
        ),
        Request::Quoted { gen, name } => {
            let found = searcher.quoted(&name).map_err(|e| e.to_string())?;
            let keys = searcher.person_keys(&name).map_err(|e| e.to_string())?;
            hits(gen, found, keys)
        }
        Request::Quotes {
            gen,
            keys,
            articles,
        } => return stored_quotes(searcher, gen, &keys, &articles, interrupted, emit),
    };
    Ok(emit(reply))
}

/// Send the quotes by the person known by `keys` in `articles`, read from
/// the index's stored quotes in list order, in batches; stop early for a
/// newer question. Returns whether every reply was taken.
fn stored_quotes(
    searcher: &Searcher,
    gen: u64,
    keys: &[String],
    articles: &[Quoting],
    interrupted: &mut dyn FnMut() -> bool,
    emit: &mut dyn FnMut(Reply) -> bool,
) -> Result<bool, String> {
    let docs = searcher.quote_docs(keys).map_err(|e| e.to_string())?;
    let mut rows = Vec::new();
    let mut last = Instant::now();
    for (n, article) in articles.iter().enumerate() {
        if interrupted() {
            return Ok(true);
        }
        let quotes = match docs.quotes(article.id, keys) {
            Ok(quotes) => quotes,
            Err(e) => {
                // A damaged index: show what was found, and say why the
                // rest is missing (removing the index dir rebuilds it).
                let reply = Reply::Quotes {
                    gen,
                    rows: std::mem::take(&mut rows),
                    done: true,
                };
                return if emit(reply) {
                    Err(e.to_string())
                } else {
                    Ok(false)
                };
            }
        };
        rows.extend(quotes.into_iter().map(|q| QuoteRow {
            entry: article.listed,
            block: q.block,
            start: q.start,
            end: q.end,
            text: q.text,
        }));
        let done = n + 1 == articles.len();
        if done || last.elapsed() >= QUOTE_BATCH_TIME {
            last = Instant::now();
            let reply = Reply::Quotes {
                gen,
                rows: std::mem::take(&mut rows),
                done,
            };
            if !emit(reply) {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn searcher() -> Searcher {
        let texts = [
            include_str!("../../tests/fixtures/search/putin.txt"),
            include_str!("../../tests/fixtures/search/europe.txt"),
        ];
        let articles = texts
            .iter()
            .enumerate()
            .map(|(i, t)| crate::loader::parse(&format!("{i}.txt"), t))
            .collect();
        open(Source::Articles(articles)).expect("index in memory")
    }

    /// The `Quotes` question for Putin's quotes, as the model asks it.
    fn putin(searcher: &Searcher) -> Request {
        let mut asked = None;
        let quoted = Request::Quoted {
            gen: 1,
            name: "Vladimir Putin".into(),
        };
        let _ = respond(searcher, quoted, &mut || false, &mut |reply| {
            if let Reply::Hits { hits, keys, .. } = reply {
                let articles = hits
                    .iter()
                    .enumerate()
                    .map(|(listed, h)| Quoting { listed, id: h.id })
                    .collect();
                asked = Some(Request::Quotes {
                    gen: 2,
                    keys,
                    articles,
                });
            }
            true
        });
        asked.expect("hits")
    }

    #[test]
    fn quotes_come_whole_and_stop_for_a_newer_question() {
        let searcher = searcher();
        let mut replies = Vec::new();
        let all = respond(&searcher, putin(&searcher), &mut || false, &mut |r| {
            replies.push(r);
            true
        });
        assert_eq!(all, Ok(true));
        let rows: Vec<&QuoteRow> = replies
            .iter()
            .flat_map(|r| match r {
                Reply::Quotes { rows, .. } => rows.iter(),
                _ => [].iter(),
            })
            .collect();
        assert_eq!(rows.len(), 2, "{replies:?}");
        assert!(matches!(
            replies.last(),
            Some(Reply::Quotes { done: true, .. })
        ));
        // A newer question after the first article: the second is never
        // read, and the view is not told it is complete.
        let mut asked = 0;
        let mut cut_short = Vec::new();
        let cut = respond(
            &searcher,
            putin(&searcher),
            &mut || {
                asked += 1;
                asked > 1
            },
            &mut |r| {
                cut_short.push(r);
                true
            },
        );
        assert_eq!(cut, Ok(true));
        assert_eq!(asked, 2);
        assert!(
            !cut_short
                .iter()
                .any(|r| matches!(r, Reply::Quotes { done: true, .. })),
            "{cut_short:?}"
        );
    }
}
