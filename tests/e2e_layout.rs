//! End to end, what a newcomer sees first: the real binary on the bundled
//! samples (a fresh home) at 140×40, 80×24 and 50×20. The status bar hints
//! `? help` from the first frame, beside the samples note; `?` covers every
//! pane row, edge to edge, with each key row readable; at 140 columns the
//! list shows whole headlines.
//!
//! tmux must be installed (CI's `.ci/run` installs it); without it this test
//! fails with a message rather than passing or skipping silently.

#[path = "support/tmux.rs"]
mod tmux;

use tmux::{status_line, Reader};

#[test]
fn the_first_screen_hints_help_and_the_help_covers_the_panes_at_every_size() {
    for (w, h) in [(140u16, 40u16), (80, 24), (50, 20)] {
        let reader = Reader::start(w, h, &[], &[]);
        reader.go();
        let tmux = &reader.tmux;
        // The samples note and the help hint share the first status line.
        let first = tmux.wait_for("the samples note", |s| {
            status_line(s).contains("showing the bundled samples")
        });
        assert!(
            status_line(&first).contains("? help"),
            "{w}×{h}: no help hint on the first screen:\n{first}"
        );
        if w >= 140 {
            assert!(
                first.contains("North Korea Expels BBC Journalists"),
                "{w}×{h}: a headline cut in the list:\n{first}"
            );
        }
        tmux.keys(&["?"]);
        let help = tmux.wait_for("the help", |s| s.starts_with("┏ Keys"));
        let rows: Vec<&str> = help.lines().collect();
        let body = usize::from(h) - 1;
        for row in &rows[1..body - 1] {
            assert!(
                row.starts_with('┃') && (row.ends_with('┃') || row.ends_with('█')),
                "{w}×{h}: a pane shows beside the help:\n{help}"
            );
        }
        assert!(rows[body - 1].starts_with('┗'), "{w}×{h}:\n{help}");
        let words: String = help.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            words.contains("pane to the right / left"),
            "{w}×{h}: a key row is cut:\n{help}"
        );
        tmux.keys(&["q"]);
        tmux.wait_for("the help to close", |s| !s.starts_with("┏ Keys"));
        tmux.keys(&["q"]);
        assert_eq!(reader.wait_exit(), "EXIT=0");
    }
}
