//! The one escaping path for text newsreader writes outside the reader's
//! own screen model: every line the binary prints (errors, warnings,
//! summaries, paths, usage errors that echo an argument) and every file
//! name shown anywhere. A config key, a TOML line or a file name can hold
//! raw escape sequences; printed as they are, they would retitle the
//! window or write the clipboard (OSC 52) of whoever runs the command.
//!
//! Nothing is dropped: each character a terminal could act on, or that
//! would hide or reorder text around it, is shown as a visible escape in
//! one style, `<U+009F>`, so a name never hides part of itself
//! (`Reuters.txt<U+009F>-fake.txt`, not `Reuters.txt`).

pub mod dump;
pub mod json;
pub mod usage;

use std::io::{self, Write};

/// The escaping itself lives in the core, which the loader's errors use
/// too; re-exported so every caller keeps writing `output::visible`.
pub use newsreader_core::{is_hidden, visible};

/// Text of several lines (a usage message) with each line made
/// [`visible`]: the line breaks stay, everything else hidden is escaped.
pub fn visible_lines(s: &str) -> String {
    s.split('\n').map(visible).collect::<Vec<_>>().join("\n")
}

/// Write `line` and a line break to `out`, made [`visible`].
pub fn write_line(out: &mut impl Write, line: &str) -> io::Result<()> {
    writeln!(out, "{}", visible(line))
}

/// Print `line` on standard output, made [`visible`]. A closed pipe is
/// the caller's to decide on, so the error is returned.
pub fn say(line: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    write_line(&mut out, line)?;
    out.flush()
}

/// Print `message` on standard error as `newsreader: message`, made
/// [`visible`]. Nothing is left to do when standard error is gone.
pub fn complain(message: &str) {
    let _ = write_line(&mut io::stderr().lock(), &format!("newsreader: {message}"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_their_breaks_and_lose_their_escapes() {
        assert_eq!(
            visible_lines("error: '\x1b[2J'\n\nUsage: x"),
            "error: '<U+001B>[2J'\n\nUsage: x"
        );
    }
}
