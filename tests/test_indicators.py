"""Indicators: numbers with value, unit, qualifier, period and change; the seeds scored by the shared scorer.

The sentences are our own, written in the forms news uses for amounts, volumes, shares and counts.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conftest import needs_shared, run, score
from dyad.extract.indicators import find_indicators
from dyad.extract.quantities import find_quantities
from dyad.numbers import readable
from dyad.records import Indicator
from dyad.segment.countries import country_mentions
from dyad.times import Context, find_times

REF = date(2025, 1, 25)


def indicators(sentence: str, dyad: str = "IND-JPN", theatre: str | None = None) -> list[Indicator]:
    times = find_times(sentence, Context(ref=REF))
    return find_indicators(sentence, 0, "t", times, REF, dyad, country_mentions(sentence, offset=0), theatre)


def read(sentence: str, dyad: str = "IND-JPN") -> list[tuple[str, float, str, str | None, str | None, str | None]]:
    return [(i.name, i.value, i.unit, i.qualifier, i.period, i.change) for i in indicators(sentence, dyad)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Bilateral trade has grown by 12% in the last 3 years.",
     ("Bilateral trade", 12.0, "percent", None, "2022/2025", "+12%")),
    ("Exports fell by 4.5 per cent last year.", ("Exports", 4.5, "percent", None, "2024", "-4.5%")),
    ("Trade between the two countries reached about 7.6 billion dollars last year.",
     ("trade", 7.6e9, "USD", "about", "2024", None)),
    ("Japan extended a yen loan of 150 billion yen.", ("Japanese loan", 1.5e11, "JPY", None, None, None)),
    ("The two sides signed ten agreements.", ("agreements", 10.0, "agreements", None, None, None)),
    ("Japan doubled the number of visas issued to Indian engineers, increasing it to 4,000.",
     ("Japanese visas issued to Indian engineers", 4000.0, "visas", None, None, "x2")),
])
def test_patterns(sentence: str, expected: tuple) -> None:
    assert read(sentence) == [expected]


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("Japan pledged $2.5bn in development aid to India.", 2.5e9, "USD"),
    ("Japan pledged $ 100m in relief aid to India.", 1e8, "USD"),
    ("Britain gave £2.5m in emergency aid to India.", 2.5e6, "GBP"),
    ("Britain gave # 2.5m in emergency aid to India.", 2.5e6, "GBP"),  # Penn Treebank text writes £ as #
    ("India's exports to Japan rose to 1.2 bln dlrs in 2024.", 1.2e9, "USD"),
    ("Japan approved a loan of Rs 1.08 trillion to India for the rail line.", 1.08e12, "INR"),
    ("Japan approved a loan of three bln dlrs to India.", 3e9, "USD"),
    ("Japan agreed a 40 million euro loan to India.", 4e7, "EUR"),
    ("Japan offered India a credit line of 5 billion Hong Kong dollars.", 5e9, "HKD"),
    ("Japan will import 4 mln tonnes of Indian iron ore next year.", 4e6, "tonnes"),
    ("India shipped 200,000 bpd of crude to Japan in March.", 2e5, "barrels per day"),
    ("India will supply 60,000 barrels of oil to Japan each day.", 6e4, "barrels per day"),
    ("Japan imposed tariffs of 25 pct on Indian steel.", 25.0, "percent"),
    ("India will send some two dozen ships to the joint exercise with Japan.", 24.0, "ships"),
    ("Japan sent 3,000 troops to India.", 3000.0, "troops"),
    ("India deployed 2,700 soldiers to Japan.", 2700.0, "troops"),
    ("A 120-strong Japanese rescue team landed in India.", 120.0, "people"),
])
def test_units_and_values_as_news_writes_them(sentence: str, value: float, unit: str) -> None:
    (ind,) = indicators(sentence)
    assert (ind.value, ind.unit) == (value, unit)


def test_values_are_exact_decimals() -> None:
    (q,) = find_quantities("a budget of Rs 1.08 trillion", [])
    assert q.value == 1080000000000.0 and repr(q.value) == "1080000000000.0"
    (q,) = find_quantities("12.5 mln dlrs", [])
    assert q.value == 12500000.0


def test_a_bare_rupee_is_the_currency_of_the_story() -> None:
    (q,) = find_quantities("a loan of 20 million rupees", [], ("PAK", "RUS"))
    assert q.unit == "PKR"
    (q,) = find_quantities("a loan of Rs 20 million", [], ("IND", "JPN"))
    assert q.unit == "INR"


@pytest.mark.parametrize(("sentence", "qualifier"), [
    ("Japan sent more than 300 doctors to India.", "more than"),
    ("Japan sent some 300 doctors to India.", "about"),
    ("Japan will send up to 300 doctors to India.", "up to"),
    ("Japan sent at least 300 doctors to India.", "at least"),
    ("Japan sent 300 doctors to India.", None),
])
def test_qualifiers(sentence: str, qualifier: str | None) -> None:
    (ind,) = indicators(sentence)
    assert (ind.value, ind.unit, ind.qualifier) == (300.0, "people", qualifier)


def test_a_range_gives_its_bottom_and_its_top() -> None:
    low, high = indicators("Japan imposed duties of 10 to 15 percent on Indian rice.")
    assert (low.value, low.qualifier, high.value, high.qualifier) == (10.0, None, 15.0, "up to")
    assert low.unit == high.unit == "percent"


def test_an_amount_given_again_in_another_currency() -> None:
    first, second = indicators("Britain gave £20m ($31m) in emergency aid to Nepal.", "GBR-NPL")
    assert (first.value, first.unit, second.value, second.unit) == (2e7, "GBP", 3.1e7, "USD")
    assert first.name == "British emergency aid to Nepal" and second.name.endswith("(in USD)")


def test_change_by_a_factor_and_names() -> None:
    (ind,) = indicators("Japan has tripled its aid to India to £2.5m.")
    assert (ind.name, ind.value, ind.unit, ind.change) == ("Japanese aid to India", 2.5e6, "GBP", "x3")
    assert ind.key == "aid JPN>IND [GBP]"


def test_the_pair_is_the_one_the_sentence_names() -> None:
    (ind,) = indicators("Canada sent 40 doctors to Haiti.", "HTI-USA")
    assert ind.dyad == "CAN-HTI" and ind.name == "Canadian doctors to Haiti"
    (ind,) = indicators("Poland pulled out 300 soldiers last month.", "IRQ-USA", theatre="IRQ")
    assert ind.dyad == "IRQ-POL" and ind.period == "2024-12"
    (ind,) = indicators("Italy withdrew 300 soldiers from Iraq last month.", "IRQ-USA", theatre="IRQ")
    assert ind.dyad == "IRQ-ITA"


def test_evidence_is_an_exact_slice() -> None:
    text = "Background. Japan pledged $2.5bn in development aid to India in 2024."
    start = text.index("Japan")
    sentence = text[start:]
    times = find_times(sentence, Context(ref=REF), offset=start)
    mentions = country_mentions(sentence, offset=start)
    (ind,) = find_indicators(sentence, start, "t", times, REF, "IND-JPN", mentions)
    (e,) = ind.evidence
    assert text[e.start : e.end] == e.text and "$2.5bn" in e.text and ind.period == "2024"


@pytest.mark.parametrize("sentence", [
    "The two countries held talks on May 3, 2024 in Tokyo.",
    "The 9th meeting of the commission was held in 2024.",
    "JIMEX 23 ended after six days of drills.",
    "The two leaders met twice.",
    "Resolution 1441 was passed by 15 votes.",
    "Shares of the Japanese firm fell 3% to $35.20 a share.",  # a share price
    "Some 52 percent of Japanese voters back the deal, a poll found.",  # a poll
    "The company sold $3bn of assets to an Indian firm.",  # company finance, no state in it
    "The storm killed 12 people in the capital.",  # a toll of no relation
    "India's economy grew by 7% last year.",  # one country's economy
    "Japan is ranked #1 in the survey.",
    "The Indian delegation of 12 spent three days in Tokyo, 20 km from the port.",
])
def test_not_indicators(sentence: str) -> None:
    assert read(sentence) == []


@pytest.mark.parametrize(("value", "written"), [
    (12500000.0, "12.5 million"), (7500.0, "7,500"), (1080000000000.0001, "1.08 trillion"), (7.5e3, "7,500"),
    (266300000000.0, "266.3 billion"), (1234567.0, "1,234,567"), (33.3, "33.3"), (152.0, "152"), (0.25, "0.25"),
])
def test_numbers_print_as_people_write_them(value: float, written: str) -> None:
    assert readable(value) == written


@needs_shared
def test_seed_indicators_meet_the_bar(seeds_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "indicators.jsonl"
    path.write_text(run("export", "indicators", "--db", str(seeds_db))[1])
    scores = score(path, "indicators")
    assert scores["recall"] >= 0.8 and scores["value_accuracy"] >= 0.9, scores
    for rec in map(json.loads, path.read_text().splitlines()):
        (e,) = rec["evidence"]
        assert Path(e["source"]).read_text()[e["start"] : e["end"]] == e["text"]


@needs_shared
def test_the_indicator_table_prints_readable_numbers(seeds_db: Path) -> None:
    code, out, _ = run("indicators", "--db", str(seeds_db))
    assert code == 0 and "e+" not in out and ".0 " not in out


@pytest.mark.parametrize("sentence", ["Fifteen schools were rebuilt with Japanese money.",
                                      "Over a quarter of the aid came from Norway.",
                                      "Exports to Chile rose by ninety percent."])
def test_every_number_word_the_reader_knows_passes_the_number_screen(sentence: str) -> None:
    from dyad.extract.screen import may_hold_number

    assert may_hold_number(sentence, 0, len(sentence))


@pytest.mark.parametrize(("sentence", "number", "read"), [
    ("Circa 5 million Egyptians voted in the referendum.", 5_000_000.0, True),  # capitalised as the first word
    ("Yesterday 4 children were flown to Chile for treatment.", 4.0, True),
    ("Resolution 1973 was adopted by ten votes.", 1973.0, False),  # a label
    ("JIMEX 23 ended on Friday.", 23.0, False),  # an acronym's number is its name
])
def test_a_capitalised_word_before_a_number_makes_a_name_only_when_it_is_one(sentence: str, number: float,
                                                                             read: bool) -> None:
    from dyad.extract.quantities import find_quantities

    assert (number in [q.value for q in find_quantities(sentence, [])]) is read
