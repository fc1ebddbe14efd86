"""One event per happening: several outlets, a syndicated copy, and two meetings that must stay two."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run
from dyad.resolve.duplicates import signature, similarity
from dyad.resolve.events import finer
from dyad.store.duckdb_store import Store

WIRE = ("MOSCOW, March 4, 2025 — Pakistan's Foreign Minister Ishaq Dar met Russian Foreign Minister Sergey Lavrov "
        "in Moscow on Monday and the two sides discussed energy supplies and a barter mechanism for trade.\n\n"
        "Dar is the first Pakistani foreign minister to travel to Russia since 2023, officials said. The talks "
        "covered regional security and the situation in Afghanistan.\n")
COPY = ("THE EVENING STANDARD — World\n\n" + WIRE + "\nShare this article\n© 2025 Evening Standard Group\n")
OTHER_OUTLET = ("Russia and Pakistan held foreign-minister talks in Moscow on March 3, the Russian foreign ministry "
                "said in a statement. Sergei Lavrov and Ishaq Dar reviewed trade and energy projects.\n")
LATER = ("ISTANBUL, March 25, 2025 — Ishaq Dar and Sergey Lavrov met again on March 24 in Istanbul on the "
         "sidelines of a regional conference, their second meeting this month.\n")


def _feed(tmp_path: Path) -> Path:
    feed = tmp_path / "feed.jsonl"
    rows = [
        {"id": "wire-1", "published": "2025-03-04", "outlet": "Wire", "text": WIRE},
        {"id": "standard-1", "published": "2025-03-04", "outlet": "Evening Standard", "text": COPY},
        {"id": "daily-1", "published": "2025-03-05", "outlet": "Daily", "text": OTHER_OUTLET},
        {"id": "wire-2", "published": "2025-03-25", "outlet": "Wire", "text": LATER},
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return feed


def test_one_event_per_happening_and_two_for_two_meetings(tmp_path: Path) -> None:
    db = tmp_path / "db.duckdb"
    assert run("ingest", "--db", str(db), str(_feed(tmp_path)))[0] == 0
    code, stdout, _ = run("events", "--db", str(db), "--dyad", "PAK-RUS", "--type", "meeting", "--format", "json")
    meetings = json.loads(stdout)
    assert [m["date"] for m in meetings] == ["2025-03-03", "2025-03-24"]
    first, second = meetings
    assert {e["source"] for e in first["evidence"]} == {"wire-1", "standard-1", "daily-1"}
    assert {e["source"] for e in second["evidence"]} == {"wire-2"}
    with Store(db, read_only=True) as store:
        docs = {r["source"]: r for r in store.rows("SELECT id, source, duplicate_of FROM documents")}
        for r in store.rows('SELECT document_id, start, "end", text FROM evidence'):
            text = store.rows("SELECT text FROM documents WHERE id = ?", [r["document_id"]])[0]["text"]
            assert text[r["start"] : r["end"]] == r["text"]
    assert docs["standard-1"]["duplicate_of"] == docs["wire-1"]["id"]
    assert docs["daily-1"]["duplicate_of"] is None


def test_near_duplicates_by_minhash() -> None:
    assert similarity(signature(WIRE), signature(COPY)) >= 0.6
    assert similarity(signature(WIRE), signature(OTHER_OUTLET)) < 0.3


def test_the_better_date_wins_a_merge() -> None:
    assert finer("2024-02-25/2024-03-09", "2024-03-09") == "2024-02-25/2024-03-09"
    assert finer("2024", "2024-10-03") == "2024-10-03"
    assert finer(None, "2025-11") == "2025-11"


VISIT_A = ("ASTANA, June 3, 2024 — Chinese President Xi Jinping arrived in Astana on Monday for a state visit to "
           "Kazakhstan and held talks with President Kassym-Jomart Tokayev.\n\nThe two presidents opened the 12th "
           "session of the China-Kazakhstan Cooperation Committee on June 3, 2024, officials said.\n")
VISIT_B = ("Beijing and Astana pledged closer ties as Xi Jinping began a state visit to Kazakhstan on June 3, 2024. "
           "Tokayev welcomed his guest at the airport.\n\nThe 12th session of the Cooperation Committee, co-chaired by "
           "the two leaders, was held in Astana on June 3, 2024.\n")


def test_a_visit_and_a_commission_session_told_twice_are_two_happenings(tmp_path: Path) -> None:
    feed = tmp_path / "visit.jsonl"
    feed.write_text(json.dumps({"id": "kz-1", "published": "2024-06-03", "text": VISIT_A}) + "\n"
                    + json.dumps({"id": "cn-1", "published": "2024-06-04", "text": VISIT_B}) + "\n")
    db = tmp_path / "db.duckdb"
    assert run("ingest", "--db", str(db), str(feed))[0] == 0
    rows = json.loads(run("events", "--db", str(db), "--dyad", "CHN-KAZ", "--format", "json")[1])
    kinds = sorted((r["type"], r["date"], tuple(sorted({e["source"] for e in r["evidence"]}))) for r in rows
                   if r["type"] != "statement")
    assert kinds == [("meeting", "2024-06-03", ("cn-1", "kz-1")), ("visit", "2024-06-03", ("cn-1", "kz-1"))]


# --- resolution on the in-memory fake of the record -------------------------------------------

def _doc(text: str, source: str, **kw):  # type: ignore[no-untyped-def]
    from dyad.records import RawDocument
    from fakes import event, extracted

    doc_id = RawDocument(source=source, text=text, format="txt").id
    return extracted(text, source, events=(event(text, source, doc_id, **kw),))


def test_resolve_joins_a_happening_reported_again_and_keeps_two_apart() -> None:
    from dyad.resolve import InMemoryKnown, resolve

    known = InMemoryKnown()
    first = resolve(_doc("Dar met Lavrov in Moscow on March 3.", "a", date="2025-03-03", location="Moscow"), known)
    assert [d.merge_into for d in first.events] == [None]
    known.absorb(first)
    again = resolve(_doc("The two ministers held talks on Monday, March 3.", "b", date="2025-03-03"), known)
    assert [d.merge_into for d in again.events] == [first.events[0].event.id]
    other = resolve(_doc("Dar and Lavrov met again on March 24.", "c", date="2025-03-24"), known)
    assert [d.merge_into for d in other.events] == [None]  # another day: another meeting
    elsewhere = resolve(_doc("Dar met Lavrov in Beijing on March 3.", "d", date="2025-03-03", location="Beijing",
                             participants=("Ishaq Dar",)), known)
    assert elsewhere.events[0].merge_into is None  # the same day in another city: another meeting


def test_resolve_never_joins_undated_events_across_unrelated_documents() -> None:
    from dyad.resolve import InMemoryKnown, resolve

    known = InMemoryKnown()
    known.absorb(resolve(_doc("Dar met Lavrov.", "a", date=None), known))
    assert resolve(_doc("Dar and Lavrov met.", "b", date=None), known).events[0].merge_into is None


def test_resolve_finds_a_near_duplicate_and_merges_within_a_document() -> None:
    from dyad.resolve import InMemoryKnown, resolve
    from fakes import event, extracted

    known = InMemoryKnown()
    a = extracted(WIRE, "wire", signature=tuple(signature(WIRE)))
    known.absorb(resolve(a, known))
    copy = resolve(extracted(COPY, "copy", signature=tuple(signature(COPY))), known)
    assert copy.duplicate_of == a.id and copy.similarity is not None and copy.similarity >= 0.6
    text = "Lavrov arrived in Islamabad on Monday. The visit lasted two days."
    one = event(text[:37], "x", "d1", type="visit", date="2025-03-03", sentence=0)
    two = event(text, "x", "d1", type="visit", date=None, sentence=1)
    (only,) = resolve(extracted(text, "x", events=(one, two)), known).events
    assert only.event.id == one.id and len(only.event.evidence) == 2 and only.event.date == "2025-03-03"


def test_agenda_mentions_become_steps_of_one_item() -> None:
    from dyad.records import AgendaMention, Evidence
    from dyad.resolve import InMemoryKnown, resolve
    from fakes import extracted

    text = "The readmission agreement is under discussion. The readmission agreement was signed."
    m1 = AgendaMention("readmission agreement", "agreement", "under discussion", "2025-03-04",
                       (Evidence("s", 0, 46, text[:46]),), "PAK-RUS")
    m2 = AgendaMention("the readmission agreement", "agreement", "signed", "2025-03-04",
                       (Evidence("s", 47, len(text), text[47:]),), "PAK-RUS")
    known = InMemoryKnown()
    r = resolve(extracted(text, "s", agenda=(m1, m2)), known)
    assert len({s.item_id for s in r.agenda}) == 1 and [s.status for s in r.agenda] == ["under discussion", "signed"]
    known.absorb(r)
    later = resolve(extracted("x", "t", agenda=(m2,)), known)
    assert later.agenda[0].item_id == r.agenda[0].item_id and not later.agenda[0].new_item


def test_actors_join_across_spellings_and_documents() -> None:
    from dyad.records import Mention
    from dyad.resolve import InMemoryKnown, resolve
    from fakes import extracted

    known = InMemoryKnown()
    full = Mention(0, 13, "Sergey Lavrov", "person", "RUS", "Sergey Lavrov", "Foreign Minister")
    known.absorb(resolve(extracted("Sergey Lavrov", "a", mentions=(full,)), known))
    bare = Mention(0, 6, "Lavrov", "person", "RUS", "Lavrov", None)
    spelled = Mention(7, 20, "Sergei Lavrov", "person", "RUS", "Sergei Lavrov", None)
    r = resolve(extracted("Lavrov Sergei Lavrov", "b", mentions=(bare, spelled)), known)
    assert {a.id for a in r.actors} == {"person:lavrov|s"} and r.actors[0].mentions == 2
