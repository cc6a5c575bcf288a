use super::*;

#[test]
fn walks_folders_for_article_files_and_reports_missing_paths() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    fs::write(dir.path().join("b.txt"), "Second\n\nBody two.").unwrap();
    fs::write(dir.path().join("sub/a.txt"), "First\n\nBody one.").unwrap();
    fs::write(dir.path().join("notes.odt"), "not an article").unwrap();
    fs::write(dir.path().join("b.txt.meta"), "{}").unwrap();
    fs::write(dir.path().join("c.md"), "# Third\n\nBody three.").unwrap();
    fs::write(dir.path().join(".hidden.txt"), "hidden").unwrap();
    let missing = dir.path().join("missing.txt");
    let loaded = load_paths(&[dir.path().to_path_buf(), missing.clone()]);
    let sources: Vec<_> = loaded.articles.iter().map(|a| a.source.clone()).collect();
    assert_eq!(sources.len(), 3, "{sources:?}");
    assert!(sources[0].ends_with("b.txt") && sources[1].ends_with("c.md"));
    assert!(sources[2].ends_with("a.txt"));
    assert_eq!(loaded.errors.len(), 1);
    assert_eq!(loaded.errors[0].path(), missing.as_path());
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_walked_once() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Title\n\nBody.").unwrap();
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
    let loaded = load_paths(&[dir.path()]);
    assert_eq!(loaded.articles.len(), 1);
}

#[test]
fn binary_and_oversized_files_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("x.txt");
    fs::write(&bin, b"\x00\x01\x02").unwrap();
    let err = load_file(&bin).unwrap_err();
    assert!(matches!(err, LoadError::Binary { .. }));
    assert!(err.to_string().contains("x.txt"));
}

#[test]
fn empty_and_blank_files_are_refused_as_empty() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("e.txt", ""),
        ("w.txt", " \n\t\r\n"),
        ("c.txt", "\x1b[2J\x07"),
    ] {
        let path = dir.path().join(name);
        fs::write(&path, text).unwrap();
        let err = load_file(&path).unwrap_err();
        assert!(matches!(err, LoadError::Empty { .. }), "{name}: {err}");
        assert!(err
            .to_string()
            .ends_with(&format!("{name}: empty (no readable text), skipped")));
    }
}

#[test]
fn a_file_over_the_limit_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    File::create(&path)
        .unwrap()
        .set_len(MAX_ARTICLE_BYTES + 1)
        .unwrap();
    let err = load_file(&path).unwrap_err();
    assert!(matches!(err, LoadError::TooLarge { size, .. } if size == MAX_ARTICLE_BYTES + 1));
    assert!(err
        .to_string()
        .contains("big.txt: 16777217 bytes is more than the 16 MiB limit"));
}

#[test]
fn a_folder_given_as_a_file_is_not_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let err = load_file(dir.path()).unwrap_err();
    assert!(
        matches!(
            err,
            LoadError::NotAFile {
                kind: FileKind::Folder,
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn missing_paths_and_dangling_links_say_which() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.txt");
    let err = load_file(&missing).unwrap_err();
    assert!(
        err.to_string()
            .ends_with("missing.txt: No such file or folder, skipped"),
        "{err}"
    );
    #[cfg(unix)]
    {
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&missing, &link).unwrap();
        let err = load_file(&link).unwrap_err();
        assert!(matches!(err, LoadError::BrokenLink { .. }), "{err}");
    }
}

#[test]
fn display_path_keeps_plain_names_and_cleans_hostile_ones() {
    let plain = Path::new("/news/Café  du monde (2).txt");
    assert_eq!(display_path(plain), "/news/Café  du monde (2).txt");
    let hostile = Path::new("a\x1b]0;title\x07b\x1b[2J\nc\u{202e}d.txt");
    assert_eq!(
        display_path(hostile),
        "a<U+001B>]0;title<U+0007>b<U+001B>[2J<U+000A>c<U+202E>d.txt"
    );
    // An 8-bit string introducer hides nothing after it.
    let spoof = Path::new("news/Reuters.txt\u{9f}-fake.txt");
    assert_eq!(display_path(spoof), "news/Reuters.txt<U+009F>-fake.txt");
}

#[cfg(unix)]
#[test]
fn a_non_utf8_name_is_walked_and_shown_lossily() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    fs::write(dir.path().join(name), "Title\n\nBody.").unwrap();
    let loaded = load_paths(&[dir.path()]);
    assert_eq!(loaded.articles.len(), 1, "{:?}", loaded.errors);
    assert!(loaded.articles[0].source.ends_with("caf\u{fffd}.txt"));
}
