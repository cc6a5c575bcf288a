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
        // The samples note and the help hint share the first status line;
        // everything is waited for at once, so a frame still being drawn
        // is never judged.
        tmux.wait_for(
            &format!("{w}×{h}: the samples note beside `? help`, whole headlines at 140"),
            |s| {
                let status = status_line(s);
                status.contains("showing the bundled samples")
                    && status.contains("? help")
                    && (w < 140 || s.contains("North Korea Expels BBC Journalists"))
            },
        );
        tmux.keys(&["?"]);
        let body = usize::from(h) - 1;
        // Every pane row edge to edge inside the help's border, the bottom
        // border in place, and no key row cut.
        tmux.wait_for(
            &format!("{w}×{h}: the help covering every pane row, no key row cut"),
            |s| {
                let rows: Vec<&str> = s.lines().collect();
                let words: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
                s.starts_with("┏ Keys")
                    && rows.len() >= body
                    && rows[1..body - 1].iter().all(|row| {
                        row.starts_with('┃') && (row.ends_with('┃') || row.ends_with('█'))
                    })
                    && rows[body - 1].starts_with('┗')
                    && words.contains("pane to the right / left")
            },
        );
        tmux.keys(&["q"]);
        tmux.wait_for("the help to close", |s| !s.starts_with("┏ Keys"));
        tmux.keys(&["q"]);
        assert_eq!(reader.wait_exit(), "EXIT=0");
    }
}
