"""General rules found on real news (issue 13): each with invented sentences that fit and
one that must not."""

from tui.analysis import Sentence, analyze


def last(text: str) -> Sentence:
    return analyze(text)[-1]


# --- a cue inside a quotation never names the sentence's source --------------------------


def test_a_question_quoted_after_a_pronoun_is_the_named_speakers() -> None:
    """'She wanted to know, “Why do critics say ...?”': named, the pronoun resolved back to
    the mayor; the critics inside the quotation are not the source."""
    s = last(
        "Mayor Ann Roe spoke to the council on Tuesday. "
        "She wanted to know, “Why do critics say the plan will fail?”"
    )
    assert s.label == "named"
    assert s.source is not None and s.source.text == "She"
    assert s.cue is not None and s.cue.text == "wanted to know"
    assert "Ann Roe" in s.reason


def test_a_vague_phrase_inside_quoted_words_is_not_the_sentences_source() -> None:
    """The writer quoting a phrase that holds "experts say" cites nobody by it."""
    s = last("The road has become “what experts say is a disaster for the valley.”")
    assert s.label == "unattributed"
    assert s.source is None


def test_a_cue_before_the_quotation_still_counts() -> None:
    """'Experts say the plan is “a disaster”': the cue stands outside the quoted words."""
    s = last("Experts say the bridge plan is “a disaster for the valley.”")
    assert s.label == "vague"


def test_wanting_to_know_without_a_question_reports_nothing() -> None:
    """'did not want to know the details': no question is put to anyone."""
    assert last("Ivo Pern did not want to know the details.").label == "unattributed"


# --- a tag verb after a quotation ------------------------------------------------------


def test_a_clause_only_verb_tags_the_quotation_before_it() -> None:
    """'“...,” he notes.' and '“...,” Pern states in a letter.' name the speaker."""
    found = analyze(
        "Senator Ivo Pern spoke in Tarn on Friday. "
        "“The farmers have been ignored for far too long,” he notes. "
        "“We will never sell the land,” Pern states in his letter."
    )
    assert [s.label for s in found] == ["unattributed", "named", "named"]
    assert found[1].cue is not None and found[1].cue.text == "notes"
    assert found[2].source is not None and found[2].source.text == "Pern"


def test_the_same_word_as_a_noun_after_a_quotation_is_no_tag() -> None:
    """'“Draft”, his notes read.' is not 'he notes': a possessive makes it a noun."""
    s = last("The folder was marked “Draft,” and his notes were in pencil.")
    assert s.label == "unattributed"


# --- a quotation signed by a line under it -----------------------------------------------


def test_a_quotation_signed_under_it_with_who_the_speaker_is_is_named() -> None:
    """'“...”' then '— Lena Voss, a shopkeeper': the quotation is hers."""
    found = analyze(
        "The market reopened on Monday.\n\n"
        "“We have waited long enough for this road and we will not wait any more.”\n"
        "— Lena Voss, a shopkeeper\n\n"
        "The council meets again in May."
    )
    signed = [s for s in found if "waited" in s.text]
    assert [s.label for s in signed] == ["named"]
    assert signed[0].source is not None and signed[0].source.text == "Lena Voss"
    assert signed[0].cue is not None and signed[0].cue.text == "—"
    assert found[-1].label == "unattributed"


def test_a_signature_line_of_its_own_names_every_sentence_of_the_quotation() -> None:
    """A quoted paragraph of two sentences, then '- Ivo Pern, chairman of ...' alone."""
    found = analyze(
        "The road closed in March.\n\n"
        "“The road has cost us half our trade this year. Nobody in the council listened.”\n\n"
        "- Ivo Pern, chairman of the traders' association\n\n"
        "The council meets again in May."
    )
    quoted = [s for s in found if s.text.startswith(("“The road", "Nobody"))]
    assert len(quoted) == 2
    assert all(s.label == "named" for s in quoted)
    assert all(s.source is not None and s.source.text == "Ivo Pern" for s in quoted)
    assert found[0].label == "unattributed"
    assert found[-1].label == "unattributed"


def test_a_dash_before_a_capitalised_phrase_is_no_signature_without_a_quotation() -> None:
    """'It lists three causes.' then '- Poor Planning' signs no quotation."""
    found = analyze("The report lists three causes.\n\n- Poor Planning\n\nThe road reopened.")
    assert found[0].label == "unattributed"


def test_a_colon_after_two_names_introduces_their_quotation() -> None:
    """'More from Ada Brent and Ivo Pern: “... helps confirm ...”': the two are the source,
    not a name inside the quotation, and the quotation's next sentence stays theirs."""
    found = analyze(
        "The poll closed in May. More from Ada Brent and Ivo Pern: “Data collected by our "
        "firm, Tallyhouse, helps confirm that both issues mattered. The ground was shifting.”"
    )
    assert [s.label for s in found] == ["unattributed", "named", "named"]
    assert all(
        s.source is not None and s.source.text == "Ada Brent and Ivo Pern" for s in found[1:]
    )


# --- a question reported with "if" -------------------------------------------------------


def test_asking_someone_if_reports_a_question() -> None:
    """'X ... and asked workers if ...', 'X wondered if ...': named, X the source."""
    found = analyze(
        "Ivo Pern shook hands with voters and asked workers if they planned to attend. "
        "Ada Brent wondered if the dam would hold."
    )
    assert [s.label for s in found] == ["named", "named"]
    assert [s.source.text for s in found if s.source] == ["Ivo Pern", "Ada Brent"]


def test_asking_for_something_on_a_condition_reports_no_question() -> None:
    """'asked for more time if the rain continued': a request with a condition."""
    assert last("The minister asked for more time if the rain continued.").label == ("unattributed")
