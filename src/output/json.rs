//! `dump`'s JSON on standard output, and the rule every write to a pipe
//! follows: a reader that closed it early (`dump | head`) has all it
//! wanted, so that ends the command quietly, as `cat` and ripgrep do.

use std::io::{self, Write};

use crate::article::Article;

#[derive(serde::Serialize)]
struct DumpDoc<'a> {
    articles: &'a [Article],
}

/// The `dump` document of `articles` and a line break on standard output.
pub fn write_articles(articles: &[Article], pretty: bool) -> io::Result<()> {
    until_closed(write_doc(&DumpDoc { articles }, pretty))
}

fn write_doc(doc: &DumpDoc<'_>, pretty: bool) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, unbuffered_stdout());
    if pretty {
        serde_json::to_writer_pretty(&mut out, doc)
    } else {
        serde_json::to_writer(&mut out, doc)
    }?;
    writeln!(out)?;
    out.flush()
}

/// Standard output without the line buffering `Stdout` keeps: it searches
/// every chunk written to it for its last line break, a whole extra pass
/// over the document, where the `BufWriter` around it already makes every
/// write large. The same bytes reach the same file either way.
#[cfg(unix)]
fn unbuffered_stdout() -> Box<dyn Write> {
    use std::os::fd::AsFd;
    match io::stdout().as_fd().try_clone_to_owned() {
        Ok(fd) => Box::new(std::fs::File::from(fd)),
        Err(_) => Box::new(io::stdout().lock()),
    }
}

#[cfg(not(unix))]
fn unbuffered_stdout() -> Box<dyn Write> {
    Box::new(io::stdout().lock())
}

/// A write to standard output that counts as done when the reader of the
/// pipe closed it.
pub fn until_closed(written: io::Result<()>) -> io::Result<()> {
    match written {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
