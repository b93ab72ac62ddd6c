"""Quotations over several sentences: the speaker named before, after or inside them."""

from tui.analysis import Sentence, analyze


def only(text: str) -> Sentence:
    found = analyze(text)
    assert len(found) == 1, [s.text for s in found]
    return found[0]


def test_quotation_with_speaker_after_is_named_and_flagged() -> None:
    """'“...,” Nabil said' names the speaker after the quotation."""
    s = only("“We have no choice,” Rahim said, pointing at the river.")
    assert (s.label, s.source and s.source.text, s.quote) == ("named", "Rahim", True)


def test_quotation_with_speaker_in_the_middle_is_named() -> None:
    """'“The ground is moving,” Osei said, “and we cannot stop it.”'."""
    s = only("“The water is rising,” Mira Holt said, “and we cannot stop it.”")
    assert s.label == "named" and s.source is not None and s.source.text == "Mira Holt"


def test_sentence_inside_a_quotation_takes_the_speaker_named_next() -> None:
    """A quoted sentence with no speaker is attributed to the speaker named in the next one."""
    found = analyze("“We saw the smoke first. Then the roof fell,” said Ida Marsh.")
    assert [s.label for s in found] == ["named", "named"]
    assert all(s.quote for s in found)


def test_quotation_continuing_after_its_speaker_stays_named() -> None:
    """'“A,” she said. “B.”': B is still her quotation."""
    found = analyze("Ida Marsh was on the roof. “It shook,” Marsh said. “Then it cracked.”")
    assert [s.label for s in found] == ["unattributed", "named", "named"]


def test_unquoted_sentence_after_a_quotation_is_not_attributed() -> None:
    """A closed quotation does not lend its speaker to the writer's next sentence."""
    found = analyze("“It shook,” Marsh said.\nThe house was built in 1920.")
    assert [s.label for s in found] == ["named", "unattributed"]


def test_verb_inside_a_quotation_does_not_replace_its_speaker() -> None:
    """'“The engineers warned us.”' quoted from Ruiz is Ruiz's claim, named, not the engineers'."""
    found = analyze("“We waited,” said Mayor Ana Ruiz. “The engineers warned us in 2016.”")
    assert [s.label for s in found] == ["named", "named"]
    assert found[1].source is not None and found[1].source.text == "Mayor Ana Ruiz"


def test_transcript_speaker_tag_names_the_speaker() -> None:
    """'LEE: We will vote no.' in a transcript is Lee's claim."""
    s = analyze("LEE: We will vote no.")[0]
    assert analyze("KABUL: The road reopened on Monday.")[0].label == "unattributed"
    assert (s.label, s.source and s.source.text) == ("named", "LEE")


def labels(text: str) -> list[str]:
    return [s.label for s in analyze(text)]


def test_quotation_closed_by_a_straight_mark_ends_there() -> None:
    """'“We disagree," said Ann Roe.' opens curly and closes straight: the next quotation,
    run over two sentences, is hers; the writer's paragraph after it is not."""
    text = (
        "“We disagree,\" said Ann Roe, the union's head.\n\n"
        '"The plan has no bearing on the mills. Cutting wages will not change that.”\n\n'
        "The mill employs 400 people."
    )
    assert labels(text) == ["named", "named", "named", "unattributed"]


def test_paragraph_reopening_a_quotation_continues_it() -> None:
    """A quotation with a quoted title inside runs on when the next paragraph reopens it."""
    text = (
        "Ada Brent stated:\n\n"
        '"The council does not care about “Fair Play for All” anymore.\n\n'
        '"The answer is not politics. It is people.\n\n'
        '"The river is rising and the dam is old."\n\n'
        "The dam was built in 1931."
    )
    assert labels(text) == ["named"] * 5 + ["unattributed"]


