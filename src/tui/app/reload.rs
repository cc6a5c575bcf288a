//! A reload (`r`): what the list held when it began, so that when the
//! indexing run it starts is done the status bar says what changed: files
//! new, changed (other content under the same name) and removed. The new
//! list itself comes in as any indexing run's does ([`super::Msg::Index`]).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{App, Entry};

impl App {
    /// `r` was pressed: remember what the list holds, to say what changed
    /// when the reload ends.
    pub(super) fn start_reload(&mut self) {
        self.refresh_requested = true;
        self.reload_baseline = Some(ReloadBaseline::of(&self.entries));
        self.message = Some("reloading…".to_string());
    }
}

/// The articles listed when a reload began: each file's content id, by
/// file (an article held in memory by its source).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReloadBaseline(HashMap<PathBuf, String>);

impl ReloadBaseline {
    /// What `entries` list (files that failed are not listed).
    pub fn of(entries: &[Entry]) -> ReloadBaseline {
        ReloadBaseline(entries.iter().filter_map(listed).collect())
    }

    /// What changed from this baseline to `entries`, as the status bar
    /// says it: `reloaded: 2 new · 1 changed · 3 removed`, naming only
    /// the kinds that happened, or `reloaded: no changes`.
    pub fn changes(&self, entries: &[Entry]) -> String {
        let now: HashMap<PathBuf, String> = entries.iter().filter_map(listed).collect();
        let mut new = 0;
        let mut changed = 0;
        for (key, id) in &now {
            match self.0.get(key) {
                None => new += 1,
                Some(old) if old != id => changed += 1,
                Some(_) => {}
            }
        }
        let removed = self.0.keys().filter(|k| !now.contains_key(*k)).count();
        let parts: Vec<String> = [(new, "new"), (changed, "changed"), (removed, "removed")]
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| format!("{n} {what}"))
            .collect();
        if parts.is_empty() {
            "reloaded: no changes".to_string()
        } else {
            format!("reloaded: {}", parts.join(" · "))
        }
    }
}

/// An entry's key and content id, when it is listed.
fn listed(e: &Entry) -> Option<(PathBuf, String)> {
    if e.failed {
        return None;
    }
    let key = e
        .path
        .as_deref()
        .map_or_else(|| PathBuf::from(&*e.source()), Path::to_path_buf);
    Some((key, e.id.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: &str, id: &str) -> Entry {
        Entry {
            id: id.to_string(),
            path: Some(Path::new(path).into()),
            source: path.to_string(),
            title: path.to_string(),
            ..Entry::default()
        }
    }

    #[test]
    fn a_reload_counts_new_changed_and_removed_files() {
        let before = ReloadBaseline::of(&[
            entry("/l/kept.txt", "k"),
            entry("/l/edited.txt", "e1"),
            entry("/l/gone1.txt", "g1"),
            entry("/l/gone2.txt", "g2"),
            entry("/l/moved.txt", "m"),
        ]);
        let mut broken = entry("/l/gone2.txt", "");
        broken.failed = true;
        let after = [
            entry("/l/kept.txt", "k"),
            entry("/l/edited.txt", "e2"),
            broken,
            entry("/l/sub/moved.txt", "m"),
            entry("/l/fresh.txt", "f"),
        ];
        assert_eq!(
            before.changes(&after),
            "reloaded: 2 new · 1 changed · 3 removed"
        );
    }

    #[test]
    fn a_reload_of_the_same_files_says_no_changes() {
        let list = [entry("/l/a.txt", "a"), entry("/l/b.txt", "b")];
        assert_eq!(
            ReloadBaseline::of(&list).changes(&list),
            "reloaded: no changes"
        );
        assert_eq!(
            ReloadBaseline::of(&list).changes(&list[..1]),
            "reloaded: 1 removed"
        );
    }
}
