//! Opt-in measurements of the real reader, for `scripts/bench.sh`: when
//! the binary is run with `NEWSREADER_TIMINGS=FILE`, it writes there, as
//! `name value` lines, when the first frame was drawn, when the first
//! article's text was (`text_shown`, not a placeholder), when the list was
//! complete (from the cache, and when indexing ended), how long each key
//! took from being read to being on screen (grouped by whether indexing,
//! a search or a background refresh was running, or the article shown was
//! still being read), how long each library
//! search took from the key that asked to the frame with its results, and
//! the peak resident memory.
//! Measuring the binary itself, not a model of it, is the point; none of
//! this runs unless asked for.

use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// One key's read-to-frame latency and what was running when it showed.
#[derive(Debug, Clone, Copy)]
struct Key {
    latency: Duration,
    indexing: bool,
    searching: bool,
    refreshing: bool,
    /// The frame showed an article still being read ("Loading …"): the
    /// key's latency must not include the read.
    loading: bool,
}

/// What the loop records while it runs.
pub struct Timings {
    file: PathBuf,
    start: Instant,
    lines: Vec<String>,
    first_frame: bool,
    /// A frame has shown an article's text, not a placeholder.
    text: bool,
    cached: bool,
    done: bool,
    /// Key-to-frame latencies, with what was running meanwhile.
    keys: Vec<Key>,
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
            text: false,
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
        // What users wait for: the first article's words, not a
        // placeholder or a list of file names.
        if !self.text && app.article().is_some() && !app.loading() {
            self.text = true;
            self.mark("text_shown");
        }
        // The whole list, not the article sent ahead of it.
        if !self.cached && !app.entries().is_empty() && !app.indexing().head {
            self.cached = true;
            self.mark("list_shown");
        }
        if !self.done && app.index_done() {
            self.done = true;
            self.mark("index_done");
            // CPU time beside wall time: on a shared machine the wall
            // time of indexing says as much about the neighbours.
            if let Some(ms) = cpu_ms() {
                self.lines.push(format!("index_done_cpu_ms {ms:.0}"));
            }
        }
        let shown = match &app.list_view() {
            super::app::ListView::Found(f) if f.done => Some(app.lookup_gen()),
            _ => None,
        };
        if let Some(gen) = shown {
            if let Some(at) = self.asked.iter().position(|(g, _)| *g == gen) {
                self.searches.push(self.asked[at].1.elapsed());
                self.asked.clear();
            }
        }
        // Searches overtaken by newer ones are never shown.
        self.asked.retain(|(g, _)| *g >= app.lookup_gen());
        if let Some(t) = key_read {
            self.keys.push(Key {
                latency: t.elapsed(),
                indexing: app.indexing().running,
                searching: !self.asked.is_empty(),
                refreshing: app.refreshing().running,
                loading: app.loading(),
            });
        }
    }

    /// Write everything out (at exit).
    pub fn write(mut self) {
        let keys = |pick: fn(&Key) -> bool| -> Vec<Duration> {
            self.keys
                .iter()
                .filter(|k| pick(k))
                .map(|k| k.latency)
                .collect()
        };
        let groups: [(&str, Vec<Duration>); 6] = [
            ("keys_indexing", keys(|k| k.indexing)),
            ("keys_idle", keys(|k| !k.indexing)),
            ("keys_searching", keys(|k| k.searching)),
            ("keys_refreshing", keys(|k| k.refreshing)),
            ("keys_loading", keys(|k| k.loading)),
            ("search_results", self.searches.clone()),
        ];
        for (label, times) in groups {
            self.lines.extend(summary(label, &times));
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

/// `LABEL_n`, `_p50_ms`, `_p95_ms`, `_p99_ms` and `_max_ms` lines for
/// `times`; nothing when there are none.
fn summary(label: &str, times: &[Duration]) -> Vec<String> {
    let mut ms: Vec<f64> = times.iter().map(|d| d.as_secs_f64() * 1e3).collect();
    if ms.is_empty() {
        return Vec::new();
    }
    ms.sort_by(f64::total_cmp);
    let pct = |p: f64| ms[((ms.len() - 1) as f64 * p).round() as usize];
    vec![
        format!("{label}_n {}", ms.len()),
        format!("{label}_p50_ms {:.2}", pct(0.5)),
        format!("{label}_p95_ms {:.2}", pct(0.95)),
        format!("{label}_p99_ms {:.2}", pct(0.99)),
        format!("{label}_max_ms {:.2}", pct(1.0)),
    ]
}

/// The CPU time (user + system) the process has used so far, all its
/// threads, where the system says (`/proc/self/stat`, in clock ticks,
/// taken as the usual 100 a second).
fn cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name, in parentheses, may hold spaces: count the
    // fields after it (utime and stime are the 14th and 15th).
    let rest = &stat[stat.rfind(')')? + 1..];
    let mut fields = rest.split_whitespace().skip(11);
    let utime: f64 = fields.next()?.parse().ok()?;
    let stime: f64 = fields.next()?.parse().ok()?;
    Some((utime + stime) * 10.0)
}

/// The process's peak resident set (`VmHWM`), where the system says.
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::app::{App, Msg};
    use crate::tui::refresh::RefreshEvent;

    #[test]
    fn keys_shown_while_a_refresh_runs_are_summarised_apart() {
        let file = std::env::temp_dir().join(format!("nr-timings-{}", std::process::id()));
        let mut t = Timings::new(file.clone(), Instant::now());
        let mut app = App::with_size(Vec::new(), Vec::new(), 100, 20);
        t.frame(&app, Some(Instant::now()));
        app.update(Msg::Refresh(RefreshEvent::Progress {
            done: 0,
            total: 1,
            new: 0,
            feed: None,
        }));
        for _ in 0..3 {
            t.frame(&app, Some(Instant::now()));
        }
        app.update(Msg::Refresh(RefreshEvent::Finished {
            total: 1,
            new: 0,
            failed: 0,
            error: None,
            results: Vec::new(),
        }));
        t.frame(&app, Some(Instant::now()));
        t.write();
        let text = std::fs::read_to_string(&file).unwrap();
        let _ = std::fs::remove_file(&file);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.contains(&"keys_refreshing_n 3"), "{text}");
        assert!(lines.contains(&"keys_idle_n 5"), "{text}");
        for stat in ["p50", "p95", "max"] {
            let name = format!("keys_refreshing_{stat}_ms ");
            assert!(lines.iter().any(|l| l.starts_with(&name)), "{text}");
        }
    }

    #[test]
    fn keys_shown_while_an_article_loads_are_summarised_apart() {
        let file = std::env::temp_dir().join(format!("nr-timings-load-{}", std::process::id()));
        let mut t = Timings::new(file.clone(), Instant::now());
        let article = crate::loader::parse("a.txt", "Title\n\nAnn Lee said it rained.\n");
        let path = std::path::PathBuf::from("/lib/a.txt");
        let entry = crate::tui::app::Entry::of(&article, Some(path.clone()));
        let mut app = App::from_entries(vec![entry], Vec::new());
        t.frame(&app, Some(Instant::now()));
        app.update(Msg::Doc {
            listed: 0,
            path,
            article: Box::new(Ok(article)),
        });
        t.frame(&app, Some(Instant::now()));
        t.write();
        let text = std::fs::read_to_string(&file).unwrap();
        let _ = std::fs::remove_file(&file);
        assert!(text.lines().any(|l| l == "keys_loading_n 1"), "{text}");
        // The text milestone comes with the frame that shows the article,
        // not with the first (placeholder) frame.
        let marks: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with("first_frame_ms") || l.starts_with("text_shown_ms"))
            .map(|l| l.split(' ').next().unwrap_or(""))
            .collect();
        assert_eq!(marks, ["first_frame_ms", "text_shown_ms"], "{text}");
    }

    #[test]
    fn summary_takes_percentiles_of_the_sorted_times() {
        let times: Vec<Duration> = (1..=100).rev().map(Duration::from_millis).collect();
        assert_eq!(
            summary("k", &times),
            [
                "k_n 100",
                "k_p50_ms 51.00",
                "k_p95_ms 95.00",
                "k_p99_ms 99.00",
                "k_max_ms 100.00"
            ]
        );
        assert!(summary("k", &[]).is_empty());
    }
}
