//! End to end: the real binary in tmux, ended by a signal from outside
//! (TERM, HUP, INT sent with `kill`, QUIT). After each, the process has
//! exited with 128 + the signal's number and the terminal is as the shell
//! needs it: out of the alternate screen, cursor shown, no mouse
//! reporting, and out of raw mode (the shell's own `stty -a` after the
//! reader says so).

#[path = "support/tmux.rs"]
mod tmux;

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use tmux::{home_env, quote, Tmux, TIMEOUT};

/// Every flag tmux keeps for a mode a program can leave the pane in.
const MODES: [&str; 7] = [
    "alternate_on",
    "mouse_any_flag",
    "mouse_all_flag",
    "mouse_button_flag",
    "mouse_standard_flag",
    "mouse_sgr_flag",
    "mouse_utf8_flag",
];

fn wait_file(path: &Path, tmux: &Tmux) -> String {
    let start = Instant::now();
    loop {
        if let Ok(text) = fs::read_to_string(path) {
            if text.ends_with('\n') {
                return text;
            }
        }
        assert!(
            start.elapsed() < TIMEOUT,
            "no {}; screen:\n{}",
            path.display(),
            tmux.capture()
        );
        std::thread::sleep(std::time::Duration::from_millis(30));
    }
}

/// The reader's pid: the one child of the pane's shell.
fn reader_pid(tmux: &Tmux) -> String {
    let shell = tmux.display("#{pane_pid}");
    let children = fs::read_to_string(format!("/proc/{shell}/task/{shell}/children"))
        .unwrap_or_else(|e| panic!("children of the pane's shell {shell}: {e}"));
    let pids: Vec<&str> = children.split_whitespace().collect();
    assert_eq!(
        pids.len(),
        1,
        "the shell should run only the reader: {pids:?}"
    );
    pids[0].to_string()
}

fn ends_cleanly_on(signal: &str, number: i32) {
    let dir = tempfile::tempdir().expect("tempdir");
    let exit_file = dir.path().join("exit");
    let stty_file = dir.path().join("stty");
    let bin = env!("CARGO_BIN_EXE_newsreader");
    let command = format!(
        "read _; {} {}; echo EXIT=$? > {}; stty -a > {}; echo SHELL-BACK; read _",
        home_env(&dir.path().join("home")),
        quote(bin),
        quote(&exit_file.to_string_lossy()),
        quote(&stty_file.to_string_lossy()),
    );
    let tmux = Tmux::start(100, 30, &command, &[]);
    tmux.keys(&["Enter"]);
    // The first frame (the samples' list) is drawn after the handlers are
    // in place, and with every mode the reader sets on.
    tmux.wait_for("the first frame", |s| s.contains("Kim"));
    for mode in ["alternate_on", "mouse_any_flag"] {
        assert_eq!(tmux.display(&format!("#{{{mode}}}")), "1", "{mode} before");
    }
    let pid = reader_pid(&tmux);
    let killed = Command::new("kill")
        .args(["-s", signal, &pid])
        .status()
        .expect("running kill");
    assert!(killed.success(), "kill -s {signal} {pid}");

    let exit = wait_file(&exit_file, &tmux);
    assert_eq!(
        exit.trim(),
        format!("EXIT={}", 128 + number),
        "after {signal}"
    );
    let stty = wait_file(&stty_file, &tmux);
    // tmux reads the pane's output in order: once the shell's line is on
    // screen, the reader's last bytes have been applied to the pane. The
    // shell then waits, so the pane is alive when its modes are read.
    tmux.wait_for("the shell's line", |s| s.contains("SHELL-BACK"));
    let words: Vec<&str> = stty.split_whitespace().collect();
    for mode in ["icanon", "echo", "isig"] {
        assert!(
            words.contains(&mode),
            "after {signal} the terminal is still raw ({mode} off):\n{stty}"
        );
    }
    for mode in MODES {
        assert_eq!(
            tmux.display(&format!("#{{{mode}}}")),
            "0",
            "{mode} still on after {signal}; screen:\n{}",
            tmux.capture()
        );
    }
    assert_eq!(
        tmux.display("#{cursor_flag}"),
        "1",
        "cursor hidden after {signal}"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    ends_cleanly_on("TERM", 15);
}

#[test]
fn sighup_restores_the_terminal() {
    ends_cleanly_on("HUP", 1);
}

#[test]
fn sigint_sent_as_a_signal_restores_the_terminal() {
    ends_cleanly_on("INT", 2);
}

#[test]
fn sigquit_restores_the_terminal() {
    ends_cleanly_on("QUIT", 3);
}
