"""Speakers and reports in the shapes real news gives them (issue 13, mined from PolNeAR's
train split): each rule with invented sentences that fit it and one that must not."""

import pytest

from tui.analysis import Sentence, analyze


def last(text: str) -> Sentence:
    return analyze(text)[-1]


def said_by(text: str) -> tuple[str, str | None]:
    """The label of the last sentence and the source shown for it."""
    sentence = last(text)
    return sentence.label, sentence.source.text if sentence.source else None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The plan failed, says political scientist Ann Roe.", "political scientist Ann Roe"),
        (
            "Prices will fall, says longtime party strategist Ed Vale.",
            "longtime party strategist Ed Vale",
        ),
        (
            "Tarn has more pull through its films, says historian Ada Brent in Marlow.",
            "historian Ada Brent",
        ),
    ],
)
def test_a_description_before_a_full_name_after_the_verb_is_the_source(
    text: str, source: str
) -> None:
    """', says political scientist Ann Roe.': the description belongs to the speaker."""
    assert said_by(text) == ("named", source)


@pytest.mark.parametrize(
    "text",
    [
        "The plan failed, says local historian and author of many books on the valley Ann Roe.",
        "The economy is strong, says one of the owners of the mill.",
        "Prices rose sharply, said everybody we met.",
    ],
)
def test_the_opening_clause_is_never_the_speaker_of_an_inverted_verb(text: str) -> None:
    """'The plan failed, says ...': when no speaker is found after the verb, the clause
    before the comma is what was said, not who said it."""
    label, source = said_by(text)
    assert source is None or source.split()[0] not in ("The", "Prices")
    assert label != "named" or source is not None


def test_a_modifier_after_a_determiner_still_lets_the_speaker_before_the_verb() -> None:
    """'the newly elected mayor said': a past form as a modifier is no clause."""
    assert said_by("The plan failed, a retired teacher said.")[1] == "a retired teacher"
    assert said_by("The plan failed, the newly elected mayor said.")[1] == "the newly elected mayor"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("States would become middle men, Jolly said.", "Jolly"),
        ("The plan failed, Ebeling said.", "Ebeling"),
        ("Boreing said the members will still meet for drinks.", "Boreing"),
    ],
)
def test_surnames_spelled_like_adverbs_or_participles_are_speakers(text: str, source: str) -> None:
    """A capitalised '-ly' word before 'said' is a name, not an adverb; a lone '-ing' word
    right before 'said' is a name, since no participle speaks."""
    assert said_by(text) == ("named", source)


def test_an_opening_participle_is_still_no_speaker() -> None:
    """'Facing criticism, Ann Roe said': the participle opens the sentence, the name speaks."""
    assert said_by("Facing criticism, Ann Roe said the plan failed.") == ("named", "Ann Roe")


def test_a_lower_case_adverb_is_still_skipped() -> None:
    assert said_by("Ruiz repeatedly said the plan failed.") == ("named", "Ruiz")


def test_a_title_of_a_noun_used_as_a_verb_does_not_hide_the_speaker() -> None:
    """'director of state campaigns': "state" is a noun here, not a verb that would make the
    subject a clause."""
    label, source = said_by(
        "Marlon Marshall, director of state campaigns and outreach, said the campaign is working."
    )
    assert label == "named"
    assert source is not None and "Marshall" in source


def test_an_outlet_named_news_speaks() -> None:
    """'Fox News says': a verb after 'News', while 'news reports said' keeps its noun."""
    assert said_by("Tarn News says the poll is wrong.") == ("named", "Tarn News")
    assert said_by("A source speaking to Tarn News said the agents are investigating.") == (
        "anonymous",
        "A source speaking to Tarn News",
    )
    assert said_by("News reports said the bridge had fallen.") == ("vague", "News reports")


@pytest.mark.parametrize(("word", "label"), [("Several", "anonymous"), ("Many", "vague")])
def test_a_quantifier_alone_says(word: str, label: str) -> None:
    """'Several said they would ...': the quantifier is the subject, not a determiner."""
    assert said_by(f"{word} said they would rather see block grants.") == (label, word)


def test_a_reply_when_contacted_is_the_main_clause() -> None:
    """', when contacted by Reuters,' is the circumstance of the reply, not a subordinate
    clause holding the cue."""
    assert said_by(
        "Roe's office, when contacted by a reporter, said she could not recall the dinner."
    ) == ("named", "Roe's office")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Tarn Times reported the email came hours after the vote.", "The Tarn Times"),
        (
            "On Friday, as the parade went by, Kestrel Radio reported at least six planes "
            "filled the sky.",
            "Kestrel Radio",
        ),
    ],
)
def test_reported_then_a_clause_without_that(text: str, source: str) -> None:
    """'reported the email came': a noun phrase and its own past tense make a clause."""
    assert said_by(text) == ("named", source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Police reported no arrests late Monday.", "Police"),
        ("The Tarn Mill Company reported earnings of $8.42 a share.", "The Tarn Mill Company"),
        ("Ann Roe reported between $5,000 and $15,000 in income from the fund.", "Ann Roe"),
    ],
)
def test_figures_reported_are_a_claim_from_who_reported_them(text: str, source: str) -> None:
    assert said_by(text) == ("named", source)


