"""Lists of facts a page at a time: the page count and one Markdown block per page."""

from __future__ import annotations

import pandas as pd

from dashboard.util.counts import count_text
from dashboard.util.htmltext import escape_markdown as md


def page_count(total: int, size: int) -> int:
    return max(1, -(-total // size))


def fact_lines(page: pd.DataFrame) -> str:
    """One Markdown element for a whole page: force, count, unit, status, place and quote per fact,
    every piece of article text escaped."""
    lines = []
    for row in page.itertuples(index=False):
        count = count_text(row.quantity_low, row.quantity_high, row.approx)
        where = f", {md(row.place)}" if row.place else ""
        lines.append(
            f"- **{md(row.force or '?')}**: {md(count)} {md(row.unit)} ({md(row.status)}){where}  \n  *{md(row.quote)}*"
        )
    return "\n".join(lines)
