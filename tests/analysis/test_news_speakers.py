"""Speakers as real news writes them: asides stacked between a subject and its verb, a
crowd set off by a comma, a tag with an audience after a quotation, "continued to say",
a long subject before a bare "say". Invented sentences, one shape each, with a near miss
that must stay unattributed."""

import pytest

from tests.analysis.test_attribution import labels, only
from tui.analysis import analyze


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A sentence adverb between the subject and the verb, without commas.
        ("Ada Brent however said the bridge would reopen in May.", "Ada Brent"),
        ("Ada Brent meanwhile told reporters that the bridge would reopen.", "Ada Brent"),
        # Asides stacked before the verb: an adverb, then a relative clause.
        ("Ivo Pern, meanwhile, who holds no seat, said the vote was rigged.", "Ivo Pern"),
        # An age, then an appositive holding a relative clause.
        (
            "Tom Reyes, 49, a nurse who now works for the county, said the ward was full.",
            "Tom Reyes, 49",
        ),
    ],
)
def test_asides_between_subject_and_verb_keep_the_speaker(text: str, source: str) -> None:
    s = only(text)
    assert s.label == "named", s.reason
    assert s.source is not None and s.source.text == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The ferry will not run this winter, boatmen said.", "boatmen"),
        ("During the hearing, both witnesses said the gate was open.", "both witnesses"),
        ("The main worries, respondents said, are rent and bus fares.", "respondents"),
    ],
)
def test_a_plural_set_off_by_a_comma_is_the_speaker(text: str, source: str) -> None:
    """Whatever the noun, a short plural between a comma and "said" can only be who spoke."""
    s = only(text)
    assert s.label in ("anonymous", "vague"), s.reason
    assert s.source is not None and s.source.text == source


def test_a_plural_thing_after_a_comma_saying_nothing_stays_unattributed() -> None:
    assert labels("In the end, prices said nothing about demand.") == ["unattributed"]


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe will win this county,\u201d Ada Brent said to cheers.",
        "\u201cWe will win this county,\u201d she said to loud applause at the fair.",
    ],
)
def test_a_tag_with_its_audience_after_a_quotation_is_a_report(text: str) -> None:
    s = analyze("Ada Brent spoke in Tarn. " + text)[-1]
    assert s.label == "named", s.reason
    assert s.cue is not None and s.cue.text == "said"


def test_the_audience_tag_covers_the_quotation_before_it() -> None:
    found = analyze(
        "\u201cThe mill will reopen. The jobs will come back. "
        "And we will all be here,\u201d Ada Brent said to cheers."
    )
    assert [s.label for s in found] == ["named"] * 3


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Even after the letter was sent, Ivo Pern continued to say he had paid.", "Ivo Pern"),
        ("Ada Brent continues to insist that the count was fair.", "Ada Brent"),
        ("The mayor also continued to question whether the dam was safe.", "The mayor"),
    ],
)
def test_continued_to_say_reports_the_subject(text: str, source: str) -> None:
    s = only(text)
    assert s.label != "unattributed", s.reason
    assert s.source is not None and s.source.text == source


@pytest.mark.parametrize(
    "text",
    [
        "The bakery continued to grow last year.",
        "Ivo Pern is continuing to write his weekly column for the Ledger.",
        "She will have to continue to stress positions that young voters share.",
    ],
)
def test_continuing_an_action_is_no_report(text: str) -> None:
    assert labels(text) == ["unattributed"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Parents who have heard from the school say their main worry is the bus.",
            "Parents who have heard from the school",
        ),
        ("People close to the mayor say she will not run again.", "People close to the mayor"),
        (
            "But some who defend the old law argue that the change is too fast.",
            "some who defend the old law",
        ),
    ],
)
def test_a_long_subject_before_a_bare_say_is_the_source(text: str, source: str) -> None:
    """The word before "say" may be singular ("school", "mayor"); the subject is not."""
    s = only(text)
    assert s.label in ("anonymous", "vague"), s.reason
    assert s.source is not None and s.source.text == source


def test_a_say_as_a_noun_reports_nothing() -> None:
    assert labels("Tenants want a say in the plan for the yard.") == ["unattributed"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ada Brent assured voters that the plant would stay open.", "Ada Brent"),
        ("\u201cEnough,\u201d Ivo Pern thundered.", "Ivo Pern"),
        ("\u201cWe must act now,\u201d Ann Lee emphatically proclaimed.", "Ann Lee"),
        ("The mayor spoke for an hour, declaring that the town had turned a corner.", "The mayor"),
    ],
)
def test_more_verbs_of_saying(text: str, source: str) -> None:
    s = only(text)
    assert s.label == "named", s.reason
    assert s.source is not None and s.source.text == source


