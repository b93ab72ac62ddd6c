"""Validation: every teacher mistake reported at its exact line and column, all at once."""

from __future__ import annotations

from collections.abc import Callable

from tui.quiz.model import Problem
from tui.quiz.validate import CheckedQuiz

Check = Callable[[str], CheckedQuiz]

#: The seed article, as a quiz names it.
SEED = "000_f3345cb7f8af5719.txt"


def where(problems: list[Problem] | tuple[Problem, ...]) -> list[tuple[int, int, str]]:
    """(line, column, severity) of each problem, for exact position asserts."""
    return [(p.line, p.column, p.severity) for p in problems]


GOOD = """
title: Sources
questions:
  - prompt: Which paper?
    choices: [The Wall Street Journal, Reuters]
    answer: The Wall Street Journal
"""


def test_a_clean_quiz_builds_a_quiz_with_defaults(check: Check) -> None:
    """No problems: the Quiz has default id q1, pass mark 70, 1 point, threshold 85."""
    result = check(GOOD)
    assert result.problems == ()
    assert result.quiz is not None
    (question,) = result.quiz.questions
    assert (question.id, question.type, question.points) == ("q1", "choice", 1.0)
    assert result.quiz.pass_mark == 70


def test_missing_title_is_reported_at_the_top(check: Check) -> None:
    """A missing required top-level key points at line 1, column 1."""
    result = check("questions:\n  - prompt: a\n    answer: b\n")
    assert where(result.problems) == [(1, 1, "error")]
    assert "missing required key 'title:'" in result.problems[0].message
    assert result.quiz is None


def test_missing_prompt_is_reported_at_the_question(check: Check) -> None:
    """A question without prompt: is reported where the question starts."""
    result = check("title: t\nquestions:\n  - answer: b\n")
    assert where(result.problems) == [(3, 5, "error")]
    assert "question 1 is missing required key 'prompt:'" in result.problems[0].message


def test_unknown_key_suggests_the_closest(check: Check) -> None:
    """`promt:` is unknown and the message says did you mean 'prompt'."""
    result = check("title: t\nquestions:\n  - promt: a\n    prompt: b\n    answer: c\n")
    assert where(result.problems) == [(3, 5, "error")]
    assert "unknown key 'promt'" in result.problems[0].message
    assert "did you mean 'prompt'?" in result.problems[0].message


def test_key_of_another_type_says_which_type_takes_it(check: Check) -> None:
    """`tolerance:` on a choice question belongs to number questions."""
    result = check(GOOD + "    tolerance: 2\n")
    assert where(result.problems) == [(6, 5, "error")]
    assert "belongs to number questions" in result.problems[0].message


def test_wrong_value_type_is_reported_at_the_value(check: Check) -> None:
    """prompt: given as a list is reported at the list."""
    result = check("title: t\nquestions:\n  - prompt: [a, b]\n    answer: c\n")
    assert where(result.problems) == [(3, 13, "error")]
    assert "prompt: must be text, not a list" in result.problems[0].message


def test_answer_not_among_choices_suggests_the_closest_choice(check: Check) -> None:
    """A misspelt answer of a choice question points at the answer and names the choice."""
    result = check(GOOD.replace("answer: The Wall Street Journal", "answer: Wall Stret Journal"))
    assert where(result.problems) == [(5, 13, "error")]
    message = result.problems[0].message
    assert "is not one of the choices" in message
    assert "did you mean 'The Wall Street Journal'?" in message


def test_duplicate_question_ids_point_at_the_second(check: Check) -> None:
    """Two questions with id: a; the second id is the error, naming the first's line."""
    result = check(
        "title: t\nquestions:\n  - id: a\n    prompt: p\n    answer: x\n"
        "  - id: a\n    prompt: p\n    answer: y\n"
    )
    assert where(result.problems) == [(6, 9, "error")]
    assert "duplicate question id 'a' (first used on line 3)" in result.problems[0].message


def test_explicit_id_clashing_with_a_default_id_is_a_duplicate(check: Check) -> None:
    """The second question's default id is q2; a third with id: q2 clashes."""
    result = check(
        "title: t\nquestions:\n  - prompt: p\n    answer: x\n  - prompt: p\n    answer: x\n"
        "  - id: q2\n    prompt: p\n    answer: y\n"
    )
    assert where(result.problems) == [(7, 9, "error")]


def test_threshold_out_of_range(check: Check) -> None:
    """threshold: 120 is out of 0-100, reported at the value."""
    result = check("title: t\nquestions:\n  - prompt: p\n    answer: x\n    threshold: 120\n")
    assert where(result.problems) == [(5, 16, "error")]
    assert "threshold: 120 is out of range" in result.problems[0].message


def test_pass_mark_out_of_range(check: Check) -> None:
    """pass_mark: -5 is out of 0-100."""
    result = check("title: t\npass_mark: -5\nquestions:\n  - prompt: p\n    answer: x\n")
    assert where(result.problems) == [(2, 12, "error")]
    assert "pass_mark" in result.problems[0].message


