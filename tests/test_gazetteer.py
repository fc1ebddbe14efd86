"""The gazetteer: countries from pycountry and countryinfo plus our own table, former states,
places, organisations, and the one regex that finds them."""

from __future__ import annotations

import re
import time

import pycountry
import pytest

from dyad.gazetteer import (
    Country,
    Lexeme,
    build,
    countries,
    country_name,
    lexicon,
    organisations,
    places,
    successor,
    tables,
)
from dyad.gazetteer.sources import rows
from dyad.gazetteer.tables import SOVEREIGNS

FORMER = {"SUN": "RUS", "DDR": "DEU", "YUG": "SRB", "CSK": "CZE", "ZAR": "COD", "BUR": "MMR", "RHO": "ZWE",
          "DHY": "BEN", "HVO": "BFA", "VDR": "VNM", "YMD": "YEM", "SCG": "SRB", "BYS": "BLR", "TMP": "TLS"}
ACRONYMS = {"US", "UK", "UAE", "USA", "USSR", "DPRK", "ROK", "PRC", "GDR", "FRG", "DRC", "KSA"}


def lex(text: str) -> Lexeme:
    return lexicon()[1][text]


def hits(text: str) -> list[tuple[str, str, str]]:
    rx, table = lexicon()
    return [(m.group(0), table[m.group(0)].code, table[m.group(0)].form) for m in rx.finditer(text)]


def test_every_iso_3166_1_state_and_every_former_state_is_a_country() -> None:
    known = countries()
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in known]
    assert not missing
    assert all(not known[c.alpha_3].former for c in pycountry.countries)
    # ISO 3166-3 keeps each former state's own code (but ATF is today's French Southern Territories)
    assert all(known[c.alpha_3].former for c in pycountry.historic_countries if c.alpha_3 != "ATF")
    assert known["XKX"].name == "Kosovo" and not known["XKX"].former
    assert len(known) > 270


@pytest.mark.parametrize(("former", "today"), sorted(FORMER.items()))
def test_former_states_keep_their_code_and_continue_in_their_successor(former: str, today: str) -> None:
    assert countries()[former].former
    assert successor(former) == today
    assert not countries()[today].former


def test_any_other_code_is_its_own_successor() -> None:
    assert successor("PAK") == "PAK" and successor("RUS") == "RUS" and successor("XYZ") == "XYZ"
    assert all(successor(c.alpha_3) == c.alpha_3 for c in pycountry.countries if c.alpha_3 not in SOVEREIGNS)


def test_a_dependent_territory_counts_in_its_sovereign_s_relations() -> None:
    assert successor("FLK") == "GBR" and successor("PRI") == "USA" and successor("GRL") == "DNK"


@pytest.mark.parametrize(("code", "name"), [
    ("GBR", "United Kingdom"), ("USA", "United States"), ("RUS", "Russia"), ("SUN", "Soviet Union"),
    ("DDR", "East Germany"), ("KOR", "South Korea"), ("IRN", "Iran"), ("COD", "Democratic Republic of the Congo"),
    ("PSE", "Palestine"), ("VGB", "British Virgin Islands"), ("BUR", "Burma"), ("YMD", "South Yemen"),
])
def test_country_name_is_readable(code: str, name: str) -> None:
    assert country_name(code) == name


def test_country_name_of_an_unknown_code_is_the_code() -> None:
    assert country_name("QQQ") == "QQQ" and country_name(None) == ""
    assert not any("," in c.name or c.name.startswith("the ") for c in countries().values() if c.code != "BES")


def test_country_keeps_its_positional_fields() -> None:
    c = Country("XXX", ("Xland",), ("Xish",), ("Xville",))
    assert (c.name, c.seats, c.former) == ("Xland", (), False)
    pak = countries()["PAK"]
    assert "Pakistan" in pak.names and "Pakistani" in pak.demonyms and "Islamabad" in pak.capitals


