//! End to end: the real binary in a real terminal (tmux, 140×40). Opens the
//! bundled sample, checks the three panes, walks the speaker jumps through
//! the status line, resizes, quits with `q`, and checks the exit status and
//! that the alternate screen was left.
//!
//! tmux must be installed (CI's `.ci/run` installs it); without it this test
//! fails with a message rather than passing or skipping silently.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const TIMEOUT: Duration = Duration::from_secs(15);

/// One private tmux server, killed when dropped (even when a check fails).
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(width: u16, height: u16, command: &str) -> Tmux {
        match Command::new("tmux").arg("-V").output() {
            Ok(out) if out.status.success() => {}
            _ => panic!(
                "tmux is required for the end-to-end test but was not found on PATH; \
                 install it (e.g. `apt-get install tmux`; CI's .ci/run does this)"
            ),
        }
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let tmux = Tmux {
            socket: format!("newsreader-e2e-{}-{nanos}", std::process::id()),
        };
        // remain-on-exit keeps the pane after the reader exits so that its
        // screen state can still be inspected; it is set in the same tmux
        // invocation, before the reader can possibly quit.
        let out = tmux.run(&[
            "new-session",
            "-d",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            command,
            ";",
            "set-option",
            "remain-on-exit",
            "on",
        ]);
        assert!(
            out.status.success(),
            "tmux new-session failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        tmux
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-f", "/dev/null", "-L", &self.socket])
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("running tmux {args:?}: {e}"))
    }

    fn capture(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p"]).stdout).into_owned()
    }

    fn display(&self, format: &str) -> String {
        let out = self.run(&["display-message", "-p", format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend_from_slice(keys);
        assert!(self.run(&args).status.success(), "send-keys {keys:?}");
    }

    /// Poll the screen until `ok` holds; fail with the last screen.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if ok(&screen) {
                return screen;
            }
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {what}; screen was:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Wait until the status bar (the last screen row) starts with `text`.
    fn wait_status(&self, text: &str) -> String {
        let screen = self.wait_for(&format!("status {text:?}"), |s| {
            status_line(s).trim_start().starts_with(text)
        });
        status_line(&screen)
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

fn status_line(screen: &str) -> String {
    screen
        .lines()
        .rfind(|l| !l.trim().is_empty())
        .unwrap_or_default()
        .to_string()
}

/// Wait for the shell line after the reader to write its exit status.
fn wait_exit(tmux: &Tmux, exit_file: &std::path::Path) -> String {
    let start = Instant::now();
    loop {
        if let Ok(text) = std::fs::read_to_string(exit_file) {
            if text.ends_with('\n') {
                return text;
            }
        }
        assert!(
            start.elapsed() < TIMEOUT,
            "the reader did not exit; screen:\n{}",
            tmux.capture()
        );
        std::thread::sleep(Duration::from_millis(30));
    }
}

fn start_reader(width: u16, height: u16) -> (Tmux, tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let exit_file: PathBuf = dir.path().join("exit");
    let bin = env!("CARGO_BIN_EXE_newsreader");
    let command = format!("'{bin}'; echo EXIT=$? > '{}'", exit_file.display());
    (Tmux::start(width, height, &command), dir, exit_file)
}

#[test]
fn ctrl_c_quits_cleanly_even_over_the_help() {
    let (tmux, _dir, exit_file) = start_reader(90, 30);
    tmux.wait_for("the reader", |s| s.contains("Reader"));
    tmux.keys(&["?"]);
    tmux.wait_for("the help overlay", |s| s.contains("Keys"));
    tmux.keys(&["C-c"]);
    assert_eq!(wait_exit(&tmux, &exit_file).trim(), "EXIT=0");
    assert_eq!(tmux.display("#{alternate_on}"), "0");
}

#[test]
fn reader_opens_sample_walks_speakers_and_quits_cleanly() {
    let (tmux, _dir, exit_file) = start_reader(140, 40);
    let screen = tmux.wait_for("the three panes", |s| {
        s.contains("Articles") && s.contains("Reader") && s.contains("Entities")
    });
    assert!(
        screen.contains("Vladivostok"),
        "sample shown at once:\n{screen}"
    );
    assert_eq!(
        tmux.display("#{alternate_on}"),
        "1",
        "runs on the alternate screen"
    );
    let s = tmux.wait_status("1/");
    assert!(
        s.contains("words") && s.contains("? help"),
        "status bar: {s}"
    );

    tmux.keys(&["]"]);
    let s = tmux.wait_status("quote 1/");
    assert!(s.contains("· Kim Jong Un"), "{s}");
    tmux.keys(&["}"]);
    let s = tmux.wait_status("quote 2/");
    assert!(s.contains("· Bruce Klinger"), "{s}");
    tmux.keys(&["}"]);
    let s = tmux.wait_for("Mark P. Barry in the status", |s| {
        status_line(s).contains("· Mark P. Barry")
    });
    assert!(status_line(&s).trim_start().starts_with("quote "), "{s}");
    tmux.keys(&["{"]);
    tmux.wait_for("back to Bruce Klinger", |s| {
        status_line(s).contains("· Bruce Klinger")
    });

    // Narrower: the sidebar folds at once; wider again: it is back.
    tmux.run(&["resize-window", "-x", "90", "-y", "30"]);
    tmux.wait_for("the sidebar to fold at 90 columns", |s| {
        s.contains("Reader") && !s.contains("Entities")
    });
    tmux.run(&["resize-window", "-x", "140", "-y", "40"]);
    tmux.wait_for("the sidebar back at 140 columns", |s| {
        s.contains("Entities")
    });

    tmux.keys(&["?"]);
    tmux.wait_for("the help overlay", |s| s.contains("Keys"));
    tmux.keys(&["q"]);
    tmux.wait_for("q to close the help first", |s| {
        !s.contains("Keys ·") && s.contains("Reader")
    });

    tmux.keys(&["q"]);
    let exit = wait_exit(&tmux, &exit_file);
    assert_eq!(exit.trim(), "EXIT=0");
    assert_eq!(
        tmux.display("#{alternate_on}"),
        "0",
        "alternate screen left on exit"
    );
    let screen = tmux.capture();
    assert!(
        !screen.contains("Entities"),
        "reader screen not left behind:\n{screen}"
    );
}
