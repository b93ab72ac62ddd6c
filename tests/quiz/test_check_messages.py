"""`whosays check`, clearer (issue 10): every message a sentence saying what to fix, at the
line of the mistake, naming the question, never cut short, never the parser's own words."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tui.cli import main
from tui.quiz.validate import CheckedQuiz

Check = Callable[[str], CheckedQuiz]


def messages(checked: CheckedQuiz) -> list[str]:
    return [f"{p.line}:{p.column}: {p.severity}: {p.message}" for p in checked.problems]


def test_every_file_is_checked_even_after_a_missing_one(
    write_quiz: Callable[[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write_quiz("title: T\nquestions:\n  - prompt: Q?\n", "bad.yaml")
    assert main(["check", "no-such-quiz.yaml", str(bad)]) == 2
    captured = capsys.readouterr()
    assert "no-such-quiz.yaml: no such file" in captured.err
    assert f"{bad}:3:5: error:" in captured.out
    assert "checked 1 file: 1 error, 0 warnings, 1 not found or unreadable" in captured.out


def test_a_quoted_false_is_a_true_false_question_read_as_short(check: Check) -> None:
    checked = check(
        """
        title: T
        questions:
          - id: named
            prompt: "True or false: the official is named."
            answer: "False"
        """
    )
    assert messages(checked) == [
        "5:13: warning: this reads as a true/false question, but the answer makes it a short "
        "one (typed text, judged by spelling); write answer: false without quotes, or add "
        "type: truefalse"
    ]


def test_a_hash_that_cuts_a_value_short_is_a_warning(check: Check) -> None:
    checked = check(
        """
        title: T
        questions:
          - prompt: Which label? #1
            answer: #vague
        """
    )
    found = messages(checked)
    assert found[0].startswith("3:13: warning: '#1' is read as a comment")
    assert 'put the whole value in quotes: "Which label? #1"' in found[0]
    assert found[1].startswith("4:12: warning: '#vague' is read as a comment")


def test_a_thousand_split_in_a_flow_list_is_a_warning(check: Check) -> None:
    checked = check(
        """
        title: T
        questions:
          - prompt: How many?
            choices: [500, 1,000]
            answer: 500
        """
    )
    assert messages(checked)[0] == (
        "4:20: warning: '1,000' in a [list] is read as two items, '1' and '000'; write 1000, "
        'or "1,000" in quotes'
    )


def test_an_unclosed_quote_is_reported_where_it_opens(check: Check) -> None:
    checked = check(
        """
        title: T
        questions:
          - prompt: "Who said it?
            answer: Nabil
          - prompt: "Second"
            answer: x
        """
    )
    assert messages(checked) == [
        "3:13: error: YAML syntax: a quote opened here is not closed on this line, so the "
        "lines down to line 5 read as one text; close it on this line"
    ]


BROKEN = [
    "title: T\nquestions:\n  - prompt: @x\n    answer: b\n",
    "title: T\nquestions:\n  - prompt: `x\n    answer: b\n",
    "title: T\nquestions:\n  - prompt: a\n    answer: b\n   hint: c\n",
    "title: T\nquestions:\n  - prompt: a\n    answer: b\n  prompt: c\n",
    "title: T\nquestions:\n  - prompt: [a\n    answer: b\n",
    "title: T\nquestions:\n  - prompt: {a\n    answer: b\n",
    "title: T\nquestions:\n  - prompt: a: b\n    answer: c\n",
    "title: T\nquestions:\n  - prompt: a\n    this is text\n    answer: c\n",
    'title: T\nquestions:\n  - prompt: "a \\q"\n    answer: c\n',
    "title: T\nquestions:\n  - prompt: *nope\n    answer: c\n",
    "title: T\nquestions:\n  - prompt: |x\n      text\n    answer: c\n",
    "title: T\n---\nquestions: []\n",
    "title: T\nquestions:\n  - prompt: a\n    answer: 'b\n",
    "title: T\nquestions:\n- prompt: a\n  answer: b\n -\n",
]

#: What PyYAML says that no teacher should have to read.
PARSER_WORDS = re.compile(
    r"<[a-z ]+>|cannot start any token|while (parsing|scanning)|expected <|but found|"
    r"simple key|scalar|collection|stream"
)


@pytest.mark.parametrize("source", BROKEN)
def test_the_parsers_words_never_reach_the_teacher(
    source: str, write_quiz: Callable[[str], Path]
) -> None:
    from tui.quiz.validate import check_file

    checked = check_file(write_quiz(source))
    assert checked.errors
    for problem in checked.problems:
        assert not PARSER_WORDS.search(problem.message), problem.message
        assert problem.message.startswith("YAML syntax: ") or ";" in problem.message


def test_a_missing_dash_does_not_advise_deleting_a_question(check: Check) -> None:
    checked = check(
        """
        title: T
        questions:
          - prompt: a
            answer: b
            prompt: c
            answer: d
        """
    )
    assert messages(checked) == [
        "5:5: error: duplicate key 'prompt' (first given on line 3); if a new question starts "
        "on line 5, put '- ' before its first key; otherwise keep one of the two",
        "6:5: error: duplicate key 'answer' (first given on line 4); see line 5",
    ]
    assert not any("delete" in m for m in messages(checked))


def test_messages_name_the_question_by_its_id(check: Check) -> None:
    checked = check("title: T\nquestions:\n  - id: outlet\n    answer: b\n")
    assert messages(checked) == ["3:5: error: question 'outlet' is missing required key 'prompt:'"]


def test_no_message_is_cut_short(check: Check) -> None:
    checked = check("title: T\nquestions:\n  - prompt: Q?\n    answer: 5\n    tolerance: -1\n")
    assert messages(checked) == [
        "5:16: error: tolerance: -1 is out of range; write a number of 0 or more"
    ]


def test_curly_and_straight_quotes_match_in_a_sentence_fragment(check: Check) -> None:
    """The article has ’ and “ ”; the teacher typed ' and \" (or the other way round)."""
    checked = check(
        """
        title: T
        article: 000_f3345cb7f8af5719.txt
        questions:
          - prompt: How is it sourced?
            sentence: Latest estimates of Daesh's strength vary
            answer: named
        """
    )
    assert checked.errors == [], messages(checked)


def test_a_label_the_analyser_reads_otherwise_is_a_note(
    check: Check, capsys: pytest.CaptureFixture[str]
) -> None:
    checked = check(
        """
        title: T
        article: 000_f3345cb7f8af5719.txt
        questions:
          - prompt: How is it sourced?
            sentence: there are fears that the terror group
            answer: anonymous
        """
    )
    assert checked.quiz is not None and checked.errors == []
    assert messages(checked) == [
        "6:13: note: the analyser labels this sentence vague, not anonymous: students will "
        "see the reader disagree with the quiz (fine if you are sure; say why in explain:)"
    ]


def test_schema_prints_the_path(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.name == "quiz.schema.json" and path.is_file()