def test_reported_with_a_plain_object_stays_an_event() -> None:
    """'reported its smallest profit in years' with no figure or clause: no report read."""
    assert last("The Tarn Mill Company reported its smallest profit in years.").label == (
        "unattributed"
    )


@pytest.mark.parametrize(
    ("text", "label", "source"),
    [
        ("Exit polling showed that Ann Roe won every county.", "named", "Exit polling"),
        (
            "One influential 2009 paper found gains in reading.",
            "anonymous",
            "One influential 2009 paper",
        ),
        (
            "A March 2 email shows the council sent ten staff to the fair.",
            "named",
            "A March 2 email",
        ),
        ("Tarn Mills indicated it would give $75,000 to the fund.", "named", "Tarn Mills"),
    ],
)
def test_records_and_data_say_what_they_show(text: str, label: str, source: str) -> None:
    """Polling, a paper, an email: records whose findings the sentence reports; "indicated"
    takes its clause without "that" like "suggested"."""
    assert said_by(text) == (label, source)


def test_a_place_word_after_the_subject_is_not_the_source() -> None:
    """'Polls there show', 'workers here said': the subject is before the place word."""
    assert said_by("Polls there show Ann Roe is trailing.") == ("vague", "Polls")
    assert said_by("Her campaign workers here said they have been busy.") == (
        "anonymous",
        "Her campaign workers",
    )


@pytest.mark.parametrize(
    ("text", "label", "source", "cue"),
    [
        ("“Never!” the crowd screamed back.", "named", "the crowd", "screamed"),
        (
            "“Oh, my word,” a young woman exclaimed upon seeing him.",
            "anonymous",
            "a young woman",
            "exclaimed",
        ),
        ("“Why now?” reporter Ada Brent asked him.", "named", "reporter Ada Brent", "asked"),
        (
            "“Let me help you,” the vice-presidential nominee riffed on the answer.",
            "named",
            "the vice-presidential nominee",
            "riffed",
        ),
        (
            "“The port is a leader,” the Tarn Council state in their paper.",
            "named",
            "the Tarn Council",
            "state",
        ),
    ],
)
def test_a_quotation_closed_mid_sentence_is_tagged_by_the_words_after_it(
    text: str, label: str, source: str, cue: str
) -> None:
    """A comma, "!" or "?" before the closing mark ends the quoted words, not the sentence:
    the noun phrase and verb after it are its tag, whatever the verb."""
    sentence = last(text)
    assert (sentence.label, sentence.source and sentence.source.text) == (label, source)
    assert sentence.cue is not None and sentence.cue.text == cue


@pytest.mark.parametrize(
    "text",
    [
        "“Billions,” on Showtime, is a drama about money.",
        "“Unplugged,” whose heyday was in the 1990s, is back.",
        "“The Walking Dead” is a drama that follows a zombie apocalypse.",
    ],
)
def test_a_quoted_title_followed_by_the_sentence_is_no_tag(text: str) -> None:
    """A title in quotation marks, then a comma or a copula: the words are the writer's."""
    assert last(text).label == "unattributed"


def test_the_writer_confessing_is_no_source() -> None:
    assert analyze("“This is a big win for me,” I confessed.")[-1].source is None


def test_a_description_inside_the_name_before_an_aside() -> None:
    """'Florida delegate Ann Roe, wearing ..., said': the titled name is the speaker."""
    assert said_by(
        "Tarn delegate Ann Roe, wearing a shirt covered in badges, said she is proud."
    ) == ("named", "Tarn delegate Ann Roe")


def test_an_action_before_an_aside_is_no_titled_name() -> None:
    """'Roe won the Tarn, wearing ...': "won the" is a verb and its object, not a title."""
    assert last("Roe won the Tarn, wearing a hat, said nothing.").label == "unattributed"


def test_calling_something_a_name_with_a_date_in_the_object() -> None:
    """'called the remarks on 9/11 a “new low”': a slash stays inside a word."""
    assert said_by('Ivo Pern called the remarks on 9/11 a "new low."') == ("named", "Ivo Pern")


def test_a_comma_inside_a_number_is_no_source_boundary() -> None:
    """'the 50,000 a day officials estimated': "000 a day officials" is no source."""
    sentence = last("The crowds fell short of the 50,000 a day officials estimated.")
    assert sentence.source is None or not sentence.source.text.startswith("000")


def test_how_long_ago_stands_between_the_subject_and_its_verb() -> None:
    assert said_by("The Tarn Council less than two weeks ago said the port would close.") == (
        "named",
        "The Tarn Council",
    )


def test_a_modal_after_an_inverted_verb_opens_what_was_said() -> None:
    """'Roe, a conservative, insists the Tarn Party must be ...': "the Tarn Party" is no speaker."""
    assert said_by("Roe, a conservative, insists the Tarn Party must be a party of ideas.") == (
        "named",
        "Roe",
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "In response, Republican presidential nominee Ann Roe issued the following statement:",
            "Republican presidential nominee Ann Roe",
        ),
        (
            "Democratic strategist Ann Roe defended the plan, saying it would pay for itself.",
            "Democratic strategist Ann Roe",
        ),
    ],
)
def test_the_opening_name_keeps_its_description(text: str, source: str) -> None:
    """A name run with a lower-case description inside it speaks whole, before a colon or a
    participle: not "Republican" alone."""
    assert said_by(text) == ("named", source)