@pytest.mark.parametrize(
    "text",
    [
        "The ad proclaimed a new era.",
        "She assured her place in the final.",
        "Even with a deal, farmers are far from assured of a good harvest.",
        "Ivo Pern, the self-proclaimed outsider, will meet the board today.",
    ],
)
def test_the_same_words_naming_no_report(text: str) -> None:
    assert labels(text) == ["unattributed"]


def test_a_tag_after_a_quotation_may_name_whom_it_was_said_to() -> None:
    s = only("\u201cYou said the party broke its word to you,\u201d Ivo Pern asked Ann Lee.")
    assert s.label == "named", s.reason
    assert s.source is not None and s.source.text == "Ivo Pern"


def test_a_tag_after_a_quotation_with_an_aside_about_whom() -> None:
    s = only("\u201cIt is the best team I have seen,\u201d Ada Brent declared of the squad.")
    assert s.label == "named", s.reason
    assert s.source is not None and s.source.text == "Ada Brent"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The bakery reported it sold more bread than ever.", "The bakery"),
        ("Ada Brent suggested she'll ask her brother for advice.", "Ada Brent"),
        ("Ivo Pern explained he wanted to stay.", "Ivo Pern"),
    ],
)
def test_a_clause_without_that_opening_with_a_pronoun(text: str, source: str) -> None:
    s = only(text)
    assert s.label == "named", s.reason
    assert s.source is not None and s.source.text == source


def test_a_pronoun_object_with_a_participle_is_no_clause() -> None:
    assert labels("She reported it stolen.") == ["unattributed"]


def test_a_statement_introduced_after_an_appositive_is_the_speakers() -> None:
    found = analyze(
        "Ada Brent, the mayor of Tarn, issued a statement on Friday:\n\n"
        "\u201cOur thoughts are with all those hurt in the fire. The town will rebuild.\u201d"
    )
    assert [s.label for s in found] == ["named"] * 3
    assert all(s.source is not None and s.source.text == "Ada Brent" for s in found)


def test_i_think_inside_a_block_quotation_is_the_speakers() -> None:
    found = analyze(
        "In a post on her site, Ada Brent wrote:\n\n"
        "The vote is close. I think it is time we talked about the roads. We want a fair count."
    )
    assert [s.label for s in found] == ["named"] * 4


@pytest.mark.parametrize(
    "text",
    [
        "Contributing: Ann Lee and Tom Reyes.",
        "Editor\u2019s Note: The following is part 3 of a series.",
    ],
)
def test_credit_and_note_lines_are_no_claim(text: str) -> None:
    assert labels(text) == ["none"]


@pytest.mark.parametrize(
    "text",
    [
        "Tarn: Ann Lee, Tom Reyes, Ivo Pern, Ada Brent and Kate Moss have signed the letter.",
        "Breaking: The council has voted to close the bridge for the winter.",
        "Remember: The town also ignored the flood warnings last spring.",
    ],
)
def test_a_label_or_a_list_before_a_colon_is_no_speaker(text: str) -> None:
    assert labels(text) == ["unattributed"]


def test_a_name_before_a_colon_still_speaks() -> None:
    s = only("Ivo Pern: We will win this one.")
    assert s.label == "named" and s.source is not None and s.source.text == "Ivo Pern"


def test_a_participle_after_two_joining_words_finds_the_subject() -> None:
    s = only('And then Ann Lee went on the attack, saying, "Is the mayor ever going to answer?"')
    assert s.label == "named", s.reason
    assert s.source is not None and s.source.text == "Ann Lee"


def test_a_pronoun_before_a_colon_quotation_points_back() -> None:
    found = analyze(
        'Ann Lee spoke first. She then turned to the crowd: "Here is what I regret. '
        'I regret that we waited."'
    )
    assert [s.label for s in found] == ["unattributed", "named", "named"]
    assert "Ann Lee" in found[1].reason


def test_a_bare_tag_before_a_quotation_names_its_speaker() -> None:
    found = analyze(
        "Polls show a close race.\n\nTarn University\u2019s Ada Brent agreed.\n\n"
        '"Voters are running out of time. At this point, the choice may be Lee."'
    )
    assert [s.label for s in found[1:]] == ["named"] * 3
    assert all("Ada Brent" in s.reason for s in found[1:])


