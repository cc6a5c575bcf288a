//! Evidence for what a name is. Each mention gets a [`Hint`]: a kind and a
//! strength (3 = the words themselves say so: gazetteer, cue word, title;
//! 2 = strong context: first name, speech verb, `village of`; 1 = weak
//! context; 0 = only the shape of the word). The alias stage gives each
//! entity its strongest hint.

use super::context::Context;
use super::lexicon::{flag, LEXICON};
use super::names::{lower, Piece};
use super::tokens::{is_acronym, is_initial, text_of, Gap, Tok};
use crate::article::{EntityKind, KindRule};
use crate::loader::tokenizer::{after_last, has_byte};

mod business;
mod classes;
mod credits;
mod cues;
mod heads;
mod hint;
mod lists;
mod market;
mod people;
mod places;
mod shape;
mod words;
pub(super) use classes::category;
pub(super) use credits::introduces_quote;
pub use cues::cue_kind;
pub(super) use cues::segment_cue;
pub use hint::Hint;
pub(super) use people::acts_as_person;

use shape::{has_digit, is_camel};
use words::KIND_WORDS;

/// Whether the text after a name is an apposition that says what it is
/// (`, 45,`, `, who`, `, a punk band`): proof enough that a word opening a
/// sentence is a name.
pub(super) fn apposed(after: &str) -> bool {
    people::appositive(after).is_some() || heads::apposition_head(after).is_some()
}

