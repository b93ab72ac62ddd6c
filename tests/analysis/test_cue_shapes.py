"""Cue shapes from real news beyond "X said": framing phrases, set phrases that report
nobody, headline colons, the reader addressed, heads of long source phrases."""

from __future__ import annotations

import pytest

from tui.analysis import analyze


def _last(text: str) -> tuple[str, str | None]:
    sentence = analyze(text)[-1]
    return sentence.label, sentence.source.text if sentence.source else None


@pytest.mark.parametrize(
    ("text", "label", "source"),
    [
        # "As reported by X," frames the claim as "according to X" does.
        (
            "As reported by the Marlow Gazette, inspectors found 200 faulty valves.",
            "named",
            "the Marlow Gazette",
        ),
        ("As stated in Davis' column, the figures do not add up.", "named", "Davis' column"),
        # A long lower-case source is judged by its head noun.
        (
            "The boat sank on Friday, attorneys for the family said.",
            "anonymous",
            "attorneys for the family",
        ),
        (
            "Although Roe lacks a record, elected officials from both parties say she works hard.",
            "anonymous",
            "elected officials from both parties",
        ),
        # A set phrase does not hide a real cue after it.
        ("That said, Mayor Ada Brent said the bridge would close.", "named", "Mayor Ada Brent"),
        # A name before a colon in a quotation line speaks; "the" before it does not matter.
        ("Ada Brent: “We will win this fight.”", "named", "Ada Brent"),
        # A quotation inside the sentence addressed to the reader keeps its real speaker.
        ("“You tell me,” Ivo Pern said, before he walked away.", "named", "Ivo Pern"),
    ],
)
def test_cue_shape_cites_its_source(text: str, label: str, source: str) -> None:
    """Each shape gives the guideline's label and the source a student would point at."""
    assert _last(text) == (label, source)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("It goes without saying that the tax is unpopular with farmers.", "unattributed"),
        ("Having said that, the plan failed in its first year.", "unattributed"),
        ("Needless to say, the ferry never sailed again.", "unattributed"),
        ("The crowd grew as expected through the evening.", "unattributed"),
        # Title case with small words capitalised is a headline, not "Name: words".
        ("Storm Over Marlow: Ferry Was Headed Home When It Sank.", "none"),
        # The reader addressed is no source; a question is no claim.
        ("Or would you think she must be the worst mayor in the county?", "none"),
        ("If you say the plan works, you are simply wrong about the costs.", "unattributed"),
    ],
)
def test_look_alike_cites_no_one(text: str, label: str) -> None:
    """Reporting words that report nobody's words leave the sentence to the writer."""
    assert _last(text) == (label, None)


def test_colon_after_an_endorsement_opens_a_block_quotation() -> None:
    """'the Times gave Roe a glowing endorsement:' then the unquoted endorsement: the
    paper's words, to the paragraph's end; the writer takes over after it."""
    found = analyze(
        "During the primaries, the Marlow Times gave Roe a glowing endorsement:\n\n"
        "She has long been a persuasive advocate. She knows the budget.\n\n"
        "The race is close."
    )
    assert [s.label for s in found] == ["named", "named", "named", "unattributed"]
    assert found[1].source is not None and found[1].source.text == "the Marlow Times"


def test_delegate_title_does_not_end_the_sentence() -> None:
    """'state Del. Mara Price' is a title before a name, as 'Sen.' is."""
    found = analyze("Her niece, state Del. Mara Price, shouted, “This is our year!”")
    assert len(found) == 1 and found[0].label == "named"


@pytest.mark.parametrize(
    ("text", "label", "source"),
    [
        # An aside between the verb and its clause.
        (
            "Several economists cautioned, as did the bank itself, that rates might rise.",
            "anonymous",
            "Several economists",
        ),
        # A participle after a comma and "even".
        (
            "The mayor complained about the microphone, even suggesting it had been cut.",
            "named",
            "The mayor",
        ),
        # An aside between dashes, and "like" before the names.
        (
            "The report \u2015 which draws on forty interviews \u2015 explains how it failed.",
            "named",
            "The report",
        ),
        (
            "Other councillors, like Ann Roe and Ivo Pern \u2015 both former mayors \u2015 have "
            "also said they back the plan.",
            "named",
            "Ann Roe and Ivo Pern",
        ),
        # A role word and a name before a colon and a quotation.
        (
            "The surge does not surprise pollster Ada Brent: \u201cUnknowns often win here.\u201d",
            "named",
            "Ada Brent",
        ),
        # Figures inside a poll named as their frame; "the survey" later points back to it.
        (
            "In a Marlow Gazette poll released Sunday, three of four voters backed the bridge.",
            "named",
            "a Marlow Gazette poll released Sunday",
        ),
        (
            "In a Marlow Gazette poll, most backed the bridge. "
            "Just 13% of voters in the same survey opposed it.",
            "named",
            "the same survey",
        ),
        # A passive speech act names its speaker after "by", with the title before the name.
        (
            "That view was echoed by former Marlow Gov. Ada Brent.",
            "named",
            "former Marlow Gov. Ada Brent",
        ),
        # The name after "and" speaks, not the clause before it.
        (
            "Later a woman asked for a photo and Ivo Pern said he was happy to pose.",
            "named",
            "Ivo Pern",
        ),
        # An auxiliary and an aside before the verb end the source.
        (
            "A Gazette poll of voters has, however, revealed that the mayor is trailing.",
            "named",
            "A Gazette poll of voters",
        ),
        # A dash set off by spaces starts the source.
        (
            "Ada Brent was a careful planner - a former aide said she read every report - "
            "and her staff knew it.",
            "anonymous",
            "a former aide",
        ),
    ],
)
def test_source_span_is_a_noun_phrase(text: str, label: str, source: str) -> None:
    """The source shown is the speaker's noun phrase, never a clause that runs into it."""
    assert _last(text) == (label, source)


@pytest.mark.parametrize(
    "text",
    [
        # A clause with an auxiliary before a noun spelt like a cue is not a source.
        "The council had spent months pushing back against claims of fraud.",
        # An adverb before a participle after a comma is not "even" or "also".
        "The Marlow-born mayor was poised to win, substantially adding to her lead.",
        # A relative clause of a number is no report.
        "Roe had 1,944 delegates, a number that includes superdelegates, to Pern's 1,192.",
        # "said them": words said elsewhere, none reported here.
        "The mayor tried to take back her remarks a day after she said them.",
        # "a photo that ...": a relative clause, not what was posted.
        "He resigned after accidentally posting a photo that was meant for a friend.",
        # A room is no survey.
        "In the survey room, the staff worked late into the night.",
        # An action done "by" someone is no speech act.
        "The town was saved by former Marlow Gov. Ada Brent.",
        # A relative clause between dashes is an aside, not the sentence's claim.
        "The race will test the newcomer -- who routinely ridicules rivals -- and last long.",
    ],
)
def test_clause_before_a_cue_word_is_no_source(text: str) -> None:
    """The writer's sentence stays the writer's."""
    assert _last(text) == ("unattributed", None)
