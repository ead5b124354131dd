"""Addresses reversed once for many keys give what reverse() gives for each."""

import pytest
from django.urls import reverse

from klynge.addresses import KEY, per_key


@pytest.mark.parametrize("meeting", [1, 99, 999999999])
def test_the_key_goes_where_reverse_would_put_it(meeting):
    address = per_key("meetings:attachment", meeting, KEY)
    for key in (1, 42, 999999999, 1234567):
        assert address(key) == reverse("meetings:attachment", args=[meeting, key])


def test_a_query_parameter_can_carry_the_key():
    address = per_key("followup:action_new", "styregruppe", query="punkt")
    assert address(7) == reverse("followup:action_new", args=["styregruppe"]) + "?punkt=7"


def test_an_address_without_a_place_for_the_key_is_refused():
    with pytest.raises(ValueError):
        per_key("followup:action_new", "styregruppe")
