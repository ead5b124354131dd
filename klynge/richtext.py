"""Case texts and minutes are written in a small Markdown subset and shown as sanitised HTML."""

from functools import lru_cache

import markdown
import nh3

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "ul",
    "ol",
    "li",
    "a",
    "blockquote",
    "h3",
    "h4",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}}
URL_SCHEMES = {"http", "https", "mailto"}


# A pure function of the text, called for every case text on every page and document: the same
# texts are rendered again and again, so each process keeps the most recent results.
@lru_cache(maxsize=4096)
def to_html(text: str) -> str:
    """Markdown to HTML, then everything outside the subset removed (scripts, styles, events)."""
    if not text:
        return ""
    html = markdown.markdown(text, extensions=["sane_lists", "tables", "nl2br"])
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
