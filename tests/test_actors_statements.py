"""Actors resolved across spellings and documents; statements keep their speaker and side."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import needs_shared, run
from dyad.extract.authors import find_author
from dyad.extract.bodies import find_bodies
from dyad.extract.statements import stance
from dyad.resolve.actors import person_key


def test_person_keys_ignore_transliteration_and_initials() -> None:
    assert person_key("Sergey Lavrov") == person_key("Sergei Lavrov") == person_key("Sergey V. Lavrov")
    assert person_key("Albert P. Khorev") == person_key("Albert Khorev")
    assert person_key("Lavrov") == "lavrov|"


def test_bodies_take_the_country_they_were_named_with() -> None:
    text = "Pakistan's Foreign Office said on Monday ... The Foreign Office later added that the Embassy was closed."
    found = [(b.name.split(" (")[0], b.code) for b in find_bodies(text)]
    assert found == [("Foreign Office", "PAK"), ("Foreign Office", "PAK"), ("Embassy", None)]


def test_authors_of_op_eds_and_speeches() -> None:
    oped = "Published: 2024-06-05\n\n# Title\n\n*By the Ambassador of Japan to India*\n\nWe are proud partners.\n"
    a = find_author(oped)
    assert a is not None and (a.role, a.code) == ("Ambassador", "JPN")
    signed = ("Relations are strong. We export food.\n\nAlbert P. Khorev\n\n"
              "The writer is the Ambassador of Russia to Pakistan.")
    a = find_author(signed)
    assert a is not None and (a.name, a.role, a.code) == ("Albert P. Khorev", "Ambassador", "RUS")
    assert find_author("By Asia Wire Service\n\nNEW DELHI — Talks were held.") is None


def test_stance_sign() -> None:
    assert stance("Lavrov condemned the terrorist attack and warned of the threat.")[1] == "negative"
    assert stance("Relations are based on long-standing friendship and trust.")[1] == "positive"
    assert stance("The meeting took place in Moscow.") == (0.0, "neutral")


@needs_shared
def test_seed_actors_are_one_per_person_and_body(seeds_db: Path) -> None:
    rows = json.loads(run("actors", "--db", str(seeds_db), "--format", "json", "--limit", "500")[1])
    lavrov = [r for r in rows if r["kind"] == "person" and "Lavrov" in r["name"]]
    assert len(lavrov) == 1 and {"Sergey Lavrov", "Sergei Lavrov"} <= set(lavrov[0]["aliases"])
    assert lavrov[0]["side"] == "RUS" and lavrov[0]["role"] == "Foreign Minister"
    igc = [r for r in rows if r["kind"] == "org" and r["name"] == "Intergovernmental Commission"]
    assert len(igc) == 1 and {"IGC", "Intergovernmental Commission"} <= set(igc[0]["aliases"])
    khorev = next(r for r in rows if r["kind"] == "person" and "Khorev" in r["name"])
    assert khorev["side"] == "RUS" and any(x["role"] == "Ambassador" for x in khorev["roles"])


@needs_shared
def test_seed_statements_keep_their_speaker(seeds_db: Path) -> None:
    rows = json.loads(run("statements", "--db", str(seeds_db), "--format", "json")[1])
    by_text = {r["evidence"][0]["text"][:40]: r for r in rows}
    # an op-ed's "we" is its author's, and his side's
    export = next(r for t, r in by_text.items() if t.startswith("We export food"))
    assert (export["speaker"], export["side"], export["first_person"]) == ("Albert P. Khorev", "RUS", True)
    # "he said" after Bilawal spoke is Bilawal's; the condemnation is Lavrov's and negative
    he = next(r for t, r in by_text.items() if t.startswith("He said developing countries"))
    assert he["speaker"] == "Bilawal Bhutto Zardari" and he["side"] == "PAK"
    condemn = next(r for t, r in by_text.items() if t.startswith("Condemning the terrorist"))
    assert "Lavrov" in condemn["speaker"] and condemn["side"] == "RUS" and condemn["tone"] == "negative"
