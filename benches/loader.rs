//! Structuring throughput of the loader, one core: on the bundled articles
//! (the figure that matters for a library), and on one paragraph of 1 MB
//! full of `he said` cues with no person to resolve them to — the worst
//! case for attribution's look-backs, which must stay linear.

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

criterion_group!(benches, structure_samples, one_long_paragraph);
criterion_main!(benches);
