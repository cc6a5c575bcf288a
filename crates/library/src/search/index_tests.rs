//! The index end to end, in memory: articles in through the writer,
//! hits out of the searcher. (Opening dirs is tested in `open`.)

use std::path::Path;

use super::*;
use newsreader_core::article::{Article, EntityKind};
use newsreader_core::loader::parse;

fn article(name: &str, text: &str) -> Article {
    parse(name, text)
}

/// An in-memory index holding `articles`, each at path `name`.
fn index_of(articles: &[(&str, &Article)]) -> (SearchIndex, SearchWriter, Searcher) {
    let index = SearchIndex::in_ram();
    let mut writer = index.writer().unwrap();
    for (path, a) in articles {
        writer.add(Path::new(path), a).unwrap();
    }
    writer.commit().unwrap();
    let searcher = index.searcher().unwrap();
    (index, writer, searcher)
}

fn id(a: &Article) -> u128 {
    id_of(&a.id).unwrap()
}

/// The ids found, sorted, for comparing.
fn ids(hits: &[Hit]) -> Vec<u128> {
    let mut v: Vec<u128> = hits.iter().map(|h| h.id).collect();
    v.sort();
    v
}

fn sorted(mut v: Vec<u128>) -> Vec<u128> {
    v.sort();
    v
}

fn cafe() -> Article {
    article(
        "cafe",
        "Old café closes\n\nThe Café Riche on the square shut on Monday after a century.\n\n\
         Regulars said the café had been part of their lives.\n",
    )
}

fn greek() -> Article {
    article(
        "greek",
        "Ο Οδυσσέας επιστρέφει\n\nΟ ΟΔΥΣΣΕΥΣ ήρθε στο νησί. Ο Οδυσσεύς είπε λίγα.\n",
    )
}

fn tokyo() -> Article {
    article(
        "tokyo",
        "Tokyo budget passes\n\n東京都は新しい予算を承認した。\n\nThe clinic and the clinical trial got money.\n",
    )
}

#[test]
fn case_and_accents_do_not_matter_either_way() {
    let plain = article("plain", "Cafe prices rise\n\nA cafe owner raised prices.\n");
    let decomposed = article(
        "dec",
        "Tea news\n\nThe cafe\u{301} by the river reopened.\n",
    );
    let (c, p, d) = (cafe(), plain, decomposed);
    let (_, _, s) = index_of(&[("c", &c), ("p", &p), ("d", &d)]);
    let all = sorted(vec![id(&c), id(&p), id(&d)]);
    for q in ["cafe ", "café ", "CAFÉ ", "Cafe\u{301} "] {
        assert_eq!(ids(&s.search(q).unwrap()), all, "query {q:?}");
    }
    assert_eq!(ids(&s.search("riche ").unwrap()), [id(&c)]);
}

#[test]
fn greek_final_sigma_is_sigma() {
    let g = greek();
    let (_, _, s) = index_of(&[("g", &g)]);
    for q in ["οδυσσευς ", "ΟΔΥΣΣΕΥΣ ", "Οδυσσευσ "] {
        let hits = s.search(q).unwrap();
        assert_eq!(ids(&hits), [id(&g)], "query {q:?}");
        assert_eq!(hits[0].hits, 2, "query {q:?}");
    }
}

#[test]
fn han_text_is_found_by_its_chars() {
    let t = tokyo();
    let (_, _, s) = index_of(&[("t", &t)]);
    assert_eq!(ids(&s.search("東京").unwrap()), [id(&t)]);
    assert_eq!(ids(&s.search("予算 ").unwrap()), [id(&t)]);
    assert!(s.search("大阪 ").unwrap().is_empty());
}

#[test]
fn the_last_word_is_a_prefix_until_a_space_ends_it() {
    let t = tokyo();
    let (_, _, s) = index_of(&[("t", &t)]);
    // `clin` is a prefix of `clinic` and `clinical`: one each.
    let hits = s.search("clin").unwrap();
    assert_eq!(ids(&hits), [id(&t)]);
    assert_eq!(hits[0].hits, 2);
    assert!(s.search("clin ").unwrap().is_empty());
    assert_eq!(s.search("clinic ").unwrap()[0].hits, 1);
    // Only the last word grows: `clin` before another word is exact.
    assert!(s.search("clin budget").unwrap().is_empty());
    // One or two letters are taken as they are.
    assert!(s.search("cl").unwrap().is_empty());
    assert!(s.search("").unwrap().is_empty());
    assert!(s.search("  \t").unwrap().is_empty());
}

