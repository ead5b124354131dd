"""Øre arithmetic and Danish printing."""

from fractions import Fraction

import pytest
from django.utils import translation

from klynge.portfolio import money


def test_kroner_the_danish_way():
    assert money.kroner(857_600) == "8.576"
    assert money.kroner(4_288_100) == "42.881"
    assert money.kroner(857_650) == "8.576,50"
    assert money.kroner(-50_000) == "-500"
    assert money.kroner(0) == "0"
    assert money.kr(857_600) == "8.576 kr."
    assert money.kr(9_149_400) == "91.494 kr."


def test_thousands_and_millions():
    assert money.thousands(126_900_000) == "1.269"
    assert money.thousands(62_300_000) == "623"
    assert money.thousands(62_350_000) == "624"  # half away from zero
    assert money.millions(634_800_000) == "6,348 mio. kr."
    assert money.millions(147_800_000) == "1,478 mio. kr."
    assert money.millions(800_000_000) == "8,000 mio. kr."


def test_parse_kroner_reads_what_secretariats_type():
    assert money.parse_kroner("8.576") == 857_600
    assert money.parse_kroner("8576,00") == 857_600
    assert money.parse_kroner("42.881,00 kr.") == 4_288_100
    assert money.parse_kroner("1.267.000") == 126_700_000
    assert money.parse_kroner("-500") == -50_000
    assert money.parse_kroner("12,5") == 1_250


@pytest.mark.parametrize("text", ["", "otte", "8.57", "1,2,3", "8.576.5"])
def test_parse_kroner_refuses_in_danish(text):
    with translation.override("da"), pytest.raises(ValueError, match="Skriv beløbet i kroner"):
        money.parse_kroner(text)


def test_split_adds_up_to_the_ore():
    assert money.split(100, [1, 1, 1]) == [34, 33, 33]
    parts = money.split(123_457, [Fraction(1, 3), Fraction(1, 3), Fraction(1, 3)])
    assert sum(parts) == 123_457
    assert money.split(1000, [0, 0]) == [0, 0]