/// Weigh the evidence on and around a name's pieces.
pub(super) fn classify(
    ctx: &Context,
    text: &str,
    toks: &[Tok],
    pieces: &[Piece],
    titled: bool,
) -> Hint {
    let lex = &*LEXICON;
    let (Some(first), Some(last)) = (pieces.first(), pieces.last()) else {
        return Hint::new(EntityKind::Other, 0, KindRule::ShapeOnly);
    };
    let word = |p: &Piece| text.get(p.start..p.end).unwrap_or("");
    let tok_word = |k: Option<usize>| k.and_then(|k| toks.get(k)).map(|t| text_of(text, t));
    if titled {
        return Hint::new(EntityKind::Person, 3, KindRule::Title);
    }
    let single = pieces.len() == 1;
    let w = word(first);
    // Bound once as a `&str`, for the many lookups below.
    let lw_buf = lower(w);
    let lw = lw_buf.as_str();
    if single {
        if let Some(hint) = classes::group_word(w, lw) {
            return hint;
        }
        if let Some(hint) = people::known_person(w) {
            return hint;
        }
        let body = lex.org_name.contains(w);
        if let Some(hint) = market::product_or_index(text, toks, last, body) {
            return hint;
        }
        if body {
            return Hint::new(EntityKind::Organization, 3, KindRule::KnownOrganization);
        }
        if lex.other_name.contains(w) {
            return Hint::new(EntityKind::Other, 3, KindRule::KnownOther);
        }
        // `COVID-19`, `H1N1`: letters and digits together name a disease,
        // strain or product, not a body (known ones like `MI6` are above).
        if has_digit(w) && w.chars().any(char::is_alphabetic) {
            return Hint::new(EntityKind::Other, 2, KindRule::Code);
        }
        let after_w = toks.get(last.last + 1);
        let spaced = after_w.is_some_and(|t| t.gap == Gap::Space);
        let after_w = after_w.map_or("", |t| text_of(text, t));
        if let Some(hint) = classes::index_name(w, after_w, spaced) {
            return hint;
        }
        if is_acronym(w) {
            return Hint::new(EntityKind::Organization, 2, KindRule::Acronym);
        }
        // `Nile-Delta`: a place word after the last hyphen.
        if has_byte(lw, b'-') && lex.place_cue.contains(after_last(lw, b'-')) {
            return Hint::new(EntityKind::Place, 2, KindRule::CueWord);
        }
    }
    let after = text.get(last.end..).unwrap_or("");
    if [".com", ".org", ".net", ".co."]
        .iter()
        .any(|d| after.starts_with(d))
    {
        return Hint::new(EntityKind::Organization, 3, KindRule::WebDomain);
    }
    // `Lagos-based`: where something is based is a place.
    let hyphened = toks.get(last.last + 1).filter(|t| t.gap == Gap::Hyphen);
    if hyphened.is_some_and(|t| ["based", "headquartered", "born"].contains(&text_of(text, t))) {
        return Hint::new(EntityKind::Place, 2, KindRule::PlaceNounAfter);
    }
    let prev_k = first.first.checked_sub(1);
    let prev_tok = prev_k.and_then(|k| toks.get(k));
    let prev = tok_word(prev_k).unwrap_or("");
    let prev_gap = prev_tok
        .map(|t| text.get(t.end..first.start).unwrap_or("").trim())
        .unwrap_or("x");
    let next_tok = toks.get(last.last + 1);
    let next = next_tok.map(|t| text_of(text, t)).unwrap_or("");
    let next_spaced = next_tok.is_some_and(|t| t.gap == Gap::Space);
    let first_space = toks.get(first.first).is_some_and(|t| t.gap == Gap::Space);

    if let Some(hint) = places::state_abbreviation(w, after, prev_gap).filter(|_| single) {
        return hint;
    }
    if let Some(hint) = people::self_introduced(text.get(..first.start).unwrap_or("")) {
        return hint;
    }
    if (prev_gap.is_empty() || prev_gap == ",") && people::role_before(prev) {
        return Hint::new(EntityKind::Person, 3, KindRule::Role);
    }
    let whole = text.get(first.start..last.end).unwrap_or("");
    // Only several words can be a known phrase: a single word skips the key.
    if let Some(hint) = (!single).then(|| classes::known_phrase(whole)).flatten() {
        return hint;
    }
    if whole.contains('&') && !single {
        return Hint::new(EntityKind::Organization, 2, KindRule::Ampersand);
    }
    if single && (lw.ends_with("bank") || lw.ends_with("group")) {
        return Hint::new(EntityKind::Organization, 2, KindRule::OrganizationEnding);
    }
    // `the firm Acme`, `a progressive newspaper, Acme,`.
    let before_noun = first_space || prev_gap == ",";
    if before_noun && (KIND_WORDS.org_noun.contains(prev) || business::org_noun_before(prev)) {
        return Hint::new(
            EntityKind::Organization,
            2,
            KindRule::OrganizationNounBefore,
        );
    }
    // Not after a hyphen: `neo-Nazi group` describes the group.
    let glued = toks.get(first.first).is_some_and(|t| t.gap == Gap::Hyphen);
    if let Some(hint) = business::org_noun_after(text, toks, last)
        .filter(|_| !glued)
        .or_else(|| business::channel(next, next_spaced))
    {
        return hint;
    }
    if !single && first.flags & flag::FIRST_NAME != 0 {
        return Hint::new(EntityKind::Person, 3, KindRule::FirstName);
    }
    // Before a foreign article's weak `organisation`: `in front of La
    // Mutualité` is a building.
    if let Some(hint) = places::gathering_place(text.get(..first.start).unwrap_or("")) {
        return hint;
    }
    if !single && KIND_WORDS.article.contains(lw) {
        return Hint::new(EntityKind::Organization, 1, KindRule::ForeignArticle);
    }
    if !single {
        let numbered = classes::numbered(word(last));
        if let Some(hint) = numbered.or_else(|| classes::leading_org_cue(w)) {
            return hint;
        }
    }
    let inner = pieces.len() >= 3
        && pieces.iter().any(|p| {
            let pw = word(p);
            is_initial(pw) || lex.particle.contains(pw)
        });
    if inner {
        return Hint::new(EntityKind::Person, 3, KindRule::InnerInitial);
    }
    if has_digit(w) {
        return Hint::new(EntityKind::Other, 1, KindRule::Digit);
    }
    // `EastMed`, `CrowdMap`: a name run together in one word is a
    // product's or a project's more often than a company's (the known
    // companies, `YouTube`, are in the lexicon above).
    if single && is_camel(w) {
        return Hint::new(EntityKind::Other, 1, KindRule::CamelCase);
    }
    // `Katya Roe from Vivir Zorb said`: after a preposition the name is
    // where the speaker comes from, not the speaker.
    let governed = first_space && KIND_WORDS.object_preposition.contains(prev);
    let cap_before_prev = prev_k
        .and_then(|k| k.checked_sub(1))
        .and_then(|k| toks.get(k))
        .filter(|t| t.cap);
    let pair = (single && first_space && next_spaced && cap_before_prev.is_some())
        .then(|| business::singular_pair(prev, next))
        .flatten();
    if let Some(hint) = pair {
        return hint;
    }
    if (next_spaced && lex.speech.contains(next) && !governed)
        || (first_space && lex.speech.contains(prev))
    {
        return Hint::new(EntityKind::Person, 2, KindRule::SpeechVerb);
    }
    if single && first.flags & flag::FIRST_NAME != 0 {
        return Hint::new(EntityKind::Person, 2, KindRule::FirstName);
    }
    // `Katya Roe from Vivir Zorb`: where a named person comes from, when
    // the gazetteer knows no such place, is the body they speak for.
    let named_before = cap_before_prev.is_some_and(|t| !t.sentence_start);
    if governed && prev == "from" && named_before {
        return Hint::new(EntityKind::Organization, 1, KindRule::MemberFrom);
    }
    let possessive = toks.get(last.last).is_some_and(|t| t.possessive);
    let prev2 = tok_word(prev_k.and_then(|k| k.checked_sub(1))).unwrap_or("");
    let company = business::corporate_possession(possessive && next_spaced, next)
        .or_else(|| business::which_clause(after))
        .or_else(|| {
            first_space
                .then(|| business::role_at(prev2, prev))
                .flatten()
        })
        .or_else(|| {
            first_space
                .then(|| business::holding(prev2, prev))
                .flatten()
        });
    if let Some(hint) = company {
        return hint;
    }
    // `Folk Healers, whose`: a name made of words the article also uses
    // as common nouns is a group, whatever follows it.
    // Asked only once an apposition is found: few names have one.
    let common_word = || pieces.iter().any(|p| ctx.lower_seen(&lower(word(p))));
    if let Some(hint) = people::appositive(text.get(last.end..).unwrap_or("")) {
        if !common_word() {
            return hint;
        }
    }
    if let Some(hint) = heads::apposition_head(text.get(last.end..).unwrap_or("")) {
        return hint;
    }
    // The words around the name, a capitalised one as `None`, so the
    // place checks read them as patterns.
    let around = |k: Option<usize>| {
        k.and_then(|k| toks.get(k))
            .map(|t| (!t.cap).then(|| text_of(text, t)))
    };
    if next_spaced {
        // Up to three words after the name, on the stack.
        let mut after3: [Option<&str>; 3] = [None; 3];
        let mut len = 0;
        for (slot, d) in after3.iter_mut().zip(1..=3) {
            let Some(w) = around(Some(last.last + d)) else {
                break;
            };
            *slot = w;
            len += 1;
        }
        let after3 = after3.get(..len).unwrap_or(&[]);
        if let Some(hint) = classes::place_noun_after(after3) {
            return hint;
        }
    }
    if single {
        let before3 = [3, 2, 1].map(|d| around(first.first.checked_sub(d)).flatten());
        let coordinated =
            classes::coordinated_place(&before3).or_else(|| business::coordinated_org(&before3));
        if let Some(hint) = coordinated {
            return hint;
        }
    }
    if let Some(hint) = classes::comma_place(text.get(last.end..).unwrap_or("")) {
        return hint;
    }
    if let Some(hint) = people::spoken_after_demonym(prev2, prev).filter(|_| single) {
        return hint;
    }
    let of_place = prev == "of"
        && (KIND_WORDS.place_noun.contains(prev2)
            || KIND_WORDS.of_place_noun.contains(lower(prev2).as_str()));
    if first_space && (KIND_WORDS.place_noun.contains(prev) || of_place) {
        return Hint::new(EntityKind::Place, 2, KindRule::PlaceNoun);
    }
    // `Sanders’ campaign`, `Warren's spokesman`: only people have these.
    // `Sanders’ campaign`: a bare apostrophe after an s, then a space.
    let rest = text.get(last.end..).unwrap_or("");
    let plural_possessive =
        word(last).ends_with('s') && (rest.starts_with("’ ") || rest.starts_with("' "));
    if ((possessive && next_spaced) || plural_possessive) && KIND_WORDS.personal_noun.contains(next)
    {
        return Hint::new(EntityKind::Person, 2, KindRule::PersonalNoun);
    }
    // Not `in Renaissance-style clothing`: glued to the word after it, the
    // name only describes what the preposition governs.
    if single
        && first_space
        && !possessive
        && hyphened.is_none()
        && KIND_WORDS.place_preposition.contains(prev)
    {
        return Hint::new(EntityKind::Place, 1, KindRule::PlacePreposition);
    }
    if let Some(hint) = heads::such_as(text, toks, first.first) {
        return hint;
    }
    let credit = || credits::photo_credit(text.get(..first.start).unwrap_or(""));
    // `copyright © Zorbix`: one word owning a photo is an agency; a
    // photographer is named in full.
    if single
        && text
            .get(..first.start)
            .unwrap_or("")
            .trim_end()
            .ends_with('©')
    {
        return Hint::new(EntityKind::Organization, 1, KindRule::CreditAgency);
    }
    let person = credits::quote_introduction(text, first.start, last.end)
        .or_else(|| credits::coordinated(text, toks, first.first, last.last))
        // `Photo by Media Zorb`: a credit led by a body's word: an outlet.
        .or_else(|| {
            (!single && cue_kind(first.flags).is_none())
                .then(credit)
                .flatten()
        })
        .or_else(|| credits::story_credit(text.get(last.end..).unwrap_or("")));
    if let Some(hint) = person {
        return hint;
    }
    // One word only: a longer name beside a place (`Joni Ernst in Iowa
    // and …`) is more often a person's.
    let listed = || lists::listed_with(text, toks, first.first, last.last);
    if let Some(hint) = listed().filter(|_| single && !lex.stop.contains(lw.trim_end_matches('.')))
    {
        return hint;
    }
    if let Some(hint) = people::handle_after(text.get(last.end..).unwrap_or("")) {
        return hint;
    }
    // `VOA Learning English`: an acronym heading a longer name nothing
    // else explains names a body and its service, never a person.
    if !single && is_acronym(w) {
        return Hint::new(EntityKind::Organization, 1, KindRule::AcronymHead);
    }
    let mut hint = Hint::new(EntityKind::Person, 0, KindRule::ShapeOnly);
    hint.doubtful = if single {
        ctx.lower_seen(lw)
            || words::has_common_ending(lw)
            || cue_kind(first.flags).is_some()
            || lex.common.contains(lw)
            || (lw.ends_with('s') && !lw.ends_with("ss"))
    } else {
        // `Gender Identity`, `Folk Healers`: every word also used as a
        // common word in the article.
        pieces.iter().all(|p| ctx.lower_seen(&lower(word(p))))
    };
    hint
}
