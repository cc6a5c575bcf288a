//! Reading articles from files and folders. Each file either becomes its
//! articles (one, or one per entry of a feed file) or a [`LoadError`]
//! naming it; one bad file never stops the rest, never panics and never
//! hangs:
//!
//! - the file type is checked before opening, so FIFOs and devices are
//!   refused instead of blocking or streaming forever;
//! - at most [`MAX_ARTICLE_BYTES`] are read, whatever the size claims;
//! - the front end is chosen by the file's extension, else by its first
//!   bytes ([`mod@format`]); text is decoded by [`mod@decode`] (UTF-8, UTF-16,
//!   else Windows-1252 with the article marked `repaired`), binary data is
//!   refused;
//! - a sidecar (`NAME.EXT.meta`, [`origin`]) beside a file adds where it
//!   came from;
//! - `-` is standard input, read once;
//! - the path shown as the article's `source` and in error messages goes
//!   through [`display_path`], which shows hidden characters as escapes.

pub mod decode;
pub mod error;
pub mod format;
pub mod front;
pub mod origin;
mod parallel;

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::article::Article;

pub use error::{FileKind, LoadError};

/// Files larger than this (16 MiB) are refused rather than read: no news
/// article is anywhere near it (the bundled ones are under 20 KiB), and a
/// file this size already takes the parser about half a second, far more if
/// it is one huge paragraph full of quotes. The limit is checked on the size
/// the file system reports before opening, and again while reading, since a
/// file can grow or misreport its size.
pub const MAX_ARTICLE_BYTES: u64 = 16 * 1024 * 1024;

/// What loading a set of paths gave: the articles, and what was skipped.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub errors: Vec<LoadError>,
}

/// Where standard input was spooled to (see [`spooled_stdin`]).
static SPOOLED_STDIN: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

/// Standard input was read into the temporary file `file` (the reader
/// reads each file again when it opens it, which a pipe cannot be): from
/// now on [`display_path`] shows that file as `standard input`, the name
/// a person gave it, never the temporary file's. Only the first call
/// counts: one process reads its standard input once.
pub fn spooled_stdin(file: &Path) {
    let _ = SPOOLED_STDIN.set(file.to_path_buf());
}

/// Whether `path` is the file standard input was spooled to.
pub fn is_spooled_stdin(path: &Path) -> bool {
    SPOOLED_STDIN.get().is_some_and(|f| f == path)
}

/// What standard input is called wherever a path would be shown.
pub const STDIN_NAME: &str = "standard input";

/// Whether `path` means standard input (`-`).
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Read and structure one file: its articles in file order (a feed file
/// gives one per entry). `source` in each article is the path as given,
/// sanitized for display.
pub fn load_file(path: &Path) -> Result<Vec<Article>, LoadError> {
    let bytes = read_file(path)?;
    let origin = (!is_stdin(path))
        .then(|| origin::read_sidecar(path))
        .flatten();
    front::parse_with(path, &bytes, origin.as_ref())
}

/// Article `entry` of the file at `path` (0 for a file of one article),
/// or, in a feed file and when `id` is given, the entry whose article id
/// ([`Article::id`]) it is: only that entry is structured. An entry no
/// longer there is [`LoadError::NoSuchEntry`].
pub fn load_entry(path: &Path, entry: usize, id: Option<&str>) -> Result<Article, LoadError> {
    let bytes = read_file(path)?;
    let is_feed =
        format::by_name(path).unwrap_or_else(|| format::sniff(&bytes)) == format::Input::Feed;
    if is_feed {
        return front::feed_entry(path, &bytes, entry, id);
    }
    let origin = (!is_stdin(path))
        .then(|| origin::read_sidecar(path))
        .flatten();
    let mut articles = front::parse_with(path, &bytes, origin.as_ref())?;
    if entry < articles.len() {
        Ok(articles.swap_remove(entry))
    } else {
        Err(LoadError::NoSuchEntry {
            path: path.to_path_buf(),
            entry,
        })
    }
}

/// The bytes of one article file, with every check [`load_file`] makes
/// before parsing: a regular file, within [`MAX_ARTICLE_BYTES`]. `-`
/// reads standard input (to its end, within the same limit).
pub fn read_file(path: &Path) -> Result<Vec<u8>, LoadError> {
    if is_stdin(path) {
        return read_stdin(path);
    }
    let meta = fs::metadata(path).map_err(|e| stat_error(path, e))?;
    check_regular(path, &meta)?;
    read_limited(path, meta.len())
}

fn read_stdin(path: &Path) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .take(MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|cause| LoadError::Io {
            path: path.to_path_buf(),
            cause,
        })?;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > MAX_ARTICLE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size: read,
        });
    }
    Ok(bytes)
}

/// Structure the bytes of one file, without a sidecar: the path every
/// file takes after reading, and what the fuzzer drives. `path` names the
/// articles and their errors, and its extension picks the front end (its
/// bytes do, when the extension is not one of [`format::EXTENSIONS`]).
pub fn parse_bytes(path: &Path, bytes: &[u8]) -> Result<Vec<Article>, LoadError> {
    front::parse_with(path, bytes, None)
}

/// A path as it may be shown on a terminal or in `dump`. A file name can
/// hold anything but `/` and NUL, escape sequences included: every
/// character a terminal could act on or that would hide text is shown as a
/// visible escape (`<U+009F>`, see [`crate::visible`]), never
/// dropped, so a name cannot hide part of itself. Other names are kept
/// exactly. Standard input spooled to a file is `standard input`.
pub fn display_path(path: &Path) -> String {
    if is_spooled_stdin(path) {
        return STDIN_NAME.to_string();
    }
    crate::visible(&path.to_string_lossy()).into_owned()
}

