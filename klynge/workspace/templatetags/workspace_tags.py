"""Filters of the workspace's pages."""

from __future__ import annotations

from django import template
from django.templatetags.static import static
from django.utils.html import escape, format_html, linebreaks
from django.utils.safestring import SafeString, mark_safe

from klynge.workspace.services import MENTION

register = template.Library()


@register.filter
def comment_text(text: str) -> SafeString:
    """A comment as paragraphs, its @mentions in bold; everything else escaped."""
    html = linebreaks(escape(text))
    return mark_safe(MENTION.sub(lambda m: f"<strong>{m.group(0)}</strong>", html))


@register.simple_tag
def icon(name: str) -> SafeString:
    """One of DKFDS's icons from its sprite, hidden from screen readers (the text says it)."""
    sprite = static("dkfds/img/all-svg-icons.svg")
    return format_html(
        '<svg class="icon-svg" focusable="false" aria-hidden="true"><use href="{}#{}"></use></svg>',
        sprite,
        name,
    )
