"""Units of the numbers news gives: currencies (ISO 4217), measures, and what a counted noun counts.

Currencies come from pycountry's ISO 4217 table: a full name ("Canadian dollars", "Pakistan
rupee") is one code; a bare base word ("rupees", "dollars") is the currency of that base that one
of the story's countries issues, told by the ISO 4217 rule that a code begins with the issuer's
ISO 3166 alpha-2 code (PK -> PKR), else the base's usual reading (dollars -> USD). The symbols, the
wire-service abbreviations ("dlrs", "stg") and the currencies the euro replaced (news of other
eras) are not in pycountry and are listed here.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from dyad.gazetteer import lexicon

# Symbols written before an amount. "#" is how Penn-Treebank-tokenised news writes "£".
SIGNS = {"US$": "USD", "U.S.$": "USD", "$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
         "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "NT$": "TWD", "R$": "BRL", "Mex$": "MXN", "€": "EUR",
         "£": "GBP", "#": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₦": "NGN",
         "₱": "PHP", "₴": "UAH", "₪": "ILS", "RMB": "CNY", "Rs": "INR", "Rs.": "INR", "Tk": "BDT"}  # fmt: skip
# Symbols whose currency depends on the story's countries, like a bare base word.
SIGN_BASES = {"Rs": "rupee", "Rs.": "rupee", "¥": "yen"}
# Wire abbreviations and spellings pycountry does not carry.
WORDS = {"dlrs": "USD", "dlr": "USD", "stg": "GBP", "sterling": "GBP", "pounds sterling": "GBP", "quid": "GBP",
         "renminbi": "CNY", "yuan": "CNY", "roubles": "RUB", "rouble": "RUB", "shekels": "ILS", "shekel": "ILS",
         "cfa francs": "XOF", "euros": "EUR", "euro": "EUR"}  # fmt: skip
# Currencies replaced by the euro or renamed, for news of their years: base word -> (code, issuer alpha-2).
FORMER = {"FRF": ("franc", "FR"), "BEF": ("franc", "BE"), "LUF": ("franc", "LU"), "DEM": ("mark", "DE"),
          "ITL": ("lira", "IT"), "NLG": ("guilder", "NL"), "ESP": ("peseta", "ES"), "PTE": ("escudo", "PT"),
          "ATS": ("schilling", "AT"), "GRD": ("drachma", "GR"), "IEP": ("punt", "IE"), "FIM": ("markka", "FI"),
          "SUR": ("ruble", "SU")}  # fmt: skip
# The reading of a base word when none of the story's countries issues it.
USUAL = {"dollar": "USD", "pound": "GBP", "rupee": "INR", "ruble": "RUB", "franc": "CHF", "peso": "MXN",
         "won": "KRW", "dinar": "IQD", "riyal": "SAR", "rial": "IRR", "dirham": "AED", "krone": "NOK",
         "krona": "SEK", "shilling": "KES", "lira": "TRY", "mark": "DEM", "yen": "JPY"}  # fmt: skip
# pycountry base words that are also English words or not money at all.
_NOT_BASES = {"gold", "silver", "platinum", "palladium", "real", "sol", "sum", "mark", "unit", "ui", "(ui)", "(udi)",
              "unidad", "sucre", "mvdol", "(next", "day)", "previsional", "inversion", "composite", "purposes",
              "involved", "right)", "oro"}  # fmt: skip
_IRREGULAR_PLURALS = {"lira": "lire", "krone": "kroner", "krona": "kronor", "real": "reais", "yen": "yen",
                      "won": "won", "baht": "baht", "tenge": "tenge", "taka": "taka", "rand": "rand",
                      "naira": "naira", "kyat": "kyat", "dong": "dong", "yuan": "yuan", "renminbi": "renminbi"}


def plural(word: str) -> str:
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    return word + ("es" if word.endswith(("s", "sh", "ch")) else "s")


@lru_cache(maxsize=1)
def currency_table() -> tuple[dict[str, str], dict[str, list[str]]]:
    """Full names (lower case, singular and plural) -> code; base word (singular) -> codes."""
    names: dict[str, str] = {}
    bases: dict[str, list[str]] = {}
    for c in pycountry.currencies:
        words = c.name.lower().split()
        if c.alpha_3.startswith("X") and c.alpha_3 not in ("XOF", "XAF", "XCD") or words[-1] in _NOT_BASES:
            continue
        base = words[-1]
        names[" ".join(words)] = c.alpha_3
        names[" ".join([*words[:-1], plural(base)])] = c.alpha_3
        bases.setdefault(base, []).append(c.alpha_3)
    for code, (base, _) in FORMER.items():
        bases.setdefault(base, []).append(code)
    return names, bases


def _issuer(code: str) -> str:
    return FORMER[code][1] if code in FORMER else code[:2]


def _alpha2(iso3: str) -> str | None:
    c = pycountry.countries.get(alpha_3=iso3)
    return c.alpha_2 if c else None


def base_of(word: str) -> str | None:
    """"rupees" -> "rupee", "lire" -> "lira": the base word a written currency word stands for."""
    w = word.lower()
    _, bases = currency_table()
    if w in bases:
        return w
    for base in bases:
        if plural(base) == w or base + "s" == w:
            return base
    return None


def currency_of_base(base: str, countries: tuple[str, ...] = ()) -> str | None:
    """The currency a bare base word means in a story about these countries (ISO3 codes)."""
    codes = currency_table()[1].get(base, [])
    issuers = {a2 for a2 in map(_alpha2, countries) if a2}
    for code in codes:
        if _issuer(code) in issuers:
            return code
    if len(codes) == 1:
        return codes[0]
    return USUAL.get(base) or (codes[0] if codes else None)


def currency_named(adjective: str, base: str) -> str | None:
    """"Hong Kong" + "dollar" -> HKD, "Pakistani" + "rupee" -> PKR, "U.S." + "dollar" -> USD."""
    names, bases = currency_table()
    full = f"{adjective.lower()} {base}"
    if full in names:
        return names[full]
    lex = lexicon()[1].get(adjective.strip())
    if lex is None or lex.kind != "country":
        return None
    a2 = _alpha2(lex.code)
    return next((c for c in bases.get(base, []) if a2 and _issuer(c) == a2), None)


def currency_code(text: str) -> str | None:
    """An ISO 4217 code written as such ("USD", "EUR"), or None."""
    if not re.fullmatch(r"[A-Z]{3}", text):
        return None
    return text if pycountry.currencies.get(alpha_3=text) is not None or text in FORMER else None


@lru_cache(maxsize=1)
def currency_words() -> list[str]:
    """Every written currency word (base words singular and plural, and WORDS), longest first."""
    _, bases = currency_table()
    words = set(WORDS)
    for b in bases:
        words |= {b, plural(b), b + "s"}
    return sorted(words, key=len, reverse=True)


# Measures: written unit -> (normalised unit, scale). "bcm" is a billion cubic metres.
MEASURES = {"barrels per day": ("barrels per day", 1.0), "barrels a day": ("barrels per day", 1.0),
            "bpd": ("barrels per day", 1.0), "b/d": ("barrels per day", 1.0), "barrels": ("barrels", 1.0),
            "barrel": ("barrels", 1.0), "bbl": ("barrels", 1.0), "metric tons": ("tonnes", 1.0),
            "metric tonnes": ("tonnes", 1.0), "tonnes": ("tonnes", 1.0), "tons": ("tonnes", 1.0),
            "tonne": ("tonnes", 1.0), "ton": ("tonnes", 1.0), "kilograms": ("kg", 1.0), "kilogrammes": ("kg", 1.0),
            "kg": ("kg", 1.0), "kilos": ("kg", 1.0), "cubic metres": ("cubic metres", 1.0),
            "cubic meters": ("cubic metres", 1.0), "cu m": ("cubic metres", 1.0), "bcm": ("cubic metres", 1e9),
            "gallons": ("gallons", 1.0), "litres": ("litres", 1.0), "liters": ("litres", 1.0),
            "bushels": ("bushels", 1.0), "megawatts": ("MW", 1.0), "MW": ("MW", 1.0), "gigawatts": ("GW", 1.0),
            "GW": ("GW", 1.0), "lbs": ("pounds", 1.0), "ounces": ("ounces", 1.0)}  # fmt: skip
# What a counted noun counts: soldiers and units are "troops", people by any name "people".
TROOPS = {"troops", "soldiers", "marines", "servicemen", "servicewomen", "paratroopers", "commandos", "sailors",
          "airmen", "peacekeepers", "personnel", "forces", "force", "contingent", "contingents", "mission",
          "battalion", "garrison", "detachment", "deployment", "army", "military", "guardsmen", "reservists",
          "special forces", "infantry", "trainers", "instructors", "advisers", "advisors"}  # fmt: skip
PEOPLE = {"people", "persons", "civilians", "citizens", "nationals", "residents", "refugees", "migrants",
          "detainees", "prisoners", "hostages", "doctors", "nurses", "medics", "workers", "students", "tourists",
          "pilgrims", "diplomats", "experts", "victims", "casualties", "dead", "wounded", "injured", "killed",
          "rescuers", "volunteers", "engineers", "police", "policemen", "police officers", "officers", "guards",
          "fighters", "militants", "rebels", "insurgents", "team", "teams", "delegation", "delegates",
          "children", "women", "men", "survivors", "evacuees", "passengers", "crew", "staff", "deaths",
          "inmates", "asylum seekers", "bodies", "corpses", "fatalities", "immigrants", "specialists",
          "scientists", "journalists", "teachers"}  # fmt: skip
# Counted things that are not measurements of a relationship: "two countries", "20 points".
NOT_MEASURES = {"countries", "country", "sides", "side", "leaders", "nations", "states", "parties", "years", "year",
                "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute", "seconds",
                "times", "decades", "centuries", "points", "others", "ways", "parts", "sessions", "occasions",
                "ones", "pages", "words", "percent", "members", "people's", "goals", "games", "matches", "votes",
                "seats", "rounds", "stages", "steps", "issues", "questions", "reasons", "things", "items", "lines",
                "cents", "am", "pm", "a.m.", "p.m.", "gmt", "edt", "est", "bst", "mph", "miles", "kilometres",
                "kilometers", "km", "metres", "meters", "feet", "inches", "degrees", "yards", "sq", "square",
                "of", "per", "and", "or", "to", "a", "the", "in", "on", "at", "for", "by", "from", "with",
                "million", "billion", "thousand", "hundred", "dozen", "mln", "bln"}  # fmt: skip


def counted_unit(noun: str) -> str:
    """The unit of a counted noun: "troops", "people", or the noun itself ("ships", "facilities")."""
    n = noun.lower()
    head = n.split()[-1] if n.split() else n
    if n in TROOPS or head in TROOPS:
        return "troops"
    if n in PEOPLE or head in PEOPLE:
        return "people"
    lex = lexicon()[1].get(noun.split()[-1]) if noun.split() else None
    if lex is not None and lex.kind == "country" and lex.form == "demonym":  # "10 Mexicans"
        return "people"
    return head
