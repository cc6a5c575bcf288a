//! Library search speed: `cargo run --release --example search_timing --
//! DIR [INDEX_DIR] [--rebuild] [--split]`. Indexes the `.txt` articles
//! under DIR into INDEX_DIR (default: a temp dir named after DIR), parsing
//! on every core, unless that index is already there (`--rebuild` builds
//! it anyway; `--split` parses everything first and times the index
//! alone, holding every article in memory); then times a one-word, a
//! two-word and an as-you-type query, and `mentions`/`quoted` for the
//! person most mentioned in the first article.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use newsreader::article::EntityKind;
use newsreader::loader::files::{find_files, parse_bytes, read_file};
use newsreader::search::{SearchIndex, SearchWriter};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rebuild = args.iter().any(|a| a == "--rebuild");
    let split = args.iter().any(|a| a == "--split");
    let mut paths = args
        .iter()
        .filter(|a| !a.starts_with("--"))
        .map(PathBuf::from);
    let Some(dir) = paths.next() else {
        eprintln!("usage: search_timing DIR [INDEX_DIR] [--rebuild] [--split]");
        std::process::exit(2);
    };
    let index_dir = paths.next().unwrap_or_else(|| {
        let name = dir
            .file_name()
            .map_or("lib".into(), |n| n.to_string_lossy());
        std::env::temp_dir().join(format!("newsreader-search-{name}"))
    });
    if let Err(e) = run(&dir, &index_dir, rebuild, split) {
        eprintln!("search_timing: {e}");
        std::process::exit(1);
    }
}

fn run(
    dir: &Path,
    index_dir: &Path,
    rebuild: bool,
    split: bool,
) -> Result<(), Box<dyn std::error::Error>> {
    if rebuild && index_dir.join("newsreader-search-version").exists() {
        std::fs::remove_dir_all(index_dir)?;
    }
    let (index, fresh) = SearchIndex::open(index_dir)?;
    let (files, _) = find_files(&[dir]);
    println!("{} files under {}", files.len(), dir.display());
    if fresh && split {
        build_split(&index, &files)?;
    } else if fresh {
        build(&index, &files)?;
    } else {
        println!("reusing the index in {}", index_dir.display());
    }
    let size: u64 = std::fs::read_dir(index_dir)?
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();
    println!("index size {:.1} MB", size as f64 / 1e6);

    let searcher = index.searcher()?;
    let time = |label: &str, f: &dyn Fn() -> usize| {
        let start = Instant::now();
        let n = f();
        let cold = start.elapsed().as_secs_f64() * 1e3;
        let mut warm = Vec::new();
        for _ in 0..5 {
            let start = Instant::now();
            std::hint::black_box(f());
            warm.push(start.elapsed().as_secs_f64() * 1e3);
        }
        warm.sort_by(f64::total_cmp);
        println!(
            "{label:<32} {n:>7} hits  first {cold:>7.2} ms  median {:>7.2} ms",
            warm[2]
        );
    };
    for q in [
        "said ",
        "government ",
        "minister said ",
        "minis",
        "the said ",
    ] {
        time(&format!("search {q:?}"), &|| {
            searcher.search(q).map_or(0, |h| h.len())
        });
    }
    // A person to look up: the first article's most mentioned.
    let person = files.iter().find_map(|f| {
        let a = parse_bytes(f, &read_file(f).ok()?)
            .ok()?
            .into_iter()
            .next()?;
        a.entities
            .into_iter()
            .find(|e| e.kind == EntityKind::Person)
            .map(|e| e.name)
    });
    if let Some(name) = person {
        time(&format!("mentions {name:?}"), &|| {
            searcher
                .mentions(EntityKind::Person, &name)
                .map_or(0, |h| h.len())
        });
        time(&format!("quoted {name:?}"), &|| {
            searcher.quoted(&name).map_or(0, |h| h.len())
        });
    }
    Ok(())
}

/// Parse every file on every core, adding each to the one writer.
fn build(index: &SearchIndex, files: &[PathBuf]) -> Result<(), Box<dyn std::error::Error>> {
    let mut writer = index.writer()?;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = AtomicUsize::new(0);
    let bytes = AtomicUsize::new(0);
    let failed = Mutex::new(Vec::new());
    let start = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| add_some(&writer, files, &next, &bytes, &failed));
        }
    });
    let added = start.elapsed().as_secs_f64();
    writer.commit()?;
    let total = start.elapsed().as_secs_f64();
    let mb = bytes.load(Ordering::Relaxed) as f64 / 1e6;
    println!(
        "indexed {} files, {mb:.1} MB, {threads} thread(s): parse+add {added:.2} s, \
         with commit {total:.2} s: {:.1} MB/s",
        files.len(),
        mb / total
    );
    for e in failed
        .lock()
        .map(|f| f.clone())
        .unwrap_or_default()
        .iter()
        .take(5)
    {
        println!("  failed: {e}");
    }
    Ok(())
}

/// Parse everything first, then time the index alone.
fn build_split(index: &SearchIndex, files: &[PathBuf]) -> Result<(), Box<dyn std::error::Error>> {
    let start = Instant::now();
    let articles: Vec<_> = files
        .iter()
        .filter_map(|f| {
            let bytes = read_file(f).ok()?;
            Some((f, bytes.len(), parse_bytes(f, &bytes).ok()?))
        })
        .collect();
    let mb = articles.iter().map(|(_, n, _)| n).sum::<usize>() as f64 / 1e6;
    println!(
        "parsed {mb:.1} MB on one thread in {:.2} s",
        start.elapsed().as_secs_f64()
    );
    let mut writer = index.writer()?;
    let start = Instant::now();
    for (path, _, article) in &articles {
        writer.add_entries(path, article)?;
    }
    writer.commit()?;
    let secs = start.elapsed().as_secs_f64();
    println!(
        "index alone: {mb:.1} MB in {secs:.2} s: {:.1} MB/s",
        mb / secs
    );
    Ok(())
}

fn add_some(
    writer: &SearchWriter,
    files: &[PathBuf],
    next: &AtomicUsize,
    bytes: &AtomicUsize,
    failed: &Mutex<Vec<String>>,
) {
    loop {
        let Some(path) = files.get(next.fetch_add(1, Ordering::Relaxed)) else {
            return;
        };
        let result = read_file(path)
            .map_err(|e| e.to_string())
            .and_then(|b| {
                bytes.fetch_add(b.len(), Ordering::Relaxed);
                parse_bytes(path, &b).map_err(|e| e.to_string())
            })
            .and_then(|a| writer.add_entries(path, &a).map_err(|e| e.to_string()));
        if let Err(e) = result {
            if let Ok(mut f) = failed.lock() {
                f.push(e);
            }
        }
    }
}
