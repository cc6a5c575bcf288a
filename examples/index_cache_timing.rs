//! Time the index cache at library scale: fill a temporary database with
//! synthetic summaries shaped like the bundled articles' (same title,
//! name-list and path lengths), then time `index_put` and `index_all`,
//! and print the bytes each summary takes in memory.
//!
//! `cargo run --release --example index_cache_timing [ROWS [DB]]`
//! (default 100,000 rows in a temporary directory). With DB given and
//! already there, only the reading is timed, against that file.
//!
//! On a shared machine wall time swings with load, so each figure also
//! gives this thread's CPU time (Linux `/proc/thread-self/schedstat`).

use std::path::Path;
use std::time::{Duration, Instant};

use newsreader::loader::samples::load_samples;
use newsreader::store::{Store, Summary};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rows: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let samples: Vec<Summary> = load_samples()
        .iter()
        .map(|a| Summary::from_article(Path::new(&a.source), 5_000, 0, a))
        .collect();
    let per_sample: Vec<usize> = samples.iter().map(Summary::footprint).collect();
    println!(
        "bundled samples: size_of::<Summary>() = {} B, with heap payload {:?} B",
        std::mem::size_of::<Summary>(),
        per_sample
    );

    // Each synthetic row is a bundled sample under a new path and id, so
    // rows differ (distinct keys) but have real-world field lengths.
    let synthetic: Vec<Summary> = (0..rows)
        .map(|i| {
            let base = &samples[i % samples.len()];
            Summary {
                path: Path::new(&format!(
                    "/home/reader/.local/share/newsreader/articles/{:03}/article-{i:06}.txt",
                    i % 997
                ))
                .into(),
                mtime_ns: 1_795_901_589_000_000_000 + i as i64,
                id: format!("{:032x}", (i as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15)).into(),
                ..base.clone()
            }
        })
        .collect();
    let bytes: usize = synthetic.iter().map(Summary::footprint).sum();
    println!(
        "{rows} summaries: {:.0} B each on average (payload; +~8-16 B per heap block)",
        bytes as f64 / rows as f64
    );

    let dir = tempfile::tempdir()?;
    let db = std::env::args()
        .nth(2)
        .map_or_else(|| dir.path().join("state.db"), Into::into);
    // Let go of the synthetic rows first, so the peak RSS below is the
    // reading's own.
    if db.exists() {
        drop(synthetic);
    } else {
        fill(&db, synthetic)?;
    }
    read(&db)
}

fn fill(db: &Path, synthetic: Vec<Summary>) -> Result<(), Box<dyn std::error::Error>> {
    let rows = synthetic.len();
    let mut store = Store::open(db)?.store;

    let (t, c) = (Instant::now(), cpu());
    for batch in synthetic.chunks(1_000) {
        store.index_put(batch)?;
    }
    let (put, put_cpu) = (t.elapsed(), cpu() - c);
    println!(
        "index_put, batches of 1,000: {:.0} ms ({:.0} ms CPU), {:.0} rows/s",
        ms(put),
        ms(put_cpu),
        rows as f64 / put.as_secs_f64()
    );

    // Re-put everything in one batch: the upsert (update) path.
    let (t, c) = (Instant::now(), cpu());
    store.index_put(&synthetic)?;
    let (upsert, upsert_cpu) = (t.elapsed(), cpu() - c);
    println!(
        "index_put, one batch replacing all: {:.0} ms ({:.0} ms CPU), {:.0} rows/s",
        ms(upsert),
        ms(upsert_cpu),
        rows as f64 / upsert.as_secs_f64()
    );
    println!(
        "database file: {:.1} MB",
        std::fs::metadata(db)?.len() as f64 / 1e6
    );
    Ok(())
}

fn read(db: &Path) -> Result<(), Box<dyn std::error::Error>> {
    // A fresh process's view: open, then read everything, a few times.
    let mut times = Vec::new();
    let mut got = 0;
    for _ in 0..5 {
        let t = Instant::now();
        let store = Store::open(db)?.store;
        let opened = t.elapsed();
        let c = cpu();
        let all = store.index_all()?;
        let total = t.elapsed();
        got = all.len();
        if times.is_empty() {
            // The first read is the one a real start makes: later ones
            // also pay glibc consolidating the previous list's frees.
            println!(
                "first open: {:.0} ms; first index_all: {:.0} ms ({:.0} ms CPU)",
                ms(opened),
                ms(total - opened),
                ms(cpu() - c)
            );
            if let Some(rss) = peak_rss_kb() {
                println!(
                    "peak RSS after open and the first index_all: {:.0} MB",
                    rss as f64 / 1024.0
                );
            }
        }
        times.push((opened, total - opened, cpu() - c));
    }
    times.sort_by_key(|t| t.1);
    let (open, all, all_cpu) = times[times.len() / 2];
    println!(
        "open (quick_check included): {:.0} ms; index_all of {got} rows: {:.0} ms ({:.0} ms CPU) (median of 5, fastest {:.0} ms)",
        ms(open),
        ms(all),
        ms(all_cpu),
        ms(times[0].1)
    );
    if let Some(rss) = peak_rss_kb() {
        println!("peak RSS of this process: {:.0} MB", rss as f64 / 1024.0);
    }
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// CPU time this thread has run, or zero where /proc has no schedstat.
fn cpu() -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .map_or(Duration::ZERO, Duration::from_nanos)
}

/// `VmHWM` from /proc (Linux only).
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}
