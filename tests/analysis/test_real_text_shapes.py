"""The shapes real news uses, each an invented sentence with the label the guideline gives.

The cases (real_text_shapes.yaml) stand for the analyser's misses on real articles from many
outlets: titles missing, names ending in a common word, documents as sources, speech acts
with an object, quotations resuming in a new paragraph. Each is matched to the analysed
sentence sharing most of its words, as the evaluation's scorer does.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from tui.analysis import analyze_article
from tui.articles import parse_article

CASES = yaml.safe_load(
    (Path(__file__).with_name("real_text_shapes.yaml")).read_text(encoding="utf-8")
)
PARAMS = [
    pytest.param(case, id=f"{group}-{n}")
    for group, items in CASES.items()
    for n, case in enumerate(items)
]


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"[\w']+", text.casefold().replace("\u2019", "'")))


def _expected_sentences(text: str) -> list[str]:
    """The case's sentences: paragraphs, split after . ! ? before a capital or a quote."""
    parts = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        parts += re.split(r"(?<=[.!?][”\"]) (?=[A-Z“\"])|(?<=[.!?]) (?=[A-Z“\"])", paragraph)
    return [p for p in parts if p.strip()]


@pytest.mark.parametrize("case", PARAMS)
def test_real_text_shape_gets_the_guideline_label(case: dict) -> None:
    """Each sentence named in the case gets its label (or the accepted `also` one)."""
    body = case.get("file") or f"A case\n\n{case['text']}\n"
    analysed = analyze_article(parse_article(body, "case")).sentences
    expected = _expected_sentences(case.get("file") or case["text"])
    wanted = case.get("expect_all") or [None] * (len(expected) - 1) + [case["expect"]]
    accepted_also = set(case.get("also", []))
    bags = [_words(s.text) for s in analysed]
    # As the evaluation's runner does: labels beyond the sentences it splits are not checked.
    for text, label in zip(expected, wanted, strict=False):
        if label is None:
            continue
        want = _words(text)
        size = sum(want.values())
        _dice, index = max(
            (2 * sum((want & bag).values()) / (size + sum(bag.values())), -i)
            for i, bag in enumerate(bags)
        )
        got = analysed[-index]
        assert got.label in {label, *accepted_also}, (text, got.label, got.reason)
