"""Text as the parser should see it, with every character where it was.

Tokenized corpora write "-LRB- Reuters -RRB-", "`` quoted ''" and "Obama 's"; the parser reads
those far worse than "(Reuters)", '"quoted"' and "Obama's". `parse_view` rewrites them into a
string of exactly the same length (the freed characters become spaces), so every offset the
parser gives is an offset into the original text, and evidence stays the document's own slice.
Newlines (hard-wrapped wire copy) become spaces too.
"""

from __future__ import annotations

import re

_SAME_LENGTH = [
    (re.compile(r"-LRB-\s?"), lambda m: " " * (len(m.group()) - 1) + "("),
    (re.compile(r"\s?-RRB-"), lambda m: ")" + " " * (len(m.group()) - 1)),
    (re.compile(r"-LSB-\s?"), lambda m: " " * (len(m.group()) - 1) + "["),
    (re.compile(r"\s?-RSB-"), lambda m: "]" + " " * (len(m.group()) - 1)),
    (re.compile(r"-LCB-\s?"), lambda m: " " * (len(m.group()) - 1) + "{"),
    (re.compile(r"\s?-RCB-"), lambda m: "}" + " " * (len(m.group()) - 1)),
    (re.compile(r"``\s?"), lambda m: " " * (len(m.group()) - 1) + '"'),
    (re.compile(r"\s?''"), lambda m: '"' + " " * (len(m.group()) - 1)),
    # a clitic split off its word: "Obama 's" -> "Obama's ", "did n't" -> "didn't "
    (re.compile(r"(?<=\w) ('s|'re|'ve|'ll|'d|'m|n't|’s)(?=\W|$)", re.IGNORECASE), lambda m: m.group(1) + " "),
]


_WORD = re.compile(r"[A-Za-z][a-z-]*")
# kept capitalised in a headline: they are names or start them
_KEEP = re.compile(r"^(?:[A-Z]{2,}|I|[A-Z]\.)$")


def is_headline(text: str) -> bool:
    """A line in title case with no closing stop: "Brazil Backs Argentina's Claim To Malvinas"."""
    words = _WORD.findall(text)
    capital = [w for w in words if w[0].isupper()]
    return len(words) >= 3 and len(capital) >= 0.7 * len(words) and not text.rstrip().endswith((".", "?", "!", '"'))


def _sentence_case(text: str, names: set[str]) -> str:
    """A headline in title case in sentence case, its names kept: the tagger reads "backs" as a verb
    only then."""
    if not is_headline(text):
        return text

    def lower(m: re.Match[str]) -> str:
        w = m.group()
        return w if m.start() == 0 or w in names or _KEEP.match(w) else w.lower()

    return _WORD.sub(lower, text)


def parse_view(text: str, names: set[str] | None = None) -> str:
    """`text` rewritten for the parser, of the same length, each kept character at its own offset;
    `names` (countries, people) stay capitalised when a title-case headline is put in sentence case."""
    out = text.replace("\n", " ").replace("\r", " ")
    for rx, repl in _SAME_LENGTH:
        out = rx.sub(repl, out)
    out = _sentence_case(out, names or set())
    assert len(out) == len(text)
    return out
