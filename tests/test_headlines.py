"""Headlines written from the record: who, what, to whom, where; plans as plans."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.headlines import Person, headline
from dyad.query import EventFilter, events
from dyad.store.duckdb_store import Store

PEOPLE = {"Taro Sato": Person("Taro Sato", "JPN", "Foreign Minister"), "Sato": Person("Taro Sato", "JPN", None),
          "Ravi Menon": Person("Ravi Menon", "IND", "Prime Minister")}


def _event(**kw: object) -> dict[str, object]:
    return {"type": "meeting", "status": "occurred", "dyad": "IND-JPN", "source_actor": "JPN", "target_actor": "IND",
            "participants": [], "location": None, **kw}


def test_people_of_each_side_with_role_and_demonym() -> None:
    e = _event(participants=["Taro Sato", "Ravi Menon"], location="Delhi")
    assert headline(e, PEOPLE) == "Japanese Foreign Minister Taro Sato met Indian Prime Minister Ravi Menon in Delhi"


def test_sides_without_people_hold_talks_and_plans_read_as_plans() -> None:
    assert headline(_event(), {}) == "Japan and India held talks"
    assert headline(_event(type="visit", status="planned", location="Tokyo", source_actor="IND",
                           target_actor="JPN"), {}) == "India to visit Tokyo"
    assert headline(_event(type="agreement", status="cancelled"), {}).endswith("(cancelled)")


def test_a_missing_or_repeated_side_is_completed_from_the_pair() -> None:
    assert headline(_event(type="call", source_actor="JPN", target_actor="JPN"), {}) == \
        "Japan spoke by phone with India"
    assert headline(_event(type="cooperation", dyad="PAK-RUS", source_actor="SUN", target_actor="PAK"), {}) == \
        "Soviet Union cooperated with Pakistan"


def test_every_event_of_the_sample_has_a_headline_that_is_not_its_sentence(examples_db: Path) -> None:
    with Store(examples_db, read_only=True) as store:
        rows = events(store, EventFilter())
    assert rows and all(r["headline"] and r["headline"] != r["summary"] for r in rows)


@pytest.mark.parametrize(("fields", "expected"), [
    ({"type": "conflict", "plover": "ASSAULT"}, "Japan attacked India"),
    ({"type": "conflict", "plover": "ASSAULT", "status": "planned"}, "Japan to attack India"),
    ({"type": "conflict", "plover": "SANCTION"}, "Japan took measures against India"),
    ({"type": "statement", "plover": "ACCUSE"}, "Japan accused India"),
    ({"type": "statement", "plover": "CONSULT"}, "Japan on India"),  # a plain comment
    ({"type": "cooperation", "plover": "AID", "location": "IND"}, "Japan gave aid to India"),
    ({"type": "conflict", "plover": "COERCE", "location": "CHN"}, "Japan used force against India in China"),
])
def test_the_action_follows_what_was_done_not_only_the_field(fields: dict, expected: str) -> None:
    assert headline(_event(**fields), {}) == expected