def test_a_clause_only_verb_before_a_closing_colon_introduces_the_quotation() -> None:
    """'..., as the Tarn Council website notes:' then the quoted paragraph: the site's words."""
    found = analyze(
        "Title\n\nThe charter tied the members together, as the Tarn Council website notes:\n\n"
        "“In 1960 some ninety members met at the harbour.\n\nThey founded the guild.”\n"
    )
    assert [s.label for s in found[1:]] == ["named", "named", "named"]
    assert found[2].source is not None and found[2].source.text == "the Tarn Council website"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Tarn Times asked the 2016 independent harbour candidate if she was ready.",
            "The Tarn Times",
        ),
        (
            "A young woman from Marlow asked Ann Roe what she thought of the port.",
            "A young woman from Marlow",
        ),
    ],
)
def test_a_question_put_to_someone_named_at_length(text: str, source: str) -> None:
    """The person asked may take several words before "if" or "what"."""
    assert said_by(text)[1] == source


def test_a_relative_where_after_a_long_object_is_no_question() -> None:
    """'asked the staff at the hotel where she was staying for a towel': a request."""
    assert last(
        "Ann Roe asked the staff at the hotel where she was staying for a towel."
    ).label == ("unattributed")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ann Roe implied immigrants were to blame.", "Ann Roe"),
        ("What's more, they note, there are plenty of other ports.", "they"),
        ("The school, Roe notes, was built in 1902.", "Roe"),
        (
            "Ivo Pern, the port's director, informed harbour master Ada Brent that he would leave.",
            "Ivo Pern",
        ),
    ],
)
def test_more_verbs_and_tags_that_report(text: str, source: str) -> None:
    """'implied' with a bare plural subject after it, a clause-only verb set off by commas
    (', they note,'), 'informed X that'."""
    label, found = said_by(text)
    assert label == "named" and found == source


def test_informing_without_a_clause_is_an_action() -> None:
    assert last("Ann Roe informed the police.").label == "unattributed"


def test_how_a_record_was_made_is_an_aside_before_its_verb() -> None:
    """'A Tarn Radio poll, conducted with Shaw & Co (D) and Vale Research (R), shows': the
    poll is the source, not the last firm in the aside."""
    assert said_by(
        "A Tarn Radio poll, conducted jointly with Shaw & Company (D) and Vale Research (R), "
        "shows Roe with 47 percent against Pern, who has 44 percent."
    ) == ("named", "A Tarn Radio poll")


def test_a_sentence_given_a_speaker_for_its_quoted_words_is_marked_as_quoting() -> None:
    """Hypothesis found '0“0 0 . 0<said': the first sentence took the next one's speaker for
    its three quoted words but was not marked as a quotation."""
    first = analyze("He called it “a big year for us.” Ann Roe shouted.")[0]
    if first.source is not None and first.source.start >= first.end:
        assert first.quote and first.cue is None
    odd = analyze("0“0 0 . 0<said")[0]
    assert odd.source is None or odd.quote


# Sixth pass (30 November): shapes mined from PolNeAR train outside both labelled sets.


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Fleming reminisced about the old mill and said the town had changed.", "Fleming"),
        (
            "Walking to the next door, Fleming reminisced about the mill, and said it had closed.",
            "Fleming",
        ),
    ],
)
def test_a_surname_in_ing_before_a_past_tense_is_the_subject_of_and_said(
    text: str, source: str
) -> None:
    """'Ebeling reminisced ... and said': the -ing word is the subject, not an opening
    participle ("Facing criticism, ...")."""
    assert said_by(text) == ("named", source)


def test_an_opening_participle_before_its_object_is_still_no_subject() -> None:
    """'Having announced ...' and 'Facing criticism, ...' open a phrase: the speaker is the
    name after the comma."""
    assert said_by("Facing criticism, Ann Roe defended the plan, saying it would work.") == (
        "named",
        "Ann Roe",
    )
    assert said_by("Having announced the plan, Ann Roe left, saying it would work.") == (
        "named",
        "Ann Roe",
    )


def test_a_modifier_after_another_is_no_clause_before_the_verb() -> None:
    """'another unaligned strategist': a past form after a determiner describes."""
    label, source = said_by("Ed Vale, another unaligned strategist, said there are advantages.")
    assert label == "named"
    assert source is not None and source.startswith("Ed Vale")


@pytest.mark.parametrize(
    "text",
    [
        "During an interview, Ann Roe, the hacker known as “Ghost,” stated that she had access.",
        "Ann Roe, author of “Going Viral,” said the plan would fail.",
    ],
)
def test_an_aside_closing_inside_its_quotation_mark_keeps_the_name_before_it(text: str) -> None:
    """'the hacker known as “Ghost,” stated': the aside's comma sits inside the mark."""
    assert said_by(text) == ("named", "Ann Roe")


