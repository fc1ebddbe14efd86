"""Events end to end on the seeds, scored by the shared scorer; and the provenance invariant."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import SEEDS, coded, needs_shared, run, score
from dyad.records import RawDocument


@needs_shared
def test_seed_scores_meet_the_bar(seeds_events: list[dict], tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in seeds_events))
    scores = score(path)
    # The seeds once scored 1.0 through rules and a people table fitted to them; those are gone, and
    # what general rules find is the figure now (CHANGELOG has both); the bar is 0.95 / 0.90.
    assert scores["recall"] >= 0.95, scores
    assert scores["precision"] >= 0.90, scores
    assert scores["date_accuracy"] >= 0.90, scores


@needs_shared
def test_every_evidence_is_the_document_slice(seeds_events: list[dict]) -> None:
    assert seeds_events
    texts: dict[str, str] = {}
    for ev in seeds_events:
        assert ev["evidence"], ev
        for e in ev["evidence"]:
            text = texts.setdefault(e["source"], Path(e["source"]).read_text())
            assert text[e["start"] : e["end"]] == e["text"]


@needs_shared
def test_the_moscow_press_conference_has_no_date(seeds_events: list[dict]) -> None:
    meetings = [e for e in seeds_events if "003_" in e["evidence"][0]["source"] and e["type"] == "meeting"]
    assert meetings and all(e["date"] is None for e in meetings)


@needs_shared
def test_nothing_from_the_zelensky_story_is_pakistan_russia(seeds_events: list[dict]) -> None:
    path = next(SEEDS.glob("004_*.txt"))
    start = path.read_text().index("Ukraine’s Zelensky meets Pope Leo")
    for ev in seeds_events:
        if ev["dyad"] == "PAK-RUS" and ev["evidence"][0]["source"] == str(path):
            assert all(e["start"] < start for e in ev["evidence"])


@needs_shared
def test_reingesting_adds_nothing(seeds_db: Path) -> None:
    before = run("events", "--db", str(seeds_db), "--format", "json")[1]
    code, _, stderr = run("ingest", "--db", str(seeds_db), str(SEEDS))
    assert code == 0 and "0 new document(s), 0 event(s); 5 already stored" in stderr
    assert run("events", "--db", str(seeds_db), "--format", "json")[1] == before


def events_of(text: str, published: str | None = "2025-06-10") -> list[tuple[str, str | None, str, str | None]]:
    doc = coded(RawDocument(source="t", text=text, format="txt", published=published))
    return [(e.type, e.date, e.status, e.dyad) for e in doc.events if e.type != "statement"]


def test_two_dates_of_one_verb_are_two_events() -> None:
    got = events_of("Last year the presidents of India and Japan met twice, in Tokyo in March and in Delhi in "
                    "October.")
    assert got == [("meeting", "2024-03", "occurred", "IND-JPN"), ("meeting", "2024-10", "occurred", "IND-JPN")]


def test_plans_hypotheses_and_habits_are_not_occurrences() -> None:
    assert events_of("Turkish Foreign Minister Hakan Fidan will visit Baku next month.") == [
        ("visit", "2025-07", "planned", "AZE-TUR")]
    assert events_of("A visit by the Turkish president to Azerbaijan would strengthen ties.") == []
    assert events_of("Turkey and Azerbaijan hold consultations annually.") == []
    assert events_of("Turkey did not sign the agreement with Azerbaijan.") == []


def test_coordinated_events_each_get_their_own_date_and_span() -> None:
    doc = coded(RawDocument(source="t", format="txt", published="2025-01-25", text=(
        "Trade between Kazakhstan and China grew after the opening of the Khorgos dry port, the First "
        "China-Kazakhstan Business Forum (May 3-4, 2024) and the 5th Meeting of the Cooperation Committee "
        "(September 9, 2024).")))
    got = [(e.type, e.date, e.dyad) for e in doc.events]
    # the opening of the dry port names no side: not an event of a pair (the record says less, not wrong)
    assert got == [("forum", "2024-05-03/2024-05-04", "CHN-KAZ"), ("meeting", "2024-09-09", "CHN-KAZ")]
    for e in doc.events:
        (ev,) = e.evidence
        assert doc.document.raw.text[ev.start : ev.end] == ev.text


@pytest.mark.parametrize(("text", "expected"), [
    ("Thousands of protesters rallied outside the Russian embassy in Kyiv on Sunday.", ("conflict", "PROTEST")),
    ("The United States imposed sanctions on Iran on Tuesday.", ("economic", "SANCTION")),
    ("Israeli jets struck targets in Syria overnight.", ("conflict", "ASSAULT")),
    ("Japan sent humanitarian aid to Turkey after the earthquake.", ("cooperation", "AID")),
    ("Pakistan called on India to resume talks.", ("statement", "REQUEST")),
    ("Russia will provide assistance to Pakistan.", ("cooperation", "AID")),
])
def test_plover_types(text: str, expected: tuple[str, str]) -> None:
    doc = coded(RawDocument(source="t", text=text, format="txt", published="2025-06-10"))
    assert [(e.type, e.plover) for e in doc.events] == [expected]


def test_people_carry_their_country_into_the_dyad() -> None:
    doc = coded(RawDocument(source="t", format="txt", published="2025-06-10", text=(
        "Russian Foreign Minister Sergey Lavrov arrived in Ankara on Monday. Later, Lavrov met Turkish Foreign "
        "Minister Hakan Fidan. Indian Prime Minister Narendra Modi visited Tokyo in March.")))
    got = [(e.type, e.dyad, e.location, list(e.participants)) for e in doc.events]
    assert got[0] == ("visit", "RUS-TUR", "Ankara", ["Sergey Lavrov"])
    assert got[1][:2] == ("meeting", "RUS-TUR") and "Sergey Lavrov" in got[1][3]  # "Lavrov" is who he is
    assert got[2] == ("visit", "IND-JPN", "Tokyo", ["Narendra Modi"])


def test_a_party_of_no_named_side_is_read_through_the_document() -> None:
    text = ("Japan and India agreed on Monday to expand defence ties, Japanese officials said. Indian Prime "
            "Minister Narendra Modi met Ishiba in Tokyo on Tuesday. Officials held talks with their Indian "
            "counterparts on Wednesday.")
    got = events_of(text, published="2025-06-12")
    # "Ishiba", named with no country, and "officials", facing India in a report on India and Japan
    assert ("meeting", "2025-06-10", "occurred", "IND-JPN") in got
    assert ("meeting", "2025-06-11", "occurred", "IND-JPN") in got
    # a side the document does not give stays unknown: no pair from a lone office
    assert events_of("Officials said the talks were useful.") == []


def test_plans_of_nouns() -> None:
    assert events_of("The India-Japan summit is scheduled for May.") == [("meeting", "2026-05", "planned", "IND-JPN")]
    assert events_of("Talks between Pakistan and Russia are expected to focus on energy.") == [
        ("meeting", None, "planned", "PAK-RUS")]
    assert events_of("India and Japan failed to reach an agreement on the loan.") == []
    assert events_of("The dialogue between India and Japan was postponed.") == [
        ("meeting", None, "cancelled", "IND-JPN")]


DEV = Path(__file__).parent / "data" / "dev"


@needs_shared
def test_dev_set_of_other_dyads(tmp_path: Path) -> None:
    """Four short texts we wrote about other dyads (Turkey–Azerbaijan, China–Kazakhstan, India–
    Bangladesh, Egypt–Saudi Arabia), with our own gold: a regression set, not a held-out score."""
    db = tmp_path / "dev.duckdb"
    assert run("ingest", "--db", str(db), str(DEV / "corpus"))[0] == 0
    path = tmp_path / "events.jsonl"
    path.write_text(run("export", "events", "--db", str(db))[1])
    scores = score(path, gold=DEV / "gold", corpus=DEV / "corpus")
    assert scores["recall"] >= 0.8 and scores["precision"] >= 0.85 and scores["date_accuracy"] >= 0.9, scores


def test_the_date_of_the_events_own_clause_wins() -> None:
    assert events_of("Today, let me announce that the first India-Japan policy dialogue will be held in New Delhi "
                     "in April this year.", published="2025-02-12") == [("meeting", "2025-04", "planned", "IND-JPN")]


@pytest.mark.parametrize(("text", "expected"), [
    ("North Korea, South Korea to hold first talks since 2015", [("meeting", None, "planned", "KOR-PRK")]),
    ("Russia calls for talks between the Syrian government and the opposition.", []),
    ("As for President Obama, he arrived in Washington on Monday full of talk about unity.", []),
    ("Former Homeland Security Chief Tom Ridge unveils the color-coded U.S. threat advisory system.", []),
])
def test_headline_plans_requests_and_homecomings(text: str, expected: list) -> None:
    assert events_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel launched air strikes on Syria on Sunday.", ("conflict", "ASSAULT", "ISR-SYR")),
    ("The United States imposed sanctions on Iran on Tuesday.", ("economic", "SANCTION", "IRN-USA")),
    ("Turkey recalled its ambassador from Israel.", ("conflict", "SANCTION", "ISR-TUR")),
    ("Russia suspended flights to Georgia.", ("economic", "SANCTION", "GEO-RUS")),
    ("North Korea fired missiles toward Japan.", ("conflict", "ASSAULT", "JPN-PRK")),
    ("China banned imports of Japanese seafood.", ("economic", "SANCTION", "CHN-JPN")),
    ("India withdrew its troops from the border with China.", ("conflict", "RETREAT", "CHN-IND")),
    ("Iran released the British sailors on Friday.", ("cooperation", "RETREAT", "GBR-IRN")),
    ("Japan apologized to South Korea.", ("statement", "CONCEDE", "JPN-KOR")),
])
def test_conflict_and_retreat_codes(text: str, expected: tuple[str, str, str]) -> None:
    doc = coded(RawDocument(source="t", text=text, format="txt", published="2024-06-10"))
    assert [(e.type, e.plover, e.dyad) for e in doc.events] == [expected]


def test_a_dismissal_is_not_an_attack() -> None:
    assert events_of("The president fired the defence minister.") == []


def test_an_interview_is_a_statement() -> None:
    doc = coded(RawDocument(source="t", format="txt", published="2026-02-09", text=(
        "Ties are growing, Russian Ambassador to Pakistan Albert Khorev told TASS on Monday.")))
    assert [(e.type, e.date, e.dyad) for e in doc.events] == [("statement", "2026-02-09", "PAK-RUS")]


def test_a_weekday_takes_the_tense_of_its_own_clause() -> None:
    # 2025-06-10 is a Tuesday: "Thursday" under "will" is the 12th, not the 5th, whatever "said" says
    got = events_of("The Kenyan minister said relations were excellent and the Indian prime minister will "
                    "visit Kenya on Thursday.")
    assert ("visit", "2025-06-12", "planned", "IND-KEN") in got


def test_two_days_earlier_counts_from_the_sentence_before() -> None:
    got = events_of("On Friday, Ghanaian Foreign Minister Kwame Mensah met the Togolese president in Lome. "
                    "Two days earlier, Mensah met the Beninese president in Cotonou.")
    assert ("meeting", "2025-06-06", "occurred", "GHA-TGO") in got
    assert ("meeting", "2025-06-04", "occurred", "BEN-GHA") in got


def test_a_persons_comings_and_goings_in_the_present_are_news_not_habits() -> None:
    assert events_of("Chilean President Gabriel Boric visits Peru.") == [("visit", None, "occurred", "CHL-PER")]
    assert events_of("Chilean President Gabriel Boric regularly visits Peru.") == []
    assert events_of("Chile exports copper to Peru.") == []


def test_a_date_after_a_place_and_comma_mid_sentence_is_no_dateline() -> None:
    got = events_of("The presidents of Chile and Peru will meet in the US, July 3 - 5, officials said.")
    assert [e for e in got if e[0] == "meeting"] == [("meeting", "2025-07-03/2025-07-05", "planned", "CHL-PER")]


def test_coming_to_a_capital_is_a_visit_and_coming_into_force_an_agreement() -> None:
    assert events_of("Chilean President Gabriel Boric came to Lima on Monday.") == [
        ("visit", "2025-06-09", "occurred", "CHL-PER")]
    assert events_of("The Chile-Peru treaty came into force on Monday.") == [
        ("agreement", "2025-06-09", "occurred", "CHL-PER")]


def test_the_screen_finds_trigger_words_in_any_inflection_and_only_whole_words() -> None:
    from dyad.extract.screen import _IRREGULAR, EVENT_WORDS, _inflected
    from dyad.extract.vocabulary import NOUNS, VERBS

    regular = re.compile(rf"\b(?:{_inflected(set(VERBS) | set(NOUNS))})\b", re.IGNORECASE)
    assert not [w for w in _IRREGULAR if regular.fullmatch(w)]  # each irregular form is needed
    for word in ("visited", "supplies", "shipped", "agreed", "signing", "withdrawn", "talks"):
        assert EVENT_WORDS.search(f"they {word} it"), word
    for word in ("financial", "government", "banks", "problem"):
        assert not EVENT_WORDS.search(f"the {word} here"), word


def test_a_word_conjoined_to_a_name_word_is_no_happening_of_its_own() -> None:
    got = events_of("Turkey and Azerbaijan opened the Second Turkey-Azerbaijan Energy and Investment Forum in Baku "
                    "on Tuesday.")
    assert got == [("forum", "2025-06-10", "occurred", "AZE-TUR")]


def test_we_in_the_second_of_two_reported_clauses_is_the_speakers_side() -> None:
    got = events_of("India and China held border talks in Beijing on Monday. The Indian foreign minister said the "
                    "situation on the border remains difficult and we have agreed to use the existing hotline for "
                    "this purpose.")
    assert ("agreement", None, "occurred", "CHN-IND") in got


def test_standing_relations_are_not_happenings() -> None:
    assert events_of("Talks on the water dispute are held every year between Egypt and Sudan.") == []
    assert events_of("Germany is cooperating with Poland to secure the border.") == []
    assert events_of("Japan has collaborated closely with Australia at the United Nations.") == []
    assert events_of("Chile and Peru are building a new partnership.") == []
    assert events_of("Germany cooperated with Poland on Monday to secure the border.") == [
        ("cooperation", "2025-06-09", "occurred", "DEU-POL")]


def test_a_happening_borrows_the_sides_the_sentence_ties_it_to() -> None:
    # a list member takes the sides of the happening it is listed under
    assert events_of("Britain imposed sanctions on Syria, including an arms embargo.") == [
        ("economic", None, "occurred", "GBR-SYR"), ("economic", None, "occurred", "GBR-SYR")]
    got = events_of("Last year Norway and Chile held the fifth joint commission meeting and related events, "
                    "including a concert by a Norwegian choir.")
    assert got == [("meeting", "2024", "occurred", "CHL-NOR"), ("cultural", "2024", "occurred", "CHL-NOR")]
    # what followed a happening, the sides of the clause it followed
    got = events_of("Last year an agreement between Kenya and Uganda on rail transport came into force, followed by "
                    "the first shipment of goods by rail.")
    assert got == [("agreement", "2024", "occurred", "KEN-UGA"), ("economic", "2024", "occurred", "KEN-UGA")]
    # one called bilateral: its one side's partner in the story
    got = events_of("Vietnam and Laos marked sixty years of relations. On June 3, 2025, the Vietnamese embassy "
                    "organized a seminar dedicated to bilateral relations.")
    assert ("forum", "2025-06-03", "occurred", "LAO-VNM") in got
    # not a list under any noun: "Iran's leadership ..., including a loan" is no list of a happening
    assert events_of("The crisis has prompted Iran's leadership to consider offering $ 5 billion in help, including "
                     "a loan worth $ 1 billion, a French daily said.") == []


def test_a_hope_is_no_happening_whatever_the_small_models_lemma() -> None:
    # the small model reads "hopes" as "hop"; the wish governs the talks all the same
    assert events_of("The Chilean president said she hopes to hold talks with Peru.") == []
    assert events_of("The Chilean president hoped to broaden the dialogue with Peru.") == []
