//! Reading articles from files and folders. Each file either becomes an
//! article or a [`LoadError`] naming it; one bad file never stops the rest,
//! never panics and never hangs:
//!
//! - the file type is checked before opening, so FIFOs and devices are
//!   refused instead of blocking or streaming forever;
//! - at most [`MAX_ARTICLE_BYTES`] are read, whatever the size claims;
//! - bytes are decoded by [`decode`] (UTF-8, UTF-16, else Windows-1252 with
//!   the article marked `repaired`), binary data is refused;
//! - the path shown as the article's `source` and in error messages goes
//!   through [`display_path`], which shows hidden characters as escapes.

pub mod decode;
pub mod error;
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

/// File extensions taken when walking a folder. A file named explicitly is
/// read whatever its name.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text"];

/// What loading a set of paths gave: the articles, and what was skipped.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub errors: Vec<LoadError>,
}

/// Read and structure one file. `source` in the article is the path as
/// given, sanitized for display.
pub fn load_file(path: &Path) -> Result<Article, LoadError> {
    parse_bytes(path, &read_file(path)?)
}

/// The bytes of one article file, with every check [`load_file`] makes
/// before parsing: a regular file, within [`MAX_ARTICLE_BYTES`].
pub fn read_file(path: &Path) -> Result<Vec<u8>, LoadError> {
    let meta = fs::metadata(path).map_err(|e| stat_error(path, e))?;
    check_regular(path, &meta)?;
    read_limited(path, meta.len())
}

/// Decode and structure the bytes of one file: the path every file takes
/// after reading, and what the fuzzer drives. `path` names the article and
/// its errors.
pub fn parse_bytes(path: &Path, bytes: &[u8]) -> Result<Article, LoadError> {
    let decoded = decode::decode(bytes).ok_or_else(|| LoadError::Binary {
        path: path.to_path_buf(),
    })?;
    let empty = || LoadError::Empty {
        path: path.to_path_buf(),
    };
    if decoded.text.trim().is_empty() {
        return Err(empty());
    }
    let mut article = super::parse(&display_path(path), &decoded.text);
    // Text made only of control sequences sanitizes to nothing.
    if article.blocks.is_empty() && article.title.trim().is_empty() {
        return Err(empty());
    }
    article.repaired = decoded.repaired;
    Ok(article)
}

/// A path as it may be shown on a terminal or in `dump`. A file name can
/// hold anything but `/` and NUL, escape sequences included: every
/// character a terminal could act on or that would hide text is shown as a
/// visible escape (`<U+009F>`, see [`crate::output::visible`]), never
/// dropped, so a name cannot hide part of itself. Other names are kept
/// exactly.
pub fn display_path(path: &Path) -> String {
    crate::output::visible(&path.to_string_lossy()).into_owned()
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
            Ok(article) => articles.push(article),
            Err(e) => errors.push(e),
        }
    }
    Loaded { articles, errors }
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

pub(crate) fn is_article_name(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|a| a.eq_ignore_ascii_case(e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_folders_for_article_files_and_reports_missing_paths() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        fs::write(dir.path().join("b.txt"), "Second\n\nBody two.").unwrap();
        fs::write(dir.path().join("sub/a.txt"), "First\n\nBody one.").unwrap();
        fs::write(dir.path().join("notes.md"), "# not an article").unwrap();
        fs::write(dir.path().join(".hidden.txt"), "hidden").unwrap();
        let missing = dir.path().join("missing.txt");
        let loaded = load_paths(&[dir.path().to_path_buf(), missing.clone()]);
        let sources: Vec<_> = loaded.articles.iter().map(|a| a.source.clone()).collect();
        assert_eq!(sources.len(), 2, "{sources:?}");
        assert!(sources[0].ends_with("b.txt") && sources[1].ends_with("a.txt"));
        assert_eq!(loaded.errors.len(), 1);
        assert_eq!(loaded.errors[0].path(), missing.as_path());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_loop_is_walked_once() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "Title\n\nBody.").unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
        let loaded = load_paths(&[dir.path()]);
        assert_eq!(loaded.articles.len(), 1);
    }

    #[test]
    fn binary_and_oversized_files_are_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let bin = dir.path().join("x.txt");
        fs::write(&bin, b"\x00\x01\x02").unwrap();
        let err = load_file(&bin).unwrap_err();
        assert!(matches!(err, LoadError::Binary { .. }));
        assert!(err.to_string().contains("x.txt"));
    }

    #[test]
    fn empty_and_blank_files_are_refused_as_empty() {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in [
            ("e.txt", ""),
            ("w.txt", " \n\t\r\n"),
            ("c.txt", "\x1b[2J\x07"),
        ] {
            let path = dir.path().join(name);
            fs::write(&path, text).unwrap();
            let err = load_file(&path).unwrap_err();
            assert!(matches!(err, LoadError::Empty { .. }), "{name}: {err}");
            assert!(err
                .to_string()
                .ends_with(&format!("{name}: empty (no readable text), skipped")));
        }
    }

    #[test]
    fn a_file_over_the_limit_is_refused_unread() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        File::create(&path)
            .unwrap()
            .set_len(MAX_ARTICLE_BYTES + 1)
            .unwrap();
        let err = load_file(&path).unwrap_err();
        assert!(matches!(err, LoadError::TooLarge { size, .. } if size == MAX_ARTICLE_BYTES + 1));
        assert!(err
            .to_string()
            .contains("big.txt: 16777217 bytes is more than the 16 MiB limit"));
    }

    #[test]
    fn a_folder_given_as_a_file_is_not_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let err = load_file(dir.path()).unwrap_err();
        assert!(
            matches!(
                err,
                LoadError::NotAFile {
                    kind: FileKind::Folder,
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn missing_paths_and_dangling_links_say_which() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.txt");
        let err = load_file(&missing).unwrap_err();
        assert!(
            err.to_string()
                .ends_with("missing.txt: No such file or folder, skipped"),
            "{err}"
        );
        #[cfg(unix)]
        {
            let link = dir.path().join("link.txt");
            std::os::unix::fs::symlink(&missing, &link).unwrap();
            let err = load_file(&link).unwrap_err();
            assert!(matches!(err, LoadError::BrokenLink { .. }), "{err}");
        }
    }

    #[test]
    fn display_path_keeps_plain_names_and_cleans_hostile_ones() {
        let plain = Path::new("/news/Café  du monde (2).txt");
        assert_eq!(display_path(plain), "/news/Café  du monde (2).txt");
        let hostile = Path::new("a\x1b]0;title\x07b\x1b[2J\nc\u{202e}d.txt");
        assert_eq!(
            display_path(hostile),
            "a<U+001B>]0;title<U+0007>b<U+001B>[2J<U+000A>c<U+202E>d.txt"
        );
        // An 8-bit string introducer hides nothing after it.
        let spoof = Path::new("news/Reuters.txt\u{9f}-fake.txt");
        assert_eq!(display_path(spoof), "news/Reuters.txt<U+009F>-fake.txt");
    }

    #[cfg(unix)]
    #[test]
    fn a_non_utf8_name_is_walked_and_shown_lossily() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
        fs::write(dir.path().join(name), "Title\n\nBody.").unwrap();
        let loaded = load_paths(&[dir.path()]);
        assert_eq!(loaded.articles.len(), 1, "{:?}", loaded.errors);
        assert!(loaded.articles[0].source.ends_with("caf\u{fffd}.txt"));
    }
}
