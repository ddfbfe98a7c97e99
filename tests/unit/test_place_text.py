"""A place as people type it after `weather` or `remember location` (app/services/actions/place_text.py)."""

from __future__ import annotations

import pytest

from app.services.actions.place_text import place_of, quoted


@pytest.mark.parametrize(("typed", "place"), [
    ("in Sydney", "Sydney"),
    ("Belfast please", "Belfast"),
    ("Leeds tomorrow?", "Leeds"),
    ("Leeds :cloud_with_rain:", "Leeds"),
    ("at the Leipzig DC", "the Leipzig DC"),
    ("Oslo tonight pls!", "Oslo"),
    ("for Reno, NV 89502", "Reno, NV 89502"),
    ("  Paris  ", "Paris"),
    ("Cedar & Pearl", "Cedar & Pearl"),
    ("Inverness", "Inverness"),          # a place that starts like a preposition stays whole
    ("In", "In"),                        # a preposition alone is the place typed
    ("Saint-Jean-de-Luz this weekend", "Saint-Jean-de-Luz"),
    ("tomorrow", "tomorrow"),            # nothing but a time word: looked up as typed
    ("?", ""),
    ("", ""),
])
def test_place_of_reads_the_place_alone(typed: str, place: str) -> None:
    assert place_of(typed) == place


def test_place_names_are_quoted_alike() -> None:
    assert quoted("O'Fallon, MO") == "\u201cO'Fallon, MO\u201d"
    assert quoted("Montréal") == "\u201cMontréal\u201d"
