"""Charts as server-rendered SVG: no JavaScript, no style attributes (the CSP forbids inline
styles), only SVG presentation attributes. Each chart is role="img" with a <title> and a <desc>;
the page prints the same figures in a table next to it.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .queries import Overview

# Dark enough for text-size contrast on white (WCAG AA), distinct for the common colour-blindness.
PALETTE = ["#004993", "#b35c00", "#2e7d32", "#6f3d9c", "#00696b", "#8a1c1c"]
WIDTH = 760
BAR = 18
GAP = 4
NAME_LINE = 22
GROUP_GAP = 14
VALUE_ROOM = 110
LEFT = 8
TOP = 40
MAX_NAME = 95


def _short(text: str) -> str:
    return text if len(text) <= MAX_NAME else text[: MAX_NAME - 1].rstrip() + "…"


def budget_chart(data: Overview, chart_id: str = "budget-chart") -> SafeString:
    """Horizontal bars: one group per initiative, one bar per year, the figure at its end."""
    years = data.years
    unit = _("in 1,000 kr.") if data.fund.unit == "thousands" else _("in kr.")
    peak = max((value for row in data.rows for value in row.budget), default=0) or 1
    room = WIDTH - LEFT - VALUE_ROOM
    group_height = NAME_LINE + len(years) * (BAR + GAP) + GROUP_GAP
    height = TOP + max(len(data.rows), 1) * group_height
    title = _("Budget per initiative and year, %(unit)s") % {"unit": unit}
    desc = _(
        "%(fund)s: the budget of each initiative per year as bars. The same figures are in the"
        " table below the chart."
    ) % {"fund": data.fund.name}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="klynge-chart"'
        f' viewBox="0 0 {WIDTH} {height}" width="100%" preserveAspectRatio="xMinYMin meet"'
        f' aria-labelledby="{chart_id}-title {chart_id}-desc">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>',
    ]
    # Legend: one swatch per year.
    x = LEFT
    for i, year in enumerate(years):
        colour = PALETTE[i % len(PALETTE)]
        parts.append(f'<rect x="{x}" y="8" width="14" height="14" fill="{colour}"/>')
        parts.append(f'<text x="{x + 20}" y="20" font-size="14" fill="#1a1a1a">{year}</text>')
        x += 80
    y = TOP
    for row in data.rows:
        parts.append(
            f'<text x="{LEFT}" y="{y + 15}" font-size="14" font-weight="600" fill="#1a1a1a">'
            f"{escape(_short(row.initiative.name))}</text>"
        )
        y += NAME_LINE
        for i, value in enumerate(row.budget):
            colour = PALETTE[i % len(PALETTE)]
            width = max(round(room * max(value, 0) / peak), 1 if value else 0)
            label = f"{years[i]}: {data.amount(value)}"
            parts.append(
                f'<rect x="{LEFT}" y="{y}" width="{width}" height="{BAR}" fill="{colour}">'
                f"<title>{escape(label)}</title></rect>"
            )
            parts.append(
                f'<text x="{LEFT + width + 6}" y="{y + 14}" font-size="13" fill="#1a1a1a">'
                f"{escape(data.amount(value))}</text>"
            )
            y += BAR + GAP
        y += GROUP_GAP
    parts.append("</svg>")
    return mark_safe("".join(parts))  # every text above is escaped
