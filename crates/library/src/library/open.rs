//! What the reader and `dump` open: the paths given, else the library
//! when it holds articles, else the bundled samples, with a note saying
//! why the samples are shown.

use std::path::{Path, PathBuf};

use newsreader_core::article::Article;
use newsreader_core::loader::{self, LoadError, Loaded};

/// What the reader opens: files and folders it indexes in the background,
/// or the bundled samples, held in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    Index { roots: Vec<PathBuf>, origin: String },
    Samples { note: String },
}

/// The reader's [`open`]: decided without reading any article, so the
/// first frame never waits for a large library. The library counts as
/// holding articles when any article file is found in it (the walk stops
/// at the first).
pub fn choose(paths: &[PathBuf], library: Option<&Path>) -> Choice {
    if !paths.is_empty() {
        return Choice::Index {
            roots: paths.to_vec(),
            origin: origin(paths),
        };
    }
    match library {
        Some(l) if holds_article_files(l, 0) => Choice::Index {
            roots: vec![l.to_path_buf()],
            origin: l.display().to_string(),
        },
        _ => Choice::Samples {
            note: samples_note(library),
        },
    }
}

/// Whether `dir` holds an article file, hidden entries skipped as the
/// walk skips them. Directory entries' own types are used, so most
/// entries cost no `stat`; `depth` bounds symlink loops.
fn holds_article_files(dir: &Path, depth: usize) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    let mut dirs = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let is_dir = match entry.file_type() {
            Ok(t) if t.is_symlink() => path.is_dir(),
            Ok(t) => t.is_dir(),
            Err(_) => false,
        };
        if is_dir {
            dirs.push(path);
        } else if loader::files::is_article_name(&path) {
            return true;
        }
    }
    depth < 32 && dirs.iter().any(|d| holds_article_files(d, depth + 1))
}

fn samples_note(library: Option<&Path>) -> String {
    match library {
        Some(l) => format!(
            "showing the bundled samples: the library {} is empty (newsreader add FILE… fills it)",
            l.display()
        ),
        None => "showing the bundled samples: no home directory for a library".to_string(),
    }
}

/// The articles to show, and how to load them again.
pub struct Opened {
    pub loaded: Loaded,
    /// The folders or files the articles came from; empty for the samples.
    pub paths: Vec<PathBuf>,
    /// What to call them ("No articles in …").
    pub origin: String,
    /// Why the samples are shown, when they stand in for an empty library.
    pub note: Option<String>,
}

/// What [`open_each`] went through.
pub struct Streamed {
    /// What to call the set ("no articles in …").
    pub origin: String,
    /// Every path that could not be walked, then every file that could not
    /// be read, in file order.
    pub errors: Vec<LoadError>,
    /// How many articles went out.
    pub articles: usize,
}

/// [`open`] as a stream, for `dump`: each article, turned by `render` on
/// the thread that loaded it, goes to `put` in order as soon as it and all
/// before it are ready, so a library of any size is never held whole.
/// `put` returning `false` stops it. The same choice of set as [`open`]:
/// with no `paths`, the library when it gives any article (its errors then
/// reported), else the bundled samples.
pub fn open_each<T: Send>(
    paths: &[PathBuf],
    library: Option<&Path>,
    render: impl Fn(&Article) -> T + Sync,
    mut put: impl FnMut(T) -> bool + Send,
) -> Streamed {
    let mut run = |set: &[PathBuf]| {
        let mut errors = Vec::new();
        let mut articles = 0;
        let mut walked = loader::files::stream_paths(
            set,
            |loaded| loaded.map(|many| many.iter().map(&render).collect::<Vec<T>>()),
            |rendered| match rendered {
                Ok(items) => {
                    articles += items.len();
                    items.into_iter().all(&mut put)
                }
                Err(e) => {
                    errors.push(e);
                    true
                }
            },
        );
        walked.extend(errors);
        (articles, walked)
    };
    if !paths.is_empty() {
        let (articles, errors) = run(paths);
        return Streamed {
            origin: origin(paths),
            errors,
            articles,
        };
    }
    if let Some(library) = library {
        let (articles, errors) = run(&[library.to_path_buf()]);
        if articles > 0 {
            return Streamed {
                origin: library.display().to_string(),
                errors,
                articles,
            };
        }
    }
    let samples = loader::samples::load_samples();
    for article in &samples {
        if !put(render(article)) {
            break;
        }
    }
    Streamed {
        origin: "the bundled samples".to_string(),
        errors: Vec::new(),
        articles: samples.len(),
    }
}

/// Load `paths`; with none, the library when it holds articles, else the
/// bundled samples.
pub fn open(paths: &[PathBuf], library: Option<&Path>) -> Opened {
    if !paths.is_empty() {
        return Opened {
            loaded: loader::load_paths(paths),
            paths: paths.to_vec(),
            origin: origin(paths),
            note: None,
        };
    }
    if let Some(library) = library {
        let loaded = loader::load_paths(&[library]);
        if !loaded.articles.is_empty() {
            return Opened {
                loaded,
                paths: vec![library.to_path_buf()],
                origin: library.display().to_string(),
                note: None,
            };
        }
    }
    let note = samples_note(library);
    Opened {
        loaded: Loaded {
            articles: loader::samples::load_samples(),
            errors: Vec::new(),
        },
        paths: Vec::new(),
        origin: "the bundled samples".to_string(),
        note: Some(note),
    }
}

