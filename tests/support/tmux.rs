//! A private tmux server for end-to-end tests of the real binary: a unique
//! `-L` socket per test, killed on drop (even when a check fails), and
//! polling helpers that wait for the screen instead of sleeping blindly.
//!
//! Rules that keep these tests independent of timing (a busy machine
//! runs the reader late, never differently):
//!
//! * Check a screen only through [`Tmux::wait_for`] with the whole state
//!   expected in the predicate. A capture can catch a frame half written
//!   (a frame reaches the terminal in several writes), so a check on one
//!   capture, or a wait for one part followed by asserts on the rest,
//!   fails when the reader is slow. The status bar is the last row drawn:
//!   a capture whose status bar shows an event's effect holds the whole
//!   frame drawn above it.
//! * Escape only through [`Tmux::escape`], which waits until the screen
//!   shows what Escape did. A lone ESC followed by another key in the same
//!   read is Alt-that-key to the terminal library, and a reader that is
//!   late to read gets both at once. [`Tmux::keys`] refuses Escape.
//! * Ask tmux about the terminal's modes with [`Tmux::wait_display`]:
//!   the reader may have exited before tmux has read its last bytes.
//!
//! tmux must be installed (CI's `.ci/run` installs it); without it a test
//! fails with a message rather than passing or skipping silently.

// Each test crate that includes this uses only some of the helpers.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// A hang guard, not a performance bound: generous for a loaded CI box.
pub const TIMEOUT: Duration = Duration::from_secs(60);

pub struct Tmux {
    socket: String,
}

/// Single-quote `s` for the shell tmux runs the command with.
pub fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

