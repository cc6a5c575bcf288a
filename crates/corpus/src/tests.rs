use super::*;
use newsreader_core::article::{BlockKind, EntityKind};
use newsreader_core::loader::parse;

mod vocab;

#[test]
fn same_seed_same_articles() {
    let a = Generator::bundled(7);
    let b = Generator::bundled(7);
    for n in [0, 1, 2, 99, 12_345] {
        assert_eq!(a.article(n), b.article(n));
    }
}

#[test]
fn different_seeds_and_numbers_differ() {
    let a = Generator::bundled(1);
    let b = Generator::bundled(2);
    let differ = (0..20).filter(|&n| a.article(n) != b.article(n)).count();
    assert_eq!(differ, 20);
    assert_ne!(a.article(0), a.article(1));
}

#[test]
fn written_corpus_is_byte_identical_for_the_same_seed() {
    let one = tempfile::tempdir().expect("tempdir");
    let two = tempfile::tempdir().expect("tempdir");
    let count = FILES_PER_DIR + 5;
    let s1 = write_corpus(one.path(), count, 3).expect("write");
    let s2 = write_corpus(two.path(), count, 3).expect("write");
    assert_eq!(s1, s2);
    assert_eq!(s1.articles, count);
    let files = |root: &Path| {
        let mut all = Vec::new();
        for sub in std::fs::read_dir(root).expect("read root") {
            let sub = sub.expect("entry").path();
            for f in std::fs::read_dir(&sub).expect("read sub") {
                let f = f.expect("entry").path();
                let rel = f.strip_prefix(root).expect("prefix").to_path_buf();
                all.push((rel, std::fs::read(&f).expect("read file")));
            }
        }
        all.sort();
        all
    };
    let (f1, f2) = (files(one.path()), files(two.path()));
    assert_eq!(f1.len(), count);
    assert_eq!(f1, f2);
    let total: u64 = f1.iter().map(|(_, b)| b.len() as u64).sum();
    assert_eq!(total, s1.bytes);
    // Two folders: a full one and the rest.
    assert!(one.path().join("0000").is_dir() && one.path().join("0001").is_dir());
    assert!(!one.path().join("0002").exists());
}

#[test]
fn file_names_are_numbered_slugs() {
    assert_eq!(
        file_name(42, "Markets in Lima rally, again!\n\nBody."),
        "000042_markets-in-lima-rally-again.txt"
    );
    assert_eq!(file_name(7, "“…”"), "000007_article.txt");
}

#[test]
fn replace_word_keeps_longer_words() {
    assert_eq!(
        replace_word("Omsk and Omskaya, Omsk.", "Omsk", "Lima"),
        "Lima and Omskaya, Lima."
    );
}

#[test]
fn average_size_is_realistic() {
    let g = Generator::bundled(1);
    let total: usize = (0..500).map(|n| g.article(n).len()).sum();
    let average = total / 500;
    assert!(
        (4_000..=10_000).contains(&average),
        "average {average} bytes"
    );
}

#[test]
fn the_loader_finds_every_kind_of_structure() {
    let g = Generator::bundled(1);
    let (mut captions, mut headings, mut quotes, mut bylines, mut datelines) = (0, 0, 0, 0, 0);
    let (mut people, mut places, mut orgs, mut titled) = (0, 0, 0, 0);
    let articles = 200;
    for n in 0..articles {
        let a = parse("gen", &g.article(n));
        captions += usize::from(a.caption.is_some() || a.credit.is_some());
        captions += a
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Caption)
            .count();
        headings += a
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Heading)
            .count();
        quotes += a.quotes.iter().filter(|q| q.speaker.is_some()).count();
        bylines += usize::from(a.byline.is_some());
        datelines += usize::from(a.dateline.is_some());
        titled += usize::from(!a.title_derived);
        for e in &a.entities {
            match e.kind {
                EntityKind::Person => people += 1,
                EntityKind::Place => places += 1,
                EntityKind::Organization => orgs += 1,
                EntityKind::Other => {}
            }
        }
    }
    eprintln!(
        "captions {captions} headings {headings} quotes {quotes} bylines {bylines} \
         datelines {datelines} people {people} places {places} orgs {orgs} titled {titled}"
    );
    // Each kind shows up in a good share of the articles, not by accident.
    assert!(captions >= articles / 4, "captions {captions}");
    assert!(headings >= articles / 4, "headings {headings}");
    assert!(quotes >= articles, "attributed quotes {quotes}");
    assert!(bylines >= articles / 3, "bylines {bylines}");
    assert!(datelines >= articles / 4, "datelines {datelines}");
    assert!(people >= articles, "people {people}");
    assert!(places >= articles, "places {places}");
    assert!(orgs >= articles, "organisations {orgs}");
    assert!(titled * 10 >= articles * 8, "headlines found {titled}");
}

/// The people an article introduces in a quote: `…," said First Last, a …`.
fn introduced(text: &str) -> Vec<String> {
    text.split("said ")
        .skip(1)
        .filter_map(|rest| {
            let (name, _) = rest.split_once(',')?;
            let words: Vec<&str> = name.split(' ').collect();
            let capitalized = words.iter().all(|w| w.starts_with(char::is_uppercase));
            (words.len() == 2 && capitalized).then(|| name.to_string())
        })
        .collect()
}

#[test]
fn generated_speakers_are_found_as_people_and_quoted() {
    // Article by article: the cast's quotes must be attributed to them.
    let g = Generator::bundled(5);
    let mut attributed = 0;
    for n in 0..100 {
        let text = g.article(n);
        let cast = introduced(&text);
        let a = parse("gen", &text);
        for q in a.quotes.iter().filter(|q| q.speaker.is_some()) {
            let speaker = q.speaker.as_deref().unwrap_or("");
            let last = |name: &String| name.rsplit(' ').next().map(str::to_string);
            if cast.iter().filter_map(last).any(|l| speaker.ends_with(&l)) {
                attributed += 1;
                assert!(
                    a.entity(speaker)
                        .is_some_and(|e| e.kind == EntityKind::Person),
                    "{speaker} is not a person in article {n}"
                );
            }
        }
    }
    assert!(
        attributed >= 100,
        "only {attributed} generated quotes attributed"
    );
}
