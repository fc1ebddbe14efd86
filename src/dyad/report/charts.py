"""Small SVG charts for briefs: no JavaScript, no external assets, readable in print."""

from __future__ import annotations

from html import escape

from dyad.numbers import readable

WIDTH, HEIGHT, PAD = 520, 180, 34


def _fmt(v: float) -> str:
    return readable(float(f"{v:.3g}"), short=True)  # a bar's label: three significant digits, "2.5bn"


def bar_chart(points: list[tuple[str, float]], title: str, signed: bool = False) -> str:
    """Vertical bars, one per (label, value); with `signed`, bars grow up or down from zero."""
    if not points:
        return ""
    values = [v for _, v in points]
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
             f'stroke-width="1"/>']
    for i, (label, v) in enumerate(points):
        x = PAD + i * step + (step - bar_w) / 2
        h = plot_h * abs(v) / span
        y = zero_y - h if v >= 0 else zero_y
        color = "#2f6f9f" if v >= 0 else "#b5453a"
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{max(h, 0.5):.1f}" '
                     f'fill="{color}"><title>{escape(label)}: {_fmt(v)}</title></rect>')
        ty = y - 3 if v >= 0 else y + h + 11
        parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{ty:.1f}" font-size="9" text-anchor="middle" '
                     f'fill="#222">{escape(_fmt(v))}</text>')
        parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{HEIGHT - 8}" font-size="9" text-anchor="middle" '
                     f'fill="#444">{escape(label[:12])}</text>')
    parts.append("</svg>")
    return "".join(parts)


PALETTE = ["#2f6f9f", "#d08c2f", "#5a9e5a", "#b5453a", "#7a5ea8", "#3a9e9e", "#9e7a3a", "#777777", "#c45a9e",
           "#4a4ab5", "#8fb53a", "#333333"]


def stacked_bar_chart(periods: list[str], series: dict[str, list[float]], title: str) -> str:
    """One bar per period, stacked by series (e.g. event types), with a legend."""
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
             f'<text x="{PAD}" y="16" font-size="12" fill="#222">{escape(title)}</text>']
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
        parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{HEIGHT - 8}" font-size="9" text-anchor="middle" '
                     f'fill="#444">{escape(period[:12])}</text>')
    for k, name in enumerate(series):
        lx, ly = PAD + (k % 4) * 120, HEIGHT + 4 + 14 * (k // 4)
        parts.append(f'<rect x="{lx}" y="{ly}" width="9" height="9" fill="{PALETTE[k % len(PALETTE)]}"/>'
                     f'<text x="{lx + 13}" y="{ly + 8}" font-size="9" fill="#333">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)
