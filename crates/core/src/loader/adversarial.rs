//! Hostile article texts of a chosen size, one per way a text can push a
//! loader stage towards its worst case: every quote family opened and never
//! closed, closed and never opened, nested deep; long runs of one character
//! class; one huge paragraph or very many tiny ones; very many people.
//!
//! They live in the library (not in a test) so the benchmark, the growth
//! test in [`super::work`] and the examples all use the same texts.

/// A named generator: `make(n)` gives a text of about `n` bytes.
pub struct Adversary {
    pub name: &'static str,
    pub make: fn(usize) -> String,
}

/// Repeat `unit` until the text holds at least `n` bytes.
fn fill(unit: &str, n: usize) -> String {
    let times = n.div_ceil(unit.len().max(1)).max(1);
    unit.repeat(times)
}

/// `open` × k followed by `close` × k: quotes nested k deep.
fn nested(open: &str, close: &str, n: usize) -> String {
    let k = n.div_ceil((open.len() + close.len()).max(1)).max(1);
    let mut s = open.repeat(k);
    s.push_str(" deep ");
    s.push_str(&close.repeat(k));
    s
}

/// A name no earlier call gave: syllables counted in base 16.
fn name(mut i: usize) -> String {
    const SYL: [&str; 16] = [
        "ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "da", "fe", "go", "hu", "ja", "pe", "ri",
        "zu",
    ];
    let mut s = String::new();
    loop {
        s.push_str(SYL[i % 16]);
        i /= 16;
        if i == 0 {
            break;
        }
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => s,
    }
}

/// Distinct people, each named in full then quoted, until `n` bytes.
fn people(n: usize, quoted: bool) -> String {
    let mut s = String::with_capacity(n + 64);
    let mut i = 0;
    while s.len() < n {
        let (first, last) = (name(i), name(i + 7919));
        if quoted {
            s.push_str(&format!(
                "“We will see,” said {first} {last}. {last} spoke to Ms {first}.\n\n"
            ));
        } else {
            s.push_str(&format!("{first} {last} met {last} in {first}ville. "));
        }
        i += 1;
    }
    s
}

/// Distinct people named once in full, then quoted by surname alone at a
/// sentence start, all in one paragraph.
fn people_quoted_by_surname(n: usize) -> String {
    let mut s = String::with_capacity(n + 64);
    let mut i = 0;
    while s.len() < n {
        let (first, last) = (name(i), name(i + 7919));
        s.push_str(&format!(
            "Officer {first} {last} arrived. {last} said: “We will see to it now.” “Fine,” {last} told them. "
        ));
        i += 1;
    }
    s
}

/// Organisations each followed by an acronym in brackets, which the alias
/// merger joins: `Kalo Mira Agency (KMA)`.
fn people_with_acronyms(n: usize) -> String {
    let mut s = String::with_capacity(n + 64);
    let mut i = 0;
    while s.len() < n {
        let (a, b) = (name(i), name(i + 7919));
        let acronym: String = [&a, &b].iter().filter_map(|w| w.chars().next()).collect();
        s.push_str(&format!(
            "The {a} {b} Agency ({acronym}A) met the {acronym}A and the {b} Agency. "
        ));
        i += 1;
    }
    s
}

