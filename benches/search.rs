//! Library search on a generated library of 10,000 articles held in an
//! in-memory index: a one-word query, a two-word query and a word being
//! typed (the last word a prefix), each returning every hit with its
//! counts, as the list asks for them. The real binary on 100,000 articles
//! is measured by `scripts/bench_search.sh`.

use criterion::{criterion_group, criterion_main, Criterion};
use std::path::Path;

use newsreader::search::SearchIndex;
use newsreader_corpus::Generator;

const ARTICLES: usize = 10_000;

fn index() -> SearchIndex {
    let generator = Generator::bundled(1);
    let index = SearchIndex::in_ram();
    let mut writer = index.writer().expect("writer");
    for n in 0..ARTICLES {
        let name = format!("{n}.txt");
        let article = newsreader::loader::parse(&name, &generator.article(n));
        writer.add(Path::new(&name), &article).expect("indexed");
    }
    writer.commit().expect("committed");
    index
}

fn queries(c: &mut Criterion) {
    let index = index();
    let searcher = index.searcher().expect("searcher");
    let mut group = c.benchmark_group("library search, 10,000 articles");
    for query in ["police ", "border wall ", "minis"] {
        let hits = searcher.search(query).expect("search").len();
        group.bench_function(format!("{query:?} ({hits} hits)"), |b| {
            b.iter(|| std::hint::black_box(searcher.search(std::hint::black_box(query))))
        });
    }
    group.finish();
}

criterion_group!(benches, queries);
criterion_main!(benches);
