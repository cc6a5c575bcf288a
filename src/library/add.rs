//! `newsreader add FILE…`: copy articles into the library folder.
//!
//! Each file is read and structured first, so only what newsreader can
//! show goes in; a file whose exact bytes are already in the library is
//! not copied twice; a name already taken by other content gets a `-2`,
//! `-3`… suffix; nothing in the library is ever overwritten. Copies are
//! written to a hidden temporary name and linked into place, so a reader
//! refreshing at that moment never sees half a file.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::loader::files::{find_files, find_files_stat, parse_bytes, read_file};
use crate::loader::LoadError;

/// What `add` did with each path.
#[derive(Debug, Default)]
pub struct AddReport {
    /// Where each new article was written.
    pub added: Vec<PathBuf>,
    /// Files whose bytes were already in the library.
    pub present: Vec<PathBuf>,
    pub errors: Vec<AddError>,
}

#[derive(Debug, thiserror::Error)]
pub enum AddError {
    /// The file is not an article newsreader can read.
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("{}: cannot write into the library: {cause}", path.display())]
    Write {
        path: PathBuf,
        /// In the message, so not a `source()`: a printed chain would repeat it.
        cause: io::Error,
    },
}

/// Copy the articles at `paths` (files, or folders walked as the reader
/// walks them) into `library`, creating it if needed.
pub fn add<P: AsRef<Path>>(library: &Path, paths: &[P]) -> AddReport {
    let mut report = AddReport::default();
    let (files, errors) = find_files(paths);
    report.errors.extend(errors.into_iter().map(AddError::from));
    if files.is_empty() {
        return report;
    }
    if let Err(cause) = fs::create_dir_all(library) {
        report.errors.push(AddError::Write {
            path: library.to_path_buf(),
            cause,
        });
        return report;
    }
    // Files in the library by size: a copy can only equal a file of its
    // size, so most are never read, and the folder is walked once.
    let mut by_size: HashMap<u64, Vec<PathBuf>> = HashMap::new();
    for (f, meta) in find_files_stat(&[library]).0 {
        by_size.entry(meta.len()).or_default().push(f);
    }
    for file in files {
        match add_one(library, &file, &mut by_size) {
            Ok(Some(dest)) => report.added.push(dest),
            Ok(None) => report.present.push(file),
            Err(e) => report.errors.push(e),
        }
    }
    report
}

/// Copy one file; `None` when its bytes are already in the library.
fn add_one(
    library: &Path,
    file: &Path,
    by_size: &mut HashMap<u64, Vec<PathBuf>>,
) -> Result<Option<PathBuf>, AddError> {
    let bytes = read_file(file)?;
    parse_bytes(file, &bytes)?;
    let write_err = |path: &Path| {
        let path = path.to_path_buf();
        move |cause| AddError::Write { path, cause }
    };
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    let same_size = by_size.entry(size).or_default();
    if same_size
        .iter()
        .any(|f| fs::read(f).is_ok_and(|b| b == bytes))
    {
        return Ok(None);
    }
    let (stem, ext) = name_parts(file);
    let tmp = library.join(format!(".{stem}.{}.adding", std::process::id()));
    fs::write(&tmp, &bytes).map_err(write_err(&tmp))?;
    let result = link_free_name(library, &stem, &ext, &tmp);
    // The temporary name is hidden from the reader either way; best effort.
    let _ = fs::remove_file(&tmp);
    let dest = result.map_err(write_err(library))?;
    same_size.push(dest.clone());
    Ok(Some(dest))
}

/// Link `tmp` to the first of `stem.ext`, `stem-2.ext`, … not yet taken.
/// Linking fails on an existing name, so two `add`s racing for a name
/// never overwrite each other.
fn link_free_name(library: &Path, stem: &str, ext: &str, tmp: &Path) -> io::Result<PathBuf> {
    for n in 1u32.. {
        let name = if n == 1 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}-{n}.{ext}")
        };
        let dest = library.join(name);
        match fs::hard_link(tmp, &dest) {
            Ok(()) => return Ok(dest),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other("no free file name"))
}

