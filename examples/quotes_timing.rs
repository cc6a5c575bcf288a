//! The search thread's side of a person's quotes view, alone:
//! `cargo run --release --example quotes_timing -- INDEX_DIR [NAME] [RUNS]`
//! (NAME defaults to James Roche, RUNS to 5). On a search index the reader
//! made (`$XDG_DATA_HOME/newsreader/search`, or a home of
//! `scripts/bench_quotes.sh`), times the two questions the view asks
//! through the search thread's own `respond`: `Quoted` (the articles
//! quoting the person, and the keys they go by) and `Quotes` (their
//! stored quotes, in batches), with how many batches and rows came. What
//! `scripts/bench_quotes.sh` measures beyond this is the reader taking the
//! rows in and drawing them.

use std::path::PathBuf;
use std::time::Instant;

use newsreader::search::SearchIndex;
use newsreader::tui::app::{Quoting, Reply, Request};
use newsreader::tui::searching::{open, respond, Source};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: quotes_timing INDEX_DIR [NAME] [RUNS]");
        std::process::exit(2);
    };
    let name = args.next().unwrap_or_else(|| "James Roche".into());
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let index = match SearchIndex::open(&dir) {
        Ok((_, true)) => {
            // Opening replaced it, as the reader's start would.
            eprintln!(
                "quotes_timing: {} held no index of this version (now empty)",
                dir.display()
            );
            std::process::exit(1);
        }
        Ok((index, false)) => index,
        Err(e) => {
            eprintln!("quotes_timing: {e}");
            std::process::exit(1);
        }
    };
    let searcher = match open(Source::Index(index)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("quotes_timing: {e}");
            std::process::exit(1);
        }
    };
    for run in 1..=runs {
        let t = Instant::now();
        let mut found = None;
        let quoted = Request::Quoted {
            gen: 1,
            name: name.clone(),
        };
        let _ = respond(&searcher, quoted, &mut || false, &mut |r| {
            if let Reply::Hits { hits, keys, .. } = r {
                found = Some((hits, keys));
            }
            true
        });
        let quoted_ms = t.elapsed().as_secs_f64() * 1e3;
        let Some((hits, keys)) = found else {
            eprintln!("quotes_timing: no answer for {name}");
            std::process::exit(1);
        };
        // As the model asks: by place in the list; here the order found.
        let articles: Vec<Quoting> = hits
            .iter()
            .enumerate()
            .map(|(listed, h)| Quoting { listed, id: h.id })
            .collect();
        let n = articles.len();
        let t = Instant::now();
        let (mut batches, mut rows) = (0, 0);
        let request = Request::Quotes {
            gen: 2,
            keys,
            articles,
        };
        let _ = respond(&searcher, request, &mut || false, &mut |r| {
            if let Reply::Quotes { rows: got, .. } = r {
                batches += 1;
                rows += got.len();
            }
            true
        });
        let quotes_ms = t.elapsed().as_secs_f64() * 1e3;
        println!(
            "run {run}: Quoted {quoted_ms:.1} ms ({n} articles), Quotes {quotes_ms:.1} ms \
             ({rows} quotes in {batches} batches)"
        );
    }
}
