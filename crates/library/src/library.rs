//! The user's own articles: where newsreader keeps its files, and
//! `newsreader add`, which copies articles into the library folder.
//!
//! The library is a plain folder of text files, so people can also fill it
//! with `cp`, sync it, or put it under version control; newsreader never
//! changes a file in it. Reading state lives apart from it (see
//! [`crate::store`]), keyed by content, so moving files around keeps it.

mod add;
pub mod dates;
pub mod filed;
pub mod index;
mod open;

use std::path::{Path, PathBuf};

pub use add::{add, AddError, AddReport};
pub use open::{choose, keeps_index, open, open_each, spool_stdin, Choice, Opened, Streamed};

/// Where newsreader's own files live. On Linux these follow the XDG base
/// directory spec (`$XDG_DATA_HOME`, else `~/.local/share`; `$XDG_CONFIG_HOME`,
/// else `~/.config`); on macOS both are under `~/Library/Application Support`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dirs {
    pub data: PathBuf,
    pub config: PathBuf,
}

impl Dirs {
    /// The platform's directories for newsreader; `None` when there is no
    /// home directory to put them in.
    pub fn locate() -> Option<Dirs> {
        let dirs = directories::ProjectDirs::from("", "", "newsreader")?;
        Some(Dirs {
            data: dirs.data_dir().to_path_buf(),
            config: dirs.config_dir().to_path_buf(),
        })
    }

    /// The default library folder: `articles/` in the data dir.
    pub fn library(&self) -> PathBuf {
        self.data.join("articles")
    }

    /// The reading-state database.
    pub fn state_db(&self) -> PathBuf {
        self.data.join("state.db")
    }

    /// The index cache: a database of its own, so that the reading state
    /// stays small and quick to check, and the cache can be rebuilt.
    pub fn index_db(&self) -> PathBuf {
        self.data.join("index.db")
    }

    /// The search index: a folder of its own (tantivy's files), which,
    /// like the index cache, can always be rebuilt from the articles.
    pub fn search_index(&self) -> PathBuf {
        self.data.join("search")
    }

    /// The default configuration file.
    pub fn config_file(&self) -> PathBuf {
        self.config.join("config.toml")
    }
}

/// `~/…` in a configured path, expanded against `home`, since a TOML string
/// is not seen by a shell.
pub fn expand_home(path: &Path, home: Option<&Path>) -> PathBuf {
    match (path.strip_prefix("~"), home) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => path.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tilde_expands_only_at_the_start() {
        let home = Path::new("/home/ada");
        assert_eq!(
            expand_home(Path::new("~/News"), Some(home)),
            PathBuf::from("/home/ada/News")
        );
        assert_eq!(expand_home(Path::new("~"), Some(home)), home);
        assert_eq!(
            expand_home(Path::new("/srv/~/x"), Some(home)),
            PathBuf::from("/srv/~/x")
        );
        assert_eq!(
            expand_home(Path::new("~/News"), None),
            PathBuf::from("~/News")
        );
    }

    #[test]
    fn files_sit_in_the_data_and_config_dirs() {
        let dirs = Dirs {
            data: PathBuf::from("/d"),
            config: PathBuf::from("/c"),
        };
        assert_eq!(dirs.library(), PathBuf::from("/d/articles"));
        assert_eq!(dirs.state_db(), PathBuf::from("/d/state.db"));
        assert_eq!(dirs.index_db(), PathBuf::from("/d/index.db"));
        assert_eq!(dirs.config_file(), PathBuf::from("/c/config.toml"));
    }
}
