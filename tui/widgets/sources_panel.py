"""Every source the article quotes or cites, grouped by label and counted once; who it only
mentions; and a bar of its sourcing mix."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import VerticalGroup
from textual.content import Content
from textual.widgets import Static

from tui.terminal_text import visible
from tui.widgets.label_style import LABEL_MARKERS, marker_style

if TYPE_CHECKING:
    from tui.analysis import Analysis
    from tui.analysis.cited import SourcesSummary

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


class SourcesPanel(VerticalGroup):
    """Who the article quotes, and how much of it rests on whom.

    One line widget per entry, indented by padding, so a long name or role wraps under
    itself instead of under the panel's left edge.
    """

    DEFAULT_CSS = """
    SourcesPanel > .sources-heading { text-style: bold; }
    SourcesPanel > .sources-gap { margin-top: 1; }
    SourcesPanel > .sources-name { padding-left: 2; }
    SourcesPanel > .sources-role { padding-left: 4; color: $text-muted; }
    """

    def show_analysis(self, analysis: Analysis, summary: SourcesSummary) -> None:
        """Fill the panel from a finished analysis: who is cited, who only mentioned
        (`summary`, worked out off this thread: `summarise_sources(analysis)`)."""
        from tui.analysis.teaching import CLAIM_LABELS, SOURCE_LABELS, label_mix

        lines = [Static(Content("Quoted or cited"), classes="sources-heading")]
        grouped = summary.cited
        for label in SOURCE_LABELS:
            cited = grouped.get(label, [])
            total = sum(source.count for source in cited)
            heading = Content.assemble(
                (f" {LABEL_MARKERS[label]} ", marker_style(label)), (f" {label} ({total})", "bold")
            )
            lines.append(Static(heading, classes="sources-gap"))
            if not cited:
                lines.append(Static(Content("none"), classes="sources-name"))
            for source in cited:
                count = f" ×{source.count}" if source.count > 1 else ""
                lines.append(Static(Content(visible(source.name) + count), classes="sources-name"))
                if source.role:
                    role = Content(visible(_short(source.role)))
                    lines.append(Static(role, classes="sources-role"))
        lines.append(Static(Content("Mentioned, not cited"), classes="sources-heading sources-gap"))
        names = summary.mentioned or ["none"]
        lines += [Static(Content(visible(name)), classes="sources-name") for name in names]
        shares = label_mix(analysis)
        lines.append(Static(Content("Sourcing mix"), classes="sources-heading sources-gap"))
        mix: list[tuple[str, str] | str] = [*mix_bar(shares)]
        for label in CLAIM_LABELS:
            mix.append(f"\n {LABEL_MARKERS[label]} {label:<13}{shares[label]:>5.0%}")
        lines.append(Static(Content.assemble(*mix)))
        with self.app.batch_update():
            self.remove_children()
            self.mount_all(lines)
