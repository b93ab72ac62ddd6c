"""Every source the article quotes or cites, grouped by label and counted once; who it only
mentions; and a bar of its sourcing mix."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from tui.terminal_text import visible
from tui.widgets.label_style import LABEL_MARKERS, marker_style

if TYPE_CHECKING:
    from tui.analysis import Analysis

#: Cells in the sourcing-mix bar.
BAR_WIDTH = 30


def mix_bar(shares: dict[str, float], width: int = BAR_WIDTH) -> list[tuple[str, str]]:
    """The bar as (text, style) pieces: each label's share of `width` cells, marker letters in it.

    Cells are shared out by largest remainder, so the pieces always fill the bar exactly.
    """
    # Here, not at the top: the analyser loads after the text is shown.
    from tui.analysis.teaching import CLAIM_LABELS

    exact = {label: shares.get(label, 0.0) * width for label in CLAIM_LABELS}
    cells = {label: int(value) for label, value in exact.items()}
    spare = width - sum(cells.values()) if any(shares.values()) else 0
    for label in sorted(exact, key=lambda lab: exact[lab] - cells[lab], reverse=True)[:spare]:
        cells[label] += 1
    return [
        (LABEL_MARKERS[label] * cells[label], marker_style(label))
        for label in CLAIM_LABELS
        if cells[label]
    ]


# A source's role on one line of the panel: enough to tell who they are.
_ROLE_WIDTH = 32


def _short(role: str) -> str:
    """The role cut at a word to fit one line, with an ellipsis when cut."""
    if len(role) <= _ROLE_WIDTH:
        return role
    return role[: _ROLE_WIDTH - 1].rsplit(" ", 1)[0] + "…"


class SourcesPanel(Static):
    """Who the article quotes, and how much of it rests on whom."""

    def show_analysis(self, analysis: Analysis) -> None:
        """Fill the panel from a finished analysis: who is cited, who only mentioned."""
        from tui.analysis.cited import cited_sources, mentioned
        from tui.analysis.teaching import CLAIM_LABELS, SOURCE_LABELS, label_mix

        parts: list[tuple[str, str] | str] = [("Quoted or cited", "bold")]
        grouped = cited_sources(analysis)
        for label in SOURCE_LABELS:
            cited = grouped.get(label, [])
            total = sum(source.count for source in cited)
            parts += ["\n\n", (f" {LABEL_MARKERS[label]} ", marker_style(label))]
            parts.append((f" {label} ({total})", "bold"))
            if not cited:
                parts.append("\n  none")
            for source in cited:
                count = f" ×{source.count}" if source.count > 1 else ""
                parts.append(f"\n  {visible(source.name)}{count}")
                if source.role:
                    parts.append((f"\n    {visible(_short(source.role))}", "$text-muted"))
        names = mentioned(analysis)
        parts += ["\n\n", ("Mentioned, not cited", "bold")]
        parts.append("".join(f"\n  {visible(name)}" for name in names) or "\n  none")
        shares = label_mix(analysis)
        parts += ["\n\n", ("Sourcing mix", "bold"), "\n"]
        parts += mix_bar(shares)
        for label in CLAIM_LABELS:
            parts.append(f"\n {LABEL_MARKERS[label]} {label:<13}{shares[label]:>5.0%}")
        self.update(Content.assemble(*parts))
