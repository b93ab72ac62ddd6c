"""Every form of each cue verb, generated from its base form, agrees with lemminflect."""

from __future__ import annotations

import pytest
from lemminflect import getAllInflections

from tui.analysis import cues
from tui.analysis.inflection import verb_forms

VERB_LISTS = (
    "speech-verbs",
    "clause-verbs",
    "zero-that-verbs",
    "speaker-tag-verbs",
    "after-quote-verbs",
    "participles",
    "progressives",
)
VERBS = sorted({verb for name in VERB_LISTS for verb in cues.lexicon(name)})

# Where lemminflect 0.2.3 itself errs: misspellings it lists, a British form it lacks.
LIBRARY_ONLY = {"refered", "refering"}
LIBRARY_LACKS = {"marvelling"}


@pytest.mark.parametrize("verb", VERBS)
def test_generated_forms_match_the_inflection_library(verb: str) -> None:
    """say -> says, said, saying: the spelling rules and the irregular table give exactly the
    forms a well-kept inflection lexicon lists, so no form of a cue is missed."""
    word = verb.split()[0]
    expected = {form for forms in getAllInflections(word, upos="VERB").values() for form in forms}
    if not expected:
        pytest.skip(f"lemminflect does not know '{word}'")
    ours = {form.split()[0] for form in verb_forms(verb, cues.IRREGULAR_VERBS).every}
    assert expected - ours <= LIBRARY_ONLY
    assert ours - expected <= LIBRARY_LACKS


def test_every_form_of_a_speech_verb_is_a_cue() -> None:
    """The lexicon lists "say" once; the rules read say, says, said and saying."""
    assert {"say", "says", "said"} <= cues.SPEECH_VERBS
    assert "saying" in cues.PARTICIPLES
    assert {"assert", "asserts", "asserted"} <= cues.SPEECH_VERBS


def test_british_and_american_spellings_are_both_forms() -> None:
    """signalled and signaled, labelling and labeling."""
    forms = verb_forms("signal", cues.IRREGULAR_VERBS)
    assert {"signaled", "signalled"} <= forms.past
    assert {"signaling", "signalling"} <= forms.ing
