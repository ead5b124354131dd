"""Filters of the workspace's pages."""

from __future__ import annotations

from django import template
from django.utils.html import escape, linebreaks
from django.utils.safestring import SafeString, mark_safe

from klynge.workspace.services import MENTION

register = template.Library()


@register.filter
def comment_text(text: str) -> SafeString:
    """A comment as paragraphs, its @mentions in bold; everything else escaped."""
    html = linebreaks(escape(text))
    return mark_safe(MENTION.sub(lambda m: f"<strong>{m.group(0)}</strong>", html))
