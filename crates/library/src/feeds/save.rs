//! Putting what was fetched into the library: `NAME.html` and its sidecar
//! `NAME.html.meta` ([`Origin`]), each written whole or not at all
//! ([`write_atomic`]), the sidecar first. A process killed at any point so
//! leaves nothing half-written and never an article without its sidecar: at
//! worst a sidecar alone, which the library does not list and the next save
//! of that entry replaces.

use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};

use super::names;
use super::write::write_atomic;
use newsreader_core::loader::files::origin::{sidecar_path, Origin};

/// Save `body` as `dir/name` with `origin` beside it.
pub fn save_article(dir: &Path, name: &str, body: &[u8], origin: &Origin) -> io::Result<PathBuf> {
    let path = dir.join(name);
    let meta = serde_json::to_vec_pretty(origin).map_err(io::Error::other)?;
    write_atomic(&sidecar_path(&path), &meta)?;
    write_atomic(&path, body)?;
    Ok(path)
}

/// The name hashes of the articles already in `dir` (see
/// [`names::hash_of_file`]): an entry whose name hash is here was saved by
/// an earlier refresh, even one killed before it could record it.
pub fn saved_hashes(dir: &Path) -> HashSet<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return HashSet::new();
    };
    entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name();
            names::hash_of_file(name.to_str()?).map(str::to_string)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsreader_core::loader::files::origin::Content;

    #[test]
    fn the_sidecar_lands_before_the_article() {
        let dir = tempfile::tempdir().unwrap();
        let origin = Origin {
            content: Content::Entry,
            title: Some("T".into()),
            ..Origin::default()
        };
        // An article in the way of the sidecar's rename: the sidecar write
        // fails, and then no article may be there without it.
        let name = "t-0123456789ab.html";
        std::fs::create_dir(dir.path().join(format!("{name}.meta"))).unwrap();
        std::fs::write(dir.path().join(format!("{name}.meta/x")), b"x").unwrap();
        assert!(save_article(dir.path(), name, b"<p>x</p>", &origin).is_err());
        assert!(!dir.path().join(name).exists());
        std::fs::remove_dir_all(dir.path().join(format!("{name}.meta"))).unwrap();

        let path = save_article(dir.path(), name, b"<p>x</p>", &origin).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"<p>x</p>");
        let meta: Origin =
            serde_json::from_slice(&std::fs::read(sidecar_path(&path)).unwrap()).unwrap();
        assert_eq!(meta, origin);
        assert_eq!(
            saved_hashes(dir.path()),
            HashSet::from(["0123456789ab".to_string()])
        );
    }
}
