//! `newsreader add FILE…`: copy articles into the library folder.
//!
//! Each file is read and structured first, so only what newsreader can
//! show goes in; it keeps its own extension (`story.md` stays Markdown),
//! and its sidecar (`story.md.meta`, where it came from) comes along;
//! `-` adds standard input under a name made from its title and the
//! extension its content calls for; a file whose exact bytes are already in the library is
//! not copied twice; a name already taken by other content gets a `-2`,
//! `-3`… suffix; nothing in the library is ever overwritten. Copies are
//! written to a hidden temporary name and linked into place, so a reader
//! refreshing at that moment never sees half a file.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use newsreader_core::loader::files::format::{self, Input};
use newsreader_core::loader::files::origin::{sidecar_path, MAX_SIDECAR_BYTES};
use newsreader_core::loader::files::{
    find_files, find_files_stat, is_stdin, parse_bytes, read_file,
};
use newsreader_core::loader::LoadError;

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
    let articles = parse_bytes(file, &bytes)?;
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
    let (stem, ext) = if is_stdin(file) {
        let title = articles.first().map_or("", |a| a.title.as_str());
        (slug(title), format::sniff(&bytes).extension().to_string())
    } else {
        name_parts(file, &bytes)
    };
    let tmp = library.join(format!(".{stem}.{}.adding", std::process::id()));
    fs::write(&tmp, &bytes).map_err(write_err(&tmp))?;
    let sidecar = (!is_stdin(file)).then(|| read_sidecar(file)).flatten();
    let result = link_free_name(library, &stem, &ext, &tmp, sidecar.as_deref());
    // The temporary name is hidden from the reader either way; best effort.
    let _ = fs::remove_file(&tmp);
    let dest = result.map_err(write_err(library))?;
    same_size.push(dest.clone());
    Ok(Some(dest))
}

/// Link `tmp` to the first of `stem.ext`, `stem-2.ext`, … not yet taken,
/// with `sidecar` beside it. Linking fails on an existing name, so two
/// `add`s racing for a name never overwrite each other. The sidecar goes
/// in first, so a reader indexing the new file always finds it.
fn link_free_name(
    library: &Path,
    stem: &str,
    ext: &str,
    tmp: &Path,
    sidecar: Option<&[u8]>,
) -> io::Result<PathBuf> {
    for n in 1u32.. {
        let name = if n == 1 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}-{n}.{ext}")
        };
        let dest = library.join(name);
        if fs::symlink_metadata(&dest).is_ok() {
            continue;
        }
        if let Some(meta) = sidecar {
            let side = sidecar_path(&dest);
            let side_tmp = library.join(format!(".{stem}.{}.meta.adding", std::process::id()));
            fs::write(&side_tmp, meta)?;
            let placed = fs::rename(&side_tmp, &side);
            if placed.is_err() {
                let _ = fs::remove_file(&side_tmp);
            }
            placed?;
        }
        match fs::hard_link(tmp, &dest) {
            Ok(()) => return Ok(dest),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other("no free file name"))
}

/// The name a file gets in the library. A file keeps an extension the
/// reader walks (`.md`, `.html`, `.xml`…); anything else gains the one
/// its content calls for (`.txt` for text, `.html` for a page, `.xml`
/// for a feed); a hidden name loses its dot, or the reader would skip it.
fn name_parts(file: &Path, bytes: &[u8]) -> (String, String) {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().trim_start_matches('.').to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "article".to_string());
    let ext = file.extension().and_then(|e| e.to_str());
    match ext {
        Some(ext) if format::by_name(file).is_some() => (stem, ext.to_string()),
        Some(other) => (format!("{stem}.{other}"), sniffed(bytes)),
        None => (stem, sniffed(bytes)),
    }
}

/// The extension content read from a file without a known one calls for.
/// Markdown is only ever known by name, so such a file is text.
fn sniffed(bytes: &[u8]) -> String {
    match format::sniff(bytes) {
        Input::Markdown => Input::Text,
        other => other,
    }
    .extension()
    .to_string()
}

/// A file name from a title: lowercase ASCII letters and digits joined by
/// `-`, at most 60 characters; `stdin` when nothing is left.
fn slug(title: &str) -> String {
    let mut out = String::new();
    for word in title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if out.len() + word.len() + 1 > 60 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_ascii_lowercase());
    }
    if out.is_empty() {
        "stdin".to_string()
    } else {
        out
    }
}

/// The bytes of `file`'s sidecar, when it has one of a sidecar's size.
fn read_sidecar(file: &Path) -> Option<Vec<u8>> {
    let side = sidecar_path(file);
    let meta = fs::metadata(&side).ok()?;
    (meta.is_file() && meta.len() <= MAX_SIDECAR_BYTES)
        .then(|| fs::read(&side).ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "A headline\n\nA first paragraph with \"a quote,\" said Ada Lovelace.\n";

    #[test]
    fn names_keep_article_extensions_and_gain_one_otherwise() {
        let parts = |p: &str| name_parts(Path::new(p), b"Title\n\nBody.");
        assert_eq!(parts("/x/kim.txt"), ("kim".into(), "txt".into()));
        assert_eq!(parts("kim.text"), ("kim".into(), "text".into()));
        assert_eq!(parts("kim.md"), ("kim".into(), "md".into()));
        assert_eq!(parts("kim.html"), ("kim".into(), "html".into()));
        assert_eq!(parts("kim.rss"), ("kim".into(), "rss".into()));
        assert_eq!(parts("kim"), ("kim".into(), "txt".into()));
        assert_eq!(parts("kim.odt"), ("kim.odt".into(), "txt".into()));
        assert_eq!(parts(".hidden.txt"), ("hidden".into(), "txt".into()));
        let feed = name_parts(Path::new("feed"), b"<?xml version=\"1.0\"?><rss>");
        assert_eq!(feed, ("feed".into(), "xml".into()));
        let page = name_parts(Path::new("page.php"), b"<!doctype html><html>");
        assert_eq!(page, ("page.php".into(), "html".into()));
    }

    #[test]
    fn a_markdown_file_keeps_its_name_and_its_sidecar_comes_along() {
        let dir = tempfile::tempdir().unwrap();
        let lib = dir.path().join("lib");
        let story = dir.path().join("story.md");
        fs::write(&story, "# Story\n\nBody text.\n").unwrap();
        let side = r#"{"content":"entry","url":"https://x.example/story"}"#;
        fs::write(sidecar_path(&story), side).unwrap();
        let report = add(&lib, &[&story]);
        assert_eq!(report.added, [lib.join("story.md")], "{report:?}");
        assert_eq!(fs::read_to_string(lib.join("story.md.meta")).unwrap(), side);
        // Added again under another name's content: the sidecar follows
        // the new name, the first one untouched.
        fs::write(&story, "# Story\n\nOther body.\n").unwrap();
        let again = add(&lib, &[&story]);
        assert_eq!(again.added, [lib.join("story-2.md")]);
        assert!(lib.join("story-2.md.meta").is_file());
        let names: Vec<_> = fs::read_dir(&lib)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 4, "no temporary file left: {names:?}");
    }

    #[test]
    fn slugs_are_short_plain_names() {
        assert_eq!(
            slug("“We will win,” says Jane Doe!"),
            "we-will-win-says-jane-doe"
        );
        assert_eq!(slug("日本"), "stdin");
        assert!(slug(&"word ".repeat(40)).len() <= 60);
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
