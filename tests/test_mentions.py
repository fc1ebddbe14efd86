"""Mentions: countries by name, demonym and capital; people with role and country."""

from __future__ import annotations

import pytest

from dyad.extract.mentions import person_role
from dyad.segment.countries import country_mentions


def test_countries_demonyms_capitals_and_the_ussr() -> None:
    text = "Moscow said the Pakistani side and the USSR's heirs met in Islamabad; Russia-Pakistan ties grow."
    got = [(m.text, m.code, m.as_government) for m in country_mentions(text) if m.kind == "country"]
    assert got == [("Moscow", "RUS", True), ("Pakistani", "PAK", False), ("USSR", "SUN", False),
                   ("Islamabad", "PAK", False), ("Russia", "RUS", False), ("Pakistan", "PAK", False)]


def test_organisations_and_no_partial_words() -> None:
    text = "The SCO and BRICS met; Romania is not Oman, and US$5 is money while the US is a country."
    got = [(m.text, m.kind, m.code) for m in country_mentions(text)]
    assert ("SCO", "org", None) in got and ("BRICS", "org", None) in got
    assert ("Romania", "country", "ROU") in got and ("Oman", "country", "OMN") in got
    assert [m for m in got if m[0] == "US"] == [("US", "country", "USA")]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Russian Foreign Minister Sergey Lavrov said", "Sergey Lavrov", ("Foreign Minister", "RUS")),
    ("Russian Ambassador to Pakistan Albert Khorev told", "Albert Khorev", ("Ambassador", "RUS")),
    ("met Pakistan’s National Security Adviser Lt .Gen. (Retd.) Nasser Khan Janjua and", "Nasser Khan Janjua",
     ("National Security Adviser", "PAK")),
    ("Albert P. Khorev, Ambassador of Russia to Pakistan @ Seminar", "Albert P. Khorev", ("Ambassador", "RUS")),
    ("Minister for Privatization Abdul Aleem Khan,", "Abdul Aleem Khan", ("Minister for Privatization", None)),
    ("Foreign Office spokesperson Dr. Mohammed Faisal said", "Mohammed Faisal", ("spokesperson", None)),
    ("the analyst Qamar Cheema told", "Qamar Cheema", (None, None)),
])
def test_people_roles(text: str, name: str, expected: tuple[str | None, str | None]) -> None:
    start = text.index(name)
    assert person_role(text, start, start + len(name)) == expected
