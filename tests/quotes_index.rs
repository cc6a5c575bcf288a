//! A person's quotes view is read from the quotes the search index stores
//! (issue 17 item 6): these tests hold it to what reading and structuring
//! every quoting article again gave, which is what the view did before,
//! over a library of the dev and held-out corpus, the bundled samples and
//! a feed file of three entries, indexed on disk as the indexer indexes
//! (`load_file`, a file of many as its entries); and Enter on a row of the
//! view still puts the reader on that very quote.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use newsreader::article::Article;
use newsreader::loader::files::load_file;
use newsreader::loader::samples::SAMPLES;
use newsreader::search::{id_of, SearchIndex, Searcher};
use newsreader::tui::action::action_for;
use newsreader::tui::app::{
    quote_rows, App, Effect, Entry, ListView, Msg, QuoteRow, Quoting, Reply, Request, ToRead,
};
use newsreader::tui::searching::{open, respond, Source};
use newsreader::tui::view::SideRow;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Entries of one feed file; the second and third quote people.
const FEED: &str = r#"<rss version="2.0"><channel><title>Wire</title>
<item><title>Harbour vote delayed</title><guid>a</guid><description>The council met on Monday. Officials said the vote would wait.</description></item>
<item><title>Market prices rise</title><guid>b</guid><description>&lt;p&gt;“Prices will fall soon,” said Bo Diaz, a trader.&lt;/p&gt;</description></item>
<item><title>Bridge to reopen</title><guid>c</guid><description>&lt;p&gt;Mayor Ann Lee spoke at the harbour on Friday.&lt;/p&gt;&lt;p&gt;“We will rebuild the bridge by spring,” said Ann Lee. “Nobody waits longer,” Bo Diaz said.&lt;/p&gt;</description></item>
</channel></rss>"#;

/// The library in `dir`: its files' articles, the list's entries (each
/// article of a file of many with its place in the file) and a searcher
/// over the index made from them in `dir/search`.
struct Library {
    articles: Vec<Article>,
    entries: Vec<Entry>,
    searcher: Searcher,
}

fn library(dir: &Path) -> Library {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lib = dir.join("library");
    std::fs::create_dir_all(&lib).expect("library dir");
    let mut files = Vec::new();
    for corpus in ["tests/corpus/dev", "tests/corpus/eval"] {
        let mut names: Vec<PathBuf> = std::fs::read_dir(root.join(corpus))
            .expect("the corpus")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
            .collect();
        names.sort();
        for from in names {
            let to = lib.join(from.file_name().expect("a name"));
            std::fs::copy(&from, &to).expect("copy");
            files.push(to);
        }
    }
    for (name, text) in SAMPLES {
        let to = lib.join(format!("sample-{name}"));
        std::fs::write(&to, text).expect("write a sample");
        files.push(to);
    }
    let feed = lib.join("wire.rss");
    std::fs::write(&feed, FEED).expect("write the feed");
    files.push(feed);

    let (index, fresh) = SearchIndex::open(&dir.join("search")).expect("the index");
    assert!(fresh);
    let mut writer = index.writer().expect("writer");
    let (mut articles, mut entries) = (Vec::new(), Vec::new());
    for path in files {
        let read = load_file(&path).expect("every file reads");
        writer.add_entries(&path, &read).expect("indexed");
        for (i, article) in read.into_iter().enumerate() {
            let mut entry = Entry::of(&article, Some(path.clone()));
            entry.entry = u32::try_from(i).expect("few entries");
            entries.push(entry);
            articles.push(article);
        }
    }
    writer.commit().expect("committed");
    let searcher = open(Source::Index(index)).expect("searcher");
    Library {
        articles,
        entries,
        searcher,
    }
}

/// Every reply to `request`, as the search thread sends them.
fn ask(searcher: &Searcher, request: Request) -> Vec<Reply> {
    let mut replies = Vec::new();
    let answered = respond(searcher, request, &mut || false, &mut |r| {
        replies.push(r);
        true
    });
    assert_eq!(answered, Ok(true));
    replies
}

