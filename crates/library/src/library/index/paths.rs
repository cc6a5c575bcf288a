//! Paths as the indexer compares them: the snapshot key of the opened
//! paths, the byte-wise prefix test and walk order that stay fast over
//! 100,000 cached paths, and modification times as the cache stores them.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// The snapshot key of a set of opened paths: their bytes, NUL-separated
/// (no path holds a NUL).
pub(super) fn roots_key(roots: &[PathBuf]) -> Vec<u8> {
    let mut key = Vec::new();
    for r in roots {
        key.extend_from_slice(r.as_os_str().as_encoded_bytes());
        key.push(0);
    }
    key
}

/// Whether `path` is `root` or inside it: `Path::starts_with` on bytes,
/// which matters when it runs for each of 100,000 cached paths at start.
pub(super) fn under(path: &Path, root: &Path) -> bool {
    let (p, r) = (
        path.as_os_str().as_encoded_bytes(),
        root.as_os_str().as_encoded_bytes(),
    );
    let r = r.strip_suffix(b"/").filter(|r| !r.is_empty()).unwrap_or(r);
    p.starts_with(r) && (p.len() == r.len() || p[r.len()] == b'/' || r.ends_with(b"/"))
}

/// The order the walk lists files in (each folder's entries by name,
/// depth first), which is `Path`'s component order. Comparing bytes with
/// the separator counted lowest gives the same order, several times faster
/// than `Path::cmp` on 100,000 paths.
pub(super) fn walk_order(a: &Path, b: &Path) -> std::cmp::Ordering {
    walk_order_bytes(
        a.as_os_str().as_encoded_bytes(),
        b.as_os_str().as_encoded_bytes(),
    )
}

/// [`walk_order`] on the paths' bytes (as list records hold them).
pub(super) fn walk_order_bytes(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let key = |c: u8| if c == b'/' { 0 } else { c };
    match (a.get(same), b.get(same)) {
        (Some(&x), Some(&y)) => key(x).cmp(&key(y)),
        _ => a.len().cmp(&b.len()),
    }
}

/// Modification time in nanoseconds since the epoch (0 when unknown: the
/// file is then re-read whenever it is listed).
pub(super) fn mtime_ns(meta: &fs::Metadata) -> i64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .and_then(|d| i64::try_from(d.as_nanos()).ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn under_is_path_prefix() {
        let yes = [
            ("/lib/a.txt", "/lib"),
            ("/lib/a.txt", "/lib/"),
            ("/lib", "/lib"),
            ("/x", "/"),
        ];
        for (p, r) in yes {
            assert!(under(Path::new(p), Path::new(r)), "{p} under {r}");
            assert!(Path::new(p).starts_with(r));
        }
        let no = [
            ("/library/a.txt", "/lib"),
            ("/li", "/lib"),
            ("lib/a", "/lib"),
        ];
        for (p, r) in no {
            assert!(!under(Path::new(p), Path::new(r)), "{p} not under {r}");
        }
    }

    #[test]
    fn walk_order_is_path_order() {
        let mut paths: Vec<PathBuf> = [
            "lib/a-b.txt",
            "lib/a/z.txt",
            "lib/a.txt",
            "lib/a/b/c.txt",
            "lib/A.txt",
            "lib/ä.txt",
            "lib/a b.txt",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        let mut by_path = paths.clone();
        by_path.sort();
        paths.sort_by(|a, b| walk_order(a, b));
        assert_eq!(paths, by_path);
    }
}
