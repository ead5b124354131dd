"""Parts of the workspace's pages rendered once per content and kept in the cache.

The key is a digest of everything the fragment shows, so a cached fragment can never be stale;
a change to the item, the agenda or a reader's read markers is a new key. Only what is the same
for everyone who sees the same values goes in: the comments and the note are rendered live.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

SECONDS = 24 * 3600


def rendered(template: str, context: dict[str, Any]) -> SafeString:
    """The template rendered with the context, from the cache when the same values were
    rendered before. The context holds plain values (dataclasses, strings, numbers)."""
    values = repr((template, sorted(context.items()), translation.get_language()))
    key = "workspace-fragment:" + hashlib.sha256(values.encode()).hexdigest()
    html = cache.get(key)
    if html is None:
        html = render_to_string(template, context)
        cache.set(key, html, timeout=SECONDS)
    return mark_safe(html)