/// The error for a path whose `stat` failed, telling a dangling symlink
/// from a missing path.
fn stat_error(path: &Path, cause: io::Error) -> LoadError {
    let dangling = cause.kind() == io::ErrorKind::NotFound
        && fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if dangling {
        LoadError::BrokenLink {
            path: path.to_path_buf(),
        }
    } else {
        LoadError::Io {
            path: path.to_path_buf(),
            cause,
        }
    }
}

fn check_regular(path: &Path, meta: &fs::Metadata) -> Result<(), LoadError> {
    if meta.is_file() {
        return Ok(());
    }
    let kind = if meta.is_dir() {
        FileKind::Folder
    } else {
        FileKind::of(meta.file_type())
    };
    Err(LoadError::NotAFile {
        path: path.to_path_buf(),
        kind,
    })
}

/// Read at most [`MAX_ARTICLE_BYTES`] (plus one, to notice more).
fn read_limited(path: &Path, claimed: u64) -> Result<Vec<u8>, LoadError> {
    let too_large = |size| LoadError::TooLarge {
        path: path.to_path_buf(),
        size,
    };
    if claimed > MAX_ARTICLE_BYTES {
        return Err(too_large(claimed));
    }
    let io_err = |cause| LoadError::Io {
        path: path.to_path_buf(),
        cause,
    };
    let file = File::open(path).map_err(io_err)?;
    // The path may have been swapped for something else since the check.
    check_regular(path, &file.metadata().map_err(io_err)?)?;
    let mut bytes = Vec::with_capacity(usize::try_from(claimed).unwrap_or(0));
    file.take(MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_err)?;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > MAX_ARTICLE_BYTES {
        return Err(too_large(read));
    }
    Ok(bytes)
}

/// Load every path: files directly, folders walked recursively (article
/// files only, in name order, hidden entries skipped, each folder once even
/// through symlink loops).
pub fn load_paths<P: AsRef<Path>>(paths: &[P]) -> Loaded {
    let (files, mut errors) = find_files(paths);
    let mut articles = Vec::with_capacity(files.len());
    for result in parallel::load_all(&files) {
        match result {
            Ok(many) => articles.extend(many),
            Err(e) => errors.push(e),
        }
    }
    Loaded { articles, errors }
}

/// [`load_paths`] as a stream: each file's articles (or its error), turned
/// by `work` on the thread that loaded them, go to `each` in the same order
/// as soon as they are ready, and only a few files' articles are held at a
/// time, however many files there are; `each` returning `false` stops it.
/// Gives back the paths that could not be walked, which [`load_paths`]
/// lists first among its errors.
pub fn stream_paths<P: AsRef<Path>, T: Send>(
    paths: &[P],
    work: impl Fn(Result<Vec<Article>, LoadError>) -> T + Sync,
    each: impl FnMut(T) -> bool + Send,
) -> Vec<LoadError> {
    let (files, errors) = find_files(paths);
    parallel::stream(&files, work, each);
    errors
}

/// The files [`load_paths`] would read, in the same order, and the paths
/// that could not be walked.
pub fn find_files<P: AsRef<Path>>(paths: &[P]) -> (Vec<PathBuf>, Vec<LoadError>) {
    let (files, errors) = find_files_stat(paths);
    (files.into_iter().map(|(p, _)| p).collect(), errors)
}

/// [`find_files`] with each file's metadata, which the walk reads anyway:
/// callers that need sizes or times (the indexer, `add`) need not stat
/// every file a second time.
pub fn find_files_stat<P: AsRef<Path>>(
    paths: &[P],
) -> (Vec<(PathBuf, fs::Metadata)>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut seen_dirs = HashSet::new();
    for path in paths {
        let path = path.as_ref();
        if is_stdin(path) {
            // Standard input's own metadata (a pipe or a file); reading it
            // is `read_file`'s.
            match fs::metadata("/dev/stdin") {
                Ok(meta) => files.push((path.to_path_buf(), meta)),
                Err(e) => errors.push(stat_error(path, e)),
            }
            continue;
        }
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut seen_dirs, &mut files, &mut errors),
            Ok(meta) => files.push((path.to_path_buf(), meta)),
            Err(e) => errors.push(stat_error(path, e)),
        }
    }
    (files, errors)
}

fn walk(
    dir: &Path,
    seen: &mut HashSet<PathBuf>,
    files: &mut Vec<(PathBuf, fs::Metadata)>,
    errors: &mut Vec<LoadError>,
) {
    let io_err = |cause| LoadError::Io {
        path: dir.to_path_buf(),
        cause,
    };
    match fs::canonicalize(dir) {
        Ok(real) => {
            if !seen.insert(real) {
                return;
            }
        }
        Err(e) => return errors.push(io_err(e)),
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return errors.push(io_err(e)),
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => paths.push(entry.path()),
            Err(e) => errors.push(io_err(e)),
        }
    }
    // Names that are not UTF-8 still count; only dot-names are hidden.
    paths.retain(|p| {
        p.file_name()
            .is_some_and(|n| !n.to_string_lossy().starts_with('.'))
    });
    paths.sort();
    for path in paths {
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, seen, files, errors),
            Ok(meta) if is_article_name(&path) => files.push((path, meta)),
            Ok(_) => {}
            // A dangling link or a link loop: worth a word only where an
            // article was expected.
            Err(e) if is_article_name(&path) => errors.push(stat_error(&path, e)),
            Err(_) => {}
        }
    }
}

/// Whether a folder walk takes `path`: one of [`format::EXTENSIONS`]
/// (never a sidecar, which is read with its file).
pub fn is_article_name(path: &Path) -> bool {
    format::by_name(path).is_some()
}

#[cfg(test)]
mod tests;
