"""Time expressions as their own component: found in text, normalised to EDTF and TIMEX3 against a
reference date (`normalise`), EDTF bounds (`edtf`), and wire datelines (`dateline`)."""

from dyad.times.dateline import Dateline, dateline_date_text, dateline_end, find_dateline
from dyad.times.edtf import edtf_bounds, parse_iso_date
from dyad.times.normalise import Context, find_times

__all__ = ["Context", "Dateline", "dateline_date_text", "dateline_end", "edtf_bounds", "find_dateline", "find_times",
           "parse_iso_date"]