@pytest.mark.parametrize(("text", "code"), [
    ("US", "USA"), ("U.S.", "USA"), ("U.S.A.", "USA"), ("USA", "USA"), ("America", "USA"),
    ("United States of America", "USA"), ("UK", "GBR"), ("U.K.", "GBR"), ("Britain", "GBR"),
    ("Great Britain", "GBR"), ("Holland", "NLD"), ("South Korea", "KOR"), ("North Korea", "PRK"), ("DPRK", "PRK"),
    ("Russia", "RUS"), ("Russian Federation", "RUS"), ("Iran", "IRN"), ("Syria", "SYR"), ("Laos", "LAO"),
    ("Vietnam", "VNM"), ("Viet Nam", "VNM"), ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"),
    ("Cote d’Ivoire", "CIV"), ("Czechia", "CZE"), ("Czech Republic", "CZE"), ("Burma", "MMR"),
    ("Macedonia", "MKD"), ("Emirates", "ARE"), ("UAE", "ARE"), ("Saudi Arabia", "SAU"), ("Vatican", "VAT"),
    ("Holy See", "VAT"), ("Palestine", "PSE"), ("Palestinian territories", "PSE"), ("Kosovo", "XKX"),
    ("Taiwan", "TWN"), ("Hong Kong", "HKG"), ("Congo", "COD"), ("Republic of Congo", "COG"), ("PRC", "CHN"),
    ("Türkiye", "TUR"), ("Turkey", "TUR"), ("East Timor", "TLS"), ("Swaziland", "SWZ"),
    # former states and old names
    ("Soviet Union", "SUN"), ("USSR", "SUN"), ("U.S.S.R.", "SUN"), ("West Germany", "DEU"), ("FRG", "DEU"),
    ("East Germany", "DDR"), ("GDR", "DDR"), ("Yugoslavia", "YUG"), ("Czechoslovakia", "CSK"), ("Zaire", "ZAR"),
    ("Rhodesia", "RHO"), ("Ceylon", "LKA"), ("Siam", "THA"), ("Persia", "IRN"), ("Kampuchea", "KHM"),
    ("Dahomey", "DHY"), ("Upper Volta", "HVO"), ("North Vietnam", "VDR"), ("South Yemen", "YMD"),
    ("Serbia and Montenegro", "SCG"),
])
def test_names(text: str, code: str) -> None:
    assert lex(text) == Lexeme(text, "country", code, "name")


@pytest.mark.parametrize(("text", "code"), [
    ("Soviet", "SUN"), ("Soviets", "SUN"), ("Britons", "GBR"), ("Briton", "GBR"), ("British", "GBR"),
    ("Brits", "GBR"), ("Scottish", "GBR"), ("Welsh", "GBR"), ("Filipinos", "PHL"), ("Filipino", "PHL"),
    ("Swiss", "CHE"), ("Americans", "USA"), ("Dutch", "NLD"), ("Saudis", "SAU"), ("Saudi", "SAU"),
    ("Emiratis", "ARE"), ("Yemeni", "YEM"), ("Iraqi", "IRQ"), ("Afghans", "AFG"), ("Czechs", "CZE"),
    ("Germans", "DEU"), ("Frenchmen", "FRA"), ("West German", "DEU"), ("East German", "DDR"),
    ("Burmese", "MMR"), ("North Korean", "PRK"), ("South Koreans", "KOR"), ("Pakistani", "PAK"),
    # shared by two states: the one news means ("Congolese" is nearly always the DRC)
    ("Congolese", "COD"), ("Dominican", "DOM"), ("Chinese", "CHN"), ("French", "FRA"), ("Indian", "IND"),
    ("Serbian", "SRB"), ("Thai", "THA"), ("Lao", "LAO"),
])
def test_demonyms(text: str, code: str) -> None:
    assert lex(text) == Lexeme(text, "country", code, "demonym")


@pytest.mark.parametrize("text", ["Korean", "Koreans", "English", "Channel Islander", "Swisses", "Chineses",
                                  "Britishes", "Dutchs", "Germen", "Paks", "Persian"])
def test_no_ambiguous_or_misspelt_demonym(text: str) -> None:
    assert text not in lexicon()[1]


def test_no_country_code_but_the_chosen_acronyms_is_a_name() -> None:
    codes = [t for t, x in lexicon()[1].items()
             if x.kind == "country" and re.fullmatch(r"[A-Z]{2,4}", t.replace(".", ""))]
    assert {t.replace(".", "") for t in codes} <= ACRONYMS
    assert not {"IN", "IT", "CAN", "ARM", "RSA", "DE", "FR", "GB", "RUS", "PAK", "CHN"} & set(lexicon()[1])


@pytest.mark.parametrize(("text", "code"), [
    ("Washington", "USA"), ("London", "GBR"), ("Moscow", "RUS"), ("Islamabad", "PAK"), ("Beijing", "CHN"),
    ("Bogota", "COL"), ("Bogotá", "COL"), ("Malé", "MDV"), ("Astana", "KAZ"), ("Jerusalem", "ISR"),
    # old capitals that stood for their governments
    ("Bonn", "DEU"), ("Peking", "CHN"), ("Rangoon", "MMR"), ("Saigon", "VNM"), ("Leopoldville", "COD"),
    ("Alma-Ata", "KAZ"), ("Dacca", "BGD"), ("Kiev", "UKR"),
])
def test_capitals(text: str, code: str) -> None:
    assert lex(text) == Lexeme(text, "country", code, "capital")


@pytest.mark.parametrize("text", ["Male", "Victoria", "Kingston", "Hamilton", "Georgetown", "Santiago",
                                  "Salisbury", "Brussels", "Stanley", "Plymouth", "Island", "Mann", "Dominique"])
