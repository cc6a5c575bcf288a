//! Library search and the cross-library views in the real binary (tmux),
//! as a new user would try them: a library in a fresh home, `/` in the
//! list, Enter into the best match, then a person's mentions and quotes
//! across the library and back again. A second start searches the index
//! kept from the first, without re-reading the files.

#[path = "support/tmux.rs"]
mod tmux;

use tmux::{status_line, Reader};

fn list_title(screen: &str) -> String {
    screen.lines().next().unwrap_or_default().to_string()
}

/// Wait until the status bar starts with `text`; the whole screen.
fn until_status(tmux: &tmux::Tmux, text: &str) -> String {
    tmux.wait_for(&format!("status {text:?}"), |s| {
        status_line(s).trim_start().starts_with(text)
    })
}

/// The reader on `lib` in a fresh home, once it has indexed the library.
fn indexed(home: &std::path::Path, lib: &std::path::Path) -> Reader {
    let reader = Reader::start_at(Some(home), 140, 40, &[lib], &[]);
    reader.go();
    reader.tmux.wait_for("indexing to end", |s| {
        let status = status_line(s);
        !status.contains("indexing") && status.trim_start().starts_with("1/3")
    });
    reader
}

fn library(home: &std::path::Path) -> std::path::PathBuf {
    let lib = home.join("lib");
    std::fs::create_dir_all(&lib).unwrap();
    for name in ["putin.txt", "europe.txt", "garden.txt"] {
        let text = std::fs::read_to_string(format!("tests/fixtures/search/{name}")).unwrap();
        std::fs::write(lib.join(name), text).unwrap();
    }
    lib
}

#[test]
fn search_mentions_quotes_and_back_in_the_real_binary() {
    let home = tempfile::tempdir().unwrap();
    let lib = library(home.path());
    let reader = indexed(home.path(), &lib);
    let tmux = &reader.tmux;

    tmux.keys(&["/"]);
    for c in ["b", "o", "r", "d"] {
        tmux.keys(&[c]);
    }
    tmux.wait_for("the search and its two results", |s| {
        status_line(s)
            .trim_start()
            .starts_with("/bord▏ · 2 articles")
            && list_title(s).contains("Search \"bord\" 1/2")
    });
    tmux.keys(&["Enter"]);
    tmux.wait_for("the best match open at its first match", |s| {
        status_line(s).contains("match 1/") && s.contains("border")
    });

    // Esc drops the in-article search; Back (`Backspace`) returns to the results;
    // Esc again leaves them for the whole list.
    tmux.escape("the in-article search dropped", |s| {
        !status_line(s).contains("match ")
    });
    tmux.keys(&["BSpace"]);
    until_status(tmux, "search \"bord\"");
    tmux.escape("the whole list", |s| {
        let title = list_title(s);
        title.contains("Articles") && title.contains("/3")
    });
}

#[test]
fn a_persons_quotes_across_the_library_and_a_warm_start() {
    let home = tempfile::tempdir().unwrap();
    let lib = library(home.path());
    let reader = indexed(home.path(), &lib);
    let tmux = &reader.tmux;
    // The Putin article: find it, then its first person in the sidebar.
    tmux.keys(&["/"]);
    for c in ["k", "r", "e", "m", "l"] {
        tmux.keys(&[c]);
    }
    tmux.wait_status("/kreml▏ · 1 article");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the article", |s| s.contains("Vladimir Putin said"));
    tmux.keys(&["Tab"]);
    tmux.keys(&["\""]);
    tmux.wait_for("both of his quotes", |s| {
        status_line(s)
            .trim_start()
            .starts_with("quotes by Vladimir Putin · 2 quotes in 2 articles")
            && s.contains("We will respond")
            && s.contains("We have heard nothing new")
    });
    // In list order: the other article's quote comes first.
    tmux.keys(&["Enter"]);
    tmux.wait_for("the quote in the other article", |s| {
        status_line(s).contains("quote")
            && s.contains("Europe widens sanctions")
            && s.contains("heard nothing new")
    });
    tmux.keys(&["BSpace"]);
    tmux.wait_status("quotes by Vladimir Putin");
    tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");

    // A second start: everything from the cache, and search still finds.
    let reader = Reader::start_at(Some(home.path()), 140, 40, &[&lib], &[]);
    reader.go();
    let tmux = &reader.tmux;
    tmux.wait_for("the list", |s| {
        status_line(s).trim_start().starts_with("1/3")
    });
    tmux.keys(&["/"]);
    for c in ["t", "o", "m", "a", "t"] {
        tmux.keys(&[c]);
    }
    // The article found is read off the reader's thread: wait for its text.
    tmux.wait_for("the one result", |s| {
        status_line(s)
            .trim_start()
            .starts_with("/tomat▏ · 1 article")
            && s.contains("A garden grows on the roof")
    });
    tmux.escape("the search prompt closed", |s| {
        !status_line(s).contains('▏')
    });
    tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
}

