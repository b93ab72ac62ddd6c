"""The JSON contract of `whosays analyze --json` and the plain, screen-reader-friendly form."""

import json

from tui.analysis import analyze_article
from tui.analysis.report import render_plain, to_json
from tui.articles import parse_article

TEXT = "example.org\n\nPort Reopens\n\n“We are open,” said Ana Ruiz. Ships waited for days.\n"


def test_json_has_the_contract_keys_and_spans_as_objects() -> None:
    """article, sentences (number, start, end, text, label, source, cue, quote, reason,
    confidence) and summary."""
    data = to_json(analyze_article(parse_article(TEXT, "t")))
    json.dumps(data)
    assert set(data) == {"article", "sentences", "summary"}
    first = data["sentences"][2]
    assert set(first) == {
        "number",
        "start",
        "end",
        "text",
        "label",
        "source",
        "cue",
        "quote",
        "reason",
        "confidence",
    }
    assert first["source"] == {
        "text": "Ana Ruiz",
        "start": TEXT.index("Ana Ruiz"),
        "end": TEXT.index("Ana Ruiz") + 8,
    }
    assert data["summary"]["labels"]["named"] == 1


def test_plain_form_names_label_source_and_cue_without_colour_codes() -> None:
    """Each sentence shows its label, source, cue and reason in plain words."""
    out = render_plain(analyze_article(parse_article(TEXT, "t")))
    assert "NAMED (quotation)" in out
    assert "Source: Ana Ruiz" in out and "Cue: said" in out and "Why:" in out
    assert "\x1b" not in out


def test_header_lines_are_named_and_the_body_is_numbered_from_one() -> None:
    """The reader's numbering: the title and outlet lines carry no number, the body starts
    at 1 (in the JSON as "number", null for a header line)."""
    analysis = analyze_article(parse_article(TEXT, "t"))
    out = render_plain(analysis)
    assert "Outlet line: NONE" in out and "Title line: NONE" in out
    assert "\n1. NAMED (quotation)" in out and "\n2. UNATTRIBUTED" in out
    assert "\n3. " not in out
    numbers = [s["number"] for s in to_json(analysis)["sentences"]]
    assert numbers == [None, None, 1, 2]


def test_every_label_carries_a_confidence_from_its_evidence() -> None:
    """A cue with its source is surer than quoted words whose speaker was never found; the
    JSON gives a number from 0 to 1 and the plain form says when the analyser is unsure."""
    text = "Port Reopens\n\n“Ships will wait for days.”\n\nAna Ruiz said the port was open.\n"
    analysis = analyze_article(parse_article(text, "t"))
    data = to_json(analysis)["sentences"]
    quoted, named = data[1], data[2]
    assert all(0.0 <= s["confidence"] <= 1.0 for s in data)
    assert named["label"] == "named" and quoted["label"] == "unattributed"
    assert named["confidence"] > quoted["confidence"]
    out = render_plain(analysis)
    assert "Confidence: 0.40, low, the analyser is unsure: quoted words" in out
