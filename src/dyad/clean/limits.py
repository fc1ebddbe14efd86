"""What one document may cost, as `Settings` bounds it. Every stage is linear in the text, but a text
can still be long enough to hold the machine for hours (a log file, a dump of a site); past a limit
the rest of the text is cut with the reason, or the document is refused with it, never dropped
silently. The limits are far beyond any article, so no news text meets them."""

from __future__ import annotations

import re

from dyad.records import Cut, RawDocument, Sentence, Skipped
from dyad.settings import Settings

# where `str.splitlines` breaks a line (furniture and paragraphs read lines that way), so a text of
# form feeds or carriage returns counts as many lines as it holds
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def refusal(raw: RawDocument, settings: Settings) -> Skipped | None:
    """The reason a document is not read at all, as a `Skipped`: its text is over
    `max_document_bytes` in UTF-8 (what the readers refuse a file for, applied to a document handed
    in whole: an API upload, a JSON Lines record's text, a library caller's)."""
    limit = settings.max_document_bytes
    if len(raw.text) * 4 <= limit:  # (no character takes more than 4 bytes: no need to encode)
        return None
    size = len(raw.text.encode("utf-8", "surrogatepass"))
    if size <= limit:
        return None
    return Skipped(raw.source, f"text is {size / 1e6:.1f} MB, over the limit of {limit / 1e6:.0f} MB for one document")


def read_end(text: str, settings: Settings) -> tuple[int, Cut | None]:
    """Where reading of `text` stops, and the cut of the rest with its reason: after `max_lines` lines,
    and after `max_document_bytes` characters whatever the reader let through."""
    end, reason = len(text), None
    if len(text) > settings.max_document_bytes:
        end, reason = settings.max_document_bytes, f"limit: over {settings.max_document_bytes:,} characters"
    for lines, m in enumerate(_LINE_BREAK.finditer(text, 0, end), 1):
        if lines == settings.max_lines:
            end, reason = m.end(), f"limit: over {settings.max_lines:,} lines"
            break
    if reason is None or end >= len(text):
        return len(text), None
    return end, Cut(end, len(text), reason)


def sentence_limit(sentences: list[Sentence], text: str, settings: Settings) -> tuple[list[Sentence], Cut | None]:
    """The first `max_sentences` sentences, and the cut of the text from the next one on with its reason."""
    limit = settings.max_sentences
    if len(sentences) <= limit:
        return sentences, None
    return sentences[:limit], Cut(sentences[limit].start, len(text), f"limit: over {limit:,} sentences")
