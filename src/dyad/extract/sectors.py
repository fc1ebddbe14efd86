"""Sectors of the relationship an event or statement touches, by its words."""

from __future__ import annotations

from spacy.tokens import Span

SECTOR_WORDS = {
    "trade": {"trade", "export", "import", "tariff", "business", "commerce", "barter", "payment", "investment"},
    "energy": {"energy", "oil", "gas", "power", "electricity", "nuclear", "pipeline", "hydropower", "lng"},
    "defence": {"military", "defence", "defense", "army", "navy", "naval", "exercise", "drill", "weapon",
                "helicopter", "arm"},
    "security and counter-terrorism": {"terrorism", "terrorist", "security", "counter-terrorism", "extremism"},
    "education": {"education", "university", "student", "scholarship", "school", "course", "teacher"},
    "culture": {"culture", "cultural", "concert", "monument", "museum", "festival", "art"},
    "transport and connectivity": {"transport", "railway", "road", "route", "corridor", "port", "cargo",
                                   "flight", "connectivity", "logistics"},
    "digital": {"digital", "cyber", "internet", "technology", "ict"},
    "agriculture and food": {"food", "grain", "wheat", "agriculture", "agricultural", "fertilizer"},
    "health and pharma": {"health", "medicine", "pharmaceutical", "vaccine", "insulin", "hospital"},
    "diplomacy and multilateral": {"diplomatic", "embassy", "ambassador", "minister", "un", "sco", "brics",
                                   "commission", "talks", "visit", "meeting"},
}  # fmt: skip


def sectors_of(sent: Span) -> list[str]:
    lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    return [s for s, words in SECTOR_WORDS.items() if lemmas & words]