#[test]
fn every_word_must_occur_in_title_or_body() {
    let (c, t) = (cafe(), tokyo());
    let (_, _, s) = index_of(&[("c", &c), ("t", &t)]);
    // `old` only in the title, `century` only in the body.
    assert_eq!(ids(&s.search("old century").unwrap()), [id(&c)]);
    assert_eq!(
        ids(&s.search("the ").unwrap()),
        sorted(vec![id(&c), id(&t)])
    );
    assert!(s.search("café budget").unwrap().is_empty());
}

#[test]
fn counts_split_title_from_body() {
    let c = cafe();
    let (_, _, s) = index_of(&[("c", &c)]);
    let hit = s.search("cafe ").unwrap()[0];
    // Title: "Old café closes"; body: "Café Riche", "the café".
    assert_eq!((hit.title_hits, hit.hits), (1, 3));
    let hit = s.search("cafe monday").unwrap()[0];
    assert_eq!((hit.title_hits, hit.hits), (1, 4));
    assert_eq!(s.search("monday").unwrap()[0].title_hits, 0);
}

#[test]
fn adding_a_path_again_replaces_it_and_forget_drops_it() {
    let (c, t) = (cafe(), tokyo());
    let (_, mut w, s) = index_of(&[("x.txt", &c), ("y.txt", &t)]);
    assert_eq!(ids(&s.search("riche ").unwrap()), [id(&c)]);
    w.add(Path::new("x.txt"), &greek()).unwrap();
    w.commit().unwrap();
    s.refresh().unwrap();
    assert!(s.search("riche ").unwrap().is_empty());
    assert_eq!(s.search("οδυσσευς ").unwrap().len(), 1);
    w.forget(Path::new("y.txt")).unwrap();
    w.commit().unwrap();
    // Not seen until the searcher refreshes.
    assert_eq!(s.search("clinic ").unwrap().len(), 1);
    s.refresh().unwrap();
    assert!(s.search("clinic ").unwrap().is_empty());
    assert!(s.mentions(EntityKind::Place, "Tokyo").unwrap().is_empty());
}

#[test]
fn the_same_text_at_two_paths_is_one_hit() {
    let c = cafe();
    let (_, _, s) = index_of(&[("a/x.txt", &c), ("b/x.txt", &c)]);
    assert_eq!(s.search("riche").unwrap().len(), 1);
}

const PUTIN_A: &str = "Kremlin rejects ceasefire plan\n\n\
    MOSCOW (Reuters) - Russian President Vladimir Putin rejected the ceasefire plan on Tuesday, \
    the Kremlin said.\n\n\
    \"We will not accept terms written in Washington,\" Putin told reporters in Moscow.\n\n\
    Putin said the talks could resume next month.\n";
const PUTIN_B: &str = "Markets steady as talks drag on\n\n\
    LONDON - European markets were steady on Wednesday as investors waited for news from Moscow.\n\n\
    \"Nobody expects a quick deal,\" said Anna Berg, an analyst at Nordbank in London.\n\n\
    Putin has said little in public this week. \"The door is open,\" Putin said on Monday.\n";
const SMITH_A: &str = "Council approves new budget\n\n\
    SPRINGFIELD - The city council approved a new budget on Thursday after a long debate.\n\n\
    \"This budget protects our schools,\" said council member John Smith.\n\n\
    Smith said the vote was a victory for parents.\n";
const SMITH_B: &str = "Hospital opens new wing\n\n\
    SPRINGFIELD - The county hospital opened a new children's wing on Friday.\n\n\
    \"We have waited ten years for this,\" said Mary Smith, the hospital's director.\n\n\
    Smith thanked the donors who paid for the wing.\n";
const SMITH_C: &str = "Library reopens after flood\n\n\
    SPRINGFIELD - The public library reopened on Saturday, three months after a flood closed it.\n\n\
    \"The books are back where they belong,\" Smith said at the ceremony.\n\n\
    Smith, who led the cleanup, thanked volunteers.\n";

/// The person entity's (name, mentions) and the quote speakers, as the
/// loader gives them: what the assertions below rest on.
fn people(a: &Article) -> (Vec<(String, usize)>, Vec<Option<String>>) {
    let people = a
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| (e.name.clone(), e.mentions))
        .collect();
    (people, a.quotes.iter().map(|q| q.speaker.clone()).collect())
}