def test_pass_mark_that_is_not_a_number(check: Check) -> None:
    """pass_mark: high is not a number, and the message says what to write."""
    result = check("title: t\npass_mark: high\nquestions:\n  - prompt: p\n    answer: x\n")
    assert where(result.problems) == [(2, 12, "error")]
    assert "write a number between 0 and 100" in result.problems[0].message


def test_article_not_found_suggests_the_closest_names(check: Check) -> None:
    """A misspelt bundled article name is an error that names the real file."""
    result = check(
        f"title: t\narticle: {SEED.replace('f3345', 'f3354')}\n"
        "questions:\n  - prompt: p\n    answer: x\n"
    )
    assert where(result.problems) == [(2, 10, "error")]
    assert f"did you mean '{SEED}'" in result.problems[0].message


def test_article_beside_the_quiz_is_found(check: Check, write_quiz: Callable[..., object]) -> None:
    """`article:` may be a path relative to the quiz file."""
    write_quiz("Title line\n\nBody text. Officials said it rained.\n", name="mine.txt")
    result = check(
        "title: t\narticle: mine.txt\nquestions:\n  - prompt: p\n"
        "    sentence: it rained\n    answer: anonymous\n"
    )
    assert result.problems == ()
    assert result.quiz is not None and result.quiz.questions[0].type == "label"


def test_article_that_cannot_be_read(check: Check, write_quiz: Callable[..., object]) -> None:
    """An empty article file beside the quiz is an error at `article:`."""
    write_quiz("   \n", name="empty.txt")
    result = check("title: t\narticle: empty.txt\nquestions:\n  - prompt: p\n    answer: x\n")
    assert where(result.problems) == [(2, 10, "error")]
    assert "cannot be read: the file is empty" in result.problems[0].message


def _label(sentence: str) -> str:
    return (
        f"title: t\narticle: {SEED}\nquestions:\n  - prompt: How is it sourced?\n"
        f"    sentence: {sentence}\n    answer: vague\n"
    )


def test_label_sentence_found_in_the_seed(check: Check) -> None:
    """A unique fragment links the question to its sentence, case and spaces ignored."""
    result = check(_label("THERE are   fears that the terror group"))
    assert result.problems == ()
    assert result.quiz is not None
    sentence = result.quiz.questions[0].sentence
    assert sentence is not None and "there are fears" in sentence.text


def test_label_sentence_matching_nothing(check: Check) -> None:
    """A fragment in no sentence is an error at the fragment."""
    result = check(_label("the moon is made of cheese"))
    assert where(result.problems) == [(5, 15, "error")]
    assert "no sentence of the article contains" in result.problems[0].message


def test_label_sentence_matching_several(check: Check) -> None:
    """A fragment in several sentences asks the teacher to quote more words."""
    result = check(_label("Daesh"))
    assert where(result.problems) == [(5, 15, "error")]
    assert "quote more words" in result.problems[0].message


def test_label_question_without_article(check: Check) -> None:
    """A sentence: with no article: at the top cannot be found."""
    result = check("title: t\nquestions:\n  - prompt: p\n    sentence: x\n    answer: named\n")
    assert where(result.problems) == [(4, 15, "error")]
    assert "needs the quiz's article:" in result.problems[0].message


def test_label_answer_must_be_a_label(check: Check) -> None:
    """answer: anonimous suggests 'anonymous'."""
    result = check(_label("there are fears").replace("answer: vague", "answer: anonimous"))
    assert where(result.problems) == [(6, 13, "error")]
    assert "did you mean 'anonymous'?" in result.problems[0].message


SHORT = """
title: t
questions:
  - prompt: Who told the Journal?
    answer: Rahmatullah Nabil
    accept: [Nabil]
    examples:
      right: [nabil, Rahmatulah Nabil]
      wrong: [Colin Kahl]
"""


def test_examples_that_pass_are_silent(check: Check) -> None:
    """The teacher's own right and wrong examples agree with the matcher: no problem."""
    result = check(SHORT)
    assert result.problems == ()
    assert result.quiz is not None
    assert result.quiz.questions[0].examples.right == ("nabil", "Rahmatulah Nabil")


def test_example_judged_the_other_way_is_an_error(check: Check) -> None:
    """A right example the matcher rejects, and a wrong one it accepts, are both errors."""
    result = check(
        SHORT.replace("right: [nabil,", "right: [Kahl,").replace(
            "wrong: [Colin Kahl]", "wrong: [Nabil]"
        )
    )
    assert where(result.problems) == [(7, 15, "error"), (8, 15, "error")]
    assert "'Kahl' should be right" in result.problems[0].message
    assert "'Nabil' should be wrong" in result.problems[1].message


