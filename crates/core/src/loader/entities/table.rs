//! The article's word table: each capitalized token gets the id of its
//! spelling, and each distinct spelling is lowered, hashed and looked up
//! in the lexicon once per article, however often it recurs (a name is
//! mostly written many times). Spellings that lower alike (`Kim`, `KIM`)
//! share one form, which records what the article does with the word:
//! whether it is capitalized away from a sentence start, and whether it is
//! also written in lowercase. The name scan then asks by token, not by
//! lowering and hashing the word again for each question.

use super::lexicon::{FxMap, WordKey, LEXICON};
use super::names::stop_given;

/// The id of a token that is not capitalized: not in the table.
const NONE: u32 = u32::MAX;

/// Set in a token's id when the token can be no part of a name (a stop
/// word, or a word of a link): the name scan asks that of a token up to
/// twice, and the answer kept beside the id needs no table of its own
/// per block. [`NONE`] has it set.
const NOT_NAME: u32 = 1 << 31;

/// The bits of a token's id that index `spellings`.
const ID_BITS: u32 = NOT_NAME - 1;

/// One token's entry: what the name scan asks of it, in one load.
#[derive(Debug, Clone, Copy)]
struct Slot {
    /// Its spelling's id, [`NOT_NAME`] added; [`NONE`] when the token is
    /// not capitalized.
    id: u32,
    /// Its spelling's flags (0 when not capitalized).
    flags: u32,
}

/// What the lexicon says of one spelling.
#[derive(Debug, Clone, Copy)]
struct Spelling {
    /// [`super::lexicon::flag`] bits, as [`super::lexicon::Lexicon::flags`]
    /// gives them.
    flags: u32,
    /// Never a name, whatever the token around it (`stop_given`).
    stop: bool,
    /// Its lowered form's index in `forms`.
    form: u32,
}

/// What the article does with one lowered word.
#[derive(Debug, Clone, Copy, Default)]
struct Form {
    /// Capitalized somewhere away from a sentence start in prose.
    cap_mid: bool,
    /// Written in lowercase somewhere.
    lower_seen: bool,
    /// The last word of a capitalized run not glued to anything by a
    /// hyphen (`Putin` of `Vladimir Putin`, `Kim` alone): a word that can
    /// stand alone beside a hyphen.
    standalone: bool,
}

#[derive(Default)]
pub struct WordTable<'a> {
    /// Every block's tokens in turn, one vector for the article, not one
    /// per block.
    slots: Vec<Slot>,
    /// Where each block's tokens start in `slots`, and how many it has.
    block_slots: Vec<(usize, usize)>,
    spellings: Vec<Spelling>,
    /// Keyed by the text itself: hashing a borrowed word costs less than
    /// copying it into a padded key first.
    by_spelling: FxMap<&'a str, u32>,
    forms: Vec<Form>,
    /// Lowered word → index in `forms`.
    by_form: FxMap<WordKey, u32>,
    /// The shapes (length, first two and last byte) of the forms not yet
    /// seen in lowercase: only such a word can change what the table
    /// records, so this small bitmap skips hashing nearly every lowercase
    /// word. A form's shape leaves it once the form is seen in lowercase:
    /// the form of a sentence-initial `The` matched every later `the`, and
    /// each was looked up again for nothing.
    pending: Shapes,
    /// Shapes more than one form has: never taken out of `pending`, since
    /// another form may still wait on them.
    shared: Shapes,
}

/// A one-hash Bloom filter of word shapes.
struct Shapes([u64; SHAPE_WORDS]);

impl Default for Shapes {
    fn default() -> Self {
        Shapes([0; SHAPE_WORDS])
    }
}

impl Shapes {
    fn set(&mut self, bit: usize) {
        if let Some(slot) = self.0.get_mut(bit / 64) {
            *slot |= 1 << (bit % 64);
        }
    }

    fn clear(&mut self, bit: usize) {
        if let Some(slot) = self.0.get_mut(bit / 64) {
            *slot &= !(1 << (bit % 64));
        }
    }

