"""`{% danish_language_alert consequence %}`: an error alert on pages that need the Danish data.

Shown only when klynge/language.py finds no Danish dictionary; `consequence` says, in the page's
terms, what goes wrong without it. Costs a few file checks and no query.
"""

from __future__ import annotations

from django import template

from klynge.language import danish_dictionary_files

register = template.Library()


@register.inclusion_tag("archive/_language_missing.html")
def danish_language_alert(consequence: str) -> dict[str, object]:
    return {"missing": danish_dictionary_files() is None, "consequence": consequence}