/// What was opened, as the reader names it ("No articles in …"); the TUI
/// makes it printable, since paths may hold any bytes.
fn origin(paths: &[PathBuf]) -> String {
    let shown = |p: &Path| {
        if loader::files::is_spooled_stdin(p) {
            loader::files::STDIN_NAME.to_string()
        } else {
            p.display().to_string()
        }
    };
    match paths {
        [] => "the bundled samples".to_string(),
        [one] => shown(one),
        [first, rest @ ..] => {
            let more = if rest.len() == 1 { "path" } else { "paths" };
            format!("{} and {} more {more}", shown(first), rest.len())
        }
    }
}

/// Whether what is indexed from `roots` may be kept in the data dir's
/// index cache and search index: not when standard input is among them,
/// since its temporary file is gone after this run and its rows would
/// stay behind (and a later run's spool may reuse the name).
pub fn keeps_index(roots: &[PathBuf]) -> bool {
    !roots.iter().any(|r| loader::files::is_spooled_stdin(r))
}

/// The reader reads each file again when it is opened, which standard
/// input cannot be: a `-` among the paths is read once, into a temporary
/// file named for the format its content has, removed when the reader
/// ends. Keys still come from the terminal (crossterm reads /dev/tty
/// when standard input is not one).
pub fn spool_stdin(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Option<PathBuf>), LoadError> {
    use newsreader_core::loader::files::{format, is_stdin, read_file};
    if !paths.iter().any(|p| is_stdin(p)) {
        return Ok((paths.to_vec(), None));
    }
    let bytes = read_file(Path::new("-"))?;
    let ext = format::sniff(&bytes).extension();
    let file = std::env::temp_dir().join(format!("newsreader-stdin-{}.{ext}", std::process::id()));
    std::fs::write(&file, &bytes).map_err(|cause| {
        let _ = std::fs::remove_file(&file);
        LoadError::Io {
            path: file.clone(),
            cause,
        }
    })?;
    loader::files::spooled_stdin(&file);
    let paths = paths
        .iter()
        .map(|p| if is_stdin(p) { file.clone() } else { p.clone() })
        .collect();
    Ok((paths, Some(file)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_given_are_opened_as_given() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "Headline\n\nA paragraph of text.\n").unwrap();
        let opened = open(std::slice::from_ref(&file), Some(Path::new("/nonexistent")));
        assert_eq!(opened.loaded.articles.len(), 1);
        assert_eq!(opened.paths, std::slice::from_ref(&file));
        assert_eq!(opened.origin, file.display().to_string());
        assert_eq!(opened.note, None);
    }

    #[test]
    fn with_no_paths_the_library_else_the_samples() {
        let dir = tempfile::tempdir().unwrap();
        let library = dir.path().join("articles");
        let samples = open(&[], Some(&library));
        assert_eq!(
            samples.loaded.articles.len(),
            loader::samples::load_samples().len()
        );
        assert!(samples.paths.is_empty(), "the samples cannot be reloaded");
        let note = samples.note.unwrap_or_default();
        assert!(
            note.contains("is empty") && note.contains("articles"),
            "{note}"
        );

        std::fs::create_dir_all(&library).unwrap();
        std::fs::write(library.join("a.txt"), "Headline\n\nA paragraph of text.\n").unwrap();
        let mine = open(&[], Some(&library));
        assert_eq!(mine.loaded.articles.len(), 1);
        assert_eq!(mine.paths, std::slice::from_ref(&library));
        assert_eq!(mine.note, None);

        let homeless = open(&[], None);
        assert!(homeless
            .note
            .unwrap_or_default()
            .contains("no home directory"));
    }

    #[test]
    fn the_reader_indexes_a_library_with_article_files_else_shows_samples() {
        let dir = tempfile::tempdir().unwrap();
        let library = dir.path().join("articles");
        assert!(matches!(
            choose(&[], Some(&library)),
            Choice::Samples { .. }
        ));
        std::fs::create_dir_all(library.join("2024/.hidden")).unwrap();
        std::fs::write(library.join("2024/.hidden/a.txt"), "x").unwrap();
        std::fs::write(library.join("2024/notes.odt"), "x").unwrap();
        std::fs::write(library.join("2024/a.txt.meta"), "{}").unwrap();
        assert!(
            matches!(choose(&[], Some(&library)), Choice::Samples { .. }),
            "hidden and non-article files do not count"
        );
        std::fs::write(library.join("2024/a.txt"), "x").unwrap();
        assert_eq!(
            choose(&[], Some(&library)),
            Choice::Index {
                roots: vec![library.clone()],
                origin: library.display().to_string()
            }
        );
        let given = [dir.path().join("x.txt")];
        assert!(matches!(
            choose(&given, Some(&library)),
            Choice::Index { .. }
        ));
    }

    /// The only test that spools (the record is once per process).
    #[test]
    fn spooled_standard_input_is_named_so_and_not_cached() {
        let dir = tempfile::tempdir().unwrap();
        let spool = dir.path().join("newsreader-stdin-1.txt");
        let other = dir.path().join("a.txt");
        assert!(keeps_index(&[spool.clone(), other.clone()]));
        loader::files::spooled_stdin(&spool);
        assert_eq!(origin(std::slice::from_ref(&spool)), "standard input");
        assert_eq!(
            origin(&[spool.clone(), other.clone()]),
            "standard input and 1 more path"
        );
        assert_eq!(loader::files::display_path(&spool), "standard input");
        assert!(!keeps_index(&[other.clone(), spool]));
        assert!(keeps_index(&[other]));
    }

    #[test]
    fn origin_names_one_path_or_counts_the_rest() {
        assert_eq!(origin(&[]), "the bundled samples");
        assert_eq!(origin(&[PathBuf::from("a")]), "a");
        let two = [PathBuf::from("a"), PathBuf::from("b")];
        assert_eq!(origin(&two), "a and 1 more path");
    }
}
