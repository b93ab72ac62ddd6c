"""The splitter: news abbreviations, quotations, header lines and lists; spans are exact."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis.sentences import split_spans


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_spans(text)]


def test_titles_and_initials_do_not_end_a_sentence() -> None:
    """Mr., Gov., Dr. and initials such as J.R.R. are followed by a name, never a new sentence."""
    text = "Gov. Ann Lee met Mr. Brown and Dr. Hall. J.R.R. Tolkien wrote the book."
    assert sentences(text) == [
        "Gov. Ann Lee met Mr. Brown and Dr. Hall.",
        "J.R.R. Tolkien wrote the book.",
    ]


def test_country_initials_continue_before_a_noun_but_end_before_a_sentence_opener() -> None:
    """'the U.S. Army' stays one sentence; 'in the U.S. The' starts a new one."""
    assert sentences("The U.S. Army and the U.N. agency agreed.") == [
        "The U.S. Army and the U.N. agency agreed."
    ]
    assert sentences("She lives in the U.S. The move was sudden.") == [
        "She lives in the U.S.",
        "The move was sudden.",
    ]


def test_month_abbreviations_continue_before_a_day() -> None:
    """'Jan. 6' is a date inside a sentence."""
    assert sentences("The vote on Jan. 6 was close. It passed.") == [
        "The vote on Jan. 6 was close.",
        "It passed.",
    ]


def test_decimals_and_numbers_stay_inside_a_sentence() -> None:
    """A decimal point is not a full stop; a sentence may end on a number."""
    assert sentences("Prices rose 3.5 percent in 2024. Wages fell.") == [
        "Prices rose 3.5 percent in 2024.",
        "Wages fell.",
    ]


def test_sentence_ends_after_its_closing_quotation_mark() -> None:
    """The closing quote belongs to the sentence it closes."""
    text = "She said: “We will win.” Then she left."
    assert sentences(text) == ["She said: “We will win.”", "Then she left."]


def test_ellipsis_inside_a_quotation_does_not_split_it() -> None:
    """An ellipsis within quotation marks is a pause, even before a capital."""
    text = "“We tried ... People laughed,” she said. He agreed."
    assert sentences(text) == ["“We tried ... People laughed,” she said.", "He agreed."]


def test_question_inside_a_quotation_followed_by_its_speaker_is_one_sentence() -> None:
    """'“Why?” he asked.' is one sentence: the speaker follows in lower case."""
    assert sentences("“Why now?” he asked. Nobody knew.") == [
        "“Why now?” he asked.",
        "Nobody knew.",
    ]


def test_line_without_final_punctuation_is_its_own_sentence() -> None:
    """Header lines and long unpunctuated lines end at the line break."""
    claim = "The minister arrived late to the budget talks and left before the vote " + "x" * 40
    text = f"Budget Talks Resume\n{claim}\nShe spoke for an hour."
    assert sentences(text) == ["Budget Talks Resume", claim, "She spoke for an hour."]


def test_list_items_are_separate_sentences() -> None:
    """Each item of a list starts its own sentence, even in hard-wrapped text."""
    text = "Bring these:\n- water\n- a torch\n1. Leave early."
    assert sentences(text) == ["Bring these:", "- water", "- a torch", "1. Leave early."]


def test_hard_wrapped_paragraph_is_joined_across_line_breaks() -> None:
    """Short lines of one paragraph form one sentence where the text does."""
    text = "The council met on Tuesday\nand voted to close the road. It reopens in May."
    assert sentences(text) == [
        "The council met on Tuesday\nand voted to close the road.",
        "It reopens in May.",
    ]


def test_dateline_stays_with_its_first_sentence() -> None:
    """'LONDON (Wire) -- ...' is part of the first sentence, not a sentence of its own."""
    text = "LONDON (Wire) -- Rain fell all day. Roads flooded."
    assert sentences(text) == ["LONDON (Wire) -- Rain fell all day.", "Roads flooded."]


def test_short_parenthesis_with_abbreviation_does_not_end_a_sentence() -> None:
    """'Sen. Ann Cole (D-N.Y.) said' is one sentence."""
    assert sentences("Sen. Ann Cole (D-N.Y.) said no. He left.") == [
        "Sen. Ann Cole (D-N.Y.) said no.",
        "He left.",
    ]


def test_plural_titles_do_not_end_a_sentence() -> None:
    """'Sens. Ann Cole ... and Reps. Ivo Pern ...': plural titles go on to their names."""
    assert sentences("Roe teamed up with Sens. Ann Cole and Reps. Ivo Pern. It passed.") == [
        "Roe teamed up with Sens. Ann Cole and Reps. Ivo Pern.",
        "It passed.",
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab. ?!\n“”\"'()-AZ1…,:")), max_size=120))
def test_spans_are_ordered_disjoint_trimmed_and_cover_every_word(text: str) -> None:
    """Any text: spans in order, no overlap, no outer whitespace, and no word left out."""
    spans = split_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert not text[previous_end:start].strip()
        previous_end = end
    assert not text[previous_end:].strip()


def test_speaker_tag_after_an_exclaimed_or_asked_quotation_stays_with_it() -> None:
    """'“... now!” Ann Roe said.' is one sentence; a longer clause after '?”' starts a new one."""
    assert sentences("“Close the gates now!” Ann Roe said on Monday. The gates shut.") == [
        "“Close the gates now!” Ann Roe said on Monday.",
        "The gates shut.",
    ]
    assert sentences("“Why not?” Ann Roe said that the plan was fine.") == [
        "“Why not?”",
        "Ann Roe said that the plan was fine.",
    ]


def test_middle_initial_does_not_end_a_sentence() -> None:
    """'Gonzalo P. Curiel': a capital initial continues, unlike the page abbreviation 'p.'."""
    assert sentences("The judge, Ana P. Curiel, ruled. It was late.") == [
        "The judge, Ana P. Curiel, ruled.",
        "It was late.",
    ]
