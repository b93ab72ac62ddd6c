"""Whose attempts are whose: names matched as people type them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.students import kept, name_key, names, owner


def test_a_name_matches_whatever_its_case_and_surrounding_spaces() -> None:
    assert name_key("  ana LIMA ") == name_key("Ana Lima")
    assert name_key("Ana Lima") != name_key("Ana  Lima")  # spaces inside are part of it
    assert name_key("ÉLODIE") == name_key("élodie")


@given(st.text(), st.text(alphabet=" \t\n", max_size=3))
def test_surrounding_whitespace_never_changes_who_it_is(name: str, pad: str) -> None:
    assert name_key(pad + name + pad) == name_key(name)


def test_an_attempt_without_a_student_is_the_fallback_names() -> None:
    """Made before any name was remembered: it goes by the name asked for."""
    assert owner(None, "Ana") == "Ana" and owner("  ", "Ana") == "Ana"
    assert owner(" Bo ", "Ana") == "Bo"
    assert kept(None, "Ana", None) and kept("Bo", "Ana", None)
    assert kept("bo", "Ana", " BO") and not kept("Bo", "Ana", "Ana")
    assert kept(None, "Ana", "ana")


def test_names_are_listed_once_each_alphabetically() -> None:
    assert names(["bo", "Ana", None, "BO ", "Cy"], "ana lima") == ["Ana", "ana lima", "bo", "Cy"]
    assert names([None], "") == []
