//! Structuring throughput on a folder of articles, with the files already
//! in memory so only the loader is timed: `cargo run --release --example
//! throughput -- DIR [THREADS]` (THREADS defaults to 1; 0 = every core).
//! Used by `scripts/bench.sh` for the per-core and two-core figures.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use newsreader::loader::files::{find_files, parse_bytes};

// The reader and `dump` run on mimalloc (see src/main.rs): time the loader
// with the allocator it ships with, not glibc's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: throughput DIR [THREADS]");
        std::process::exit(2);
    };
    let threads = match args.next().map(|t| t.parse::<usize>()) {
        None => 1,
        Some(Ok(0)) => std::thread::available_parallelism().map_or(1, |n| n.get()),
        Some(Ok(n)) => n,
        Some(Err(e)) => {
            eprintln!("throughput: THREADS: {e}");
            std::process::exit(2);
        }
    };
    let (files, _) = find_files(&[&dir]);
    let texts: Vec<(PathBuf, Vec<u8>)> = files
        .into_iter()
        .filter_map(|f| std::fs::read(&f).ok().map(|b| (f, b)))
        .collect();
    let bytes: usize = texts.iter().map(|(_, b)| b.len()).sum();
    let next = AtomicUsize::new(0);
    let start = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((path, text)) = texts.get(i) else {
                    return;
                };
                std::hint::black_box(parse_bytes(path, text).ok());
            });
        }
    });
    let secs = start.elapsed().as_secs_f64();
    let mb = bytes as f64 / 1e6;
    println!(
        "{} articles, {mb:.1} MB, {threads} thread(s): {secs:.2} s, {:.1} MB/s",
        texts.len(),
        mb / secs
    );
}
