//! Time what a warm start does before its list can be shown: open the
//! index cache, read the list snapshot of a folder, decode it, and build
//! the reader's entries from it.
//!
//! `cargo run --release --example snapshot_timing -- INDEX_DB FOLDER`
//! (the index.db of a home a reader filled for FOLDER).

use std::path::PathBuf;
use std::time::Instant;

use newsreader::store::index::decode_list;
use newsreader::store::Store;
use newsreader::tui::app::Entry;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args_os().skip(1);
    let (Some(db), Some(folder)) = (args.next(), args.next()) else {
        return Err("usage: snapshot_timing INDEX_DB FOLDER".into());
    };
    let t = Instant::now();
    let ms = |t: &Instant| t.elapsed().as_secs_f64() * 1e3;
    let store = Store::open_cache(&PathBuf::from(db))?.store;
    println!("open       {:7.1} ms", ms(&t));
    let mut key = PathBuf::from(folder).into_os_string().into_encoded_bytes();
    key.push(0);
    let t = Instant::now();
    let data = store.snapshot_get(&key)?.ok_or("no snapshot for FOLDER")?;
    println!("read       {:7.1} ms  ({} bytes)", ms(&t), data.len());
    let t = Instant::now();
    let list = decode_list(&data).ok_or("the snapshot does not decode")?;
    println!("decode     {:7.1} ms  ({} summaries)", ms(&t), list.len());
    let t = Instant::now();
    let entries: Vec<Entry> = list.iter().map(Entry::from_summary).collect();
    println!("entries    {:7.1} ms  ({})", ms(&t), entries.len());
    Ok(())
}