    fn has(&self, bit: usize) -> bool {
        self.0
            .get(bit / 64)
            .is_some_and(|slot| slot & (1 << (bit % 64)) != 0)
    }
}

impl<'a> WordTable<'a> {
    /// An empty table for `blocks` blocks of `tokens` tokens, about
    /// `capitals` of them capitalized: sized once, since growing a map
    /// rehashes every key in it.
    pub fn with_capacity(blocks: usize, tokens: usize, capitals: usize) -> Self {
        WordTable {
            slots: Vec::with_capacity(tokens),
            block_slots: Vec::with_capacity(blocks),
            spellings: Vec::with_capacity(capitals),
            by_spelling: FxMap::with_capacity_and_hasher(capitals, Default::default()),
            forms: Vec::with_capacity(capitals),
            by_form: FxMap::with_capacity_and_hasher(capitals, Default::default()),
            pending: Shapes::default(),
            shared: Shapes::default(),
        }
    }

    /// Start the next block's ids, `tokens` of them.
    pub fn open_block(&mut self, tokens: usize) {
        let start = self.slots.len();
        self.block_slots.push((start, tokens));
        let empty = Slot { id: NONE, flags: 0 };
        self.slots.resize(start + tokens, empty);
    }

    /// Enter capitalized token `i` of the last opened block, spelled
    /// `word`; `cap_mid` when it stands away from a sentence start in
    /// prose, `linked` when it is part of a link (so no name).
    pub fn add(&mut self, i: usize, word: &'a str, cap_mid: bool, linked: bool) {
        let id = self.intern(word);
        let Some(&spelling) = self.spellings.get(id as usize) else {
            return;
        };
        let at = self.block_slots.last().map_or(usize::MAX, |&(s, _)| s + i);
        if let Some(slot) = self.slots.get_mut(at) {
            let not_name = if linked || spelling.stop { NOT_NAME } else { 0 };
            *slot = Slot {
                id: id | not_name,
                flags: spelling.flags,
            };
        }
        if let Some(form) = self.forms.get_mut(spelling.form as usize) {
            form.cap_mid |= cap_mid;
        }
    }

    fn intern(&mut self, word: &'a str) -> u32 {
        use std::collections::hash_map::Entry;
        let next = self.spellings.len() as u32;
        match self.by_spelling.entry(word) {
            Entry::Occupied(e) => *e.get(),
            Entry::Vacant(e) => {
                let low = WordKey::lowered(word);
                let flags = LEXICON.flags_keyed(word, &low);
                let new_form = self.forms.len() as u32;
                let bit = shape(low.as_bytes());
                let form = *self.by_form.entry(low).or_insert(new_form);
                if form == new_form {
                    self.forms.push(Form::default());
                    if self.pending.has(bit) {
                        self.shared.set(bit);
                    }
                    self.pending.set(bit);
                }
                self.spellings.push(Spelling {
                    flags,
                    stop: stop_given(word, flags),
                    form,
                });
                e.insert(next);
                next
            }
        }
    }

    /// Note a lowercase word (a token's bytes), if it is some capitalized
    /// word's form.
    pub fn saw_lowercase(&mut self, word: &[u8]) {
        let bit = shape(word);
        if !self.pending.has(bit) {
            return;
        }
        if let Some(&form) = self.by_form.get(&WordKey::of_bytes(word)) {
            if let Some(f) = self.forms.get_mut(form as usize) {
                f.lower_seen = true;
                // The form was the shape's only one (it has the word's
                // shape): nothing with that shape is left to wait for.
                if !self.shared.has(bit) {
                    self.pending.clear(bit);
                }
            }
        }
    }

    /// Mark capitalized token `i` of block `b` as ending a standalone run.
    pub fn mark_standalone(&mut self, b: usize, i: usize) {
        let form = self.spelling_at(b, i).map(|s| s.form as usize);
        if let Some(f) = form.and_then(|f| self.forms.get_mut(f)) {
            f.standalone = true;
        }
    }

