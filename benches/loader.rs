//! Structuring throughput of the loader on the bundled articles, one core.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsreader::loader::{parse, samples::SAMPLES};

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

criterion_group!(benches, structure_samples);
criterion_main!(benches);