def test_ambiguous_capitals_and_spellings_are_left_out(text: str) -> None:
    assert text not in lexicon()[1]


@pytest.mark.parametrize(("text", "code"), [
    ("the Kremlin", "RUS"), ("Kremlin", "RUS"), ("the White House", "USA"), ("The White House", "USA"),
    ("the Pentagon", "USA"), ("the State Department", "USA"), ("Foggy Bottom", "USA"), ("Downing Street", "GBR"),
    ("Whitehall", "GBR"), ("the Elysee", "FRA"), ("the Élysée", "FRA"), ("Quai d'Orsay", "FRA"),
    ("Quai d’Orsay", "FRA"), ("Zhongnanhai", "CHN"), ("the Blue House", "KOR"),
])
def test_seats_of_government(text: str, code: str) -> None:
    assert lex(text) == Lexeme(text, "country", code, "seat")
    assert text in countries()[code].seats


def test_places_are_only_places() -> None:
    p = places()
    assert {"Bombay": "IND", "Calcutta": "IND", "Madras": "IND", "Leningrad": "RUS", "Canton": "CHN",
            "Scotland": "GBR", "Wales": "GBR", "England": "GBR"}.items() <= p.items()
    for text, code in p.items():
        assert lex(text) == Lexeme(text, "country", code, "place")
    # countryinfo's entry for Wales is not a name of the United Kingdom (Sikkim is SKM's display name)
    named = {t for c in countries().values() for t in (*c.names[1:], *c.capitals, *c.seats)}
    assert not named & set(p)
    assert "Salisbury" not in p


@pytest.mark.parametrize(("alias", "name"), [
    ("UN", "United Nations"), ("U.N.", "United Nations"), ("Security Council", "UN Security Council"),
    ("General Assembly", "UN General Assembly"), ("UNHCR", "UNHCR"), ("UNICEF", "UNICEF"),
    ("WFP", "World Food Programme"), ("WHO", "World Health Organization"), ("FAO", "Food and Agriculture Organization"),
    ("IAEA", "International Atomic Energy Agency"), ("UNESCO", "UNESCO"),
    ("UNDP", "United Nations Development Programme"),
    ("OCHA", "UN Office for the Coordination of Humanitarian Affairs"), ("NATO", "North Atlantic Treaty Organization"),
    ("North Atlantic Council", "North Atlantic Council"), ("EU", "European Union"), ("EC", "European Commission"),
    ("European Parliament", "European Parliament"), ("Council of Europe", "Council of Europe"), ("OPEC", "OPEC"),
    ("GATT", "GATT"), ("WTO", "World Trade Organization"), ("IMF", "International Monetary Fund"),
    ("World Bank", "World Bank"), ("Arab League", "Arab League"), ("AU", "African Union"),
    ("OAU", "Organisation of African Unity"), ("ASEAN", "Association of Southeast Asian Nations"),
    ("SCO", "Shanghai Cooperation Organization"), ("BRICS", "BRICS"), ("GCC", "Gulf Cooperation Council"),
    ("Paris Club", "Paris Club"), ("London Club", "London Club"), ("G7", "Group of Seven"), ("G-7", "Group of Seven"),
    ("G8", "Group of Eight"), ("G-20", "Group of Twenty"), ("OIC", "Organisation of Islamic Cooperation"),
    ("OSCE", "Organization for Security and Co-operation in Europe"), ("CIS", "Commonwealth of Independent States"),
    ("EAEU", "Eurasian Economic Union"), ("Mercosur", "Mercosur"), ("NAFTA", "North American Free Trade Agreement"),
    ("OAS", "Organization of American States"), ("ECOWAS", "Economic Community of West African States"),
    ("SADC", "Southern African Development Community"), ("APEC", "Asia-Pacific Economic Cooperation"),
    ("Warsaw Pact", "Warsaw Pact"), ("Comecon", "Comecon"), ("ICRC", "International Committee of the Red Cross"),
    ("Red Cross", "International Committee of the Red Cross"), ("Interpol", "Interpol"),
    ("the Commonwealth", "Commonwealth of Nations"), ("IGC", "Intergovernmental Commission"),
])
def test_organisations(alias: str, name: str) -> None:
    assert organisations()[alias] == name
    assert lex(alias) == Lexeme(alias, "org", name, "org")


def test_organisations_are_never_countries() -> None:
    assert all(lex(a).kind == "org" for a in organisations())
    assert all(x.kind == "country" and x.code in countries() for x in lexicon()[1].values() if x.form != "org")


