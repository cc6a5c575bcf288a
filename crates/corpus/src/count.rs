//! Counting a corpus's words, to check and quote what the generator makes:
//! tokens, distinct words and the most frequent word's share.

use std::collections::HashMap;

/// Tokens and distinct words seen so far. A word is a run of letters and
/// digits, lowercased: roughly what the search index's tokenizer makes
/// of the text (it also folds accents).
#[derive(Debug, Default, Clone)]
pub struct WordCount {
    tokens: u64,
    counts: HashMap<Box<str>, u64>,
    lower: String,
}

impl WordCount {
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts the words of `text`.
    pub fn add(&mut self, text: &str) {
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            if word.is_empty() {
                continue;
            }
            self.tokens += 1;
            // One lowercase buffer reused: a seen word costs no allocation.
            self.lower.clear();
            self.lower.extend(word.chars().flat_map(char::to_lowercase));
            match self.counts.get_mut(self.lower.as_str()) {
                Some(n) => *n += 1,
                None => {
                    self.counts.insert(self.lower.as_str().into(), 1);
                }
            }
        }
    }

    /// Whether `word` (lowercase) was seen.
    pub fn contains(&self, word: &str) -> bool {
        self.counts.contains_key(word)
    }

    pub fn tokens(&self) -> u64 {
        self.tokens
    }

    pub fn distinct(&self) -> usize {
        self.counts.len()
    }

    /// The `n` most frequent words with their counts, most frequent first.
    pub fn top(&self, n: usize) -> Vec<(&str, u64)> {
        let mut all: Vec<(&str, u64)> = self.counts.iter().map(|(w, &c)| (&**w, c)).collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        all.truncate(n);
        all
    }

    /// Words seen exactly once (hapax legomena): about half of a real
    /// corpus's vocabulary.
    pub fn once(&self) -> usize {
        self.counts.values().filter(|&&c| c == 1).count()
    }

    /// The Zipf exponent `s` of the word frequencies over ranks `1..=upto`
    /// (and no further than the last word seen at least 3 times, where
    /// counts are still more than noise): the slope of log(frequency) over
    /// log(rank), fitted by least squares on ranks spread evenly on the log
    /// scale (1, 2, 3, 4, 5, 7, 9, …).
    pub fn zipf_exponent(&self, upto: usize) -> f64 {
        let mut freqs: Vec<u64> = self.counts.values().copied().collect();
        freqs.sort_unstable_by(|a, b| b.cmp(a));
        let last = freqs.iter().take_while(|&&c| c >= 3).count().min(upto);
        let mut points = Vec::new();
        let mut rank = 1usize;
        while rank <= last {
            let f = freqs.get(rank - 1).copied().unwrap_or(1) as f64;
            points.push(((rank as f64).ln(), f.ln()));
            rank = (rank as f64 * 1.25).ceil() as usize;
        }
        if points.len() < 2 {
            return 0.0;
        }
        let n = points.len() as f64;
        let (sx, sy) = points
            .iter()
            .fold((0.0, 0.0), |(a, b), (x, y)| (a + x, b + y));
        let (mx, my) = (sx / n, sy / n);
        let (num, den) = points.iter().fold((0.0, 0.0), |(a, b), (x, y)| {
            (a + (x - mx) * (y - my), b + (x - mx) * (x - mx))
        });
        -num / den
    }
}
