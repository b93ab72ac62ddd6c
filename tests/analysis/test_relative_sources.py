"""A relative pronoun as the speaker: "..., which reported that ..." is its antecedent's report;
a relative clause set inside the subject does not attribute the main claim."""

from __future__ import annotations

import pytest

from tui.analysis import analyze


def _only(text: str) -> tuple[str, str | None]:
    found = analyze(text)
    assert len(found) == 1, [s.text for s in found]
    return found[0].label, found[0].source.text if found[0].source else None


@pytest.mark.parametrize(
    ("text", "label", "source"),
    [
        # The pronoun stands for the phrase before it.
        (
            "Reporters turned to the Marlow Police Department, which said the fire was arson.",
            "named",
            "the Marlow Police Department",
        ),
        (
            "The vote was a blow to Mayor Ada Brent, who said on the radio that she would appeal.",
            "named",
            "Mayor Ada Brent",
        ),
        (
            "First came the editor Ivo Pern, who, after a meeting, said the paper would close.",
            "named",
            "the editor Ivo Pern",
        ),
        (
            "The plan alarmed some economists and bankers, who warned that rates would rise.",
            "vague",
            "some economists and bankers",
        ),
        # An unclosed relative clause before the verb: the name before the comma speaks.
        (
            'Prices rise,"Ada Brent, who is chairman of the Fair Port group said in a statement.',
            "named",
            "Ada Brent",
        ),
        # An aside closed before the main verb: the main verb's subject speaks.
        (
            "Ivo Pern, who runs the dockers' union, says the plan will cost jobs.",
            "named",
            "Ivo Pern",
        ),
    ],
)
def test_relative_pronoun_speaks_for_its_antecedent(text: str, label: str, source: str) -> None:
    """The source shown is who said it, never the bare "who" or "which"."""
    assert _only(text) == (label, source)


@pytest.mark.parametrize(
    "text",
    [
        # The subject's aside, then what the subject did: the main claim is an action.
        "The mayor, who said the bridge was unsafe, closed it on Monday.",
        "Ada Brent, who once praised the plan, later voted against it.",
        # A participle after an article and an adverb describes a noun.
        "That headline, which mirrors a widely denounced post by Ivo Pern, is misleading.",
    ],
)
def test_relative_aside_and_adjective_cite_no_one(text: str) -> None:
    """Not every "who said" or "denounced" attributes the sentence's claim."""
    assert _only(text) == ("unattributed", None)


def test_the_main_clauses_verb_is_no_part_of_the_antecedent() -> None:
    """'The deal came from Tarn, which said ...': Tarn speaks, not "The deal came from
    Tarn"; 'the retired teacher' keeps its modifier."""
    sentence = analyze("The deal came from Tarn, which said it would stave off the floods.")[-1]
    assert sentence.source is not None and sentence.source.text == "Tarn"
