"""RSS and Atom feeds (by feedparser): each item a document with its title, link, outlet and date.

An item's text is its full content when the feed carries it, else its summary, as plain text
(the markup is the item's `raw`). A feed that does not parse, or an item without text, is
skipped with its reason; the feed's other items are still read.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import feedparser
import lxml.html

from dyad.records import RawDocument, Skipped

Item = RawDocument | Skipped
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr")


def html_text(fragment: str) -> str:
    """The text of an HTML fragment, a paragraph a block; plain text stays as it is. Not trafilatura
    (`ingest.html`): it looks for a page's main text and finds none in a feed item's short snippet."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fromstring(fragment)
    except (lxml.etree.ParserError, ValueError):
        return ""
    for el in root.iter(*_BLOCKS):
        el.tail = "\n\n" + (el.tail or "")
    lines = [" ".join(line.split()) for line in root.text_content().split("\n")]
    return "\n\n".join(line for line in lines if line)


def _date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _body(entry: Any) -> str:
    contents = [c.get("value", "") for c in entry.get("content") or () if c.get("value")]
    return max(contents, key=len) if contents else entry.get("summary", "") or ""


def feed_items(data: bytes, src: str) -> Iterator[Item]:
    """The documents of a feed's bytes, in feed order."""
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        why = parsed.get("bozo_exception")
        yield Skipped(src, f"not an RSS or Atom feed with items ({why})" if why else "a feed without items")
        return
    outlet = parsed.get("feed", {}).get("title") or None
    for n, entry in enumerate(entries, 1):
        markup = _body(entry)
        text = html_text(markup)
        title = entry.get("title") or None
        if title and text and not text.startswith(title):
            text = f"{title}\n\n{text}"
        if not text.strip():
            yield Skipped(src, f"feed item {n} has no text", n)
            continue
        link = entry.get("link") or None
        yield RawDocument(source=link or entry.get("id") or f"{src}#{n}", text=text, format="feed",
                          raw=markup or None, title=title, url=link, outlet=outlet, published=_date(entry))


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a .xml file are an RSS or Atom document."""
    lowered = head[:2000].lower()
    return b"<rss" in lowered or b"<feed" in lowered or b"<rdf:rdf" in lowered


__all__ = ["feed_items", "html_text", "looks_like_feed"]