def test_curly_mark_typed_the_wrong_way_still_opens() -> None:
    """'”Fear. I am afraid.” ― Ann Roe': a closing mark at the start of a paragraph opens."""
    text = "”Fear. I am truly afraid of the flood. It will come.” ― Ann Roe"
    assert labels(text) == ["named", "named", "named"]


def test_transcript_tag_inside_an_open_quotation_names_the_speaker() -> None:
    """'"LEE: Well, ...' opening a transcript's paragraph: the tag is not quoted words, and
    her turn runs to the paragraph's end; a bracketed stage direction is no claim."""
    text = (
        '"LEE: Well, look, this is serious. The choice is stark.\n\n'
        '"(CROSSTALK.)\n\n'
        '"MORO: We have little time. The vote is Monday.'
    )
    found = analyze(text)
    assert [s.label for s in found] == ["named", "named", "none", "named", "named"]
    assert [s.source and s.source.text for s in found[3:]] == ["MORO", "MORO"]


def test_colon_announcing_words_introduces_the_quotation() -> None:
    """'On May 6, 2015, Ada Brent made the following comment:' then her quotation."""
    text = (
        "On May 6, 2015, Ada Brent made the following comment:\n\n"
        "“For young people the rate is 33 percent. For the old it is 4 percent.”"
    )
    found = analyze(text)
    assert [s.label for s in found] == ["named"] * 3
    assert all(s.source is not None and s.source.text == "Ada Brent" for s in found)


def test_colon_without_words_said_introduces_nothing() -> None:
    """'The mayor faced three problems:' announces a list, not anyone's words."""
    assert labels("Mayor Ivo Pern faced three problems:\n\nThe bridge was closed.") == [
        "none",
        "unattributed",
    ]


def test_paragraph_after_a_speaker_and_a_colon_is_a_block_quotation() -> None:
    """'Ada Brent added:' then an unquoted paragraph: her words, to the paragraph's end."""
    text = (
        "Ada Brent added:\n\n"
        "It is typical of the board. It knows nothing.\n\n"
        "The board meets on Monday."
    )
    found = analyze(text)
    assert [s.label for s in found] == ["named", "named", "named", "unattributed"]
    assert found[1].reason == "a block quotation introduced by: Ada Brent"


def test_paragraph_after_a_colon_without_a_speaker_is_the_writers() -> None:
    """'Here is what we know:' names no speaker: the paragraph after it is the writer's."""
    assert labels("Here is what we know:\n\nThe bridge was closed at noon.") == [
        "none",
        "unattributed",
    ]


def test_quotation_then_a_bare_tag_takes_the_tags_speaker() -> None:
    """'"This is our year!" Her niece, Del. Mara Price (D-Kell), shouted to the crowd.': the
    tag after the quotation names who spoke it, and the quotation after it continues."""
    found = analyze(
        '"This is a big year for our town!" Her niece, Del. Mara Price (D-Kell), shouted to '
        'the crowd. "The county is watching."'
    )
    assert [s.label for s in found] == ["named", "named", "named"]
    assert all(s.source is not None and s.source.text == "Del. Mara Price" for s in found)


def test_sentence_with_its_own_claim_lends_no_speaker_back() -> None:
    """'Ann Roe said so.' names a speaker, but the sentence before is no quotation."""
    assert labels("The bridge closed in May. Ann Roe said so.") == ["unattributed", "named"]


def test_quotation_after_a_sentence_about_the_speaker_is_still_theirs() -> None:
    """'"...," Ivo Pern said. He did not name the rival. "Our goal is peace."': the pronoun
    keeps the speaker in view; a sentence about something else does not."""
    found = analyze(
        '"We have had problems," Ivo Pern said after the vote. He did not name the rival. '
        '"Our goal is peace."'
    )
    assert [s.label for s in found] == ["named", "unattributed", "named"]
    other = labels('"We have had problems," Ivo Pern said. The council met. "Our goal is peace."')
    assert other[-1] == "unattributed"