@pytest.mark.parametrize(
    "text",
    [
        "Ed Vale reported on his disclosure forms a speaking fee was paid for the event.",
        "Ed Vale said on Monday the plan would fail.",
    ],
)
def test_a_phrase_of_time_or_place_before_a_clause_without_that(text: str) -> None:
    """'reported on his forms a fee was': the phrase comes between the verb and its clause."""
    assert said_by(text) == ("named", "Ed Vale")


@pytest.mark.parametrize(
    "text",
    [
        "The two camps also agreed on creating a commission to examine rules that could change.",
        "The letter, which was first reported last week by The Post's Ed Vale, was signed by 40.",
    ],
)
def test_an_object_or_an_agent_after_the_verb_is_no_clause_of_its_own(text: str) -> None:
    """'agreed on creating a commission ... that could', 'reported last week by The Post':
    no clause was reported by the sentence's subject."""
    assert last(text).label == "unattributed"


@pytest.mark.parametrize(
    "text",
    [
        "The plan will fail, a registered Republican said.",
        "The plan will fail, one Democrat said.",
        "The plan will fail, a Republican senator said.",
    ],
)
def test_one_person_described_by_a_party_is_unnamed(text: str) -> None:
    """'a registered Republican said': one person, described but not named."""
    assert last(text).label == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        "The plan will fail, a Fox News reporter said.",
        "The plan will fail, according to a study by Harvard.",
        "The plan will fail, according to a speech Mrs. Roe gave in May.",
    ],
)
def test_an_outlet_or_a_name_in_a_short_indefinite_source_stays_named(text: str) -> None:
    """Two capitalised words in a row, a preposition or a title: a name is there."""
    assert last(text).label == "named"


def test_a_past_inside_the_sources_relative_clause_is_part_of_the_source() -> None:
    """'a Republican who spoke on condition of anonymity, said she was': the relative
    clause describes the speaker; it is no clause reported before an inverted verb."""
    sentence = last(
        "The aide, a registered Republican who spoke on the condition of anonymity, "
        "said she became pregnant last year."
    )
    assert sentence.label == "anonymous"
    assert sentence.source is not None and "Republican" in sentence.source.text


def test_an_opening_there_with_its_comma_comes_before_the_subject() -> None:
    """'There, the district chairman Ed Vale declined ... but said': "There," places the
    sentence; the speaker follows it. "There are fears" keeps its vague frame."""
    label, source = said_by(
        "There, the district chairman Ed Vale declined to name the delegates but said one "
        "was a Tarn supporter."
    )
    assert (label, source) == ("named", "the district chairman Ed Vale")
    assert last("There are fears that the mill will close.").label == "vague"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Roe, Vale and Brent have all described their speeches as duties and say they "
            "will stop.",
            "Roe, Vale and Brent",
        ),
        ("Roe and Vale met twice and say they will work together.", "Roe and Vale"),
    ],
)
def test_a_plural_subjects_second_verb_in_the_present_reports(text: str, source: str) -> None:
    """'... and say they will stop': every name in the list speaks; "needs to sell herself
    and tell jokes the crowd will like" continues an infinitive and reports nothing."""
    assert said_by(text) == ("named", source)
    assert last("She needs to sell herself and tell jokes the crowd will like.").label == (
        "unattributed"
    )


def test_a_possessive_role_after_a_name_describes_it() -> None:
    """'Ann Roe, Tarn's mayor, said': the role belongs to the name before it."""
    assert said_by("Ann Roe, Tarn's mayor, said the mill would stay open.") == (
        "named",
        "Ann Roe, Tarn's mayor",
    )


def test_what_a_record_shows_after_an_aside_is_no_inverted_source() -> None:
    """'The Tarn poll, released Monday, shows Roe with 47 percent': the poll is the source,
    not "Roe with 47 percent"."""
    assert said_by("The latest Tarn poll, released Monday, shows Roe with 47 percent.") == (
        "named",
        "The latest Tarn poll",
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“We cannot wait,” said a handful of Democrats who point to the costs.", "a handful"),
        ("“We cannot wait,” said dozens of Republicans.", "dozens of Republicans"),
        ("“We cannot wait,” said a few Democrats.", "a few Democrats"),
    ],
)
def test_an_amount_that_counts_no_one_is_a_crowd(text: str, source: str) -> None:
    """'a handful of Democrats who point to ...': vague, and a relative clause cut short by
    the word that ends the source is no part of it."""
    label, found = said_by(text)
    assert label == "vague"
    assert found is not None and found.startswith(source) and "who" not in found


def test_one_aside_may_close_the_sentence_after_an_inverted_source() -> None:
    """'..., predicted Ed Vale, the former governor challenging him.'"""
    assert said_by(
        "The mill will close by spring, predicted Ed Vale, the former governor challenging him."
    ) == ("named", "Ed Vale")
    assert last("The mill will close, predicted Ed Vale, and the town agreed.").label == (
        "unattributed"
    )


