//! The texts that faster scans are held to in tests: every bundled
//! article and every file of the test corpus, its folders included.

use std::path::Path;

/// Every bundled article and test corpus file that reads as UTF-8, in
/// path order.
pub(crate) fn bundled_texts() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    let mut dirs = vec![
        root.join("assets/articles"),
        root.join("../../tests/corpus"),
    ];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() {
                dirs.push(path);
            } else {
                paths.push(path);
            }
        }
    }
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    assert!(texts.len() > 50, "the bundled texts are found");
    texts
}
