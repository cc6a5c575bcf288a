//! One indexing run, timed message by message, without a terminal:
//! `cargo run --release --example index_run -- INDEX_DB [--search DIR] DIR…`.
//! Shows where a cold or warm start spends its time before the reader
//! draws it; with `--search`, adding to the search index in DIR as the
//! reader does.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use newsreader::library::index::{run, IndexMsg, SearchTarget};
use newsreader::search::SearchIndex;

// Time the run with the allocator the reader ships with (see
// src/allocator.rs): under glibc's, a tenth of the workers' time went to
// malloc and free, which the reader does not spend.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1).map(PathBuf::from);
    let Some(db) = args.next() else {
        eprintln!("usage: index_run INDEX_DB DIR…");
        std::process::exit(2);
    };
    let mut roots: Vec<PathBuf> = args.collect();
    let search = match roots.iter().position(|r| r.as_os_str() == "--search") {
        Some(at) if at + 1 < roots.len() => {
            let dir = roots.remove(at + 1);
            roots.remove(at);
            match SearchIndex::open(&dir) {
                Ok((index, fresh)) => Some(SearchTarget {
                    index,
                    fresh,
                    persistent: true,
                }),
                Err(e) => {
                    eprintln!("index_run: {e}");
                    std::process::exit(1);
                }
            }
        }
        _ => None,
    };
    let start = Instant::now();
    let stop = AtomicBool::new(false);
    let ms = || start.elapsed().as_secs_f64() * 1e3;
    run(&roots, Some(&db), search, &stop, &|msg| {
        match &msg {
            IndexMsg::Cached(c) => println!("{:8.1} ms  cached {}", ms(), c.len()),
            IndexMsg::First(_) => println!("{:8.1} ms  first cached", ms()),
            IndexMsg::FirstFile(_) => println!("{:8.1} ms  first file", ms()),
            IndexMsg::Listed(_, l) => println!("{:8.1} ms  listed {}", ms(), l.len()),
            IndexMsg::Done => println!("{:8.1} ms  done", ms()),
            IndexMsg::Skipped(s) => println!("{:8.1} ms  skipped {}", ms(), s.len()),
            _ => {}
        }
        true
    });
}
