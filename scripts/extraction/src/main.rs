//! One extractor over every page of the scrapinghub article-extraction
//! benchmark: writes the `{hash: {"articleBody": text}}` JSON its
//! `evaluate.py` reads, and prints the extractor's speed on one core.
//!
//! Usage: `extraction-eval BACKEND PAGES_DIR OUT.json` where PAGES_DIR holds
//! the benchmark's pages already gunzipped (`HASH.html`). BACKEND is one of
//! `dom_smoothie`, `readabilityrs`, `rs_trafilatura`, `newsreader`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use newsreader::article::BlockKind;
use newsreader::loader::html::{self, Hints};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, backend, dir, out] = args.as_slice() else {
        eprintln!("usage: extraction-eval BACKEND PAGES_DIR OUT.json");
        std::process::exit(2);
    };
    let pages = pages(Path::new(dir));
    if pages.is_empty() {
        eprintln!("extraction-eval: no HASH.html pages in {dir}");
        std::process::exit(2);
    }
    let mut output = serde_json::Map::new();
    let mut spent = Duration::ZERO;
    let mut bytes = 0usize;
    for (hash, path) in &pages {
        let Ok(raw) = std::fs::read(path) else {
            eprintln!("extraction-eval: cannot read {}", path.display());
            std::process::exit(1);
        };
        bytes += raw.len();
        let start = Instant::now();
        let text = extract(backend, &raw);
        spent += start.elapsed();
        let mut entry = serde_json::Map::new();
        entry.insert("articleBody".into(), text.into());
        output.insert(hash.clone(), entry.into());
    }
    let json = serde_json::json!({ "version": version(backend), "output": output });
    if std::fs::write(out, json.to_string()).is_err() {
        eprintln!("extraction-eval: cannot write {out}");
        std::process::exit(1);
    }
    let secs = spent.as_secs_f64();
    println!(
        "{backend}: {} pages, {:.1} MB in {:.2} s: {:.1} MB/s",
        pages.len(),
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs
    );
}

fn version(backend: &str) -> &'static str {
    match backend {
        "dom_smoothie" => "0.19.0",
        "readabilityrs" => "0.1.4",
        "rs_trafilatura" => "0.2.2",
        _ => "final",
    }
}

/// The benchmark pages, sorted by hash.
fn pages(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut found: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let path = e.path();
            let name = path
                .file_name()?
                .to_str()?
                .strip_suffix(".html")?
                .to_string();
            Some((name, path))
        })
        .collect();
    found.sort();
    found
}

/// The page's main text as `backend` extracts it; the candidates get the
/// page decoded as newsreader decodes it, so only extraction differs.
fn extract(backend: &str, raw: &[u8]) -> String {
    // The body as the reader shows it; `newsreader` leaves out photo
    // captions, which the benchmark's ground truth leaves out too (the
    // model keeps them apart, as captions), `newsreader_captions` keeps them.
    if let Some(captions) = match backend {
        "newsreader" => Some(false),
        "newsreader_captions" => Some(true),
        _ => None,
    } {
        return match html::page("bench", raw, &Hints::default()) {
            Ok(article) => article
                .blocks
                .iter()
                .filter(|b| captions || b.kind != BlockKind::Caption)
                .map(|b| b.text.as_str())
                .collect::<Vec<_>>()
                .join("\n\n"),
            Err(_) => String::new(),
        };
    }
    let (text, _) = html::decode(raw, None);
    let url = Some("https://example.com/");
    match backend {
        "dom_smoothie" => {
            let cfg = dom_smoothie::Config {
                text_mode: dom_smoothie::TextMode::Formatted,
                ..Default::default()
            };
            dom_smoothie::Readability::new(text, url, Some(cfg))
                .ok()
                .and_then(|mut r| r.parse().ok())
                .map(|a| a.text_content.to_string())
                .unwrap_or_default()
        }
        // The content HTML newsreader walks, for looking into one page.
        "dom_smoothie_html" => {
            let cfg = dom_smoothie::Config {
                keep_classes: true,
                ..Default::default()
            };
            dom_smoothie::Readability::new(text, url, Some(cfg))
                .ok()
                .and_then(|mut r| r.parse().ok())
                .map(|a| a.content.to_string())
                .unwrap_or_default()
        }
        "readabilityrs" => readabilityrs::Readability::new(&text, url, None)
            .ok()
            .and_then(|r| r.parse())
            .and_then(|a| a.text_content)
            .unwrap_or_default(),
        "rs_trafilatura" => rs_trafilatura::extract(&text)
            .map(|r| r.content_text)
            .unwrap_or_default(),
        other => {
            eprintln!("extraction-eval: unknown backend {other}");
            std::process::exit(2);
        }
    }
}
