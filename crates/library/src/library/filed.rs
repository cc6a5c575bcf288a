//! The order files are listed in "as filed" ([`natural`]: by path, runs
//! of digits compared by value), the order the reader's list starts in
//! ([`listed_before`]: newest first, the undated after them as filed),
//! and the first file of a folder as filed found without walking it all
//! ([`first_file`]): what a reader opening a library of 100,000 files can
//! show at once, before the walk that stats every one of them has ended.

use std::cmp::Ordering;
use std::fs;
use std::path::{Path, PathBuf};

use newsreader_core::loader::files::{is_article_name, is_stdin};

use super::dates::published_at;

/// Compare names with runs of digits compared by value: `2_a` < `10_a`,
/// `a9` < `a10`; equal values differing in leading zeros by length, so
/// the order stays total.
pub fn natural(a: &[u8], b: &[u8]) -> Ordering {
    // Paths in one library share long prefixes: skip the bytes both have
    // alike at once, back to the start of any run of digits they end in
    // (`…/feed1` and `…/feed10` differ by value, not at their first
    // different byte).
    let mut same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    while same > 0 && a[same - 1].is_ascii_digit() {
        same -= 1;
    }
    let (mut i, mut j) = (same, same);
    while i < a.len() && j < b.len() {
        if a[i].is_ascii_digit() && b[j].is_ascii_digit() {
            let (si, sj) = (i, j);
            while i < a.len() && a[i].is_ascii_digit() {
                i += 1;
            }
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            let x = trim_zeros(&a[si..i]);
            let y = trim_zeros(&b[sj..j]);
            let by_value = x.len().cmp(&y.len()).then_with(|| x.cmp(y));
            let by_width = (i - si).cmp(&(j - sj));
            match by_value.then(by_width) {
                Ordering::Equal => continue,
                other => return other,
            }
        }
        match a[i].cmp(&b[j]) {
            Ordering::Equal => {
                i += 1;
                j += 1;
            }
            other => return other,
        }
    }
    (a.len() - i).cmp(&(b.len() - j))
}

fn trim_zeros(digits: &[u8]) -> &[u8] {
    let zeros = digits.iter().take_while(|&&d| d == b'0').count();
    &digits[zeros..]
}

/// Whether article `a` comes before `b` (each its path's bytes and its
/// `published` text) in the order the reader's list starts in: newest
/// published first, the undated after them as filed. The reader sorts its
/// list by the same rule (`Sort::Date`); the indexer uses it to send the
/// cached list's first article ahead of the list.
pub fn listed_before(a: (&[u8], Option<&str>), b: (&[u8], Option<&str>)) -> bool {
    let key = |published| {
        let at = published_at(published);
        (at.is_none(), std::cmp::Reverse(at.unwrap_or(0)))
    };
    key(a.1).cmp(&key(b.1)).then_with(|| natural(a.0, b.0)) == Ordering::Less
}

/// The article file under `roots` (files and folders, as the indexer's
/// walk takes them: hidden names skipped, only article names) that comes
/// first as filed. Only the folders on the way to it are read, and only
/// their entries' names and types: no file is stat'ed but a symlink.
/// `None` when there is none, or standard input is among the roots (it
/// is read once, by the indexer).
pub fn first_file(roots: &[PathBuf]) -> Option<PathBuf> {
    if roots.iter().any(|r| is_stdin(r)) {
        return None;
    }
    roots
        .iter()
        .filter_map(|root| match fs::metadata(root) {
            Ok(meta) if meta.is_dir() => first_in(root, 0),
            Ok(_) => Some(root.clone()),
            Err(_) => None,
        })
        .min_by(|a, b| natural(bytes(a), bytes(b)))
}

fn bytes(path: &Path) -> &[u8] {
    path.as_os_str().as_encoded_bytes()
}