def test_figures_reported_after_a_long_object() -> None:
    """'reports investments in the Tarn mill worth $500,000': the worth is the claim; going
    to the police is no report."""
    assert said_by("Roe reports investments in the Tarn mill worth $500,000.") == ("named", "Roe")
    assert last("Roe reported to police at 9 pm.").label == "unattributed"


def test_a_crowd_counted_by_an_amount_is_never_he_or_i() -> None:
    """'A number of the families said ...': the crowd is "they", so a later "he" does not
    point back at it."""
    text = (
        "A number of the families said they would sue the dealer.\n\nHe said the dealer had known."
    )
    assert "families" not in last(text).reason


def test_a_cue_inside_an_opening_quotation_never_names_the_source() -> None:
    """'“Do I think ...?” Vale asked rhetorically, shaking his head.': the "I think" is the
    speaker's own; the tag after the quotation names him."""
    text = (
        "A number of families spoke at the mill.\n\n"
        "“Do I think the dealer should be sued?” Vale asked rhetorically, shaking his head."
    )
    assert said_by(text) == ("named", "Vale")


@pytest.mark.parametrize(
    "tag",
    [
        "Ann Roe, the chairwoman of the Tarn County party, recalled of a June conversation.",
        "Ann Roe recalled of a June conversation she had with Vale at the Tarn town hall.",
    ],
)
def test_a_tag_after_a_quotation_with_an_aside_or_a_long_occasion(tag: str) -> None:
    """'“...,” Ann Roe, the chairwoman ..., recalled of a June conversation she had ...'."""
    assert said_by(f"“He looked me right in the eye,” {tag}") == ("named", "Ann Roe")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ann Roe touted her record as a co-sponsor of the bill.", "Ann Roe"),
        ("Ed Vale reiterated his support for the mill.", "Ed Vale"),
        ("Ed Vale dubbed the plan a disaster.", "Ed Vale"),
        ("Ann Roe on Sunday defended the nominee's description of the town.", "Ann Roe"),
        ("Ann Roe promised to cut taxes in her first year.", "Ann Roe"),
        ("Ed Vale has vowed to bring back the lost mill jobs.", "Ed Vale"),
        ("Ann Roe promises to cut taxes.", "Ann Roe"),
    ],
)
def test_speech_acts_by_a_named_person_in_the_main_clause(text: str, source: str) -> None:
    """Touting, reiterating, dubbing, defending a description, promising to: the main claim
    rests on the speaker's word (the development set's convention: named, unattributed also
    accepted)."""
    assert said_by(text) == ("named", source)


@pytest.mark.parametrize(
    "text",
    [
        "The debate promised to be a crucial moment for the town.",
        "Rattling off promises to lower debt, the crowd cheered.",
        "The council defended the bill in court.",
        "Ann Roe agreed to return the money.",
    ],
)
def test_prospects_plural_nouns_and_actions_are_no_speech_acts(text: str) -> None:
    """'promised to be' is a prospect, 'promises to' after a verb a plural noun, defending a
    bill an action."""
    assert last(text).label == "unattributed"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ed Vale took a whack at Roe, painting the mayor as part of the old guard.", "Ed Vale"),
        ("Ed Vale went on, casting Roe as a false friend of the mill.", "Ed Vale"),
        ("Ann Roe portrayed the plan as a giveaway.", "Ann Roe"),
        ("Ann Roe has characterized the vote as a rebuke.", "Ann Roe"),
    ],
)
def test_saying_what_someone_is_with_as(text: str, source: str) -> None:
    """'painting the mayor as part of the old guard': what Roe is said to be is the claim."""
    assert said_by(text) == ("named", source)


@pytest.mark.parametrize(
    "text",
    ["Ann Roe painted the fence as a child.", "Ann Roe cast her vote on Tuesday."],
)
def test_painting_and_casting_without_a_portrait_are_actions(text: str) -> None:
    """Without "as" and what someone is, painting and casting are things done."""
    assert last(text).label == "unattributed"


def test_calling_something_a_judgement_reports_it() -> None:
    """'called the plan unfair' says what Roe thinks of it; calling the police, a session
    or the roll says nothing."""
    assert said_by("Ann Roe called the plan unfair.") == ("named", "Ann Roe")
    for text in ("Ann Roe called the police at once.", "Ann Roe called the special session."):
        assert last(text).label == "unattributed"


def test_a_tag_closing_the_sentence_after_a_comma_reports_with_a_clause_only_verb() -> None:
    """'..., O'Keefe notes.': a set-off subject and a clause-only verb at the end tag the
    sentence; "states that vote in March" stays a noun."""
    assert said_by("The mill cannot reopen without help, O'Keefe notes.") == ("named", "O'Keefe")
    assert last("In Tarn and Marlow, states that vote in March.").label == "unattributed"


def test_a_participle_and_its_agent_between_the_name_and_the_verb() -> None:
    """'Sullivan, struck by her story, told her ...': the aside is no part of the speaker."""
    assert said_by("Vale, struck by her story, told her she did not need any notes.") == (
        "named",
        "Vale",
    )


