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