@pytest.mark.parametrize(("text", "found"), [
    ("the Kremlin said on Monday", [("the Kremlin", "RUS", "seat")]),
    ("The Kremlin said", [("The Kremlin", "RUS", "seat")]),
    ("West German and Soviet officials met", [("West German", "DEU", "demonym"), ("Soviet", "SUN", "demonym")]),
    ("Soviets and Britons", [("Soviets", "SUN", "demonym"), ("Britons", "GBR", "demonym")]),
    ("Male voters turned out IN large numbers, IT said.", []),
    ("Romania is not Oman", [("Romania", "ROU", "name"), ("Oman", "OMN", "name")]),
    ("Papua New Guinea, Guinea-Bissau and South Sudan", [("Papua New Guinea", "PNG", "name"),
                                                          ("Guinea-Bissau", "GNB", "name"),
                                                          ("South Sudan", "SSD", "name")]),
    ("Nigeria and Niger", [("Nigeria", "NGA", "name"), ("Niger", "NER", "name")]),
    ("Russia-Pakistan ties", [("Russia", "RUS", "name"), ("Pakistan", "PAK", "name")]),
    ("the U.S.-led coalition and US$5", [("U.S.", "USA", "name")]),
    ("in Bombay, Downing Street said", [("Bombay", "IND", "place"), ("Downing Street", "GBR", "seat")]),
    ("Rangoon and Peking", [("Rangoon", "MMR", "capital"), ("Peking", "CHN", "capital")]),
    # the words around a name can make it something else
    ("Latin America, South Americans and North American oil", []),
    ("the South China Sea and the Indian Ocean", []),
    ("Jersey City, New Jersey, and New Mexico", []),
    ("Chad Myers reports; George Washington University; the Washington Post", []),
    ("in Canton, Ohio", []),
    ("Chad and Washington", [("Chad", "TCD", "name"), ("Washington", "USA", "capital")]),
    ("the Commonwealth and the Commonwealth of Independent States", [
        ("the Commonwealth", "Commonwealth of Nations", "org"),
        ("Commonwealth of Independent States", "Commonwealth of Independent States", "org")]),
    ("a commonwealth of interests; Commonwealth Games", []),
])
def test_the_lexicon_regex(text: str, found: list[tuple[str, str, str]]) -> None:
    assert hits(text) == found


def test_every_text_of_the_table_is_found_whole() -> None:
    rx, table = lexicon()
    missed = [t for t in table if [m.group(0) for m in rx.finditer(f"({t})")] != [t]]
    assert not missed


def test_the_trie_matches_like_a_longest_first_alternation() -> None:
    texts = ["Sudan", "South Sudan", "South Africa", "Niger", "Nigeria", "Nigerian", "Nigerians", "US", "U.S.",
             "U.S.A.", "Guinea", "Guinea-Bissau", "Papua New Guinea", "Dominica", "Dominican Republic"]
    plain = re.compile("|".join(re.escape(t) for t in sorted(texts, key=len, reverse=True)))
    trie = re.compile(build.pattern(texts))
    sample = "South Sudan, Sudan; South Africa. Nigerians in Niger, U.S.A. and U.S. and US, Papua New Guinea " \
             "and Guinea-Bissau, Guinea, Dominican Republic, Dominica"
    assert [m.group(0) for m in trie.finditer(sample)] == [m.group(0) for m in plain.finditer(sample)]


def test_plurals() -> None:
    assert [build.plural(d) for d in ("Afghan", "Frenchman", "German", "Czech", "Swiss", "Chinese", "British",
                                      "Dutch", "Icelandic", "Pak")] == \
           ["Afghans", "Frenchmen", "Germans", "Czechs", None, None, None, None, None, None]


def test_our_tables_only_name_known_codes() -> None:
    known = countries()
    for table in (tables.STATES, tables.FORMER, tables.SEATS, tables.PLACES):
        assert all(row[0][0] in known for row in rows(table))
    assert set(tables.SUCCESSORS) <= set(known) and set(tables.SUCCESSORS.values()) <= set(known)


def test_built_once_and_fast() -> None:
    assert lexicon() is lexicon() and countries() is countries()
    re.purge()
    start = time.perf_counter()
    with build.quiet_gc():
        entries, _ = build.gazetteer()
        re.compile(f"(?!{build.guards()})(?:{build.pattern(entries)})")
    assert time.perf_counter() - start < 0.3


@pytest.mark.parametrize("text", ["Officials met in Lahore.", "Officials met in Lahore on Monday.",
                                  "The ship sailed from St. Petersburg.", "Talks in Lahore, then Karachi."])
def test_a_city_is_a_place_wherever_it_stands_in_the_sentence(text: str) -> None:
    from dyad.segment.countries import country_mentions

    places = [m for m in country_mentions(text) if m.kind == "place"]
    assert places and all(m.code in ("PAK", "RUS") and text[m.start : m.end] == m.text for m in places)
    assert not any(m.text.endswith(".") and m.text != "St." for m in places)
