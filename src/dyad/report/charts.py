"""Small SVG charts for briefs: no JavaScript, no external assets, readable in print."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from dyad.numbers import readable

WIDTH, HEIGHT, PAD = 520, 180, 34


def _fmt(v: float) -> str:
    return readable(float(f"{v:.3g}"), short=True)  # a bar's label: three significant digits, "2.5bn"


def _y_axis(top: float, bottom: float, zero_y: float, plot_h: float, unit: str) -> str:
    """A labelled y-axis: the line, its top (and bottom when below zero) and zero, and what it counts."""
    ticks = [(top, PAD), (0.0, zero_y)] + ([(bottom, PAD + plot_h)] if bottom < 0 else [])
    out = [f'<line x1="{PAD - 4}" y1="{PAD}" x2="{PAD - 4}" y2="{PAD + plot_h:.1f}" stroke="#888" stroke-width="1"/>']
    for value, y in ticks:
        out.append(f'<text x="{PAD - 7}" y="{y + 3:.1f}" font-size="8" text-anchor="end" fill="#444">'
                   f'{escape(_fmt(value))}</text>')
    out.append(f'<text x="{PAD - 6}" y="{PAD - 6}" font-size="8" text-anchor="start" fill="#444">'
               f'{escape(unit)}</text>')
    return "".join(out)


def year_range(years: list[str], most: int) -> list[str]:
    """The last `most` calendar years up to the latest given, every one (a year without data stays a
    gap on the axis rather than disappearing)."""
    if not years:
        return []
    last = max(int(y) for y in years)
    first = max(min(int(y) for y in years), last - most + 1)
    return [str(y) for y in range(first, last + 1)]


def month_range(months: list[str], most: int) -> list[str]:
    """The same for "YYYY-MM" months: every month of the last `most` up to the latest given."""
    if not months:
        return []
    year, month = map(int, max(months).split("-"))
    earliest = min(months)
    out: list[str] = []
    while len(out) < most:
        label = f"{year:04d}-{month:02d}"
        out.append(label)
        if label <= earliest:
            break
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


def bar_chart(points: Sequence[tuple[str, float | None]], title: str, signed: bool = False, unit: str = "") -> str:
    """Vertical bars, one per (label, value) in order along the axis (None: a gap, no bar); with
    `signed`, bars grow up or down from zero. The y-axis carries its range and `unit`."""
    if not points or all(v is None for _, v in points):
        return ""
    values = [v for _, v in points if v is not None]
    top = max(max(values), 0.0)
    bottom = min(min(values), 0.0) if signed else 0.0
    span = (top - bottom) or 1.0
    plot_h = HEIGHT - 2 * PAD
    zero_y = PAD + plot_h * (top / span)
    step = (WIDTH - 2 * PAD) / len(points)
    bar_w = min(40.0, max(4.0, step * 0.6))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
             f'height="{HEIGHT}" role="img" aria-label="{escape(title)}" font-family="DejaVu Sans, sans-serif">',
             f'<text x="{PAD}" y="16" font-size="12" fill="#222">{escape(title)}</text>',
             f'<line x1="{PAD}" y1="{zero_y:.1f}" x2="{WIDTH - PAD}" y2="{zero_y:.1f}" stroke="#888" '
             f'stroke-width="1"/>', _y_axis(top, bottom, zero_y, plot_h, unit)]
    every = max(1, -(-len(points) // 8))  # at most eight labels along the axis: they must not run together
    for i, (label, v) in enumerate(points):
        x = PAD + i * step + (step - bar_w) / 2
        if v is None:
            if i % every == 0:
                parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{HEIGHT - 8}" font-size="9" text-anchor="middle" '
                             f'fill="#999">{escape(label[:12])}</text>')
            continue
        h = plot_h * abs(v) / span
        y = zero_y - h if v >= 0 else zero_y
        color = "#2f6f9f" if v >= 0 else "#b5453a"
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{max(h, 0.5):.1f}" '
                     f'fill="{color}"><title>{escape(label)}: {_fmt(v)}</title></rect>')
        ty = y - 3 if v >= 0 else y + h + 11
        parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{ty:.1f}" font-size="9" text-anchor="middle" '
                     f'fill="#222">{escape(_fmt(v))}</text>')
        if i % every == 0:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{HEIGHT - 8}" font-size="9" text-anchor="middle" '
                         f'fill="#444">{escape(label[:12])}</text>')
    parts.append("</svg>")
    return "".join(parts)


PALETTE = ["#2f6f9f", "#d08c2f", "#5a9e5a", "#b5453a", "#7a5ea8", "#3a9e9e", "#9e7a3a", "#777777", "#c45a9e",
           "#4a4ab5", "#8fb53a", "#333333"]


def stacked_bar_chart(periods: list[str], series: dict[str, list[float]], title: str, unit: str = "") -> str:
    """One bar per period in order along the axis (give every period: an empty one is a gap),
    stacked by series (e.g. event types), with a legend and a labelled y-axis."""
    if not periods or not series:
        return ""
    totals = [sum(v[i] for v in series.values()) for i in range(len(periods))]
    top = max(totals) or 1.0
    legend_h = 14 * ((len(series) + 3) // 4)
    height = HEIGHT + legend_h
    plot_h = HEIGHT - 2 * PAD
    step = (WIDTH - 2 * PAD) / len(periods)
    bar_w = min(40.0, max(4.0, step * 0.7))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
             f'height="{height}" role="img" aria-label="{escape(title)}" font-family="DejaVu Sans, sans-serif">',
             f'<text x="{PAD}" y="16" font-size="12" fill="#222">{escape(title)}</text>',
             _y_axis(top, 0.0, float(PAD + plot_h), plot_h, unit)]
    every = max(1, -(-len(periods) // 8))
    for i, period in enumerate(periods):
        x = PAD + i * step + (step - bar_w) / 2
        y = float(PAD + plot_h)
        for k, (name, values) in enumerate(series.items()):
            h = plot_h * values[i] / top
            if h <= 0:
                continue
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                         f'fill="{PALETTE[k % len(PALETTE)]}"><title>{escape(period)} {escape(name)}: '
                         f'{readable(values[i])}</title></rect>')
        if i % every == 0:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{HEIGHT - 8}" font-size="9" text-anchor="middle" '
                         f'fill="#444">{escape(period[:12])}</text>')
    for k, name in enumerate(series):
        lx, ly = PAD + (k % 4) * 120, HEIGHT + 4 + 14 * (k // 4)
        parts.append(f'<rect x="{lx}" y="{ly}" width="9" height="9" fill="{PALETTE[k % len(PALETTE)]}"/>'
                     f'<text x="{lx + 13}" y="{ly + 8}" font-size="9" fill="#333">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)
