//! Write a deterministic corpus of generated articles for benchmarks and
//! scale tests (see `newsreader_corpus`).
//!
//! `cargo run --release --example gen_corpus -- --count 100000 --seed 1 OUT_DIR`

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "\
Usage: gen_corpus [--count N] [--seed S] OUT_DIR

Write N generated articles (default 1000) into OUT_DIR, at most 1000 per
subfolder (0000/, 0001/, ...). The same N and seed (default 1) always give
byte-identical files; a smaller corpus is a prefix of a larger one.

Options:
  --count N   number of articles (default 1000)
  --seed S    seed of the generator (default 1)
  -h, --help  print this help";

struct Args {
    count: usize,
    seed: u64,
    out: PathBuf,
}

/// `Ok(None)` when help was asked for.
fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let (mut count, mut seed, mut out) = (1000, 1, None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--count" | "--seed" => {
                let value = args.next().ok_or_else(|| format!("{arg} needs a value"))?;
                let bad = |_| format!("{arg} takes a whole number, not {value:?}");
                if arg == "--count" {
                    count = value.parse().map_err(bad)?;
                } else {
                    seed = value.parse().map_err(bad)?;
                }
            }
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}")),
            _ if out.is_some() => return Err(format!("unexpected argument {arg}")),
            _ => out = Some(PathBuf::from(arg)),
        }
    }
    let out = out.ok_or("missing OUT_DIR")?;
    Ok(Some(Args { count, seed, out }))
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("gen_corpus: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let start = Instant::now();
    match newsreader_corpus::write_corpus(&args.out, args.count, args.seed) {
        Ok(stats) => {
            let secs = start.elapsed().as_secs_f64();
            println!(
                "wrote {} articles, {} bytes ({:.1} MB, {} bytes on average) to {} in {secs:.2} s",
                stats.articles,
                stats.bytes,
                stats.bytes as f64 / 1e6,
                stats.bytes / (stats.articles.max(1) as u64),
                args.out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_corpus: cannot write to {}: {e}", args.out.display());
            ExitCode::from(2)
        }
    }
}