/// The name a file gets in the library. The reader only walks `.txt` and
/// `.text` files, so anything else gains `.txt`; a hidden name loses its
/// dot, or the reader would skip it.
fn name_parts(file: &Path) -> (String, String) {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().trim_start_matches('.').to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "article".to_string());
    match file.extension().and_then(|e| e.to_str()) {
        Some(ext @ ("txt" | "text")) => (stem, ext.to_string()),
        Some(other) => (format!("{stem}.{other}"), "txt".to_string()),
        None => (stem, "txt".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "A headline\n\nA first paragraph with \"a quote,\" said Ada Lovelace.\n";

    #[test]
    fn names_keep_article_extensions_and_gain_txt_otherwise() {
        let parts = |p: &str| name_parts(Path::new(p));
        assert_eq!(parts("/x/kim.txt"), ("kim".into(), "txt".into()));
        assert_eq!(parts("kim.text"), ("kim".into(), "text".into()));
        assert_eq!(parts("kim.md"), ("kim.md".into(), "txt".into()));
        assert_eq!(parts("kim"), ("kim".into(), "txt".into()));
        assert_eq!(parts(".hidden.txt"), ("hidden".into(), "txt".into()));
    }

    #[test]
    fn copies_once_and_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let lib = dir.path().join("lib");
        let src = dir.path().join("src");
        fs::create_dir_all(src.join("other")).unwrap();
        fs::write(src.join("a.txt"), ARTICLE).unwrap();
        let other = format!("{ARTICLE}\nAnother paragraph.\n");
        fs::write(src.join("other/a.txt"), &other).unwrap();

        let first = add(&lib, &[src.join("a.txt")]);
        assert_eq!(first.added, [lib.join("a.txt")]);
        assert!(first.errors.is_empty());

        // Same bytes again: nothing new. Other bytes under the same name:
        // a second name, the first file untouched.
        let again = add(&lib, &[src.join("a.txt"), src.join("other/a.txt")]);
        assert_eq!(again.present, [src.join("a.txt")]);
        assert_eq!(again.added, [lib.join("a-2.txt")]);
        assert_eq!(fs::read_to_string(lib.join("a.txt")).unwrap(), ARTICLE);
        assert_eq!(fs::read_to_string(lib.join("a-2.txt")).unwrap(), other);
        // No temporary file is left behind.
        let names: Vec<_> = fs::read_dir(&lib)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn what_cannot_be_read_is_reported_and_not_copied() {
        let dir = tempfile::tempdir().unwrap();
        let lib = dir.path().join("lib");
        let empty = dir.path().join("empty.txt");
        fs::write(&empty, "").unwrap();
        let missing = dir.path().join("missing.txt");
        let report = add(&lib, &[empty.clone(), missing]);
        assert!(report.added.is_empty());
        assert_eq!(report.errors.len(), 2);
        let messages: Vec<String> = report.errors.iter().map(|e| e.to_string()).collect();
        for name in ["empty.txt", "missing.txt"] {
            assert!(messages.iter().any(|m| m.contains(name)), "{messages:?}");
        }
    }

    #[test]
    fn a_folder_adds_its_articles() {
        let dir = tempfile::tempdir().unwrap();
        let lib = dir.path().join("lib");
        let src = dir.path().join("src");
        fs::create_dir_all(&src).unwrap();
        fs::write(src.join("one.txt"), ARTICLE).unwrap();
        fs::write(src.join("two.txt"), format!("Two\n\n{ARTICLE}")).unwrap();
        fs::write(src.join("notes.odt"), "not walked").unwrap();
        let report = add(&lib, &[&src]);
        assert_eq!(report.added.len(), 2, "{report:?}");
        assert!(lib.join("one.txt").is_file() && lib.join("two.txt").is_file());
    }
}
