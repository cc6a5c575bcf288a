//! The search thread: answers the list's [`Request`]s (library search,
//! mentions, a person's quotes) off the event loop, so typing never waits
//! for the index. Only the newest question is answered: any older one
//! still queued is skipped, and reading files for a quotes view stops as
//! soon as a newer question arrives.

use std::path::Path;
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::thread;
use std::time::{Duration, Instant};

use super::app::Msg;
use super::app::{quote_rows, Reply, Request, ToRead};
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

/// Answer `request` through `emit` (false: nobody listens, stop), reading
/// the files of a quotes question one by one and stopping early when
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
        Request::Quotes { gen, keys, files } => {
            return Ok(read_quotes(gen, &keys, &files, interrupted, emit));
        }
    };
    Ok(emit(reply))
}

/// Read each file and send its quotes by the person known by `keys`, in
/// batches; stop early for a newer question.
fn read_quotes(
    gen: u64,
    keys: &[String],
    files: &[ToRead],
    interrupted: &mut dyn FnMut() -> bool,
    emit: &mut dyn FnMut(Reply) -> bool,
) -> bool {
    let mut rows = Vec::new();
    let mut last = Instant::now();
    for (n, file) in files.iter().enumerate() {
        if interrupted() {
            return true;
        }
        // A file that cannot be read now just has no quotes to show; the
        // reader says why when it is opened. In a file of many (a feed
        // file) only the listed entry is read.
        if let Ok(article) = file.load() {
            rows.extend(quote_rows(file.listed, &article, keys));
        }
        let done = n + 1 == files.len();
        if done || last.elapsed() >= QUOTE_BATCH_TIME {
            last = Instant::now();
            let reply = Reply::Quotes {
                gen,
                rows: std::mem::take(&mut rows),
                done,
            };
            if !emit(reply) {
                return false;
            }
        }
    }
    true
}
