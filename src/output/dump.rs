//! `dump`: every article as JSON on standard output, each written as soon
//! as it and those before it are structured (serialized on the loading
//! threads), so memory stays flat on a library of any size and the first
//! article comes out at once; the messages after it.

use std::io;
use std::path::{Path, PathBuf};

use newsreader_core::loader;
use newsreader_library::library;

use super::{complain, json};

/// Dump `paths` (with none, the library, else the bundled samples) on
/// standard output. `Ok(false)` when a file could not be read or there
/// was nothing to dump, which the command's exit code tells a script; a
/// reader that closed the pipe early is no error.
pub fn dump(paths: &[PathBuf], library: Option<&Path>, pretty: bool) -> io::Result<bool> {
    let mut out = Some(json::ArticleStream::start(pretty));
    let mut failed = None;
    let streamed = library::open_each(
        paths,
        library,
        |article| json::fragment(article, pretty),
        |rendered| {
            let written = match (out.as_mut(), rendered) {
                (Some(Ok(stream)), Ok(bytes)) => stream.put(&bytes),
                (_, Err(e)) => Err(e),
                (Some(Err(_)) | None, _) => return false,
            };
            if let Err(e) = written {
                failed = Some(e);
            }
            failed.is_none()
        },
    );
    let written = match (out.take(), failed) {
        (_, Some(e)) | (Some(Err(e)), None) => Err(e),
        (Some(Ok(stream)), None) => stream.finish(),
        (None, None) => Ok(()),
    };
    for err in &streamed.errors {
        complain(&err.to_string());
    }
    // An empty result is almost always a wrong path or extension: say so,
    // and fail as for unreadable input, so a script notices.
    let empty = streamed.articles == 0;
    if empty {
        let names: Vec<String> = loader::files::format::EXTENSIONS
            .iter()
            .map(|(ext, _)| format!(".{ext}"))
            .collect();
        complain(&format!(
            "no articles in {} (folders are searched for {} files)",
            streamed.origin,
            names.join(", ")
        ));
    }
    json::until_closed(written)?;
    Ok(streamed.errors.is_empty() && !empty)
}
