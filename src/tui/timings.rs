//! Opt-in measurements of the real reader, for `scripts/bench.sh`: when
//! the binary is run with `NEWSREADER_TIMINGS=FILE`, it writes there, as
//! `name value` lines, when the first frame was drawn, when the list was
//! complete (from the cache, and when indexing ended), how long each key
//! took from being read to being on screen, how long each library search
//! took from the key that asked to the frame with its results, and the
//! peak resident memory.
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
    /// Key-to-frame latencies, with whether indexing was running and
    /// whether a search was.
    keys: Vec<(Duration, bool, bool)>,
    /// Library searches asked for and not yet shown: number, when.
    asked: Vec<(u64, Instant)>,
    /// Ask-to-results-on-screen of each search shown.
    searches: Vec<Duration>,
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
            asked: Vec::new(),
            searches: Vec::new(),
        }
    }

    /// The loop has handed search number `gen` to the search thread.
    pub fn search_asked(&mut self, gen: u64) {
        self.asked.push((gen, Instant::now()));
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
        let shown = match &app.list_view {
            super::app::ListView::Found(f) if f.done => Some(app.lookup_gen),
            _ => None,
        };
        if let Some(gen) = shown {
            if let Some(at) = self.asked.iter().position(|(g, _)| *g == gen) {
                self.searches.push(self.asked[at].1.elapsed());
                self.asked.clear();
            }
        }
        // Searches overtaken by newer ones are never shown.
        self.asked.retain(|(g, _)| *g >= app.lookup_gen);
        if let Some(t) = key_read {
            let searching = !self.asked.is_empty();
            self.keys
                .push((t.elapsed(), app.indexing.running, searching));
        }
    }

    /// Write everything out (at exit).
    pub fn write(mut self) {
        let groups: [(&str, Vec<Duration>); 4] = [
            (
                "keys_indexing",
                self.keys.iter().filter(|k| k.1).map(|k| k.0).collect(),
            ),
            (
                "keys_idle",
                self.keys.iter().filter(|k| !k.1).map(|k| k.0).collect(),
            ),
            (
                "keys_searching",
                self.keys.iter().filter(|k| k.2).map(|k| k.0).collect(),
            ),
            ("search_results", self.searches.clone()),
        ];
        for (label, times) in groups {
            let mut ms: Vec<f64> = times.iter().map(|d| d.as_secs_f64() * 1e3).collect();
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
        for d in &self.searches {
            self.lines
                .push(format!("search_ms {:.2}", d.as_secs_f64() * 1e3));
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
