//! People shown by a role noun written in capitals or in the plural, and
//! sentence-initial common words that a speech verb or a comma does not make
//! anyone, on made-up snippets.

use super::classes::rule_of;
use super::{entities, get, has, names};
use crate::article::{EntityKind, KindRule};

#[test]
fn a_capitalised_role_opening_the_sentence() {
    let text = "Blogger Tamsin Okoro compiled the posts in one page.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Tamsin Okoro").kind, EntityKind::Person);
    assert_eq!(rule_of(text, "Tamsin Okoro"), KindRule::Role);
}

#[test]
fn a_plural_role_before_a_list_of_names() {
    let text = "The debate was moderated by TV anchors Yusri Fadda and Kiri Tamsa.";
    let (_, es) = entities(text);
    assert_eq!(get(&es, "Yusri Fadda").kind, EntityKind::Person);
    assert_eq!(rule_of(text, "Yusri Fadda"), KindRule::Role);
}

#[test]
fn sentence_initial_common_words_name_nobody() {
    // The article writes `aides` and `stupid` in lower case too, and
    // `Happily` is an adverb: a speech verb or a comma after them makes no
    // one of them.
    let text = "Aides said the plan was ready. Two aides disagreed.\n\n\
                Stupid, careless work, said a critic; it was stupid to wait.\n\n\
                Happily, the vote passed.";
    let (_, es) = entities(text);
    for word in ["Aides", "Stupid", "Happily"] {
        assert!(!has(&es, word), "{word} listed: {:?}", names(&es));
    }
}