@pytest.mark.parametrize(
    ("text", "label", "source"),
    [
        ("Ann Roe defended her decision to press ahead.", "named", "Ann Roe"),
        (
            "Vale went on the radio and defended himself against accusations of bias.",
            "named",
            "Vale",
        ),
        (
            "Ann Roe attacked Vale by reminding voters that the mill had shed 300 jobs.",
            "named",
            "Ann Roe",
        ),
        ("Some accused Vale of inciting the crowd.", "vague", "Some"),
        ("Many blamed the mayor for the flood.", "vague", "Many"),
    ],
)
def test_more_speech_acts_and_who_made_them(text: str, label: str, source: str) -> None:
    """Defending a decision or oneself against accusations, reminding voters that, and a
    crowd word accusing someone of something."""
    assert said_by(text) == (label, source)


def test_defending_a_place_and_the_accused_as_a_noun_are_no_speech() -> None:
    """'defended the city against the attack' is an action; 'Some accused were released'
    uses the word as a noun."""
    for text in ("The army defended the city against the attack.", "Some accused were released."):
        assert last(text).label == "unattributed"


def test_a_record_with_an_aside_before_its_verb_and_that_with_a_comma() -> None:
    """'Exit polls from the primary, which Roe won, showed that ...' and 'found that, on
    average, ...'."""
    label, source = said_by(
        "Exit polls from the Tarn primary, which Roe won easily, showed that most voters "
        "backed the ban."
    )
    assert (label, source) == ("named", "Exit polls from the Tarn primary")
    assert said_by(
        "Ann Roe studied the data. She found that, on average, incomes grew in Tarn."
    ) == ("named", "She")


def test_pointing_to_evidence_is_a_persons_speech_act() -> None:
    """'Roe pointed to the nine times Vale laid out a plan' cites evidence; 'All signs pointed
    to a deal' and 'The road points to the north' describe."""
    assert said_by("Ann Roe pointed to the nine times Vale has laid out a plan.") == (
        "named",
        "Ann Roe",
    )
    for text in ("All signs pointed to a deal on Thursday.", "The road points to the north."):
        assert last(text).label == "unattributed"


def test_expressing_a_view_and_dismissing_criticism_are_speech_acts() -> None:
    """'Roe expressed doubts about the plan', 'dismissed criticism from Vale'; a judge
    dismissing a case acts, and figures expressed in dollars say nothing."""
    assert said_by("Ann Roe expressed doubts about the plan.") == ("named", "Ann Roe")
    assert said_by("Ann Roe dismissed criticism from Vale and Brent.") == ("named", "Ann Roe")
    for text in (
        "Judge Roe dismissed the case on Monday.",
        "The figures expressed in dollars rose.",
    ):
        assert last(text).label == "unattributed"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Hassan touts her record of working with both parties.", "Hassan"),
        ("In his address, Vale slams the court's ruling.", "Vale"),
        ("Ed Vale vows not to take the mill's calls until it changes course.", "Ed Vale"),
        ("Vale admitted to misleading about 100 investors.", "Vale"),
    ],
)
def test_present_tense_speech_acts_after_the_opening_name(text: str, source: str) -> None:
    """'Hassan touts', 'Vale slams': forms news also uses as nouns are verbs straight after
    the name a clause opens with; "vows not to" promises; "admitted to" a gerund admits."""
    assert said_by(text) == ("named", source)


def test_a_speech_form_used_as_a_noun_stays_a_noun() -> None:
    """'The state praises go to Roe': no name opens the clause before the form."""
    assert last("The state praises go to Roe.").label == "unattributed"


@pytest.mark.parametrize(
    ("text", "label", "source"),
    [
        ("They also expressed doubts about the plan.", "named", "They"),
        ("Tarn's council has vigorously denied any role in the flood.", "named", "Tarn's council"),
        ("Tarn officials promise they will reopen the bridge.", "anonymous", "Tarn officials"),
        ("Roe has been rebuked by opponents for her plan to close the mill.", "vague", "opponents"),
        (
            "The plan was criticized by a spokesman for the council.",
            "named",
            "a spokesman for the council",
        ),
    ],
)
def test_more_speech_acts_with_their_speakers(text: str, label: str, source: str) -> None:
    """An adverb between a pronoun and its verb, denying a role, promising with a clause, and
    a passive agent without the reason after it ("for her plan")."""
    assert said_by(text) == (label, source)


@pytest.mark.parametrize(
    ("text", "label", "source"),
    [
        ("Tarn business leaders decried it at once.", "anonymous", "Tarn business leaders"),
        ("Conservatives still praise his refusal to give way.", "vague", "Conservatives"),
        (
            "Ed Vale, a partner at a Tarn bank, expressed alarm that the mill might close.",
            "named",
            "Ed Vale",
        ),
        (
            "Tarn aides have privately expressed frustration over the delay.",
            "anonymous",
            "Tarn aides",
        ),
    ],
)
def test_speech_acts_on_a_pronoun_after_an_adverb_or_an_aside(
    text: str, label: str, source: str
) -> None:
    """'decried it', 'still praise', a name and its aside before 'expressed', people named
    by what they are before 'have privately expressed'."""
    assert said_by(text) == (label, source)


