"""The footer updated in place shows what a footer composed afresh would show."""

from __future__ import annotations

from textual.app import App
from textual.widgets._footer import FooterKey

from tests.conftest import SEED
from tests.ui.conftest import make_app, settle
from tui.widgets.footer import SteadyFooter


def shown_keys(app: App[None]) -> list[tuple[object, ...]]:
    """Each key the footer shows: what it says, where, whether it is dimmed, its tooltip."""
    return [
        (key.key, key.key_display, key.description, key.region, key._disabled, key.tooltip)
        for key in app.screen.query_one(SteadyFooter).query(FooterKey)
        if key.display
    ]


async def footers_through_a_search_and_resizes(composed_afresh: bool) -> list[list[object]]:
    """The footer's keys at each step of a search and of resizes across 100 columns, as
    kept up to date (in place where it can) or as composed again after each step."""
    app = make_app(article=SEED)
    steps = (("slash", "r"), ("enter",), ("resize", 90), ("slash",), ("escape",))
    steps += (("resize", 100),)
    seen = []
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        seen.append(shown_keys(app))
        for step in steps:
            if step[0] == "resize":
                await pilot.resize_terminal(int(step[1]), 30)
            else:
                await pilot.press(*step)
            await settle(pilot, 0.1)
            if composed_afresh:
                app.screen.query_one(SteadyFooter).refresh(recompose=True)
                await settle(pilot, 0.1)
            seen.append(shown_keys(app))
    return seen


async def test_the_search_fields_keys_and_back_look_as_a_fresh_footer() -> None:
    """Typing in the search hides the letter keys (the field takes letters) and Enter brings
    them back; across 100 columns the palette's key goes and comes back: each time the
    footer shows the keys, places and tooltips a newly composed footer would."""
    kept = await footers_through_a_search_and_resizes(composed_afresh=False)
    assert kept == await footers_through_a_search_and_resizes(composed_afresh=True)
    descriptions = [[key[2] for key in keys] for keys in kept]
    assert "Practise" not in descriptions[1] and "Practise" in descriptions[2]
    assert "Commands" in descriptions[2] and "Commands" not in descriptions[3]
    assert kept[-1] == kept[0]