def test_accepted_negation_is_a_warning(check: Check) -> None:
    """answer: reliable with accept: [not reliable] warns at the answer; the quiz still loads."""
    result = check(
        "title: t\nquestions:\n  - prompt: p\n    type: short\n    answer: reliable\n"
        "    accept: [not reliable]\n"
    )
    assert where(result.problems)[0] == (5, 13, "warning")
    assert "negation 'not reliable'" in result.problems[0].message
    assert all(not p.is_error for p in result.problems)
    assert result.quiz is not None


def test_all_problems_are_reported_at_once(check: Check) -> None:
    """Three independent mistakes give three lines, sorted by position."""
    result = check(
        "title: t\npass_mark: 200\nquestions:\n  - promt: a\n    prompt: p\n    answer: x\n"
        "    threshold: -1\n"
    )
    assert where(result.problems) == [(2, 12, "error"), (4, 5, "error"), (7, 16, "error")]


def test_duplicate_key_and_syntax_problems_reach_check(check: Check) -> None:
    """A loader problem (duplicate key) is reported along with validation problems."""
    result = check("title: t\ntitle: u\nquestions:\n  - prompt: p\n    answer: x\n    points: 0\n")
    assert where(result.problems) == [(2, 1, "error"), (6, 13, "error")]


def test_no_stays_text_in_a_short_question(check: Check) -> None:
    """YAML 1.1 would read `answer: no` as False; a short question keeps "no"."""
    result = check("title: t\nquestions:\n  - prompt: p\n    type: short\n    answer: no\n")
    assert result.quiz is not None and result.quiz.questions[0].answers == ("no",)


def test_time_and_leading_zero_stay_text(check: Check) -> None:
    """21:23 (not 1283) and 0700 (not 448) are kept as written."""
    result = check(
        "title: t\nquestions:\n  - prompt: p\n    answer: 21:23\n"
        "  - prompt: q\n    type: short\n    answer: 0700\n"
    )
    assert result.quiz is not None
    assert [q.answers for q in result.quiz.questions] == [("21:23",), ("0700",)]
    assert result.quiz.questions[0].type == "short"


def test_types_are_inferred(check: Check) -> None:
    """choices -> choice or multi; sentence -> label; true -> truefalse; 1,000 -> number."""
    result = check(
        f"title: t\narticle: {SEED}\nquestions:\n"
        "  - {prompt: a, choices: [x, y], answer: x}\n"
        "  - {prompt: b, choices: [x, y], answer: [x, y]}\n"
        "  - {prompt: c, answer: true}\n"
        "  - {prompt: d, answer: '1,000'}\n"
        "  - {prompt: f, sentence: there are fears, answer: vague}\n"
        "  - {prompt: g, answer: yes}\n"
        "  - prompt: e\n"
        "    answer: 1,000\n"
    )
    assert result.problems == ()
    assert result.quiz is not None
    kinds = [q.type for q in result.quiz.questions]
    assert kinds == ["choice", "multi", "truefalse", "short", "label", "short", "number"]


def test_truefalse_answer_yes_and_no(check: Check) -> None:
    """An explicit truefalse question reads yes/no as true/false; maybe is an error."""
    result = check(
        "title: t\nquestions:\n  - {prompt: a, type: truefalse, answer: no}\n"
        "  - {prompt: b, type: truefalse, answer: maybe}\n"
    )
    assert where(result.problems) == [(4, 42, "error")]


def test_unknown_type_suggests_one(check: Check) -> None:
    """type: mutli suggests multi."""
    result = check(
        "title: t\nquestions:\n  - {prompt: a, type: mutli, choices: [x, y], answer: x}\n"
    )
    assert "did you mean 'multi'?" in result.problems[0].message


def test_choice_answer_given_as_a_letter_names_the_choice(check: Check) -> None:
    """answer: b in a quiz file is not accepted, but the message names choice b."""
    result = check(GOOD.replace("answer: The Wall Street Journal", "answer: b"))
    assert "write the choice itself, 'Reuters'" in result.problems[0].message


def test_number_answer_and_tolerance(check: Check) -> None:
    """A number question parses 1,500 and a tolerance; a non-number answer is an error."""
    result = check(
        "title: t\nquestions:\n  - {prompt: a, type: number, answer: '1,500', tolerance: 10}\n"
        "  - {prompt: b, type: number, answer: many}\n"
    )
    assert where(result.problems) == [(4, 39, "error")]


def test_empty_file_and_list_root(check: Check) -> None:
    """An empty file and a top-level list are each one clear error."""
    assert where(check("").problems) == [(1, 1, "error")]
    assert "mapping of keys" in check("- a\n- b\n").problems[0].message


def test_duplicate_id_found_even_when_the_question_has_other_errors(check: Check) -> None:
    """A broken question's id still counts: both the key error and the duplicate are shown."""
    result = check(
        "title: t\nquestions:\n  - id: a\n    prompt: p\n    answer: x\n"
        "  - id: a\n    prompt: p\n    answer: y\n    threshold: 200\n"
    )
    assert where(result.problems) == [(6, 9, "error"), (9, 16, "error")]
