"""Case texts and minutes are written in a small Markdown subset and shown as sanitised HTML."""

import re
from functools import lru_cache
from html import escape, unescape

import markdown
import nh3
from django.utils.html import strip_tags

from klynge.validation import xml_safe

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
    """Markdown to HTML, then everything outside the subset removed (scripts, styles, events).

    Markup and entities typed into the text are shown as typed, not interpreted: an HTML parser
    reading "<svg" or "<!--" would otherwise swallow the rest of the text on the page and in the
    PDF, while Word shows it as written. Characters no page may hold become U+FFFD.
    """
    if not text:
        return ""
    text = xml_safe(text)
    escaped = _lists_after_lines(text.replace("&", "&amp;").replace("<", "&lt;"))
    html = markdown.markdown(escaped, extensions=["sane_lists", "tables", "nl2br"])
    html = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return html if _keeps_every_word(text, html) else plain_html(text)


_LIST_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+\S")


def _lists_after_lines(text: str) -> str:
    """A list may follow its lead-in line directly ("Gruppen skal:" then "- …" lines), as the Word
    version of the same text has it; Markdown wants a blank line between, so one is put there."""
    lines: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        before = lines[-1] if lines else ""
        lead_in = before.strip() and not before[0].isspace() and not _LIST_ITEM.match(before)
        if lead_in and _LIST_ITEM.match(line):
            lines.append("")
        lines.append(line)
    return "\n".join(lines)


_WORD = re.compile(r"[^\W_]+")
_HREF = re.compile(r'href="([^"]*)"')


def _keeps_every_word(text: str, html: str) -> bool:
    """Markdown has ways to drop text (a table row's cells beyond its header, a line that looks
    like a link definition, a link the sanitiser refuses): whatever the reader is shown must
    hold every word that was written, links' addresses included."""
    shown = unescape(strip_tags(html)) + " " + " ".join(unescape(h) for h in _HREF.findall(html))
    return set(_WORD.findall(text)) <= set(_WORD.findall(shown))


def plain_html(text: str) -> str:
    """The text as written: paragraphs and line breaks, nothing interpreted."""
    paragraphs = re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip())
    return "".join(
        "<p>" + "<br>\n".join(escape(line) for line in paragraph.split("\n")) + "</p>"
        for paragraph in paragraphs
    )