@pytest.mark.parametrize(
    ("text", "label", "source"),
    [
        ("Others call it the nerd prom.", "vague", "Others"),
        ("Ann Roe calls Tarn her home town.", "named", "Ann Roe"),
        ("Ann Roe talked about renewed fears of flooding in the valley.", "named", "Ann Roe"),
    ],
)
def test_calling_something_what_it_is_and_talking_about_it(
    text: str, label: str, source: str
) -> None:
    """'call it the nerd prom', 'calls Tarn her home town', 'talked about renewed fears'."""
    assert said_by(text) == (label, source)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe called in the national guard.",
        "Ann Roe called her husband at noon.",
        "How the council reacts to the Roes’ call could be a test of her influence.",
    ],
)
def test_calling_someone_in_or_up_and_a_call_as_a_noun_are_no_speech(text: str) -> None:
    """Calling in the guard or one's husband, and a possessive's "call", report nothing."""
    assert last(text).label == "unattributed"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Vale attacked Roe for not answering the question.", "Vale"),
        ("Vale hammered Roe over her emails.", "Vale"),
        ("Roe ripped the plan as a giveaway to developers.", "Roe"),
    ],
)
def test_criticism_with_its_grounds(text: str, source: str) -> None:
    """'attacked Roe for not answering': a criticism is a report when its grounds follow."""
    assert said_by(text) == ("named", source)


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked the base for hours.",
        "The Tarn attack now ranks as the deadliest in years.",
        "Ann Roe knocked on the door.",
    ],
)
def test_attacks_and_knocks_without_grounds_are_events(text: str) -> None:
    """An attack on a base, the noun "attack", a knock on a door: nothing is said."""
    assert last(text).label == "unattributed"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("“It is about time,” exhorted the mayor's introducer, Ann Roe.", "named"),
        ("A council member likened the deal to a giveaway.", "anonymous"),
    ],
)
def test_exhorting_and_likening_report(text: str, label: str) -> None:
    """'exhorted' tags a quotation; 'likened the deal to a giveaway' is a speech act."""
    assert last(text).label == label


def test_comparing_someone_to_something_is_a_speech_act() -> None:
    """'compared Vale to a con man' says what Vale is like; a study comparing results to a
    control group and an attack towards the north say nothing."""
    assert said_by("Ann Roe compared Vale to a con man.") == ("named", "Ann Roe")
    for text in (
        "The study compared the results to a control group.",
        "Ann Roe attacked the convoy to the north.",
    ):
        assert last(text).label == "unattributed"


def test_both_alone_points_back_at_the_pair_named_before() -> None:
    """'Ann Roe and Ed Vale spoke ... Both said ...': "Both" speaks, as "they" would."""
    text = "Ann Roe and Ed Vale said the mill was safe.\n\nBoth said the plan would fail."
    assert said_by(text)[1] == "Both"
    assert last(text).label == "named"


@pytest.mark.parametrize(
    "text",
    [
        "Ed Vale claimed at one point, a supporter asked the crowd to clap.",
        "In the wake of the vote, the Tarn council declared Vale was a leader of the plot.",
        "Ed Vale declared in a heated argument with Ann Roe that any new deal would need scrutiny.",
        "Ed Vale sniped that Ann Roe, a first-time mayor, was learning on the job.",
    ],
)
def test_more_clauses_without_that_and_long_phrases_before_that(text: str) -> None:
    """'claimed at one point, a supporter asked', 'declared Vale was', 'declared in a heated
    argument with Roe that', 'sniped that': what the subject said follows."""
    assert last(text).label == "named"


@pytest.mark.parametrize(
    "text",
    [
        "The council declared a state of emergency on Monday.",
        "Ed Vale spoke in the hall of the old school that was built in 1902.",
    ],
)
def test_declaring_a_thing_or_speaking_in_a_place_reports_nothing(text: str) -> None:
    """'declared a state of emergency': an act with an object; 'spoke in the hall ... that
    was built': "that" opens a relative clause on the place."""
    assert last(text).label == "unattributed"


def test_an_aside_in_spaced_hyphens_is_not_the_speaker() -> None:
    """'Ann Roe - a former mayor - said': the name before the aside speaks, as with dashes."""
    assert said_by("Ann Roe - a former mayor - said the plan would fail.") == ("named", "Ann Roe")
    assert said_by(
        "A spokesman for the Tarn Trust - a small charity - noted that it pays its staff."
    ) == ("named", "A spokesman for the Tarn Trust")


def test_two_titles_joined_before_a_name_after_the_verb() -> None:
    """'said lobbyist and party strategist Ann Roe': both titles describe her."""
    assert said_by("The plan would fail, said lobbyist and GOP strategist Ann Roe.") == (
        "named",
        "lobbyist and GOP strategist Ann Roe",
    )


@pytest.mark.parametrize(
    "text",
    [
        "''I would use the word 'old-school,''' said Ann Roe.",
        "''It was, as she put it, 'a disgrace,''' said Ann Roe.",
    ],
)
def test_a_quotation_inside_an_apostrophe_quotation_closes_with_it(text: str) -> None:
    """Three apostrophes close a quotation inside one written with two: the tag after them
    still names its speaker."""
    assert said_by(text) == ("named", "Ann Roe")