#[test]
fn the_stored_quotes_are_the_quotes_a_reparse_finds() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = library(dir.path());
    assert!(lib.entries.len() > 40, "{} articles", lib.entries.len());
    // Where the list has each article (an id listed twice is found once).
    let mut by_id = HashMap::new();
    for (i, e) in lib.entries.iter().enumerate() {
        by_id.entry(id_of(&e.id).expect("an id")).or_insert(i);
    }
    let speakers: BTreeSet<&str> = lib
        .articles
        .iter()
        .flat_map(|a| a.quotes.iter().filter_map(|q| q.speaker.as_deref()))
        .collect();
    assert!(speakers.len() > 50, "{} speakers", speakers.len());
    let mut reparsed_cache: BTreeMap<usize, Article> = BTreeMap::new();
    let mut compared = 0;
    for name in speakers {
        let replies = ask(
            &lib.searcher,
            Request::Quoted {
                gen: 1,
                name: name.to_string(),
            },
        );
        let [Reply::Hits { hits, keys, .. }] = replies.as_slice() else {
            panic!("hits for {name}: {replies:?}");
        };
        // The quotes view asks for the quoting articles in list order.
        let mut listed: Vec<usize> = hits
            .iter()
            .filter_map(|h| by_id.get(&h.id))
            .copied()
            .collect();
        listed.sort_unstable();
        let articles: Vec<Quoting> = listed
            .iter()
            .map(|&l| Quoting {
                listed: l,
                id: id_of(&lib.entries[l].id).expect("an id"),
            })
            .collect();
        let mut stored: Vec<QuoteRow> = Vec::new();
        let mut done = false;
        let request = Request::Quotes {
            gen: 2,
            keys: keys.clone(),
            articles,
        };
        for reply in ask(&lib.searcher, request) {
            let Reply::Quotes { rows, done: d, .. } = reply else {
                panic!("quotes for {name}: {reply:?}");
            };
            assert!(!done, "nothing after the last batch");
            stored.extend(rows);
            done = d;
        }
        assert!(done, "{name}: the view completes");
        // Before: each quoting article read from its file and structured
        // again (the entry alone in a file of many), its quotes picked.
        let mut reparsed = Vec::new();
        for &l in &listed {
            let e = &lib.entries[l];
            let article = reparsed_cache.entry(l).or_insert_with(|| {
                let wanted = ToRead {
                    listed: l,
                    path: e.path.as_deref().expect("a file").to_path_buf(),
                    entry: e.entry,
                    id: e.id.clone(),
                };
                wanted.load().expect("reads again")
            });
            reparsed.extend(quote_rows(l, article, keys));
        }
        assert!(!reparsed.is_empty(), "{name} is quoted somewhere");
        assert_eq!(stored, reparsed, "{name}");
        compared += stored.len();
    }
    eprintln!("{compared} quotes compared");
    assert!(compared > 100, "{compared} quotes compared");
}

/// Drives an [`App`] over the library as the loop does: questions answered
/// by the searcher, articles read from their files.
fn serve(app: &mut App, searcher: &Searcher) {
    loop {
        let effects = app.take_effects();
        if effects.is_empty() {
            return;
        }
        for effect in effects {
            match effect {
                Effect::Ask(request) => {
                    for reply in ask(searcher, request) {
                        app.update(Msg::Search(reply));
                    }
                }
                Effect::Load(wanted) => {
                    let article = wanted.load().map_err(|e| e.to_string());
                    app.update(Msg::Doc {
                        listed: wanted.listed,
                        path: wanted.path,
                        article: Box::new(article),
                    });
                }
                _ => {}
            }
        }
    }
}

fn key(app: &mut App, searcher: &Searcher, code: KeyCode) {
    let key = KeyEvent::new(code, KeyModifiers::NONE);
    if let Some(action) = action_for(key, app.key_context(), app.keymap()) {
        app.update(action);
    }
    serve(app, searcher);
}

/// The entity selected in the sidebar.
fn side_entity(app: &App) -> Option<String> {
    let row = app.view().side_entities.get(app.side_selected())?;
    match app.view().side_rows.get(*row)? {
        SideRow::Entity(e) => app.article()?.entities.get(*e).map(|e| e.name.clone()),
        _ => None,
    }
}