/// Every adversary, each cheap to make at any size.
pub const ALL: &[Adversary] = &[
    // Every quote family, opened and never closed.
    Adversary {
        name: "curly double openers",
        make: |n| fill("“", n),
    },
    Adversary {
        name: "curly double closers",
        make: |n| fill("”", n),
    },
    Adversary {
        name: "curly single openers",
        make: |n| fill("‘", n),
    },
    Adversary {
        name: "curly single closers",
        make: |n| fill("’", n),
    },
    Adversary {
        name: "straight doubles",
        make: |n| fill("\"", n),
    },
    Adversary {
        name: "straight singles",
        make: |n| fill("'", n),
    },
    Adversary {
        name: "guillemets",
        make: |n| fill("«‹", n),
    },
    Adversary {
        name: "reversed guillemets",
        make: |n| fill("»›", n),
    },
    Adversary {
        name: "low double openers",
        make: |n| fill("„", n),
    },
    Adversary {
        name: "ptb openers",
        make: |n| fill("``", n),
    },
    Adversary {
        name: "ptb closers",
        make: |n| fill("''", n),
    },
    Adversary {
        name: "every mark",
        make: |n| fill("“”‘’\"\"''«»‹›„“``''", n),
    },
    // Openers and closers with words between them.
    Adversary {
        name: "unmatched openers before words",
        make: |n| fill("“word ‘word «word ‹word „word \"word `word ", n),
    },
    Adversary {
        name: "unmatched closers after words",
        make: |n| fill("word” word’ word» word› word\" word'' ", n),
    },
    Adversary {
        name: "openers after letters",
        make: |n| fill("a“b‘c«d‹e„f", n),
    },
    Adversary {
        name: "apostrophes in words",
        make: |n| fill("it’s Smiths’ rock ’n’ roll ’90s don't ", n),
    },
    // Nesting.
    Adversary {
        name: "nested curly",
        make: |n| nested("“‘", "’”", n),
    },
    Adversary {
        name: "nested guillemets",
        make: |n| nested("«‹", "›»", n),
    },
    Adversary {
        name: "nested low",
        make: |n| nested("„‚", "‘“", n),
    },
    Adversary {
        name: "nested straight",
        make: |n| nested("\"'", "'\"", n),
    },
    Adversary {
        name: "nested ptb",
        make: |n| nested("`` ", " ''", n),
    },
    Adversary {
        name: "nested speech",
        make: |n| nested("“He said ‘", "’ then.” ", n),
    },
    // Long runs of one character class.
    Adversary {
        name: "letters",
        make: |n| fill("a", n),
    },
    Adversary {
        name: "capitalised words",
        make: |n| fill("Capital ", n),
    },
    Adversary {
        name: "capitalised run",
        make: |n| fill("Word Name Title Ministry Of ", n),
    },
    Adversary {
        name: "digits",
        make: |n| fill("7", n),
    },
    Adversary {
        name: "punctuation",
        make: |n| fill(".,;:!?()[]", n),
    },
    Adversary {
        name: "spaces",
        make: |n| fill(" ", n),
    },
    Adversary {
        name: "newlines",
        make: |n| fill("\n", n),
    },
    Adversary {
        name: "dashes",
        make: |n| fill("—–-", n),
    },
    Adversary {
        name: "said cues",
        make: |n| fill("he said, she said, said ", n),
    },
    Adversary {
        name: "colons",
        make: |n| fill("Name: ", n),
    },
    // Paragraph shapes.
    Adversary {
        name: "one huge paragraph",
        make: |n| {
            fill(
                "The minister said the plan would work. “It will,” he said. ",
                n,
            )
        },
    },
    Adversary {
        name: "many tiny paragraphs",
        make: |n| fill("a\n\n", n),
    },
    Adversary {
        name: "many short lines",
        make: |n| fill("Short line\n", n),
    },
    Adversary {
        name: "many quoted paragraphs",
        make: |n| fill("“It will work,” he said.\n\n", n),
    },
    Adversary {
        name: "run-on quotes",
        make: |n| fill("“It will work and it will go on.\n\n", n),
    },
    Adversary {
        name: "photo captions",
        make: |n| {
            fill(
                "A man walks by. Photo: Kalo Mira / Reuters\n\n(AP Photo/Evan Vucci)\n\n",
                n,
            )
        },
    },
    Adversary {
        name: "one huge first line",
        make: |n| fill("Headline Words Here ", n),
    },
    Adversary {
        name: "bylines and datelines",
        make: |n| fill("By Kalo Mira\n\nMADRID, June 3 (Reuters) -\n\n", n),
    },
    Adversary {
        name: "boilerplate",
        make: |n| {
            fill(
                "Share this article\n\nAll rights reserved.\n\nRelated:\n\n",
                n,
            )
        },
    },
    Adversary {
        name: "parenthesised acronyms",
        make: |n| people_with_acronyms(n),
    },
    // People.
    Adversary {
        name: "many people",
        make: |n| people(n, false),
    },
    Adversary {
        name: "many quoted people",
        make: |n| people(n, true),
    },
    Adversary {
        name: "one person many times",
        make: |n| fill("John Smith said so. Smith spoke. He said it. ", n),
    },
    Adversary {
        name: "one person quoted in one paragraph",
        make: |n| {
            fill(
                "“We go,” Smith said. “We go,” said John Smith. Smith said: “We go.” ",
                n,
            )
        },
    },
    Adversary {
        name: "surnames quoted",
        make: |n| people_quoted_by_surname(n),
    },
    Adversary {
        name: "police quoted",
        make: |n| {
            fill(
                "“Stop,” the police said. Police said: “Stop now, all of you, at once.” ",
                n,
            )
        },
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_adversary_makes_about_the_size_asked() {
        for a in ALL {
            let t = (a.make)(10_000);
            assert!(
                t.len() >= 9_000 && t.len() < 12_000,
                "{}: {}",
                a.name,
                t.len()
            );
        }
    }

    #[test]
    fn names_are_distinct() {
        let names: std::collections::HashSet<String> = (0..5000).map(name).collect();
        assert_eq!(names.len(), 5000);
    }
}