def test_a_verb_in_the_speakers_relative_clause_before_an_aside_is_part_of_the_source() -> None:
    """'Some voters who have heard him over the years, on television, said': "have heard"
    belongs to the voters' description, not to a clause that was said."""
    text = "Some voters who have heard him over the years, on television, said he had changed."
    assert said_by(text) == ("vague", "Some voters who have heard him over the years")


@pytest.mark.parametrize(
    "text",
    [
        "Analysis: The plan will fail.",
        "Delegate Update: The latest count in the council race.",
        "Tarn Morning Email: The mill closes its doors.",
    ],
)
def test_a_sections_label_before_a_colon_is_no_speaker(text: str) -> None:
    """'Analysis:', 'Delegate Update:': a headline's label names a column, not who speaks."""
    assert last(text).label in ("unattributed", "none")


def test_a_name_before_a_colon_still_speaks() -> None:
    """'Ann Roe: The plan will fail.': a headline giving a person's words."""
    assert said_by("Ann Roe: The plan will fail.") == ("named", "Ann Roe")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Both the Tarn Herald and the Daily Post confirmed a few of his revelations.", "named"),
        ("Ann Roe repeated the claims on Monday.", "named"),
        ("The Tarn council confirmed the reports.", "named"),
    ],
)
def test_confirming_or_repeating_a_claim_is_a_speech_act(text: str, label: str) -> None:
    """'confirmed a few of his revelations', 'repeated the claims': what was said is named."""
    assert last(text).label == label


@pytest.mark.parametrize(
    "text", ["The Senate confirmed a judge in March.", "The band repeated the tour a year later."]
)
def test_confirming_a_judge_or_repeating_a_tour_is_an_act(text: str) -> None:
    """A vote to confirm a judge and a tour repeated report nothing."""
    assert last(text).label == "unattributed"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The mill was shut, hours after Ann Roe said it was “a danger to all.”", "Ann Roe"),
        ("Tarn bid for the games to shed what Ed Vale called “a perception problem.”", "Ed Vale"),
        (
            "Vale was talking about the port when he told Ann Roe of the Herald, “We will win.”",
            "he",
        ),
    ],
)
def test_a_quotation_given_with_its_speaker_in_a_clause_takes_the_speakers_label(
    text: str, source: str
) -> None:
    """The guideline: a quotation with its speaker anywhere in the sentence takes the
    speaker's label, even when the verb stands in a clause inside it."""
    assert said_by(text) == ("named", source)


def test_a_clause_citing_someone_without_a_quotation_leaves_the_main_claim_the_writers() -> None:
    """'The mill was shut, hours after Ann Roe said it was unsafe.': no quotation, so the
    writer states the main claim."""
    assert last("The mill was shut, hours after Ann Roe said it was unsafe.").label == (
        "unattributed"
    )


def test_a_past_before_a_name_is_no_part_of_the_relative_pronouns_antecedent() -> None:
    """'The speakers included Ann Roe, who called it “a disgrace.”': Ann Roe is the source,
    not the clause that lists her."""
    text = "The speakers included Ann Roe, who called it “a disgrace.”"
    assert said_by(text) == ("named", "Ann Roe")


def test_a_title_in_quotation_marks_after_a_clauses_cue_is_no_quotation() -> None:
    """'after they cast actor Ann Roe as the lead in the “Tarn Saga” remake': a title,
    nobody's words, so the main claim stays the writer's."""
    text = "The studio drew criticism after they cast actor Ann Roe as the lead in the “Tarn Saga”."
    assert last(text).label == "unattributed"
    assert "clause inside the sentence" in last(text).reason


def test_an_age_before_the_opening_name_keeps_it_the_speaker() -> None:
    """'76-year-old Ann Roe, ..., endorsed Vale, saying ...': the age is part of the subject."""
    text = "76-year-old Ann Roe, founder of the Tarn Trust, endorsed Vale, saying he “will win.”"
    assert said_by(text) == ("named", "76-year-old Ann Roe")


def test_saying_after_by_reports_what_was_said() -> None:
    """'distanced himself from it by saying he would help': a speech act and what it said;
    'by saying little' reports nothing."""
    text = "Ed Vale distanced himself from the group by saying he would be willing to help."
    assert said_by(text) == ("named", "Ed Vale")
    assert last("Ann Roe made her name by saying little.").label == "unattributed"


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe notes the minimum wage is usually paid to new workers.",
        "The Tarn Trust notes the bridge has stood for a century.",
    ],
)
def test_notes_without_that_after_the_opening_name_reports(text: str) -> None:
    """'The Tarn Trust notes the bridge has stood': the opening name's verb and its clause,
    though "notes" after a capitalised word is often a noun ("Campaign Notes")."""
    assert last(text).label == "named"


def test_a_plural_noun_after_a_name_before_a_relative_clause_stays_a_noun() -> None:
    """'Clean Air Act rules that would allow ...': "rules" is a noun here."""
    text = "Clean Air Act rules that would allow more burning were dropped."
    assert last(text).label == "unattributed"