fn named(v: &[(&str, usize)]) -> Vec<(String, usize)> {
    v.iter().map(|(n, c)| (n.to_string(), *c)).collect()
}

#[test]
fn a_full_name_and_its_only_surname_are_one_person_across_articles() {
    let (a, b) = (article("a", PUTIN_A), article("b", PUTIN_B));
    assert_eq!(people(&a).0, named(&[("Vladimir Putin", 3)]));
    assert_eq!(people(&a).1, [Some("Vladimir Putin".to_string())]);
    assert_eq!(people(&b).0, named(&[("Putin", 2), ("Anna Berg", 1)]));
    assert_eq!(
        people(&b).1,
        [Some("Anna Berg".into()), Some("Putin".into())]
    );

    let (_, _, s) = index_of(&[("a", &a), ("b", &b)]);
    let both = sorted(vec![id(&a), id(&b)]);
    for name in ["Vladimir Putin", "Putin", "PUTIN", "vladimir  putin"] {
        let hits = s.mentions(EntityKind::Person, name).unwrap();
        assert_eq!(ids(&hits), both, "mentions {name:?}");
        let of_a = hits.iter().find(|h| h.id == id(&a)).map(|h| h.hits);
        assert_eq!(of_a, Some(3));
        assert_eq!(ids(&s.quoted(name).unwrap()), both, "quoted {name:?}");
        assert_eq!(s.person_keys(name).unwrap().len(), 2);
    }
    // Anna Berg is the only Berg: a bare Berg would be her.
    assert_eq!(ids(&s.quoted("Anna Berg").unwrap()), [id(&b)]);
    assert_eq!(s.person_keys("Anna Berg").unwrap(), ["anna berg", "berg"]);
    // Places and organisations: by key.
    assert_eq!(
        ids(&s.mentions(EntityKind::Organization, "kremlin").unwrap()),
        [id(&a)]
    );
    let moscow = s.mentions(EntityKind::Place, "Moscow").unwrap();
    assert_eq!(ids(&moscow), both);
    assert!(s.mentions(EntityKind::Person, "Moscow").unwrap().is_empty());
    assert!(s.mentions(EntityKind::Person, " ").unwrap().is_empty());
}

#[test]
fn people_sharing_a_surname_never_merge() {
    let (a, b, c) = (
        article("a", SMITH_A),
        article("b", SMITH_B),
        article("c", SMITH_C),
    );
    assert_eq!(people(&a).0, named(&[("John Smith", 2)]));
    assert_eq!(
        people(&b),
        (named(&[("Mary Smith", 2)]), vec![Some("Mary Smith".into())])
    );
    assert_eq!(
        people(&c),
        (named(&[("Smith", 2)]), vec![Some("Smith".into())])
    );

    let (_, mut w, s) = index_of(&[("a", &a), ("b", &b), ("c", &c)]);
    let m = |name| ids(&s.mentions(EntityKind::Person, name).unwrap());
    assert_eq!(m("John Smith"), [id(&a)]);
    assert_eq!(m("Mary Smith"), [id(&b)]);
    assert_eq!(m("Smith"), [id(&c)]);
    assert_eq!(ids(&s.quoted("Smith").unwrap()), [id(&c)]);
    assert_eq!(ids(&s.quoted("Mary Smith").unwrap()), [id(&b)]);
    // `said council member John Smith` credits him, and only in his article.
    assert_eq!(ids(&s.quoted("John Smith").unwrap()), [id(&a)]);

    // With Mary Smith's article gone, Smith is John Smith's alone.
    w.forget(Path::new("b")).unwrap();
    w.commit().unwrap();
    s.refresh().unwrap();
    let (ac, ids_) = (sorted(vec![id(&a), id(&c)]), |name| {
        ids(&s.mentions(EntityKind::Person, name).unwrap())
    });
    assert_eq!(ids_("Smith"), ac);
    assert_eq!(ids_("John Smith"), ac);
    assert!(ids_("Mary Smith").is_empty());
}

#[test]
fn quotes_by_picks_the_merged_keys_quotes() {
    let (a, b) = (article("a", PUTIN_A), article("b", PUTIN_B));
    let (_, _, s) = index_of(&[("a", &a), ("b", &b)]);
    let keys = s.person_keys("Putin").unwrap();
    assert_eq!(quotes_by(&a, &keys), [0]);
    assert_eq!(quotes_by(&b, &keys), [1]);
}