#[test]
fn an_unusable_search_folder_is_named_and_search_still_works() {
    let home = tempfile::tempdir().unwrap();
    let lib = library(home.path());
    let data = home.path().join(".local/share/newsreader");
    std::fs::create_dir_all(&data).unwrap();
    // A file where the search index's folder should be.
    std::fs::write(data.join("search"), "not a folder").unwrap();
    let reader = Reader::start_at(Some(home.path()), 140, 40, &[&lib], &[]);
    reader.go();
    let tmux = &reader.tmux;
    tmux.wait_for("the note about the search folder", |s| {
        status_line(s).contains("searching from memory this run")
    });
    // The first article is listed alone until the whole list comes: `j`
    // moves only once there is somewhere to go.
    tmux.wait_for("the whole list", |s| s.contains("Articles 1/3"));
    // The note stays up until a key; then the position shows, once
    // indexing is over.
    tmux.keys(&["j"]);
    tmux.wait_for("indexing to end", |s| {
        status_line(s).trim_start().starts_with("2/3")
    });
    tmux.keys(&["/"]);
    for c in ["g", "a", "r", "d"] {
        tmux.keys(&[c]);
    }
    until_status(tmux, "/gard▏ · 1 article");
    tmux.escape("the search prompt closed", |s| {
        !status_line(s).contains('▏')
    });
    tmux.keys(&["q"]);
    assert_eq!(reader.wait_exit(), "EXIT=0");
    assert_eq!(
        std::fs::read_to_string(data.join("search")).unwrap(),
        "not a folder",
        "the file is left as it was"
    );
}

/// A feed file of three entries, only the third quoting Ann Lee.
const FEED: &str = r#"<rss version="2.0"><channel><title>Wire</title>
<item><title>Harbour vote delayed</title><guid>a</guid><description>The council met on Monday. Officials said the vote would wait.</description></item>
<item><title>Market prices rise</title><guid>b</guid><description>&lt;p&gt;“Prices will fall soon,” said Bo Diaz, a trader.&lt;/p&gt;</description></item>
<item><title>Bridge to reopen</title><guid>c</guid><description>&lt;p&gt;Mayor Ann Lee spoke at the harbour on Friday.&lt;/p&gt;&lt;p&gt;“We will rebuild the bridge by spring,” said Ann Lee.&lt;/p&gt;</description></item>
</channel></rss>"#;

/// Search finds a feed file's third entry and Enter opens that entry; its
/// speaker's quotes across the library come from that entry and are
/// listed under its title; Enter reads on from the quote. Again on a warm
/// start, when the list comes from the index cache.
#[test]
fn a_feed_files_third_entry_is_searched_opened_and_quoted() {
    let home = tempfile::tempdir().unwrap();
    let lib = home.path().join("lib");
    std::fs::create_dir_all(&lib).unwrap();
    std::fs::write(lib.join("news.rss"), FEED).unwrap();
    for warm in [false, true] {
        let reader = indexed(home.path(), &lib);
        let tmux = &reader.tmux;
        tmux.keys(&["/"]);
        for c in ["r", "e", "b", "u", "i", "l", "d"] {
            tmux.keys(&[c]);
        }
        tmux.wait_status("/rebuild▏ · 1 article");
        tmux.keys(&["Enter"]);
        tmux.wait_for("the third entry open at the match", |s| {
            s.contains("Bridge to reopen")
                && s.contains("rebuild the bridge by spring")
                && status_line(s).contains("match 1/")
        });
        tmux.keys(&["Tab"]);
        tmux.keys(&["\""]);
        tmux.wait_for("her quote, under the third entry's title", |s| {
            status_line(s)
                .trim_start()
                .starts_with("quotes by Ann Lee · 1 quote in 1 article")
                && list_title(s).contains("Quotes · Ann Lee")
                && s.contains("Bridge to reopen")
                && s.contains("We will rebuild the bridge by spring")
        });
        tmux.keys(&["Enter"]);
        tmux.wait_for("the third entry, on the quote", |s| {
            status_line(s).contains("quote") && s.contains("Mayor Ann Lee spoke")
        });
        tmux.keys(&["q"]);
        assert_eq!(reader.wait_exit(), "EXIT=0", "warm start: {warm}");
    }
}
