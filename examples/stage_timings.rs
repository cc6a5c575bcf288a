//! Time each loader stage on the bundled articles and print its share, so a
//! speed-up can be judged stage by stage within one run.
//!
//! `cargo run --release --example stage_timings [ROUNDS]`
//!
//! `… stage_timings adversarial [BYTES]` instead times each stage on every
//! [`adversarial`] text at BYTES and four times BYTES, and prints the ratio:
//! about 4 is linear, 16 quadratic. A third argument picks the adversaries
//! whose name holds it.

use newsreader::loader::{
    adversarial, attribution, compose, entities, layout, parse, quotes, samples::SAMPLES, text,
};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// This thread's CPU time: on a shared machine, wall time would count the
/// other processes' turns too.
#[cfg(target_os = "linux")]
fn cpu_now() -> Duration {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid, writable timespec for the call's duration.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

#[cfg(not(target_os = "linux"))]
fn cpu_now() -> Duration {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// The CPU time of each stage on one text.
fn stages(raw: &str) -> [Duration; 5] {
    let t0 = cpu_now();
    let norm = compose::nfc(text::normalize(black_box(raw)));
    let t1 = cpu_now();
    let lay = layout::layout(&norm);
    let t2 = cpu_now();
    let quote_spans = quotes::find(&lay.blocks);
    let t3 = cpu_now();
    let mut drafts = entities::find(&lay.blocks);
    let t4 = cpu_now();
    black_box(attribution::attribute(
        &lay.blocks,
        &quote_spans,
        &mut drafts,
    ));
    let t5 = cpu_now();
    [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4]
}

fn adversaries(bytes: usize, only: Option<String>) {
    println!(
        "{:32} {:>28}   (ms at n / ratio at 4n)",
        "", "normalize layout quotes entities attribution"
    );
    let chosen = adversarial::ALL
        .iter()
        .filter(|a| only.as_deref().is_none_or(|o| a.name.contains(o)));
    for a in chosen {
        let small = stages(&(a.make)(bytes));
        let big = stages(&(a.make)(4 * bytes));
        let cells: Vec<String> = small
            .iter()
            .zip(big)
            .map(|(s, b)| {
                let ratio = b.as_secs_f64() / s.as_secs_f64().max(1e-6);
                format!("{:8.1}/{:<5.1}", s.as_secs_f64() * 1e3, ratio)
            })
            .collect();
        println!("{:32} {}", a.name, cells.join(" "));
    }
}

fn main() {
    if std::env::args().nth(1).as_deref() == Some("adversarial") {
        let bytes = std::env::args()
            .nth(2)
            .and_then(|a| a.parse().ok())
            .unwrap_or(100_000);
        adversaries(bytes, std::env::args().nth(3));
        return;
    }
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(300);
    let bytes: usize = SAMPLES.iter().map(|(_, t)| t.len()).sum();
    let mut stages = [Duration::ZERO; 5];
    for _ in 0..rounds {
        for (_, raw) in SAMPLES {
            let t0 = Instant::now();
            let norm = compose::nfc(text::normalize(black_box(raw)));
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
