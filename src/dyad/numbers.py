"""Numbers as people write them: 12.5 million, 7,500, 1.08 trillion, 33.3 — never 1.08e+12 or 7500.0.

One helper for every front end that prints an indicator's value (CLI tables, briefs, the dashboard,
answers to questions, chart labels).
"""

from __future__ import annotations

import math

_WORDS = ((1e12, "trillion", "tn"), (1e9, "billion", "bn"), (1e6, "million", "m"))


def readable(value: float | int | str | None, short: bool = False) -> str:
    """12500000 -> "12.5 million" ("12.5m" when `short`), 7500 -> "7,500", 0.25 -> "0.25".

    A large value is written with a scale word when three significant digits say it exactly
    (1,234,567 stays written out); small values keep at most four decimals.
    """
    if value is None or value == "":
        return ""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(v) or math.isinf(v):
        return str(v)
    for size, word, abbreviation in _WORDS:
        if abs(v) >= size:
            scaled = v / size
            if abs(scaled - round(scaled, 3)) < 1e-9 * max(1.0, abs(scaled)):
                number = f"{round(scaled, 3):,.3f}".rstrip("0").rstrip(".")
                return f"{number}{abbreviation}" if short else f"{number} {word}"
            break
    if abs(v - round(v)) < 1e-9:
        return f"{round(v):,}"
    return f"{v:,.4f}".rstrip("0").rstrip(".")
