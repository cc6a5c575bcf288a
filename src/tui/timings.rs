//! Opt-in measurements of the real reader, for `scripts/bench.sh`: when
//! the binary is run with `NEWSREADER_TIMINGS=FILE`, it writes there, as
//! `name value` lines, when the first frame was drawn, when the list was
//! complete (from the cache, and when indexing ended), how long each key
//! took from being read to being on screen, and the peak resident memory.
//! Measuring the binary itself, not a model of it, is the point; none of
//! this runs unless asked for.

use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What the loop records while it runs.
pub struct Timings {
    file: PathBuf,
    start: Instant,
    lines: Vec<String>,
    first_frame: bool,
    cached: bool,
    done: bool,
    /// Key-to-frame latencies, with whether indexing was running.
    keys: Vec<(Duration, bool)>,
}

impl Timings {
    /// Record into `file`, counting from `start` (when the process began).
    pub fn new(file: PathBuf, start: Instant) -> Timings {
        Timings {
            file,
            start,
            lines: Vec::new(),
            first_frame: false,
            cached: false,
            done: false,
            keys: Vec::new(),
        }
    }

    fn mark(&mut self, name: &str) {
        let ms = self.start.elapsed().as_secs_f64() * 1e3;
        self.lines.push(format!("{name}_ms {ms:.1}"));
    }

    /// A frame is on screen: note the milestones it is the first to show,
    /// and the latency of the oldest key it answers.
    pub fn frame(&mut self, app: &super::app::App, key_read: Option<Instant>) {
        if !self.first_frame {
            self.first_frame = true;
            self.mark("first_frame");
        }
        if !self.cached && !app.entries.is_empty() {
            self.cached = true;
            self.mark("list_shown");
        }
        if !self.done && app.index_done {
            self.done = true;
            self.mark("index_done");
        }
        if let Some(t) = key_read {
            self.keys.push((t.elapsed(), app.indexing.running));
        }
    }

    /// Write everything out (at exit).
    pub fn write(mut self) {
        for (label, during) in [("keys_indexing", true), ("keys_idle", false)] {
            let mut ms: Vec<f64> = self
                .keys
                .iter()
                .filter(|k| k.1 == during)
                .map(|k| k.0.as_secs_f64() * 1e3)
                .collect();
            if ms.is_empty() {
                continue;
            }
            ms.sort_by(f64::total_cmp);
            let pct = |p: f64| ms[((ms.len() - 1) as f64 * p).round() as usize];
            self.lines.push(format!("{label}_n {}", ms.len()));
            self.lines.push(format!("{label}_p50_ms {:.2}", pct(0.5)));
            self.lines.push(format!("{label}_p99_ms {:.2}", pct(0.99)));
            self.lines.push(format!("{label}_max_ms {:.2}", pct(1.0)));
        }
        if let Some(kb) = peak_rss_kb() {
            self.lines.push(format!("peak_rss_kb {kb}"));
        }
        if let Ok(mut f) = std::fs::File::create(&self.file) {
            let _ = writeln!(f, "{}", self.lines.join("\n"));
        }
    }
}

/// The process's peak resident set (`VmHWM`), where the system says.
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
