"""Addresses of many objects of one kind, reversed once.

A page that links every item or attachment of a meeting would call reverse() hundreds of times
for addresses that differ only in the object's key; the URL resolver is reversed once with a
stand-in key and the real key put in its place.
"""

from __future__ import annotations

from collections.abc import Callable

from django.urls import reverse

KEY = object()
# Any value the `int` converter accepts; the key is found as its last occurrence.
_STAND_IN = "999999999"


def per_key(viewname: str, *args: object, query: str = "") -> Callable[[object], str]:
    """The address of `viewname` for any key: KEY in `args` (or, with `query`, the query
    parameter of that name) marks where the key goes; it must be the last variable part."""
    values = [_STAND_IN if arg is KEY else arg for arg in args]
    address = reverse(viewname, args=values)
    if query:
        address += f"?{query}={_STAND_IN}"
    head, found, tail = address.rpartition(_STAND_IN)
    if not found:
        raise ValueError(f"{viewname}: KEY or query marks no place for the key")
    return lambda key: f"{head}{key}{tail}"