/// The first article file under folder `dir`: the least of its files
/// and of the folders before that file that hold one. A folder's name is
/// compared with a `/` after it, since every path under it has one there
/// (`a.txt` < `a/…`, as the full paths compare); a file name never holds
/// `/`, so that decides before the rest of the path matters. `depth`
/// bounds symlink loops, as the walk's own bound does.
fn first_in(dir: &Path, depth: usize) -> Option<PathBuf> {
    let mut least: Option<(Vec<u8>, PathBuf)> = None;
    let mut dirs: Vec<(Vec<u8>, PathBuf)> = Vec::new();
    for entry in fs::read_dir(dir).ok()?.flatten() {
        let name = entry.file_name();
        let mut key = name.as_encoded_bytes().to_vec();
        if key.starts_with(b".") {
            continue;
        }
        let path = entry.path();
        let is_dir = match entry.file_type() {
            Ok(t) if t.is_symlink() => path.is_dir(),
            Ok(t) => t.is_dir(),
            Err(_) => false,
        };
        if is_dir {
            key.push(b'/');
            dirs.push((key, path));
        } else if is_article_name(&path)
            && least
                .as_ref()
                .is_none_or(|(k, _)| natural(&key, k) == Ordering::Less)
        {
            least = Some((key, path));
        }
    }
    if depth < 32 {
        if let Some((k, _)) = &least {
            dirs.retain(|(d, _)| natural(d, k) == Ordering::Less);
        }
        dirs.sort_by(|(a, _), (b, _)| natural(a, b));
        if let Some(found) = dirs.iter().find_map(|(_, d)| first_in(d, depth + 1)) {
            return Some(found);
        }
    }
    least.map(|(_, path)| path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_order_compares_numbers_by_value() {
        let mut names = vec!["10_b.txt", "2_a.txt", "1_c.txt", "a10", "a9", "a09", "b"];
        names.sort_by(|a, b| natural(a.as_bytes(), b.as_bytes()));
        assert_eq!(
            names,
            ["1_c.txt", "2_a.txt", "10_b.txt", "a9", "a09", "a10", "b"]
        );
    }

    /// The walk's whole list, sorted as filed, starts with `first_file`.
    fn check(root: &Path) {
        let (files, _) = newsreader_core::loader::files::find_files_stat(&[root]);
        let mut paths: Vec<PathBuf> = files.into_iter().map(|(p, _)| p).collect();
        paths.sort_by(|a, b| natural(bytes(a), bytes(b)));
        assert_eq!(first_file(&[root.to_path_buf()]), paths.first().cloned());
    }

    #[test]
    fn the_first_file_is_the_first_of_the_whole_walk_as_filed() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let write = |name: &str| {
            let path = root.join(name);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, "Headline\n\nText.\n").unwrap();
        };
        assert_eq!(first_file(&[root.to_path_buf()]), None, "empty");
        write("b/x.txt");
        check(root);
        write("10/a.txt");
        check(root);
        write("9/z.txt");
        check(root);
        assert_eq!(
            first_file(&[root.to_path_buf()]),
            Some(root.join("9/z.txt"))
        );
        // A file sorts before a folder of the same name: `9.txt` < `9/…`.
        write("9.txt");
        check(root);
        assert_eq!(first_file(&[root.to_path_buf()]), Some(root.join("9.txt")));
        // Folders with nothing to read, hidden names and other files are
        // passed over.
        fs::create_dir_all(root.join("1/empty")).unwrap();
        fs::write(root.join("1/notes.odt"), "x").unwrap();
        write(".hidden/0.txt");
        write("2/.0.txt");
        write("2/5.md");
        check(root);
        assert_eq!(first_file(&[root.to_path_buf()]), Some(root.join("2/5.md")));
    }

    #[test]
    fn the_list_starts_with_the_newest_then_the_undated_as_filed() {
        let (new, old) = (Some("2024-03-05T10:00:00Z"), Some("2019-01-01"));
        assert!(listed_before((b"b", new), (b"a", old)));
        assert!(listed_before((b"z", old), (b"a", None)));
        assert!(listed_before((b"2.txt", None), (b"10.txt", None)));
        assert!(listed_before((b"a", None), (b"b", Some("not a date"))));
        assert!(!listed_before((b"a", None), (b"a", Some(" "))), "equals");
    }

    #[test]
    fn among_roots_the_least_path_and_a_file_root_as_given() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        fs::create_dir_all(&a).unwrap();
        fs::write(a.join("2.txt"), "x").unwrap();
        fs::write(dir.path().join("b"), "x").unwrap();
        let roots = [b.clone(), a.clone()];
        assert_eq!(first_file(&roots), Some(a.join("2.txt")));
        assert_eq!(first_file(std::slice::from_ref(&b)), Some(b));
        assert_eq!(first_file(&[PathBuf::from("-")]), None);
    }
}
