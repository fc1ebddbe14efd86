"""Fakes for the seams: a parser that returns hand-annotated spaCy documents (no model loaded)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import spacy
from spacy.tokens import Doc


@dataclass(frozen=True)
class Parse:
    """One sentence's annotation, token by token: word, lemma, coarse POS, fine tag, head index,
    dependency label, entity IOB tag."""

    tokens: tuple[tuple[str, str, str, str, int, str, str], ...]

    def doc(self, vocab: spacy.vocab.Vocab, text: str) -> Doc:
        words = [t[0] for t in self.tokens]
        spaces = []
        pos = 0
        for w in words:
            pos = text.index(w, pos) + len(w)
            spaces.append(pos < len(text) and text[pos] == " ")
        return Doc(vocab, words=words, spaces=spaces, lemmas=[t[1] for t in self.tokens],
                   pos=[t[2] for t in self.tokens], tags=[t[3] for t in self.tokens],
                   heads=[t[4] for t in self.tokens], deps=[t[5] for t in self.tokens],
                   ents=[t[6] for t in self.tokens])


class FakeParser:
    """Returns the given parse for a known sentence and a bare tokenisation for any other; `seen`
    holds what went to the full parse, `named` what went to the entity recogniser alone."""

    pipe_names = ["tok2vec", "tagger", "parser", "ner"]

    def __init__(self, parses: dict[str, Parse]) -> None:
        self.parses = parses
        self.blank = spacy.blank("en")
        self.seen: list[str] = []
        self.named: list[str] = []
        self._entities_only = False

    @contextmanager
    def select_pipes(self, enable: list[str] | None = None, disable: list[str] | None = None) -> Iterator[None]:
        self._entities_only = enable == ["ner"]
        try:
            yield
        finally:
            self._entities_only = False

    def pipe(self, texts: Iterable[str], *, batch_size: int | None = None) -> Iterator[Doc]:
        for text in texts:
            (self.named if self._entities_only else self.seen).append(text)
            known = self.parses.get(text)
            if known:
                yield known.doc(self.blank.vocab, text)
                continue
            doc = self.blank(text)
            for t in doc:
                t.is_sent_start = t.i == 0  # one sentence, no parse: no trigger is read from it
            yield doc


SIGNED = "Pakistan and Russia signed an agreement on Monday."
SIGNED_PARSE = Parse((
    ("Pakistan", "Pakistan", "PROPN", "NNP", 3, "nsubj", "B-GPE"),
    ("and", "and", "CCONJ", "CC", 0, "cc", "O"),
    ("Russia", "Russia", "PROPN", "NNP", 0, "conj", "B-GPE"),
    ("signed", "sign", "VERB", "VBD", 3, "ROOT", "O"),
    ("an", "an", "DET", "DT", 5, "det", "O"),
    ("agreement", "agreement", "NOUN", "NN", 3, "dobj", "O"),
    ("on", "on", "ADP", "IN", 3, "prep", "O"),
    ("Monday", "Monday", "PROPN", "NNP", 6, "pobj", "B-DATE"),
    (".", ".", "PUNCT", ".", 3, "punct", "O"),
))


def extracted(text: str, source: str, events: tuple = (), agenda: tuple = (), mentions: tuple = (),
              signature: tuple[int, ...] = ()):  # type: ignore[no-untyped-def]
    """An Extracted record made by hand, for resolution and store tests."""
    from datetime import date

    from dyad.records import Document, Extracted, RawDocument

    doc = Document(RawDocument(source=source, text=text, format="txt"), date(2025, 3, 4), "metadata")
    return Extracted(document=doc, events=events, agenda=agenda, mentions=mentions, signature=signature)


def event(text: str, source: str, doc_id: str, type: str = "meeting", date: str | None = "2025-03-03",  # type: ignore[no-untyped-def]
          dyad: str = "PAK-RUS", participants: tuple[str, ...] = ("Ishaq Dar",), sentence: int = 0,
          location: str | None = None, status: str = "occurred"):
    """An event whose evidence is the whole of `text`."""
    from dyad.records import Event, Evidence

    return Event(type=type, plover="CONSULT", plover_mode=None, cameo="040", goldstein=1.0, date=date,
                 status=status, dyad=dyad, source_actor=dyad[:3], target_actor=dyad[4:], participants=participants,
                 location=location, evidence=(Evidence(source, 0, len(text), text),), document_id=doc_id,
                 sentence=sentence)
