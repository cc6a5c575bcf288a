//! Structuring throughput of the loader, one core: on the bundled articles,
//! on the dev corpus's real news from several outlets (`tests/corpus/dev`)
//! and on 1,000 generated articles: the figures that matter for a library;
//! on one paragraph of 1 MB full of `he said` cues with no person to
//! resolve them to — the worst case for attribution's look-backs — and on
//! every hostile text of [`adversarial`] (every quote family unclosed, unopened and nested, long
//! runs of one character class, very many people), each of which must
//! parse at a rate close to normal text's. `cargo test` checks their growth
//! by counting work (`loader::work`); this shows the speed.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsreader::loader::{adversarial, parse, samples::SAMPLES};
use std::time::Duration;

// The reader and `dump` run on mimalloc (see src/main.rs): time the loader
// with the allocator it ships with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn structure_samples(c: &mut Criterion) {
    let bytes: usize = SAMPLES.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group("loader");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("parse bundled articles", |b| {
        b.iter(|| {
            for (name, text) in SAMPLES {
                std::hint::black_box(parse(name, std::hint::black_box(text)));
            }
        })
    });
    group.finish();
}

/// The dev corpus's articles, read from `tests/corpus/dev` at run time:
/// wire, broadcaster and citizen-media styles the samples lack.
fn dev_articles() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/dev");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            Some((p.file_name()?.to_string_lossy().into_owned(), text))
        })
        .collect()
}

fn structure_dev_corpus(c: &mut Criterion) {
    let articles = dev_articles();
    assert!(!articles.is_empty(), "no articles in tests/corpus/dev");
    parse_all(c, "parse dev corpus articles", &articles, 100);
}

/// 1,000 generated articles (`newsreader-corpus`, seed 1): what a large
/// library is made of, with the realistic vocabulary and name pools that
/// `scripts/speed.sh` measures at 10k and 100k.
fn structure_generated(c: &mut Criterion) {
    let generator = newsreader_corpus::Generator::bundled(1);
    let articles: Vec<(String, String)> = (0..1000)
        .map(|n| {
            let text = generator.article(n);
            (newsreader_corpus::file_name(n, &text), text)
        })
        .collect();
    parse_all(c, "parse 1,000 generated articles", &articles, 10);
}

/// Time structuring every one of `articles` (name, text), in bytes per
/// second.
fn parse_all(c: &mut Criterion, label: &str, articles: &[(String, String)], samples: usize) {
    let bytes: usize = articles.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group("loader");
    group.sample_size(samples);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(label, |b| {
        b.iter(|| {
            for (name, text) in articles {
                std::hint::black_box(parse(name, std::hint::black_box(text)));
            }
        })
    });
    group.finish();
}

fn one_long_paragraph(c: &mut Criterion) {
    let unit = "In Paris and Berlin, “We will go to Rome and Madrid,” he said. ";
    let text = unit.repeat((1 << 20) / unit.len());
    let mut group = c.benchmark_group("loader worst case");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("parse 1 MB paragraph of unresolvable pronouns", |b| {
        b.iter(|| std::hint::black_box(parse("long.txt", std::hint::black_box(&text))))
    });
    group.finish();
}

fn hostile_texts(c: &mut Criterion) {
    let mut group = c.benchmark_group("loader worst case");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(200));
    group.measurement_time(Duration::from_secs(1));
    for a in adversarial::ALL {
        let text = (a.make)(256 * 1024);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("parse 256 KB of {}", a.name), |b| {
            b.iter(|| std::hint::black_box(parse("hostile.txt", std::hint::black_box(&text))))
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    structure_samples,
    structure_dev_corpus,
    structure_generated,
    one_long_paragraph,
    hostile_texts
);
criterion_main!(benches);
