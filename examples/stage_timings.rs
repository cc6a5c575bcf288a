//! Time each loader stage on the bundled articles and print its share, so a
//! speed-up can be judged stage by stage within one run.
//!
//! `cargo run --release --example stage_timings [ROUNDS]`

use newsreader::loader::{attribution, entities, layout, parse, quotes, samples::SAMPLES, text};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(300);
    let bytes: usize = SAMPLES.iter().map(|(_, t)| t.len()).sum();
    let mut stages = [Duration::ZERO; 5];
    for _ in 0..rounds {
        for (_, raw) in SAMPLES {
            let t0 = Instant::now();
            let norm = text::normalize(black_box(raw));
            let t1 = Instant::now();
            let lay = layout::layout(&norm);
            let t2 = Instant::now();
            let quote_spans = quotes::find(&lay.blocks);
            let t3 = Instant::now();
            let mut drafts = entities::find(&lay.blocks);
            let t4 = Instant::now();
            black_box(attribution::attribute(
                &lay.blocks,
                &quote_spans,
                &mut drafts,
            ));
            let t5 = Instant::now();
            for (s, (a, b)) in
                stages
                    .iter_mut()
                    .zip([(t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5)])
            {
                *s += b - a;
            }
        }
    }
    let start = Instant::now();
    for _ in 0..rounds {
        for (name, raw) in SAMPLES {
            black_box(parse(name, black_box(raw)));
        }
    }
    let whole = start.elapsed();
    let total: Duration = stages.iter().sum();
    for (name, d) in ["normalize", "layout", "quotes", "entities", "attribution"]
        .iter()
        .zip(stages)
    {
        println!(
            "{name:12} {:7.2} ms  {:5.1}%",
            d.as_secs_f64() * 1e3,
            100.0 * d.as_secs_f64() / total.as_secs_f64()
        );
    }
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "stages {:.1} MB/s; parse() {:.1} MB/s ({} bytes x {rounds})",
        mb / total.as_secs_f64(),
        mb / whole.as_secs_f64(),
        bytes
    );
}