def test_a_passive_before_a_quotation_names_nobody() -> None:
    found = analyze('The rule was explained.\n\n"It is over for the ferry this year."')
    assert [s.label for s in found] == ["unattributed", "unattributed"]


def test_a_pronoun_after_an_opening_phrase_keeps_the_speaker() -> None:
    found = analyze(
        '"You cannot blame her for what he did," said Sara Walker, a nurse from Tarn. '
        "A nurse from Tarn who moved to the U.S. in 2013, she plans to vote for the first "
        'time. "All she went through -- it is not fair."'
    )
    assert [s.label for s in found] == ["named", "unattributed", "named"]
    assert "Sara Walker" in found[2].reason


@pytest.mark.parametrize(
    "text",
    [
        "Only time will tell if his lead will last.",
        "Ann Lee has won the primary in Tarn, adding to her wins in Varna and Pell.",
        "He blocked rules that would have allowed firms to cut pensions.",
        "Lee is campaigning in Tarn and Varna, states that voted for her in 2012.",
    ],
)
def test_cue_words_in_other_senses_report_nothing(text: str) -> None:
    assert labels(text) == ["unattributed"]


@pytest.mark.parametrize(
    "text",
    [
        "The law states that each town must hold a vote.",
        "Ann Lee won the vote, adding that the count was fair.",
    ],
)
def test_the_same_verbs_reporting_a_clause(text: str) -> None:
    assert labels(text) == ["named"]


@pytest.mark.parametrize(
    "text",
    [
        "Nearly a third say they do not know.",
        "About four in 10 said they were angry with the council.",
        "Six in 10 voters said the mayor is honest.",
        "About 9 percent said they had no preference.",
    ],
)
def test_every_share_of_those_polled_is_a_poll_result_like_a_percentage(text: str) -> None:
    """'55 percent of voters say' is a poll's finding (test_speech_acts); so are the other
    ways of writing a share."""
    assert labels(text) == ["unattributed"]


def test_an_ordinal_before_a_source_is_no_share() -> None:
    assert labels("A third source said that the deal was off.") == ["anonymous"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ivo Pern, whose latest firm, Datacorp, sells maps to towns, said the mayor "
            "was a builder at heart.",
            "Ivo Pern",
        ),
        (
            'Hemsley, the co-author of "Going Home," about the spread of rumours, said the '
            "days of one shared story are gone.",
            "Hemsley",
        ),
        ("Dean Lee, a salesman from Sumter, South Carolina, says the vote is close.", "Dean Lee"),
    ],
)
def test_an_aside_with_commas_of_its_own_keeps_the_name_before_it(text: str, source: str) -> None:
    s = only(text)
    assert s.label == "named", s.reason
    assert s.source is not None and s.source.text == source


def test_an_inverted_source_may_carry_a_relative_clause_with_a_verb() -> None:
    s = only('"It will be hard," said a longtime data expert who has worked for a rival.')
    assert s.label == "anonymous", s.reason
    assert s.source is not None
    assert s.source.text == "a longtime data expert who has worked for a rival"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('Here in Tarn, Ann Lee stepped up her attacks, saying, "We have got to act."', "Ann Lee"),
        ("While saying that he respects Ann Lee, he voiced doubts about her plan.", "he"),
        ('When he returned he began by saying, "I do not think it is needed."', "he"),
    ],
)
def test_an_opening_word_is_no_speaker(text: str, source: str) -> None:
    """'Here', 'While', 'When' open the sentence; the speaker is the subject after them."""
    s = analyze("Ann Lee spoke in Tarn. " + text)[-1]
    assert s.label == "named", s.reason
    assert s.source is not None and s.source.text == source


def test_a_name_opening_a_clause_after_said_is_not_the_speaker() -> None:
    s = only(
        "One former aide, speaking on condition of anonymity, said Gates described the plan "
        "as a mess."
    )
    assert s.label == "anonymous", s.reason
    assert s.source is not None and s.source.text == "One former aide"


def test_a_participle_after_an_inverted_source_keeps_it() -> None:
    s = only('"It will cost millions," said one aide involved in the planning.')
    assert s.label == "anonymous", s.reason
    assert s.source is not None and s.source.text.startswith("one aide involved")