    /// Whether the lowered word ends a standalone run somewhere.
    pub fn standalone(&self, lowered: &str) -> bool {
        self.form(lowered).is_some_and(|f| f.standalone)
    }

    /// The entry of token `i` of block `b`.
    fn slot_at(&self, b: usize, i: usize) -> Option<Slot> {
        let &(start, len) = self.block_slots.get(b)?;
        if i >= len {
            return None;
        }
        self.slots.get(start + i).copied()
    }

    fn spelling_at(&self, b: usize, i: usize) -> Option<&Spelling> {
        self.spellings
            .get((self.slot_at(b, i)?.id & ID_BITS) as usize)
    }

    /// The flag bits of token `i` of block `b` when it can be part of a
    /// name: capitalized, not a stop word, not in a link.
    pub fn name_flags_at(&self, b: usize, i: usize) -> Option<u32> {
        let slot = self.slot_at(b, i)?;
        (slot.id & NOT_NAME == 0).then_some(slot.flags)
    }

    fn form_at(&self, b: usize, i: usize) -> Option<&Form> {
        self.forms.get(self.spelling_at(b, i)?.form as usize)
    }

    fn form(&self, lowered: &str) -> Option<&Form> {
        let &form = self.by_form.get(&WordKey::new(lowered))?;
        self.forms.get(form as usize)
    }

    /// The lexicon flags of capitalized token `i` of block `b`; `None`
    /// for a token that is not capitalized.
    pub fn flags_at(&self, b: usize, i: usize) -> Option<u32> {
        let slot = self.slot_at(b, i)?;
        (slot.id != NONE).then_some(slot.flags)
    }

    /// Whether the lowered word of capitalized token `i` of block `b` is
    /// seen capitalized away from a sentence start (`None`: not a
    /// capitalized token).
    pub fn cap_mid_at(&self, b: usize, i: usize) -> Option<bool> {
        self.form_at(b, i).map(|f| f.cap_mid)
    }

    /// Whether the lowered word of capitalized token `i` of block `b` is
    /// also written in lowercase (`None`: not a capitalized token).
    pub fn lower_seen_at(&self, b: usize, i: usize) -> Option<bool> {
        self.form_at(b, i).map(|f| f.lower_seen)
    }

    /// Whether the lowered word was seen capitalized away from a sentence
    /// start.
    pub fn cap_mid(&self, lowered: &str) -> bool {
        self.form(lowered).is_some_and(|f| f.cap_mid)
    }

    /// Whether the lowered word is both capitalized and written in
    /// lowercase somewhere in the article.
    pub fn lower_seen(&self, lowered: &str) -> bool {
        self.form(lowered).is_some_and(|f| f.lower_seen)
    }
}

/// Bits in the lowercase-word prefilter (a one-hash Bloom filter), as a
/// power of two.
const SHAPE_BITS: u32 = 14;
const SHAPE_WORDS: usize = (1 << SHAPE_BITS) / 64;

/// A cheap hash of a word's length and first two and last bytes: the
/// four packed into one integer and multiplied once, its top bits the
/// index (a multiply per part cost more than the filter saves on some
/// words; every lowercase token is shaped).
fn shape(word: &[u8]) -> usize {
    let byte = |i: Option<&u8>| i.copied().map_or(0, u64::from);
    let packed = (word.len() as u64)
        ^ (byte(word.first()) << 40)
        ^ (byte(word.get(1)) << 48)
        ^ (byte(word.last()) << 56);
    (packed.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SHAPE_BITS)) as usize
}

#[cfg(test)]
mod tests {
    use super::super::context::Context;
    use super::super::lexicon::{lower, LEXICON};
    use super::super::names::stop_given;
    use super::super::tokens::text_of;
    use crate::loader::samples::SAMPLES;

    use super::super::tests::blocks as paragraphs;