#[test]
fn enter_on_each_stored_quote_puts_the_reader_on_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = library(dir.path());
    // The speaker quoted in the most articles, and the first article
    // quoting them, where the view is opened from.
    // The same text at two paths (a sample is in the dev corpus too) is
    // one article, listed once by its id.
    let mut quoted: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for (i, a) in lib.articles.iter().enumerate() {
        for s in a.quotes.iter().filter_map(|q| q.speaker.as_deref()) {
            quoted.entry(s).or_default().entry(&a.id).or_insert(i);
        }
    }
    let (name, at) = quoted
        .iter()
        .max_by_key(|(_, articles)| articles.len())
        .expect("a speaker");
    assert!(at.len() >= 2, "{name} quoted in {} articles", at.len());
    let first = *at.values().min().expect("an article");
    let name = name.to_string();

    let mut app = App::from_entries(lib.entries.clone(), vec![]);
    app.update(newsreader::tui::action::Action::Resize(120, 40));
    serve(&mut app, &lib.searcher);
    // Down the list (in its own order) from the top to that article.
    for _ in 0..lib.entries.len() {
        if app.selected() == first {
            break;
        }
        key(&mut app, &lib.searcher, KeyCode::Char('j'));
    }
    assert_eq!(app.selected(), first);
    assert!(app.article().is_some(), "the article is read");
    key(&mut app, &lib.searcher, KeyCode::Tab);
    key(&mut app, &lib.searcher, KeyCode::Tab);
    for _ in 0..60 {
        if side_entity(&app).as_deref() == Some(name.as_str()) {
            break;
        }
        key(&mut app, &lib.searcher, KeyCode::Char('j'));
    }
    assert_eq!(side_entity(&app).as_deref(), Some(name.as_str()));
    key(&mut app, &lib.searcher, KeyCode::Char('"'));
    let ListView::Quotes(q) = app.list_view() else {
        panic!("the quotes view");
    };
    assert!(q.done);
    let rows = q.rows.clone();
    let articles: BTreeSet<usize> = rows.iter().map(|r| r.entry).collect();
    assert_eq!(articles.len(), at.len(), "{rows:?}");
    for (n, row) in rows.iter().enumerate() {
        // Down to the row, as the view was left; Enter reads on from it.
        let ListView::Quotes(q) = app.list_view() else {
            panic!("back in the quotes view");
        };
        for _ in q.selected..n {
            key(&mut app, &lib.searcher, KeyCode::Char('j'));
        }
        key(&mut app, &lib.searcher, KeyCode::Enter);
        assert_eq!(app.selected(), row.entry, "row {n}");
        let article = app.article().expect("the article is read");
        let on = app.current_quote().and_then(|i| article.quotes.get(i));
        let on = on.unwrap_or_else(|| panic!("row {n}: the reader is on no quote"));
        assert_eq!(
            (on.block, on.start, on.end, on.text.as_str()),
            (row.block, row.start, row.end, row.text.as_str()),
            "row {n}"
        );
        assert!(on.speaker.is_some(), "row {n}");
        key(&mut app, &lib.searcher, KeyCode::Backspace);
    }
}

/// The quotes view of the library in `dir` indexed into `search`: the
/// person's rows, from the stored quotes, as (listed place, text).
fn quotes_view(search: &Path, entries: &[Entry], name: &str) -> Vec<(usize, String)> {
    let (index, fresh) = SearchIndex::open(search).expect("the index");
    assert!(!fresh, "indexed already");
    let searcher = open(Source::Index(index)).expect("searcher");
    let mut app = App::from_entries(entries.to_vec(), vec![]);
    app.update(newsreader::tui::action::Action::Resize(120, 40));
    serve(&mut app, &searcher);
    key(&mut app, &searcher, KeyCode::Tab);
    key(&mut app, &searcher, KeyCode::Tab);
    assert_eq!(side_entity(&app).as_deref(), Some(name));
    key(&mut app, &searcher, KeyCode::Char('"'));
    let ListView::Quotes(q) = app.list_view() else {
        panic!("the quotes view");
    };
    assert!(q.done);
    q.rows.iter().map(|r| (r.entry, r.text.clone())).collect()
}

/// An index written before the quotes were stored (its version marker
/// says 1) is replaced when the reader opens it, and the indexer, told it
/// is fresh, reads every file again, though the cache knows them all: the
/// quotes view then has every quote, never an error or an empty view.
#[test]
fn an_index_from_before_stored_quotes_is_rebuilt_and_the_view_works() {
    use newsreader::library::index::{run, IndexMsg, SearchTarget};
    use std::sync::atomic::AtomicBool;
    use std::sync::Mutex;

    let dir = tempfile::tempdir().expect("temp dir");
    let lib = dir.path().join("lib");
    std::fs::create_dir_all(&lib).expect("lib");
    let mut entries = Vec::new();
    for n in 0..3 {
        let text = format!(
            "Headline number {n}\n\n“We met {n} times,” said Ann Lee, the mayor of Lima.\n"
        );
        let path = lib.join(format!("a{n}.txt"));
        std::fs::write(&path, &text).expect("write");
        entries.push(Entry::of(&load_file(&path).expect("reads")[0], Some(path)));
    }
    let (db, search) = (dir.path().join("index.db"), dir.path().join("search"));
    let index_run = || {
        let (index, fresh) = SearchIndex::open(&search).expect("opens");
        let target = SearchTarget {
            index,
            fresh,
            persistent: true,
        };
        let said = Mutex::new(0);
        let stop = AtomicBool::new(false);
        run(
            std::slice::from_ref(&lib),
            Some(&db),
            Some(target),
            &stop,
            &|m| {
                if let IndexMsg::Parsed(batch) = &m {
                    *said.lock().expect("lock") += batch.len();
                }
                true
            },
        );
        said.into_inner().expect("lock")
    };
    let want: Vec<(usize, String)> = (0..3).map(|n| (n, format!("We met {n} times,"))).collect();
    assert_eq!(index_run(), 3, "cold: every file read");
    assert_eq!(quotes_view(&search, &entries, "Ann Lee"), want);
    assert_eq!(index_run(), 0, "warm: nothing read");

    std::fs::write(
        search.join("newsreader-search-version"),
        "newsreader search index 1\n",
    )
    .expect("an old marker");
    assert_eq!(index_run(), 3, "a replaced index: every file read again");
    assert_eq!(quotes_view(&search, &entries, "Ann Lee"), want);
}
