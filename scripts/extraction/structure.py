#!/usr/bin/env python3
"""Page-structure problems of `newsreader dump` against the benchmark's
ground truth (docs/extraction.md, issue 15 class 6).

Usage: structure.py GROUND_TRUTH.json DUMP.json PAGES_DIR [--verbose]

DUMP.json is `newsreader dump` over PAGES_DIR (HASH.html each). Per page it
counts:

- title: the title is missing/derived, or keeps a site-name suffix
  (` | Site`, ` - Site`…) whose tail is the page's og:site_name /
  application-name, or a word of its host name. The benchmark gives no
  headline, so this is what can be checked without one.
- chrome: a heading or paragraph of the body whose words are not in the
  gold body (under half of its word 4-grams there; short blocks: not a
  word-for-word piece of it).
- lost: a gold paragraph under half of whose 4-grams are in the body.
- heading: a gold line that the page marks as a subhead (an `h2`-`h6`, or
  a short `p`/`div` whose text is all bold, without end punctuation) that
  the body has as a paragraph.

Chrome blocks are also sorted into kinds by their wording, only to report
what is left (the rules in the loader never look at these words).
"""

import json
import re
from html.parser import HTMLParser
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

N = 4
SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", ": "]

KINDS = [
    ("credit line", r"^(reporting|editing|writing|additional reporting|compiled|written|edited)\b.*\bby\b|^(photo|image|picture)s?\b.*[:(]|getty|©|\bap photo\b|/(afp|reuters|ap)\b"),
    ("standards/footer", r"standards|trust principles|all rights reserved|copyright|terms of (use|service)|privacy policy"),
    ("sign-up", r"sign ?up|subscribe|newsletter|inbox|email alerts|register|log ?in\b"),
    ("posted/updated", r"^(posted|published|updated|last updated|first published)\b"),
    ("read more/promo", r"^(read|see|watch|listen|click|more|related|also)\b|read more|full story|click here|find out more"),
    ("share/comment", r"\b(share|tweet|print|comments?|email this)\b"),
    ("advertisement", r"^(advertisement|sponsored|ad)\b"),
]


def words(text):
    return re.findall(r"\w+", text.lower())


def shingles(ws):
    return {tuple(ws[i : i + N]) for i in range(max(len(ws) - N + 1, 1))}


def covered(ws, grams, joined):
    """Whether the word list `ws` is in the text whose 4-gram set is
    `grams` and whose words, space-joined, are `joined`."""
    if not ws:
        return True
    if len(ws) < N:
        return f" {' '.join(ws)} " in joined
    mine = shingles(ws)
    return len(mine & grams) * 2 >= len(mine)


def kind_of(text):
    low = text.lower()
    for name, pattern in KINDS:
        if re.search(pattern, low):
            return name
    return "other"


def meta_sites(html):
    names = []
    for m in re.finditer(r"<meta\b[^>]*>", html, re.I):
        tag = m.group(0)
        if re.search(r"""(property|name)\s*=\s*["']?(og:site_name|application-name|twitter:site)\b""", tag, re.I):
            c = re.search(r"""content\s*=\s*["']([^"']*)""", tag, re.I)
            if c and c.group(1).strip():
                names.append(c.group(1).strip().lstrip("@"))
    return names


def squeeze(text):
    return re.sub(r"[^0-9a-z]", "", text.lower())


def title_problem(title, derived, html, url):
    if not title or derived:
        return "no title"
    host = urlparse(url or "").hostname or ""
    host_words = [w for w in host.split(".") if w not in ("www", "com", "co", "uk", "org", "net", "edition", "amp", "m")]
    sites = [squeeze(s) for s in meta_sites(html)]
    for sep in SEPARATORS:
        at = title.rfind(sep)
        if at <= 0:
            continue
        tail = squeeze(title[at + len(sep) :])
        if not tail:
            continue
        if any(s and len(s) < len(squeeze(title)) and (s == tail or tail in s) for s in sites):
            return "site suffix"
        if any(len(w) > 2 and (w == tail or tail in w) for w in host_words):
            return "site suffix"
    return None