    /// Every capitalized word of the bundled articles: the table answers
    /// what the lexicon answers asked directly, and a lowercase token has
    /// no entry.
    #[test]
    fn table_answers_as_the_lexicon_for_every_bundled_word() {
        let mut asked = 0;
        for (name, text) in SAMPLES {
            let blocks = paragraphs(text);
            let ctx = Context::new(&blocks);
            for (b, block) in blocks.iter().enumerate() {
                for (i, tok) in ctx.toks.get(b).unwrap_or(&[]).iter().enumerate() {
                    let word = text_of(&block.text, tok);
                    let flags = ctx.words.flags_at(b, i);
                    if !tok.cap {
                        assert_eq!(flags, None, "{name}: {word}");
                        continue;
                    }
                    let direct = LEXICON.flags(word);
                    assert_eq!(flags, Some(direct), "{name}: {word}");
                    let name_flags = (!tok.linked && !stop_given(word, direct)).then_some(direct);
                    assert_eq!(ctx.name_flags(b, i), name_flags, "{name}: {word}");
                    let lw = lower(word);
                    assert_eq!(ctx.words.cap_mid_at(b, i), Some(ctx.cap_mid(&lw)));
                    assert_eq!(ctx.words.lower_seen_at(b, i), Some(ctx.lower_seen(&lw)));
                    asked += 1;
                }
            }
        }
        assert!(asked > 500, "{asked}");
    }

    /// Lowercase use as a plain scan finds it: a form is seen in lowercase
    /// exactly when some token that is not capitalized is spelled as it.
    #[test]
    fn lowercase_use_is_as_a_scan_finds_it() {
        use super::super::lexicon::WordKey;
        use super::super::tokens::bytes_of;
        let mut texts: Vec<&str> = SAMPLES.iter().map(|(_, t)| *t).collect();
        // Forms of one shape (length, first two and last byte): a form
        // seen in lowercase must not hide the other.
        texts.extend([
            "Abcd met Abxd. Then abcd left, and abcd came back.",
            "Abcd met Abxd. Then abcd left, and abxd came back.",
            "Abxd met Abcd. The abcd, the abxd and the abcd.",
            "The the THE the. In in.",
        ]);
        let mut asked = 0;
        for text in texts {
            let blocks = paragraphs(text);
            let ctx = Context::new(&blocks);
            let lowercase: std::collections::HashSet<&[u8]> = blocks
                .iter()
                .zip(ctx.toks.iter())
                .flat_map(|(block, toks)| {
                    toks.iter()
                        .filter(|t| !t.cap)
                        .map(|t| bytes_of(&block.text, t))
                })
                .collect();
            for (b, block) in blocks.iter().enumerate() {
                for (i, tok) in ctx
                    .toks
                    .get(b)
                    .unwrap_or(&[])
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.cap)
                {
                    let word = text_of(&block.text, tok);
                    let seen = lowercase.contains(WordKey::lowered(word).as_bytes());
                    assert_eq!(ctx.words.lower_seen_at(b, i), Some(seen), "{word}");
                    asked += 1;
                }
            }
        }
        assert!(asked > 500, "{asked}");
        assert_eq!(super::shape(b"abcd"), super::shape(b"abxd"));
    }

    /// A word's forms meet however it is capitalized, and lowercase use is
    /// recorded only for words also seen capitalized.
    #[test]
    fn spellings_share_their_lowered_form() {
        let blocks = paragraphs("Kim met KIM and kim. Talks ended; the talks went on. Apple fell.");
        let ctx = Context::new(&blocks);
        assert!(ctx.cap_mid("kim"));
        assert!(ctx.lower_seen("kim"));
        assert!(ctx.lower_seen("talks"));
        assert!(!ctx.cap_mid("talks"));
        assert!(!ctx.lower_seen("apple"));
        assert!(!ctx.lower_seen("the"), "never capitalized");
        assert!(!ctx.lower_seen("went"));
    }
}
