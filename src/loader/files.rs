//! Reading articles from files and folders. Each file either becomes an
//! article or a [`LoadError`] naming it; one bad file never stops the rest.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::article::Article;

/// Files larger than this are refused rather than read: no news article is
/// anywhere near it, and reading a huge file would freeze the reader.
pub const MAX_ARTICLE_BYTES: u64 = 16 * 1024 * 1024;

/// File extensions taken when walking a folder. A file named explicitly is
/// read whatever its name.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text"];

#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{}: {size} bytes is more than the {MAX_ARTICLE_BYTES}-byte limit for one article", path.display())]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{}: not a regular file or folder", path.display())]
    NotAFile { path: PathBuf },
    #[error("{}: looks like binary data, not article text", path.display())]
    Binary { path: PathBuf },
}

impl LoadError {
    /// The path the error is about.
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Io { path, .. }
            | LoadError::TooLarge { path, .. }
            | LoadError::NotAFile { path }
            | LoadError::Binary { path } => path,
        }
    }
}

/// What loading a set of paths gave: the articles, and what was skipped.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub errors: Vec<LoadError>,
}

/// Read and structure one file. `source` in the article is the path as given.
pub fn load_file(path: &Path) -> Result<Article, LoadError> {
    let io_err = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let meta = fs::metadata(path).map_err(io_err)?;
    if !meta.is_file() {
        return Err(LoadError::NotAFile {
            path: path.to_path_buf(),
        });
    }
    if meta.len() > MAX_ARTICLE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
        });
    }
    let bytes = fs::read(path).map_err(io_err)?;
    let text = decode(&bytes).ok_or_else(|| LoadError::Binary {
        path: path.to_path_buf(),
    })?;
    Ok(super::parse(&path.to_string_lossy(), &text))
}

/// Text from bytes: UTF-8 where valid, else a lossy decode; `None` for data
/// that is plainly not text (NUL bytes).
fn decode(bytes: &[u8]) -> Option<String> {
    if bytes.contains(&0) {
        return None;
    }
    Some(match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    })
}

/// Load every path: files directly, folders walked recursively (article
/// files only, in name order, hidden entries skipped, each folder once even
/// through symlink loops).
pub fn load_paths<P: AsRef<Path>>(paths: &[P]) -> Loaded {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut seen_dirs = HashSet::new();
    for path in paths {
        let path = path.as_ref();
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut seen_dirs, &mut files, &mut errors),
            Ok(_) => files.push(path.to_path_buf()),
            Err(source) => errors.push(LoadError::Io {
                path: path.to_path_buf(),
                source,
            }),
        }
    }
    let mut articles = Vec::with_capacity(files.len());
    for file in files {
        match load_file(&file) {
            Ok(article) => articles.push(article),
            Err(e) => errors.push(e),
        }
    }
    Loaded { articles, errors }
}

fn walk(
    dir: &Path,
    seen: &mut HashSet<PathBuf>,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<LoadError>,
) {
    let io_err = |source| LoadError::Io {
        path: dir.to_path_buf(),
        source,
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
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| !n.starts_with('.'))
        })
        .collect();
    paths.sort();
    for path in paths {
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, seen, files, errors),
            Ok(_) if is_article_name(&path) => files.push(path),
            Ok(_) => {}
            Err(source) => errors.push(LoadError::Io { path, source }),
        }
    }
}

fn is_article_name(path: &Path) -> bool {
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
}