impl Tmux {
    /// A detached `width`×`height` session running `command` (a shell
    /// line). `setup` are tmux commands run in the same invocation, before
    /// the command can have written anything that matters.
    pub fn start(width: u16, height: u16, command: &str, setup: &[&[&str]]) -> Tmux {
        match Command::new("tmux").arg("-V").output() {
            Ok(out) if out.status.success() => {}
            _ => panic!(
                "tmux is required for the end-to-end tests but was not found on PATH; \
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
        let (w, h) = (width.to_string(), height.to_string());
        let mut args: Vec<&str> = vec!["new-session", "-d", "-x", &w, "-y", &h, command];
        // remain-on-exit keeps the pane after the reader exits so that its
        // screen state can still be inspected.
        for cmd in [&["set-option", "remain-on-exit", "on"][..]]
            .iter()
            .chain(setup)
        {
            args.push(";");
            args.extend_from_slice(cmd);
        }
        let out = tmux.run(&args);
        assert!(
            out.status.success(),
            "tmux new-session failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        tmux
    }

    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-f", "/dev/null", "-L", &self.socket])
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("running tmux {args:?}: {e}"))
    }

    pub fn capture(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p"]).stdout).into_owned()
    }

    pub fn display(&self, format: &str) -> String {
        let out = self.run(&["display-message", "-p", format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Send `keys` (tmux key names). Escape is refused: see
    /// [`Tmux::escape`].
    pub fn keys(&self, keys: &[&str]) {
        if let Some(key) = keys.iter().find(|k| is_escape(k)) {
            panic!(
                "keys({keys:?}): send {key:?} with Tmux::escape, which waits until the screen \
                 shows what it did; a key sent right after a lone Escape can arrive in the \
                 same read and be taken for Alt-that-key"
            );
        }
        self.send(keys);
    }

    /// Send Escape, then wait until `ok` holds, which must be something
    /// Escape changes: it must not hold before, or the wait would not show
    /// that the reader has read the Escape before the next key is sent.
    /// Returns the screen.
    pub fn escape(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let before = self.capture();
        assert!(
            !ok(&before),
            "escape(): {what} already holds before Escape is sent, so waiting for it \
             cannot show that the reader read the Escape; wait for what Escape \
             changes. Screen:\n{before}"
        );
        self.send(&["Escape"]);
        self.wait_for(what, ok)
    }

    fn send(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend_from_slice(keys);
        let out = self.run(&args);
        assert!(
            out.status.success(),
            "send-keys {keys:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Poll the screen until `ok` holds; fail with the last screen.
    pub fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
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

    /// Wait until tmux's `format` (e.g. `#{alternate_on}`) is `want`.
    pub fn wait_display(&self, format: &str, want: &str) {
        let start = Instant::now();
        loop {
            let got = self.display(format);
            if got == want {
                return;
            }
            if start.elapsed() > TIMEOUT {
                panic!(
                    "timed out waiting for {format} to be {want:?}, it is {got:?}; screen:\n{}",
                    self.capture()
                );
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Like [`Tmux::wait_for`], for a reader that has no more to draw, when
    /// the status bar cannot show that the frame is whole: waits until
    /// `ok` holds on two captures in a row that are the same, so a frame
    /// caught half written is never the one returned.
    pub fn wait_settled(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let mut last = self.wait_for(what, &ok);
        loop {
            std::thread::sleep(Duration::from_millis(30));
            let screen = self.wait_for(what, &ok);
            if screen == last {
                return screen;
            }
            last = screen;
        }
    }

    /// Wait until the status bar (the last screen row) starts with `text`;
    /// returns that row. Only the start is sure to be drawn: put anything
    /// else the row must hold into a [`Tmux::wait_for`].
    pub fn wait_status(&self, text: &str) -> String {
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

/// A key name (or literal text) that sends a lone ESC.
fn is_escape(key: &str) -> bool {
    matches!(key.to_ascii_lowercase().as_str(), "escape" | "esc" | "c-[") || key.contains('\x1b')
}

/// The last non-blank screen row: the status bar.
pub fn status_line(screen: &str) -> String {
    screen
        .lines()
        .rfind(|l| !l.trim().is_empty())
        .unwrap_or_default()
        .to_string()
}

/// Shell assignments that give the reader `home` as its home, data and
/// config dirs: tests never read or write the real ones.
pub fn home_env(home: &Path) -> String {
    let at = |sub: &str| quote(&home.join(sub).to_string_lossy());
    format!(
        "HOME={} XDG_DATA_HOME={} XDG_CONFIG_HOME={}",
        at(""),
        at(".local/share"),
        at(".config")
    )
}

/// The reader, started in a session that holds it until [`Reader::go`]:
/// the command first waits for a line of input, so options set after
/// `start` are in force before the reader writes a byte.
pub struct Reader {
    pub tmux: Tmux,
    exit_file: PathBuf,
    _dir: tempfile::TempDir,
}

impl Reader {
    /// The reader on `args`, with a fresh home of its own.
    pub fn start(width: u16, height: u16, args: &[&Path], setup: &[&[&str]]) -> Reader {
        Reader::start_at(None, width, height, args, setup)
    }

    /// The reader with `home` as its home (a fresh one when `None`): runs
    /// that share a home share the library, state and config.
    pub fn start_at(
        home: Option<&Path>,
        width: u16,
        height: u16,
        args: &[&Path],
        setup: &[&[&str]],
    ) -> Reader {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let exit_file = dir.path().join("exit");
        let own_home = dir.path().join("home");
        let home = home.unwrap_or(&own_home);
        let bin = env!("CARGO_BIN_EXE_newsreader");
        let paths: Vec<String> = args.iter().map(|p| quote(&p.to_string_lossy())).collect();
        // A home of the test's own: the developer's library, state and
        // config never change what a test sees, nor does a test touch them.
        let command = format!(
            "read _; {} {} {}; echo EXIT=$? > {}",
            home_env(home),
            quote(bin),
            paths.join(" "),
            quote(&exit_file.to_string_lossy())
        );
        Reader {
            tmux: Tmux::start(width, height, &command, setup),
            exit_file,
            _dir: dir,
        }
    }

    /// Let the held command run.
    pub fn go(&self) {
        self.tmux.keys(&["Enter"]);
    }

    /// Wait for the reader to exit and return its `EXIT=n` line.
    pub fn wait_exit(&self) -> String {
        let start = Instant::now();
        loop {
            if let Ok(text) = std::fs::read_to_string(&self.exit_file) {
                if text.ends_with('\n') {
                    return text.trim().to_string();
                }
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "the reader did not exit; screen:\n{}",
                self.tmux.capture()
            );
            std::thread::sleep(Duration::from_millis(30));
        }
    }
}

/// An executable stub that writes its argument (or its stdin) to `out`
/// whole, by rename.
pub fn stub(dir: &Path, name: &str, body: &str, out: &Path) -> PathBuf {
    let path = dir.join(name);
    let tmp = quote(&format!("{}.tmp", out.display()));
    let out = quote(&out.to_string_lossy());
    std::fs::write(
        &path,
        format!("#!/bin/sh\n{body} > {tmp} && mv {tmp} {out}\n"),
    )
    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755));
    }
    path
}

/// Wait until `path` exists and return what it holds.
pub fn wait_file(path: &Path, tmux: &Tmux) -> String {
    let start = Instant::now();
    loop {
        if let Ok(text) = std::fs::read_to_string(path) {
            return text;
        }
        assert!(
            start.elapsed() < TIMEOUT,
            "{} was not written; screen:\n{}",
            path.display(),
            tmux.capture()
        );
        std::thread::sleep(std::time::Duration::from_millis(30));
    }
}