#[test]
fn a_second_writer_is_busy() {
    let (index, _w, _) = index_of(&[]);
    assert!(matches!(index.writer(), Err(SearchError::Busy { .. })));
}

#[test]
fn a_prefix_stands_for_at_most_the_cap_of_words_the_word_itself_first() {
    let many: Vec<String> = (0..PREFIX_TERMS + 6)
        .map(|i| format!("zzq{i:03}"))
        .collect();
    let codes = |title: &str| article(title, &format!("{title}\n\nCodes: {}.\n", many.join(" ")));
    let (wide, wide2) = (codes("Codes"), codes("More codes"));
    // `zzq` itself, in one article only: less widespread than every other
    // word it begins, yet always among the words it stands for.
    let exact = article("exact", "Short\n\nA zzq here.\n");
    let (_, _, s) = index_of(&[("w", &wide), ("w2", &wide2), ("e", &exact)]);
    let hits = s.search("zzq").unwrap();
    assert_eq!(ids(&hits), sorted(vec![id(&wide), id(&wide2), id(&exact)]));
    let of = |a: &Article| hits.iter().find(|h| h.id == id(a)).map(|h| h.hits);
    // The word itself plus 63 of the 70 others.
    assert_eq!(of(&wide), Some(PREFIX_TERMS as u32 - 1));
    assert_eq!(of(&wide2), Some(PREFIX_TERMS as u32 - 1));
    assert_eq!(of(&exact), Some(1));
}

#[test]
fn documents_for_a_new_index_carry_no_delete_and_replacing_ones_do() {
    let (_, writer, _) = index_of(&[]);
    let a = article("a.txt", "Headline\n\nThe mayor spoke.\n");
    let maker = writer.maker();
    let path = Path::new("/lib/a.txt");
    let kinds = |p: Prepared| -> Vec<bool> {
        p.ops
            .iter()
            .map(|op| matches!(op, tantivy::indexer::UserOperation::Delete(_)))
            .collect()
    };
    assert_eq!(
        kinds(maker.prepare(path, std::slice::from_ref(&a))),
        [true, false]
    );
    assert_eq!(
        kinds(maker.prepare_new(path, std::slice::from_ref(&a))),
        [false]
    );
}

#[test]
fn a_files_words_are_the_text_of_every_field_our_tokenizer_reads() {
    let (_, writer, _) = index_of(&[]);
    let a = article(
        "a.txt",
        "Flood in Dhaka\n\nThe river rose overnight, said Rahima Begum.\n\n\"We lost everything,\" she said.\n",
    );
    let b = article("b.txt", "Café\n\nΟδυσσέας and 東京都は.\n");
    let prepared = writer.maker().prepare(Path::new("/lib/ab.feed"), &[a, b]);
    let (schema, _) = super::schema::schema();
    let ours = |field: tantivy::schema::Field| match schema.get_field_entry(field).field_type() {
        tantivy::schema::FieldType::Str(options) => options
            .get_indexing_options()
            .is_some_and(|i| i.tokenizer() == super::fold::TOKENIZER),
        _ => false,
    };
    let mut read = 0;
    for op in &prepared.ops {
        if let tantivy::indexer::UserOperation::Add(doc) = op {
            for (field, value) in doc.field_values() {
                if ours(field) {
                    read += tantivy::schema::Value::as_str(&value).unwrap().len() as u64;
                }
            }
        }
    }
    assert!(read > 100);
    assert_eq!(prepared.words, read);
}

#[test]
fn the_backlog_is_empty_once_a_commit_has_indexed_everything() {
    let index = SearchIndex::in_ram();
    let mut writer = index.writer().unwrap();
    assert_eq!(writer.backlog(), 0);
    let a = article("a.txt", "Headline\n\nThe mayor spoke at length.\n\nMore.\n");
    let text = (a.title.len() + a.blocks.iter().map(|b| b.text.len()).sum::<usize>()) as u64;
    for i in 0..20 {
        writer.add(Path::new(&format!("/lib/{i}.txt")), &a).unwrap();
        assert!(writer.backlog() <= text * (i + 1));
    }
    // A commit waits for the indexing thread to have read every document,
    // so a count off either way would leave a backlog here.
    writer.commit().unwrap();
    assert_eq!(writer.backlog(), 0);
}
