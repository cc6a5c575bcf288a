//! How long one paragraph of N megabytes takes to structure, to check that
//! the loader stays linear: `cargo run --release --example long_paragraph 2 [adversarial]`.

use std::time::Instant;

use newsreader::loader::{parse, samples::SAMPLES};

fn main() {
    let megabytes: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2);
    // Real prose with quotes, names and cues, as one paragraph; `adversarial`
    // instead repeats pronoun cues among place names only, so that every
    // look-back for a speaker finds nothing to stop at.
    let prose: String = if std::env::args().nth(2).as_deref() == Some("adversarial") {
        "In Paris and Berlin, “We will go to Rome and Madrid,” he said. ".to_string()
    } else {
        SAMPLES
            .iter()
            .flat_map(|(_, t)| t.split("\n\n"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut text = String::with_capacity(megabytes << 20);
    while text.len() < megabytes << 20 {
        text.push_str(&prose);
        text.push(' ');
    }
    let start = Instant::now();
    let article = parse("long.txt", &text);
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{megabytes} MB in one paragraph: {secs:.2} s ({:.1} MB/s), {} quotes, {} entities",
        text.len() as f64 / secs / 1e6,
        article.quotes.len(),
        article.entities.len()
    );
}
