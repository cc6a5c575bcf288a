//! Write a deterministic corpus of generated articles for benchmarks and
//! scale tests (see `newsreader_corpus`).
//!
//! `cargo run --release --example gen_corpus -- --count 100000 --seed 1 OUT_DIR`
//! (`--words` also counts the tokens and distinct words, at 1,000, 10,000,
//! 100,000 … articles and at the end).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use newsreader_corpus::WordCount;

fn report(articles: usize, words: &WordCount) {
    println!(
        "{articles} articles: {} tokens, {} distinct words",
        words.tokens(),
        words.distinct()
    );
}

const USAGE: &str = "\
Usage: gen_corpus [--count N] [--seed S] [--words] OUT_DIR

Write N generated articles (default 1000) into OUT_DIR, at most 1000 per
subfolder (0000/, 0001/, ...). The same N and seed (default 1) always give
byte-identical files; a smaller corpus is a prefix of a larger one.

Options:
  --count N   number of articles (default 1000)
  --seed S    seed of the generator (default 1)
  --words     count tokens and distinct words (lowercased runs of letters
              and digits) after 1,000, 10,000, 100,000 ... articles and at
              the end, with the top word's share, the share of words seen
              once and the fitted Zipf exponent (slower: a few seconds more
              a 10,000 articles)
  -h, --help  print this help";

struct Args {
    count: usize,
    seed: u64,
    words: bool,
    out: PathBuf,
}

/// `Ok(None)` when help was asked for.
fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let (mut count, mut seed, mut words, mut out) = (1000, 1, false, None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--words" => words = true,
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
    Ok(Some(Args {
        count,
        seed,
        words,
        out,
    }))
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
    let mut words = WordCount::new();
    let mut next_report = 1000;
    let seen = |n: usize, text: &str| {
        if !args.words {
            return;
        }
        words.add(text);
        if n + 1 == next_report {
            report(n + 1, &words);
            next_report *= 10;
        }
    };
    let written = newsreader_corpus::write_corpus_with(&args.out, args.count, args.seed, seen);
    if args.words && next_report != args.count * 10 {
        report(args.count, &words);
    }
    if args.words {
        let top = words.top(1);
        let share = top
            .first()
            .map_or(0.0, |t| t.1 as f64 / words.tokens().max(1) as f64);
        println!(
            "top word {:?} {:.1} % of tokens; words seen once {:.0} % of distinct; \
             Zipf exponent {:.2} over ranks 1-1,000, {:.2} over 1-100,000, {:.2} over all",
            top.first().map_or("", |t| t.0),
            100.0 * share,
            100.0 * words.once() as f64 / words.distinct().max(1) as f64,
            words.zipf_exponent(1000),
            words.zipf_exponent(100_000),
            words.zipf_exponent(usize::MAX)
        );
    }
    match written {
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