class Subheads(HTMLParser):
    """The texts a page marks as subheads: `h2`-`h6`, and short `p`/`div`
    blocks all of whose text is bold."""

    BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "blockquote", "section", "article"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open = []  # [tag, text, bold text]
        self.bold = 0
        self.skip = 0
        self.found = set()

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in ("b", "strong"):
            self.bold += 1
        elif tag in self.BLOCKS:
            self.open.append([tag, "", ""])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(self.skip - 1, 0)
        elif tag in ("b", "strong"):
            self.bold = max(self.bold - 1, 0)
        elif tag in self.BLOCKS and any(o[0] == tag for o in self.open):
            while self.open:
                name, text, bold = self.open.pop()
                self.close(name, text, bold)
                if name == tag:
                    break

    def close(self, name, text, bold):
        text = " ".join(text.split())
        if not text:
            return
        heading = name in ("h2", "h3", "h4", "h5", "h6")
        bold_only = (
            name in ("p", "div")
            and squeeze(bold) == squeeze(text)
            and len(text.split()) <= 12
            and not re.search(r"[.!?,;]$", text)
        )
        if heading or bold_only:
            self.found.add(" ".join(words(text)))

    def handle_data(self, data):
        if self.skip or not self.open:
            return
        self.open[-1][1] += data
        if self.bold:
            self.open[-1][2] += data


def subheads(html):
    parser = Subheads()
    try:
        parser.feed(html)
    except Exception:  # a page the stdlib parser gives up on counts none
        pass
    return parser.found


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    if len(args) != 3:
        sys.exit(__doc__)
    truth = json.load(open(args[0]))
    dump = json.load(open(args[1]))["articles"]
    pages = Path(args[2])
    totals = Counter()
    kinds = Counter()
    per_page = []
    seen = set()
    for art in dump:
        key = Path(art["source"]).stem
        gold = truth.get(key)
        if gold is None:
            continue
        seen.add(key)
        html = (pages / f"{key}.html").read_text(errors="replace")
        body = gold["articleBody"]
        gold_ws = words(body)
        gold_grams = shingles(gold_ws)
        gold_joined = f" {' '.join(gold_ws)} "
        blocks = [b for b in art["blocks"] if b["kind"] in ("paragraph", "heading")]
        out_ws = [w for b in blocks for w in words(b["text"])]
        out_grams = shingles(out_ws)
        out_joined = f" {' '.join(out_ws)} "
        found = Counter()
        notes = []
        problem = title_problem(art["title"], art.get("title_derived"), html, gold.get("url"))
        if problem:
            found["title"] += 1
            notes.append(f"  title ({problem}): {art['title']}")
        for b in blocks:
            if not covered(words(b["text"]), gold_grams, gold_joined):
                found["chrome"] += 1
                kind = kind_of(b["text"])
                kinds[kind] += 1
                notes.append(f"  chrome [{kind}] {b['kind']}: {b['text'][:110]}")
        lines = [l.strip() for l in body.split("\n") if l.strip()]
        kinds_by_words = {" ".join(words(b["text"])): b["kind"] for b in blocks}
        marked = subheads(html)
        for line in lines:
            if not covered(words(line), out_grams, out_joined):
                found["lost"] += 1
                notes.append(f"  lost: {line[:110]}")
                continue
            key = " ".join(words(line))
            if key in marked and kinds_by_words.get(key) == "paragraph":
                found["heading"] += 1
                notes.append(f"  heading as paragraph: {line[:110]}")
        totals.update(found)
        totals["pages with a problem"] += bool(found)
        per_page.append((key, found, notes))
    missing = [k for k in truth if k not in seen and (pages / f"{k}.html").exists()]
    totals["no article"] = len(missing)
    if verbose:
        for key, found, notes in per_page:
            if notes:
                print(f"{key[:12]} {dict(found)}")
                print("\n".join(notes))
        for key in missing:
            print(f"{key[:12]} no article")
    print(f"pages: {len(per_page) + len(missing)}")
    for name in ["pages with a problem", "title", "chrome", "lost", "heading", "no article"]:
        print(f"{name}: {totals[name]}")
    print("chrome by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))


if __name__ == "__main__":
    main()
