//! What the reader and `dump` open: the paths given, else the library
//! when it holds articles, else the bundled samples, with a note saying
//! why the samples are shown.

use std::path::{Path, PathBuf};

use crate::loader::{self, Loaded};

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
    let note = match library {
        Some(l) => format!(
            "showing the bundled samples: the library {} is empty (newsreader add FILE… fills it)",
            l.display()
        ),
        None => "showing the bundled samples: no home directory for a library".to_string(),
    };
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
    match paths {
        [] => "the bundled samples".to_string(),
        [one] => one.display().to_string(),
        [first, rest @ ..] => {
            let more = if rest.len() == 1 { "path" } else { "paths" };
            format!("{} and {} more {more}", first.display(), rest.len())
        }
    }
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
    fn origin_names_one_path_or_counts_the_rest() {
        assert_eq!(origin(&[]), "the bundled samples");
        assert_eq!(origin(&[PathBuf::from("a")]), "a");
        let two = [PathBuf::from("a"), PathBuf::from("b")];
        assert_eq!(origin(&two), "a and 1 more path");
    }
}
